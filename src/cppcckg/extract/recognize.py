"""Recognising names: reference entities through one Aho-Corasick automaton, plus names
that look like bodies but are not in the reference (kept, flagged, never dropped).

Context decides local forms: 市政协 in a Chongqing report is the Chongqing CPPCC, 区政协
in a Wanzhou report is the Wanzhou CPPCC. The context is the publishing body's place.

Longer than 400 lines because names, local forms read in context, lists of places with
one head and unknown names are all resolved on one compact view of a block; the unknown-name
and place-list passes are the next pieces to move out.
"""

from __future__ import annotations

import hashlib
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import chain
from typing import Callable, Iterable, Sequence

import ahocorasick

from cppcckg.extract import lexicon
from cppcckg.extract.paper_city import paper_cities
from cppcckg.extract.bare_after_named import BARE_AFTER_NAMED_HINT, bare_forms_after_named
from cppcckg.extract.compact import Compact, compact
from cppcckg.extract.firstchars import guard_patterns, searched
from cppcckg.extract.department_lists import listed_departments
from cppcckg.extract.counted_committees import COUNTED_HINT, counted_committees
from cppcckg.extract.counts_said_again import COUNT_ALONE_HINT, counts_said_again
from cppcckg.extract.group_organs import GROUP_ORGANS_HINT, special_committees_of_groups
from cppcckg.extract.pair_levels import PAIR_LEVELS_HINT, members_of_the_pair_by_level
from cppcckg.extract.studios_again import ACADEMY_WORDS, STUDIO_WORDS, academies_named_again, studios_named_again
from cppcckg.extract.two_sessions import local_two_sessions
from cppcckg.extract.initial_runs import INITIALS_HINT, initial_runs, platforms_by_initials, sole_committees_by_initial
from cppcckg.extract.owned_organs import branches_of_special_committees, members_committees, party_groups_of_other_bodies
from cppcckg.extract.departments import PARTY_PATTERN, PARTY_WORDS, STATE_FULL_WORDS, party_in_full, state_in_full
from cppcckg.extract.numbers import parse_chinese_numeral
from cppcckg.extract.organs import (BARE_CONGRESS_SESSION, BARE_DEPARTMENT, BARE_HALL, BARE_PARTY_COMMITTEE, BARE_STATE_ORGAN,
                                    MEMBERS_WORK_COMMITTEE, SESSION_AFTER_COMMITTEE, TERM_SESSION, OrganWords, party_level, stands_alone, the_committee_named,
                                    state_organ_label)
from cppcckg.extract.unlisted_sessions import names_an_unlisted_committee, sessions_of_unlisted
from cppcckg.extract.leading_verbs import LEADING_VERBS, after_last, words_pattern
from cppcckg.extract.noise import inside as in_furniture
from cppcckg.extract.other_bodies import COUNCIL_WORDS, one_studio_each, shaped_names
from cppcckg.extract.programme_heads import programme_heads
from cppcckg.extract.readings import without_readings
from cppcckg.extract.nearest_named import NEAREST_NAMED_HINT, bare_forms_of_the_nearest_named
from cppcckg.extract.province_cities import province_of_the_cities
from cppcckg.extract.spoken_for import bare_forms_of_the_speaker
from cppcckg.extract.region_collectives import region_named_again, regions_of_their_group
from cppcckg.extract.title_organs import organs_in_title_lists
from cppcckg.ingest.reference import CPPCC_CLASSES, Entity, Reference
from cppcckg.extract.organ_branches import BRANCH_HINT, organ_branches
from cppcckg.extract.party_conferences import CONFERENCE_HINT, party_conferences_held
from cppcckg.extract.town_groups import TOWN_GROUP_HINT, town_groups
from cppcckg.extract.town_organs_again import TOWN_ORGAN_AGAIN_HINT, town_organs_named_again
from cppcckg.ingest.shortname import HOME
from cppcckg.ingest.textnorm import normalise
from cppcckg.model import Evidence, Mention, Report

_BODY_SUFFIX = re.compile(r"(?:政协|委员会|党支部|分党组|党组|工委|民盟|民建|民进|农工党|致公党|九三学社|台盟)")
_STOP_LEFT = set("，,。；;：:、（）()《》“”\"' \n\t·与和及同向在由对从把将被为于并或等的了就让使")
_STOP_WORDS = ("组织", "指导", "支持", "协助", "配合", "邀请", "推动", "围绕", "参加", "联合", "召开", "开展", "成立",
               "建立", "设立", "引导", "发动", "各", "全市", "全国各地", "市和", "接受", "落实", "贯彻",
               # verbs of a sentence run into a bare 区政协 (协商讨论区政协年度工作): no place's name
               "讨论", "审议", "听取", "通过", "部署", "传达", "强调", "指出", "表示", "带领", "率领", "陪同",
               "走进", "来到", "前往", "深入", "赴", "出席", "列席", "主持", "举行", "看望", "慰问", "走访", "服务",
               "根据", "按照", "依据", "依照", "在",
               # tasks a meeting sets (要高质量筹备开好区政协X次会议, 做好县政协…准备工作)
               "筹备", "筹办", "开好", "办好", "做好", "确保",
               # a verb's aspect mark before a committee (标志着某市政协…, 见证了): no place's name holds it
               "着", "了",
               # an honour's verbs before its giver (某某获区政协优秀委员, 被区政协评为先进集体)
               "获", "荣获", "获评", "评为", "被",
               # a copula or a publishing verb before a committee (也是州政协…, 编印市政协系统…)
               "是", "编印", "印发", "汇编",
               # verbs of rules and of strengthening, heading a sentence (制定市政协党组…办法, 加强区政协…)
               "制定", "出台", "修订", "完善", "健全", "加强", "强化", "坚持", "深化", "提升", "提高", "推进",
               "聚焦", "紧扣", "立足", "发布", "建设", "打造",
               # an occasion's verbs before the committee it marks (纪念某市政协成立六十周年, 回顾某市政协历程)
               "庆祝", "纪念", "回顾", "喜迎") + LEADING_VERBS
_STOP_WORD = words_pattern(_STOP_WORDS)
_GENERIC = {"政协", "区县政协", "各级政协", "地方政协", "全市政协", "全市各级政协", "上级政协", "委员会", "党支部",
            "党组", "工委", "人民政协", "专门委员会", "各民主党派", "委员党支部", "机关党支部", "区县政协专委会"}


# No name found in a report is longer than this (a generous bound; names run to ~30 characters).
_LONGEST_NAME = 200
# 万州、江北、沙坪坝等区县政协: three or more short place names and a head. Matched from the
# first 、 (a literal the regex engine finds fast) and then widened to the first item before it.
_PLACE_LIST_TAIL = re.compile(
    r"(?:、(?:(?!等)[\u4e00-\u9fff]){2,4}){2,}(?=等?(?:\d+个)?(?:区县|区|县|市|市县|地)(?:级)?政协)"
)
# organs a list of places may share after its last committee (广安市、邻水县政协农业委)
_SHARED_ORGANS = ("SpecialCommittee", "StandingCommittee")
_PLACE_LIST_HEAD = re.compile(r"等?(?:\d+个)?(?:区县|区|县|市|市县|地)(?:级)?政协")


# the rest of a list of places before one committee head (、资阳市和安岳县政协; 、…广安市邻水县七区县政协)
_REST_BEFORE_ONE_HEAD = re.compile(r"(?:[、和及与]?[\u4e00-\u9fff]{1,8}?[省市区县州]){0,8}?"
                                   r"(?:的?[一二三四五六七八九十两\d]{1,2}个?(?:区县|县区|区市|市区|市县|区|县|市|地))?政协")


def _read_as_committee(m: Mention, norm: str) -> bool:
    """A place of a list already read as its committee (永川区 in 甲市和永川区、江津区政协): a CPPCC
    mention whose words do not end with 政协."""
    return m.kind == "body" and m.cls in CPPCC_CLASSES and not _WHITESPACE.sub(
        "", norm[m.evidence.start:m.evidence.end]).endswith("政协")


def _listed_before_one_head(text: str, s: int, e: int) -> bool:
    """Is the place at [s, e) an item of a list of places that share one 政协 after them?"""
    if text.endswith("政协", s, e):
        return False  # (与南充市政协、广元市政协: committees each named, the partners' rule reads them)
    rest = _REST_BEFORE_ONE_HEAD.match(text, e)
    if rest is None:
        return False
    return text[s - 1:s] in ("、", "和", "及", "与") or any(mark in rest.group() for mark in "、和及与")


def _place_lists(norm: str, start: int, end: int) -> Iterable[tuple[int, int, int]]:
    """(start, end) of each list of places before a shared head, and the end of the head."""
    pos = start
    while True:
        match = _PLACE_LIST_TAIL.search(norm, pos, end)
        if match is None:
            return
        first = match.start()
        a = first
        while a > start and first - a < 4 and "\u4e00" <= norm[a - 1] <= "\u9fff" and norm[a - 1] != "等":
            a -= 1
        if first - a >= 2:
            yield a, match.end(), _PLACE_LIST_HEAD.match(norm, match.end()).end()
        pos = match.end()


@dataclass(frozen=True)
class _Form:
    entity: str
    local: bool


