"""The round of border districts' sessions, prefecture pages, report digests, remote
consultations and features: the year a session's news reports on, the day of a meeting's own
site visit, and the other rules this round added.

The sentences are made up for this project.
"""

from __future__ import annotations

from tests.extract.test_extract_general import run
from tests.ingest.test_text_dating import _period


def _found(x, trigger: str):
    found = [i for i in x.initiatives if trigger in i.evidence.text]
    assert found, [i.evidence.text for i in x.initiatives]
    return found[0]


# --- the year a news story reports on, named after its frame ---

def test_a_year_named_after_the_reporters_frame_is_the_year_reviewed():
    text = ("两省市政协去年共推重点工作14项\n2023-01-16 10:20　来源：某某新闻\n"
            "1月15日，记者从重庆市政协获悉，2022年，重庆市政协与四川省政协携手开展联合调研5项，"
            "联合视察2次。")
    assert _period(text) == "2022"


def test_a_year_named_after_the_report_frame_without_a_date_of_writing():
    text = ("省政协全会今日开幕\n新华社成都1月20日电 省政协主席在开幕会上作常委会工作报告。"
            "据报告，2025年，省政协组织委员开展专题视察9次，与重庆市政协联合调研2项。"
            "2026年，省政协将开展协商12次。")
    assert _period(text) == "2025"


def test_a_year_still_to_come_after_the_frame_is_not_the_year_reviewed():
    # guard: 获悉，2024年，两地将… is the plan's year, not a review
    text = ("2023-12-28 09:00　来源：某某日报\n12月27日，记者从市政协获悉，2024年，两地政协将联合开展"
            "民主监督3次。今年以来，市政协开展专题协商6次。")
    assert _period(text) == "2023"


# --- a meeting's own site visit, told before it sat ---

def test_the_visit_before_a_meeting_is_of_the_day_it_met(pipeline):
    text = ("三地政协第四次联席会议在开州举行\n2024-05-22 18:10　来源：某某网\n"
            "5月21日，万州、开州和达州三地政协第四次联席会议在开州区召开。\n"
            "会前，与会人员实地视察了汉丰湖湿地保护项目。\n"
            "会议通报了一年来三地政协协同履职情况，三地政协联合开展调研3次。")
    x = run(pipeline, text)
    assert _found(x, "实地视察").period.label() == "2024"
    assert _found(x, "联合开展调研3次").period.label() == "2023"  # (一年来 in May: the year behind)


# --- supervision done together across the border ---

def test_supervision_linked_across_the_border_is_work(pipeline):
    x = run(pipeline, "5月，潼南区政协与遂宁市政协围绕琼江水质改善开展联动监督。")
    item = _found(x, "联动监督")
    assert item.type == "supervision" and item.joint_sichuan_chongqing
    assert set(item.organizers) == {"cppcc-tongnan", "cppcc-suining-sc"}


def test_supervision_done_in_concert_is_work(pipeline):
    x = run(pipeline, "去年，两省市政协协同监督长江十年禁渔落实情况。")
    assert _found(x, "协同监督").type == "supervision"


def test_a_supervision_mechanism_is_no_work(pipeline):
    # guard: the mechanism named, not supervision done
    x = run(pipeline, "两地政协建立了联动监督机制。")
    assert not [i for i in x.initiatives if i.type == "supervision"], [i.evidence.text for i in x.initiatives]


def test_an_item_headed_by_its_kind_then_told_is_one_supervision(pipeline):
    x = run(pipeline, "双方商定明年联合开展两项工作：一是联合调研，聚焦柑橘产业开展调研；"
                      "二是联合民主监督，围绕跨界河流水质开展联合监督。")
    supervisions = [i for i in x.initiatives if i.type == "supervision"]
    assert len(supervisions) == 1, [i.evidence.text for i in supervisions]
    assert "跨界河流水质" in supervisions[0].label


# --- a group's meeting named right before its activity word ---

def test_the_pairs_council_held_by_one_side_is_the_pairs_meeting(pipeline):
    x = run(pipeline, "下半年，市政协将筹备召开第七次川渝政协联席会议。")
    assert set(_found(x, "联席会议").organizers) == {"cq-cppcc", "sc-cppcc"}


def test_the_chairs_council_of_the_pair_is_the_pairs_meeting(pipeline):
    x = run(pipeline, "年内，省政协将适时召开川渝政协主席联席会议。")
    assert set(_found(x, "联席会议").organizers) == {"cq-cppcc", "sc-cppcc"}


def test_a_group_word_before_the_council_keeps_its_meaning_in_the_text(pipeline):
    # guard: 两地政协 is the pair the text named, not the provincial pair of the reference
    x = run(pipeline, "今年，遂宁市政协计划与潼南区政协联合开展调研，并将于下半年召开两地政协主席联席会议。")
    assert set(_found(x, "联席会议").organizers) == {"cppcc-suining-sc", "cppcc-tongnan"}


