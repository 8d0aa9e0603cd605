"""A quicker __init__ for the frozen dataclasses made by the million (mentions, evidence).

The __init__ that dataclasses generates for a frozen class sets each field through
object.__setattr__ (to get past the class's own __setattr__, which refuses); storing into the
instance's __dict__ does the same in about half the time. A 50 MB report makes about a
million facts, each with its evidence, so the difference is a few per cent of extraction.
"""

from __future__ import annotations

import dataclasses
from typing import TypeVar

T = TypeVar("T")


def quick_init(cls: type[T]) -> type[T]:
    """`cls` (a frozen dataclass, applied after @dataclass) with an __init__ of the same
    signature and defaults that writes the instance dict. A class it does not cover (slots,
    default factories, fields outside __init__, __post_init__) is returned as it is."""
    fields = dataclasses.fields(cls)  # type: ignore[arg-type]
    if (hasattr(cls, "__slots__") or hasattr(cls, "__post_init__")
            or any(not f.init or f.default_factory is not dataclasses.MISSING for f in fields)):
        return cls
    defaults = {f"_default_{f.name}": f.default for f in fields if f.default is not dataclasses.MISSING}
    params = ", ".join(f.name if f.default is dataclasses.MISSING else f"{f.name}=_default_{f.name}" for f in fields)
    body = "".join(f"    d[{f.name!r}] = {f.name}\n" for f in fields)
    source = f"def __init__(self, {params}):\n    d = self.__dict__\n{body}"
    namespace: dict[str, object] = {}
    exec(source, dict(defaults), namespace)  # noqa: S102 - generated from field names, as dataclasses does
    init = namespace["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"  # type: ignore[attr-defined]
    init.__doc__ = cls.__init__.__doc__
    cls.__init__ = init  # type: ignore[misc]
    return cls
