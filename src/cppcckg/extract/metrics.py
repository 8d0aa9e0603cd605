"""Statistics (counts and rates) in report sentences.

A work report states its results as figures: "全年收到提案1501件，立案1307件", "镇街覆盖率达
57%". `extract_metrics` turns each such figure of one sentence into a `Metric`: the value
and unit (read by `numbers.find_numbers`), what it measures (a key of
data/reference/measures.yaml), the body it is about, the period, and the clause that
states it as evidence.

Which numbers are statistics
    A figure needs a counter word or a percent sign: "N次/N项/N个/N人/N%". Bare numbers
    are not statistics. Not statistics either:

    * names: anything inside “…”, ‘…’, 《…》 (unless the quote holds only the figure);
      numbers glued to Latin letters or "+" (5G, “13+1”); single Chinese digits with 个/项/
      条… (两个维护, 八项规定, 三个确保: slogans, not counts; 三次, 两场 are counts);
    * ordinals: 第六次, 第1、2、3号, 五届四次会议, 十三届全国政协五次会议, 二十大, 十九届;
    * time: years and dates (2021年, 2035年, 3月), durations and anniversaries (五年来,
      建党100周年, 3天, 7个工作日) — a duration says for how long, not how many; but 连续4年
      counts repetitions and is a statistic; frequencies (每季度召开1次) are rules, not
      results;
    * collective names such as 11省市 / 13省区市 (a count is written 11个省市).

Evidence
    The clause holding the figure: the sentence is cut at ，,；;：: (outside quotes), and
    at 、 or a conjunction (和 及 以及 与) only between list items that each carry their own
    figure, so "13次A、42次B" gives two metrics, "42次B" the second one's evidence.

Measure
    Words of measures.yaml around the figure: `cues` (mostly verbs) before it in its clause
    or list item (the nearer the better; after it only when adjacent, passive "42条被采纳",
    or after an event count "10次组织委员视察"), `nouns` (what is counted) adjacent to it
    ("提案1501件", "65份调研报告", "42次党组会议"); a noun directly followed by another cue
    is a modifier ("全体会议协商5次" is a consultation). The longest, nearest word wins; a
    measure whose `unit_hint` does not include the figure's unit is never chosen. A figure
    alone in its clause ("…，共3500篇") may take the verb of an earlier clause; a list item
    with nothing of its own takes its neighbour's measure; then `fallback_units`; else
    "other".

Subject
    A body mention at the head of the figure's clause (before the figure, after at most an
    adverbial such as 全年, 其中, 2022年), else at the head of an earlier clause of the
    sentence, else `default_subject`. A body in the middle of a clause is an object or a
    modifier (组织全国政协委员, 42次党组会议); one introduced by 向/被/与/协助/配合/指导… is a
    recipient or partner; one before 期间/会上/委员/采用 sets the time or names members.
    Party committees, governments and people's congresses are never the subject.

Period
    The given period, unless the clause (or the sentence's opening adverbial) names years:
    "2021年" → 2021, "2018—2022年" → 2018-2022, "2019年以来" → 2019 to the period's end.
    Targets ("到2025年", "2035年远景目标") are not periods of a figure.

Longer than 400 lines because the statistic rules (cue words, qualifiers, the measure
chosen, the subject a figure is about, its period) all read one clause context that a split
would have to pass through every call; measure choice is the next piece to move out.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterator, NamedTuple, Sequence

import ahocorasick

from cppcckg import resources
from cppcckg.errors import InputError, ReferenceDataError
from cppcckg.extract.departments import is_state_office
from cppcckg.extract.firstchars import guard_patterns, searched
from cppcckg.extract.numbers import NumberMatch, find_numbers
from cppcckg.ingest.yamlio import load_yaml
from cppcckg.model import Evidence, Mention, Metric, Period, Sentence

__all__ = [
    "DEFAULT_MEASURES_PATH",
    "OTHER",
    "Cue",
    "Measure",
    "MeasureTable",
    "extract_metrics",
    "load_measures",
    "statistic_numbers",
]

DEFAULT_MEASURES_PATH = resources.reference_dir() / "measures.yaml"
OTHER = "other"
GAP = "…"
_GAP_CHARS = 10


# --- the measure table ------------------------------------------------------------------

@dataclass(frozen=True)
class Cue:
    """A word that points at a measure; `…` in `text` is a short gap (no clause break).
    With `context`, the cue counts only if one of those words occurs earlier in the sentence."""

    text: str
    context: tuple[str, ...] = ()

    @property
    def length(self) -> int:
        return len(self.text.replace(GAP, ""))


@dataclass(frozen=True)
class Measure:
    key: str
    name_zh: str
    name_en: str
    units: tuple[str, ...] = ()
    cues: tuple[Cue, ...] = ()
    nouns: tuple[str, ...] = ()
    fallback_units: tuple[str, ...] = ()

    @property
    def unit_hint(self) -> str:
        """The usual unit of the measure ("" when any unit fits)."""
        return self.units[0] if self.units else ""

    def accepts(self, unit: str | None) -> bool:
        return not self.units or unit in self.units


class _Hit(NamedTuple):
    """A cue or noun found in a sentence (a tuple: made for every word found, cheaply)."""

    start: int
    end: int
    measure: int
    noun: bool
    length: int
    context: tuple[str, ...]
    gapped: bool = False


class MeasureTable:
    """The measures of measures.yaml with a compiled matcher for their cues and nouns."""

    def __init__(self, measures: Sequence[Measure], source: str = ""):
        items = list(measures)
        if not any(m.key == OTHER for m in items):
            items.append(Measure(OTHER, "其他", "Other", (), (), (), ()))
        self.measures: tuple[Measure, ...] = tuple(items)
        self.source = source
        self._by_key = {m.key: m for m in self.measures}
        self.units = tuple(m.units for m in self.measures)  # by measure index, for Measure.accepts in a loop
        self._literal: dict[str, list[tuple[int, bool, tuple[str, ...]]]] = {}
        self._gapped: list[tuple[re.Pattern[str], tuple[str, ...], int, int, tuple[str, ...]]] = []
        for index, measure in enumerate(self.measures):
            for cue in measure.cues:
                if GAP in cue.text:
                    parts = [re.escape(p) for p in cue.text.split(GAP)]
                    gap = rf"[^,;:，；：。！？!?]{{0,{_GAP_CHARS}}}?"
                    words = tuple(w for w in cue.text.split(GAP) if w)
                    self._gapped.append((re.compile(gap.join(parts)), words, index, cue.length, cue.context))
                else:
                    self._literal.setdefault(cue.text, []).append((index, False, cue.context))
            for noun in measure.nouns:
                self._literal.setdefault(noun, []).append((index, True, ()))
        # one automaton finds every cue word, literal or part of a gapped cue, in one pass
        self._automaton = ahocorasick.Automaton()
        # (its value: the word, its length and its literal entries, so a hit needs no look-up)
        for word in {w for w in self._literal if w} | {w for g in self._gapped for w in g[1]}:
            self._automaton.add_word(word, (word, len(word), tuple(self._literal.get(word, ()))))
        self._automaton.make_automaton()
        self._gapped_by_first: dict[str, list[int]] = {}
        for n, (_regex, words, _index, _length, _context) in enumerate(self._gapped):
            self._gapped_by_first.setdefault(words[0], []).append(n)

    # mapping-like access
    def __iter__(self) -> Iterator[Measure]:
        return iter(self.measures)

    def __len__(self) -> int:
        return len(self.measures)

    def __contains__(self, key: object) -> bool:
        return key in self._by_key

    def keys(self) -> list[str]:
        return [m.key for m in self.measures]

    def get(self, key: str) -> Measure | None:
        return self._by_key.get(key)

    def __getitem__(self, key: str) -> Measure:
        return self._by_key[key]

    def labels(self) -> list[tuple[str, str, str]]:
        """(key, name_zh, name_en) of every measure, "other" included, in table order."""
        return [(m.key, m.name_zh, m.name_en) for m in self.measures]

    def _hits(self, text: str) -> list[_Hit]:
        """Every cue and noun occurrence in `text` (the longest at each position, plus
        gapped cues)."""
        hits: list[_Hit] = []
        if not len(self._automaton):
            return hits
        longest: dict[int, tuple[int, tuple[tuple[int, bool, tuple[str, ...]], ...]]] = {}
        present: set[str] = set()
        for end, (word, size, entries) in self._automaton.iter(text):
            present.add(word)
            if entries:  # a literal cue or noun (not only a part of a gapped cue)
                start = end - size + 1
                best = longest.get(start)
                if best is None or size > best[0]:
                    longest[start] = (size, entries)
        for start in sorted(longest):
            size, entries = longest[start]
            for index, noun, context in entries:
                hits.append(_Hit(start, start + size, index, noun, size, context))
        # a gapped cue is tried only when all its words occur (its first word found it here)
        candidates = sorted(n for w in present for n in self._gapped_by_first.get(w, ()))
        for n in candidates:
            regex, words, index, length, context = self._gapped[n]
            if not all(w in present for w in words):
                continue
            for m in regex.finditer(text):
                hits.append(_Hit(m.start(), m.end(), index, False, length, context, True))
        return hits


def _strings(value: Any, where: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        return (value,)
    if isinstance(value, list) and all(isinstance(v, str) and v for v in value):
        return tuple(value)
    raise ValueError(f"{where} must be a string or a list of strings")


def _measure(entry: Any, position: int) -> Measure:
    if not isinstance(entry, dict):
        raise ValueError(f"entry {position} is not a mapping")
    key = entry.get("key")
    if not isinstance(key, str) or not re.fullmatch(r"[a-z][a-z0-9_]*", key):
        raise ValueError(f"entry {position}: key must be a snake_case string, not {key!r}")
    allowed = {"key", "name_zh", "name_en", "unit_hint", "cues", "nouns", "fallback_units", "note"}
    unknown = set(entry) - allowed
    if unknown:
        raise ValueError(f"measure {key}: unknown field(s) {', '.join(sorted(unknown))}")
    for name in ("name_zh", "name_en"):
        if not isinstance(entry.get(name), str) or not entry[name].strip():
            raise ValueError(f"measure {key}: {name} must be a non-empty string")
    cues: list[Cue] = []
    for raw in entry.get("cues") or []:
        if isinstance(raw, str) and raw.strip(GAP):
            cues.append(Cue(raw))
        elif isinstance(raw, dict) and isinstance(raw.get("cue"), str) and raw["cue"].strip(GAP):
            if set(raw) - {"cue", "context"}:
                raise ValueError(f"measure {key}: a cue mapping has only 'cue' and 'context'")
            cues.append(Cue(raw["cue"], _strings(raw.get("context"), f"measure {key}: cue context")))
        else:
            raise ValueError(f"measure {key}: cue {raw!r} is neither a word nor {{cue, context}}")
    if not isinstance(entry.get("cues", []), list):
        raise ValueError(f"measure {key}: cues must be a list")
    nouns = _strings(entry.get("nouns"), f"measure {key}: nouns")
    if any(GAP in n for n in nouns):
        raise ValueError(f"measure {key}: nouns cannot hold a gap {GAP}")
    return Measure(
        key=key,
        name_zh=entry["name_zh"].strip(),
        name_en=entry["name_en"].strip(),
        units=_strings(entry.get("unit_hint"), f"measure {key}: unit_hint"),
        cues=tuple(cues),
        nouns=nouns,
        fallback_units=_strings(entry.get("fallback_units"), f"measure {key}: fallback_units"),
    )


def load_measures(path: Path | None = None) -> MeasureTable:
    """The measure table of `path` (default: data/reference/measures.yaml of this source tree).

    Raises `ReferenceDataError`, naming the file, when it is missing or malformed.
    """
    path = Path(path) if path is not None else DEFAULT_MEASURES_PATH
    data = load_yaml(path, ReferenceDataError, "measure table")
    if isinstance(data, dict) and "measures" in data:
        data = data["measures"]
    if not isinstance(data, list) or not data:
        raise ReferenceDataError(f"{path}: expected a list of measures")
    measures: list[Measure] = []
    seen: set[str] = set()
    for position, entry in enumerate(data, 1):
        try:
            measure = _measure(entry, position)
        except ValueError as error:
            raise ReferenceDataError(f"{path}: {error}") from None
        if measure.key in seen:
            raise ReferenceDataError(f"{path}: measure {measure.key} is defined twice")
        seen.add(measure.key)
        measures.append(measure)
    return MeasureTable(measures, source=str(path))


# --- which numbers are statistics -------------------------------------------------------

# units that say "when" or "which", not "how many"
_NOT_COUNT_UNITS = frozenset(
    {"年", "年度", "月", "日", "工作日", "周", "周年", "天", "小时", "届", "号", "省市", "省区市",
     # the economy's measures (a park's 3.6万亩, 1.2万吨), not the committee's work
     "亩", "公顷", "吨", "公里", "千米", "平方米", "平方公里", "立方米", "千瓦", "千瓦时"}
)
# 销售收入近3000万元, 农民增收1000多万元: money the economy made, not funds the committee raised
_ECONOMY_BEFORE = re.compile(r"(?:收入|增收|产值|销售额?|营收|生产总值|GDP|税收|利润|(?:总|完成|计划)投资|成本)[^，,；;。]{0,4}$")  # (项目完成投资N亿元: the works inspected)
# 减贫N人, 贫困发生率降至X%: what a place achieved, not the committee's work
_OUTCOME_BEFORE = re.compile(r"(?:减贫|脱贫人口|贫困发生率|增长率|增速|增幅|城镇化率|失业率|森林覆盖率|投资完成率|出[\u4e00-\u9fff]率|亩产|产量|出栏|存栏)[^，,；;。]{0,4}$")
# 30余种深加工产品, 打通7条村级道路, 带动723户农户增收: what the economy made or gained
_ECONOMY_AFTER = re.compile(r"[^，,；;。]{0,8}?(?:产品|道路|公路|桥梁)|[^，,；;。]{0,6}?(?:增收|致富)")
# 3个跨省合作园区之一: the size of a set something belongs to, not a count of work
# places a river, a project or a park spans (涉及…7个镇): its extent (work that covers places, 覆盖21个镇街, is counted)
_SPANS_BEFORE = re.compile(r"(?:涉及|流经|范围包括)[^，,；;。]{0,40}$")
_PLACES_AFTER = re.compile(r"(?:区县|区市县|市州|市县|乡镇|镇街|镇|乡|村|街道|县|区|市|省)")
_ONE_OF = re.compile(r"[^，,；;。]{0,16}?(?:之一|之首|之冠)")  # (居全市12个县之首: the same)
# 连续4年举办, 连续十四年入选: how many times in a row, a count of repetitions (a year alone is a date)
_RUN_OF_YEARS_BEFORE = ("连续", "連續")
# a frequency is a rule, not a result: 每季度召开1次, 每年至少提交1件
_FREQUENCY_BEFORE = re.compile(r"每(?:年|季度|季|月|周|半年|两年|届|次|名|位|个)[^，,；;。]{0,8}$")
# units with which a single Chinese digit is a count (三次, 两场) rather than a slogan (两个维护)
_EVENT_UNITS = frozenset({"次", "场", "场次", "轮", "批次"})
# a clause mark inside a quote: a speaker's sentence, whose figures are figures
_SPOKEN = re.compile(r"[，,。；;！!？?]")
_NESTED_NAME = re.compile(r"‘[^‘’]{0,60}’|《[^《》]{0,120}》")
# counter words a small Chinese numeral counts things with (提出七项建议, 四位委员, 两天): a figure,
# unless what follows makes it a formula (两个维护, 四个全面, 三个代表, 五位一体, 两个结合)
_COUNTED_UNITS = frozenset({"项", "个", "位", "件", "份", "天", "篇", "条", "名", "家", "年"})  # (年 only after 连续)
_FORMULA_AFTER = re.compile(r"[\u4e00-\u9fff]?(?:维护|确立|全面|代表|自信|意识|务必|结合|坚持|一体|大局|聚焦|明确|"
                            r"没有变|走在前|作表率|先行|融合|统筹|提升|服务|中心|基本点|定位|之一|规定|关键|责任|方面的?(?:重要|决策)|作用|驱动)")
# 这两个专委会, 上述三项: the things already told, pointed at again, not counted
_POINTED_BEFORE = re.compile(r"(?:这|那|此|该|上述|以上|前述)$")
# the reports a meeting heard, pointed at again by their number (对两个报告给予肯定, ，两份报告总结客观)
_POINTER_BEFORE = re.compile(r"(?:这|该|此|上述|前述|此前|(?<![\u4e00-\u9fff])前)$")  # (这14件提案: the ones just counted; 前两次会议: the ones before)
_REPORTS_POINTED = re.compile(r"(?:对|就|围绕|讨论了?|审议了?|听取了?|[，,。；;：:]|^)$")
# units that are statistics only when a cue names the measure (35岁以下 is a description)
_CUE_ONLY_UNITS = frozenset({"岁"})
_ORDINAL_BEFORE = re.compile(r"第[0-9零〇○一二两三四五六七八九十百千、,和及至\-—~～]*$|届$")
_SESSION_AFTER = re.compile(r"(?:全会|党代会|代表大会|全委会|全体会议|全体委员会议)")
_SESSION_MEETING = re.compile(r"(?:会议|常委会议|常委会会议)")
# 三次、四次、五次全会 / 五届三次四次五次全会: one ordinal after another before a session
_ORDINAL_CHAIN = re.compile(r"^(?:[、和及]?[一二三四五六七八九十\d]{1,3}次)+")
_SESSION_CHAIN_BEFORE = re.compile(r"届(?:[一二三四五六七八九十\d]{1,3}次[、和及]?)+$")
_SESSION_HOLDER = re.compile(r"(?:届|政协|委员会|常委会|人大|党委|市委|省委|区委|县委)$")
_LATIN = re.compile(r"[A-Za-z+＋/]")
_QUOTE = re.compile(
    r"“[^“”]{0,120}”|‘[^‘’]{0,60}’|《[^《》]{0,120}》|〈[^〈〉]{0,120}〉|「[^「」]{0,120}」"
    r"|『[^『』]{0,120}』|\"[^\"]{0,120}\""
)
_HAS_NUMERAL = re.compile(r"[0-9零〇○一二两三四五六七八九十百千万%]")


_WHITE = re.compile(r"\s")
_NON_WHITE = re.compile(r"\S+")


def _squeeze(norm: str) -> tuple[str, Sequence[int]]:
    """`norm` without white space, and for each of its characters the offset in `norm` (a
    range when there is nothing to squeeze out, as in most sentences)."""
    if _WHITE.search(norm) is None:
        return norm, range(len(norm))
    parts: list[str] = []
    pos: list[int] = []
    for m in _NON_WHITE.finditer(norm):
        parts.append(m.group())
        pos.extend(range(m.start(), m.end()))
    return "".join(parts), pos


def _quoted(norm: str, pos: Sequence[int]) -> list[tuple[int, int]]:
    """Quoted and titled stretches, as squeezed offsets (quote marks included)."""
    spans = []
    for m in _QUOTE.finditer(norm):
        spans.append((bisect.bisect_left(pos, m.start()), bisect.bisect_left(pos, m.end())))
    return spans


def _inside(spans: list[tuple[int, int]], a: int, b: int) -> tuple[int, int] | None:
    for s, e in spans:
        if s <= a and b <= e:
            return s, e
    return None


# what a slogan counts (三项重点工作, 五个排头兵, 两件大事, 两个方面, 七个“一体化”, 五个春秋)
# a unit fused with the next character into a word (支部, 项目): the figure names, it does not count
_WORD_WITH_UNIT = frozenset({("支", "部"), ("项", "目")})
_VALUE_VERBS = ("达", "为", "是", "到", "至", "超", "近", "约")  # before a figure quoted for emphasis
_ISSUE_BEFORE = re.compile(r"\d{4}年第?$")  # (某刊2020年2期: an issue, no count)
_SLOGAN_AFTER = re.compile(r"(?:“[^”]{1,10}”的?|[\u4e00-\u9fff]{0,4}?)(?:工作|任务|方面|大事|排头兵|关键词|一体化|春秋|举措)(?![\d一二三四五六七八九十])")


def _counting_unit(sq: str, n: NumberMatch) -> bool:
    """Whether the figure's unit counts things (not 2021年, 3月, 3天), a run of years included."""
    if n.unit is None:
        return False
    return n.unit not in _NOT_COUNT_UNITS or (n.unit == "年" and sq.endswith(_RUN_OF_YEARS_BEFORE, 0, n.start))


