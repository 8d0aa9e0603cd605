"""Numbers in Chinese report text: Arabic, Chinese and mixed numerals with qualifier and unit.

`find_numbers` scans a text with one compiled regular expression and returns every number
it can read, with the words around it that belong to the figure:

* a qualifier before it (近 超过 逾 约 达 共 …) or after it (余 多 以上 左右);
* magnitudes written in characters (十 百 千 万 亿), folded into the value:
  ``1.24万人`` is 12400 人, ``800多万字`` is 8000000 字, ``435万元`` is 4350000 元;
* the counter or measure word that follows (件 项 次 个 人次 名 条 篇 期 份 场 … 元 % 年),
  from a configurable tuple.

It reads *every* number, names and ordinals included (第六次, 十九届, 2021年): telling a
statistic from a name is the job of `cppcckg.extract.metrics`. Numbers that cannot be read
as a value are skipped: ``十四五`` (not a well-formed numeral), ``5G`` and other numbers
glued to Latin letters, ``七一`` (a date name, not a digit string).

Layout breaks between a number and its unit are common in newspaper text
(``2000 余\\n人次``); up to three white-space characters are allowed between the parts.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

__all__ = [
    "DEFAULT_UNITS",
    "NumberMatch",
    "find_numbers",
    "parse_chinese_numeral",
    "parse_number",
]

#: Counter and measure words recognised after a number, as written. Longer forms are tried
#: first, so 人次 wins over 人 and 场次 over 场. Magnitudes (万, 亿) are not units: 万元 is
#: read as 万 + 元 and 万字 as 万 + 字.
DEFAULT_UNITS: tuple[str, ...] = (
    # things and items
    "件", "件次", "项", "个", "条", "篇", "期", "份", "卷", "册", "本", "部", "套", "辑",
    "种", "类", "批", "批次", "处", "座", "所", "家", "户", "村", "组", "支", "门", "首",
    "幅", "集", "张", "页", "例", "起", "台", "堂", "讲", "课时", "学时", "方面", "字", "只", "副",
    # people
    "人次", "人", "名", "位",
    # events
    "次", "场", "场次", "轮", "天", "小时",
    # money, rates, ages, measures
    "元", "%", "％", "‰", "个百分点", "百分点", "倍", "岁", "亩", "公里", "平方公里", "吨", "公斤",
    # time and names (read so that callers can reject them)
    "年度", "年", "个月", "个多月", "个半月", "个小时", "个多小时", "个半小时", "月", "日", "个工作日", "工作日",
    "周年", "周", "届", "号", "省区市",
    "省市",
)

# Canonical form of a unit as written.
_UNIT_CANON = {"％": "%", "个百分点": "百分点", "个月": "月", "个工作日": "工作日", "个多月": "月", "个半月": "月",
               "个小时": "小时", "个多小时": "小时", "个半小时": "小时"}

# Qualifiers before a number, mapped to their canonical form.
_PREFIX_QUALIFIERS = {
    "将近": "近", "接近": "近", "近": "近",
    "超过": "超过", "超": "超过", "突破": "超过", "多于": "超过",
    "逾": "逾",
    "大约": "约", "约": "约",
    "达到": "达", "高达": "达", "多达": "达", "达": "达",
    "共计": "共", "总计": "共", "合计": "共", "累计": "共", "共": "共",
    "不少于": "以上", "不低于": "以上", "至少": "以上",
}
# Qualifiers after a number (before or after its unit).
_SUFFIX_QUALIFIERS = {"余": "余", "多": "多", "以上": "以上", "左右": "约"}
# Approximations say more about a figure than 达/共 (which only introduce it).
_APPROXIMATE = {"近", "超过", "逾", "约", "余", "多", "以上"}

_CN_DIGITS = {
    "零": 0, "〇": 0, "○": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4,
    "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
}
_CN_SMALL = {"十": 10, "百": 100, "千": 1000}
_CN_BIG = {"万": 10_000, "亿": 100_000_000}
_MAGNITUDES = {**_CN_SMALL, **_CN_BIG}


class NumberMatch(NamedTuple):
    """A number found in a text.

    `start`/`end` span the whole figure as written, qualifiers and unit included; `raw` is
    that text. `value` has the magnitudes folded in; `unit` is canonical (万元 → 元, ％ → %)
    or None. `num_start`/`num_end` span the numeral alone; `chinese` tells whether it was
    written in Chinese characters; `unit_raw` is the unit as written (with its magnitude).
    A named tuple: one is made for every number of every sentence, most of them no statistic.
    """

    start: int
    end: int
    value: float
    qualifier: str | None
    unit: str | None
    raw: str
    num_start: int = -1
    num_end: int = -1
    chinese: bool = False
    unit_raw: str | None = None

    @property
    def numeral(self) -> str:
        """The numeral as written (without qualifier, magnitude or unit)."""
        offset = self.num_start - self.start
        return self.raw[offset:offset + self.num_end - self.num_start]


# --- parsing --------------------------------------------------------------------------

def _parse_cn_integer(s: str) -> int | None:
    if not s:
        return None
    if not any(ch in _MAGNITUDES for ch in s):
        # a digit string: 二〇二二, 2 〇 … ; a single digit is itself
        if len(s) == 1:
            return _CN_DIGITS.get(s)
        if "两" in s or not all(ch in _CN_DIGITS for ch in s):
            return None
        if len(s) == 4 or "〇" in s or "零" in s or "○" in s:
            return int("".join(str(_CN_DIGITS[ch]) for ch in s))
        return None  # 七一, 三三: names, not numbers
    total = 0
    section = 0
    digit: int | None = None
    last_small = 10_000  # the last 十/百/千 used in this section (must decrease)
    zero = False  # a 零 was written since the last multiplier
    for ch in s:
        if ch in _CN_DIGITS:
            value = _CN_DIGITS[ch]
            if digit is not None:
                return None  # two digits in a row: 十四五, 三四
            if value == 0:
                zero = True
                continue
            digit = value
        elif ch in _CN_SMALL:
            mult = _CN_SMALL[ch]
            if digit is None:
                if ch == "十" and section == 0 and not zero:
                    digit = 1  # 十, 十九, 二万十…
                else:
                    return None
            if mult >= last_small:
                return None
            section += digit * mult
            digit = None
            last_small = mult
            zero = False
        elif ch in _CN_BIG:
            if digit is not None:
                section += digit
                digit = None
            if section == 0 and total == 0:
                return None
            if ch == "亿":
                total = (total + section) * _CN_BIG["亿"]
            else:
                total += section * _CN_BIG["万"]
            section = 0
            last_small = 10_000
            zero = False
        else:
            return None
    if digit is not None:
        # a trailing digit is the ones place only after 十 or after a 零 (一百零五)
        if not (last_small == 10 or zero):
            return None  # 三万五, 一百五: colloquial shortenings, left unread
        section += digit
    return total + section


@lru_cache(maxsize=4096)
def parse_chinese_numeral(s: str) -> float | None:
    """The value of a Chinese numeral (三十二 → 32, 两千 → 2000, 九十七点九 → 97.9), or None.
    Cached: a text writes the same few numerals (一, 两, 三十…) over and over."""
    s = s.strip()
    whole, sep, frac = s.partition("点")
    value = _parse_cn_integer(whole)
    if value is None:
        return None
    if not sep:
        return float(value)
    if not frac or not all(ch in _CN_DIGITS and ch != "两" for ch in frac):
        return None
    return float(f"{value}.{''.join(str(_CN_DIGITS[ch]) for ch in frac)}")


def _magnitude(chars: str | None) -> float:
    factor = 1.0
    for ch in chars or "":
        factor *= _MAGNITUDES[ch]
    return factor


# --- scanning ---------------------------------------------------------------------------

_WS = r"\s{0,3}"
_AR = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\d,])|\d+(?:\.\d+)?"
_CN_CHARS = "零〇○一二两三四五六七八九十百千万亿"
_CN = rf"[零〇○一二两三四五六七八九十][{_CN_CHARS}]*(?:点[零〇○一二三四五六七八九]+)?"
# an Arabic numeral is not part of a Latin/digit token (G20, 5G, PM2.5, v2.0)
_AR_GUARD_BEFORE = r"(?<![0-9A-Za-z])(?<!\d\.)"
_AR_GUARD_AFTER = r"(?![0-9A-Za-z]|\.\d)"


def _alternation(words) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


@lru_cache(maxsize=16)
def _compile(units: tuple[str, ...]) -> re.Pattern[str]:
    prefix = _alternation(_PREFIX_QUALIFIERS)
    unit = _alternation(units) if units else r"(?!)"
    first = "".join(sorted({w[0] for w in _PREFIX_QUALIFIERS})) + "上" + _CN_CHARS
    pattern = (
        rf"(?=[\d{re.escape(first)}])"  # a cheap first test at each position
        rf"(?:(?P<pre>{prefix}){_WS})?"
        r"(?:"
        rf"百分之{_WS}(?P<pct>{_AR_GUARD_BEFORE}(?:{_AR}){_AR_GUARD_AFTER}|{_CN}|百)"
        rf"|{_AR_GUARD_BEFORE}(?P<ar>{_AR}){_AR_GUARD_AFTER}(?:{_WS}(?P<mag1>[十百千万亿]{{1,2}})(?!分))?"
        rf"|(?P<cn>{_CN})"
        rf"|(?P<cnb>[百千万])(?={_WS}[余多])"  # 千余人, 百余名: "a thousand-odd"
        rf"|(?P<cnc>(?:(?<=近|逾|超|约)|(?P<up>上))[百千万])(?={_WS}(?:{unit}))"  # 近万人, 上千名
        r")"
        rf"(?:{_WS}(?P<q1>余|多))?"
        rf"(?:{_WS}(?P<mag2>千万|百万|[万亿]))?"
        rf"(?:{_WS}(?P<unit>{unit}))?"
        rf"(?:{_WS}(?P<q2>以上|左右|(?:余|多)(?=[\s，,。.；;、：:）)”’]|$)))?"
    )
    return re.compile(pattern)


def _default() -> re.Pattern[str]:
    """The regex of DEFAULT_UNITS, without hashing that tuple again for every sentence."""
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = _compile(DEFAULT_UNITS)
    return _DEFAULT


_DEFAULT: re.Pattern[str] | None = None


def _arabic(s: str) -> float:
    return float(s.replace(",", ""))


_GROUPS = ("pct", "ar", "cn", "cnb", "cnc", "pre", "up", "q1", "mag1", "mag2", "unit", "q2")


def find_numbers(text: str, units: tuple[str, ...] | None = None) -> list[NumberMatch]:
    """Every readable number in `text`, left to right, as `NumberMatch` values.

    `units` replaces `DEFAULT_UNITS` (the regex for each tuple is compiled once).
    """
    regex = _default() if units is None else _compile(tuple(units))
    out: list[NumberMatch] = []
    for m in regex.finditer(text):
        # every group at once: one call instead of one per group
        pct, ar, cn, cnb, cnc, pre, up, q1, mag1, mag2, unit_raw, q2 = m.group(*_GROUPS)
        chinese = False
        if pct is not None:
            num_span = m.span("pct")
            if pct[0].isdigit():
                value = _arabic(pct)
            elif pct == "百":
                chinese = True
                value = 100.0
            else:
                chinese = True
                parsed = parse_chinese_numeral(pct)
                if parsed is None:
                    continue
                value = parsed
        elif ar is not None:
            num_span = m.span("ar")
            value = _arabic(ar)
        elif cn is not None:
            chinese = True
            num_span = m.span("cn")
            parsed = parse_chinese_numeral(cn)
            if parsed is None:
                continue
            value = parsed
        elif cnb is not None:
            chinese = True
            num_span = m.span("cnb")
            value = float(_MAGNITUDES[cnb])
            if q1 is None:
                continue
        else:
            chinese = True
            num_span = (m.end("cnc") - 1, m.end("cnc"))
            value = float(_MAGNITUDES[cnc[-1]])
        factor = _magnitude(mag1) * _magnitude(mag2) if mag1 or mag2 else 1.0
        if factor != 1.0:
            value = round(value * factor, 6)  # 2.3亿 is 230000000, not 229999999.99999997

        end = m.end()
        if pct is not None:
            unit: str | None = "%"
            if unit_raw is not None:
                end = m.start("unit")  # 百分之五十 is a rate; a counter after it is not its unit
                q2 = None
            unit_raw = "百分之"
        else:
            unit = _UNIT_CANON.get(unit_raw, unit_raw) if unit_raw else None
            magnitude = mag2 or mag1
            if unit_raw and magnitude:
                unit_raw = magnitude[-1] + unit_raw
        q_pre = _PREFIX_QUALIFIERS[pre] if pre else None
        if up:
            q_pre = "以上"  # 上万人: ten thousand and more
        q_suf = _SUFFIX_QUALIFIERS[q1] if q1 else None
        if q2:
            q_suf = q_suf or _SUFFIX_QUALIFIERS[q2]
        if q_suf and (q_pre is None or q_pre not in _APPROXIMATE):
            qualifier = q_suf
        else:
            qualifier = q_pre or q_suf
        # trim trailing white space the optional groups may have eaten
        while end > num_span[1] and text[end - 1].isspace():
            end -= 1
        start = m.start()
        out.append(NumberMatch(
            start=start,
            end=end,
            value=value,
            qualifier=qualifier,
            unit=unit,
            raw=text[start:end],
            num_start=num_span[0],
            num_end=num_span[1],
            chinese=chinese,
            unit_raw=unit_raw,
        ))
    return out


def parse_number(text: str) -> float | None:
    """The value of one figure written alone ("1.24万", "百分之五十七", "三十二"), or None."""
    found = find_numbers(text.strip())
    if len(found) != 1:
        return None
    return found[0].value
