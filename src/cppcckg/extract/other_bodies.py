"""Bodies the reference cannot list, found by how their names are built.

News of joint work names the local bureaus, township Party committees and leading groups that
took part (荣昌区水务局, 石燕桥镇党委, “重庆数字政协”建设领导小组). They are bodies a reader
counts; the reference holds none of them. A name is kept only when its shape leaves no doubt:
a bureau right after the place it belongs to, a township's organ after the township's name,
a leading group or task force after a quoted name, a members' studio after its township's or
its own quoted name (the studio acts: it consults and mediates), a sector before 界别.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import replace

from cppcckg.extract.departments import STATE_PATTERN
from cppcckg.extract.firstchars import guard_patterns
from cppcckg.extract.leading_verbs import after_last
from cppcckg.model import Mention

__all__ = ["shaped_names", "one_studio_each", "COUNCIL_WORDS"]

#: the words a council of several committees ends in (…政协工作联系会): a collective, not one committee
COUNCIL_WORDS = ("联系会", "联席会", "协作会", "联谊会")

_BUREAU_REACH = 12  # characters of the longest bureau word after its place (文化和旅游发展委员会)
# a development zone by its kind (经开区, 高新区; the reference holds the named ones, 两江新区)
_ZONE = r"[\u4e00-\u9fff]{0,4}?(?:经开区|高新区|开发区|工业园区|产业园区|园区|示范区|试验区)"
# a zone's committee written alone after a list mark (县总工会、高新区管委会): the text's own zone
_ZONE_COMMITTEE = re.compile(r"(?<=[、，,和及与：:（(])(?:经开区|高新区|开发区|工业园区)(?:管委会|管理委员会)")
# an office of a government or Party committee right after its name (国务院办公厅, 中共中央办公厅), and a
# government's office in another place (四川省人民政府驻重庆办事处): one body each, not the CPPCC's office
_GOVERNMENT_OFFICE = re.compile(r"办公厅|驻(?:(?![，,。；;、：:和与及的在])[\u4e00-\u9fff]){2,8}?办事处")
# after a place: 水务局, 经济和信息化局, 文化和旅游厅 (not 大局, 格局, 开局); the place's
# government, congress, court and procuratorate; its media and service centres; its associations
_BUREAU = re.compile("(?:" + STATE_PATTERN + r")(?![\u4e00-\u9fff]{0,2}(?:常委会|办公|机关)|代表)|"
                     r"[\u4e00-\u9fff]{1,7}?(?<![大格布结开全新变残当])(?:局|厅)(?!长|面|势)|"
                     r"(?:人民政府|人大常委会|人民法院|人民检察院|政府|法院|检察院|融媒体中心)|"
                     r"[\u4e00-\u9fff]{2,7}?(?:管理|服务)中心|"
                     # its development zones' administrative committees (璧山高新区管委会)
                     r"(?:" + _ZONE + r")(?:管委会|管理委员会)|"
                     # its associations (县智力支乡联谊会, 区工商业联合会 aside: the reference has those)
                     r"(?<=[县区市州])(?:(?!召开|举办|举行|开展|组织|成立|政协)[\u4e00-\u9fff]){2,8}?"
                     r"(?:联谊会|同学会|(?<!协)商会|(?<!政)协会)(?![\u4e00-\u9fff]{0,2}(?:上|期间))")
_TOWNSHIP_ORGAN = re.compile(r"[\u4e00-\u9fff]{2,4}?(?:镇|乡|街道)(?:党委|党工委|人民政府|政府|办事处)")
# the words every township organ's name ends in: a text without them is not scanned for the names,
# whose leading characters the engine would otherwise try at every position of the text
_TOWNSHIP_ORGAN_END = re.compile(r"(?:镇|乡|街道)(?:党委|党工委|人民政府|政府|办事处)")
_AFTER_PLACE = re.compile(r"[市县区]?(?:[\u4e00-\u9fff]{2,4}?(?:镇|乡|街道)(?:党委|党工委|人民政府|政府|办事处))")
_LEADING_GROUP = re.compile(r"“[^”]{2,20}”[\u4e00-\u9fff]{0,8}?(?:领导小组|工作专班)")
# a members' studio (or station, 委员工作站) named by its township or village, or by a quoted name (城南街道“连心”委员工作室,
# 某镇政协委员工作室, “某某委员工作室” with the quotes left out); a studio written alone (委员工作室) is
# the kind, no one body
# characters no place name in a studio's name starts with (在…, 到…, 莅临…: the words before it)
_NOT_A_NAME = "[在到赴与和及对从向于的是年月日协莅临了并由将把被]"  # (并由某街道委员工作室组织: the studio named after 由)
_STUDIO = re.compile(r"(?:(?:(?:(?:(?!" + _NOT_A_NAME + r")[\u4e00-\u9fff]){2,4}?[区县市](?=[\u4e00-\u9fff]{2,4}?(?:街道|镇|乡)))?"  # (顺庆区新建街道冯家社区…)
                     r"(?:(?:(?!" + _NOT_A_NAME + r")[\u4e00-\u9fff]){2,4}?(?:街道|镇|乡)(?=[\u4e00-\u9fff]{2,4}?(?:村|社区)))?"
                     r"(?:(?!" + _NOT_A_NAME + r")[\u4e00-\u9fff]){2,4}?(?:镇|乡|街道|村|社区)(?:“[^”]{1,12}”[\u4e00-\u9fff]{0,4}?)?|"
                     r"“[^”]{1,12}”[\u4e00-\u9fff]{0,4}?)(?:政协)?委员工作(?:室|站)|"
                     # 屏锦镇联络站 opening a clause: a township's members' liaison station (where its name
                     # can be told from the words before it)
                     r"(?:(?<=[，,。；;：:、\s])|^)[\u4e00-\u9fff]{2,3}(?:镇|乡|街道|社区)(?:政协)?(?:委员)?联络站|"
                     r"(?<=“)[^“”]{1,10}?委员工作(?:室|站)(?=”)|"
                     # 市政协经济界别委员工作室: a sector's studio, named with its committee where written
                     r"(?:[省市区县州]?政协)?(?:(?!" + _NOT_A_NAME + r")[\u4e00-\u9fff]){2,6}?界别委员工作(?:室|站))")

# the members of a committee in one township (区政协委员大兴小组), a group of its members
# (not 委员们在小组…: the members, where they were)
_MEMBERS_GROUP = re.compile(r"(?:[省市区县]政协)?委员(?!学习|活动|履职|联络|工作|们)(?:(?![在的和到与及])[\u4e00-\u9fff]){2,4}?小组")
# a township's or street's CPPCC working committee (广纳镇政协工委, 某街道政协工作委员会): the
# county committee's office there, which runs its own consultations
_TOWNSHIP_OFFICE = re.compile(r"(?:(?![省市区县州])[\u4e00-\u9fff]{1,3}?[县区市])?[\u4e00-\u9fff]{2,4}?(?:镇|乡|街道)政协(?:工委|工作委员会|联络组|联络委|工作组)")
_TOWNSHIP_OFFICE_END = re.compile(r"(?:镇|乡|街道)政协(?:工委|工作委员会|联络组|联络委|工作组)")  # (as _TOWNSHIP_ORGAN_END)
# a development zone's office of the committee (临空经济区政协工作站, 资阳高新区政协工作站), likewise
_ZONE_OFFICE = re.compile(r"[\u4e00-\u9fff]{2,4}?(?:高新区|经济区|开发区|经开区|新区|园区)政协(?:工作站|工委|工作委员会|联络组|联络委|工作组)")
# a council of the committees of a border area (湘鄂黔渝边区县(市区)政协工作联系会): a collective of its own,
# named from a province's one-character abbreviations or a place through to the council's word
_COUNCIL_WORD = r"政协(?:主席)?(?:工作)?(?:联系会|联席会(?!议)|协作会|联谊会)"  # (…片区政协主席联席会: its chairs meet; not 联席会议: a meeting)
_BORDER_COUNCIL = re.compile(r"(?:[川渝黔湘鄂陕滇云贵甘桂藏青]{2,5}|(?:(?![的在开到于与和及])[\u4e00-\u9fff]){2,6}?(?:毗邻|边区|边界|接壤|沿线|片区))"
                             r"[\u4e00-\u9fff()（）、]{0,12}?" + _COUNCIL_WORD)
_COUNCIL_END = re.compile(_COUNCIL_WORD)
_COUNCIL_REACH = 30  # how far before its council word a council's name may begin
_ABBREVIATION_RUN = re.compile(r"[川渝黔湘鄂陕滇云贵甘桂藏青]{2,5}")
# a committee's members grouped by number (第三委员活动小组, 第一委员小组): a group that runs its own work
_NUMBERED_MEMBERS_GROUP = re.compile(r"(?:[省市区县]政协)?第[一二三四五六七八九十\d]{1,3}委员(?:活动)?小?组(?![织成建长员会])")

# the members of one area written right after their committee (…政协天生地区委员组, …政协大路片区委员组)
_AREA_MEMBERS_GROUP = re.compile(r"(?<=政协)(?:(?!委员|政协)[\u4e00-\u9fff]){2,6}?(?:地区|片区|街道|镇|乡)"
                                 r"(?:委员组|(?:政协)?(?:工作)?联络(?:委|组|处|站))(?![织成建长员会])")

# a sector of a committee, named before 界别: up to eight characters after a stop, a place or a body
_SECTOR_WORDS = 8
# (not 各界别, 相关界别, 参加界别活动: sectors in general)
_SECTOR_WORD = re.compile(r"(?:(?!委员|各|全|相关|有关|部分|其他|参加|开展|组织|举办|举行|进行|分别|召开|深入|走进|所在|界别|暨)[\u4e00-\u9fff]){2,8}"
                          r"(?<![和与及等的])")
_BEFORE_A_SECTOR = frozenset("，,。；;：:、（）()《》“”\"' \n\t·与和及同各等的在由对向暨")  # (宣讲暨界别委员座谈会: no sector)
# a verb (or 会议) where a sector's name would be (研究界别工作, 市政协印发界别联组会发言通知): the
# word 界别 is the sectors' work in general, no sector named
_VERB_BEFORE_SECTOR = re.compile(r"(?:按|研究|实施|牵头|发出|印发|下发|加强|推进|深化|做好|优化|完善|强化|围绕|通过|"
                                 r"发挥|依托|调整|增设|设立|按照|建立|健全|落实|推动|提升|搭建|创新|聚焦|联系|征集|报送|"
                                 r"突出|坚持|注重|用好|抓好|办好|指导|支持|鼓励|引导|动员|召集|安排|明确|体现|展现|反映|会议)")


def _holding(regex: re.Pattern[str], ending: re.Pattern[str], norm: str, start: int, end: int) -> Iterable[re.Match[str]]:
    """`regex.finditer(norm, start, end)`, given that every match of `regex` holds a match of
    `ending`: nothing, without scanning, when norm[start:end] holds none."""
    return regex.finditer(norm, start, end) if ending.search(norm, start, end) is not None else ()


def shaped_names(norm: str, start: int, end: int,
                 mentions: Sequence[Mention]) -> Iterable[tuple[int, int, int, str | None]]:
    """(start, organ start, end, seat) of each body name of these shapes in norm[start:end];
    `seat` is the place key of a place written at the head of the name (the organ's words
    follow it), if any; with no seat, a name whose organ starts later than it does is the organ
    of the body named from its start to the organ (国务院办公厅)."""
    places = [m for m in mentions if m.kind == "place"]
    # a place written before the place (重庆市江津区人民政府): the name begins there
    outer = {m.evidence.end: m.evidence.start for m in places}
    for m in places:  # a bureau right after its place: 荣昌区水务局
        a, b = m.evidence.start, m.evidence.end
        bureau = _BUREAU.match(norm, b, min(end, b + _BUREAU_REACH))
        if bureau is not None:  # (四川省人民政府驻重庆办事处: the government's office, named after it)
            office = _GOVERNMENT_OFFICE.match(norm, bureau.end(), end) if bureau.group().endswith("政府") else None
            yield outer.get(a, a), b, (office or bureau).end(), m.entity
    ends = {m.evidence.end: m.evidence.start for m in places}
    for m in places:  # 四川省重庆商会, 重庆四川雅安商会: a chamber of commerce named by the places it joins
        if norm.startswith("商会", m.evidence.end) and m.evidence.start in ends:
            a = m.evidence.start
            while a in ends:
                a = ends[a]
            yield a, a, m.evidence.end + 2, None
    if "管" in norm[start:end]:
        for match in _ZONE_COMMITTEE.finditer(norm, start, end):
            yield match.start(), match.start(), match.end(), None
    if "办" in norm[start:end]:
        for m in mentions:  # 国务院办公厅, 四川省人民政府驻重庆办事处
            if m.kind == "body" and _governs(m.label) and (office := _GOVERNMENT_OFFICE.match(norm, m.evidence.end, end)):
                yield m.evidence.start, m.evidence.end, office.end(), None
    taken: list[tuple[int, int]] = []
    for m in places:  # 隆昌市石燕桥镇党委: the county before the township
        organ = _AFTER_PLACE.match(norm, m.evidence.end, min(end, m.evidence.end + 12))
        if organ is not None:
            taken.append((m.evidence.start, organ.end()))
            yield m.evidence.start, m.evidence.end, organ.end(), m.entity
    for match in _holding(_TOWNSHIP_ORGAN, _TOWNSHIP_ORGAN_END, norm, start, end):
        if norm[match.start()] not in "市县区省" and not any(a <= match.start() < b for a, b in taken):
            a = _township_start(norm, match.start(), match.end())
            if a is not None:
                yield a, a, match.end(), None
    for match in _LEADING_GROUP.finditer(norm, start, end):
        yield match.start(), match.start(), match.end(), None
    if "小组" in norm[start:end]:  # 区政协委员大兴小组: the members of one township, a group
        for match in _MEMBERS_GROUP.finditer(norm, start, end):
            yield match.start(), match.start(), match.end(), None
        for match in _NUMBERED_MEMBERS_GROUP.finditer(norm, start, end):
            yield match.start(), match.start(), match.end(), None
    if "政协工" in norm[start:end] or "政协联络" in norm[start:end]:
        for match in _holding(_TOWNSHIP_OFFICE, _TOWNSHIP_OFFICE_END, norm, start, end):
            a = _township_start(norm, match.start(), match.end())
            if a is not None:
                yield a, a, match.end(), None
        if "区政协工" in norm[start:end] or "区政协联络" in norm[start:end]:
            for match in _ZONE_OFFICE.finditer(norm, start, end):
                a = _township_start(norm, match.start(), match.end())
                if a is not None:
                    yield a, a, match.end(), None
    if "委员组" in norm[start:end] or "联络" in norm[start:end]:
        # 北碚区政协天生地区委员组, 区政协某某街道联络委: the members of one area, or the committee's
        # office in a street, named after their committee
        ends = {m.evidence.end: m.evidence.start for m in mentions if m.kind == "body"}
        for match in _AREA_MEMBERS_GROUP.finditer(norm, start, end):
            a = ends.get(match.start(), match.start())
            yield a, a, match.end(), None
    for council in _COUNCIL_END.finditer(norm, start, end):  # (a rare word: the name is looked for before it)
        match = _BORDER_COUNCIL.search(norm, max(start, council.start() - _COUNCIL_REACH), council.end())
        if match is not None and match.end() == council.end():
            run = _ABBREVIATION_RUN.search(norm, match.start(), match.end())  # (并以湘鄂黔渝边区…: from 湘)
            a = run.start() if run is not None else match.start()
            yield a, a, match.end(), None
    if "委员工作" in norm[start:end] or "联络站" in norm[start:end]:
        shaped = [(match.start(), match.end()) for match in _STUDIO.finditer(norm, start, end)]
        for a, b in shaped:
            yield a, a, b, None
        for a, b in _studios_by_own_name(norm, start, end, places):
            if not any(x < b and a < y for x, y in shaped):
                yield a, a, b, None
    at = norm.find("界别", start, end)
    if at >= 0:
        heads = {m.evidence.start for m in mentions if m.kind in ("place", "body")}
        while at >= 0:  # 农工党界别, 铜梁工商联界别, 区政协民革界别: a sector, from where its name begins
            starts = [x for x in range(max(start, at - _SECTOR_WORDS), at - 1) if _SECTOR_WORD.fullmatch(norm, x, at)]
            begin = next((x for x in starts if x in heads), None)  # (看着铜梁工商联界别: from the place)
            if begin is None:  # (委员某某代表科技界别: the sector spoken for begins after 代表)
                begin = next((x for x in starts if norm.startswith("代表", x - 2)), None)
            if begin is None:
                begin = next((x for x in starts if x == start or norm[x - 1] in _BEFORE_A_SECTOR), None)
            if begin is not None and not _VERB_BEFORE_SECTOR.search(norm, begin, at):
                yield begin, begin, at + 2, None
            at = norm.find("界别", at + 2, end)
    at = norm.find("界委员", start, end)
    if at >= 0:
        heads = {m.evidence.start for m in mentions if m.kind in ("place", "body")}
        while at >= 0:  # 科技界委员某某, 工商联界委员: the member's sector, named before 委员
            starts = [x for x in range(max(start, at - _SECTOR_WORDS), at - 1) if _SECTOR_WORD.fullmatch(norm, x, at)]
            begin = next((x for x in starts if x in heads or x == start or norm[x - 1] in _BEFORE_A_SECTOR), None)
            if begin is not None and not _VERB_BEFORE_SECTOR.search(norm, begin, at):
                yield begin, begin, at + 1, None
            at = norm.find("界委员", at + 3, end)


# a studio named by words of its own, neither a place nor quoted (金桂湖政协委员工作室, 同心委员工作室,
# 教育界委员工作室), right after a stop, a list's 、, a question, a quote's end, a verb's 了 or a
# preposition of where: the name runs back to there; a name with a verb or a word of kind in it
# (共建委员工作室, 首批委员工作室, 一个政协委员工作室) names none
_OWN_NAMED_STUDIO = re.compile(r"(?:(?<=[、？?”，,。；;：:\n])|^|(?<=[了在到至及和与])|(?<=走进|来到|依托))(?!解)"
                               r"(?:(?!" + _NOT_A_NAME + r"|政协|委员)[\u4e00-\u9fff]){2,12}?(?:政协)?委员工作(?:室|站)")
_NOT_IN_A_STUDIOS_NAME = re.compile(r"打造|建设|建立|建成|新建|成立|设立|组建|创建|共建|授牌|揭牌|挂牌|命名|依托|用好|发挥|推动|"
                                    r"推进|开展|体现|突出|调研|介绍|考察|走进|进驻|入驻|管理|指导|做好|做实|拓展|加强|增强|借助|利用|依靠|围绕|聚焦|深化|交流|讨论|研究|审议|听取|召开|举办|组织|参加|规范|完善|提升|推广|积极|通过|首批|批|首家|家|全[区县市省]|各|所有|"
                                    r"这些|该|这|一个|个|优秀|示范|星级|特色|基层|村级|镇级|乡镇|镇街|两地|区县|当地|其中|"
                                    r"[把将就对并还也都]|如何|努力")
_STUDIO_TAIL = re.compile(r"(?:政协)?委员工作(?:室|站)$")


def _studios_by_own_name(norm: str, start: int, end: int, places: Sequence[Mention]) -> Iterable[tuple[int, int]]:
    """(start, end) of each studio named by words of its own (see _OWN_NAMED_STUDIO); none where
    the name is a place's alone (梁平区委员工作室: that district's studios) or the text names the
    studio elsewhere after its committee (重庆市政协澳门委员工作室: that one, told short)."""
    place_spans = {(m.evidence.start, m.evidence.end) for m in places}
    for match in _OWN_NAMED_STUDIO.finditer(norm, start, end):
        a, b = match.span()
        tail = _STUDIO_TAIL.search(norm, a, b)
        if tail is None or _NOT_IN_A_STUDIOS_NAME.search(norm, a, tail.start()):
            continue
        if (a, tail.start()) in place_spans or "政协" + norm[a:b] in norm[start:end]:
            continue
        yield a, b


def _governs(label: str) -> bool:
    """Is `label` a government's or the Party centre's name (whose 办公厅 is its own office)? (A
    place's Party committee has its departments read with the others: 中共四川省委办公厅.)"""
    return "政协" not in label and label.endswith(("人民政府", "国务院", "中央委员会"))


# townships in general, no one township named (各乡镇党委, 听取乡镇政协工委汇报)
_TOWNSHIPS_IN_GENERAL = re.compile(r"各?(?:乡镇|镇乡|镇街|乡镇街道|镇|乡|街道)(?=党委|党工委|人民政府|政府|办事处|政协)")


_PREPOSITIONS = frozenset("在到赴与对从于")
_TOWNSHIP_CORE = re.compile(r"[\u4e00-\u9fff]{2,4}?(?:镇|乡|街道)")


def _township_start(norm: str, a: int, b: int) -> int | None:
    """Where a township's organ's name begins once a verb leading into it is cut off (参加某镇政协工委),
    or None where no township is named (乡镇政协工委: the kind)."""
    a += after_last(norm[a:b])
    core = _TOWNSHIP_CORE.match(norm, a, b)
    if core is not None:  # (主席到某某镇党委调研: the name begins after the preposition)
        cut = next((i for i in range(core.end() - 3, a - 1, -1) if norm[i] in _PREPOSITIONS), None)
        a = a if cut is None else cut + 1
    return None if _TOWNSHIPS_IN_GENERAL.match(norm, a) else a


_QUOTED_PART = re.compile(r"“[^”]*”")


def one_studio_each(mentions: list[Mention]) -> list[Mention]:
    """A studio written by its township alone (龙潭镇政协委员工作室) or by its quoted name alone
    (“同心圆”政协委员工作室) is the one the text names in full with both
    (龙潭镇“同心圆”政协委员工作室): one body, however the text shortens it."""
    full = [m for m in mentions if m.cls == "WorkingOrgan" and not m.in_reference
            and "“" in m.label and not m.label.startswith("“")]
    if not full:
        return mentions

    def whole(m: Mention) -> Mention | None:
        if m.cls != "WorkingOrgan" or m.in_reference:
            return None
        return next((f for f in full if f.label != m.label and (
            f.label.endswith(m.label) if m.label.startswith("“") else _QUOTED_PART.sub("", f.label) == m.label)), None)

    return [replace(m, entity=f.entity, label=f.label) if (f := whole(m)) is not None else m for m in mentions]


guard_patterns(globals())  # (every pattern above: the same matches, scans that skip ahead)