# a slogan's count and its pair (三个关键，不断提升…; 三项改革，持续…): a heading, no figure
_SLOGAN_PAIR_AFTER = re.compile(r"[\u4e00-\u9fff]{1,4}[，,；;]\s*(?:不断|持续|全面|切实|着力|奋力)")
# a price by the unit it is paid for (2元左右一斤, 3元/公斤, 每斤4元)
_PER_UNIT_AFTER = re.compile(r"(?:左右|上下|多)?(?:/|一|每)(?:斤|公斤|千克|吨|个|件|只|头|亩|平方米|平米)")
_PER_UNIT_BEFORE = ("每斤", "每公斤", "每千克", "每吨", "一斤", "一公斤")


def _is_statistic(sq: str, n: NumberMatch, quoted: list[tuple[int, int]]) -> bool:
    unit = n.unit
    if not _counting_unit(sq, n):
        return False
    span = _inside(quoted, n.num_start, n.num_end)
    if span is not None:
        inner = sq[span[0] + 1:span[1] - 1]
        # (“我参加活动54次，…”: words said, not a name; their digits are figures, a name quoted in them is not)
        said = (sq[span[0]] in "“「" and not n.chinese and _SPOKEN.search(inner) is not None
                and not any(m.start() <= n.num_start - span[0] - 1 < m.end() for m in _NESTED_NAME.finditer(inner)))
        valued = inner == sq[n.start:n.end] and sq[span[0] - 1:span[0]] in _VALUE_VERBS  # (覆盖率达“100%”)
        if not said and not valued:
            return False  # a name: “两个维护”, 《…70年》, a policy package quoted bare (增长“20条”)
    before = sq[max(0, n.start - 16):n.start]
    if _ORDINAL_BEFORE.search(before) or _FREQUENCY_BEFORE.search(before):
        return False
    if (unit, sq[n.end:n.end + 1]) in _WORD_WITH_UNIT or (n.chinese and sq[n.num_start:n.num_end] == "零"):
        return False  # 二十支部, 101项目, 零件: a name or a word, no count (a count says 20个支部, 3个项目)
    if unit == "期" and _ISSUE_BEFORE.search(before):
        return False  # 2023年14期: a periodical's issue
    if (unit.endswith("元") and _ECONOMY_BEFORE.search(before)) or _OUTCOME_BEFORE.search(before):
        return False
    if n.chinese and unit in ("个", "项") and _SLOGAN_PAIR_AFTER.match(sq, n.end):
        return False  # 着力抓好三个关键，不断提升…: a heading's slogan, counted in words, no tally
    if unit.endswith("元") and (_PER_UNIT_AFTER.match(sq, n.end) or before.endswith(_PER_UNIT_BEFORE)):
        return False  # 卖2元左右一斤, 每斤3元, 5元/公斤: a price, no sum of the committee's
    if unit in ("种", "条", "户", "座", "个") and _ECONOMY_AFTER.match(sq, n.end, n.end + 12):
        return False
    if _ONE_OF.match(sq, n.end, n.end + 20):
        return False
    if unit == "个" and _PLACES_AFTER.match(sq, n.end) and _SPANS_BEFORE.search(before):
        return False  # 流域涉及川渝两地7个镇, 建设范围涉及甲、乙等7个区县: the extent of a place, no work counted
    if _POINTER_BEFORE.search(before):
        return False  # 这14件重点提案: the figure told before, pointed at again
    if unit == "字" and before.endswith(("全文", "全文约", "全文共", "省略")):
        return False  # (全文4995字 after a headline, 省略635字 in a repost: the page's length, no work counted)
    if unit == "轮" and sq.startswith("车", n.end):
        return False  # (三轮车: a vehicle, no rounds)
    if n.chinese and n.value <= 10 and unit in ("个", "项", "件") and _SLOGAN_AFTER.match(sq, n.end):
        return False  # 抓好三项重点工作, 当好五个排头兵, 两个方面: a slogan's count, no work counted
    if (unit == "台" and sq.startswith("阶", n.end)) or (unit == "组" and (before.endswith("村") or sq.startswith("组长", n.end))):
        return False  # 迈上五万亿台阶: a step, no machines; 该村7组组长: a village group's number
    if (n.start > 0 and _LATIN.match(sq[n.start - 1])) or (n.num_end < len(sq) and _LATIN.match(sq[n.num_end])):
        return False
    after = sq[n.end:n.end + 6]
    if unit == "次":
        if _SESSION_CHAIN_BEFORE.search(before):
            return False  # 五届三次四次五次全会: the ordinals run on
        if _SESSION_AFTER.match(_ORDINAL_CHAIN.sub("", sq[n.end:n.end + 16])):
            return False  # 六次党代会, 十次全会, 三次四次全会
        if _SESSION_MEETING.match(after) and _SESSION_HOLDER.search(before):
            return False  # 全国政协五次会议, 五届四次会议
    if n.chinese and unit != "%":
        numeral = n.numeral
        if len(numeral) == 1 and numeral not in "百千万亿" and n.qualifier not in ("余", "多"):
            if numeral == "一" or (unit not in _EVENT_UNITS and (
                    unit not in _COUNTED_UNITS or numeral == "二"  # (a count says 两家, 两个: 毛万二家 is a name)
                    or _FORMULA_AFTER.match(sq, n.end) or _POINTED_BEFORE.search(before)
                    or (sq.startswith("报告", n.end) and _REPORTS_POINTED.search(before)))):
                return False
    return True