class Recognizer:
    """Finds reference entities in normalised text; build once per reference, reuse per report."""

    def __init__(self, reference: Reference):
        self.reference = reference
        self._outlet_county: tuple[str | None, Mention | None] = (None, None)  # (the text, its county's committee)
        self._forms: dict[str, list[_Form]] = {}
        # 市政协常委会, 省政协办公厅: a name that begins with a committee's local form is local
        # too (which 市政协's standing committee depends on the text), whatever list it is in
        local_heads = tuple({normalise(a) for e in reference.entities.values() if e.cls in CPPCC_CLASSES
                             for a in e.local_aliases if len(a) <= 3 and a.endswith("政协")})
        self._local_heads = local_heads
        for entity in reference.entities.values():
            for name in {entity.name_zh, *entity.aliases}:
                self._add(name, _Form(entity.key, normalise(name).startswith(local_heads)
                                      and normalise(name) not in local_heads))
            for name in entity.local_aliases:
                self._add(name, _Form(entity.key, True))
        for stop in reference.stop_forms:
            self._forms.setdefault(re.sub(r"\s+", "", normalise(stop)), [])
        # 五届市政协, 本届市政协: a committee's bare form with a term before it means what the bare
        # form means in the text's place (a Sichuan city's fifth term on its page), not only the one
        # committee the reference lists it for
        for form, forms in list(self._forms.items()):
            term = _TERM_OF_BARE_FORM.match(form)
            bare = self._forms.get(form[term.end():]) if term is not None else None
            if bare and forms and all(f.local for f in forms):
                self._forms[form] = [*forms, *(f for f in bare if f not in forms)]
        self._resolved: dict[tuple[int, str | None], Entity | None] = {}
        self._scanned: dict[str, tuple[tuple[int, int, list[_Form]], ...]] = {}  # see _raw
        self._homes: dict[int, dict[str, Entity]] = {}
        self._chains: dict[str, list[str]] = {}
        self._provinces: dict[str, str] = {}  # place → the province it is in
        self._home_cache: tuple[tuple[tuple[int, str], ...], str] = ((), "")  # anchors → their main province
        self._seat_names: dict[str, str | None] = {}
        # Chongqing's district and county committees by the first character of their place's name
        self._committees_by_initial: dict[str, list[Entity]] = {}
        for entity in reference.entities.values():
            seat = reference.get(entity.seat) if entity.cls == "CountyCommittee" and entity.seat else None
            if seat is not None and seat.parent == "chongqing" and seat.cls in ("District", "County"):
                self._committees_by_initial.setdefault(seat.name_zh[0], []).append(entity)
        # (遂潼两地政协: the one committee of the two provinces whose place begins with 遂)
        self._sole_by_initial = sole_committees_by_initial(reference)
        self._platforms_by_initials = platforms_by_initials(reference)  # (城宣万三县市政协: the platform listed)
        # forms that only local names give (区政协, 市政协): they need the text's context
        self._local_only = {id(forms) for forms in self._forms.values() if forms and all(f.local for f in forms)}
        self._anchors: dict[int, str | None] = {}
        self._norm = ""  # the text being read (set per report by _mentions)
        # programme names (川渝政协联合调研) that, followed by 组/团, are a team: the bodies inside act
        self._programme_only = {form for form, forms in self._forms.items()
                                if forms and all(reference.entities[f.entity].kind == "programme" for f in forms)}
        self._automaton = ahocorasick.Automaton()
        for form in self._forms:
            self._automaton.add_word(form, (form, -len(form)))  # (the negative length: see _raw)
        if self._forms:
            self._automaton.make_automaton()
        self._organ_words = OrganWords(reference, self._committee_of)
        self._special_committees_of: dict[str, str | None] = {}  # a committee → its special committees' collective
        home = reference.cppcc_seated_in(_HOME)  # whose organs a text naming no place does not mean
        self._home_cppcc = home.key if home is not None else None
        partner = reference.cppcc_seated_in(_PARTNER)  # (its names begin the labels of its sessions and organs)
        self._partner_names = (partner.name_zh, *partner.aliases) if partner is not None else ()
        # 中共重庆市委员会 is the Party committee seated in 重庆市: a bare 市委 there is it
        self._party_committees = {
            e.seat: e for e in reference.entities.values()
            if e.cls == "PartyCommittee" and e.seat and (seat := reference.get(e.seat)) is not None
            and e.name_zh == f"中共{seat.name_zh}委员会"}

    def _add(self, name: str, form: _Form) -> None:
        key = re.sub(r"\s+", "", normalise(name))
        if len(key) >= 2:
            self._forms.setdefault(key, []).append(form)

    def context_place(self, report: Report) -> str | None:
        """The place that local forms refer to: where the publisher sits, else where the
        CPPCC the text names most sits."""
        if report.publisher:
            place = self.reference.home_place(report.publisher)
            if place:
                return place
        guess = self.likely_publisher(report)
        return self.reference.home_place(guess) if guess else None

    def likely_publisher(self, report: Report) -> str | None:
        """For a report without metadata: the CPPCC committee named in its title line, else
        the one its text names most by full name or unambiguous alias."""
        if (squeezed := without_readings(report)) is not None:
            report = squeezed.report  # (a repost with each character's reading: read without them)
        account = _POST_ACCOUNT.match(report.norm)
        if account is not None and (key := self.full_name(account.group("account"))) is not None and (
                self.reference.entities[key].cls in CPPCC_CLASSES):
            return key  # (广安政协\n2025-01-17 发表于四川: the account's post, whatever committee its title names)
        title = compact(normalise(report.title_zh or "")).text
        for match in _TERM_NAME.finditer(title):  # …四川省第十二届委员会第一次会议开幕: Sichuan's, not the national
            key = self._term_committee(match)
            if key is not None:
                return key
            if _NEW_SEAT.fullmatch(_term_place(match)):
                return None  # (政协某市第N届委员会常委会工作报告: a committee the reference lacks)
        counts: dict[str, int] = {}
        places: dict[str, int] = {}
        organs: dict[str, int] = {}  # committees whose organs the text names in full, by first position
        local_forms: dict[int, tuple[list[_Form], int, int]] = {}  # forms, rank, count
        # committees the reference lacks: named in full with their term, or heading a clause (平湖市政协以…)
        unknown_named = sum(1 for m in _LOCAL_FORM_AT.finditer(report.norm) if (head := _name_at_a_head(report.norm, m.start())) is not None
                            and self._place_key(report.norm[head:m.start() + 1]) is None)
        for start, _end, forms in self._raw(title):
            if _WENT_TO_IN.search(title, max(0, start - 5), start):
                continue  # (区政协社法委到九龙坡区政协考察学习: the committee visited is not the writer)
            for f in forms:
                if not f.local and self.reference.entities[f.entity].kind == "body":
                    # (重庆市政协常委会工作报告: an organ's title is its committee's text)
                    own = self._own_committee(f.entity)
                    if own is not None and self.reference.entities[own].cls in CPPCC_CLASSES:
                        return own
        owner = self._site_owner(report.norm)
        if owner is not None:
            return owner
        visited: set[str] = set()  # committees named as where the text's people went
        places_visited: set[str] = set()  # and places so named, in their province
        for a, b in _blocks(report.norm, 0, len(report.norm)):
            block = _WHITESPACE.sub("", report.norm[a:b])
            terms = []  # 中国人民政治协商会议遂宁市第七届委员会: Suining's, not the national committee
            for match in _TERM_NAME.finditer(block):
                key = self._term_committee(match)
                terms.append(match.span())  # (…汪清县第十三届委员会: a committee the reference lacks, not the national)
                if key is not None:
                    counts[key] = counts.get(key, 0) + 1
                elif _NEW_SEAT.fullmatch(_term_place(match)):
                    unknown_named += 1
            for match in _PLACE_BEFORE_SESSION.finditer(block) if "届" in block else ():
                # 政协某省十二届三次会议: the session of the committee of the place named before it
                place = self._place_key(match.group("place")) or self._seat_of_name(match.group("place"))
                body = self.reference.cppcc_seated_in(place) if place else None
                if body is not None:
                    counts[body.key] = counts.get(body.key, 0) + 1
                    terms.append(match.span())
            visited_to = -1  # the end of a province visited (and of the places named right after it)
            partner_end = -1  # the end of the last partner named (a list after 与 names partners)
            for start, end, forms in self._raw(block):
                if any(t0 <= start and end <= t1 for t0, t1 in terms):
                    continue
                if id(forms) in self._local_only and all(self._own_committee(f.entity) for f in forms):
                    # a committee's own forms (市政协) outrank its organs' (市政协常委会)
                    rank = 1 if all(self.reference.entities[f.entity].cls in CPPCC_CLASSES for f in forms) else 0
                    seen = local_forms.get(id(forms), (forms, rank, 0))
                    local_forms[id(forms)] = (forms, rank, seen[2] + 1)
                asked = _ASKED_BEFORE.search(block, max(0, start - _ASKED_REACH), start) is not None
                partner = _partner_before(block, start) or (
                    partner_end >= 0 and block[partner_end:start] in _LIST_MARKS) or (  # (与甲市政协、乙市政协座谈: both partners)
                    _GUEST_AFTER.match(block, end) is not None)  # (甲市政协、乙市政协负责人受邀出席: guests)
                if partner:
                    partner_end = end
                for f in forms:
                    entity = self.reference.entities[f.entity]
                    if not f.local and entity.kind == "body" and entity.cls not in CPPCC_CLASSES and not partner:
                        organ_of = self._committee_of(f.entity)  # (重庆市政协经济委员会: Chongqing's committee named)
                        # (市政协委员, 港澳委员: an organ's words that name no place, any city's)
                        if organ_of is not None and self._names_its_place(block[start:end], organ_of):
                            organs.setdefault(organ_of, a + start)
                    elif not f.local and entity.kind == "body" and entity.cls not in CPPCC_CLASSES and not asked:
                        # (与四川省政协经济委联合调研: a partner's organ, its committee counted as a partner's)
                        organ_of = self._committee_of(f.entity)
                        if organ_of is not None and self._names_its_place(block[start:end], organ_of):
                            counts.setdefault(organ_of, 0)
                    if not f.local and entity.cls in CPPCC_CLASSES and not asked:
                        # (商请重庆市政协: asked, not the writer; a partner is named, and counts for nothing,
                        # and so is a committee visited: 到九龙坡区政协考察学习)
                        if _WENT_TO_IN.search(block, max(0, start - 5), start) or _HOST_AFTER.match(block, end):
                            visited.add(entity.key)  # (乙市政协主席某某陪同考察: the host, not the writer)
                        else:
                            counts[entity.key] = counts.get(entity.key, 0) + (0 if partner else 1)
                    elif not f.local and entity.kind == "place" and not _names_a_township(block, start, end):
                        if start == visited_to or (visited_to >= 0 and block[visited_to:start] in _LIST_MARKS) or (
                                entity.cls == "Province" and (
                                _WENT_TO.search(block, max(0, start - 2), start) or partner)):
                            visited_to = end  # (赴内蒙古考察, 到重庆市秀山县考察, 与贵州省某市政协: not where the writer sits)
                            places_visited.add(entity.key)
                            continue
                        if entity.key in places_visited:
                            continue  # (赴某省甲市…。在甲市召开的座谈会上: the place visited, named again)
                        places[entity.key] = places.get(entity.key, 0) + 1  # (first named first on a tie)
        # a local text names the national committee as where its members go and what it
        # adopts (向全国政协…, 全国政协委员): it is the publisher only when no other is named
        # (区政协社法委到九龙坡区政协考察学习…九龙坡区政协以…: the committee visited is not the writer)
        counts = {k: n for k, n in counts.items() if k not in visited}
        local = {k: n for k, n in counts.items() if self.reference.entities[k].cls != "NationalCommittee"}
        if not local and unknown_named:
            return None  # (a committee the reference lacks, named in full or heading a clause: no reference committee writes)
        if not local and local_forms:
            # only 市政协 / 省政协 and places (一年来，市政协…新重庆…): the local committee form the
            # text uses most, in the place it names most
            forms = max(local_forms.values(), key=lambda v: v[1:])[0]
            for committee in self._committees_by_places(forms, places):
                if committee not in visited:  # (the host's place: not the writer's)
                    return committee
        if not local and counts and (unknown_named or any(rank == 1 for _forms, rank, _n in local_forms.values())
                                     or _BARE_LEVEL_FORM.search(report.norm)):
            # (a county the reference lacks, named in full; 市政协 in a place the text never names:
            # no committee of the reference writes, least of all the national one)
            return None
        if local and local_forms:
            local = self._with_local_forms(local, local_forms, places, unknown_named > 0, organs)
        counts = local or counts
        if counts and max(counts.values()) > 0:  # (联合某区政协… alone: a partner, never the writer)
            return max(sorted(counts), key=lambda k: counts[k])
        # (重庆市政协委员某某建言…请市发改委: only a committee's members or organ named in full, with
        # its place: that committee's text)
        named_organs = [k for k in organs if self.reference.entities[k].cls != "NationalCommittee"]
        if named_organs:
            return min(named_organs, key=lambda k: organs[k])
        return self._abbreviated_home(report.norm) if not places else None

    def _names_its_place(self, written: str, committee: str) -> bool:
        """Do the words `written` name the committee `committee` or the place it sits in (重庆市政协经济
        委员会 does; 市政协委员 and 港澳委员, aliases of one city's organs, name none)?"""
        entity = self.reference.entities[committee]
        seat = self.reference.get(entity.seat) if entity.seat else None
        names = (entity.name_zh, *entity.aliases, *((seat.name_zh, *seat.aliases) if seat is not None else ()))
        return any(len(name) >= 2 and name in written for name in names)

    def _with_local_forms(self, counts: dict[str, int], local_forms: dict[int, tuple[list[_Form], int, int]],
                          places: dict[str, int], unknown_named: bool, organs: dict[str, int]) -> dict[str, int]:
        """`counts` with the uses of the committee form the text uses most (省政协, 市政协) added to
        the committee it stands for: a writer calls its own committee by the bare form and names
        the others in full (省政协与重庆市政协…), so one full name does not outweigh it. The form
        is the committee it could mean that the text names in full, else is read in the places
        the text names, most named first (省政协 with none: Sichuan's, as this project's texts
        use it). `unknown_named`: the text heads a clause with a committee of a place the
        reference lacks, so committees of other provinces it names may be its own province's.
        `organs`: committees whose organs the text names in full (重庆市政协经济委员会) by where
        first: such a committee is named too, and on a tie the one named first is meant."""
        forms, rank, uses = max(local_forms.values(), key=lambda v: v[1:])
        # (its organs written bare, 市政协常委会 with no 市政协 alone: its own committee's too)
        # (one named only as a partner, 会同…与四川省X市政协, is not what the bare form means)
        named = [k for f in forms if counts.get(k := self._own_committee(f.entity)) or k in organs]
        if named:  # (安徽省政协… then 省政协: the one named in full)
            committee = min(named, key=lambda k: (-counts.get(k, 0) - (k in organs), organs.get(k, float("inf"))))
            return {**counts, committee: counts.get(committee, 0) + uses + (committee in organs)}
        # (a committee of a third province named in full is a partner, 与贵州省政协联合协商, unless the
        # text heads a clause with a city the reference lacks, 深圳市政协…: the bare form is that city's)
        ours = all(self.reference.province_of(k) in (_HOME, _PARTNER, None) for k in [*places, *(counts if unknown_named else ())])
        # (an organ or members written bare, 常委, read in no place the text names: no committee's vote,
        # where the text names one in full: 沙坪坝区政协…全体常委…对常委进行培训 is the district's)
        fallback = [_PARTNER, *((_HOME,) if ours else ())] if rank == 1 or not any(counts.values()) else []
        for committee in self._committees_by_places(forms, {**places, **{k: 0 for k in fallback if k not in places}}):
            # (市政协 in a text of the two provinces that no place of them explains: Chongqing's)
            if self.reference.entities[committee].cls in CPPCC_CLASSES:
                return {**counts, committee: counts.get(committee, 0) + uses}
        return counts

    def _committees_by_places(self, forms: list[_Form], places: dict[str, int]) -> list[str]:
        """The committees a bare form (市政协) stands for in the places a text names, the one its
        places are named most often first: a place's districts and counties count for it (璧山区、
        永川区…重庆 outweigh 绵阳市 named twice as where a meeting was held). On a tie, the one whose
        place the text names first (`places` is in text order)."""
        score: dict[str, list[int]] = {}
        for order, (place, uses) in enumerate(places.items()):
            entity = self.resolve(forms, place)
            committee = self._own_committee(entity.key) if entity is not None else None
            if committee is not None:
                tally = score.setdefault(committee, [0, order])
                tally[0] += uses
        return sorted(score, key=lambda k: (-score[k][0], score[k][1]))

    def _resolve_ahead(self, forms: list[_Form], level: str, at: int, anchors: list[tuple[int, str]],
                       visited: set[str]) -> Entity | None:
        """A bare form read from the places named after it, leaving out a place of its own level
        the text's people went to (市政协…前往乙市考察。…乙甲两地: the visitor is 甲's)."""
        if visited:
            anchors = [(x, p) for x, p in anchors
                       if not (p in visited and self.reference.entities[p].name_zh.endswith(level))]
        return self._resolve_local(forms, at, anchors, [x for x, _p in anchors], ahead=True)

    def _another_committee(self, forms: list[_Form], publisher: str) -> bool:
        """Is a plain name a CPPCC committee other than the publisher, or an organ of one?"""
        plain = [f for f in forms if not f.local]
        own = self._own_committee(plain[0].entity) if plain else None
        return own is not None and own != publisher and self.reference.entities[own].cls in CPPCC_CLASSES

    def _site_owner(self, norm: str) -> str | None:
        """The committee a page's footer names as the site's owner (主办：政协重庆市某区委员会): the
        writer of a page whose story may never name its own place."""
        for match in _SITE_OWNER.finditer(norm):
            if written := (match.group("outlet") or match.group("dateline") or match.group("stamped") or match.group("byline")):
                # (来源：某县发布, 某县网讯: the county's outlet puts out its committee's news)
                place = self._place_key(written)
                seated = self.reference.cppcc_seated_in(place) if place else None
                if seated is not None and self.reference.entities[place].cls in _OUTLET_PLACES:
                    return seated.key
                continue
            key = self.full_name(match.group("name") or match.group("source"))
            if key is not None and self.reference.entities[key].cls in CPPCC_CLASSES:
                return key
        return None

    def _abbreviated_home(self, norm: str) -> str | None:
        """The committee of a text that names no place but quotes its district's one-character
        abbreviation inside a brand (“渝事好商量·‘X’务面对面” with 区政协): the one committee
        seated in a Chongqing district or county whose name begins with that character and
        whose level the bare form (区政协, 县政协) names; none when two could be meant."""
        bare = _bare_home(norm)
        if bare is None:
            return None
        level = "District" if bare.startswith("区") else "County"
        found = set()
        for char in set(_QUOTED_CHAR.findall(norm)):
            for entity in self._committees_by_initial.get(char, ()):
                if self.reference.entities[entity.seat].cls == level:
                    found.add(entity.key)
        return found.pop() if len(found) == 1 else None

    def _own_committee(self, key: str) -> str | None:
        """The CPPCC committee a body is or belongs to (市政协常委会 is the city committee's organ),
        so that a text naming only its organs still tells whose it is."""
        return key if self.reference.entities[key].cls in CPPCC_CLASSES else self._committee_of(key)

    def full_name(self, surface: str) -> str | None:
        """The reference entity a whole name denotes without context (a plain name or alias)."""
        forms = self._forms.get(re.sub(r"\s+", "", normalise(surface)), [])
        plain = [f for f in forms if not f.local]
        return plain[0].entity if plain else None

    def reader_of(self, report: Report) -> Callable[[str], Mention | None]:
        """A reader of names written the way `report` writes them: the one mention a whole name
        makes in that text's context (its publisher and place), so that 县政协党组 or 县委 an
        annotator copied from a county's text is the body the text means."""
        place = self.context_place(report)
        anchors = self._title_anchors(report)

        def read(name: str) -> Mention | None:
            norm = normalise(name)
            alone = replace(report, text=name, norm=norm, parts=())
            found = self._block_mentions(alone, 0, len(norm), place, anchors)
            if "政协" in norm:  # (宝鸡市政协 as an annotator wrote it: the place's committee)
                found = self._unknown_places_committees(alone, found, whole=True)
            whole = [m for m in found if m.evidence.start == 0 and m.evidence.end == len(name)]
            return whole[0] if len(whole) == 1 else None

        return read

    def _named(self, surface: str, matching: bool = False) -> str | None:
        """Like `full_name`, local names (民革市委) included: the first entity a name denotes
        (`matching`: the name is already in matching form, normalised and without spaces)."""
        forms = self._forms.get(surface if matching else re.sub(r"\s+", "", normalise(surface)), [])
        plain = [f for f in forms if not f.local] or forms
        return plain[0].entity if plain else None

    def _raw(self, norm: str) -> Sequence[tuple[int, int, list[_Form]]]:
        """Leftmost-longest, non-overlapping matches. Remembered for the last few texts: a text
        without metadata is scanned whole to guess its publisher, then again for its mentions."""
        found = self._scanned.get(norm)
        if found is None:
            found = self._scanned[norm] = tuple(self._scan(norm))
            if len(self._scanned) > _SCANS_KEPT:
                del self._scanned[next(iter(self._scanned))]
        return found

    def _scan(self, norm: str) -> list[tuple[int, int, list[_Form]]]:
        if not self._forms:
            return []
        # (start, -length, form): sorted as tuples, leftmost first and the longest of each start first
        found = [(end_index + shorter + 1, shorter, form) for end_index, (form, shorter) in self._automaton.iter(norm)]
        found.sort()  # (a list made whole and sorted in place: no generator step per hit)
        out = []
        last_end = 0
        for i, (start, shorter, form) in enumerate(found):
            if start < last_end:
                continue
            end = start - shorter
            if _bad_boundary(norm, start, end) or self._name_across(norm, found, i, end):
                continue
            if form in self._programme_only and norm[end:end + 1] in ("组", "团"):
                continue  # 川渝政协联合调研组: a team formed for the work, named by who forms it
            if norm[end:end + 1] in _WATER and self._names_a_river(norm, start, end, self._forms[form]):
                continue
            if start > 0 and norm[start - 1] in _SURNAMES and (
                    _TITLE_AFTER_NAME.match(norm, end) or norm.endswith(_POSTS_BEFORE_A_NAME, 0, start - 1)) and all(
                    self.reference.entities[f.entity].kind == "place" for f in self._forms[form]):
                continue  # 周蓬安委员, 副主席周青海: a person's given name, not the county or province
            out.append((start, end, self._forms[form]))
            last_end = end
        return out

    def _name_across(self, norm: str, found: list[tuple[int, int, str]], i: int, end: int) -> bool:
        """Is the place name found at `found[i]` the tail of a word (联合, 召开) whose last
        character it took, with a longer name starting inside it (联合江津区政协: no 合江 there,
        but 江津区政协; 召开县政协会议: no 开县)?"""
        start = found[i][0]
        if start == 0 or norm[start - 1:start + 1] not in _WORDS_BEFORE_NAMES or any(
                self.reference.entities[f.entity].kind != "place" for f in self._forms[found[i][2]]):
            return False
        if norm[end - 1] not in _LEVEL_CHARS:
            return True  # (召开\n\n江某讲话: no 开江, a short name with no level that took a word's last character)
        return any(start < s2 < end < s2 - shorter for s2, shorter, _form in found[i + 1:] if s2 < end)

    def resolve(self, forms: list[_Form], place: str | None) -> Entity | None:
        """One entity for a matched form: a plain alias wins; a local form needs the context."""
        cache_key = (id(forms), place)
        if cache_key not in self._resolved:
            self._resolved[cache_key] = self._resolve(forms, place)
        return self._resolved[cache_key]

    def _resolve(self, forms: list[_Form], place: str | None) -> Entity | None:
        plain = [f for f in forms if not f.local]
        if plain:
            return self.reference.entities[plain[0].entity]
        candidates = [self.reference.entities[f.entity] for f in forms]
        if place is None:
            return None
        homes = {self.reference.home_place(e.key): e for e in candidates}
        for level in self._place_chain(place):  # 市政协 in a county's text: its city's (渠县 → 达州市)
            if level in homes:
                return homes[level]
        if self.reference.entities[place].cls == "Province" and place not in homes:
            return None  # 市政协 in a text about a province: which city is not said
        province = self.reference.province_of(place)
        for test in (
            lambda e: self.reference.home_place(e.key) == place,
            lambda e: province is not None and self.reference.province_of(e.key) == province,
        ):
            chosen = [e for e in candidates if test(e)]
            if len(chosen) == 1:
                return chosen[0]
            if chosen:
                return None  # 县政协 in a text about a whole province: which county is not said
        return None

    def mentions(self, report: Report, start: int = 0, end: int | None = None,
                 furniture: Sequence[tuple[int, int]] = ()) -> list[Mention]:
        """Every mention in report.norm[start:end], with report offsets and original text.

        A long report is read in blocks that end at a full stop (no name spans one), so the
        compact view and its offset map exist for one block at a time, not the whole text.
        Places named in the page's `furniture` (a footer's address, its registrar's city) say
        nothing of where the story is and are left out before the rules that read places.
        A repost with each character's reading after it (政協(xié)) is read without the readings."""
        end = len(report.norm) if end is None else end
        if (squeezed := without_readings(report)) is not None:
            found = self._mentions(squeezed.report, squeezed.inward(start), squeezed.inward(end),
                                   squeezed.spans_inward(furniture))
            return [squeezed.outward(m) for m in found]
        return self._mentions(report, start, end, furniture)

    def _mentions(self, report: Report, start: int, end: int, furniture: Sequence[tuple[int, int]]) -> list[Mention]:
        out: list[Mention] = []
        self._norm = report.norm  # (whether a municipality's committee is named in full: _resolve_local)
        place = self.context_place(report)  # once per report: without a publisher it reads the whole text
        title_anchors = self._title_anchors(report)
        furniture = list(furniture)
        for a, b in _blocks(report.norm, start, end):
            out.extend(self._block_mentions(report, a, b, place, title_anchors, furniture))
        if furniture:
            out = [m for m in out if m.kind != "place" or not in_furniture(furniture, m.evidence.start, m.evidence.end)]
        if any(m.kind == "programme" for m in out):
            out = programme_heads(report, out, self.reference.get, lambda a, b, entity: _mention(report, a, b, entity))
        if start == 0 and end == len(report.norm) and _COUNTED_LOCALS_HINT.search(report.norm):
            out = self._counted_locals(report, out)
        if place is not None and "届" in report.norm[start:end]:
            out = self._bare_sessions(report, start, end, place, out)
        if place is not None and any(m.kind == "programme" for m in out):
            out = self._own_programmes(out, place)
        if any(len(m.members) >= 2 for m in out) or "两省市政协" in report.norm:
            out = self._collective_organs(report, out)
        if sum(m.cls == "WorkingOrgan" for m in out) >= 2:
            out = one_studio_each(out)
        if "总支" in report.norm[start:end] or "基层委" in report.norm[start:end]:
            out = _branch_named_again(report, out)
        if "政协" in report.norm[start:end]:
            out = self._level_collectives(report, start, end, place, out)
        if "人民代表大会" in report.norm[start:end] or "届人大" in report.norm[start:end]:
            out = self._congress_sessions(report, start, end, out)
        if place in (_PARTNER, None) and "省政协" in report.norm and "市政协" in report.norm[start:end]:
            out = self._city_committee_of_a_province_text(report, out)
        if start == 0 and end == len(report.norm) and "两会" in report.norm:
            chain = [self.reference.entities[k].name_zh for k in self._place_chain(place)] if place else []
            national = self._named("全国两会") if place and self.reference.entities[place].cls == "Country" else None
            out = local_two_sessions(report, out, chain, _unknown_key,  # (a text about the nation: its 两会 are the national ones)
                                     national=(lambda a, b: _mention(report, a, b, self.reference.entities[national]))
                                     if national else None)
        if place is not None and "委员" in report.norm[start:end]:
            out = self._members_by_title(report, start, end, place, out)
        if "政协" in report.norm[start:end]:
            out = _bare_forms_of_the_one_named(report, self._unknown_places_committees(report, out))
            out = self._city_forms_of_the_one_named(report, out)
            if start == 0 and (not report.publisher or report.publisher_assumed):
                out = self._bare_forms_of_the_paper_city(report, out)
            out = self._bare_forms_read_nowhere(report, start, end, out)
            if "届" in report.norm[start:end]:
                out = sessions_of_unlisted(report, out, _unknown_key)
        if start == 0 and end == len(report.norm) and COUNTED_HINT.search(report.norm):
            out = counted_committees(report, out, _unknown_key)
        if start == 0 and end == len(report.norm) and INITIALS_HINT.search(report.norm):
            out = initial_runs(report, out, self.reference, _unknown_key, self._sole_by_initial, self._platforms_by_initials)
        if start == 0 and end == len(report.norm) and "省" in report.norm and not _NAMES_THE_TWO.search(report.norm):
            out = self._provincial_forms_of_the_cities(report, out)
        if start == 0 and end == len(report.norm) and NEAREST_NAMED_HINT.search(report.norm):
            out = bare_forms_of_the_nearest_named(report, out, _unknown_key)
        if start == 0 and end == len(report.norm) and COUNT_ALONE_HINT.search(report.norm):
            out = counts_said_again(report, out)
        if "地区政协" in report.norm[start:end]:
            out = region_named_again(report, out)
        if "负责" in report.norm[start:end] or "主席" in report.norm[start:end]:
            out = bare_forms_of_the_speaker(report, out)
        if start == 0 and end == len(report.norm) and ("地区政协" in report.norm or "政协联席会" in report.norm):
            out = regions_of_their_group(report, out)
        if sum(m.cls == "SpecialCommittee" and not m.in_reference for m in out) >= 2:
            out = _short_names_of_special_committees(out)
        if any(report.norm.startswith(_PARTY_MEMBERS_WORDS, m.evidence.end) for m in out if m.cls == "DemocraticParty"):
            out = self._party_members_of_the_unit(out, report)
        if start == 0 and end == len(report.norm) and ("省政协" in report.norm or "两" in report.norm):
            out = self._partners_read_elsewhere(report, out)
        if start == 0 and end == len(report.norm) and "两地政协" in report.norm:
            out = self._pair_within_one_province(report, out)
        if "党组" in report.norm[start:end]:
            out = party_groups_of_other_bodies(report, out, _unknown_key)
            out = organs_in_title_lists(report.norm, out, lambda c, a, b, word: self._organ_of_committee(report, c, a, b, word))
        if "委员工作委" in report.norm[start:end] or "委员联络委" in report.norm[start:end]:
            out = members_committees(report, out, _unknown_key)
        if "委委员党支部" in report.norm[start:end] or "委员会委员党支部" in report.norm[start:end]:
            out = branches_of_special_committees(report, out, _unknown_key)
        if "、" in report.norm[start:end]:
            out = listed_departments(report, out, lambda a, b, label, seat: self._organ_named(report, a, b, label, seat))
        if start == 0 and end == len(report.norm) and any(w in report.norm for w in STUDIO_WORDS):
            out = studios_named_again(report, out)
        if start == 0 and end == len(report.norm) and "书画" in report.norm and any(w in report.norm for w in ACADEMY_WORDS):
            out = academies_named_again(report, out)
        if start == 0 and end == len(report.norm) and _BARE_ORGAN.search(report.norm):
            out = self._bare_organs_of_the_committee_before(report, out)
        if start == 0 and end == len(report.norm) and PAIR_LEVELS_HINT.search(report.norm):
            out = members_of_the_pair_by_level(report, out, self._level_of_committee,
                                               lambda key, a, b: self._members_of_committee(report, key, a, b))
        if start == 0 and end == len(report.norm) and GROUP_ORGANS_HINT.search(report.norm):
            out = special_committees_of_groups(report, out, lambda key, a, b: self._special_committees(report, key, a, b))
        if BARE_AFTER_NAMED_HINT.search(report.norm, start, end):
            out = bare_forms_after_named(report, out)
        if TOWN_GROUP_HINT.search(report.norm, start, end):
            out = town_groups(report, out, _unknown_key, self._seat_of)
        if start == 0 and end == len(report.norm) and TOWN_ORGAN_AGAIN_HINT.search(report.norm):
            out = town_organs_named_again(report, out, _unknown_key)
        if BRANCH_HINT.search(report.norm, start, end):
            out = organ_branches(report, out, _unknown_key)
        if CONFERENCE_HINT in report.norm:
            out = party_conferences_held(report, out)
        return the_committee_named(report, out, self._seat_of)

    def _level_of_committee(self, committee: str) -> str | None:
        """The level character of the place a local committee sits in (市 of 遂宁市, 区 of 潼南区)."""
        entity = self.reference.get(committee)
        place = self.reference.get(entity.seat) if entity is not None and entity.seat else None
        return place.name_zh[-1] if place is not None and place.cls != "Province" else None

    def _seat_of(self, key: str) -> str | None:
        """The place a listed body sits in (cppcc-rongchang → rongchang), None for others."""
        entity = self.reference.entities.get(key)
        return entity.seat if entity is not None else None

    def _members_of_committee(self, report: Report, committee: str, a: int, b: int) -> Mention:
        """The members of `committee` as a mention over a..b: the reference's group where it holds
        one, else a group named after the committee (遂宁市政协委员)."""
        entity = self.reference.entities[committee]
        listed = self.reference.members_group(committee)
        if listed is not None:
            return _mention(report, a, b, self.reference.entities[listed])
        label = (entity.name_short or entity.name_zh) + "委员"
        return Mention(Evidence(report.id, a, b, report.text[a:b]), _unknown_key(label), label, "MemberGroup", "body",
                       surface=report.text[a:b], in_reference=False, members=(committee,), seat=entity.seat)

    def _special_committees(self, report: Report, committee: str, a: int, b: int) -> Mention | None:
        """The special committees of `committee` taken together, as a mention over a..b: the
        reference's collective where it holds one (政协重庆市委员会专门委员会), else named after it."""
        entity = self.reference.get(committee)
        if entity is None or entity.cls not in CPPCC_CLASSES:
            return None
        listed = self._special_committees_of.get(committee)
        if listed is None and committee not in self._special_committees_of:
            listed = self._special_committees_of[committee] = next(
                (e.key for e in self.reference.entities.values() if e.cls == "Collective" and e.members
                 and e.name_zh == entity.name_zh + _SPECIAL_COMMITTEES_WORDS[0]), None)
        if listed is not None:
            return _mention(report, a, b, self.reference.entities[listed])
        return _organ_of(report, a, b, entity, _SPECIAL_COMMITTEES_WORDS[0])

    def _committee_of_mention(self, m: Mention) -> str | None:
        """The CPPCC committee a body mention is or acts through (an organ's committee)."""
        if m.kind != "body":
            return None
        if m.in_reference:
            return self._own_committee(m.entity) if m.entity in self.reference.entities else None
        return m.members[0] if len(m.members) == 1 and m.cls in _COMMITTEES_ORGANS else (
            m.entity if names_an_unlisted_committee(m.label) else None)

    def _bare_organs_of_the_committee_before(self, report: Report, mentions: list[Mention]) -> list[Mention]:
        """An organ written by its word alone (常委会, 党组) is the organ of the committee the
        paragraph named last before it, when that is another committee of the same level than the
        text's own: a digest's item on 巫溪 (县政协…作常委会工作报告) or a district's report after a
        headline naming its partner. Read once the whole text's committees are known."""
        out = list(mentions)
        norm = report.norm
        last: tuple[int, str] | None = None  # (end, committee) of the last committee or organ read
        for i, m in enumerate(mentions):
            if m.kind != "body":
                continue
            a, b = m.evidence.start, m.evidence.end
            if last is not None and "\n" in norm[last[0]:a]:
                last = None
            mine = self._committee_of_mention(m)
            if mine is None:
                continue
            word = _WHITESPACE.sub("", norm[a:b])
            if _BARE_ORGAN.fullmatch(word) and last is not None and last[1] != mine:
                before, now = self.reference.get(last[1]), self.reference.get(mine)
                if before is not None and now is not None and before.cls == now.cls and before.seat and now.seat:
                    out[i] = _organ_of(report, a, b, before, self._organ_word(word))
                    continue  # (the organ says nothing new of whose paragraph it is)
            last = (b, mine)
        return out

    def _party_members_of_the_unit(self, mentions: list[Mention], report: Report) -> list[Mention]:
        """A party's members (民进会员, 盟员 after 民盟) in a text that named one unit of that party
        before (民进某区委组织…。…20余名民进会员现场测评): that unit's members, so the unit acts, not
        the party at large."""
        out: list[Mention] = []
        units: dict[str, Mention] = {}  # the party's name → its unit named last
        for m in mentions:
            party = self.reference.get(m.entity) if m.in_reference and m.cls == "DemocraticParty" else None
            if party is not None and party.kind == "body" and m.label == party.name_zh and (
                    report.norm.startswith(_PARTY_MEMBERS_WORDS, m.evidence.end)) and party.name_zh in units and not (
                    _SEVERAL_BEFORE.search(report.norm, max(0, m.evidence.start - 3), m.evidence.start)):  # (两地致公党党员: both units')
                unit = units[party.name_zh]
                out.append(replace(m, entity=unit.entity, label=unit.label, cls=unit.cls, in_reference=unit.in_reference,
                                   members=unit.members))
                continue
            for name in lexicon.PARTY_FULL_NAMES:
                if m.label.startswith(name) and m.label != name:
                    units[name] = m
            out.append(m)
        return out

    def _partners_read_elsewhere(self, report: Report, mentions: list[Mention]) -> list[Mention]:
        """省政协 and the pairs 两地政协 / 两省市政协, which this project's texts use of Sichuan's
        committee and of Sichuan and Chongqing together, in a text that names places and
        committees only outside the two (平湖市与上海市金山区…两地政协): bodies named as written, not
        Sichuan's or the two provinces' (a user would see false joint work otherwise)."""
        if _NAMES_THE_TWO.search(report.norm):
            return mentions
        inside = outside = False
        for m in mentions:
            if m.kind == "place" and m.in_reference:
                home = self.reference.province_of(m.entity)
                inside = inside or home in (_HOME, _PARTNER)
                outside = outside or (home is not None and home not in (_HOME, _PARTNER))
            elif m.kind == "body" and not m.in_reference and _NAMED_UNKNOWN.fullmatch(m.label):
                outside = True
            elif (m.kind == "body" and m.in_reference and self.reference.entities[m.entity].kind != "collective"
                  and _WHITESPACE.sub("", report.norm[m.evidence.start:m.evidence.end]) not in _LOCAL_COMMITTEES):
                inside = inside or self.reference.province_of(m.entity) in (_HOME, _PARTNER)
        if inside or not outside:
            return mentions
        out = []
        for m in mentions:
            entity = self.reference.get(m.entity) if m.in_reference else None
            surface = _WHITESPACE.sub("", report.norm[m.evidence.start:m.evidence.end])
            partner = entity is not None and entity.cls in CPPCC_CLASSES and (
                self.reference.home_place(entity.key) == _PARTNER
                or (surface in _LOCAL_COMMITTEES and self.reference.home_place(entity.key) == _HOME))  # (市政协: not Chongqing's)
            pair = entity is not None and entity.kind == "collective" and len(entity.members) >= 2 and all(
                self.reference.province_of(k) in (_HOME, _PARTNER) for k in entity.members)
            if (partner or pair) and not (_PROVINCE_WORDS & set(surface)):
                made = _unknown_body(report, m.evidence.start, m.evidence.end)
                out.append(replace(made, cls="Collective") if pair else made)
            else:
                out.append(m)
        return out

    def _pair_within_one_province(self, report: Report, mentions: list[Mention]) -> list[Mention]:
        """两地政协 in a text that names places and committees of Sichuan only (深入渠县、开江等地…两地政协
        系统要…): two of its own places' committees, not Sichuan's and Chongqing's (a user would see
        false joint work otherwise); named as written, the pair the text told standing for it."""
        if _NAMES_THE_TWO.search(report.norm):
            return mentions  # (重庆, 川渝…: the two provinces may well be meant)
        provinces = {self.reference.province_of(m.entity) for m in mentions if m.in_reference and (
            m.kind == "place" or (m.kind == "body" and self.reference.entities[m.entity].kind != "collective"))}
        if _HOME in provinces or _PARTNER not in provinces:
            return mentions
        out = []
        for m in mentions:
            entity = self.reference.get(m.entity) if m.in_reference else None
            if entity is not None and entity.kind == "collective" and _WHITESPACE.sub("", m.evidence.text) == "两地政协":
                out.append(replace(_unknown_body(report, m.evidence.start, m.evidence.end), cls="Collective"))
            else:
                out.append(m)
        return out

    def _city_forms_of_the_one_named(self, report: Report, mentions: list[Mention]) -> list[Mention]:
        """市政协, 市委, 市政府 and the council's words (主席会议) in a text whose only committee is a
        city's the reference lacks (政协某市第N届委员会…。市政协主席…主持): that city's bodies,
        not Chongqing's, which a text naming no place of the reference would otherwise mean."""
        if report.publisher:
            return mentions
        named = _unknown_committees_by_level(mentions)
        only = [x for level in named.values() for x in level.values()]
        if not only and (owner := self._unknown_city_of_the_outlet(report) or _city_of_its_party_committee(report, mentions)):
            # (来源：某市日报, 欢迎访问某市政协网站, 在中共某市委的领导下: the city's own committee, never named)
            only = [owner]
        if not only or any(m.in_reference and (HOME[:2] in m.surface or (
                m.kind == "place" and self.reference.province_of(m.entity) == _HOME)) for m in mentions):
            return mentions  # (Chongqing named, or a place in it: its local forms may well be Chongqing's)
        if _NAMES_THE_TWO.search(report.norm) is None:
            # (a text about places the reference lacks that names neither province: its bare 省政协 is
            # their province's, which it never names)
            mentions = self._provincial_forms_unplaced(mentions)
        if not ({"市", "州"} & set(named)) and _NAMES_THE_TWO.search(report.norm) is None:
            # (市政协副主席某某赴江干区…: the city above the districts named, which the text never names)
            mentions = [_city_unnamed(m) if m.in_reference and m.entity == self._home_cppcc
                        and _WHITESPACE.sub("", report.norm[m.evidence.start:m.evidence.end]) == "市政协" else m
                        for m in mentions]
        if len(only) != 1 or _NAMED_UNKNOWN.fullmatch(only[0].label).group(2) not in "市州":
            return mentions
        one = only[0]
        level = _place_written(one)[-1]
        place = _place_written(one)[:-1]
        out = []
        for m in mentions:
            # (in the matching form: a Traditional repost's 市政協黨組 is 市政协党组, and names made from it Simplified)
            surface = _WHITESPACE.sub("", report.norm[m.evidence.start:m.evidence.end])
            if m.kind == "body" and surface == level + "政协" and report.norm.endswith(place, 0, m.evidence.start):
                # (记述某市政协…: the city's name right before a form read bare, its committee named elsewhere)
                a, b = m.evidence.start - len(place), m.evidence.end
                out.append(replace(m, evidence=Evidence(report.id, a, b, report.text[a:b]), surface=report.text[a:b],
                                   entity=one.entity, label=one.label, cls=one.cls, members=one.members,
                                   in_reference=one.in_reference))
                continue
            if m.kind == "body" and not m.in_reference and surface == level + "政协" == m.label:
                # (市政协 left placeless by a text that also writes 省政协: the city's committee)
                out.append(replace(m, entity=one.entity, label=one.label, cls=one.cls, members=one.members))
                continue
            if (m.in_reference and m.cls in ("DemocraticParty", "PeoplesOrganisation") and m.label.endswith(HOME + "委员会")
                    and _BARE_PARTY_UNIT.fullmatch(surface)):
                # (民进市委 in a text about a city the reference lacks: the party's committee there)
                label = m.label[:-len(HOME + "委员会")] + _place_written(one) + "委员会"
                out.append(replace(m, entity=_unknown_key(label), label=label, in_reference=False, members=()))
                continue
            if (not m.in_reference or m.kind != "body" or self.reference.home_place(m.entity) != _HOME
                    or not (surface.startswith(level) or not _PLACE_WRITTEN.search(surface))
                    or (one.evidence.start >= m.evidence.start and not _in_headline(report.norm, m.evidence.start))):
                out.append(m)
                continue
            if m.label == _HOME_COMMITTEE:
                out.append(replace(m, entity=one.entity, label=one.label, cls=one.cls, members=one.members,
                                   in_reference=one.in_reference))
                continue
            if m.label.startswith(_HOME_COMMITTEE):  # 市政协主席会议 → 某市政协主席会议
                out.append(_home_organ_of(one, m, members=(one.entity,) if m.members else ()))
                continue
            if m.label.startswith("中共" + _HOME_COMMITTEE):  # 党组, 理论学习中心组 → 中共某市政协党组…
                label = "中共" + _place_written(one) + "政协" + m.label[len("中共" + _HOME_COMMITTEE):]
                out.append(replace(m, entity=_unknown_key(label), label=label, in_reference=False, members=()))
                continue
            if surface.startswith(level):  # 市委 → 中共昆明市委, 市政府 → 昆明市人民政府
                rest = "人民政府" if surface[1:] == "政府" else surface[1:]
                label = ("中共" if m.label.startswith("中共") else "") + _place_written(one) + rest
            elif m.label.startswith(HOME):  # 各党派 → 昆明市各民主党派
                label = _place_written(one) + m.label[len(HOME):]
            else:
                out.append(m)
                continue
            out.append(replace(m, entity=_unknown_key(label), label=label, in_reference=False, members=()))
        return out

    def _provincial_forms_unplaced(self, mentions: list[Mention]) -> list[Mention]:
        """Sichuan's committee and organs read from a bare 省政协 (省政协副主席, 省政协全会), named as
        written instead: the province of the places the text is about, which it never names."""
        out = []
        for m in mentions:
            if (m.kind == "body" and _WHITESPACE.sub("", m.surface).startswith("省")
                    and (name := next((n for n in self._partner_names if m.label.startswith(n)), None))):
                label = "省政协" + m.label[len(name):]
                label = "省政协" if label == "省政协委员会" else label
                m = replace(m, entity=_unknown_key(label), label=label, in_reference=False, members=())
            out.append(m)
        return out

    def _bare_forms_of_the_paper_city(self, report: Report, mentions: list[Mention]) -> list[Mention]:
        """The bare 市政协 in a page of a Sichuan city's own paper or site (来源：广安日报 …
        与市政协组成联合视察组): that city's committee, though the page tells Chongqing's news,
        whose committee such a paper writes in full (重庆市政协)."""
        cities = [key for name in paper_cities(report.norm) if (key := self._place_key(name + "市") or self._place_key(name))]
        city = self.reference.cppcc_of(cities[0]) if cities and self.reference.province_of(cities[0]) == _PARTNER else None
        if city is None or city.cls == "ProvincialCommittee":
            return mentions
        home_members = self.reference.members_group(self._home_cppcc)
        city_members = self.reference.members_group(city.key)
        out = []
        for m in mentions:
            bare = _WHITESPACE.sub("", normalise(m.surface))
            if m.entity == self._home_cppcc and bare == "市政协":
                m = _mention(report, m.evidence.start, m.evidence.end, city)
            elif home_members is not None and m.entity == home_members and bare == "市政协委员":
                # (——访市政协委员、某医院副院长某某, on a Sichuan city's paper: that city's members)
                m = (_mention(report, m.evidence.start, m.evidence.end, self.reference.entities[city_members])
                     if city_members is not None else _organ_of(report, m.evidence.start, m.evidence.end, city, "委员"))
            out.append(m)
        return out

    def _unknown_city_of_the_outlet(self, report: Report) -> Mention | None:
        """The committee of the city whose own paper, reporter or site banner carries a text that
        names no committee of a place (来源：某市日报 … 市政协组织…), where the text writes that
        city with its level too (某市第三中学), so a paper's name that is no place's gives none."""
        named = [((match.group("outlet") or match.group("stamp") or match.group("wire") or match.group("byline")
                   or match.group("banner") or match.group("author")), match.group("banner") or match.group("author"),
                  match.group("wire")) for match in _CITY_OUTLET.finditer(report.norm)]
        named += [(owner, None, None) for owner in (_paper_owners(report.norm) if "版权所有" in report.norm else ())]
        for name, itself, wire in named:
            if (self._place_key(name) is not None or _NAMES_THE_TWO.search(name) or name.endswith(("省", "市", "县", "区"))
                    or (itself is None and name + "市" not in report.norm
                        and not (wire and report.norm.count(name) >= 2))):  # (a wire's city named again)
                continue
            return _city_committee_unwritten(report, name)
        return None

    def _city_committee_of_a_province_text(self, report: Report, mentions: list[Mention]) -> list[Mention]:
        """A bare 市政协 in a text about Sichuan's provincial committee that names no city and nothing
        of Chongqing (省政协常委、市政协主席某某作大会发言) is some Sichuan city's committee the text
        does not name: named as written, not Chongqing's, so the work is not made joint."""
        if "重庆" in report.norm or any(m.kind == "place" and self.reference.province_of(m.entity) in (_HOME, _PARTNER)
                                        and m.cls != "Province" for m in mentions) or not any(
                m.label.startswith(self._partner_names) for m in mentions):
            return mentions  # (a city named: the forms after it are its; Chongqing named: 市政协 may be its)
        out = []
        for m in mentions:
            if m.entity == self._home_cppcc and _WHITESPACE.sub("", normalise(m.surface)) == "市政协":
                m = replace(m, entity=_unknown_key("市政协"), label="市政协", cls="MunicipalCommittee", in_reference=False)
            out.append(m)
        return out

    def _bare_forms_read_nowhere(self, report: Report, start: int, end: int, mentions: list[Mention]) -> list[Mention]:
        """县政协 (and its organ written after it, 县政协常委会) that no reading gave a body, in a text
        that named one committee of that level the reference lacks (政协旬阳县第九届委员会…): that
        committee, as the text goes on about it; an organ word the reference read as another
        committee's inside the span (常委 of 县政协常委) gives way."""
        named = _unknown_committees_by_level(mentions)
        if not named.get("县") and not named.get("区") and (county := self._county_of_the_outlet(report)) is not None:
            # (某某新闻网讯…县政协: the county's own outlet; the bare form read as written is that county's)
            level = county.label[-4]
            named[level] = {county.entity: county}
            mentions = [replace(m, entity=county.entity, label=county.label) if m.kind == "body" and not m.in_reference
                        and m.label == level + "政协" else m for m in mentions]
        if not any(len(ones) == 1 for ones in named.values()):
            return mentions
        norm = report.norm
        spans = sorted((m.evidence.start, m.evidence.end) for m in mentions if m.kind == "body")
        starts = [a for a, _ in spans]
        made: list[Mention] = []
        # (a city's bare 市政协 the reference read nowhere, in a text naming a province too: 在贵州…)
        city = len(named.get("市", {})) == 1 or len(named.get("州", {})) == 1
        for match in chain(_BARE_LOCAL_FORM.finditer(norm, start, end), _BARE_CITY_FORM.finditer(norm, start, end) if city else ()):
            a, b = match.span()
            ones = list(named.get(norm[a], {}).values())
            if len(ones) != 1 or ones[0].evidence.start >= a or _inside_longer(spans, starts, a, b, longer=False):
                continue
            one = ones[0]
            organ = self._organ_words.match(norm, b)
            if organ is None:
                made.append(replace(one, evidence=Evidence(report.id, a, b, report.text[a:b]), surface=report.text[a:b]))
                continue
            label = _place_written(one) + "政协" + organ[1]
            made.append(Mention(Evidence(report.id, a, organ[0], report.text[a:organ[0]]), _unknown_key(label), label,
                                _organ_class(organ[1]), "body", surface=report.text[a:organ[0]], in_reference=False,
                                members=(one.entity,)))
        if not made:
            return mentions
        taken = [(m.evidence.start, m.evidence.end) for m in made]
        kept = [m for m in mentions if not any(x <= m.evidence.start and m.evidence.end <= y for x, y in taken)]
        return sorted([*kept, *made], key=lambda m: (m.evidence.start, -m.evidence.end))

    def _county_of_the_outlet(self, report: Report) -> Mention | None:
        """The committee of a county (or district) the reference lacks whose own outlet carries a
        text that calls its committee only by the level (某某新闻网讯…县政协召开…), the outlet's
        place written again elsewhere: that place's committee, of the one level the bare forms say."""
        if self._outlet_county[0] is report.norm:  # (asked once per block: read once per text)
            return self._outlet_county[1]
        self._outlet_county = (report.norm, self._read_county_of_the_outlet(report))
        return self._outlet_county[1]

    def _read_county_of_the_outlet(self, report: Report) -> Mention | None:
        levels = {report.norm[m.start()] for m in _BARE_LOCAL_FORM.finditer(report.norm)}
        if len(levels) != 1:
            return None
        names = [match.group("wire") or match.group("outlet") or match.group("stamp") for match in _CITY_OUTLET.finditer(report.norm)]
        for name in [*names, *(_paper_owners(report.norm) if "版权所有" in report.norm else ())]:
            if (name and self._place_key(name) is None and not _NAMES_THE_TWO.search(name)
                    and not name.endswith(("省", "市", "县", "区")) and report.norm.count(name) >= 2):
                label = f"政协{name}{levels.pop()}委员会"
                return Mention(Evidence(report.id, -1, -1, ""), _unknown_key(label), label, "Body", "body", surface="",
                               in_reference=False)
        return None

    def _seated_in(self, key: str, written: str) -> bool:
        """Does the committee `key` sit in the place whose name begins as `written` does (恩施 of 恩施自治州)?"""
        home = self.reference.home_place(key) if self.reference.get(key) is not None else None
        return home is not None and self.reference.entities[home].name_zh.startswith(written[:2])

    def _unknown_places_committees(self, report: Report, mentions: list[Mention], whole: bool = False) -> list[Mention]:
        """市政协 written after a place the reference lacks, where the words before say a place is
        named: right after a province (陕西省宝鸡市政协), as the next item of a list of committees
        (广安市政协、宝鸡市政协) or, `whole`, at the head of a name read alone: that place's
        committee, not the local 市政协 of the text."""
        norm = report.norm
        provinces = {m.evidence.end: m.evidence.start for m in mentions
                     if m.kind == "place" and (e := self.reference.get(m.entity)) is not None and e.cls == "Province"}
        out = []
        for m in mentions:
            a, b = m.evidence.start, m.evidence.end
            written = _WHITESPACE.sub("", norm[a:b]) if m.kind in ("body", "session") else ""
            # (市政协调研组 after the place's name: that place's team, as its committee would be)
            team = not m.in_reference and len(written) > 3 and written[:3] in _LOCAL_COMMITTEE_FORMS and m.label == written
            # (宿迁市政协党组 after a place the reference lacks: that place's organ, not the text's own committee's)
            organ = (m.in_reference and (m.cls in _COMMITTEES_ORGANS or m.cls == "SpecialCommittee") and len(written) > 3
                     and written[:3] in _LOCAL_COMMITTEE_FORMS)  # (某市政协社会和法制委员会: that city's committee's)
            # (宣城市政协五届二次会议: the session of that place's committee, not the reference's of the same numbers)
            session = (m.in_reference and (m.cls == "Session" or (m.cls == "PlenarySession" and "届" in written))
                       and len(written) > 3 and written[:3] in _LOCAL_COMMITTEE_FORMS)
            organ = organ and not session
            if (m.kind != "body" and not session) or (written not in _LOCAL_COMMITTEE_FORMS and not team and not organ
                                                     and not session) or (
                    a > 0 and norm[a - 1:a + 1] in ("市县", "县市", "区县", "县区", "市区", "市州")):
                out.append(m)  # (改进新时代市县政协: two levels together, no place's name before them)
                continue
            begin = next((x for x in range(a - 2, max(-1, a - 5), -1) if _CJK_RUN.fullmatch(norm, x, a) and (
                x in provinces or (x == 0 and whole) or (x > 0 and norm[x - 1] in _LIST_MARKS and _ends_in_committee(norm, x - 1))
                or (norm.endswith(_OCCASION_VERBS, 0, x) and _FOUNDED_AFTER.match(norm, b)))),  # (纪念某市政协成立六十周年)
                None)
            if begin is None and a >= 1 and _CJK_RUN.fullmatch(norm, a - 1, a):
                begin = _name_at_a_head(norm, a)  # (近日，昆明市政协…: a place the reference lacks, heading its clause)
            city_start = None
            if begin is None and written[:1] in "区县" and a >= 4:
                # (近日，某宁市兴宁区政协…: a district named with its city, both lacking in the reference)
                for x in (a - 2, a - 3):
                    if (norm[x - 1] == "市" and _CJK_RUN.fullmatch(norm, x, a) and self._place_key(norm[x - 3:x]) is None
                            and (city_start := _name_at_a_head(norm, x - 1)) is not None):
                        begin = x
                        break
            if begin is None or self._place_key(norm[begin:a + 1]) is not None or self._seated_in(m.entity, norm[begin:a]) or (
                    _STOP_WORD.search(norm, begin, a) is not None) or "政协" in norm[begin:a] or _joins_a_list(norm[begin:a]):
                out.append(m)
                continue
            start = provinces.get(begin, begin) if city_start is None else city_start
            # (named without the province, as most texts write it; a municipality's district with its
            # municipality, as its formal name is: 上海市青浦区政协 → 政协上海市青浦区委员会)
            municipal = start < begin and norm[begin - 1] == "市"
            label = _unknown_label(norm[start if municipal else begin:b])
            if organ:  # the place's organ, one name (a party group acts itself, not for its committee)
                out.append(Mention(Evidence(report.id, start, b, report.text[start:b]), _unknown_key(label), label, m.cls,
                                   "body", surface=report.text[start:b], in_reference=False))
                continue
            if session:  # the place's committee; its session's words are then read as its plenary assembly
                committee = _unknown_label(norm[start if municipal else begin:a + 3])
                out.append(Mention(Evidence(report.id, start, a + 3, report.text[start:a + 3]), _unknown_key(committee),
                                   committee, "Body", "body", surface=report.text[start:a + 3], in_reference=False))
                continue
            if team:  # the place's committee, and its team, which acts for it as the reference's teams do
                committee = _unknown_label(norm[begin:a + 3])
                out.append(Mention(Evidence(report.id, start, a + 3, report.text[start:a + 3]), _unknown_key(committee),
                                   committee, "Body", "body", surface=report.text[start:a + 3], in_reference=False))
                out.append(Mention(Evidence(report.id, a + 3, b, report.text[a + 3:b]), _unknown_key(label), label, "Body",
                                   "body", surface=report.text[a + 3:b], in_reference=False,
                                   members=(_unknown_key(committee),)))
                continue
            out.append(Mention(Evidence(report.id, start, b, report.text[start:b]), _unknown_key(label), label, "Body", "body",
                               surface=report.text[start:b], in_reference=False))
        return out

    def _members_by_title(self, report: Report, start: int, end: int, place: str,
                          mentions: list[Mention]) -> list[Mention]:
        """委员 alone as the authors of proposals (某某委员提交提案《…》, 委员们围绕X提出提案): the members
        of the committee the text is about, a members' group, where its sentence tells a proposal."""
        committee = self.reference.cppcc_seated_in(place)
        if committee is None:
            return mentions
        known = self._organ_words.organ(committee.key, "委员")
        # (a text about a group of members the reference holds, 住渝全国政协委员: its 委员 are that group)
        groups = [m for m in mentions if m.kind == "body" and m.in_reference and m.cls == "MemberGroup"
                  and m.label.endswith("委员") and m.evidence.start < end]
        spans = sorted((m.evidence.start, m.evidence.end) for m in mentions)
        starts = [a for a, _ in spans]
        out = list(mentions)
        for match in _MEMBER_TITLE.finditer(report.norm, start, end):
            a, b = match.span()
            stop = _SENTENCE_STOP.search(report.norm, b, end)
            sentence_end = stop.end() if stop else end
            sentence_start = max(start, *(report.norm.rfind(c, start, a) + 1 for c in "。！？!?\n"))
            if _overlaps(spans, starts, a, b) or not _PROPOSAL_TOLD.search(report.norm, sentence_start, sentence_end):
                continue
            named = [m for m in groups if m.evidence.end <= a]
            if named and len({m.entity for m in named}) == 1:
                made = _mention(report, a, b, self.reference.entities[named[-1].entity])
            else:
                made = _mention(report, a, b, known) if known is not None else _organ_of(report, a, b, committee, "委员")
            out.append(made)
        out.sort(key=lambda m: (m.evidence.start, -m.evidence.end))
        return out

    def _congress_sessions(self, report: Report, start: int, end: int, mentions: list[Mention]) -> list[Mention]:
        """A people's congress session named in full after its place (某市某区第N届人民代表大会第M次会议): that place's people's congress, the place's name part of it."""
        out = list(mentions)
        for match in _CONGRESS_SESSION_NAMED.finditer(report.norm, start, end):
            place = next((m for m in reversed(out) if m.kind == "place" and m.evidence.end == match.start()), None)
            if place is None or (entity := self.reference.get(place.entity)) is None:
                continue
            a = place.evidence.start
            before = next((m for m in out if m.kind == "place" and m.evidence.end == a), None)
            a = before.evidence.start if before is not None else a  # (重庆市 before 江津区)
            label = entity.name_zh + "人民代表大会" + ("常务委员会" if match.group("standing") else "")
            out = [m for m in out if not (a <= m.evidence.start and m.evidence.end <= match.end())]
            out.append(Mention(Evidence(report.id, a, match.end(), report.text[a:match.end()]), _unknown_key(label), label,
                               "Body", "body", surface=report.text[a:match.end()], in_reference=False, seat=entity.key))
        out.sort(key=lambda m: (m.evidence.start, -m.evidence.end))
        return out

    def _level_collectives(self, report: Report, start: int, end: int, place: str | None,
                           mentions: list[Mention]) -> list[Mention]:
        """The committees of a level or two taken together, as Sichuan writes them (市县政协,
        各县(市、区)政协, 市(州)政协, 市、县两级政协, 两级政协委员): one collective named by the
        text's place and the words, not the committee of any one place."""
        norm = report.norm
        out = list(mentions)
        spans = sorted((m.evidence.start, m.evidence.end) for m in mentions)
        starts = [a for a, _ in spans]
        for match in _LEVELS.finditer(norm, start, end):
            a, b = match.span()
            # (内江市、区两级政协: the place's name written with it, its 市 shared)
            before = next((m for m in mentions if m.kind == "place" and m.evidence.start < a <= m.evidence.end <= b), None)
            if _overlaps(spans, starts, a, b) and (before is None or _overlaps(spans, starts, before.evidence.end, b)):
                continue  # a name read already
            written = _WHITESPACE.sub("", norm[a:b])
            if before is None and place is None:  # (no place the text is about: the levels alone name them)
                label = written.replace("、", "")
            elif before is not None:  # 内江市、区两级政协: the place written with it
                a, label = before.evidence.start, _WHITESPACE.sub("", norm[before.evidence.start:b])
                out.remove(before)
            else:
                name = self.reference.entities[place].name_zh
                label = (name[:-1] if written[:1] == name[-1:] else name) + written
            cls = "MemberGroup" if written.endswith("委员") else "Collective"
            out.append(Mention(Evidence(report.id, a, b, report.text[a:b]), _unknown_key(label), label, cls, "body",
                               surface=report.text[a:b], in_reference=False))
        out.sort(key=lambda m: (m.evidence.start, -m.evidence.end))
        return out

    def _collective_organs(self, report: Report, mentions: list[Mention]) -> list[Mention]:
        """川渝省市政协农业和农村委员会: the organ of that word of each committee the collective
        names, taken together (the reference's where it holds it, else named by the committee's
        short name and the word)."""
        out = list(mentions)
        for m in [*mentions, *self._two_provinces_before_organs(report, mentions)]:
            members = [self.reference.get(k) for k in m.members]
            if len(members) < 2 or not all(e is not None and e.cls in CPPCC_CLASSES for e in members):
                continue
            organ = self._organ_words.match(report.norm, m.evidence.end)
            if organ is None or _SPECIAL_COMMITTEE_WORD.search(organ[1]) is None:
                continue
            a, b = m.evidence.start, organ[0]
            keys, unknown = [], []
            for committee in members:
                own = self._organ_words.organ(committee.key, organ[1])
                if own is not None:
                    keys.append(own.key)
                else:  # (the organ the reference lacks is named too: the phrase names it)
                    unknown.append(_organ_of(report, a, b, committee, organ[1]))
                    keys.append(unknown[-1].entity)
            label = m.label + organ[1]
            out = [x for x in out if not (a <= x.evidence.start and x.evidence.end <= b)]
            out.append(Mention(Evidence(report.id, a, b, report.text[a:b]), _unknown_key(label), label, "Collective",
                               "body", surface=report.text[a:b], in_reference=False, members=tuple(keys)))
            out.extend(unknown)
        return sorted(out, key=lambda x: (x.evidence.start, x.evidence.end))

    def _provincial_forms_of_the_cities(self, report: Report, mentions: list[Mention]) -> list[Mention]:
        """Bodies read as Sichuan's from a bare 省 form (省政协, 省政协民宗委, 省交通运输厅) in a text
        that names no province, nothing of Sichuan or Chongqing, and cities of one other province
        (…赴宝鸡、渭南调研): that province's bodies, named in full as the reference names them."""
        if any(m.kind == "place" and (m.cls == "Province" or self.reference.province_of(m.entity) in (_HOME, _PARTNER))
               for m in mentions if m.in_reference):
            return mentions
        province = province_of_the_cities(report.norm)
        if province is None:
            return mentions
        out = []
        for m in mentions:
            surface = _WHITESPACE.sub("", report.norm[m.evidence.start:m.evidence.end])
            if m.kind == "body" and surface.startswith("省") and _PARTNER_PROVINCE in m.label:
                label = m.label.replace(_PARTNER_PROVINCE, province)
                key = self.full_name(label)
                if key is not None:
                    m = _mention(report, m.evidence.start, m.evidence.end, self.reference.entities[key])
                else:
                    m = replace(m, entity=_unknown_key(label), label=label, in_reference=False, members=tuple(
                        k for k in (self.full_name(f"政协{province}委员会"),) if k is not None) if m.members else ())
            out.append(m)
        return out

    def _two_provinces_before_organs(self, report: Report, mentions: list[Mention]) -> list[Mention]:
        """两省市政协 right before an organ's word (两省市政协农业和农村委员会) in a text that names
        both Sichuan and Chongqing: the two provincial committees, whose organs of that word the
        phrase names together (read alone, its 市政协… would be Chongqing's organ only)."""
        pair = self.reference.get(_TWO_PROVINCES)
        if pair is None or "四川" not in report.norm or "重庆" not in report.norm:
            return []
        out = []
        for match in _TWO_PROVINCES_WORD.finditer(report.norm):
            a, b = match.span()
            if report.norm[a - 2:a] != "川渝" and not any(x.evidence.start < a < x.evidence.end for x in mentions):
                out.append(_mention(report, a, b, pair))
        return out

    def _own_programmes(self, mentions: list[Mention], place: str) -> list[Mention]:
        """A programme written by a generic alias (委员读书活动) in a text of another province than
        its organiser's is that text's own activity, not the programme (its name still is)."""
        province = self.reference.province_of(place)

        def elsewhere(m: Mention) -> bool:
            entity = self.reference.entities[m.entity]
            home = self.reference.province_of(entity.organizer) if entity.organizer else None
            return (home is not None and province is not None and home != province
                    and _WHITESPACE.sub("", m.evidence.text) != entity.name_zh)

        return [m for m in mentions if not (m.kind == "programme" and elsewhere(m))]

    def _national_members_of_a_province(self, report: Report, start: int, end: int,
                                        mentions: list[Mention]) -> list[Mention]:
        """A province named right before 全国政协委员 (山东省全国政协委员, 四川全国政协委员): the national
        members living there, the group the reference holds for that province (住川全国政协委员) or
        one named as written."""
        provinces = {m.evidence.end: m for m in mentions if m.kind == "place" and m.cls == "Province"}
        out = []
        for match in _NATIONAL_MEMBERS.finditer(report.norm, start, end):
            province = provinces.get(match.start())
            if province is None:
                continue
            a, b = province.evidence.start, match.end()
            group = next((e for e in self.reference.entities.values() if e.kind == "body" and e.cls == "MemberGroup"
                          and e.seat == province.entity and e.parent == _NATIONAL_COMMITTEE
                          and e.name_zh.endswith("全国政协委员")), None)
            out.append(_mention(report, a, b, group) if group is not None else _member_group(report, a, b))
        return out

    def _resident_members(self, report: Report, match: re.Match[str]) -> Mention:
        """住渝十三届全国政协委员: the group the reference names without the term, else one so named."""
        if match.group("term"):
            name = _WHITESPACE.sub("", match.group().replace(match.group("term"), "", 1))
            key = self._named(name)
            entity = self.reference.get(key) if key else None
            if entity is not None and entity.kind == "body":
                return _mention(report, *match.span(), entity)
        return _member_group(report, *match.span())

    def _seat_of(self, key: str) -> str | None:
        entity = self.reference.get(key)
        return entity.seat if entity is not None else None

    def _bare_sessions(self, report: Report, start: int, end: int, place: str, mentions: list[Mention]) -> list[Mention]:
        """A session written by its term and number alone (在十二届二次会议上, 九届六次会议期间) in
        a text of one committee: that committee's plenary session."""
        home = self.reference.cppcc_seated_in(place)
        if home is None:
            return mentions
        spans = sorted((m.evidence.start, m.evidence.end) for m in mentions)
        starts = [a for a, _b in spans]
        added = []
        norm = report.norm
        at = norm.find("届", start, end)
        while at >= 0:  # (a session's name turns on 届: look there, not at every character)
            match = _bare_session_at(norm, at, start, end)
            at = norm.find("届", at + 1, end)
            if match is None or _overlaps(spans, starts, *match.span()):
                continue
            a, b = match.span()
            known = self.reference.get(_session_key(home.key, match.group()))
            if known is not None and known.kind == "session":  # 五届四次会议: the session the reference lists
                added.append(_mention(report, a, b, known))
                continue
            made = replace(_organ_of(report, a, b, home, _PLENARY), cls="PlenarySession", members=(home.key,))
            added.append(made)
        if not added:
            return mentions
        return sorted([*mentions, *added], key=lambda m: (m.evidence.start, m.evidence.end))

    def _names_a_river(self, text: str, s: int, e: int, forms: list[_Form]) -> bool:
        """A place's short name right before 河/江/溪/湖 (南溪河) is part of a river's name: no
        place, and no anchor for the committees named near it (a river's own name, 璧南河, stays)."""
        return (text[e - 1] not in "河江湖" and not text.endswith(_LEVEL_ENDS, s, e)
                and all(self.reference.entities[f.entity].kind == "place" for f in forms))

    def _counted_locals(self, report: Report, mentions: list[Mention]) -> list[Mention]:
        """三区县政协 / 川渝三区县 with no places before it: the district and county committees the
        text names, when it names just that many (荣昌区、东兴区、安岳县政协 → 三区县政协)."""
        locals_named: list[Mention] = []
        for m in mentions:
            if m.kind == "body" and m.cls == "CountyCommittee" and all(x.entity != m.entity for x in locals_named):
                locals_named.append(m)
        out = list(mentions)
        for match in _COUNTED_LOCALS.finditer(report.norm):
            if _SMALL_COUNTS.get(match.group(1)) != len(locals_named) or len(locals_named) < 2:
                continue
            a, b = match.span()
            places = [(e.seat if (e := self.reference.get(m.entity)) is not None else m.seat) or "" for m in locals_named]
            short = "".join(_PLACE_PART.sub(r"\g<name>", self.reference.entities[k].name_zh)
                            if k in self.reference.entities else "" for k in places)
            label = f"{short}{match.group(0).lstrip('川渝')}" + ("" if match.group(0).endswith("政协") else "政协")
            key = _unknown_key(label)
            members = tuple(m.entity for m in locals_named)
            out = [m for m in out if not (m.evidence.start < b and a < m.evidence.end)]
            out.append(Mention(Evidence(report.id, a, b, report.text[a:b]), key, label, "Body", "body",
                               surface=report.text[a:b], in_reference=False, members=members))
        out.sort(key=lambda m: (m.evidence.start, m.evidence.end))
        return out

    def _block_mentions(self, report: Report, start: int, end: int, place: str | None,
                        title_anchors: list[tuple[int, str]],
                        furniture: list[tuple[int, int]] | None = None) -> list[Mention]:
        view = compact(report.norm, start, end)
        out: list[Mention] = []
        covered: list[tuple[int, int]] = []
        found = [(s, e, forms) for s, e, forms in self._raw(view.text) if not _across_a_short_line(report.norm, *view.span(s, e))]
        anchors = list(title_anchors)
        # where the publisher's members went (赴重庆市渝北区) situates its hosts (区政协陪同), not
        # the publisher's own local name (返程后，市政协召开座谈会 is still the publisher)
        stayed = list(title_anchors)
        went_to = -1
        visited: set[str] = set()  # places a text without a publisher names as where its people went
        visited_to = -1  # the end of a province visited (text without a publisher) and of places right after it
        partner_end = -1  # the end of the last committee named as a partner (与甲市政协、乙市政协)
        for s, e, forms in found:
            anchor = self._cached_anchor(forms) if forms else None
            if anchor is None or _names_a_township(view.text, s, e):
                continue  # (江东、江北等街道: townships, no district the text is about)
            if furniture and in_furniture(furniture, *view.span(s, e)):
                continue  # (a footer's registrar in 北京: no place the story is in)
            if s == visited_to or (visited_to >= 0 and view.text[visited_to:s] in _LIST_MARKS):
                visited_to = e  # (县政协组织委员到重庆市秀山县考察, 赴某省甲市、乙市: the places visited, in their province)
                continue
            if self._province_visited(report, view.text, s, anchor):
                visited_to = e
                continue
            if view.text[s - 1:s] == "环" or _PLACE_AS_MODIFIER.match(view.text, e):
                continue  # (环成都经济圈, 成都都市圈: a region named after a city, no place the text is in)
            if "会场" in view.text[e:e + _VENUE_REACH] and (_VENUES_LISTED.match(view.text, e) or _HOSTS_A_VENUE.match(view.text, e)):
                # (会议设重庆、成都两个主会场, 甲区政协和某省乙市政协分别设立分会场: where a linked meeting sat,
                # not whose 市政协 the text means)
                continue
            if (anchors or (place is not None and anchor != place)) and (
                    (view.text[s - 1:s] == "在" and _HELD_AT_VENUE.match(view.text, _VENUE_PLACES.match(view.text, e).end()))
                    or (_AT_A_CITY_BEFORE.search(view.text, max(0, s - 8), s) and _HELD_AT_VENUE.match(view.text, e))):
                continue  # (两地政协在宜宾召开联席会议, 在遂宁市船山区召开…: where a meeting sat, not whose
                # 市政协 or 区政协 the text means, unless it is where the text is written)
            if anchors and _listed_before_one_head(view.text, s, e):
                continue  # (大足区、资阳市和安岳县政协联合…: who took part, not where the text is)
            if (_partner_before(view.text, s) or (
                    partner_end >= 0 and view.text[partner_end:s] in _LIST_MARKS)) and all(
                    self.reference.entities[f.entity].cls in CPPCC_CLASSES for f in forms):
                partner_end = e
                if (anchors or place is not None) and not (report.publisher and anchor == place):
                    # (市政协会同A区政协与某市政协…: the partner's 市政协 is not the one the text goes on
                    # with, unless it is where the text's own committee sits: 来遂回访，与遂宁市政协…)
                    continue
            anchors.append((s, anchor))
            if not report.publisher and _WENT_TO_IN.search(view.text, max(0, s - 5), s):
                visited.add(anchor)  # (市政协主席率队前往乙市考察: where the committee went)
            if report.publisher and (s == went_to or _WENT_TO_IN.search(view.text, max(0, s - 5), s)
                                     or view.text.endswith(_CAME_FROM, 0, s)
                                     or (went_to >= 0 and _LIST_GOES_ON.fullmatch(view.text, went_to, s))):
                went_to = e
            elif not (report.publisher and self._another_committee(forms, report.publisher)):
                # (乙县政协主席陪同 on a page of 甲县's committee: a host named in full, while the
                # writer's own bare 县政协 stays the writer)
                stayed.append((s, anchor))
        anchor_at = [x for x, _p in anchors]
        stayed_at = [x for x, _p in stayed]
        # (区政协 in a text without a publisher that names 重庆 and no district: a committee of its own, as where no
        # place is named)
        provinces_only = not report.publisher and (place is not None or anchors) and all(
            self.reference.entities[k].cls == "Province" for k in [*(k for _x, k in anchors), *((place,) if place else ())])
        own_words = self._own_local_words(report.publisher)
        skip_to = -1
        for s, e, forms in found:
            a, b = view.span(s, e)
            if a < skip_to:
                continue  # inside the organ of a committee named without its place, just made
            if id(forms) in self._local_only and (view.text.startswith("地区", s - 1) or (
                    s > 0 and view.text[s - 1] in _COUNT_BEFORE_LEVEL and view.text[s] in "区县市")):
                continue  # (毗邻地区政协, 两区政协: the committees of a region or a count, no 区政协 of a district)
            if id(forms) in self._local_only:
                # a report's own local forms mean its publisher's area unless its paragraph
                # names another; a text without a publisher follows the places it names
                own = view.text[s:e] in own_words or (  # (市政协党组: the publisher's organ, by its own name)
                    own_words and view.text[s:e].startswith(tuple(own_words)))
                # (the publisher's own form looks back over its paragraph only; another's form, 区政协 on
                # a municipal page, to the nearest place named before it)
                paragraph = (self._paragraph_before(report.norm, view, start, s) if own else -1) if report.publisher else -2
                entity = (self._resolve_local(forms, s, stayed if own else anchors, stayed_at if own else anchor_at,
                                              lowest=paragraph)
                          or self.resolve(forms, place)
                          or (None if report.publisher else self._resolve_ahead(forms, view.text[s], s, anchors, visited))
                          or (self.resolve(forms, _HOME) if not anchors and place is None else None)
                          or self._partner_province(forms))
                if ((place is None and not anchors) or (entity is None and provinces_only)) and (
                        bare := _bare_home(report.norm)) is not None and (
                        (is_bare := view.text[s:e] == bare) or (entity is not None and entity.cls not in CPPCC_CLASSES
                                                               and self._committee_of(entity.key) == self._home_cppcc
                                                               and not _another_level(view.text[s:e], bare))
                        or (entity is not None and entity.kind == "collective" and entity.members  # (各专委会: its own)
                            and self._committee_of(entity.members[0]) == self._home_cppcc)):
                    # 区政协 in a text that names no place at all: a committee of its own; an organ
                    # written after it (区政协主席会议) or alone (主席会议) is that committee's
                    if is_bare:
                        organ = self._organ_words.match(view.text, e)
                        made = _bare_local(report, view, s, organ[0] if organ else e, bare, organ[1] if organ else None)
                    else:
                        made = _bare_local(report, view, s, e, bare, self._organ_word(view.text[s:e]))
                    skip_to = made.evidence.end
                    covered.append((made.evidence.start, made.evidence.end))
                    out.append(made)
                    continue
                if entity is None or entity.cls not in CPPCC_CLASSES:
                    # 市政协常委会 on a Suining page: Suining's standing committee, which the
                    # reference does not hold (a body of its own, that committee acting through
                    # it), not Chongqing's standing committee of that local name
                    found = (self._committee_of_local(view.text[s:e], s, stayed if own else anchors, stayed_at if own else anchor_at,
                                                      paragraph, place, report)
                             if view.text.startswith(self._local_heads, s) else None)
                    # (the committee whose organ the word names: the entity's, or for a word no
                    # committee here has by that name, 各专委会 on a Sichuan page, the word's own)
                    word_owner = forms[0].entity if self.reference.entities[forms[0].entity].cls not in CPPCC_CLASSES else None
                    own = self._committee_of(entity.key) if entity is not None else (
                        self._committee_of(word_owner) if word_owner else None)
                    if (own is None and entity is not None and entity.kind == "collective" and entity.members
                            and (first := self.reference.get(entity.members[0])) is not None and first.cls not in CPPCC_CLASSES):
                        own = self._committee_of(entity.members[0])  # (各专门委员会: its special committees together)
                    if found is not None and (entity is None or (own is not None and found[0].key != own)):
                        covered.append((a, b))
                        word = self._organ_word(view.text[s + found[1]:e])
                        if _BARE_SESSION.fullmatch(word):  # 市政协五届二次会议 on a Dazhou page: Dazhou's plenary
                            out.append(replace(_organ_of(report, a, b, found[0], _PLENARY), members=(found[0].key,)))
                        else:
                            out.append(_organ_of(report, a, b, found[0], word))
                            out.extend(_organ_of(report, x, y, found[0], listed)  # (市政协经济委、科技委)
                                       for x, y, listed in self._listed_special_committees(report.norm, b))
                        continue
                    organ_word = self._organ_words.match(view.text, s)  # (专委会, 主席会议: any committee's organ)
                    own_or_word = own or (organ_word is not None and organ_word[0] == e)
                    home = self.reference.cppcc_seated_in(place) if place and found is None and own_or_word else None
                    if home is not None and _LEVEL_HEAD.match(view.text, s) and view.text[s] != party_level(
                            self.reference.entities[place]):
                        home = None  # (市政协常委会 on a province's page: some city's organ, not the province's)
                    if home is not None and home.key != own:
                        # 常委会, 党组 in a district's text: that district committee's organ
                        covered.append((a, b))
                        out.append(_organ_of(report, a, b, home, self._organ_word(view.text[s:e])))
                        continue
                    seated = self.reference.cppcc_seated_in(place) if place and entity is None else None
                    if seated is not None and view.text[s:e] in _SPECIAL_COMMITTEES_WORDS:
                        # 专委会 alone on a Sichuan city's page: that committee's special committees
                        covered.append((a, b))
                        out.append(_organ_of(report, a, b, seated, _SPECIAL_COMMITTEES_WORDS[0]))
                        continue
                    if entity is None and place and word_owner and self.reference.entities[word_owner].cls == "Collective":
                        # 各民主党派 on a Sichuan district's page: that place's parties, taken together
                        covered.append((a, b))
                        owner = self.reference.entities[word_owner]
                        owner_home = self.reference.entities.get(self.reference.home_place(word_owner) or "")
                        # (全市政协系统 on a Mianyang page: 绵阳市各级政协, named as the reference names Chongqing's)
                        written = (owner.name_zh[len(owner_home.name_zh):] if owner_home is not None
                                   and owner.name_zh.startswith(owner_home.name_zh) else _WHITESPACE.sub("", view.text[s:e]))
                        level = _LEVEL_OF_ALL.get(view.text[s:s + 2])  # (全市政协 on a district's page: its city's)
                        seat = next((k for k in self._place_chain(place)
                                     if level is None or self.reference.entities[k].cls in level), place)
                        made = self._organ_named(report, a, b, self.reference.entities[seat].name_zh + written, seat)
                        out.append(made if made.in_reference else replace(made, cls=owner.cls))
                        continue
            else:
                entity = self.resolve(forms, place) if forms else None
            if entity is None:
                if not forms:
                    covered.append((a, b))
                continue
            covered.append((a, b))
            out.append(_mention(report, a, b, entity))
        terms = self._term_named_committees(report, start, end)
        if terms:
            found = sorted((m.evidence.start, m.evidence.end) for m in out)
            found_starts = [a for a, _b in found]
            terms = [t for t in terms if not _inside_longer(found, found_starts, t.evidence.start, t.evidence.end)]
        if terms:  # 政协重庆市綦江区第十五届委员会: the committee, not two places
            held = sorted((t.evidence.start, t.evidence.end) for t in terms)
            held_starts = [a for a, _b in held]
            out = [m for m in out if not _inside_longer(held, held_starts, m.evidence.start, m.evidence.end, longer=False)] + terms
            covered.extend((t.evidence.start, t.evidence.end) for t in terms)
        spans = sorted((m.evidence.start, m.evidence.end) for m in out)
        starts = [a for a, _b in spans]  # 市委巡视组 stays one name: its 市委 is no Party committee alone
        local = [x for x in self._blanks_left_out(report, start, end, place) + self._shaped(report, start, end, out)
                 if not _inside_longer(spans, starts, x.evidence.start, x.evidence.end)]
        if local:  # 民盟渝北区委, 广安市委统战部: one body, not a party and a place
            taken = {i for x in local for i in range(x.evidence.start, x.evidence.end)}
            out = [m for m in out if taken.isdisjoint(range(m.evidence.start, m.evidence.end))] + local
            covered.extend((x.evidence.start, x.evidence.end) for x in local)
        out.extend(self._unknown_bodies(report, start, end, covered))
        out = self._listed_committees(report, start, end, out)
        out.extend(self._shared_head_groups(report, start, end, out))
        out.sort(key=lambda m: (m.evidence.start, m.evidence.end))
        out = self._juxtaposed_places(report, out)
        out = self._shared_head_lists(report, out)
        out = self._elided_heads(report, out)
        out = self._organs_of_named_committee(report, out)
        collectives = self._province_collectives(report, start, end, [m for m in out if m.in_reference])
        if collectives:  # 川黔渝三省市政协 replaces the unknown name found over the same words
            out = [m for m in out if not _overlaps_any(m, collectives) or (m.in_reference and not any(
                c.evidence.start <= m.evidence.start and m.evidence.end <= c.evidence.end for c in collectives))]
            # (…三省政协: the 省政协 inside it is no committee of its own)
            out.extend(collectives)
        cities = ([_unknown_body(report, *m.span()) for m in _DESCRIBED_CITIES.finditer(report.norm, start, end)]
                  if report.norm.find("城市政协", start, end) >= 0 else [])
        if cities:  # 嘉陵江沿线重点城市政协: one body, not a river and the text's 市政协
            out = [m for m in out if not _overlaps_any(m, cities)] + cities
        resident = [self._resident_members(report, m) for m in _RESIDENT_MEMBERS.finditer(report.norm, start, end)
                    if not any(x.in_reference and x.evidence.start <= m.start() and m.end() <= x.evidence.end for x in out)]
        if resident:  # 住资省政协委员: the members who live in a place, one group, not the committee
            out = [m for m in out if not _overlaps_any(m, resident)] + resident
        provincial = self._national_members_of_a_province(report, start, end, out) if "全国政协" in report.norm[start:end] else []
        if provincial:  # 四川省全国政协委员: the national members living in that province, one group
            out = [m for m in out if not _overlaps_any(m, provincial)] + provincial
        parties = self._cross_border_parties(report, start, end)
        if parties:  # 川渝致公党组织 replaces the party's name inside it
            out = [m for m in out if not any(p.evidence.start <= m.evidence.start and m.evidence.end <= p.evidence.end
                                             for p in parties)] + parties
        out = [m for m in out if not (m.kind == "place" and _names_a_township(report.norm, m.evidence.start,
                                                                                m.evidence.end))]
        if any(m.kind == "place" for m in out):
            units = self._place_then_party(report, out)
            if units:  # 新都民进, 沙坪坝区民盟: the party's unit of that place, not a place and the party
                out = [m for m in out if not _overlaps_any(m, units)] + units
        if report.norm.find("两会", start, end) >= 0:
            sessions = self._two_sessions(report, start, end, place, out)
            if sessions:  # 北碚区“两会”: one collective, not a place and a fragment
                out = [m for m in out if not _overlaps_any(m, sessions)] + sessions
        out.sort(key=lambda m: (m.evidence.start, m.evidence.end))
        return out

    def _place_then_party(self, report: Report, mentions: list[Mention]) -> list[Mention]:
        """A democratic party's short name right after a place (新都民进, 沙坪坝区民盟, 自贡民革): that
        party's unit of the place, the one the text names in full where it does (民进新都区总支),
        else named as the reference names the party's committees."""
        norm = report.norm
        out = []
        for m in mentions:
            if m.kind != "place":
                continue
            party = _PARTY_AFTER_PLACE.match(norm, m.evidence.end)
            if party is None:
                continue
            key = self._named(party.group())
            whole = self.reference.get(key) if key else None
            if whole is None:
                continue
            place = self.reference.entities[m.entity]
            stem = place.name_zh.rstrip("省市区县")
            named = next((x for x in mentions if x.kind == "body" and x.label.startswith(whole.name_zh)
                          and stem in x.label and x.evidence.start != m.evidence.start), None)
            a, b = m.evidence.start, party.end()
            if named is not None:
                out.append(replace(named, evidence=Evidence(report.id, a, b, report.text[a:b]), surface=report.text[a:b]))
                continue
            label = self._party_committee_label(party.group() + place.name_zh, m.entity)
            known = self._named(label)
            if known is not None:
                out.append(_mention(report, a, b, self.reference.entities[known]))
            else:
                out.append(Mention(Evidence(report.id, a, b, report.text[a:b]), _unknown_key(label), label, "Body", "body",
                                   surface=report.text[a:b], in_reference=False, seat=m.entity))
        return out

    def _two_sessions(self, report: Report, start: int, end: int, place: str | None,
                      mentions: list[Mention]) -> list[Mention]:
        """A place's "two sessions" (its people's congress and CPPCC meeting at once): 北碚区“两会”,
        省“两会”, 重庆两会, and 两会 alone in a local text (that place's). One collective each,
        named by the place (北碚区两会); the national ones are the reference's."""
        norm = report.norm
        out = []
        places = {m.evidence.end: m for m in mentions if m.kind == "place"}
        for match in _TWO_SESSIONS.finditer(norm, start, end):
            a, b = match.span()
            if any(m.in_reference and m.kind == "body" and m.evidence.start <= a < m.evidence.end for m in mentions):
                continue  # 全国“两会”: the reference's
            named = places.get(a)
            seat = None
            if named is not None:  # 北碚区“两会”, 2023年四川省两会: the place written before it
                seat, a = named.entity, named.evidence.start
            elif a > 0 and norm[a - 1] in "省市区县州":
                # 省“两会”, 区两会: the text's place at that level
                seat = next((p for p in (self._place_chain(place) if place else [])
                             if (e := self.reference.get(p)) is not None and e.kind == "place"
                             and party_level(e) == norm[a - 1]), None)
                a -= 1
            elif place is not None and not _NAME_CHAR_BEFORE.match(norm, max(0, a - 1), a):
                seat = place  # 两会 alone: the text's own place's
            if seat is None:
                continue
            label = self.reference.entities[seat].name_zh + "两会"
            out.append(Mention(Evidence(report.id, a, b, report.text[a:b]), _unknown_key(label), label, "Collective",
                               "body", surface=report.text[a:b], in_reference=False, seat=seat))
        return out

    def _cross_border_parties(self, report: Report, start: int, end: int) -> list[Mention]:
        """川渝民盟, 川渝致公党组织: a democratic party's Sichuan and Chongqing committees together."""
        if "川渝" not in report.norm[start:end] and "渝川" not in report.norm[start:end]:
            return []
        out = []
        for match in _CROSS_BORDER_PARTY.finditer(report.norm, start, end):
            party = match.group("party") or match.group("party2")
            members = tuple(k for k in (self._named(f"{party}四川省委"), self._named(f"{party}重庆市委")) if k)
            if len(members) < 2:
                continue
            a, b = match.span()
            label = f"川渝{party}"  # 川渝民革组织, 民革川渝各级组织: one name, the party's two sides together
            key = _unknown_key(label)
            out.append(Mention(Evidence(report.id, a, b, report.text[a:b]), key, label, "Body", "body",
                               surface=report.text[a:b], in_reference=False, members=members))  # type: ignore[arg-type]
        return out

    def _juxtaposed_places(self, report: Report, mentions: list[Mention]) -> list[Mention]:
        """万州达州开州三地政协: places written one after another with no mark, closed by a counted
        head whose number is theirs, are each that place's CPPCC (headlines drop the 、)."""
        norm = report.norm
        out = list(mentions)
        i = 0
        while i < len(out):
            j = i
            while (j + 1 < len(out) and out[j].kind == "place" and out[j + 1].kind == "place"
                   and out[j + 1].evidence.start == out[j].evidence.end):  # (not the 两地政协 read after them)
                j += 1
            if j > i:
                head = _NUMBERED_HEAD.match(norm, out[j].evidence.end)
                if head is not None and _SMALL_COUNTS.get(head.group(1)) == j - i + 1 and not any(
                        norm[out[k].evidence.end - 1] in "省市" and self._qualifies(out[k], out[k + 1], norm)
                        for k in range(i, j)):  # (四川省达州市大竹县: one place, said where; 内江隆昌: two committees)
                    for k in range(i, j + 1):
                        m = out[k]
                        place = m.entity if m.kind == "place" else self._seat_named(m)
                        body = self.reference.cppcc_seated_in(place) if place else None
                        if body is not None:
                            out[k] = _mention(report, m.evidence.start, m.evidence.end, body)
                    if j + 1 < len(out) and out[j + 1].evidence.start == head.start() and out[j + 1].evidence.end <= head.end():
                        del out[j + 1]  # (南川大足两地政协: 两地政协 is these committees, not a collective of its own)
                    i = j + 1
                    continue
            i += 1
        return out

    def _seat_named(self, mention: Mention) -> str | None:
        """The place whose name a committee mention was written as (开州 for 开州区政协)."""
        return self._place_key(mention.surface)

    def _elided_heads(self, report: Report, mentions: list[Mention]) -> list[Mention]:
        """住川、住渝全国政协委员 or 民革、民盟市委: words listed before a body's name that share its
        head are bodies of their own, when the word plus that head is a name the reference knows."""
        norm = report.norm
        added: list[Mention] = []
        replaced: set[int] = set()
        by_end: dict[int, int] | None = None
        for m in mentions:
            if (m.evidence.start == 0 or norm[m.evidence.start - 1] not in "、和及与" or m.kind != "body"
                    or not m.in_reference or len(m.surface) < 4):
                continue  # most names follow no list mark: nothing to look at
            surface = _WHITESPACE.sub("", normalise(m.surface))
            m_kind = self.reference.entities[m.entity].kind
            pos = m.evidence.start
            while pos > 0 and norm[pos - 1] in "、和及与":
                if by_end is None:
                    by_end = {x.evidence.end: i for i, x in enumerate(mentions)}
                before = by_end.get(pos - 1)  # 民革、民盟市委: the item is a name of its own, made specific
                if before is not None and mentions[before].cls in _SHARED_ORGANS and not mentions[before].in_reference:
                    break  # (广安市、邻水县政协农业委: the item already named as the organ shared)
                if before is not None and mentions[before].kind == "body":
                    joined = re.match(r"[\u4e00-\u9fff]{1,4}", norm[mentions[before].evidence.start:pos - 1])
                    start = mentions[before].evidence.start
                else:
                    joined = _ELIDED_ITEM.search(norm, max(0, pos - 1 - _ELIDED_LONGEST), pos - 1)
                    start = joined.start() if joined else pos
                    if joined is None or any(e in by_end for e in range(start + 1, pos)):
                        break  # the word is (part of) another name
                if joined is None or start + len(joined.group()) != pos - 1:
                    break
                word = joined.group()
                # parallel items first (住川、住渝: the word replaces as many characters as it has)
                cuts = sorted(range(1, min(len(surface) - 1, _ELIDED_LONGEST + 1)), key=lambda c: (c != len(word), c))
                key = next((k for k in (self._named(word + surface[cut:]) for cut in cuts)
                            if k is not None and k != m.entity and self.reference.entities[k].kind == m_kind), None)
                if key is None:
                    break
                added.append(_mention(report, start, pos - 1, self.reference.entities[key]))
                if before is not None:
                    replaced.add(before)
                pos = start
        if not added:
            return mentions
        kept = [x for i, x in enumerate(mentions) if i not in replaced]
        return sorted([*kept, *added], key=lambda x: (x.evidence.start, x.evidence.end))

    def _organs_of_named_committee(self, report: Report, mentions: list[Mention]) -> list[Mention]:
        """An organ or a plenary session written with the committee named right before it is one
        body of that committee: 县政协党组, 区政协机关, 綦江区政协区域合作专班, 省政协常委会, 市政协及其
        常务委员会, 全国政协十四届三次会议, 政协重庆市第六届委员会第一次会议. It is the reference's
        organ where the reference holds it for that committee, else one named by the committee's
        short name and the organ's word, through which the committee acts."""
        norm = report.norm
        out: list[Mention] = []
        skip_until = -1
        starts = [x.evidence.start for x in mentions]  # sorted by start
        for m in mentions:
            if m.evidence.start < skip_until:
                continue  # written inside the organ's name just made
            out.append(m)
            if m.cls == "MemberGroup" and m.label.endswith("政协委员") and (
                    work := MEMBERS_WORK_COMMITTEE.match(norm, m.evidence.end)) is not None and (
                    committee_key := self._members_committee(m)) is not None:
                # 市政协委员工作和联络委员会: the special committee for members' work, no members
                out[-1] = self._special_committee_named(report, m.evidence.start, work.end(),
                                                        self.reference.entities[committee_key], "委员" + work.group())
                skip_until = work.end()
                continue
            if m.kind == "body" and m.cls == "SpecialCommittee" and m.in_reference and (
                    parent := self._committee_of(m.entity)) is not None:  # (市政协经济委、科技委: listed after it)
                listed = self._listed_special_committees(norm, m.evidence.end)
                out.extend(self._special_committee_named(report, x, y, self.reference.entities[parent], word)
                           for x, y, word in listed)
                skip_until = listed[-1][1] if listed else skip_until
                continue
            if m.kind == "body" and not m.in_reference and (place := _place_written(m)):
                organ = self._organ_after(norm, m)  # (云岭区政协党组: the organ of a committee the reference lacks)
                if organ is not None and organ[2] not in _SESSION_WORDS and not _runs_on(norm, mentions, starts, m, *organ[:2]):
                    a = max(organ[0], m.evidence.end)  # (the committee stays named: its bare forms later are it)
                    while norm[a] == " ":
                        a += 1
                    out.append(_organ_written_after(report, a, organ[1], place + "政协", m.entity, m.seat, organ[2]))
                    skip_until = organ[1]
                continue
            if m.kind != "body" or m.cls not in CPPCC_CLASSES or not m.in_reference:
                continue  # most names are no committee: nothing to look at
            organ = self._organ_after(norm, m)
            if organ is None:
                continue
            a, b, word = organ
            if _runs_on(norm, mentions, starts, m, a, b):
                continue  # the words run on into another name: not this organ
            if m.cls == "NationalCommittee" and (local := _PLACE_COMMITTEE_WORD.fullmatch(word)) is not None:
                # 中国人民政治协商会议遂宁市委员会: the formal name of the place's committee, no national organ
                out[-1] = self._formal_local_committee(report, m.evidence.start, b, local.group(1))
                skip_until = b
                continue
            committee = self.reference.entities[m.entity]
            known = self._organ_words.organ(committee.key, word)
            if known is None and (named := self._named(committee.name_zh + word)) is not None:
                known = self.reference.get(named)  # (its special committees together, a collective the reference holds)
            if known is not None:
                made = _mention(report, a, b, known)
                if known.cls == "PlenarySession":  # a session held is its committee's meeting
                    made = replace(made, members=(committee.key,))
            else:
                made = _organ_of(report, a, b, committee, word)
                if word == _PLENARY:
                    made = replace(made, cls="PlenarySession")
            if a == m.evidence.start:
                out[-1] = made
            else:
                out.append(made)
            skip_until = b
            for x, y, next_word in self._listed_special_committees(norm, b):
                # 乐山市政协经济委、科技委: the next special committees of the same committee
                out.append(self._special_committee_named(report, x, y, committee, next_word))
                skip_until = y
        return out

    def _formal_local_committee(self, report: Report, a: int, b: int, place: str) -> Mention:
        """The committee of `place` named formally (中国人民政治协商会议某市委员会): the reference's
        committee seated there, else one the reference lacks, named in its style."""
        key = self._place_key(place)
        committee = self.reference.cppcc_seated_in(key) if key is not None else None
        if committee is not None:
            return _mention(report, a, b, committee)
        label = f"政协{place}委员会"
        return Mention(Evidence(report.id, a, b, report.text[a:b]), _unknown_key(label), label, "Body", "body",
                       surface=report.text[a:b], in_reference=False)

    def _members_committee(self, members: Mention) -> str | None:
        """The committee whose members a members' group is (市政协委员: that 市政协)."""
        if len(members.members) == 1:
            return members.members[0]
        entity = self.reference.get(members.entity) if members.in_reference else None
        parent = entity.parent if entity is not None else None
        return parent if parent is not None and self.reference.entities[parent].cls in CPPCC_CLASSES else None

    def _organ_of_committee(self, report: Report, committee: Mention, a: int, b: int, word: str) -> Mention | None:
        """The organ `word` at norm[a:b] of the committee `committee` names: the reference's, else
        one named by the committee's short name; None for a committee without a place's name."""
        if committee.in_reference:
            entity = self.reference.entities[committee.entity]
            known = self._organ_words.organ(entity.key, word)
            return _mention(report, a, b, known) if known is not None else _organ_of(report, a, b, entity, word)
        place = _place_written(committee)
        return _organ_written_after(report, a, b, place + "政协", committee.entity, committee.seat, word) if place else None

    def _special_committee_named(self, report: Report, a: int, b: int, committee: Entity, word: str) -> Mention:
        """The special committee of `committee` written `word` (科技委: 科技委员会) at norm[a:b]."""
        known = self._organ_words.organ(committee.key, word)
        if known is not None:
            return _mention(report, a, b, known)
        return _organ_of(report, a, b, committee, word)

    def _listed_special_committees(self, norm: str, end: int) -> list[tuple[int, int, str]]:
        """The special committees listed right after one written with its committee (…经济委、科技委和
        农业委): (start, end, word) of each, while the list goes on."""
        out = []
        while end < len(norm) and norm[end] in _LIST_MARKS:
            organ = self._organ_words.match(norm, end + 1) if norm[end + 1:end + 2] not in _LEVEL_WORDS else None
            if organ is None or _SPECIAL_COMMITTEE_WORD.search(organ[1]) is None or _bad_boundary(norm, end + 1, organ[0]):
                break
            out.append((end + 1, organ[0], organ[1]))
            end = organ[0]
        return out

    def _organ_after(self, norm: str, committee: Mention) -> tuple[int, int, str] | None:
        """(start, end, organ word) of an organ or a session written right after a committee's
        name (党组, 十四届三次会议) or after its 及其 (及其常委会: the organ alone)."""
        a, pos = committee.evidence.start, committee.evidence.end
        if norm.endswith("委员会", a, pos) and "届" in norm[a:pos]:
            session = TERM_SESSION.match(norm, pos)  # 政协X第N届委员会第M次会议: one name, written in full
        else:  # X政协N届M次会议: the same session written short
            session = SESSION_AFTER_COMMITTEE.match(norm, pos)
        if session is not None:
            return a, session.end(), "全体会议主席团" if session.group("presidium") else _PLENARY
        sitting = _STANDING_SITTING.match(norm, pos)
        if sitting is not None:  # 市政协六届九次常委会议, …第N届委员会第M次常委会议: the standing committee
            return pos, sitting.end(), "常务委员会"  # met (its committee named before it stays a mention of its own)
        if " " in norm[pos:pos + 2]:  # (…委员会 第五次会 议: a repost's pinyin left blanks inside the session's name)
            window = norm[pos:pos + _LONGEST_NAME]
            kept = [i for i, c in enumerate(window) if c != " "]
            squeezed = "".join(window[i] for i in kept)
            session = (TERM_SESSION if norm.endswith("委员会", a, pos) and "届" in norm[a:pos]
                       else SESSION_AFTER_COMMITTEE).match(squeezed)
            if session is not None and session.end() > 0:
                return (a, pos + kept[session.end() - 1] + 1,
                        "全体会议主席团" if session.group("presidium") else _PLENARY)
        if norm.startswith("及其", pos):
            a = pos = pos + 2
        term = _TERM_BEFORE_ORGAN.match(norm, pos)  # 省政协十二届常委会: the organ of that term
        if term is not None and self._organ_words.match(norm, term.end()) is not None:
            pos = term.end()
        if norm.startswith(" ", pos) or " " in norm[pos:pos + 4]:
            return self._spaced_organ(norm, a, pos)
        organ = self._organ_words.match(norm, pos)
        if organ is not None and _NO_ORGANS_WORDS.search(norm, pos, organ[0]):
            organ = None  # (省政协昨天上午召开专门委员会…: a time and a verb, then the organ the sitting is of)
        if organ is None and norm.startswith(_SPECIAL_COMMITTEES_WORDS, pos):  # 省政协专委会: its special committees
            return a, pos + next(len(w) for w in _SPECIAL_COMMITTEES_WORDS if norm.startswith(w, pos)), "专门委员会"
        return (a, organ[0], organ[1]) if organ is not None else None

    def _spaced_organ(self, norm: str, a: int, pos: int) -> tuple[int, int, str] | None:
        """The organ word read with the blanks of a repost's pinyin left out (区政协 机 关)."""
        window = norm[pos:pos + _LONGEST_NAME]
        kept = [i for i, c in enumerate(window) if c != " "]
        organ = self._organ_words.match("".join(window[i] for i in kept), 0)
        if organ is None or organ[0] == 0:
            return None
        return a, pos + kept[organ[0] - 1] + 1, organ[1]

    def _organ_word(self, written: str) -> str:
        """An organ's word as the reference writes it in full (常委会, 政协常委会 → 常务委员会)."""
        written = written[2:] if written.startswith("政协") and len(written) > 3 else written
        organ = self._organ_words.match(written, 0)
        return organ[1] if organ is not None and organ[0] == len(written) else written

    def _committee_of(self, key: str) -> str | None:
        """The CPPCC committee an organ belongs to (its nearest CPPCC ancestor)."""
        for ancestor in self._place_chain(key)[1:]:  # the parent chain, nearest first
            entity = self.reference.get(ancestor)
            if entity is not None and entity.cls in CPPCC_CLASSES:
                return ancestor
        return None

    def _shared_head_lists(self, report: Report, mentions: list[Mention]) -> list[Mention]:
        """大足区、资阳市和安岳县政协 or 泸州、内江、荣昌三地政协: places listed before one 政协
        are each that place's CPPCC."""
        norm = report.norm
        out = list(mentions)
        i = 0
        while i < len(out):
            j = i
            while (j + 1 < len(out) and (out[j].kind == "place" or _read_as_committee(out[j], norm))
                   and (_JOINER.fullmatch(_WHITESPACE.sub("", norm[out[j].evidence.end:out[j + 1].evidence.start]))
                        or self._qualifies(out[j], out[j + 1], norm))):
                j += 1
            if j > i or out[i].kind == "place":
                last = out[j]
                tail = _WHITESPACE.sub("", norm[last.evidence.end:last.evidence.end + 12])
                closes = (last.kind == "body" and last.cls in CPPCC_CLASSES and self.reference.get(last.entity) is not None
                          and _WHITESPACE.sub("", norm[last.evidence.start:last.evidence.end]).endswith("政协")) or (
                          last.kind == "place" and _COUNTED_HEAD.match(tail))
                items = out[i:j + (0 if last.kind == "body" else 1)]
                seated = any(self.reference.cppcc_seated_in(m.entity) is not None for m in items)
                # (广安市、邻水县政协农业委: each place's committee's organ of that word)
                organ = self._shared_organ(last, out[j + 1], norm) if closes and j + 1 < len(out) else None
                if closes and seated and items and out[i].kind == "place" and all(
                        m.kind == "place" or _read_as_committee(m, norm) for m in items) and (j > i or last.kind == "place"):
                    # (宜宾市、泸州市和永川区、江津区、荣昌区政协: the places after the first already read as
                    # their committees by a shorter list's rule; the list goes on through them)
                    # (长江沿线区县政协: a river has no committee, the committees along it stay a collective)
                    qualifiers = {k for k in range(i, j) if self._qualifies(out[k], out[k + 1], norm)}
                    for k, m in enumerate(items, start=i):
                        body = None if k in qualifiers or m.kind != "place" else self.reference.cppcc_seated_in(m.entity)
                        if body is not None:
                            out[k] = (_organ_of(report, m.evidence.start, m.evidence.end, body, organ) if organ
                                      else _mention(report, m.evidence.start, m.evidence.end, body))
                    if last.kind == "place":  # 三个毗邻地区政协: the head is no committee of its own
                        head = _COUNTED_HEAD.match(norm, last.evidence.end)
                        if head is not None:
                            out = out[:j + 1] + [m for m in out[j + 1:] if m.evidence.start >= head.end()]
                    i = j + 1
                    continue
            i += 1
        return out

    def _shared_organ(self, committee: Mention, after: Mention, norm: str) -> str | None:
        """The word of a special or standing committee written right after the committee that
        closes a list of places (…、邻水县政协|农业委), which each place listed shares."""
        if after.evidence.start != committee.evidence.end or after.cls not in _SHARED_ORGANS:
            return None
        return self._organ_word(_WHITESPACE.sub("", norm[after.evidence.start:after.evidence.end]))

    def _qualifies(self, first: Mention, second: Mention, norm: str) -> bool:
        """A province or city named right before a place inside it (重庆城口、巫溪; 四川省达州市达川区):
        it says where, it is not an item of the list."""
        if first.kind != "place" or second.kind not in ("place", "body") or _WHITESPACE.sub(
                "", norm[first.evidence.end:second.evidence.start]):
            return False
        # (…、汉中市镇巴县政协: the city before the list's last committee says where it is too)
        where = second.entity if second.kind == "place" else (
            self.reference.home_place(second.entity) if self.reference.get(second.entity) is not None else None)
        entity = self.reference.get(first.entity)
        return (entity is not None and where is not None and entity.cls in ("Province", "PrefectureCity")
                and first.entity in self._place_chain(where))

    def _province_collectives(self, report: Report, start: int, end: int, mentions: list[Mention]) -> list[Mention]:
        """川黔渝三省市政协, 川陕渝政协: the provincial CPPCCs of the provinces abbreviated."""
        spans = sorted((m.evidence.start, m.evidence.end) for m in mentions)
        starts = [a for a, _ in spans]
        out = []
        for match in _PROVINCE_COLLECTIVE.finditer(report.norm, start, end):
            a, b = match.span()
            if _overlaps(spans, starts, a, b) and any(x == (a, b) or (x[0] <= a and b <= x[1]) for x in spans):
                continue  # a reference name (川渝政协) already covers it
            members = tuple(dict.fromkeys(self._provincial_cppcc(_ABBREVIATIONS[c]) for c in match.group(1)))
            if None in members or len(members) < 2 or (
                    match.group("count") and _SMALL_COUNTS.get(match.group("count")) not in (None, len(match.group(1)))):
                continue  # (川渝七地政协: more places than provinces, their local committees, read below)
            label = report.norm[a:b]
            key = _unknown_key(label)
            out.append(Mention(Evidence(report.id, a, b, report.text[a:b]), key, label, "Body", "body",
                               surface=report.text[a:b], in_reference=False, members=members))  # type: ignore[arg-type]
        for match in _ONE_SIDES_NEIGHBOURS.finditer(report.norm, start, end):
            # 四川毗邻市县政协: the committees of one province along the border, which ones not said
            a, b = match.span()
            label = report.norm[a:b]
            out.append(Mention(Evidence(report.id, a, b, report.text[a:b]), _unknown_key(label), label, "Collective", "body",
                               surface=report.text[a:b], in_reference=False, seat=_PROVINCE_KEYS[match.group("side")]))
        for match in _LOCAL_COLLECTIVE.finditer(report.norm, start, end):
            # 渝川黔30市州区县政协: some local committees of the provinces named, which ones not said
            if match.group("places") and _SMALL_COUNTS.get(match.group("places")) == len(match.group("sides")):
                continue  # 川黔渝三地政协: as many places as provinces, the provinces' own (above)
            a, b = match.span()
            basin = _BASIN_BEFORE.search(report.norm, max(start, a - 6), a)
            if basin is not None:
                a = basin.start()
                while report.norm[a] in _BEFORE_A_NAME:
                    a += 1  # (来自嘉陵江流域…: the name starts at the river)
            label = report.norm[a:b]
            key = _unknown_key(label)
            out.append(Mention(Evidence(report.id, a, b, report.text[a:b]), key, label, "Body", "body",
                               surface=report.text[a:b], in_reference=False))
        return out

    def _provincial_cppcc(self, province: str) -> str | None:
        body = self.reference.cppcc_seated_in(province)
        return body.key if body is not None else None

    def _partner_province(self, forms: list[_Form]) -> Entity | None:
        """省政协 that no place in the text explains: Chongqing has none, so in this project's
        texts it is Sichuan's, the partner province (省政协与重庆市政协联合开展…)."""
        return self._local_homes(forms).get(_PARTNER)

    @staticmethod
    def _paragraph_before(norm: str, view: Compact, start: int, s: int) -> int:
        """The compact position just before the paragraph that holds compact position `s` (the
        compact view has no line breaks: they are looked for in the text), -1 for the block's first."""
        at = view.span(s, s + 1)[0]
        line = norm.rfind("\n", start, at)
        while line > start:  # a heading line above the paragraph (● 奉节县 ●, 【巫溪】) is part of it
            above = norm.rfind("\n", start, line)
            heading = norm[above + 1:line].strip()
            if heading and (len(heading) > _HEADING_LINE or "。" in heading):
                break
            line = above
        if line < 0:
            return -1
        first = line + 1
        while first < at and norm[first].isspace():
            first += 1
        return view.index(first) - 1

    def _own_local_words(self, publisher: str | None) -> frozenset[str]:
        """The local names the publisher goes by in its own texts (市政协 of a city's CPPCC)."""
        entity = self.reference.get(publisher) if publisher else None
        return frozenset(entity.local_aliases) if entity is not None else frozenset()

    def _province_visited(self, report: Report, text: str, s: int, anchor: str) -> bool:
        """A province a text without a publisher names as where its people went (赴内蒙古考察):
        no anchor for its local names, which stay the writer's."""
        return (not report.publisher and self.reference.entities[anchor].cls == "Province"
                and _WENT_TO.search(text, max(0, s - 2), s) is not None)

    def _cached_anchor(self, forms: list[_Form]) -> str | None:
        key = id(forms)  # the form lists live as long as the recognizer
        if key not in self._anchors:
            self._anchors[key] = self._anchor(forms)
        return self._anchors[key]

    def _anchor(self, forms: list[_Form]) -> str | None:
        """The place a plain name situates the text in: a place, or where a CPPCC sits."""
        plain = [f for f in forms if not f.local]
        if not plain:
            return None
        entity = self.reference.entities[plain[0].entity]
        if entity.kind == "place" and entity.cls != "Place":
            return entity.key
        if entity.kind == "body" and entity.cls in CPPCC_CLASSES and entity.cls != "NationalCommittee":
            return entity.seat
        return None

    def _title_anchors(self, report: Report) -> list[tuple[int, str]]:
        """The places a title names, but not those it says were visited (宜宾市政协考察团赴重庆江津、永川…):
        where the writer went is not whose bare forms the text uses."""
        title = compact(normalise(report.title_zh or "")).text
        out: list[tuple[int, str]] = []
        visited_to = -1
        for s, e, forms in self._raw(title):
            if s == visited_to or (visited_to >= 0 and _LIST_GOES_ON.fullmatch(title, visited_to, s)) or (
                    _WENT_TO_IN.search(title, max(0, s - 5), s)):
                visited_to = e
                continue
            anchor = self._anchor(forms) if forms else None
            if anchor is not None:
                out.append((-1, anchor))
        return out

    def _resolve_local(self, forms: list[_Form], at: int, anchors: list[tuple[int, str]], anchor_at: list[int],
                       ahead: bool = False, lowest: int = -2) -> Entity | None:
        """区政协, 市政协, 省政协 mean the committee of the place the text is about there: the
        nearest place (or CPPCC) named before (or, `ahead`, after) whose area holds a committee
        with this local form (a district's 市政协 is Chongqing's, a Suining page's is Suining's)."""
        by_place = self._local_homes(forms)
        if ahead:
            indices = range(bisect_right(anchor_at, at), len(anchors))
        else:
            indices = range(bisect_left(anchor_at, at) - 1, -1, -1)
        tried: set[str] = set()
        home: str | None = None
        for index in indices:  # nearest first; each place is tried once (a long text names few)
            position, place = anchors[index]
            if not ahead and position <= lowest:
                break
            if place in tried:
                continue
            tried.add(place)
            chain = self._place_chain(place)
            for level in chain:
                chosen = by_place.get(level)
                home = home or self._home_province(anchors)
                if chosen is not None and self._named_if_elsewhere(chosen, home):
                    return chosen
                if self._province_of(chain) != home:
                    break  # 重庆市渝北区政协 on a Guang'an page: its 市 is not the 市政协 the page means
        return None

    def _named_if_elsewhere(self, committee: Entity, home: str) -> bool:
        """May a bare 市政协 mean this committee where its place was named before it? Chongqing's,
        and a city's, yes; another municipality's (北京, 上海, 天津) only where the text names that
        committee in full: a Chongqing text shows its work in Beijing (亮相北京) and goes on about
        its own 市政协. A text that never writes 重庆 or 渝 is no Chongqing text: its 市政协 is the
        municipality's its places are mostly in (`home`: a Beijing paper's 市政协…明天开幕, 北京国际会议中心)."""
        seat = self.reference.get(committee.seat) if committee.cls == "ProvincialCommittee" and committee.seat else None
        if seat is None or seat.cls != "Province" or not seat.name_zh.endswith("市") or seat.key == _HOME:
            return True
        return (seat.key == home and self._norm.count(seat.name_zh[:-1]) >= 2  # (not a wire's dateline alone)
                and not ("重庆" in self._norm or "渝" in self._norm)) or any(name in self._norm for name in (committee.name_zh, *committee.aliases))

    def _home_province(self, anchors: list[tuple[int, str]]) -> str:
        """The province most of a text's places are in (the first named on a tie); worked out
        once per list of anchors (a block's)."""
        key = tuple(anchors)
        if self._home_cache[0] == key:
            return self._home_cache[1]
        counts: dict[str, int] = {}
        for _position, place in anchors:
            top = self._province_of(self._place_chain(place))
            counts[top] = counts.get(top, 0) + 1
        home = max(counts, key=lambda k: counts[k]) if counts else ""
        self._home_cache = (key, home)
        return home

    def _province_of(self, chain: list[str]) -> str:
        found = self._provinces.get(chain[0])
        if found is None:
            found = self._provinces[chain[0]] = next(
                (k for k in chain if (e := self.reference.get(k)) is not None and e.cls == "Province"), chain[-1])
        return found

    def _committee_of_local(self, surface: str, at: int, anchors: list[tuple[int, str]], anchor_at: list[int],
                            paragraph: int, place: str | None, report: Report) -> tuple[Entity, int] | None:
        """The committee the local committee form at the head of an organ's local name means
        here (市政协 of 市政协常委会), resolved like the form on its own, and the form's length."""
        for cut in range(min(len(surface) - 1, 4), 1, -1):
            forms = self._forms.get(surface[:cut])
            if forms and id(forms) in self._local_only and all(
                    self.reference.entities[f.entity].cls in CPPCC_CLASSES for f in forms):
                committee = (self._resolve_local(forms, at, anchors, anchor_at, lowest=paragraph)
                             or self.resolve(forms, place)
                             or (None if report.publisher else self._resolve_local(forms, at, anchors, anchor_at, ahead=True)))
                return (committee, cut) if committee is not None else None
        return None

    def _local_homes(self, forms: list[_Form]) -> dict[str, Entity]:
        """Where each committee a local form may mean sits (first by key where two share a place)."""
        cached = self._homes.get(id(forms))
        if cached is None:
            cached = {}
            for entity in sorted((self.reference.entities[f.entity] for f in forms), key=lambda e: e.key):
                home = self.reference.home_place(entity.key)
                if home is not None:
                    cached.setdefault(home, entity)
            self._homes[id(forms)] = cached
        return cached

    def _place_chain(self, place: str) -> list[str]:
        cached = self._chains.get(place)
        if cached is not None:
            return cached
        chain: list[str] = []
        key: str | None = place
        while key and key not in chain:
            chain.append(key)
            entity = self.reference.get(key)
            key = entity.parent if entity is not None else None
        self._chains[place] = chain
        return chain

    def _shared_head_groups(self, report: Report, start: int, end: int, mentions: list[Mention]) -> list[Mention]:
        """住川、住渝全国政协委员: the members' group of each place listed before the one name they
        share (the name itself is found for the last place)."""
        out = []
        named_at = {m.evidence.start: m for m in mentions if m.cls == "MemberGroup"}
        for match in _GROUP_LISTED_BEFORE.finditer(report.norm, start, end):
            last = named_at.get(match.end())
            if last is None:
                continue
            head = last.label[last.label.index(match.group("place2")) + 1:] if match.group("place2") in last.label else ""
            key = self.full_name(match.group("lead") + match.group("place1") + head) if head else None
            if key is not None and key != last.entity:
                a, b = match.start(), match.start() + len(match.group("lead")) + 1
                out.append(_mention(report, a, b, self.reference.entities[key]))
        return out

    def _listed_committees(self, report: Report, start: int, end: int, mentions: list[Mention]) -> list[Mention]:
        """In 指导万州、江北、…等区县政协, each listed place stands for that place's CPPCC."""
        by_span = {(m.evidence.start, m.evidence.end): m for m in mentions}
        ordered = sorted(mentions, key=lambda m: m.evidence.start)
        starts = [m.evidence.start for m in ordered]
        for list_start, list_end, match_end in _place_lists(report.norm, start, end):
            items = []
            pos = list_start
            for item in report.norm[list_start:list_end].split("、"):
                items.append((pos, pos + len(item)))
                pos += len(item) + 1
            # only mentions in or just before the list matter: found by bisection, so a long
            # report does not cost the square of its mentions
            nearby = ordered[bisect_left(starts, list_start - _LONGEST_NAME):bisect_left(starts, match_end)]
            places = {}
            for a, b in items:
                for m in nearby:
                    if m.kind == "place" and a <= m.evidence.start and m.evidence.end == b:
                        places[(a, b)] = m
            if len(places) * 2 < len(items):
                continue  # not a list of places
            for a, b in items:
                current = places.get((a, b))
                if current is not None:
                    a = current.evidence.start
                if current is not None and current.kind == "place":
                    body = self.reference.cppcc_seated_in(current.entity)
                    if body is not None:
                        by_span[(a, b)] = _mention(report, a, b, body)
                elif current is None and not any(x.evidence.start < b and a < x.evidence.end for x in nearby):
                    label = report.norm[a:b] + "政协"
                    key = _unknown_key(label)
                    by_span[(a, b)] = Mention(Evidence(report.id, a, b, report.text[a:b]), key, label, "Body", "body",
                                              surface=report.text[a:b], in_reference=False)
        return list(by_span.values())

    def _term_committee(self, match: re.Match[str]) -> str | None:
        """The committee a name with its term denotes: 政协X委员会, else the CPPCC seated in the
        place named (政协巫山县第十五届委员会, 中国人民政治协商会议某省某县第N届委员会)."""
        key = self.full_name(f"政协{_term_place(match)}委员会")
        if key is None:
            place = self._place_key(_term_place(match)) or self._seat_of_name(_term_place(match))  # (四川省富顺县)
            body = self.reference.cppcc_seated_in(place) if place else None
            key = body.key if body is not None else None
        return key

    def _term_named_committees(self, report: Report, start: int, end: int) -> list[Mention]:
        """A committee named with its term (政协X第N届委员会) is the committee 政协X委员会 (read
        with the blanks a repost's pinyin left inside it taken out)."""
        out = []
        norm = report.norm
        text, at = _without_blanks(norm, start, end) if "  " in norm[start:end] else (norm, None)
        for match in _TERM_NAME.finditer(text, *((0, len(text)) if at is not None else (start, end))):
            key = self._term_committee(match)
            a, b = match.span() if at is None else (at[match.start()], at[match.end() - 1] + 1)
            if key is not None:
                out.append(_mention(report, a, b, self.reference.entities[key]))
            elif _NEW_SEAT.fullmatch(place := _term_place(match)):
                # 政协第一届重庆市某新区委员会: a committee newer than the reference, named as its own
                label = f"政协{place}委员会"
                out.append(Mention(Evidence(report.id, a, b, report.text[a:b]), _unknown_key(label), label, "Body",
                                   "body", surface=report.text[a:b], in_reference=False))
        if at is None and "届" in norm[start:end]:
            for match in _PLACE_BEFORE_SESSION.finditer(norm, start, end):
                # 政协重庆市石柱县十届三次会议: the place's committee, its session read after it
                place = self._place_key(match.group("place")) or self._seat_of_name(match.group("place"))
                body = self.reference.cppcc_seated_in(place) if place else None
                if body is not None:
                    out.append(_mention(report, match.start(), match.end(), body))
                elif place is None:  # 政协某市第十五届四次会议: a place the reference lacks, its committee
                    label = f"政协{match.group('place')}委员会"
                    out.append(Mention(Evidence(report.id, match.start(), match.end(), report.text[match.start():match.end()]),
                                       _unknown_key(label), label, "Body", "body",
                                       surface=report.text[match.start():match.end()], in_reference=False))
        return out

    def _blanks_left_out(self, report: Report, start: int, end: int, place: str | None) -> list[Mention]:
        """`_local_organs` of norm[start:end], read with the blanks a repost's pinyin left inside
        names taken out (農(nóng)工黨萬(wàn)州區(qū)委會 is 农工党万州区委会), offsets mapped back."""
        if "  " not in report.norm[start:end]:
            return self._local_organs(report, start, end, place)
        norm, kept = _without_blanks(report.norm, start, end)
        if not kept:
            return []
        squeezed = replace(report, norm=norm, text="".join(report.text[i] for i in kept), parts=())
        out = []
        for m in self._local_organs(squeezed, 0, len(kept), place):
            a, b = kept[m.evidence.start], kept[m.evidence.end - 1] + 1
            evidence = Evidence(report.id, a, b, report.text[a:b])
            out.append(replace(m, evidence=evidence, surface=report.text[a:b]))
        return out

    def _local_organs(self, report: Report, start: int, end: int, place: str | None = None) -> list[Mention]:
        """A democratic party's or the Party's committee of a named place (民盟渝北区委, 农工党荣昌区委会,
        广安市委统战部): the body the reference has under that name, else an unknown body so named;
        a Party committee written by its level alone (县委) is that of the text's place."""
        norm = report.norm
        found: list[tuple[int, int, str]] = []  # start, end, seat
        listed: dict[tuple[int, int], str] = {}  # (a, b) → the party written once for a list of its units
        by_level: set[tuple[int, int]] = set()  # units named by their level alone (民盟市委会): the text's place's
        unseated: list[tuple[int, int]] = []  # units of places the reference lacks (农工党荆州市委会)
        for match in _PARTY_ORGAN.finditer(norm, start, end):
            seat = self._seat_of_name(match.group("place").replace(" ", ""))
            if seat is None and (party := _PARTY_SHORT.match(norm, match.start())) is not None and (
                    _UNIT_OF_A_PLACE.fullmatch(_WHITESPACE.sub("", norm[party.end():match.end()]))) and not (
                    _STOP_WORD.search(norm, party.end(), match.end())):
                unseated.append((match.start(), match.end()))
            if seat is not None:
                found.append((match.start(), match.end(), seat))
                party = _PARTY_SHORT.match(norm, match.start())
                at = match.end()  # X党A市总支、B市C区支部、D市支部: the party's, each
                while party is not None and (unit := _LISTED_UNIT.match(norm, at, end)) is not None:
                    unit_seat = self._innermost_seat(unit.group("place"))
                    if unit_seat is None:
                        break
                    found.append((unit.start("name"), unit.end(), unit_seat))
                    listed[(unit.start("name"), unit.end())] = party.group()
                    at = unit.end()
        if place is not None:
            for match in _PARTY_LEVEL_UNIT.finditer(norm, start, end):
                # 九三学社区工委 on a district's page, 民盟市委会 on a Sichuan city's: the party's unit
                # in the text's own district or city (Chongqing's 民盟市委 is the reference's)
                level = match.group("level")
                seat = next((p for p in self._place_chain(place)
                             if (e := self.reference.get(p)) is not None and e.kind == "place" and party_level(e) == level
                             and e.cls != "Province"), None)
                if seat is not None and not any(x <= match.start() < y for x, y, _s in found):
                    found.append((match.start(), match.end(), seat))
                    by_level.add((match.start(), match.end()))
        party = len(found)  # the Party committees follow
        for match in _PARTY_COMMITTEE.finditer(norm, start, end):
            # 中共遂宁市委, 合江县委: the Party committee of the place written before 委
            a = match.start()
            place_end = match.start("level")
            named = norm.startswith("中共", a)
            if not named and norm.endswith("员会", a, match.end()):
                continue  # 忠县委员会: the CPPCC's committee of that county, not the Party's
            lo = a + 2 if named else max(start, a - 6)
            for x in range(lo, place_end):
                seat = self._seat_of_name(norm[x:place_end] + match.group("level"))
                if seat is not None and (named or stands_alone(norm, x, start)):
                    found.append((a if named else x, match.end(), seat))  # a place name begins the name
                    break
            else:
                if (named and _UNLISTED_PLACE.fullmatch(norm, a + 2, place_end) and not _counts_bodies(norm[a + 2:place_end])
                        and not norm.endswith("员会", a, match.end())):
                    unseated.append((a, match.end()))  # 中共萧山区委: a place the reference lacks, named as written
        found.extend(self._bare_party_committees(norm, start, end, place, found))
        committees = len(found)
        titled = []  # 县委常委、统战部部长: the department of the committee just named
        for _a, b, seat in found[party:committees]:
            title = _MEMBER_AND_DEPARTMENT.match(norm, b, end)
            if title is not None:
                word = title.group("department")
                titled.append((title.start("department"), title.end("department"),
                               state_organ_label(self.reference.entities[seat], "委" + word), seat))
        for match in _PARTY_DEPARTMENT.finditer(norm, start, end):
            # the place is written right before: the longest run of up to eight characters naming one
            for a in range(max(start, match.start() - 8), match.start() - 1):
                seat = self._seat_of_name(norm[a:match.start()])
                if seat is not None:  # (中共万州区委组织部: the name begins at 中共)
                    found.append((a - 2 if norm.startswith("中共", a - 2) and a - 2 >= start else a, match.end(), seat))
                    break
        out = []
        for a, b in unseated:
            label = normalise(_WHITESPACE.sub("", report.norm[a:b]))  # (named as the text names it)
            out.append(Mention(Evidence(report.id, a, b, report.text[a:b]), _unknown_key(label), label, "Body", "body",
                               surface=report.text[a:b], in_reference=False))
        for a, b, label, seat in [*self._bare_state_organs(norm, start, end, place, found), *titled]:
            out.append(self._organ_named(report, a, b, label, seat))
        if place is None and not found and (bare := _bare_home(norm)) is not None:
            out.extend(_placeless_organs(report, start, end, bare[0]))
        for index, (a, b, seat) in enumerate(found):
            name = _WHITESPACE.sub("", norm[a:b])
            if party <= index < committees and norm.startswith("常委会", b):
                # 省委常委会, 遂宁市委常委会: the standing committee of that Party committee, a body of its own
                label = f"中共{self.reference.entities[seat].name_zh}委常委会"
                out.append(self._organ_named(report, a, b + 3, label, seat))
                continue
            if party <= index < committees:  # 重庆市委, 市委 of a Chongqing text: 中共重庆市委员会
                entity = self._party_committees.get(seat)
            else:
                key = self._named(name) if (a, b) not in by_level else None  # (民盟市委会 on a Luzhou page: not Chongqing's)
                if key is None and index < party:  # 民建重庆市委员会: the reference's, by its full name
                    key = self._named(self._party_committee_label(listed.get((a, b), "") + name, seat))
                entity = self.reference.get(key) if key else None
            if entity is not None and entity.kind != "place":
                out.append(_mention(report, a, b, entity))
                continue
            label = _WHITESPACE.sub("", report.norm[a:b])  # one name in either script
            if index < party:  # 农工党泸州市委, 民革萬州區委會: 中国农工民主党泸州市委员会, as the reference names Chongqing's
                label = self._party_committee_label(listed.get((a, b), "") + label, seat)
            elif party <= index < committees:  # 合江县委, 中共合江縣委, 县委: one name, 中共合江县委
                label = f"中共{self.reference.entities[seat].name_zh}委"
            elif index >= committees:  # 广安市委统战部: 中共广安市委统一战线工作部, named by its place's name
                word = _DEPARTMENT_WORD.search(label)
                label = (state_organ_label(self.reference.entities[seat], "委" + word.group()) if word
                         else party_in_full(label if label.startswith("中共") else "中共" + label))
            unknown = _unknown_key(label)
            out.append(Mention(Evidence(report.id, a, b, report.text[a:b]), unknown, label, "Body", "body",
                               surface=report.text[a:b], in_reference=False, seat=seat))
        return out

    def _bare_party_committees(self, norm: str, start: int, end: int, place: str | None,
                               named: list[tuple[int, int, str]]) -> Iterable[tuple[int, int, str]]:
        """(start, end, seat) of each 县委 / 区委 / 市委 / 省委 written alone: the Party committee of
        the text's place or of the place above it at that level (a county text's 市委 is the
        city's); not a level the text's place has none of, nor one that ends a longer name."""
        if place is None:
            return
        for match in BARE_PARTY_COMMITTEE.finditer(norm, start, end):
            a = match.start()
            if not stands_alone(norm, a, start) or self._place_ends_before(norm, a, start):
                continue  # 民盟市委, 团区委, 民盟遂宁市委: part of another name
            if any(x <= a < y for x, y, _seat in named) or norm.startswith(_PARTY_DEPARTMENT_WORDS, match.end()):
                continue
            level = norm[a]
            seat = self._seat_at_level(norm, a, start, place, level)
            if seat is not None:
                yield a, match.end(), seat

    def _seat_at_level(self, norm: str, at: int, start: int, place: str, level: str) -> str | None:
        """The place of `level` a bare organ at `at` (县委, 区政府) belongs to: the one its
        sentence names a committee of, else the text's place or the place above it at that level."""
        return self._sentence_seat(norm, at, start, level) or next(
            (p for p in self._place_chain(place)
             if (e := self.reference.get(p)) is not None and e.kind == "place" and party_level(e) == level), None)

    def _sentence_seat(self, norm: str, at: int, start: int, level: str) -> str | None:
        """The one place of `level` (县, 区) whose committee the sentence names before `at`
        (城口县政协全面落实…市委和县委…的要求): its 县委 and 县政府 are that county's, whatever
        place the text as a whole is about (a city's tour of seven counties)."""
        head = max(start, *(norm.rfind(c, start, at) + 1 for c in _SENTENCE_HEAD))
        if "政协" not in norm[head:at]:
            return None
        seats = set()
        for match in _COMMITTEE_OF_A_PLACE.finditer(norm, head, at):
            name = match.group(1)
            if name[-1] != level:
                continue
            seat = next((k for i in range(len(name) - 1) if (k := self._seat_of_name(name[i:])) is not None), None)
            if seat is not None:
                seats.add(seat)
        return seats.pop() if len(seats) == 1 else None

    def _party_committee_label(self, written: str, seat: str) -> str:
        """A democratic party's committee (or branch: 支部) of a place, named in full (the party's
        full name, the place's, 委员会); a Chongqing district's with the city before it
        (…重庆市万州区委员会)."""
        short = _PARTY_SHORT.match(written)
        key = self._named(short.group()) if short else None
        party = self.reference.get(key) if key else None
        place = self.reference.entities[seat]
        if party is None or place.kind != "place":
            return written
        parent = self.reference.get(place.parent) if place.parent else None
        if _WORKING_COMMITTEE.search(written) and parent is not None and parent.kind == "place":
            # 九三学社南川区工委: the working committee the party's committee of the place above keeps there
            return f"{party.name_zh}{parent.name_zh}委员会{place.name_zh}工作委员会"
        city = parent.name_zh if (place.cls in ("District", "County") and parent is not None
                                  and parent.cls == "Province" and parent.name_zh.endswith("市")) else ""
        branch = _BRANCH_WORD.search(written)
        return f"{party.name_zh}{city}{place.name_zh}{branch.group() if branch else '委员会'}"

    def _place_ends_before(self, norm: str, a: int, start: int) -> bool:
        """Does a place's name end right before the level word at `a`, or with it (遂宁|市委,
        隆昌市|水利局)? Then the organ is that place's, read as such elsewhere."""
        return any(self._seat_of_name(norm[x:a]) is not None for x in range(max(start, a - 6), a - 1))

    def _organ_named(self, report: Report, a: int, b: int, label: str, seat: str | None) -> Mention:
        """The body `label` names: the reference's (重庆市人民政府) where it holds it, else an
        unknown body so named, seated at `seat`."""
        key = self._named(label)
        entity = self.reference.get(key) if key else None
        if entity is not None and entity.kind != "place":
            return _mention(report, a, b, entity)
        unknown = _unknown_key(label)
        return Mention(Evidence(report.id, a, b, report.text[a:b]), unknown, label, "Body", "body",
                       surface=report.text[a:b], in_reference=False, seat=seat)

    def _bare_state_organs(self, norm: str, start: int, end: int, place: str | None,
                           named: list[tuple[int, int, str]]) -> Iterable[tuple[int, int, str, str]]:
        """(start, end, label, seat) of each state organ or Party department written by its level
        alone (区人大常委会, 区法院, 区委宣传部, 区生态环境局): that of the text's place or of the
        place above it at that level, named in full (渝中区人民法院)."""
        if place is None or not any(c in norm[start:end] for c in "局院府大部心委联会协室厅社办"):
            return
        sessions = BARE_CONGRESS_SESSION.finditer(norm, start, end) if "人大" in norm[start:end] else ()
        for match in chain(sessions, BARE_STATE_ORGAN.finditer(norm, start, end)):
            a = match.start()
            if (not stands_alone(norm, a, start) or self._place_ends_before(norm, a, start)
                    or any(x <= a < y for x, y, _seat in named)):
                continue  # 两江新区政府, 隆昌市水利局: part of a longer name
            level = match.group("level") or match.group("level2")
            seat = self._seat_at_level(norm, a, start, place, level)
            if seat is not None:
                organ = match.group("organ") or match.group("organ2")
                yield a, match.end(), state_organ_label(self.reference.entities[seat], organ), seat
        home: str | None = None  # the text's own place below the province, worked out at the first such word
        for match in BARE_DEPARTMENT.finditer(norm, start, end):
            a = match.start()
            if any(x <= a < y for x, y, _seat in named):
                continue
            home = home or next((p for p in self._place_chain(place) if (e := self.reference.get(p)) is not None
                                 and e.kind == "place" and e.cls not in ("Province", "Country")), None) or place
            if self.reference.entities[home].cls == "Country":
                continue  # (a text about a province: no level below it to read; 工商联 there is the province's, read elsewhere)
            yield a, match.end(), state_organ_label(self.reference.entities[home], match.group("organ")), home
        if "厅" not in norm[start:end]:
            return
        province = next((p for p in self._place_chain(place) if (e := self.reference.get(p)) is not None
                         and e.cls == "Province"), None)
        if province is None or self.reference.entities[province].name_zh.endswith("市"):
            return  # (重庆市, 上海市: a municipality's departments are bureaus and commissions, no halls)
        for match in BARE_HALL.finditer(norm, start, end):
            if not any(x <= match.start() < y for x, y, _seat in named):
                yield (match.start(), match.end(),
                       state_organ_label(self.reference.entities[province], match.group("organ") + "厅"), province)

    def _shaped(self, report: Report, start: int, end: int, mentions: list[Mention]) -> list[Mention]:
        """Bureaus, township organs and leading groups (see other_bodies): unknown bodies, kept
        only where no reference name already covers them."""
        out = []
        for a, organ, b, seat in shaped_names(report.norm, start, end, mentions):
            if any(m.kind == "body" and m.evidence.start <= a and b <= m.evidence.end for m in mentions):
                continue
            # named as the place's own name has it (重庆市江津区人民政府 and 区政府 are 江津区人民政府)
            label = (state_organ_label(self.reference.entities[seat], _WHITESPACE.sub("", report.norm[organ:b]))
                     if seat is not None and organ > a else _WHITESPACE.sub("", report.norm[a:b]))  # (a repost's 界別: 界别)
            if seat is None and organ > a:  # 市政府办公厅: the office of the body named before it, in full
                head = next((m for m in mentions if m.kind == "body" and (m.evidence.start, m.evidence.end) == (a, organ)), None)
                label = label if head is None else head.label + _WHITESPACE.sub("", report.norm[organ:b])
            if label.endswith(("界别", "界")):  # 农工党界别, 科技界委员: the sector (the reference's, as 工商联界, where it has it)
                sector = _COMMITTEE_BEFORE_SECTOR.sub("", label)  # (县政协科技界别: the committee's sector 科技界)
                forms = (sector + "别", sector) if sector.endswith("界") else (sector, sector[:-1])
                made = next((m for m in (self._organ_named(report, a, b, f, seat) for f in forms) if m.in_reference), None)
                if made is None:
                    made = self._organ_named(report, a, b, label if label.endswith("界") else label[:-1], seat)
                out.append(made if made.in_reference else replace(made, cls="Sector"))
                continue
            owner = next((m for m in mentions if m.kind == "body" and m.evidence.start == a and m.cls in CPPCC_CLASSES),
                         None) if label.endswith(("委员组", "联络委", "联络组", "联络处", "联络站", "界别委员工作室", "界别委员工作站")) else None
            if owner is None and label.startswith("第") and label.endswith("组"):
                # 市政协副主席某某带领第三委员活动小组: a numbered group of the committee named just before
                owner = next((m for m in reversed(mentions) if m.kind == "body" and m.cls in CPPCC_CLASSES
                              and m.evidence.end <= a and a - m.evidence.end <= _GROUP_OWNER_REACH
                              and not _CLAUSE_BREAK.search(report.norm, m.evidence.end, a)), None)
            before = None
            if owner is None and label.endswith(("委员工作室", "委员工作站")):
                # 南川区政协“金佛议事”委员工作室: the studio, named with the committee written right before it
                before = owner = next((m for m in mentions if m.kind == "body" and m.evidence.end == a and (
                    m.cls in CPPCC_CLASSES or (not m.in_reference and m.label.endswith("政协")))), None)
            if owner is not None:  # 区政协某街道联络委 on a district's page: named with that district's committee
                own = self.reference.get(owner.entity)
                short = (own.name_short if own is not None and own.name_short else owner.label)
                label = short + (label if owner.evidence.end <= a else label[len(_WHITESPACE.sub("", owner.surface)):])
            a = before.evidence.start if before is not None else a
            if seat is None and owner is not None:  # (its committee's place: which side of a border it is on)
                seat = owner.seat or self._seat_of(owner.entity)
            made = self._organ_named(report, a, b, label, seat)
            if not made.in_reference and label.endswith(("联络委", "联络组", "联络处", "联络站", "政协工委", "政协工作委员会",
                                                         "政协工作组", "政协工作站")):
                made = replace(made, cls="WorkingOrgan")
            elif not made.in_reference and label.endswith(("委员工作室", "委员工作站")):
                made = replace(made, cls="WorkingOrgan")
            elif not made.in_reference and label.endswith(("小组", "委员组")):
                made = replace(made, cls="MemberGroup")
            elif not made.in_reference and "政协" in label and label.endswith(COUNCIL_WORDS):
                made = replace(made, cls="Collective")  # 湘鄂黔渝边区县(市区)政协工作联系会: the border's committees
            out.append(made)
        studios = [(m.evidence.start, m.evidence.end) for m in out if m.label.endswith(("委员工作室", "委员工作站"))]
        if studios:  # (社科界别委员工作室: the studio, its sector's name inside it)
            out = [m for m in out if m.cls != "Sector" or not any(a <= m.evidence.start and m.evidence.end <= b
                                                                  for a, b in studios)]
        sectors = [(m.evidence.start, m.evidence.end) for m in out if m.surface.endswith(("界别", "界別"))]
        return [m for m in out if not any(a <= m.evidence.start and m.evidence.end <= b and (a, b) != (m.evidence.start, m.evidence.end)
                                          for a, b in sectors)] if sectors else out

    def _innermost_seat(self, written: str) -> str | None:
        """The place a name denotes, or the last of a place written after its city (成都市青羊区)."""
        seat = self._seat_of_name(written)
        for i in range(2, len(written) - 1):
            if seat is not None:
                break
            if self._seat_of_name(written[:i]) is not None:
                seat = self._seat_of_name(written[i:])
        return seat

    def _seat_of_name(self, written: str) -> str | None:
        """The place a name's place part (already in matching form) denotes (渝北, 渝北区,
        重庆市渝北区), if any; memoised, as the same few names come back all through a text."""
        if written in self._seat_names:
            return self._seat_names[written]
        place = _PROVINCE_PREFIX.sub("", written)
        seat = None
        if _CJK_NAME.fullmatch(place):
            seat = next((k for k in (self._place_key(place + suffix, matching=True)
                                     for suffix in ("", "市", "区", "县", "省")) if k), None)
        self._seat_names[written] = seat
        return seat

    def _place_key(self, name: str, matching: bool = False) -> str | None:
        """The place a whole name denotes, if it denotes one."""
        key = self._named(name, matching)
        entity = self.reference.get(key) if key else None
        return key if entity is not None and entity.kind == "place" else None

    def _province_ending_in(self, norm: str, spans: list[tuple[int, int]], starts: list[int], a: int, b: int) -> int | None:
        """Where a province's name written inside norm[a:b] ends, if one is (湖南 of 湖南隆回县)."""
        i = bisect_right(starts, b - 1)
        while i > 0 and spans[i - 1][0] >= a:
            x, y = spans[i - 1]
            if y < b and (e := self.reference.get(self._place_key(norm[x:y]) or "")) is not None and e.cls == "Province":
                return y
            i -= 1
        return None

    def _unknown_bodies(self, report: Report, start: int, end: int, covered: list[tuple[int, int]]) -> list[Mention]:
        """Names ending like a body (…政协, …委员会, …党支部) that the reference does not know."""
        norm = report.norm
        out = []
        spans = sorted(covered)
        starts = [a for a, _ in spans]
        if "政协" in norm[start:end]:
            for match in _MANY_COMMITTEES.finditer(norm, start, end):
                a, b = match.span()
                count = match.group("count")
                if _overlaps(spans, starts, a, b) or (int(count) if count.isdigit() else _SMALL_COUNTS.get(count, 10)) < 4:
                    continue  # (两地政协, 三地政协: the bodies last named, read where the work is)
                region = bisect_left(starts, a) - 1
                if region >= 0 and _REGION_WORDS.fullmatch(norm, spans[region][1], a):
                    a = spans[region][0]  # 川渝毗邻地区20余个市县政协: the committees counted in a region, named with it
                label = _WHITESPACE.sub("", norm[a:b]).replace("（", "(").replace("）", ")")
                key = _unknown_key(label)
                out.append(Mention(Evidence(report.id, a, b, report.text[a:b]), key, label, "Body", "body",
                                   surface=report.text[a:b], in_reference=False))
        for match in _BODY_SUFFIX.finditer(norm, start, end):
            b = match.end()
            if _overlaps(spans, starts, match.start(), b):
                continue
            a = match.start()
            while a > start and b - a < 16 and norm[a - 1] not in _STOP_LEFT and _is_name_char(norm[a - 1]):
                a -= 1
            # trim verbs and quantifiers that lead into the name: after the last one that ends inside it
            name = norm[a:b]
            cut = after_last(name, _STOP_WORD)
            if cut:
                a, name = a + cut, name[cut:]
            government = name.rfind("政府", 0, len(name) - 2)
            if government >= 0:  # (市政府市政协联席会议: the government, then the committee; no place 市政府市)
                a, name = a + government + 2, name[government + 2:]
            province_end = (self._province_ending_in(norm, spans, starts, a, match.start())
                            if match.group(0) == "政协" else None)
            written = name  # (a municipality's district keeps its municipality: 政协上海市青浦区委员会)
            if province_end is not None:  # (湖南隆回县政协: the county's committee, its province before it)
                a, name = province_end, norm[province_end:b]
                written = written if norm[province_end - 1] == "市" else name
            pair = _LEVEL_PAIR.search(name) if match.group(0) == "政协" else None
            if pair is not None:  # (改进新时代市县政协: the committees of two levels, no place before them)
                a, name = a + pair.start(), pair.group()
            if _overlaps(spans, starts, a, b):
                continue  # a known name sits inside: only what precedes it would be unknown
            if not _specific_body_name(name, match.group(0)) or _COUNTED_LEVEL_END.search(name):
                continue  # (…竹溪县三县政协: a count of committees after a list, no one committee's name)
            key = _unknown_key(name)
            evidence = Evidence(report.id, a, b, report.text[a:b])
            out.append(Mention(evidence, key, _unknown_label(written if pair is None else name), "Body", "body",
                               surface=report.text[a:b], in_reference=False))
        return out


