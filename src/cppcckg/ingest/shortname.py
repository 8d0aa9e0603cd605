"""The short name of a body, the form the reports use (沙坪坝区政协, 市政协, 四川省政协, 全国政协).

Full names are long and alike (政协重庆市沙坪坝区委员会, 政协重庆市江北区委员会, ...): drawn as
labels they overprint each other and read slowly. The short form follows from the full name
when it has the usual shape, so the reference data states ``name_short`` only where this rule
cannot derive it. The reports are the Chongqing committee's, so Chongqing is left out of its
own bodies' short names (重庆市 itself becomes 市), as the reports write them.

Example:
    >>> short_name("政协重庆市沙坪坝区委员会"), short_name("政协重庆市委员会"), short_name("政协四川省委员会")
    ('沙坪坝区政协', '市政协', '四川省政协')
    >>> short_name("中国人民政治协商会议全国委员会提案委员会"), short_name("中共政协重庆市委员会党组")
    ('全国政协提案委员会', '市政协党组')
    >>> short_name("政协酉阳土家族苗族自治县委员会"), short_name("政协凉山彝族自治州委员会")
    ('酉阳县政协', '凉山州政协')
    >>> short_name("重庆市总工会")
    '重庆市总工会'
"""

from __future__ import annotations

import re

__all__ = ["HOME", "short_name"]

#: The reports' own province-level place: left out of the short names of bodies seated in it.
HOME = "重庆市"

_LOCAL = re.compile(r"(?:中共)?政协(?P<place>.+?)委员会(?P<rest>.*)")
#: 酉阳土家族苗族自治县 → 酉阳县, 凉山彝族自治州 → 凉山州: the ethnic part is left out, as in the reports.
_AUTONOMOUS = re.compile(r"(?P<p>[^族]{2}?)(?:[^族]{1,2}族)+自治(?P<t>[州县])")
_NATIONAL = re.compile(r"(?:中国人民政治协商会议全国委员会|政协全国委员会)(?P<rest>.*)")


def short_name(name_zh: str) -> str:
    """The short form of a full Chinese body name; the name itself when it has no usual shape."""
    name = name_zh.strip()
    m = _NATIONAL.fullmatch(name)
    if m:
        return "全国政协" + m["rest"]
    m = _LOCAL.fullmatch(name)
    if not m:
        return name
    place = _AUTONOMOUS.sub(r"\g<p>\g<t>", m["place"])
    if place == HOME:
        place = "市"
    elif place.startswith(HOME):
        place = place[len(HOME):]
    return f"{place}政协{m['rest']}"