def statistic_numbers(text: str) -> list[NumberMatch]:
    """The numbers of a normalised text that can be statistics (the filters above), as
    offsets into `text`. For diagnostics; `extract_metrics` is the pipeline's entry."""
    sq, pos = _squeeze(text)
    quoted = _quoted(text, pos)
    out = []
    for n in find_numbers(sq):
        if _is_statistic(sq, n, quoted):
            a, b = pos[n.start], pos[n.end - 1] + 1
            out.append(NumberMatch(a, b, n.value, n.qualifier, n.unit, text[a:b], pos[n.num_start],
                                   pos[n.num_end - 1] + 1, n.chinese, n.unit_raw))
    return out


# --- clauses and list items -------------------------------------------------------------

_CLAUSE_BREAK = searched(re.compile(r"[，；：;:！？!?。]|(?<!\d),|,(?!\d{3}(?!\d))"))
_CONJUNCTION = re.compile(r"(?:以及|和|及|与|并)$")
_LIST_MARK = re.compile("、")
_LEAD_TRIM = "·•●▪■◆◇★☆-—*#>、"
_TAIL_TRIM = "。.!?！？、"


@dataclass
class _Item:
    start: int  # squeezed offsets
    end: int
    clause_start: int
    numbers: list[NumberMatch]


