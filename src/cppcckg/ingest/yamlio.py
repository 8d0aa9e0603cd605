"""Reading YAML files with errors that name the file, the line and what to do."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from cppcckg.errors import CppcckgError

# libyaml's parser when PyYAML was built with it (ten times faster on the reference data);
# both report the line of a syntax error.
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load_yaml(path: Path, error: type[CppcckgError], what: str, fix: str = "fix the YAML") -> Any:
    """Parse `path`; raise `error("FILE[:LINE]: problem; fix")` for unreadable or malformed YAML."""
    try:
        text = Path(path).read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        reason = getattr(exc, "strerror", None) or str(exc)
        raise error(f"{path}: cannot read the {what} ({reason}); save it as UTF-8") from None
    try:
        return yaml.load(text, Loader=_LOADER)  # noqa: S506 - a safe loader
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = f":{mark.line + 1}" if mark is not None else ""
        problem = getattr(exc, "problem", None) or "malformed YAML"
        raise error(f"{path}{line}: malformed YAML in the {what} ({problem}); {fix}") from None