# --- a special committee's own plenary, and the offices that choose key proposals with it ---

def test_a_special_committees_plenary_is_its_own_meeting(pipeline):
    x = run(pipeline, "12月20日，市政协经济委员会召开全体会议，研究明年重点调研课题。")
    item = _found(x, "全体会议")
    assert item.organizers == ("cq-cppcc-economic-committee",), item.organizers


def test_the_partys_general_office_is_not_the_committees_own(pipeline):
    x = run(pipeline, "年初，提案委员会和市委办公厅、市政府办公厅一起从立案提案中遴选出重点提案20件。")
    bodies = {m.evidence.text: m.entity for m in x.mentions if m.kind == "body"}
    assert bodies.get("市委办公厅") == "cq-party-general-office", bodies
    assert bodies.get("市政府办公厅") == "cq-government-general-office", bodies


# --- who lists a proposal for oversight, named before the words of the listing ---

def test_the_national_committee_that_chose_the_proposal_oversees_it(pipeline):
    x = run(pipeline, "去年，住川渝全国政协委员共提出联名提案5件，其中2件被全国政协确定为重点督办提案。")
    item = _found(x, "重点督办提案")
    assert item.organizers == ("national-cppcc",), item.organizers
    assert not item.joint_sichuan_chongqing


# --- a kind of work as a column's head, or as the topic of a quoted view ---

def test_a_bracketed_kind_heads_the_work_told_after_it(pipeline):
    x = run(pipeline, "【联合视察】按照工作要点，两地政协组成视察组，围绕渠江航道整治开展视察。")
    assert len(x.initiatives) == 1 and "渠江航道整治" in x.initiatives[0].evidence.text, [
        i.evidence.text for i in x.initiatives]


def test_a_quoted_view_of_a_kind_of_work_is_no_work(pipeline):
    x = run(pipeline, "“跨省联合监督，就要把问题盯到底。”一位委员在座谈时说。")
    assert not x.initiatives, [i.evidence.text for i in x.initiatives]


def test_work_told_inside_a_quote_is_still_work(pipeline):
    # guard: the speaker's own plan, quoted, stays work to come
    x = run(pipeline, "“下一步，我们将围绕涪江航运开展联合视察。”区政协主席说。")
    assert [i.type for i in x.initiatives] == ["inspection"], [i.evidence.text for i in x.initiatives]


# --- a group's councils and kinds of work counted together; kinds listed in a counted plan ---

def test_the_councils_of_the_pair_counted_are_its_meetings(pipeline):
    x = run(pipeline, "三年来，川渝政协共召开联席会议4次，联合开展协商议政6次、调研视察30项。")
    kinds = {i.type: set(i.organizers) for i in x.initiatives}
    assert kinds.get("meeting") == {"cq-cppcc", "sc-cppcc"}, kinds
    assert kinds.get("consultation") == {"cq-cppcc", "sc-cppcc"}, kinds
    assert kinds.get("inspection") == {"cq-cppcc", "sc-cppcc"}, kinds


def test_one_committees_own_sittings_counted_stay_a_tally(pipeline):
    # guard: a committee's own councils counted are statistics only
    x = run(pipeline, "一年来，市政协召开主席会议12次、秘书长联席会议6次。")
    assert not x.initiatives, [i.evidence.text for i in x.initiatives]


def test_kinds_listed_in_a_counted_plan_are_no_work_each(pipeline):
    x = run(pipeline, "两省市政协联合印发年度工作计划，全年共安排联合协商、联合调研、联名提案等3大类12项工作。")
    assert not [i for i in x.initiatives if i.type in ("consultation", "research", "proposal")], [
        i.evidence.text for i in x.initiatives]


# --- a plan's section heading of a kind and its count, then one subject per line ---

_PLAN = ("川渝政协2023年联合履职工作计划\n"
         "二、联合视察（3项）\n"
         "（一）城际铁路沿线站城融合推进情况。\n"
         "牵头单位：重庆市政协经济委员会。配合单位：四川省政协经济委员会。\n"
         "（二）跨省毗邻地区医保异地结算落实情况。\n"
         "（三）嘉陵江支流入河排污口整治情况。\n"
         "三、其他工作\n"
         "两省市政协联合举办委员书画展。\n")


def test_each_line_under_a_counted_kind_heading_is_a_piece_of_work(pipeline):
    x = run(pipeline, _PLAN)
    inspections = [i for i in x.initiatives if i.type == "inspection"]
    assert [i.evidence.text for i in inspections] == [
        "城际铁路沿线站城融合推进情况", "跨省毗邻地区医保异地结算落实情况", "嘉陵江支流入河排污口整治情况"]
    assert all(i.status == "planned" for i in inspections)
    assert inspections[0].organizers == ("cq-cppcc-economic-committee",)  # (its lead unit's line)