_WHITESPACE = re.compile(r"\s+")
_GROUP_OWNER_REACH = 24  # a leader's title and name between a committee and the group it leads
_CLAUSE_BREAK = re.compile(r"[，,。；;！!？?\n]")
# an organ written by its word alone, no level or committee before it (常委会, 党组)
_BARE_ORGAN = re.compile(r"常委会|常务委员会|主席会议|党组")
_COMMITTEES_ORGANS = ("StandingCommittee", "ChairpersonsCouncil", "PartyGroup", "WorkingOrgan", "PlenarySession")
# a place's "two sessions" (北碚区“两会”, 省两会, 重庆两会), the place's name or level before it if written
_TWO_SESSIONS = re.compile(r"“?两会”?(?!期间的?提案)")
_NAME_CHAR_BEFORE = re.compile(r"[\u4e00-\u9fff]")
_REGION_WORDS = re.compile(r"(?:毗邻|边界|接壤|交界)?(?:地区|区域)?|(?:流域|沿线)(?:地区)?")  # (川渝|毗邻地区)
# 市县政协, 区县政协: the committees of two levels together, whatever words lead into them
_LEVEL_PAIR = re.compile(r"(?:省市|市县|县市|区县|县区|市区县|县市区|市州|市区)政协$")
# a count of committees by level before 政协 (三县政协, 四县市政协): a group, never one committee's name
_COUNTED_LEVEL_END = re.compile(r"[两二三四五六七八九十](?:地|县市|市县|区县|县区|市区|区市|县|区|市)政协$")
# 甘洛县政协: a place's CPPCC the reference lacks, named as the reference names its committees
_PLACE_CPPCC = re.compile(r"([\u4e00-\u9fff]{2,8}?[省市州县区]|[\u4e00-\u9fff]县)政协")  # (叶县政协: one character before 县)
# the place of a committee named with its term that the reference lacks (重庆市两江新区): a seat's shape
_NEW_SEAT = re.compile(r"(?:[\u4e00-\u9fff]{2,3}[省市])?(?:[\u4e00-\u9fff]{2,6}[市州县区]|[\u4e00-\u9fff]县)")  # (绛县: a county of one character)


