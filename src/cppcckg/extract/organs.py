"""Organs, sessions and Party committees written with (or without) the committee they belong to.

Local texts name a committee's organs in one breath with the committee (县政协党组, 区政协机关,
綦江区政协区域合作专班, 政协四川省第十一届委员会常务委员会), or right after it (市政协及其常委会);
they name a plenary session by its committee, term and number (全国政协十四届三次会议,
政协重庆市第六届委员会第一次会议); and they call the Party committee of their own place by its
level alone (县委, 区委, 市委, 省委). Each is one body, whose committee (or place) the text says.
The words come from the reference: every organ the reference lists for one committee (常委会,
主席会议, 党组, 政协机关, 文化文史和学习委 …) is an organ word any committee may be written with.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from cppcckg.extract.departments import PARTY_PATTERN, STATE_PATTERN, party_in_full, state_in_full
from cppcckg.extract.firstchars import guard_patterns
from cppcckg.ingest.reference import CPPCC_CLASSES, Entity, Reference
from cppcckg.ingest.textnorm import normalise
from cppcckg.model import Evidence, Mention, Report

__all__ = ["OrganWords", "SESSION_AFTER_COMMITTEE", "TERM_SESSION", "BARE_PARTY_COMMITTEE", "BARE_DEPARTMENT",
           "BARE_STATE_ORGAN", "BARE_HALL", "state_organ_label", "party_level", "stands_alone"]

# …十四届三次会议, …第十五届委员会第五次会议 right after a committee: a plenary session of it
# (spaces allowed between the words: reposts blank the pinyin they print after characters)
SESSION_AFTER_COMMITTEE = re.compile(
    r"\s*第?\s*[一二三四五六七八九十\d]{1,3}\s*届\s*(?:委\s*员\s*会)?\s*第?\s*[一二三四五六七八九十\d]{1,3}\s*次\s*"
    r"(?:(?:全\s*体\s*)?会\s*议|全\s*会(?!议)|全\s*委\s*会(?:\s*议)?)(?P<presidium>主席团)?")  # (八届二次全委会)
# 中国人民政治协商会议四川省第十二届委员会第一次会议: the committee named with its term, then the session
TERM_SESSION = re.compile(r"第?[一二三四五六七八九十\d]{1,3}次(?:全体)?会议(?P<presidium>主席团)?")
# 县委, 区委, 市委, 省委 written alone (not 县委员会, 市委会)
BARE_PARTY_COMMITTEE = re.compile(r"[省市区县州]委(?!员|会)")
# 区人大常委会, 县政府, 区法院, 区委宣传部, 区生态环境局, 区融媒体中心 written by their level alone in a
# local text: the organ of the text's place at that level (not 市场…, 区域…, 县城…: words, not levels)
BARE_STATE_ORGAN = re.compile(
    r"(?P<level>[省市区县州])(?P<organ>" + STATE_PATTERN + r"|纪委|委(?:" + PARTY_PATTERN + r")|融媒体中心|"
    r"(?![场域城份民位区县级内外属直委政人])[\u4e00-\u9fff]{2,8}?(?<![大格布结开全变残当])(?<![开全创]新)局|(?<=省)[\u4e00-\u9fff]{2,6}?厅)"
    r"(?![\u4e00-\u9fff]{0,2}(?:常委会|办公|机关)|代表)")
# 发改委, 国资委, 工商联 written with no level at all in a local text, after a list mark or a verb that
# brings departments along (组织发改委、交通、财政等部门): the department of the text's own place
# (only forms no other body shares; not 国务院国资委, 国家发改委: a name runs on before them)
BARE_DEPARTMENT = re.compile(r"(?:(?<=[、，,和及与：:（(])|(?<=带领|会同|邀请|组织|协调|联合|陪同|召集))"
                             r"(?P<organ>发展改革委|发改委|国资委|工商联|住建委|住房城乡建委|卫健委|卫生健康委|经信委|经济信息委|"
                             r"商务委|农业农村委|文旅委|文化旅游委|人社局|人力社保局|医保局|市场监管局|规划自然资源局|生态环境局|"
                             r"应急局|民宗委|教委|交通局|水务局|财政局|统计局|审计局|民政局|司法局|公安局|林业局|税务局|住建局|文旅局)"
                             r"(?=[、，,和及与等；;。负主有相领的]|$)")
# 财政厅, 生态环境厅 written with no level, after a list mark or a verb that brings departments along
# (邀请教育厅…, 会办的财政厅、水利厅): a hall (厅) is a province's department, so it is the
# department of the text's province (a city's or a county's are bureaus and commissions)
BARE_HALL = re.compile(r"(?:(?<=[、，,和及与同：:（(])|(?<=带领|会同|邀请|组织|协调|联合|陪同|召集|单位))"
                       r"(?P<organ>财政|教育|民政|公安|司法|商务|水利|审计|生态环境|自然资源|农业农村|交通运输|"
                       r"人力资源和社会保障|人社|经济和信息化|经信|科学技术|科技|文化和旅游|文旅|住房和城乡建设|住建|"
                       r"应急管理|退役军人事务)厅(?=[、，,和及与等；;。负主有相领的作]|$)")
# 区六届人大四次会议, 省十四届人大五次会议: a people's congress session by level, term and number
# (the congress of the text's place at that level, as 区人大 alone is)
# (区六届人大常委会第十次会议, 市五届人大常委会: its standing committee, the term written)
BARE_CONGRESS_SESSION = re.compile(r"(?P<level>[省市区县州])(?:第?[一二三四五六七八九十\d]{1,3}届)?(?P<organ>人大(?:常委会)?)"
                                   r"第?[一二三四五六七八九十\d]{1,3}次(?:全体)?会议|"
                                   r"(?P<level2>[省市区县州])第?[一二三四五六七八九十\d]{1,3}届(?P<organ2>人大常委会)")
# What may not stand right before a level word that stands for the text's place: the end of
# another name it closes (民盟市委, 团区委, 各区县委, 两江新区, 开发区, 园区, 社区政府). Any other
# character is a word of the sentence (按照市委, 近年来区委, 紧扣县委): places the text names are
# read as names before this applies (民主党派省委: the parties' committees, not the Party's).
_NAME_END = frozenset("盟建进革党派社团区县市省州镇乡村道各两新发园片城景范贸税港")


def stands_alone(norm: str, a: int, start: int) -> bool:
    """May the level word at `a` (县委, 区政府, 市人力社保局) stand for the text's own place?"""
    return a <= start or norm[a - 1] not in _NAME_END