def _clause_cuts(sq: str, quoted: list[tuple[int, int]]) -> list[int]:
    """Offsets of the clause breaks of `sq` (not inside quotes or titles)."""
    return [m.start() for m in _CLAUSE_BREAK.finditer(sq) if _inside(quoted, m.start(), m.start() + 1) is None]


def _items(sq: str, cands: list[NumberMatch], quoted: list[tuple[int, int]], cuts: list[int]) -> list[_Item]:
    """The clause or list item of each candidate figure."""
    bounds = [-1, *cuts, len(sq)]
    items: list[_Item] = []
    k = 0
    for a, b in zip(bounds, bounds[1:]):
        a += 1
        inside = []
        while k < len(cands) and cands[k].start < b:
            if cands[k].start >= a:
                inside.append(cands[k])
            k += 1
        if not inside:
            continue
        # 、 splits between list items that each carry a figure; an item without one
        # belongs to the item that follows it (its noun or verb precedes the figure)
        marks = [m.start() for m in _LIST_MARK.finditer(sq, a, b) if _inside(quoted, m.start(), m.start() + 1) is None]
        segments = []
        s = a
        for i in marks:
            segments.append((s, i))
            s = i + 1
        segments.append((s, b))
        groups: list[list[Any]] = []  # [start, end, numbers]
        pending = None
        for s, e in segments:
            nums = [n for n in inside if s <= n.start < e]
            if pending is None:
                pending = [s, e, nums]
            else:
                pending[1] = e
                pending[2] = pending[2] + nums
            if nums:
                groups.append(pending)
                pending = None
        if pending is not None:
            if groups:
                groups[-1][1] = pending[1]
            else:
                groups.append(pending)
        for gs, ge, nums in groups:
            # "12项清单和125条措施": a conjunction right before the next figure splits too
            s, part = gs, [nums[0]]
            for prev, cur in zip(nums, nums[1:]):
                m = _CONJUNCTION.search(sq, prev.end, cur.start)
                if m is not None:
                    items.append(_Item(s, m.start(), a, part))
                    s, part = m.end(), [cur]
                else:
                    part.append(cur)
            items.append(_Item(s, ge, a, part))
    return items