def test_the_same_plan_in_traditional_script(pipeline):
    from opencc import OpenCC
    x = run(pipeline, OpenCC("s2t").convert(_PLAN))
    assert len([i for i in x.initiatives if i.type == "inspection"]) == 3


def test_a_heading_whose_lines_do_not_match_its_count_tells_no_work(pipeline):
    # guard: two lines under a heading counting three: the heading is no piece of work either
    text = _PLAN.replace("（三）嘉陵江支流入河排污口整治情况。\n", "")
    x = run(pipeline, text)
    assert not [i for i in x.initiatives if i.type == "inspection"], [i.evidence.text for i in x.initiatives]


# --- a group's work labelled by the name the reference gives it ---

def test_counted_work_of_the_two_sides_is_labelled_by_the_pairs_name(pipeline):
    x = run(pipeline, "去年，两省市政协共同组织委员开展联合调研6项、联合视察2次。")
    assert [i.label for i in x.initiatives] == ["川渝政协联合调研", "川渝政协联合视察"], [i.label for i in x.initiatives]


def test_a_council_told_by_its_count_alone_is_labelled_by_the_group(pipeline):
    x = run(pipeline, "合广长三地政协建立协作机制。5月，三地政协在广安召开第二次主席联席会议。")
    assert _found(x, "主席联席会议").label == "合广长三地政协第二次主席联席会议"


def test_a_pair_the_reference_does_not_name_keeps_its_written_label(pipeline):
    # guard: no reference collective for the pair: the words the text wrote
    x = run(pipeline, "北碚区政协与巴中市政协签订协议。一年来，两地政协共同开展联合调研3次。")
    assert _found(x, "联合调研3次").label.startswith(("两地政协", "北碚区政协", "巴中市政协")), _found(x, "联合调研3次").label


# --- a democratic party of both sides written with 两地 ---

def test_the_party_of_both_sides_is_its_two_provincial_committees(pipeline):
    x = run(pipeline, "两地九三学社将在成渝中线沿线城市联合举办科技创新论坛。")
    assert set(_found(x, "论坛").organizers) == {"jiusan-sc", "jiusan-cq"}, _found(x, "论坛").organizers


def test_a_year_work_list_is_a_plan_throughout(pipeline):
    text = ("遂宁市政协 潼南区政协2022年联合履职工作清单\n"
            "一、围绕琼江流域水质改善开展联合视察。\n"
            "二、就涪江航运开发开展联合协商。\n")
    x = run(pipeline, text)
    assert x.initiatives and all(i.status == "planned" for i in x.initiatives), [
        (i.evidence.text, i.status) for i in x.initiatives]


# --- the special committees an item names as leading it, in its own clause ---

def test_special_committees_named_as_leading_an_item_run_it(pipeline):
    x = run(pipeline, "两省市政协拟于10月举行远程协商会，由重庆市政协经济委员会、四川省政协经济委员会牵头筹备。")
    assert "cq-cppcc-economic-committee" in _found(x, "远程协商").organizers
    assert "cq-cppcc" not in _found(x, "远程协商").organizers


def test_a_committee_leading_its_groups_work_leaves_the_group_acting(pipeline):
    # guard: a committee, not an organ, leads: the group named next still acts
    x = run(pipeline, "9月，由达州市政协牵头，万达开三地政协组成联合调研组赴开州调研。")
    assert set(_found(x, "调研").organizers) == {"cppcc-wanzhou", "cppcc-dazhou-sc", "cppcc-kaizhou"}


def test_a_kind_of_work_naming_the_field_of_the_items_after_it_is_no_work(pipeline):
    x = run(pipeline, "会议明确了明年两地政协联合视察重点：一是围绕琼江水质开展视察；二是就涪江航道开展视察。")
    assert len(x.initiatives) == 2 and all(i.evidence.text.startswith(("一是", "二是")) for i in x.initiatives), [
        i.evidence.text for i in x.initiatives]


def test_a_titled_proposal_after_a_part_clause_of_its_own_is_a_proposal_too(pipeline):
    x = run(pipeline, "遂潼两地政协联名提交提案4件。其中，《关于共建琼江湿地公园的提案》被列为重庆市政协重点提案。")
    kinds = sorted(i.type for i in x.initiatives)
    assert kinds == ["proposal", "proposal", "supervision"], [(i.type, i.evidence.text) for i in x.initiatives]
    (titled,) = [i for i in x.initiatives if i.evidence.text.startswith("《")]
    assert set(titled.organizers) == {"cppcc-suining-sc", "cppcc-tongnan"}


def test_kinds_listed_with_other_matters_an_agreement_sets_are_no_work(pipeline):
    x = run(pipeline, "两地政协签署合作协议，确定联合调研、联合视察调研、联名提案、干部交流等5个方面合作事项。")
    assert not x.initiatives, [i.evidence.text for i in x.initiatives]
