"""The extraction pipeline for one report, and the JSON fact contract.

segment → recognise → initiatives + metrics, each a small component with declared inputs.
`facts()` turns an Extraction into the JSON objects of `cppcckg extract --format jsonl`.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any, Iterator

from cppcckg.extract import lexicon
from cppcckg.extract.breakdowns import link_parts
from cppcckg.extract.context_topics import inherit_topics, paragraph_context
from cppcckg.extract.each_author import proposals_of_each_author
from cppcckg.extract.enumerations import KIND_SECTION_HEAD, KIND_SECTION_RULE, split_subject_lines
from cppcckg.extract.firstchars import guard_patterns
from cppcckg.extract.field_meetings import meetings_during_field_work
from cppcckg.extract.headlines import drop_headline_retellings, drop_meetings_named_again
from cppcckg.extract.item_titles import drop_item_titles
from cppcckg.extract.listed_places import with_listed_places
from cppcckg.extract.unlisted_sessions import names_an_unlisted_committee
from cppcckg.extract.compact import compact, compact_text
from cppcckg.extract.initiatives import InitiativeExtractor, find_triggers, own_cppcc
from cppcckg.extract.metrics import MeasureTable, extract_metrics, load_measures
from cppcckg.extract.noise import inside as noise_inside
from cppcckg.extract.noise import after_leading, noise_spans
from cppcckg.extract.outsider_texts import names_a_cppcc, someone_elses_text
from cppcckg.extract.own_organ import bare_self_mentions, department_self_mentions, page_committee
from cppcckg.extract.periods import with_trailing_headings
from cppcckg.extract.plan_columns import column_table_items
from cppcckg.extract.plan_tables import plan_table_items
from cppcckg.extract.programme_figures import attach_programmes
from cppcckg.extract.recognize import Recognizer
from cppcckg.extract.repeats import mark_repeats
from cppcckg.extract.scheduled_sittings import scheduled_sittings
from cppcckg.extract.segment import is_item_head, is_kind_heading, is_question, is_section_slogan, split_sentences
from cppcckg.extract.meeting_agendas import subjects_told_after
from cppcckg.extract.team_subjects import label_team_work
from cppcckg.extract.session_years import dated_by_sessions, session_years, sessions_dated
from cppcckg.extract.sentence_context import with_sentences
from cppcckg.extract.speech import exhortations
from cppcckg.extract.story_time import story_period
from cppcckg.ingest.reference import CPPCC_CLASSES, Reference
from cppcckg.model import PLANNED, Extraction, Mention, Metric, Report, Sentence

_PREPARED = re.compile(lexicon.SESSION_PREPARED)
# 会议指出，X会议将于2月20日开幕: a meeting's statement that names a session scheduled, planned
_SCHEDULED = re.compile(r"将于[^，,；;。]{0,16}?(?:正式)?(?:开幕|召开|举行)")
_TOTALS_REACH = 4  # sentences with figures back to where a breakdown's total may be said
_NUMBERED = re.compile(r"^\s*(?:[一二三四五六七八九十]{1,3}[、.．]|\d{1,2}\s|★|☆)")


class Pipeline:
    """Reusable across reports: the automaton and measure table are built once."""

    def __init__(self, reference: Reference, measures: MeasureTable | None = None):
        self.reference = reference
        self.recognizer = Recognizer(reference)
        self.measures = measures if measures is not None else load_measures()
        # the democratic parties' own names, which an unknown body named as one of their units begins with
        self.parties = tuple(e.name_zh for e in reference.entities.values() if e.cls == "DemocraticParty" and e.parent is None)

    def run(self, report: Report) -> Extraction:
        assumed = report.publisher is None
        if assumed:
            report = self._with_publisher(report)
        noise = noise_spans(report.norm)
        sentences = [_story_part(s, noise, report) for s in split_sentences(report, noise)
                     if not noise_inside(noise, s.start, s.end) or not _mostly_after_lead(noise, report.norm, s.start, s.end)]
        report = with_trailing_headings(report, sentences)
        mentions = [m for m in self.recognizer.mentions(report, furniture=noise)
                    if not noise_inside(noise, m.evidence.start, m.evidence.end)]
        told_sessions = session_years(mentions, self.reference) if assumed else []
        report = dated_by_sessions(report, told_sessions)  # (a text that names no year, dated by a session it tells)
        initiatives_x = InitiativeExtractor(self.reference, report, publisher_assumed=assumed)
        initiatives_x.members_of = _members_groups(mentions, self.reference)
        if assumed:
            initiatives_x.default_org = (_featured(mentions, initiatives_x.default_org, self.reference, self.parties,
                                                   report.norm)
                                         or initiatives_x.default_org or _only_unlisted_committee(mentions))
        writer = _organ_writing(report.norm, mentions)
        if writer is not None:
            initiatives_x.default_org, initiatives_x.organ_review = writer, True
        if assumed and (own := writer or page_committee(report, mentions, self.reference)) is not None:
            # (a special committee's own page: 委员会组织…, 本委联合… are that committee)
            initiatives_x.default_org = own
            mentions = bare_self_mentions(report, mentions, own, self.reference)
        elif assumed:
            mentions = department_self_mentions(report, mentions)  # (a department's reply: 我局会同…)
        initiatives_x.text_committees = {m.entity: m.label for m in mentions
                                         if m.kind == "body" and names_an_unlisted_committee(m.label)}
        default_subject = own_cppcc(self.reference, report)
        by_sentence = _group(sentences, mentions)
        urged, programme = exhortations(sentences, report.norm)  # (programme: 会议指出，要… after 研究2021年…计划)
        initiatives = []
        metrics = []
        story_started = False  # a news item's headline states figures as its story does (each annotated)
        places_story = False  # the paragraph tells what the place did (我县实施…): its figures are not the committee's
        # (a government's, a congress's or an economy page: only sentences naming a CPPCC count its figures)
        outsider = assumed and someone_elses_text(report.norm, by_sentence, len(sentences))
        last_end = 0
        recent_figures: list[list[Metric]] = []  # the figures of the last sentences that state some
        story_written = initiatives_x.story_written
        figures_end = 0
        for sentence in sentences:
            local = by_sentence.get(sentence.index, [])
            places_story = _places_story(report.norm, sentence, local, places_story and "\n" not in report.norm[last_end:sentence.start])
            last_end = sentence.end
            if sentence.is_heading and _NUMBERED.match(sentence.text):
                initiatives_x.note_heading(sentence)  # (二、2024年工作计划: the section it opens is to come)
            elif (sentence.is_bullet or sentence.is_heading) and "年" in sentence.text:
                initiatives_x.note_marked_heading(sentence)  # (■2026年重点工作: the same, in a digest)
            if sentence.is_heading and KIND_SECTION_HEAD.fullmatch(report.norm, sentence.start, sentence.end):
                # (二、联合调研（4项）: read for its kind and actors; the lines under it are its subjects)
                initiatives.extend(replace(i, rules=i.rules + (KIND_SECTION_RULE,))
                                   for i in initiatives_x.extract(sentence, local))
            elif not (sentence.is_heading and _NUMBERED.match(sentence.text)) or sentence.text.rstrip().endswith(("。", ".")):
                # (read even when urged: it names the actors)
                told = (initiatives_x.extract_urged if sentence.index in urged else initiatives_x.extract)(sentence, local)
                if told and (is_section_slogan(report.norm, sentence.start, sentence.end)
                             or is_item_head(report.norm, sentence.start, sentence.end)):
                    told = []  # (靶向督办提质效: a section's title, its work told under it; read, for what follows)
                if told and is_kind_heading(report.norm, sentence.start, sentence.end):
                    told = []  # (■联合调研：把脉示范区建设“堵点”: the section's heading; its work is told under it)
                if told and is_question(report.norm, sentence.start, sentence.end):
                    told = []  # (记者：2026年联合履职有哪些新安排？: asked, not told; read, for who is asked about)
                if sentence.index in programme:
                    told = [replace(i, status=PLANNED) for i in told]
                if sentence.index not in urged:
                    initiatives.extend(told)
                else:  # (会议要求，要筹备开好X次会议: the session's preparation, set by the meeting)
                    initiatives.extend(replace(i, status=PLANNED) for i in told if _PREPARED.search(i.evidence.text)
                                       or (i.type == "meeting" and _SCHEDULED.search(i.evidence.text)))
            if sentence.is_heading and story_started:
                continue  # a heading within a text names work; its figures belong to the sentences under it
            story_started = story_started or not sentence.is_heading
            part = report.part_at(sentence.start)
            period = part.period if part and part.period else report.period
            norm = report.norm[sentence.start:sentence.end]
            period = story_period(norm, period, story_written)  # (figures of the session told, in a review)
            kept = not places_story and not (outsider and not names_a_cppcc(local))  # (a government's page: its own figures)
            found = extract_metrics(sentence, norm, local, default_subject, period, self.measures) if kept else []
            adjoining = recent_figures[-1] if recent_figures and "\n" not in report.norm[figures_end:sentence.start] else []
            if found:
                found = link_parts(report.norm, sentence.start, sentence.end, found, recent_figures, adjoining)
                metrics.extend(found)
                recent_figures = [*recent_figures[-_TOTALS_REACH + 1:], found]
                figures_end = sentence.end
        initiatives = split_subject_lines(initiatives, report.text, report.norm,  # (确定3个课题：\n（一）X。…)
                                          lambda a, b: bool(find_triggers(compact_text(report.norm, a, b))), mentions)
        initiatives = plan_table_items(report, initiatives, mentions, initiatives_x.default_org or report.publisher, report.period,
                                       lambda a, b: _activity_word(report.norm, a, b))  # (（二）专题协商(2项)\n1. X)
        initiatives = column_table_items(report, initiatives, mentions, initiatives_x.default_org or report.publisher,
                                         report.period, lambda a, b: _activity_word(report.norm, a, b),
                                         initiatives_x.acts_on_both_sides)  # (序号\n工作内容\n…\n1\nX)
        initiatives = initiatives_x.with_late_partners(initiatives)
        initiatives = proposals_of_each_author(report.norm, initiatives, mentions)  # (A、B委员分别提交提案N件和M件)
        initiatives = subjects_told_after(report, sentences, initiatives)  # (…召开座谈会。会议围绕X进行交流。)
        initiatives = label_team_work(report, initiatives)  # (…组成联合视察组，沿涪江察看了X情况)
        initiatives = meetings_during_field_work(report.text, initiatives)  # (联合调研…。在宜宾召开的座谈会上…)
        initiatives = sessions_dated(initiatives, told_sessions)
        initiatives = drop_headline_retellings(report.norm, sentences, initiatives)
        initiatives = drop_meetings_named_again(report.norm, initiatives)
        initiatives = drop_item_titles(report.norm, initiatives)
        initiatives = scheduled_sittings(report.norm, report.text, sentences, initiatives)  # (安排了4次全体会议，…)
        context = paragraph_context(report, sentences, mentions)  # read by both steps below
        initiatives = inherit_topics(report, sentences, mentions, initiatives, context)
        metrics = mark_repeats(attach_programmes(report, sentences, mentions, initiatives, metrics, context[1]))
        del context
        return with_sentences(Extraction(report, tuple(sentences), with_listed_places(mentions, self.reference, report.norm), tuple(initiatives),
                                         tuple(metrics), notes=report.assumptions))


    def _with_publisher(self, report: Report) -> Report:
        """A report without metadata: assume the CPPCC it names (in its title, else most)."""
        guess = self.recognizer.likely_publisher(report)
        if guess is None:
            return report
        name = self.reference.entities[guess].name_zh
        return replace(report, publisher=guess, publisher_assumed=True,
                       assumptions=report.assumptions + (f"publisher assumed to be {name} ({guess}), the CPPCC the text names",))


# 我县实施…, 报告显示，近年来我县新建…, 全县…, 两年来川渝两地共签订…: the place itself acts or is counted
# (我市广大政协委员: its members)
_PLACE_SUBJECT = re.compile(r"(?:^|[，,：:；;])(?:[^，,：:；;。]{0,12}[，,]|(?:\d{4}年|今年|去年|目前|近年来)(?:以来)?)?"
                            r"(?:(?:我|全)\s*(?:县|市|区|省)(?:\s*\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\))?|川渝两地|两省市)(?!政协|各级|的|人民政府|委|人大|[^，,：:；;。]{0,4}(?:政协|委员))")


# what a place has, said right after its name (全域拥有, 境内有, 辖有, 共有, 建有)
_PLACE_EXTENT = re.compile(r"\s*(?:全域|境内|全境|全县|全区|全市)?(?:拥有|辖有|辖|共有|现有|建有|有)(?![关效力])")
# what a sentence on the place's extent may open with (据了解，渠县现有…)
_EXTENT_LEAD = re.compile(r"\s*(?:(?:据了解|据悉|据介绍|目前|当前)[，,]?)?")


def _activity_word(norm: str, start: int, end: int) -> tuple[str, tuple[int, int]] | None:
    """The type and report span of the first activity word in norm[start:end], if any."""
    view = compact(norm, start, end)
    found = find_triggers(view.text)
    return (found[0].type, view.span(found[0].start, found[0].end)) if found else None


# a special committee's own review or plan, named on its title line (市政协农业和农村委员会2023年工作总结,
# 某委员会：2019年工作回眸, 省政协经济委员会2025年工作要点)
_REVIEW_OR_PLAN = r"(?:20\d\d)年度?[^\n。，,]{0,8}?(?:工作总结|工作情况报告|工作报告|工作回眸|工作回顾|工作要点|工作计划)"
# (…委员会2024年工作总结和2025年工作计划: the year's review and the next year's plan under one title)
_ORGAN_REVIEW_TITLE = re.compile(r"[ \t\u3000]*[^\n。，,]{2,40}?委员会[ \t\u3000]*[：:]?[ \t\u3000]*" + _REVIEW_OR_PLAN
                                 + r"(?:[和及暨与]" + _REVIEW_OR_PLAN + r")?[ \t\u3000]*$", re.MULTILINE)
_TITLE_REACH = 400


def _organ_writing(norm: str, mentions: list[Mention]) -> str | None:
    """The special committee whose own year review or plan the text is, by its title line: the
    actor of the work the text tells without one (委员会组织委员…; 两委组成联合调研组)."""
    title = _ORGAN_REVIEW_TITLE.search(norm, 0, _TITLE_REACH)
    if title is None:
        return None
    return next((m.entity for m in mentions if m.cls == "SpecialCommittee"
                 and title.start() <= m.evidence.start < title.end()), None)


def _members_groups(mentions: list[Mention], reference: Reference) -> dict[str, str]:
    """Each committee's plain members' group the text names (区政协委员, 某某委员 before a proposal),
    by committee: who writes the proposals the text does not give to anyone else."""
    out: dict[str, str] = {}
    for m in mentions:
        if m.cls != "MemberGroup" or not m.label.endswith("政协委员") or "全国" in m.label:
            continue
        entity = reference.get(m.entity)
        committee = m.members[0] if len(m.members) == 1 else (entity.parent if entity is not None else None)
        if committee is not None:
            out.setdefault(committee, m.entity)
    return out


def _places_story(norm: str, sentence: Sentence, mentions: list[Mention], going_on: bool) -> bool:
    """Does `sentence` tell the place's own work or figures (a government report a meeting heard),
    not the committee's: a sentence with the place as subject, or one after it in its paragraph,
    until a sentence names a CPPCC body again?"""
    if any(m.cls in CPPCC_CLASSES or (m.cls == "Collective" and "政协" in m.label) for m in mentions):
        return False  # (川渝两地政协 after 川渝两地共签订…: the committees again)
    if going_on or _PLACE_SUBJECT.search(norm[sentence.start:sentence.end].lstrip()) is not None:
        return True
    # 某县全域拥有长江干流43公里，辖有…河流5条: the place's own extent, counted, opens the sentence
    head = _EXTENT_LEAD.match(norm, sentence.start).end()
    return any(m.kind == "place" and m.evidence.start == head and _PLACE_EXTENT.match(norm, m.evidence.end) is not None
               for m in mentions)


_FEATURED = 2  # times a unit is named in a text about it


def _featured(mentions: list[Mention], committee: str | None, reference: Reference,
              parties: tuple[str, ...], norm: str) -> str | None:
    """The unit a text without metadata is about (named twice or more, and more often than its
    committee, in more than one paragraph or in its first line): a members' studio, a democratic
    party's local unit or a special committee. The work the text tells without an actor is that
    unit's (a studio's feature, a party's page on its members at the sessions, a special
    committee's year in review); a unit named twice in one paragraph of a session's news (the
    party one speaker spoke for) is not what the text is about."""
    counts: dict[str, int] = {}
    paragraphs: dict[str, set[int]] = {}
    for m in mentions:
        if m.kind == "body" and _is_unit(m, reference, parties):
            counts[m.entity] = counts.get(m.entity, 0) + 1
            paragraphs.setdefault(m.entity, set()).add(norm.rfind("\n", 0, m.evidence.start))
    if not counts:
        return None
    unit = max(counts, key=lambda k: counts[k])
    own = sum(1 for m in mentions if m.entity == committee)
    spread = len(paragraphs[unit]) >= 2 or -1 in paragraphs[unit]  # (-1: the first line, a headline)
    return unit if counts[unit] >= _FEATURED and counts[unit] > own and spread else None


def _only_unlisted_committee(mentions: list[Mention]) -> str | None:
    """The one committee a text names that the reference lacks (政协旬阳县委员会), when it names
    no other committee: a county page's own, whose session and work the text tells without an
    actor (大会在国歌声中开幕) where no publisher could be guessed."""
    named = {m.entity for m in mentions if m.kind == "body" and not m.in_reference and names_an_unlisted_committee(m.label)}
    listed = any(m.kind == "body" and m.in_reference and m.cls in CPPCC_CLASSES for m in mentions)
    return next(iter(named)) if len(named) == 1 and not listed else None


def _is_unit(m: Mention, reference: Reference, parties: tuple[str, ...]) -> bool:
    entity = reference.get(m.entity)
    if entity is None:  # (a studio, or a party's unit the reference lacks, by its name)
        return (m.cls == "WorkingOrgan" and m.label.endswith(("委员工作室", "委员工作站"))) or m.label.startswith(parties)
    parent = reference.get(entity.parent or "")
    return entity.cls == "SpecialCommittee" or (  # (a party's unit: not the party, nor its central committee)
        entity.cls == "DemocraticParty" and parent is not None and parent.parent is not None)


def _story_part(sentence: Sentence, noise: list[tuple[int, int]], report: Report) -> Sentence:
    """The sentence without the dateline or byline that opens it (中新网重庆1月12日电（记者 某某）…)."""
    if not noise:
        return sentence
    start = after_leading(noise, report.norm, sentence.start, sentence.end)
    if start == sentence.start:
        return sentence
    return replace(sentence, start=start, text=report.text[start:sentence.end])


def _mostly_after_lead(spans: list[tuple[int, int]], norm: str, start: int, end: int) -> bool:
    """Is most of the sentence noise once the dateline or byline that opens it is left out? (A
    short story after a long dateline, 中新网重庆1月18日电（记者 某某）X会议18日开幕。, is kept.)"""
    return _mostly(spans, after_leading(spans, norm, start, end), end)


def _mostly(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Is most of [start, end) noise (a furniture line, not a sentence with a byline aside)?"""
    covered = sum(max(0, min(b, end) - max(a, start)) for a, b in spans if a < end and b > start)
    return covered * 2 >= end - start