_PAIRS = {"(": ")", "（": "）", "“": "”", "《": "》", "「": "」", "『": "』", "‘": "’", "[": "]", "【": "】"}
_CLOSERS = {v: k for k, v in _PAIRS.items()}


def _trimmed(sq: str, a: int, b: int) -> tuple[int, int]:
    """A span without bullets and end punctuation, and without a bracket or quote mark at
    either end whose partner lies outside it."""
    changed = True
    while changed and a < b:
        changed = False
        while a < b and sq[a] in _LEAD_TRIM:
            a, changed = a + 1, True
        while b > a and sq[b - 1] in _TAIL_TRIM:
            b, changed = b - 1, True
        if a < b and sq[a] in _PAIRS and _PAIRS[sq[a]] not in sq[a + 1:b]:
            a, changed = a + 1, True
        if a < b and sq[b - 1] in _CLOSERS and _CLOSERS[sq[b - 1]] not in sq[a:b - 1]:
            b, changed = b - 1, True
    return a, b


# --- measure choice ---------------------------------------------------------------------

_QUOTE_MARKS = set("“”‘’\"《》「」『』()（）")
_MARKS_AND_TAIL = "".join(_QUOTE_MARKS) + _TAIL_TRIM  # what strip() removes: an order of no matter
_WORD_CHAR = re.compile(r"\w")