# …工作专班, 区域合作专班: a working team of the committee written before it
_TASK_FORCE = re.compile(r"[\u4e00-\u9fff]{2,8}?专班")
# a members' studio named by its own words right after its committee (某市政协澳门委员工作室,
# not one named in quotes, read with the studios): the committee's studio
_STUDIO_AFTER = re.compile(r"(?:(?![在到赴与和及对从向的是为了各该这首批]|考察|学习|调研|视察|参观|走访|建设|打造|依托|推动|推进|开展|成立|设立|"
                           r"命名|授牌|揭牌|挂牌|管理|指导|交流)[\u4e00-\u9fff]){2,8}?委员工作(?:室|站)")
# a committee's academy of calligraphy and painting (县政协书画院, 省政协书画研究院, 政协诗书画院)
_ACADEMY = re.compile(r"(?:诗书画院|书画研究院|书画院)")
# the team a committee sends (区政协调研组, 省政协视察组, 区政协调研课题组, 县政协考察团): its working organ
_WORKING_TEAM = re.compile(r"(?:专题|联合|重点)?(?:(?:调研|视察|考察|督导|督查|调研课题|课题)组(?![织成建])|(?:考察|调研|视察)团)")
# …委员会 right after a committee, in the many forms local committees name their special
# committees (农业农村委员会, 社会法制委员会, 经济科技工作委员会): one of its special committees
# (not a term, 六届委员会, nor 常务委员会 or 全体委员, read above; 会 only in 社会; not 主席率各专门委员会)
_SPECIAL_COMMITTEE = re.compile(r"(?![常全各是为有一这那该其此的]|联合|组织|召开|开展|举办|举行|会同|邀请|携手|协助|配合|牵头|推动|督促|支持)"
                                r"(?:(?![届第次政协与向对在赴到委个率带席各]|(?<!社)会)[\u4e00-\u9fff]){2,10}?(?:工作)?委员会")