def _group(sentences: list[Sentence], mentions: list[Mention]) -> dict[int, list[Mention]]:
    out: dict[int, list[Mention]] = {}
    i = 0
    for sentence in sentences:
        while i < len(mentions) and mentions[i].evidence.start < sentence.start:
            i += 1
        j = i
        while j < len(mentions) and mentions[j].evidence.end <= sentence.end:
            out.setdefault(sentence.index, []).append(mentions[j])
            j += 1
    return out


def facts(extraction: Extraction, reference: Reference) -> Iterator[dict[str, Any]]:
    """The JSON objects of the output contract, in text order within each kind."""
    from cppcckg.extract.recognize import unknown_label
    from cppcckg.vocab import mint

    unknown = {m.entity: m.label for m in extraction.mentions if not m.in_reference}

    def name(key: str | None) -> str | None:
        if key is None:
            return None
        entity = reference.get(key)
        return entity.name_zh if entity else unknown.get(key) or unknown_label(key) or key

    rid = extraction.report.id
    for m in extraction.mentions:
        kind = "body" if m.kind == "body" else m.kind
        yield {
            "kind": "mention",
            "report": rid,
            "evidence": _evidence(m.evidence),
            "entity": str(mint(kind, m.entity)),
            "label": m.label,
            "class": m.cls,
            "in_reference": m.in_reference,
        }
    for i in extraction.initiatives:
        yield {
            "kind": "initiative",
            "report": rid,
            "evidence": _evidence(i.evidence),
            "type": i.type,
            "subtype": i.subtype,
            "label": i.label,
            "organizers": [name(k) for k in i.organizers],
            "partners": [name(k) for k in i.partners],
            "topics": [name(k) for k in i.topics],
            "context_topics": [name(k) for k in i.context_topics],
            "places": [name(k) for k in i.places],
            "status": i.status,
            "period": i.period.label() if i.period else None,
            "programme": name(i.programme),
            "joint_sichuan_chongqing": i.joint_sichuan_chongqing,
            "rules": list(i.rules),
        }
    for x in extraction.metrics:
        yield {
            "kind": "metric",
            "report": rid,
            "evidence": _evidence(x.evidence),
            "value": _number(x.value),
            "unit": x.unit,
            "qualifier": x.qualifier,
            "measure": x.measure,
            "subject": name(x.subject),
            "period": x.period.label() if x.period else None,
            "programme": name(x.programme),
            "part_of": ({"value": _number(x.part_of.value), "unit": x.part_of.unit, "start": x.part_of.evidence.start}
                        if x.part_of is not None else None),
        }


def _evidence(e) -> dict[str, Any]:
    return {"start": e.start, "end": e.end, "text": e.text}


def _number(value: float) -> int | float:
    return int(value) if float(value).is_integer() else value


guard_patterns(globals())  # (every pattern above: the same matches, scans that skip ahead)