_PEOPLE_UNITS = ("位", "名")  # counts of people, whose clause may end on what they did


def _choose(
    table: MeasureTable,
    hits: list[_Hit],
    sq: str,
    n: NumberMatch,
    item: _Item,
    cands: list[NumberMatch],
) -> str | None:
    """The best measure key for figure `n`, or None if no cue fits.

    Hits inside the figure's own clause or list item decide; cues of earlier clauses of
    the sentence count only for a figure that stands alone in its clause ("…，共3500篇").
    """
    own: dict[int, list[float]] = {}
    earlier: dict[int, list[float]] = {}
    later = [c for c in item.numbers if c.start >= n.end]
    next_start = later[0].start if later else item.end
    verbal = n.unit in _EVENT_UNITS
    prefix = sq[:n.start]
    units = table.units
    unit = n.unit
    n_start, n_end, n_num_start = n.start, n.end, n.num_start
    i_start, i_end = item.start, item.end
    places_counted = sq.startswith(_PLACES_COUNTED, n_end)  # 赴甲、乙等6个县调研: the places counted, not the work after them
    for h in hits:
        h_start, h_end, measure, noun, length, context, gapped = h  # (one unpacking, not seven look-ups)
        accepted = units[measure]
        if accepted and unit not in accepted:
            continue  # not Measure.accepts
        if context and not any(word in prefix for word in context):
            continue
        target = own
        if h_end <= n_start:
            dist = n_start - h_end
            if noun and dist > 2 and h_start >= i_start:
                continue  # (before counting the figures crossed, which cannot save it)
            crossed = sum(1 for c in cands if h_end <= c.start and c.end <= n_start)
            if h_start >= i_start:
                if noun:
                    if dist > 2 or crossed:
                        continue
                    if any(o.start >= h_end and o.start - h_end <= 1 and o.end <= n_start for o in hits):
                        continue  # a modifier: in 全体会议协商5次 the head is 协商
                    # the thing counted, written right before the figure, outweighs a
                    # verb of the same length further away: 报送建议40条 counts suggestions
                    score = 10.0 * length + 2.0 - dist
                else:
                    score = 10.0 * length - 0.2 * min(dist, 60) - 6.0 * crossed
                    if gapped:
                        score -= 5.0  # "开展…活动" says less than the adjacent "协商活动"
            else:
                if noun:
                    continue
                target = earlier
                score = 10.0 * length - 0.2 * min(dist, 60) - 6.0 * crossed - 10.0
        elif h_start >= n_end:
            if h_end > next_start or h_end > i_end:
                continue
            if places_counted and h_start > n_end:
                continue
            gap = sq[n_end:h_start]
            dist = len(gap) - sum(1 for ch in gap if ch in _QUOTE_MARKS)
            if noun:
                if (verbal and not later and h_end - n_end <= 14
                        and not sq[h_end:i_end].strip(_MARKS_AND_TAIL)):
                    dist = 0  # the head of the event named after the count: 13次党组理论学习中心组学习会
                if dist > 3:
                    continue
                score = 9.0 * length - dist
            else:
                # "10次组织委员开展视察": an event count may precede its verb; a count of
                # things (个, 名, 项) is followed by the thing, so only an adjacent verb
                # counts, or a passive one ("42条被区委采纳")
                passive = gap[:1] in ("被", "获") and dist <= 10
                # 6位委员在主会场发言: people counted, then what they did, the clause ending on it
                people = (unit in _PEOPLE_UNITS and not later and dist <= 16
                          and not sq[h_end:i_end].strip(_MARKS_AND_TAIL))
                if not (dist <= 1 or passive or people or (verbal and (not later or dist <= 3))):
                    continue
                score = 10.0 * length - 2.0 - 0.5 * dist
        elif h_start < n_num_start and h_end > n_end and h_start >= i_start:
            score = 10.0 * length  # a gapped cue around the figure: 形成65份调研报告
        else:
            continue
        if context:
            score += 3.0
        if score > 0:
            target.setdefault(measure, []).append(score)
    scores = own
    if not scores:
        lead = sq[item.start:n.start]
        tail = sq[n.end:item.end]
        if len(lead) <= 2 and not _WORD_CHAR.search(tail):
            scores = earlier
    if not scores:
        return None

    def total(values: list[float]) -> float:
        values = sorted(values, reverse=True)
        return values[0] + 0.5 * min(len(values) - 1, 2)

    best = max(scores, key=lambda i: (total(scores[i]), -i))
    return table.measures[best].key