def _session_key(committee: str, name: str) -> str:
    """The reference key of a committee's session written by term and number (五届四次会议)."""
    term, number = _ORDINALS.search(name).groups()
    return f"{committee}-term-{parse_chinese_numeral(term):.0f}-session-{parse_chinese_numeral(number):.0f}"


def _bare_session_at(norm: str, at: int, start: int, end: int) -> re.Match[str] | None:
    """A session by term and number whose 届 is at `at`, opening after a word that is no name."""
    for j in range(max(start, at - 4), at):
        match = _BARE_SESSION.match(norm, j, end)
        if match is not None and match.end() > at and (
                j == 0 or norm[j - 1] in _SESSION_LEFT or norm.endswith(_SESSION_VERBS, 0, j)):
            return match
    return None


def _without_blanks(norm: str, start: int, end: int) -> tuple[str, list[int]]:
    """norm[start:end] with the blanks a repost's pinyin left taken out, and where each kept
    character stands in norm."""
    kept = [i for i in range(start, end) if norm[i] != " "]
    return "".join(norm[i] for i in kept), kept


#: Where a place's name may head a sentence: its start, or after a time that opens it
#: (…。昆明市政协, 近日，川汇区政协, 3月5日上午，…); not after any clause (…，提高市政协…: a verb)
_LEVEL_HEAD = re.compile(r"[省市区县州]政协")  # an organ's word written with its committee's level (市政协常委会)
_SENTENCE_HEAD = frozenset("。；;！？!?\n")
_VERBS_BEFORE_A_BODY = frozenset(LEADING_VERBS) | {"带领", "率领", "前往", "来到", "走进"}  # (whose object a body's name is)
_BYLINE_BEFORE = re.compile(r"[(（][^()（）]{0,20}?(?:记者|通讯员|供稿|摄)[^()（）]{0,12}[)）]$")  # (the story begins after it)
# a committee named with its place (城口县政协): the place a sentence's bare 县委 may belong to
_COMMITTEE_OF_A_PLACE = re.compile(r"([\u4e00-\u9fff]{1,7}?[区县])政协")
# a local committee's words after the national committee's full name (中国人民政治协商会议|某市委员会)
_PLACE_COMMITTEE_WORD = re.compile(r"([\u4e00-\u9fff]{2,12}?(?:自治区|自治州|自治县|省|市|县|区|州|旗))委员会")
# the characters before 县 that name no county of one character (某县, 两县, 区县政协)
_NO_ONE_CHARACTER_COUNTY = frozenset("某一两二三四五六七八九十省市区县州乡镇村旗")
_HEADLINE_BREAKS = frozenset(" \u3000|丨｜·—")  # what parts a headline: a name may head each part
_TIME_OPENS = re.compile(r"(?:^|[。；;！？!?\n)），,])[^，,。；;！？!?\n)）]{0,12}?(?:日|月|年|近日|日前|近期|上午|下午|晚上|当天|当日|期间|"
                         r"以来|会上|会后|随后|此前|今年|去年|年初|年底|年末|月初|月底|上半年|下半年)[，,]$")
