"""A page's title navigation (标题导航) lists other stories: none of their titles is work the
page tells, whatever marks stand before them (~~~). The page is made up for this project."""

from __future__ import annotations

from tests.extract.test_extract_general import run

_PAGE = ("某市政协召开协商节目研讨会\n2023-05-06\n"
         "5月5日，市政协召开电视协商节目研讨会，交流节目制作经验。会议认为，节目已成为展示协商成果的窗口。\n"
         "\n上一篇    下一篇\n \n     标题导航\n~~~\n~~~\n~~~市政协委员读书班顺利结业\n"
         "~~~市政协组织委员视察重点项目\n~~~——委员读书班交流发言摘编\n~~~市政协社法委赴某区开展专题调研\n"
         "~~~市政协召开区政协节目摄制工作座谈会\n")


def test_the_titles_under_a_title_navigation_give_no_work(pipeline):
    x = run(pipeline, _PAGE)
    told = [i.evidence.text for i in x.initiatives]
    assert len(told) == 1 and "研讨会" in told[0], told