def _fallback(table: MeasureTable, unit: str | None) -> str | None:
    for measure in table.measures:
        if unit in measure.fallback_units:
            return measure.key
    return None


# --- subject and period -----------------------------------------------------------------

_NOT_SUBJECT_CLASSES = frozenset({"PartyCommittee", "GovernmentBody", "PeoplesCongress"})
# places counted right after a figure (6个县, 12个村, 3个街道): what follows them is not what was counted
_PLACES_COUNTED = ("县", "区", "市", "州", "镇", "乡", "村", "省", "社区", "街道", "片区")
# a body after these is an object, recipient, partner or place, not the one who acted
_OBJECT_BEFORE = re.compile(
    r"(?:向|被|给|对|与|同|跟|和|及|经|请|邀请|协助|配合|陪同|联合|会同|报送|报请|致|在|由于|"
    r"支持|指导|推动|帮助|引导|组织|发动|动员|督促|推荐|联系|服务|围绕|为)$"
)
# ... or before these: 被全国政协采用, 全国政协委员, 五届四次会议期间
_OBJECT_AFTER = re.compile(r"(?:采用|采纳|批示|批转|转办|交办|肯定|表扬|委员|会上|期间|前|以来)")
# what may stand before a clause's subject: 全年, 其中, 2022年, 试点…
_ADVERBIAL = re.compile(
    r"(?:全年|年内|一年来|[一二三四五两几多]年来|近年来|今年以来|本届以来|同时|其中|此外|另外|目前|"
    r"截至目前|期间|由|各|各级|全市|全省|全区|全县|我市|我省|我区|我县|本市|(?:19|20)\d\d年(?:以来|度)?)*"
)
_BLANK_LINE = re.compile(r"\n\s*\n")


def _subject(
    mentions: Sequence[Mention],
    sentence: Sentence,
    norm: str,
    sq: str,
    pos: Sequence[int],
    quoted: list[tuple[int, int]],
    clause_starts: list[int],
    clause_start: int,
    number_start: int,
) -> Mention | None:
    """The body a figure is about: a body at the head of the figure's clause (before the
    figure), else at the head of an earlier clause of the sentence, else None (the text's own).
    `clause_start`, `number_start` are squeezed offsets; `clause_starts` those of all
    clauses of the sentence."""
    in_clause: Mention | None = None
    earlier: Mention | None = None
    limit = sentence.start + pos[number_start]
    for m in mentions:
        if m.kind != "body" or m.cls in _NOT_SUBJECT_CLASSES:
            continue
        s, e = m.evidence.start, m.evidence.end
        if s < sentence.start or e > limit:
            continue
        ls, le = s - sentence.start, e - sentence.start
        i = bisect.bisect_left(pos, ls)
        j = bisect.bisect_left(pos, le)
        own = clause_starts[bisect.bisect_right(clause_starts, i) - 1]
        lead = sq[own:i]
        if len(lead) > 3 and not _ADVERBIAL.fullmatch(lead):
            continue  # not at the head of its clause: an object or a modifier
        if _OBJECT_BEFORE.search(lead) or _OBJECT_AFTER.match(sq, j):
            continue
        if _inside(quoted, i, j) is not None:
            continue
        if own >= clause_start:
            if in_clause is None or s >= in_clause.evidence.start:
                in_clause = m
        elif not _BLANK_LINE.search(norm, le, pos[number_start]):
            if earlier is None or s >= earlier.evidence.start:
                earlier = m
    return in_clause or earlier


_YEAR_RANGE = searched(re.compile(
    r"(?<![\d到至])((?:19|20)\d\d)年?(?:-|—|–|~|～|至|到)((?:19|20)\d\d)年(?:度)?(?!远景|目标|规划|计划|前)"
))
_YEAR = searched(re.compile(
    r"(?<![\d第])((?:19|20)\d\d)年(?:度)?(以来|来)?(?!远景|目标|规划|计划|前|以前|底|末|将|要|版)"
))
_OPENING_YEAR = re.compile(
    r"^(?:(?:据悉|据了解|据介绍|据统计|(?:记者|笔者)(?:了解到|获悉))[,，]?)?(?:在|于)?((?:19|20)\d\d)年?(?:(?:-|—|–|~|～|至|到)((?:19|20)\d\d))?年(?:度)?(以来|来)?"
    r"(?:全年|上半年|下半年|里|中|内|间|期间)?[,，]"
)
_TARGET_BEFORE = re.compile(r"(?:到|至|截至|截止|力争|预计|计划|于)$")


def _period(sq: str, clause_start: int, number_start: int, given: Period | None) -> Period | None:
    """The period of a figure at squeezed offset `number_start` in clause `clause_start`."""
    zone = sq[clause_start:number_start]
    m = _YEAR_RANGE.search(zone)
    if m is not None and not _TARGET_BEFORE.search(zone[:m.start()]):
        a, b = int(m.group(1)), int(m.group(2))
        if a <= b and (given is None or b <= given.end):
            return Period(a, b)
    year = last = None
    since = False
    for m in _YEAR.finditer(zone):
        if not _TARGET_BEFORE.search(zone[:m.start()]):
            year, since = int(m.group(1)), bool(m.group(2))
    if year is None and clause_start > 0:
        m = _OPENING_YEAR.match(sq)
        if m is not None:
            year, since = int(m.group(1)), bool(m.group(3))
            last = int(m.group(2)) if m.group(2) else None
    if year is None:
        return given
    if given is not None and year > given.end:
        return given  # a year after the report's period is a target, not a result
    if last is not None:
        return Period(year, last) if year <= last and (given is None or last <= given.end) else given
    if since:  # 2019年以来
        return Period(year, given.end if given is not None and given.end >= year else year)
    return Period(year, year)


