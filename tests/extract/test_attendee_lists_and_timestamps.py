"""Who went along, listed clause by clause, and a page's timestamp glued to its date.

A sentence that lists, comma after comma, the people who took part in the work just told
(甲委主任某某，乙县政协主席某某，乙县政协副主席某某参加调研或座谈) adds no work, and none of
its clauses becomes the subject the story carries on: the visitors' team that acts next
(某某一行来到…) is still the visitors'. A page's publishing time written with no blank between
day and hour (2023-11-0709:15:02) still dates the page.

The sentences are made up for this project.
"""

from __future__ import annotations

from cppcckg.model import Period
from tests.extract.test_extract_general import only, run

VISIT = ("时间：2024-03-14 来源：某县\n"
         "近日，市政协副主席某某率队来彭，围绕完善委员联系群众机制开展调研，并召开座谈会。\n"
         "市政协学习委主任某某，县政协主席某某，县政协副主席某某参加调研或座谈。\n"
         "某某一行来到县信访办接访群众，听取群众诉求。")


def test_taking_part_in_research_or_a_meeting_adds_no_work(pipeline):
    x = run(pipeline, VISIT)
    assert not [i for i in x.initiatives if "参加" in i.evidence.text], x.initiatives


def test_the_visitors_team_acts_after_the_list_of_who_went_along(pipeline):
    x = run(pipeline, VISIT)
    assert only(x, "接访").organizers == ("cq-cppcc",)


def test_a_timestamp_glued_to_its_date_dates_the_page(pipeline):
    x = run(pipeline, "时间：2023-11-0709:15:02\n近日，彭水县政协组织委员开展视察。")
    assert only(x, "视察").period == Period(2023, 2023)
