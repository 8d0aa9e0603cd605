"""Shapes of feature articles about oversight:

* a section's title set apart by empty lines (靶向督办提质效), a slogan naming no body, is no
  work: the paragraphs under it tell the work;
* work named as the means of the year (通过现场督办摸实情、精准督办破难题等举措) is no work;
* a function defined or served (民主监督工作是政协的职能之一; 为加强和改进民主监督工作) is no work;
* a paragraph's work after such a title is still read.

The sentences are made up for this project.
"""

from __future__ import annotations

from tests.extract.test_extract_general import run

_FEATURE = ("区政协做实提案办理后半篇文章\n\n"
            "今年以来，区政协通过现场督办摸实情、精准督办破难题等举措，推动提案落地见效。\n\n"
            "靶向督办提质效\n\n"
            "区政协召开重点提案督办协商会，听取承办单位办理情况。")


def test_a_section_title_and_the_means_are_no_work(pipeline):
    x = run(pipeline, _FEATURE, publisher="cppcc-jiangbei")
    assert [i.evidence.text[:6] for i in x.initiatives] == ["区政协召开重"]


def test_a_function_defined_or_served_is_no_work(pipeline):
    x = run(pipeline, "民主监督工作是人民政协的重要职能。为加强和改进民主监督工作，县政协制定了实施办法。",
            publisher="cppcc-jiangbei")
    assert not x.initiatives
