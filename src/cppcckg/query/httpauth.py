"""HTTP basic and digest authentication for publishing to a secured Graph Store endpoint.

Servers that take writes only from known users ask for credentials with a ``401`` and a
``WWW-Authenticate`` challenge: Virtuoso's ``/sparql-graph-crud-auth`` asks for digest
(RFC 7616, MD5 with ``qop=auth``), Fuseki behind a proxy usually for basic. :class:`Auth`
answers either challenge and keeps it, so later requests of a publish carry the header at once.
Passwords come from a file or a netrc entry, never from the command line, and never appear in
a message.

Example:
    >>> auth = Auth(Credentials("dba", "secret"))
    >>> auth.header("PUT", "http://127.0.0.1:8890/sparql-graph-crud-auth?graph=x") is None
    True
    >>> auth.challenge('Basic realm="x"')
    True
    >>> auth.header("PUT", "http://127.0.0.1:8890/x")
    'Basic ZGJhOnNlY3JldA=='
"""

from __future__ import annotations

import base64
import hashlib
import netrc
import os
import re
import secrets
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from cppcckg.errors import InputError

__all__ = ["Auth", "Credentials", "credentials"]

_PARAM = re.compile(r'([A-Za-z][A-Za-z0-9_-]*)\s*=\s*("(?:[^"\\]|\\.)*"|[^\s,]+)')


@dataclass(frozen=True)
class Credentials:
    user: str
    password: str = field(repr=False)


def credentials(url: str, user: str | None = None, password_file: Path | None = None) -> Credentials | None:
    """The credentials for ``url``: ``user`` with the first line of ``password_file``, else the
    netrc entry of the URL's host (``$NETRC`` or ``~/.netrc``); None when neither is given."""
    if password_file is not None:
        if not user:
            raise InputError("--password-file needs --user (the name to log in with)")
        try:
            lines = Path(password_file).read_text(encoding="utf-8").splitlines()
        except OSError as exc:
            raise InputError(f"{password_file}: cannot read the password file ({exc.strerror}); give a readable --password-file") from None
        if not lines or not lines[0]:
            raise InputError(f"{password_file}: the password file is empty; put the password on its first line")
        return Credentials(user, lines[0])
    host = urlsplit(url).hostname or ""
    entry = _netrc_entry(host)
    if entry is None:
        if user:
            raise InputError(f"--user {user}: no password for {host}; give --password-file FILE or a netrc entry for {host}")
        return None
    login, password = entry
    if user and login and login != user:
        raise InputError(f"--user {user}: the netrc entry for {host} is for {login!r}; give --password-file FILE")
    return Credentials(user or login, password)


def _netrc_entry(host: str) -> tuple[str, str] | None:
    path = os.environ.get("NETRC") or str(Path.home() / ".netrc")
    if not Path(path).is_file():
        return None
    try:
        found = netrc.netrc(path).authenticators(host)
    except (netrc.NetrcParseError, OSError) as exc:
        raise InputError(f"{path}: cannot read the netrc file ({exc}); fix it or give --password-file") from None
    if not found or found[2] is None:
        return None
    return found[0] or "", found[2]


def _md5(text: str) -> str:
    return hashlib.md5(text.encode("utf-8")).hexdigest()  # noqa: S324 - the digest scheme's hash


class Auth:
    """Answers one server's authentication challenges with one user's credentials."""

    def __init__(self, creds: Credentials) -> None:
        self.creds = creds
        self.scheme: str | None = None
        self.params: dict[str, str] = {}
        self.count = 0

    @property
    def realm(self) -> str:
        return self.params.get("realm", "")

    def challenge(self, header: str | None) -> bool:
        """Take a ``WWW-Authenticate`` header; False when it asks for a scheme not handled."""
        text = header or ""
        scheme = text.split(None, 1)[0].lower() if text.strip() else ""
        if scheme not in ("basic", "digest"):
            return False
        self.scheme = scheme
        self.params = {k.lower(): v[1:-1] if v.startswith('"') else v for k, v in _PARAM.findall(text)}
        self.count = 0
        return True

    def header(self, method: str, url: str) -> str | None:
        """The ``Authorization`` header for a request, once a challenge is known."""
        if self.scheme == "basic":
            token = base64.b64encode(f"{self.creds.user}:{self.creds.password}".encode("utf-8")).decode("ascii")
            return f"Basic {token}"
        if self.scheme != "digest":
            return None
        parts = urlsplit(url)
        uri = parts.path + (f"?{parts.query}" if parts.query else "")
        realm, nonce = self.params.get("realm", ""), self.params.get("nonce", "")
        ha1 = _md5(f"{self.creds.user}:{realm}:{self.creds.password}")
        ha2 = _md5(f"{method}:{uri}")
        fields = [f'username="{self.creds.user}"', f'realm="{realm}"', f'nonce="{nonce}"', f'uri="{uri}"']
        if "auth" in [q.strip() for q in self.params.get("qop", "").split(",")]:
            self.count += 1
            nc, cnonce = f"{self.count:08x}", secrets.token_hex(8)
            response = _md5(f"{ha1}:{nonce}:{nc}:{cnonce}:auth:{ha2}")
            fields += ["qop=auth", f"nc={nc}", f'cnonce="{cnonce}"']
        else:
            response = _md5(f"{ha1}:{nonce}:{ha2}")
        fields.append(f'response="{response}"')
        if "opaque" in self.params:
            fields.append(f'opaque="{self.params["opaque"]}"')
        fields.append("algorithm=MD5")
        return "Digest " + ", ".join(fields)