# a special committee by its short name right after its committee (省政协地联委, 县政协法制群团委),
# where the reference has no such word for that committee (not 常委, 党委, 机关党委)
_SPECIAL_COMMITTEE_SHORT = re.compile(r"(?![常全各是为有一这那该其此的党机]|联合|组织|召开|开展|举办|举行|会同|邀请|携手|协助|配合|牵头|推动|督促|支持)"
                                      r"(?:(?![届第次政协与向对在赴到委个党、，,及和率带席])[\u4e00-\u9fff]){2,7}?(?<![省市区县州])委(?![员会托书])")
#: the words after 委员 that make a special committee for members' work (市政协委员|工作和联络委员会,
#: 委员|联络委员会), not the committee's members
MEMBERS_WORK_COMMITTEE = re.compile(r"(?:工作|联络)(?:(?![，,。；;：:、“”第届])[\u4e00-\u9fff]){0,12}?委员会")
# organ words the reference's local names do not spell out: the long form of 常委会, and the
# office a district or county committee has where the municipal one has a general office
_EXTRA_WORDS = {"常务委员会": "常务委员会", "办公室": "办公室", "研究室": "研究室", "主席会": "主席会议", "全会": "全体会议",
                # its members as a group (荣昌区政协委员), its special committees taken together
                "委员": "委员", "常务委员": "常务委员", "各专门委员会": "专门委员会", "各专委会": "专门委员会",
                # its members from Hong Kong and Macao (四川省政协港澳委员: Sichuan's, not Chongqing's group)
                "港澳委员": "港澳委员", "港区委员": "港区委员", "澳区委员": "澳区委员",
                "港澳政协委员": "港澳委员", "港区政协委员": "港区委员", "澳区政协委员": "澳区委员",
                # the offices a session sets up for its proposals (提案审查委员会, 大会提案组)
                "提案审查委员会": "提案审查委员会", "大会提案组": "大会提案组",
                # the special committee for its members' work (委员工作委员会): no group of members
                "委员工作委员会": "委员工作委员会", "委员工作委": "委员工作委员会",
                "委员联络委员会": "委员联络委员会", "委员联络委": "委员联络委员会",
                # (the district committees' special committee for proposals and members together)
                "提案和委员联络委员会": "提案和委员联络委员会", "提案和委员联络委": "提案和委员联络委员会",
                "提案和委员工作委员会": "提案和委员工作委员会", "提案和委员工作委": "提案和委员工作委员会",
                # its chairpersons' council enlarged (主席(扩大)会, 主席扩大会议)
                "主席(扩大)会议": "主席会议", "主席(扩大)会": "主席会议", "主席扩大会议": "主席会议"}


class OrganWords:
    """The words an organ of any committee is written with, read from the organs the reference
    holds for its committees, and which organ each word is for one committee that has it."""

    def __init__(self, reference: Reference, committee_of: Callable[[str], str | None]):
        self._canonical: dict[str, str] = dict(_EXTRA_WORDS)
        self._organs: dict[tuple[str, str], Entity] = {}
        for entity in reference.entities.values():
            if entity.kind != "body" or entity.cls in CPPCC_CLASSES:
                continue
            committee_key = committee_of(entity.key)
            committee = reference.get(committee_key) if committee_key else None
            if committee is None:
                continue
            word = _organ_part(entity.name_zh, committee.name_zh)
            if word is None:
                continue
            self._organs[(committee.key, word)] = entity
            for alias in entity.local_aliases:
                written = re.sub(r"\s+", "", normalise(alias))
                written = written[2:] if written.startswith("政协") else written
                if len(written) >= 2 and not written[0].isdigit() and not written.startswith("各"):
                    self._canonical.setdefault(written, word)
        self._pattern = re.compile("|".join(sorted(map(re.escape, self._canonical), key=len, reverse=True)))

    def match(self, norm: str, pos: int) -> tuple[int, str] | None:
        """(end, the organ's full word) of an organ word written at `pos` (党组, 机关, 常委会 →
        常务委员会, 文化文史和学习委 → 文化文史和学习委员会, …专班), if one is."""
        found = self._pattern.match(norm, pos)
        if found is not None and found.group().endswith("会") and norm.startswith("议", found.end()):
            return None  # (区政协常委会议: the meeting, no organ)
        if found is not None and found.group() == "委员" and (work := MEMBERS_WORK_COMMITTEE.match(norm, found.end())):
            return work.end(), "委员" + work.group()
        if found is not None and not (found.group() == "委员" and norm.startswith(("会", "长"), found.end())):
            if found.group().endswith("委") and norm.startswith("员会", found.end()):
                return found.end() + 2, self._canonical[found.group()]  # 农业农村委员会: the long form
            return found.end(), self._canonical[found.group()]
        team = (_TASK_FORCE.match(norm, pos) or _WORKING_TEAM.match(norm, pos) or _ACADEMY.match(norm, pos)
                or _STUDIO_AFTER.match(norm, pos)
                or _SPECIAL_COMMITTEE.match(norm, pos)
                or _SPECIAL_COMMITTEE_SHORT.match(norm, pos))
        if team is not None:
            return team.end(), team.group()
        return None

    def organ(self, committee: str, word: str) -> Entity | None:
        """The reference's organ of `committee` that `word` names, if the reference holds it."""
        return self._organs.get((committee, word))