#: Characters no place name of two or three characters holds in these texts: numbers, pronouns,
#: quantifiers and particles that run into a committee's local form (全区政协, 两县政协, 我市政协).
_NOT_IN_A_PLACE_NAME = frozenset("各全本我该此这那其多个的了在与及为对向从把被将已等每诸由受")
_NUMERALS = frozenset("两二三四五六七八九十百")
#: What follows a numeral that counts (两县, 三地, 五个, 二十) or numbers a term (九届): no place's
#: name (六盘水, 十堰, 三明 are)
_COUNTED_AFTER = _NUMERALS | frozenset("个地省市县区州家方镇乡片双届次年月日期批号名位项件")


def _joins_a_list(name: str) -> bool:
    """Do the words before a local form join a list (、某市政协, 和市政协) rather than name a place?
    和 inside a name is a place's own (太和县, 和平区): only one that opens the words, or a 、, joins."""
    return "、" in name or "与" in name or "及" in name or name[:1] == "和"


def _counts_bodies(name: str) -> bool:
    """Does `name` (before a committee's local form) open with a count or a term (两县, 三地,
    九届)? A place's own name may begin with a numeral (六盘水, 十堰, 九江)."""
    return name[0] in _NUMERALS and (len(name) == 1 or name[1] in _COUNTED_AFTER)