# the committee's own business, whoever handles it (区政府领办的提案, 部门收集建议N条, 委员…)
_COMMITTEE_BUSINESS = re.compile(r"提案|建议|意见|社情民意|批示|委员|政协|协商|议政|视察|调研")
_OFFICE_LEADERS_AFTER = re.compile(r"[、和及与]|(?:主要)?(?:领导|负责人|相关负责)")


def _office_figure(actor: Mention, sq: str, sentence: Sentence) -> bool:
    """Is a figure a government or Party office's own result (某市公安局…实现了…连续5年下降, 区交通
    运输委…查处违规车辆N辆)? Not where its sentence tells the committee's business, whatever the
    office does with it (区政府领导领办的重点提案, 区住建委现场认领了12条建议), nor where the office
    only opens a list of leaders or offices (区委、区政府领导领衔督办)."""
    if not is_state_office(actor.label):
        return False
    end = actor.evidence.end - sentence.start
    if _OFFICE_LEADERS_AFTER.match(sentence.text, end):
        return False
    return _COMMITTEE_BUSINESS.search(sq) is None


# a clause whose subject is a thing of the setting the committee looked at: a place pointed at again
# (该小区, 该片区), a firm (某某科技有限公司, 某某加工厂), works (某某隧道, 某某特大桥) or a place's
# economy (某市民营经济呈现…态势，新增经营主体N户); its figures
# describe what was seen, not the committee's work
_SETTING_SUBJECT = re.compile(
    r"(?:目前|当前|其中|同时)?[，,]?(?:全(?:村|镇|乡|社区|街道)(?=现?有|共有|已有|累计|先后)|[\u4e00-\u9fff]{1,6}?(?:村|社区)(?:户籍|常住)?人口(?=共|有|\d)|(?:该|这个|这套|这家|这条|这座|这些)(?:小区|片区|社区|村|镇|乡|街道|公司|企业|工厂|厂|项目|"
    r"工程|园区|产业园|基地|系统|设备|隧道|大桥|学校|医院|合作社|景区|平台)"
    r"|[\u4e00-\u9fff]{2,8}?(?:民营经济|经济总量|地区生产总值|工业经济|县域经济)"
    r"|(?:(?!走访|组织|调研|视察|考察|参观|深入|来到|前往|察看|帮助|支持)[^\s，,、；;。和与及等“”]){2,16}?(?:有限责任公司|股份有限公司|有限公司|加工厂|加工廠|工厂|合作社|大桥|隧道|水库))"
    r"(?![的之])")


def _setting_clauses(sq: str, clause_starts: list[int]) -> list[int]:
    """The clause starts (squeezed) whose clause opens with a thing of the setting as its subject."""
    return [c for c in clause_starts if _SETTING_SUBJECT.match(sq, c)]


# --- the extractor ----------------------------------------------------------------------

def extract_metrics(
    sentence: Sentence,
    norm: str,
    mentions: Sequence[Mention],
    default_subject: str | None,
    period: Period | None,
    measures: MeasureTable,
) -> list[Metric]:
    """The statistics stated by one sentence.

    `norm` is the normalised form of `sentence.text` (same length). Evidence offsets are
    report offsets; evidence text is the original text of the clause.
    """
    text = sentence.text
    if len(norm) != len(text):
        raise InputError(
            f"sentence {sentence.index} of {sentence.report}: normalised text has {len(norm)} "
            f"characters, the sentence {len(text)}"
        )
    if not _HAS_NUMERAL.search(norm):
        return []
    sq, pos = _squeeze(norm)
    quoted = _quoted(norm, pos)
    # (a figure without a counting unit is never a statistic: ruled out before the call)
    cands = [n for n in find_numbers(sq) if _counting_unit(sq, n) and _is_statistic(sq, n, quoted)]
    if not cands:
        return []
    cuts = _clause_cuts(sq, quoted)
    clause_starts = [0, *(c + 1 for c in cuts)]
    items = _items(sq, cands, quoted, cuts)
    hits = measures._hits(sq)
    setting = _setting_clauses(sq, clause_starts)

    out: list[Metric] = []
    previous: tuple[int, str, str | None] | None = None  # (clause_start, measure, unit)
    for item in items:
        a, b = _trimmed(sq, item.start, item.end)
        if b <= a:
            continue
        ev_start, ev_end = pos[a], pos[b - 1] + 1
        evidence = Evidence(sentence.report, sentence.start + ev_start, sentence.start + ev_end,
                            text[ev_start:ev_end])
        for n in item.numbers:
            key = _choose(measures, hits, sq, n, item, cands)
            if key is None and n.unit in _CUE_ONLY_UNITS:
                continue
            if (key is None and previous is not None and previous[0] == item.clause_start
                    and previous[2] == n.unit and previous[1] != OTHER):
                key = previous[1]  # a list item with nothing of its own: like its neighbour
            if key is None:
                key = _fallback(measures, n.unit) or OTHER
            actor = _subject(mentions, sentence, norm, sq, pos, quoted, clause_starts, item.clause_start, n.start)
            if actor is not None and _office_figure(actor, sq, sentence):
                continue
            if setting and setting[0] <= item.clause_start and (actor is None or actor.evidence.start - sentence.start < pos[setting[0]]):
                continue  # 该小区常住人数N人，共有车位N个; 某某有限公司将建设N条生产线: what was seen  # 某市公安局…连续5年下降, 区交通运输委…查处N辆: a government office's own figures
            previous = (item.clause_start, key, n.unit)
            out.append(Metric(
                evidence=evidence,
                value=n.value,
                unit=n.unit or "",
                qualifier=n.qualifier,
                measure=key,
                subject=actor.entity if actor is not None else default_subject,
                period=_period(sq, item.clause_start, n.start, period),
                section=sentence.section,
            ))
    return out


guard_patterns(globals())  # (every pattern above: the same matches, scans that skip ahead)
