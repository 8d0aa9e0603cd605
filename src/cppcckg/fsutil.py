"""One way to write a file so that a reader never sees half of it, and one way to tell a full
disk from other write errors.

Every output of the project (exports, pages, caches, the store's link) goes through
:func:`atomic_writer`: the bytes go to a temporary file in the target's folder, are flushed
and synced, and only then renamed over the target. A failure leaves the previous file as it
was and no temporary file behind.
"""

from __future__ import annotations

import errno
import os
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Iterator

from cppcckg.errors import InputError

__all__ = ["atomic_writer", "disk_full", "write_atomic"]


def disk_full(exc: OSError) -> bool:
    """Is this the error of a full disk (or of a file size limit, which looks the same)?"""
    return exc.errno in (errno.ENOSPC, errno.EFBIG, errno.EDQUOT)


@contextmanager
def atomic_writer(path: Path | str, text: bool = False) -> Iterator[IO]:
    """A handle whose content replaces ``path`` when the block ends without error.

    ``OSError`` is raised as it comes (callers that only cache may ignore it); the temporary
    file is removed in every case.
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w" if text else "wb", **({"encoding": "utf-8"} if text else {})) as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    finally:
        Path(tmp).unlink(missing_ok=True)


def write_atomic(path: Path | str, data: bytes) -> Path:
    """Write ``data`` to ``path`` atomically; a user-facing error names the file and what to do."""
    path = Path(path)
    try:
        with atomic_writer(path) as handle:
            handle.write(data)
    except OSError as exc:
        if disk_full(exc):
            raise InputError(f"{path}: no space left on the disk; free some space or choose another --out "
                             "(nothing was overwritten)") from None
        raise InputError(f"{path}: cannot write ({exc.strerror}); check space and permissions, "
                         "or choose another --out") from None
    return path