#: Words that head a clause before a local form without naming a place (近日县政协…, 部分区政协…).
_HEAD_WORDS = frozenset({"近日", "日前", "目前", "今年", "去年", "当天", "当日", "随后", "同时", "此外", "其中", "期间",
                         "会上", "会后", "近年", "上午", "下午", "晚上", "昨天", "昨日", "今天", "今日", "本月", "上月",
                         "年初", "年底", "年末", "月初", "月底", "近期", "此前", "最近", "首先", "然后", "接着", "另外",
                         "还有", "我们", "他们", "部分", "相关", "有关", "其他", "其它", "兄弟", "所在", "当地", "所有",
                         "广大", "城市", "中心", "基层", "上级", "下级", "本级", "各级", "全体", "地方", "毗邻", "周边",
                         "沿线", "友好", "结对", "对口", "邻近", "相邻", "双方", "城区", "主城", "新区", "辖区", "省内",
                         "市内", "区内", "县内", "域内", "境内", "这些", "那些", "此次", "本次", "这次", "会议"})


def _ends_in_committee(norm: str, end: int) -> bool:
    """Does norm[:end] end in 政协, blanks a repost's readings left after it aside (苏州市政协     、)?"""
    while end > 0 and norm[end - 1] == " ":
        end -= 1
    return norm.endswith("政协", 0, end)


# an official named by a committee's local form and a title, then a name (…市政协副主席某某)
_OFFICIAL_AFTER = re.compile(r"[市区县州]政协(?:党组书记、)?(?:主席|副主席|秘书长|党组书记|党组副书记|党组成员)")
_OFFICIAL_BEFORE = re.compile(r"政协(?:党组书记、)?(?:主席|副主席|秘书长|党组书记|党组副书记|党组成员)[\u4e00-\u9fff·]{2,4}$")


def _name_at_a_head(norm: str, a: int) -> int | None:
    """Where the name of a place the reference lacks begins, when two or three characters right
    before the local form at `a` head a clause (近日，川汇区政协组织…): that place's committee."""
    # (叶县政协: a county named by one character before 县)
    for x in ((a - 1, a - 2, a - 3) if norm.startswith("县政协", a) else (a - 2, a - 3)):
        if x < 0 or not _CJK_RUN.fullmatch(norm, x, a) or not (
                x == 0 or norm[x - 1] in _SENTENCE_HEAD or _TIME_OPENS.search(norm, max(0, x - 16), x)
                or (norm[x - 1] in ")）" and _BYLINE_BEFORE.search(norm, max(0, x - 24), x))  # ((记者 某某)云岭县政协…)
                or (norm[x - 1] == "的" and x >= 2 and norm[x - 2] not in _NOT_IN_A_PLACE_NAME)  # (参加活动的昆明市政协主席…)
                or norm[max(0, x - 2):x] in _VERBS_BEFORE_A_BODY or norm[x - 1] in "率到赴由"  # (带领昆明市政协调研组, 到某市政协, 由某市政协牵头)
                # (在某市政协十二届五次会议上: the session where things were said, its committee's place)
                or (norm[x - 1] == "在" and (x < 2 or not _is_cjk(norm[x - 2]) or norm[x - 2] in "，,。；;：:"))
                or (norm[x - 1] in _HEADLINE_BREAKS and _in_headline(norm, x))  # (…｜拓展履职 平湖市政协以…)
                or (norm[x - 1] == "记" and x >= 2 and norm[x - 2] in _HEADLINE_BREAKS)  # (——记某市政协…: a feature's subtitle)
                or norm[x - 1] == "《"  # (《某市政协志》, 《某市政协提案工作条例》: a title named after the committee)
                or (norm[x - 1] in ":：" and norm.endswith("来源", 0, x - 1))  # (来源：某市政协: the page's own committee)
                or (norm[x - 1] in " \u3000" and norm.endswith("讯", 0, x - 1))  # (某某新闻网讯 某县政协…: the story's first words)
                # (甲市政协主席某某，乙市政协主席某某: officials listed, each by a committee and a title)
                or (norm[x - 1] in "，,、；;" and _OFFICIAL_AFTER.match(norm, a) is not None
                    and _OFFICIAL_BEFORE.search(norm, max(0, x - 24), x - 1) is not None)):
            continue
        name = norm[x:a]
        if (_NOT_IN_A_PLACE_NAME & set(name) or (name[0] == "记" and x >= 1 and norm[x - 1] in _HEADLINE_BREAKS)
                or (len(name) == 1 and name in _NO_ONE_CHARACTER_COUNTY) or _joins_a_list(name) or _counts_bodies(name)
                or _NUMERALS & set(name[1:])
                or name in _HEAD_WORDS or name[-2:] in _HEAD_WORDS or name[:2] in _HEAD_WORDS
                or "政府" in name):  # (市政府市政协联席会议: the government and the committee, no place 市政府市)
            return None
        return x
    return None