def _organ_part(name: str, committee: str) -> str | None:
    """常务委员会 of 政协重庆市委员会常务委员会, 党组 of 中共政协重庆市委员会党组."""
    for head in (committee, "中共" + committee):
        if name.startswith(head) and len(name) > len(head):
            return name[len(head):]
    return None


def state_organ_label(place: Entity, organ: str) -> str:
    """The name of the organ `organ` (as written after its level) of `place`: 渝中区人民法院,
    中共渝中区委宣传部, 重庆市人力资源和社会保障局 (市人力社保局), 中共四川省纪律检查委员会 (省纪委)."""
    if organ == "纪委":
        return f"中共{place.name_zh}纪律检查委员会"
    if organ.startswith("委"):
        return party_in_full(f"中共{place.name_zh}{organ}")
    return place.name_zh + state_in_full(organ)


def party_level(place: Entity) -> str:
    """The level word a Party committee of `place` is called by (县 of 忠县, 市 of 重庆市)."""
    return place.name_zh[-1:]


_SPECIAL = "专门委员会"
_SHORT_SPECIAL = "专委会"


def the_committee_named(report: Report, mentions: list[Mention], seat_of: Callable[[str], str | None]) -> list[Mention]:
    """A committee's 专委会 written in the singular (区政协专委会召开…) in a text that named one
    special committee of that committee (渝北区政协农业农村委…) is that one: the text goes on
    about it. With none or several named it stays what it was, and so do 各专委会 and 相关专委会:
    several of them."""
    if _SHORT_SPECIAL not in report.norm:
        return mentions  # most texts write no such organ word
    named: dict[str, dict[str, Mention]] = {}  # the special committees named, by their committee's seat
    for x in mentions:
        if (x.kind == "body" and not x.in_reference and x.seat and "政协" in x.label and x.label.endswith("委员会")
                and not x.label.endswith(_SPECIAL) and "常务" not in x.label):
            named.setdefault(x.seat, {})[x.entity] = x
    if not named:
        return mentions
    out: list[Mention] = []
    for m in mentions:
        seat, start = None, m.evidence.start
        if not m.in_reference and m.label.endswith(_SPECIAL) and "各" not in m.surface and "相关" not in m.surface:
            seat = m.seat
        elif m.surface == _SHORT_SPECIAL and out and out[-1].evidence.end == start and out[-1].in_reference:
            seat, start = seat_of(out[-1].entity), out[-1].evidence.start  # 区政协专委会: one name
        elif m.surface == _SHORT_SPECIAL and len(named) == 1:
            seat = next(iter(named))  # 专委会 alone in a text about one committee's special committee
        one = list(named.get(seat, {}).values()) if seat else []
        if len(one) != 1:
            out.append(m)
            continue
        if start < m.evidence.start:
            out.pop()
        evidence = Evidence(report.id, start, m.evidence.end, report.text[start:m.evidence.end])
        out.append(replace(one[0], evidence=evidence, surface=report.text[start:m.evidence.end]))
    return out


guard_patterns(globals())  # (every pattern above: the same matches, scans that skip ahead)