# a democratic party's committee written by its short name and a bare level (民进市委, 民盟市委会)
_BARE_PARTY_UNIT = re.compile(r"(?:民革|民盟|民建|民进|农工党|致公党|九三学社|台盟|团)市委会?")  # (团市委: the Youth League's)


def _unknown_label(name: str) -> str:
    """The label of a body the reference lacks: in Simplified script without blanks, a place's
    CPPCC in the reference's form (甘洛县政协 → 政协甘洛县委员会)."""
    name = _WHITESPACE.sub("", name)
    place = _PLACE_CPPCC.fullmatch(name)
    if place is not None and (_LEVEL_WORDS.issuperset(place.group(1)) or place.group(1).endswith("地区")):
        return name  # (县市区政协, 某山毗邻地区政协: the committees of those levels or of a region, no place's)
    return f"政协{place.group(1)}委员会" if place else name
# 政协X第N届委员会, and the same with the term first (中国人民政治协商会议第六届重庆市委员会)
_TERM_NAME = re.compile(r"(?:中国人民政治协商会议|政协)[ \u3000]?(?:([\u4e00-\u9fff]{2,14}?)第[一二三四五六七八九十\d]{1,3}届委员会|"
                        r"第[一二三四五六七八九十\d]{1,3}届([\u4e00-\u9fff]{2,14}?)委员会)")


# 住川、住渝全国政协委员: a place's members' group listed before the next one's full name
_GROUP_LISTED_BEFORE = re.compile(r"(?P<lead>[住在])(?P<place1>[\u4e00-\u9fff])[、和与及](?=[住在](?P<place2>[\u4e00-\u9fff])全国政协委员)")
# 政协 and a place right before a session by term and number (政协重庆市石柱县十届三次会议,
# 政协某省第十二届第四次会议)
_PLACE_BEFORE_SESSION = re.compile(r"(?<![省市区县])政协(?P<place>[\u4e00-\u9fff]{2,12}?[省市区县州])"
                                   r"(?=第?[一二三四五六七八九十]{1,3}届第?[一二三四五六七八九十]{1,3}次(?:全体)?会议)")


def _term_place(match: re.Match[str]) -> str:
    """The place part of a committee named with its term, in either order."""
    return match.group(1) or match.group(2)
# Characters of text read at once when finding names (see Recognizer.mentions).
BLOCK_CHARS = 100_000
_SCANS_KEPT = 4  # texts whose name matches _raw remembers (a title, a text, its blocks)


def _blocks(norm: str, start: int, end: int) -> Iterable[tuple[int, int]]:
    """[start, end) cut after the first full stop past every BLOCK_CHARS characters."""
    while end - start > BLOCK_CHARS:
        stop = norm.find("。", start + BLOCK_CHARS, end)
        if stop < 0:
            break
        yield start, stop + 1
        start = stop + 1
    yield start, end


_LONGEST_PLAIN_PLACE = 4  # characters in the longest place name with no level word inside it (乌鲁木齐)
# (甘肃临夏州东乡, 某某土家族苗族自治: names of names; 明月山毗邻地区: a region's name)
_PLACE_INSIDE = re.compile(r"[族省市州区县盟旗]|自治|毗邻|地区|片区|流域|沿线")
_COUNT_BEFORE_LEVEL = "两三四五双"  # (两区政协, 三县政协: the committees counted, named before)
_HEADLINE_READING = re.compile(r"[读看]懂|秒懂|图解|图说|一图|解读|速览|带你")  # (no place's name says how to read a page)
_PLACE_PART = re.compile(r"^(?P<name>[\u4e00-\u9fff]{2,8}?)(?P<level>省|市|自治区|区|县|自治县|州|镇|乡|街道)+$")


def _specific_body_name(name: str, suffix: str) -> bool:
    """True for names like 达川区政协 or 遂宁市委员会; false for generic plurals (区县政协)."""
    core = name[: len(name) - len(suffix)]
    if "区县" in core or "届" in core:
        return False  # (十六届区政协, 新一届区政协: a term of the text's own committee, no place named)
    if suffix == "委员会" and core.endswith(("党", "工", "常务")):
        return False
    m = _PLACE_PART.match(core)
    if not m:
        return False
    place = m.group("name")
    if place[0] in "各全本该" or _counts_bodies(place) or (place[-1] in _COUNT_BEFORE_LEVEL and place[-2] in "是为的这那在和与及了对"):
        return False  # 两省市政协, 三地政协, 是两市政协: a count of bodies, not a place's name (长株潭三市: places counted)
    if place in _HEAD_WORDS or place[:2] in _HEAD_WORDS:
        return False  # 近日县政协…, 目前区政协…: a time or a word heading the clause, no place
    if (len(place) > _LONGEST_PLAIN_PLACE and not _PLACE_INSIDE.search(place)) or _HEADLINE_READING.search(place):
        return False  # (关键词看懂市政协, 一图读懂区政协: a headline's words; a longer name holds a level or 族 in it)
    return not any(g in place for g in ("区县", "各级", "全市", "全国", "地方", "上级", "基层", "所在", "本级"))


def _overlaps(spans: list[tuple[int, int]], starts: list[int], a: int, b: int) -> bool:
    """Does [a, b) overlap any of the sorted, non-overlapping `spans`?"""
    i = bisect_right(starts, b - 1)
    return i > 0 and spans[i - 1][1] > a


def _inside_longer(spans: list[tuple[int, int]], starts: list[int], a: int, b: int, longer: bool = True) -> bool:
    """Does one of the sorted `spans` (names, so short) hold [a, b): a longer one, or with
    `longer` false any one, the same span included?"""
    i = bisect_right(starts, a)
    while i > 0 and starts[i - 1] >= a - _LONGEST_NAME:
        x, y = spans[i - 1]
        if b <= y and (y - x > b - a or not longer):
            return True
        i -= 1
    return False


def _is_name_char(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff" or ch.isdigit() or ch in "+"


# The organ word of a committee's plenary session (its sessions are written 十四届三次会议).
_PLENARY = "全体会议"
# a committee's special committees taken together, written right after its name (省政协专委会)
_SPECIAL_COMMITTEES_WORDS = ("专门委员会", "专委会")
# Where a text that names no place at all is taken to be (the project is about Chongqing).
_HOME = "chongqing"
_PARTNER = "sichuan"
_PARTNER_PROVINCE = "四川省"  # (in the labels of its bodies: 政协四川省委员会, 四川省政协民族和宗教委员会)
_LOCAL_COMMITTEES = frozenset({"省政协", "市政协", "区政协", "县政协"})
# the local forms no place stands behind in a text that names none (省政协 and 市政协 have one)
# a committee asked or invited to join (商请X政协开展联合协商, 邀请X政协): another body, not the text's own
# a committee's local form, and the name of a place the reference lacks right before it (宝鸡市政协)
# a democratic party's members, written right after its short name (民进会员, 民盟盟员)
_PARTY_MEMBERS_WORDS = (*lexicon.PARTY_MEMBERS, "成员")
_SEVERAL_BEFORE = re.compile(r"(?:[两三四五各多]地|双方|川渝|各级|全市|全省)$")
# a text that names Sichuan or Chongqing, or the two together, however briefly
_NAMES_THE_TWO = re.compile(r"重庆|四川|川渝|成渝|巴蜀|渝[东西南北中]|川[东西南北中]")
# the characters that name Sichuan or Chongqing in a name (川渝两地政协, 四川省政协)
_PROVINCE_WORDS = frozenset("川渝蜀巴")
_LOCAL_FORM_AT = re.compile(r"[市区县州]政协")
_LOCAL_COMMITTEE_FORMS = frozenset({"市政协", "县政协", "区政协", "州政协"})
_CJK_RUN = re.compile(r"[\u4e00-\u9fff]+")
_TWO_PROVINCES = "chuanyu-cppccs"  # the reference's Sichuan and Chongqing committees together
_TWO_PROVINCES_WORD = re.compile(r"两省市政协(?=[\u4e00-\u9fff])")
# posts written right before a person's name (副主席周某某, 秘书长王某某)
_POSTS_BEFORE_A_NAME = ("主席", "书记", "市长", "县长", "区长", "省长", "秘书长", "主任", "部长", "局长")
_SHORT_LINE_BEFORE_A_BREAK = 8  # characters: a tag or a column name, not a paragraph broken by the layout
_LIST_MARKS = frozenset("、和及与")
_LEVEL_WORDS = frozenset("省市区县州")  # (市发改委 after a special committee: another body, its own level first)
# a site's owner in its footer or masthead (主办：政协某区委员会, 主办单位：某县政协)
# a reporter of a place's own paper or station, in brackets (（某市日报记者 某某）, （某某晚报记者组）)
_BYLINE = (r"[（(][ \t\u3000]*(?P<byline>[\u4e00-\u9fff]{2,5}?)(?:日报|晚报|日报社|报业|广播电视台|融媒体中心|新闻网)"
           r"[\u4e00-\u9fff]{0,4}?记者")
# a site banner welcoming its readers to a committee's site (欢迎访问某市政协网站)
_BANNER = r"欢迎(?:访问|登录|光临)(?P<banner>[\u4e00-\u9fff]{2,5}?)市政协"
# an e-paper's footer naming the city's paper that owns the site (某市日报社版权所有), read right
# before each 版权所有 (a run of characters before a word would be tried at every place of a text)
_PAPER_OWNER = re.compile(r"(?:^|(?<=[^\u4e00-\u9fff]))(?P<owner>[\u4e00-\u9fff]{2,5}?)(?:日报社?|晚报社?|新闻网|融媒体中心)$")
_OWNER_REACH = 12


def _paper_owners(norm: str) -> list[str]:
    """The places of the papers an e-paper's footer names as the site's owners."""
    out = []
    at = norm.find("版权所有")
    while at >= 0:
        found = _PAPER_OWNER.search(norm, max(0, at - _OWNER_REACH), at)
        if found is not None:
            out.append(found.group("owner"))
        at = norm.find("版权所有", at + 4)
    return out
# a city's own outlet, reporter or site banner, whose bare 市政协 is that city's committee; an
# author or source line naming the committee by its city alone (作者：某某政协)
_CITY_OUTLET = re.compile(r"来源\s*[:：]\s*(?P<outlet>[\u4e00-\u9fff]{2,5}?)(?:日报|晚报|新闻网|融媒体中心|发布)(?![\u4e00-\u9fff])|"
                          r"(?:作者|来源|供稿)\s*[:：]\s*(?P<author>[\u4e00-\u9fff]{2,4}?)政协(?![\u4e00-\u9fff])|"
                          # (某州网讯(记者 某某)…: the city's own site's dateline opening the story)
                          r"(?:^|(?<=\n))[ \t\u3000]*(?P<wire>[\u4e00-\u9fff]{2,3}?)(?:新闻)?(?:网讯|融媒讯)(?=[(（\s])|"
                          # (12-26 20:56  某市融媒体中心  某某: a time stamp, then the city's own outlet)
                          r"(?:^|(?<=\n))[^\n]{0,24}?\d{1,2}[:：]\d{2}[ \t\u3000]+(?P<stamp>[\u4e00-\u9fff]{2,5}?)市?"
                          r"(?:融媒体中心|日报|晚报|新闻网)(?![\u4e00-\u9fff])|"
                          rf"{_BYLINE}|{_BANNER}")
_SITE_OWNER = re.compile(r"主办(?:单位)?\s*[:：]\s*(?P<name>[\u4e00-\u9fff]{4,24}?(?:委员会|政协))(?![\u4e00-\u9fff])|"
                         # 来源：遂宁市政协办公室 on a news item's date line: the committee that put it out
                         r"来源\s*[:：]\s*(?P<source>[\u4e00-\u9fff]{2,12}?政协)(?:办公室|办公厅|机关|网站|网)?(?![\u4e00-\u9fff])|"
                         # 来源：某县发布, 来源：某区融媒体中心: a district's, county's or city's own outlet
                         r"来源\s*[:：]\s*(?P<outlet>[\u4e00-\u9fff]{2,5}?)(?:发布|融媒体中心|融媒|日报|新闻网|手机台)(?![\u4e00-\u9fff])|"
                         # 某县网讯 opening a story: the county's own site's dateline
                         r"(?:^|(?<=\n))[ \t\u3000]*(?P<dateline>[\u4e00-\u9fff]{2,4}?)(?:新闻)?(?:网讯|融媒讯)|"
                         # 某区融媒体中心　2026-01-12 18:40 heading the page: the district's own outlet, stamped
                         r"(?:^|(?<=\n))[ \t\u3000]*(?P<stamped>[\u4e00-\u9fff]{2,5}?)(?:融媒体中心|融媒|发布|新闻网|日报)[ \t\u3000]+\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}|"
                         # （某市日报记者 某某） closing a story: the city's own paper's reporter
                         rf"{_BYLINE}")
# 某市政协\n2025-01-17 21:05 发表于…: the account a post was put out by, on the line over its date
_POST_ACCOUNT = re.compile(r"\s*(?P<account>[\u4e00-\u9fff]{2,10}?政协)[ \t\u3000]*\n[ \t\u3000]*\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}")
# the places whose own outlets speak for their committee (not a province's paper: it reports on all)
_OUTLET_PLACES = frozenset({"District", "County", "PrefectureCity"})
_PLACE_AS_MODIFIER = re.compile(r"经济圈|都市圈|城市群|经济区")
# the places of a meeting's linked venues, listed then counted (重庆、成都两个主会场, 甲、乙分会场)
_VENUES_LISTED = re.compile(r"(?:[、和及与][\u4e00-\u9fff]{1,6}?)*(?:[两二三四五六七八九十\d]{1,2}个)?(?:主|分)?会场")
_HOSTS_A_VENUE = re.compile(r"[^，,；;。]{0,30}?(?:分别)?(?:设立|设置|设)了?分会场")
_VENUE_REACH = 48
_ASKED_BEFORE = re.compile(r"(?:商请|邀请|请求|函请|提请|(?<![面走])向|指导|督促|帮助)(?:[^\W\d_]{1,4}[省市])?$")
_ASKED_REACH = 9  # (邀请内江市东兴区政协参与: the city the one invited sits in may come between)  # (向全国政协报送: the one sent to; 指导某区政协: the one guided)
# (与贵州省政协开展联合协商, 联合四川省政协举办: the partner, named in full by a writer who calls
# itself by the bare form)
# (与贵州省遵义市政协; 与隆昌市、内江市东兴区政协: the places of a list before the partner's head)
_PARTNER_BEFORE = re.compile(r"(?:(?<![参给])与|联合|会同)(?:[^\W\d_]{1,3}省)?(?:[^\W\d_]{1,4}[市区县][、和及]?){0,3}$")
_PARTNER_REACH = 18


def _partner_before(text: str, at: int) -> bool:
    """Is the name at `at` a partner's (与…, 联合…, 会同… right before it, past a list of places)?"""
    window = text[max(0, at - _PARTNER_REACH):at]
    return ("与" in window or "联合" in window or "会同" in window) and _PARTNER_BEFORE.search(
        text, max(0, at - _PARTNER_REACH), at) is not None
_QUOTED_CHAR = re.compile(r"[‘“'\"]([\u4e00-\u9fff])[’”'\"]")
# a committee written by its level alone (市政协, 区政协): the text's own, wherever it is
_BARE_LEVEL_FORM = re.compile(r"(?:(?<![\u4e00-\u9fff])|(?<=[在由与和及了、对向从经由是为将]))[市区县]政协")
_BARE_LOCAL_FORM = re.compile(r"(?<![\u4e00-\u9fff])[区县]政协|(?<=[，。；、\n（(与和及了的])[区县]政协|(?<=由)[区县]政协(?=主办|举办|承办|牵头|组织)|"
                              r"(?<=出席|参加|列席|主持|召开|举行|组织|审议|听取|讨论|走进|来到|前往|看望|慰问|走访|邀请|通过|依托|借助)[区县]政协|"
                              r"(?<=[被获])[区县]政协(?=[^，,；;。]{0,16}?(?:评为|评选为|优秀|先进|表彰))")
# (出席区政协十届四次会议, 审议了区政协常委会工作报告: the verb, then the bare form; 被区政协评为, 获区政协优秀委员: an honour's giver)
# the same for a city's or a prefecture's committee, also as the short name a text gives (简称“市政协”)
_BARE_CITY_FORM = re.compile(_BARE_LOCAL_FORM.pattern.replace("[区县]政协", "[市州]政协").replace("[，。；、\n（(与和及了的]", "[，。；、\n（(与和及了的“]"))
_JOINER = re.compile(r"[、和及与,，]")
_CJK_NAME = re.compile(r"[\u4e00-\u9fff]{2,12}")
_PROVINCE_PREFIX = re.compile(r"^(?:重庆市?|四川省?)(?=[\u4e00-\u9fff]{2})")
# 民盟渝北区委, 农工党荣昌区委会: a democratic party's committee named with its place.
# the short names of the eight democratic parties, as their committees are written
_PARTY_WORDS_SHORT = "民革|民盟|民建|民进|农工党|致公党|九三学社|台盟"
_PARTY_ORGAN = re.compile(
    # (九三学社重庆市委员会合川区工作委员会: a unit named under the party's provincial committee)
    r"(?:" + _PARTY_WORDS_SHORT + r")(?:(?:重庆|四川)[省市]? *委 *(?:员 *)?会(?=[\u4e00-\u9fff]{2,5}?[区县市] *(?:工 *作 *)?委))?"
    # (民进重庆市九龙坡区委员会, 民进成都市青羊区总支部委员会: the district's unit, its city before it)
    r"(?:(?:(?:重庆|四川)[省市]?|[\u4e00-\u9fff]{2}市)(?=(?:[\u4e00-\u9fff] *){2,4}?[区县] *(?:委|工 *委|总 *支|支 *部|支 *社)))?"
    r"(?P<place>(?:[\u4e00-\u9fff] *){2,5}?)[省市区县州]? *"
    r"(?:委(?: *会)?(?! *(?:员|[\u4e00-\u9fff]委员|[\u4e00-\u9fff]?常委))|(?:工 *作 *|基 *层 *)?委 *员 *会|工 *委|(?P<branch>总 *支 *部 *委 *员 *会|总 *支|支 *部|支 *社))"
)
# 九三学社区工委, 民盟县委会: a party's unit named by its level alone (in the text's own place)
_PARTY_LEVEL_UNIT = re.compile(r"(?:" + _PARTY_WORDS_SHORT + r")(?P<level>[区县市]) *(?:工 *委|委 *会|委(?! *[\u4e00-\u9fff]{0,2}员))")
# …A市总支、B市C区支部: the next units of a party named once before the list
_LISTED_UNIT = re.compile(r"(?:[、和及与]|[，,](?=四川|重庆))(?P<name>(?P<place>(?:(?:四川|重庆)[省市]?)?[\u4e00-\u9fff]{2,8}?[省市区县州]?)"
                          r"(?:总支|支部|支社|委员会|委会|工委))")  # (…达州市委会，重庆市开州区委会: the other province's)
# 民盟铜梁支部, 九三学社渝北支社: a party's branch in a place too small for a committee of its own
_BRANCH_WORD = re.compile(r"(?:总支|支部|支社)$")
_WORKING_COMMITTEE = re.compile(r"(?:工委|工作委员会)$")
# a democratic party's unit in a place the reference lacks, after the party's name (荆州市委会, 台江区工委, 闽侯县总支)
_UNIT_OF_A_PLACE = re.compile(r"[\u4e00-\u9fff]{2,4}[市县区州](?:委会|委员会|工委|工作委员会|总支|支部|支社|委)")
# 中共遂宁市委, 合江县委 (not 县委员会, 县委统战部): a place's Party committee.
# 中共重庆市江津区委员会 is the same committee written formally (委员会 only after 中共).
# the name of a place the reference lacks between 中共 and its level (萧山, 大连市中山): no stop, no count
_UNLISTED_PLACE = re.compile(r"(?:(?![的在和与及了为对向从把被将等各全本该这那其两以届次会时后])[\u4e00-\u9fff]){2,6}")
_PARTY_COMMITTEE = searched(re.compile(
    r"(?:中共[\u4e00-\u9fff]{1,8}?|(?<=[\u4e00-\u9fff]{2}))(?P<level>[省市区县州])委(?:员会)?(?!员|会|" + PARTY_PATTERN + "|纪委)"))
# 广安市委统战部: a department of the Party committee of the place written before it.
_PARTY_DEPARTMENT = re.compile(r"[省市区县州]委(?:" + PARTY_PATTERN + ")")
_PARTY_DEPARTMENT_WORDS = tuple(PARTY_WORDS)
_DEPARTMENT_WORD = re.compile("(?<=委)(?:" + PARTY_PATTERN + ")$")
# 市委常委、统战部部长: a department named right after a member of the committee's standing body
_MEMBER_AND_DEPARTMENT = re.compile(r"常委[、，,]\s*(?P<department>" + PARTY_PATTERN + r")(?=副?部长|常务副部长|主任|副主任)")
# 三地政协 right after places written one after another: the count says how many they are.
_NUMBERED_HEAD = re.compile(r"([两二三四五六七八九]|\d)(?:个)?(?:地|县|区|市|县市|区县|市县|市区|地区)政协")
# 三区县政协, 川渝三区县 (with no places written before it: those are _juxtaposed_places)
_COUNTED_LOCALS = re.compile(r"(?<![\u4e00-\u9fff]{2}[区县])(?:川渝|渝川)?([两二三四五六七八九])(?:区县|县区|区市县|县市区)(?:政协)?")
# 委员 as a person's title or the members as authors (某某委员提交, 委员们提出): not a longer name's
# (政协委员, 常务委员, 界别委员 are read as names first), nor members a committee organises (组织委员提交)
_MEMBER_TITLE = re.compile(r"(?<=提案的)委员(?:们)?|(?<![政协常务界别党])(?<!组织)(?<!引导)(?<!动员)(?<!鼓励)(?<!带领)(?<!发动)委员(?:们(?=[^，,；;。]{0,30}?(?:提交|提出|撰写|带来)(?:[^，,；;。]{0,12}?(?:提案|建议)|了?《))|"
                           r"(?!们)(?=[^，,；;。]{0,30}?(?:(?:提交|提出|撰写|带来)[^，,；;。]{0,12}?(?:提案|建议)|捐赠|捐助|捐款|免费提供|免除|减免)))")
# (委员们捐款捐物: the members at large, their committee's work; 某某委员捐赠: that member's gift)
_PROPOSAL_TOLD = re.compile(r"提案|的建议》|捐|免费|免除|减免")
_SENTENCE_STOP = re.compile(r"[。！？!?\n]")
# the level 全市 and 全省 name, whatever place the text is about (全市政协 on a district's page)
_LEVEL_OF_ALL = {"全市": ("PrefectureCity", "Province"), "全省": ("Province",)}
# a standing committee's numbered meeting right after its committee (六届九次常委会议, 第十七次常委会议)
_STANDING_SITTING = re.compile(r"(?:第?[一二三四五六七八九十\d]{1,3}届(?:委员会)?)?第?[一二三四五六七八九十\d]{1,3}次常委会?会?议")
# 第N届人民代表大会第M次会议 right after a place: that place's people's congress in session
# (雅安市五届人大一次会议, 某市五届人大常委会: the short forms, the term written)
_CONGRESS_SESSION_NAMED = re.compile(r"第?[一二三四五六七八九十\d]{1,3}届(?:人民代表大会|人大)(?P<standing>常务委员会|常委会)?"
                                     r"(?:第?[一二三四五六七八九十\d]{1,3}次(?:全体)?会议)?")
# committees of a level or two together, as a province's texts write them (see _level_collectives)
_LEVELS = re.compile(r"(?:各?市\(州\)、?(?:各?县\(市、区\))?|(?<![两二三四五六七八九十\d])各?县\(市(?:、区)?\)|市县|市州|市、州|"
                     r"(?:市|州)、(?:县|区)两级|(?<=[市州])两级)政协(?:委员)?|(?<=[市州])(?:、(?:县|区))?两级政协(?:委员)?")
_COUNTED_LOCALS_HINT = re.compile(r"[两二三四五六七八九](?:区县|县区|区市县|县市区)")
_SMALL_COUNTS = {"两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
                 **{str(n): n for n in range(2, 10)}}
# 三地政协, 四县市政协, 两省市政协 closing a list of places (来自甲、乙和丙的三市区政协: counted after 的).
_COUNTED_HEAD = re.compile(r"(?:的(?=[两二三四五六七八九十\d]))?等?(?:[川渝黔陕鄂湘滇](?:东北|东南|西北|西南|东|西|南|北)){0,3}"
                           r"(?:[两二三四五六七八九十]|\d+)?(?:个)?(?:毗邻|相邻|接壤|沿线|周边)?"
                           r"(?:地区|[县区市省地方州]{1,3})?(?:的(?:[市县区]{1,2})?)?政协")  # (等三市的市政协, 等9个市区县的政协)
_ABBREVIATIONS = {"川": "sichuan", "蜀": "sichuan", "渝": "chongqing", "黔": "guizhou", "贵": "guizhou", "鄂": "hubei",
                  "湘": "hunan", "陕": "shaanxi", "滇": "yunnan", "云": "yunnan", "甘": "gansu", "桂": "guangxi",
                  "藏": "xizang", "青": "qinghai", "京": "beijing", "津": "tianjin", "冀": "hebei", "晋": "shanxi",
                  "蒙": "neimenggu", "辽": "liaoning", "吉": "jilin", "黑": "heilongjiang", "沪": "shanghai",
                  "苏": "jiangsu", "浙": "zhejiang", "皖": "anhui", "闽": "fujian", "赣": "jiangxi", "鲁": "shandong",
                  "豫": "henan", "粤": "guangdong", "琼": "hainan", "宁": "ningxia", "新": "xinjiang"}
_LOCAL_COLLECTIVE = re.compile(
    r"(?P<sides>[川蜀渝黔贵鄂湘陕滇云甘]{2,4})"
    r"(?:(?:\d+|[一二三四五六七八九十两]+)个?(?:地|省市)?(?:市州区县|市州|区县|市县|县市区|县区|市区|地方)|"
    r"毗邻(?:地区)?(?:各)?(?:市州区县|区县|市县|地方)?|"  # 川渝毗邻地区政协: the committees along the border
    r"(?:[两二三四五六七](?:省市|省))?地方|"  # 川陕渝地方政协: the local committees of the provinces named
    r"(?P<places>\d+|[三四五六七八九十]+)个?地)政协")  # (川渝九地政协: more places than provinces)
# 嘉陵江沿线8个重点城市政协: the committees of cities a description names, taken together
_DESCRIBED_CITIES = re.compile(
    r"(?:(?:(?![的了在是为与和])[\u4e00-\u9fff]){1,3}[江河](?:上游|中游|下游|沿线|沿岸|流域|经济带)?|成渝地区双城经济圈|沿江|沿线|毗邻)"
    r"(?:\d+个|[一二三四五六七八九十]+个)?(?:重要|中心|重点)?(?:节点)?城市政协")
# a river basin named before such a collective (涪江流域川渝九地政协): part of its name
_BASIN_BEFORE = re.compile(lexicon.RIVER_BASIN + "$")
# a session by its term and number, after a word that is no name (在, 的, punctuation, 召开)
_BARE_SESSION = re.compile(r"第?[一二三四五六七八九十]{1,3}届第?[一二三四五六七八九十]{1,3}次(?:全体)?(?:会议|全会(?!议)|全委会(?:议)?)")
_ORDINALS = re.compile(r"([一二三四五六七八九十]{1,3})届第?([一二三四五六七八九十]{1,3})次")
_SESSION_LEFT = frozenset("在于的和与及、，,。；;：:（(“ \n\t\u3000")
_SESSION_VERBS = ("召开", "举行", "出席", "参加", "期间", "闭幕", "开幕", "作", "自")  # (作…以来…的报告)
_WATER = frozenset("河江溪湖口")  # (南溪口: the mouth of a river so named)
_LEVEL_ENDS = ("省", "市", "区", "县", "州", "镇", "乡")
_BEFORE_A_NAME = frozenset("来自到在由与和同赴")
_WENT_TO = re.compile(r"(?:赴|到|前往|来到)$")
_HEADING_LINE = 20  # characters of the longest line read as a heading over the paragraph after it
# 来自城口县、四川省万源市…的政协负责同志: where those who came are from, not where the text is
_CAME_FROM = ("来自",)
# the list of places goes on (、宣汉县; 和陕西省镇坪县: past a province the reference may lack)
_LIST_GOES_ON = re.compile(r"[、和及与](?:[^\W\d_]{2,3}省)?")
# 赴重庆江津、永川: the places visited, after the province or city they lie in
# a committee's leader named as accompanying the visitors (某市政协主席、党组书记某某陪同): the host
# a committee named as a guest at the writer's meeting (…政协负责人受邀出席)
_GUEST_AFTER = re.compile(r"[^，,；;。]{0,24}?(?:(?:应邀|受邀)(?:派员)?(?:参会|出席|参加|列席)|(?:负责同志|代表)(?:分别)?(?:作了?)?交流发言)")
_HOST_AFTER = re.compile(r"[^，,；;。]{0,24}?(?:陪同|一同陪同)(?:考察|调研|视察|参观)?(?:[，,；;。]|$)")
_WENT_TO_IN = re.compile(r"(?:赴|到|前往|来到)(?:[^\W\d_]{2}[省市]?)?$")
# after a place written as a meeting's venue (在广安举行, 在某县召开的): the meeting is held there
# a venue named down to its district (在遂宁市船山区召开): the city before, then the district
_VENUE_PLACES = re.compile(r"(?:[\u4e00-\u9fff]{1,5}?(?:区|县|市))?")
_AT_A_CITY_BEFORE = re.compile(r"在(?:[\u4e00-\u9fff]{2,3}省)?[\u4e00-\u9fff]{1,4}市$")
_HELD_AT_VENUE = re.compile(r"(?:[\u4e00-\u9fff]{0,4}?(?:会场|会议中心|大礼堂))?(?:联合|共同|隆重|顺利|正式|成功|同步)?"
                            r"(?:举行|召开|举办|开幕|闭幕)")  # (在成都联合召开: where it sat)
_TERM_OF_BARE_FORM = re.compile(r"(?:本届|新一届|上一?届|第?[一二三四五六七八九十]{1,3}届)(?=.)")
_TERM_BEFORE_ORGAN = re.compile(r"第?[一二三四五六七八九十\d]{1,3}届(?![一二三四五六七八九十\d第])")
# the committee a sector is written after (县政协科技界别, 区政协民革界别)
_COMMITTEE_BEFORE_SECTOR = re.compile(r"^[\u4e00-\u9fff]{0,6}?政协")
_SPECIAL_COMMITTEE_WORD = re.compile(r"(?<!常务)(?<!审查)委员会$|(?<![常党工])委$")
# 九县(市)政协, 12个区县政协 with no places named before: that many committees, one actor together
_MANY_COMMITTEES = re.compile(r"(?P<count>(?<![\u4e00-\u9fff、])[四五六七八九十]|(?<![\d.])\d{1,3})(?:余|多)?个?(?:县|区|市|州|地)"
                              r"(?:[县区市州]|\s*[(（][县区市州][)）])*政协")
# 川渝民盟, 川渝两地致公党组织: a party's committees on both sides of the border
_PARTY_SHORT = re.compile(_PARTY_WORDS_SHORT)
# a party's short name right after a place (新都民进, 沙坪坝区民盟), not its committee written next (民盟市委)
_PARTY_AFTER_PLACE = re.compile(r"(?:" + _PARTY_WORDS_SHORT + r")(?!(?:中央|省委|市委|区委|县委|委员会|支部|总支|党员|盟员|会员|社员))")
_CROSS_BORDER_PARTY = re.compile(r"(?:川渝|渝川)(?:两地)?(?P<party>" + _PARTY_WORDS_SHORT + ")"
                                 r"(?:两地)?(?:党?组织|省市委(?:会)?)?|"
                                 r"(?P<party2>" + _PARTY_WORDS_SHORT + r")(?:川渝|渝川)(?:两地)?(?:各级)?党?组织")
# the committees of one province along its border, the province written in full (四川毗邻市县政协)
_PROVINCE_KEYS = {"四川": "sichuan", "重庆": "chongqing", "贵州": "guizhou", "湖北": "hubei", "湖南": "hunan", "陕西": "shaanxi"}
_ONE_SIDES_NEIGHBOURS = re.compile(r"(?P<side>四川|重庆|贵州|湖北|湖南|陕西)(?:省|市)?(?:的)?(?:毗邻|相邻|接壤|交界)(?:地区)?(?:的)?"
                                   r"(?:各)?(?:市州区县|市县区|县市区|区市县|市州|市县|区县|县区|县市)政协")
_PROVINCE_COLLECTIVE = re.compile(
    # (after a region's name too: 某山区川陕两省政协, 某老区鄂皖两省政协)
    r"(?:(?<![\u4e00-\u9fff])|(?<=[区山]))([川蜀渝黔贵鄂湘陕滇云甘桂藏青京津冀晋蒙辽吉黑沪苏浙皖闽赣鲁豫粤琼宁新]{2,6})"
    r"(?:(?P<count>[两二三四五六七])?(?:省市区|省区市|省市|省|地))?政协")


def _bad_boundary(norm: str, start: int, end: int) -> bool:
    """Reject matches cut out of a longer word: 市委 in 市委员会, 党组 in 党组织."""
    after = norm[end:end + 1]
    form = norm[start:end]
    if form.endswith("委") and after == "员":
        return True
    if form.endswith("党组") and after == "织":
        return True
    if form.endswith("会") and after == "议":
        return True  # 常委会 in 常委会议: the 会 is the meeting's
    if form.endswith(("部", "局", "委", "厅")) and after == "门":
        return True  # 生态环境部 in 生态环境部门: departments of that field, no one ministry
    if form in _LOCAL_COMMITTEES and start > 0 and norm[start - 1] in "省市区县":
        return True  # 两省市政协, 区县政协, 市县政协: counted or generic, not one committee
    if form.startswith("开州") and start > 0 and norm[start - 1] == "召":
        return True  # 召开州政协党组会议: the verb 召开 and a prefecture's 州, not 开州
    if form.startswith("常") and start > 0 and norm[start - 1] in "委大":
        return True  # 县委常委, 市委常委会, 人大常委会: the Party's or the congress's, not the CPPCC's
    if form == "常委" and (after == "会" or (start > 0 and norm[start - 1] == "性")):
        return True  # 常委会议, 监督性常委视察: the meeting or a format, not the members
    return False


#: Words whose last character often begins a place's name (联合江津, 召开县政协, 结合江北): a place
#: found from that character on is read only when no longer name starts inside it.
# words no organ's name holds: a time or a verb of holding between a committee and an organ's word
_NO_ORGANS_WORDS = re.compile(r"召开|举行|举办|开展|组织|今天|昨天|明天|上午|下午|晚上|近日|日前")
_LEVEL_CHARS = "省市区县州"
# an occasion marked for a committee, its place named between (纪念某市政协成立六十周年座谈会)
_OCCASION_VERBS = ("庆祝", "纪念", "喜迎")
_FOUNDED_AFTER = re.compile(r"成立[\d一二三四五六七八九十]{1,3}周年")  # the character a place's name with its level ends in
_WORDS_BEFORE_NAMES = frozenset({"联合", "结合", "配合", "整合", "融合", "综合", "符合", "适合", "召开", "展开", "公开",
                                 # (服务川渝合作: no 务川)
                                 "服务", "任务", "事务", "政务", "商务", "业务", "财务", "公务", "义务", "实务", "税务"})
#: Common surnames that are no preposition or place initial: one right before a place's short
#: name and a title after it (周蓬安委员) make a person's name of it.
_SURNAMES = frozenset("王李张刘陈杨赵吴周徐孙朱胡郭何林罗郑梁谢宋唐许韩冯邓曹彭曾肖董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范廖贾夏韦邹孟熊秦邱尹薛闫段雷侯史陶贺顾郝龚邵戴莫孔汤")
_TITLE_AFTER_NAME = re.compile(r"委员(?!会)|同志|先生|女士|老师")
#: A short word listed before a name (住川、住渝…): Chinese characters only, right before the mark.
_ELIDED_LONGEST = 4
_ELIDED_ITEM = re.compile(r"[\u4e00-\u9fff]{1,4}$")


#: A township's level word: 江北街道, 龙桥镇 are townships named like a district, not the district.
_TOWNSHIP_LEVEL = r"等?(?:\d+个|[一二三四五六七八九十]+个)?(?:街道|镇街|乡镇|镇|乡|社区|村)"
_TOWNSHIP = re.compile(_TOWNSHIP_LEVEL)
_ONE_MORE_THEN_COMMUNITY = re.compile(r"[\u4e00-\u9fff](?:社区|村(?![民委])|小区)")
_TOWNSHIP_ITEMS = re.compile(r"(?:、[\u4e00-\u9fff]{2,4}?){1,12}?" + _TOWNSHIP_LEVEL)


def _names_a_township(norm: str, start: int, end: int) -> bool:
    """Is the place written at start:end a township's name, alone (江北街道) or as an item of a
    list of them (龙门、江北、南坪等街道)? A name written with its own level (江北区) is not."""
    if norm[end - 1:end] in "区县市乡镇村" or norm.endswith("街道", 0, end):
        return False  # (a name written with its own level: 江北区, 清水乡)
    return (_TOWNSHIP.match(norm, end) is not None or _TOWNSHIP_ITEMS.match(norm, end, end + 64) is not None
            or _ONE_MORE_THEN_COMMUNITY.match(norm, end) is not None)  # (金牛桥社区: a community's longer name)


def _is_cjk(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"


def _runs_on(norm: str, mentions: Sequence[Mention], starts: list[int], committee: Mention, a: int, b: int) -> bool:
    """Do the words of an organ at norm[a:b], after `committee`, run on into another name, or
    end inside a word (then they are not that organ)?"""
    inside = [x for x in mentions[bisect_left(starts, a - _LONGEST_NAME):bisect_left(starts, b)]
              if x is not committee and a < x.evidence.end]
    return any(x.evidence.end > b or x.evidence.start < a for x in inside) or _bad_boundary(norm, a, b)


def _organ_of(report: Report, a: int, b: int, committee: Entity, organ: str) -> Mention:
    """An organ of a committee the reference holds no organs of (遂宁市政协常委会): named by the
    committee's short name and the organ's word; the committee is who acts through it."""
    return _organ_written_after(report, a, b, committee.name_short or committee.name_zh, committee.key,
                                committee.seat, organ)


def _organ_written_after(report: Report, a: int, b: int, short: str, committee: str, seat: str | None,
                         organ: str) -> Mention:
    """The organ `organ` of the committee keyed `committee`, whose short name is `short`."""
    if short.endswith("政协") and organ.startswith("政协"):
        organ = organ[2:]  # 大足区政协 + 政协机关 is 大足区政协机关
    if organ in _SPECIAL_COMMITTEES_WORDS:
        organ = _SPECIAL_COMMITTEES_WORDS[0]  # 专委会: its special committees
    label = short + organ
    # a special committee organises its own work (省政协农业委员会带委员去视察), as the
    # reference's do; the committee's other organs (常委会, 党组, 机关) are how the committee acts
    acts_itself = _SPECIAL_COMMITTEE_WORD.search(organ) is not None
    if acts_itself and organ.endswith("委"):
        label += "员会"  # 科技委 is the 科技委员会, however the text shortens it
    cls = "SpecialCommittee" if acts_itself else _organ_class(organ)
    key = _unknown_key(label)
    return Mention(Evidence(report.id, a, b, report.text[a:b]), key, label, cls, "body", surface=report.text[a:b],
                   in_reference=False, members=() if acts_itself else (committee,), seat=seat)


#: The class of a committee's organ by the word that names it, as the reference types
#: Chongqing's: a user asking for standing committees finds Suining's too.
_ORGAN_CLASSES: tuple[tuple[str, str], ...] = (
    ("常务委员会", "StandingCommittee"), ("主席会议", "ChairpersonsCouncil"), ("党组", "PartyGroup"),
    ("全体会议", "PlenarySession"), ("委员", "MemberGroup"),  # (its members as a group: 港澳委员, 常务委员)
    ("机关", "WorkingOrgan"), ("办公室", "WorkingOrgan"), ("办公厅", "WorkingOrgan"),
    ("审查委员会", "WorkingOrgan"), ("提案组", "WorkingOrgan"), ("书画院", "WorkingOrgan"), ("书画研究院", "WorkingOrgan"),
    ("委员工作委员会", "SpecialCommittee"), ("委员联络委员会", "SpecialCommittee"))  # (a session's offices for its proposals)


_SESSION_WORDS = frozenset({_PLENARY, "全体会议主席团"})  # (a session of a committee the reference lacks: read elsewhere)


def _organ_class(organ: str) -> str:
    """The class an organ's word names (常务委员会 → StandingCommittee), else Body."""
    return next((cls for word, cls in _ORGAN_CLASSES if organ.endswith(word)), "Body")


def _branch_named_again(report: Report, mentions: list[Mention]) -> list[Mention]:
    """总支 (基层委员会) written alone after a party's unit was named in full (民进新都区总支…。2025年，
    总支人大代表…): that unit again, the one the text is about."""
    branch = next((m for m in mentions if m.kind == "body" and _WHITESPACE.sub("", m.surface).endswith(_UNIT_WORDS)
                   and len(m.label) > 4), None)
    if branch is None:
        return mentions
    word = next(w for w in _UNIT_WORDS if _WHITESPACE.sub("", branch.surface).endswith(w))
    taken = [(m.evidence.start, m.evidence.end) for m in mentions]
    added = []
    for match in _BARE_UNIT[word].finditer(report.norm, branch.evidence.end):
        a, b = match.span()
        if any(x < b and a < y for x, y in taken):
            continue
        added.append(replace(branch, evidence=Evidence(report.id, a, b, report.text[a:b]), surface=report.text[a:b]))
    return sorted([*mentions, *added], key=lambda m: (m.evidence.start, m.evidence.end)) if added else mentions


#: a party's unit by its kind alone (总支, 基层委员会), written with nothing before it (not 党总支,
#: 机关总支: another branch)
_UNIT_WORDS = ("总支", "基层委员会", "基层委")
_BARE_UNIT = {word: re.compile(r"(?<![\u4e00-\u9fff])" + word) for word in _UNIT_WORDS}


def _short_names_of_special_committees(mentions: list[Mention]) -> list[Mention]:
    """A special committee the reference lacks written short (外联委) where the text also writes it in
    full (外事联谊委员会), the short word's characters in order inside the full one: that committee."""
    full: dict[str, list[Mention]] = {}  # by whose committee they are (the label before 政协)
    for m in mentions:
        if m.cls == "SpecialCommittee" and not m.in_reference and "政协" in m.label:
            full.setdefault(m.label.rsplit("政协", 1)[0], []).append(m)
    renamed: dict[str, Mention] = {}
    for group in full.values():
        words = {m.entity: _core(m.label.rsplit("政协", 1)[1]) for m in group}
        for short in group:
            longer = [m for m in group if len(words[m.entity]) > len(words[short.entity])
                      and _in_order(words[short.entity], words[m.entity])]
            if len({m.entity for m in longer}) == 1:
                renamed[short.entity] = longer[0]
    if not renamed:
        return mentions
    return [replace(m, entity=renamed[m.entity].entity, label=renamed[m.entity].label) if m.entity in renamed else m
            for m in mentions]


def _core(word: str) -> str:
    """A special committee's word without the committee word it ends in (外事联谊 of 外事联谊委员会)."""
    return word[:-3] if word.endswith("委员会") else word.rstrip("委")


def _in_order(short: str, long: str) -> bool:
    """Are the characters of `short` (two at least) found in `long` in the same order, the first first?"""
    if len(short) < 2 or not long.startswith(short[0]):
        return False
    it = iter(long)
    return all(ch in it for ch in short)


def _overlaps_any(mention: Mention, others: list[Mention]) -> bool:
    return any(o.evidence.start < mention.evidence.end and mention.evidence.start < o.evidence.end for o in others)


def _across_a_short_line(norm: str, start: int, end: int) -> bool:
    """Does the name at [start, end) begin at the end of a short line of its own (a page's column
    name, a tag) and run on into the next line, which a word broken by a paper's layout does not
    (南宁 on a line of its own, then 南宁市…: no 宁南; a broken paragraph's line is long)?"""
    if "\n" not in norm[start:end]:
        return False
    line_start = norm.rfind("\n", 0, start) + 1
    line_end = norm.find("\n", start, end)
    return line_end >= 0 and len(norm[line_start:line_end].strip()) <= _SHORT_LINE_BEFORE_A_BREAK


def _unknown_key(label: str) -> str:
    """The key of a body the reference lacks: stable across runs, from its label (kept, so that a
    committee known only through its organ, 区政协主席会议 with no bare 区政协, still has a name)."""
    key = "unknown-" + hashlib.sha1(label.encode("utf-8")).hexdigest()[:10]
    if len(_LABEL_OF_KEY) >= _LABELS_KEPT:
        _LABEL_OF_KEY.clear()
    _LABEL_OF_KEY[key] = label
    return key


_LABEL_OF_KEY: dict[str, str] = {}
_LABELS_KEPT = 200_000


def unknown_label(key: str) -> str | None:
    """The label a body the reference lacks was given, from its key (None if never made)."""
    return _LABEL_OF_KEY.get(key)


#: Members by where they live (住资省政协委员, 住万州市政协委员): a group of members, the
#: reference's own (住川全国政协委员) aside.
_RESIDENT_MEMBERS = re.compile(r"[住驻](?:[\u4e00-\u9fff] *){1,3}?(?P<term>第?(?:[一二三四五六七八九十] *){1,3}届 *)?"
                               r"(?:全 *国|省|市|州) *政 *协 *委 *员")  # (blanks: a repost's pinyin readings)


# national members written right after their province (山东省全国政协委员), not a national organ
_NATIONAL_MEMBERS = re.compile(r"全国政协(?:委员|常委)")
_NATIONAL_COMMITTEE = "national-cppcc"


def _member_group(report: Report, a: int, b: int) -> Mention:
    """A group of members the reference lacks, named by the words at [a, b)."""
    return replace(_unknown_body(report, a, b), cls="MemberGroup")


def _unknown_body(report: Report, a: int, b: int) -> Mention:
    """A body the reference lacks, named by the words at [a, b) without blanks."""
    label = _WHITESPACE.sub("", report.norm[a:b])
    key = _unknown_key(label)
    return Mention(Evidence(report.id, a, b, report.text[a:b]), key, label, "Body", "body",
                   surface=report.text[a:b], in_reference=False)


def _another_level(written: str, bare: str) -> bool:
    """Does `written` (市政协党组) name a committee of another level than the bare home form
    (县政协)? Then it is no organ of that committee."""
    at = written.find("政协")
    return at >= 1 and written[at - 1] in "省市区县州" and written[at - 1] != bare[:1]


@lru_cache(maxsize=8)
def _bare_home(norm: str) -> str | None:
    """The bare local form (区政协, 县政协) a text that names no place calls its committee by."""
    found = _BARE_LOCAL_FORM.search(norm)
    if found is None and (named := _NAMED_IN_FULL.search(norm)) is not None:
        return named.group(1) + "政协"  # (政协第十三届某县委员会: a county's committee, named in full)
    return found.group() if found else None


def _placeless_organs(report: Report, start: int, end: int, level: str) -> list[Mention]:
    """区委, 区政府, 区检察院 in a text that names no place and calls its committee 区政协: the
    Party committee and state organs of that same unnamed place, each named in full without it
    (中共区委, 区人民政府, 区人民检察院)."""
    norm = report.norm
    out: list[Mention] = []
    taken: list[tuple[int, int]] = []
    for match in BARE_STATE_ORGAN.finditer(norm, start, end):
        a = match.start()
        if match.group("level") != level or not stands_alone(norm, a, start):
            continue
        organ = match.group("organ")
        label = (party_in_full(f"中共{level}{organ}") if organ.startswith("委") or organ == "纪委"
                 else level + state_in_full(organ))
        out.append(Mention(Evidence(report.id, a, match.end(), report.text[a:match.end()]), _unknown_key(label), label,
                           "Body", "body", surface=report.text[a:match.end()], in_reference=False))
        taken.append((a, match.end()))
    for match in BARE_PARTY_COMMITTEE.finditer(norm, start, end):
        a = match.start()
        if (norm[a] != level or not stands_alone(norm, a, start) or any(x <= a < y for x, y in taken)
                or norm.startswith(_PARTY_DEPARTMENT_WORDS, match.end())):
            continue
        label = f"中共{level}委"
        out.append(Mention(Evidence(report.id, a, match.end(), report.text[a:match.end()]), _unknown_key(label), label,
                           "Body", "body", surface=report.text[a:match.end()], in_reference=False))
    return sorted(out, key=lambda m: m.evidence.start)


# a district's or county's committee named in full, with its term or without (政协第十三届某县委员会)
# a state organ of a place the text does not name (县人民政府, 区人民代表大会常务委员会), as _placeless_organs names it
_PLACELESS_STATE = re.compile(r"[区县](?:" + "|".join(STATE_FULL_WORDS) + r"|[\u4e00-\u9fff]{2,8}?局)")  # (县公安局)
_NAMED_IN_FULL = re.compile(r"政协(?:第[一二三四五六七八九十\d]{1,3}届)?[\u4e00-\u9fff]{1,6}?([区县])委员会")
_NAMED_UNKNOWN = re.compile(r"政协([\u4e00-\u9fff]{2,8}?|[\u4e00-\u9fff](?=县))([区县市州])委员会")  # (政协绛县委员会)


def _city_unnamed(m: Mention) -> Mention:
    """A bare 市政协 read as the committee of a city the text never names, as written."""
    return replace(m, entity=_unknown_key("市政协"), label="市政协", cls="MunicipalCommittee", in_reference=False, members=())


def _unknown_committees_by_level(mentions: list[Mention]) -> dict[str, dict[str, Mention]]:
    """The committees the text names that the reference lacks (政协川汇区委员会), by their level
    character (区, 县, 市, 州), the first mention of each."""
    named: dict[str, dict[str, Mention]] = {}
    for m in mentions:
        if m.kind == "body" and not m.in_reference and (found := _NAMED_UNKNOWN.fullmatch(m.label)):
            named.setdefault(found.group(2), {}).setdefault(m.entity, m)
    for level, ones in named.items():
        if len(ones) >= 2:  # (政协某市某区委员会 and 政协某区委员会: one committee, named with its city once)
            places = {key: _place_written(m) for key, m in ones.items()}
            named[level] = {key: m for key, m in ones.items()
                            if not any(other != places[key] and places[key].endswith(other) for other in places.values())}
    return named


_UNKNOWN_CITY_PARTY = re.compile(r"中共([\u4e00-\u9fff]{2,8}?)市委(?:员会)?")


def _city_of_its_party_committee(report: Report, mentions: list[Mention]) -> Mention | None:
    """The committee of the one city the reference lacks whose Party committee a text names in
    full (在中共某市委的坚强领导下，市政协…): the city the text is about, its committee never
    named in full."""
    cities = {found.group(1) for m in mentions if m.kind == "body" and not m.in_reference
              and (found := _UNKNOWN_CITY_PARTY.fullmatch(m.label)) is not None}
    if len(cities) != 1:
        return None
    return _city_committee_unwritten(report, cities.pop())


def _city_committee_unwritten(report: Report, city: str) -> Mention:
    """The committee of a city the reference lacks that a text means but never writes: no span of
    its own (its bare forms after it are read as it)."""
    label = f"政协{city}市委员会"
    return Mention(Evidence(report.id, -1, -1, ""), _unknown_key(label), label, "Body", "body", surface="",
                   in_reference=False)


def _place_written(committee: Mention) -> str:
    """The place of a committee the reference lacks, as its label holds it (政协川汇区委员会 → 川汇区)."""
    found = _NAMED_UNKNOWN.fullmatch(committee.label)
    return found.group(1) + found.group(2) if found else ""


def _in_headline(norm: str, at: int) -> bool:
    """Is `at` in a text's opening lines, before its first sentence ends (a headline names the
    committee the story then names in full)?"""
    end = norm.find("。")
    return end < 0 or at < end and "\n" in norm[at:end]


_HOME_COMMITTEE = f"政协{HOME}委员会"  # the reports' own committee, whose organs local names read
_PLACE_WRITTEN = re.compile(r"[市区县州省]|" + HOME[:2])


def _home_organ_of(committee: Mention, organ: Mention, members: tuple[str, ...]) -> Mention:
    """An organ the reference read as Chongqing committee's (主席会议), moved to the committee of a
    place the reference lacks that the text is about (某县政协主席会议)."""
    label = _place_written(committee) + "政协" + organ.label[len(_HOME_COMMITTEE):]
    return replace(organ, entity=_unknown_key(label), label=label, in_reference=False, members=members)


def _bare_forms_of_the_one_named(report: Report, mentions: list[Mention]) -> list[Mention]:
    """区政协, and its organs (区政协党组), read as a committee of their own in a text that names no
    place of the reference, are the one committee of that level the text named before them that
    the reference lacks (川汇区政协组织…。区政协党组书记…): the text goes on about it."""
    named = _unknown_committees_by_level(mentions)
    if not named:
        return mentions
    # the only committee a text names (a county the reference lacks) owns the organs it writes
    # bare (常委会, 主席会议), which the reference's local names would read as Chongqing's
    only = [x for level in named.values() for x in level.values()]
    home_named = any(m.in_reference and m.label == _HOME_COMMITTEE for m in mentions)
    out = []
    for m in mentions:
        if (len(only) == 1 and not home_named and m.in_reference and m.label.startswith(_HOME_COMMITTEE)
                and m.label != _HOME_COMMITTEE and not _PLACE_WRITTEN.search(m.surface)
                and only[0].evidence.start < m.evidence.start):
            out.append(_home_organ_of(only[0], m, members=()))  # 某县政协主席会议
            continue
        level = m.label[2:3] if m.label.startswith("中共") else m.label[:1]
        ones = list(named.get(level, {}).values())
        placeless = m.seat is None and level in "区县" and ("政协" not in m.label and (
            m.label.startswith(("中共区委", "中共县委")) or _PLACELESS_STATE.fullmatch(m.label)))
        if (m.kind != "body" or m.in_reference or not (m.label.startswith(level + "政协") or placeless) or len(ones) != 1
                or (ones[0].evidence.start >= m.evidence.start and not _in_headline(report.norm, m.evidence.start)
                    and not (len(only) == 1 and not home_named))):
            out.append(m)
            continue
        one = ones[0]
        if "政协" not in m.label:  # 中共县委, 县人民政府: the Party's and the state's organs of that place
            label = (f"中共{_place_written(one)}{m.label[3:]}" if m.label.startswith("中共")
                     else _place_written(one) + m.label[1:])
            out.append(replace(m, entity=_unknown_key(label), label=label))
            continue
        if m.label == level + "政协":
            out.append(replace(m, entity=one.entity, label=one.label, cls=one.cls, members=one.members))
            continue
        label = _place_written(one) + m.label[1:]  # 川汇区政协党组
        out.append(replace(m, entity=_unknown_key(label), label=label,
                           members=(one.entity,) if m.members else m.members))
    return out


def _bare_local(report: Report, view: Compact, s: int, e: int, committee: str, organ: str | None) -> Mention:
    """区政协, or an organ of it (区政协主席会议), in a text that never names its place: named as
    written; the organ acts through the committee, but a special committee runs its own work."""
    a, b = view.span(s, e)
    label = committee + (organ or "")
    key = _unknown_key(label)
    acts_itself = organ is None or _SPECIAL_COMMITTEE_WORD.search(organ) is not None
    own = _unknown_key(committee)
    return Mention(Evidence(report.id, a, b, report.text[a:b]), key, label, "Body", "body", surface=report.text[a:b],
                   in_reference=False, members=() if acts_itself else (own,))


def _mention(report: Report, a: int, b: int, entity: Entity) -> Mention:
    kind = entity.kind
    written = report.text[a:b]  # one string for the evidence and the surface
    return Mention(
        evidence=Evidence(report.id, a, b, written),
        entity=entity.key,
        label=entity.name_zh,
        cls=entity.cls,
        kind="body" if kind == "collective" else kind,
        surface=written,
        in_reference=True,
        members=entity.members if entity.definite else (),
    )


guard_patterns(globals())  # (every pattern above: the same matches, scans that skip ahead)
