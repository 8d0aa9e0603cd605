"""The city whose own paper or site carries a story.

A Sichuan city's paper telling Chongqing's news (来源：广安日报; 达州日报　2023年01月06日　第02版;
泸州市政协网　2022-01-21) writes its own committee as the bare 市政协 and Chongqing's always in
full (重庆市政协). This module reads the outlet's city from the page's head; the recogniser
decides whether that city's committee is one it knows.
"""

from __future__ import annotations

import re

# how far into a page its head (title, outlet and date lines) reaches
HEAD_REACH = 300
_OUTLET = re.compile(
    r"来源\s*[:：]\s*(?P<source>[\u4e00-\u9fff]{2,3}?)市?(?:日报|晚报|新闻网|融媒体中心)(?![\u4e00-\u9fff])|"
    r"(?:^|(?<=\n))[ \t\u3000]*(?P<paper>[\u4e00-\u9fff]{2,3}?)市?(?:日报|晚报)[ \t\u3000]+\d{4}(?:年|-)|"
    r"来源\s*[:：]\s*(?P<office>[\u4e00-\u9fff]{2,3}?)市政协(?:办公室|网)?(?![\u4e00-\u9fff])|"
    r"(?:^|(?<=\n))[ \t\u3000]*(?P<site>[\u4e00-\u9fff]{2,3}?)市政协(?:网|网站|门户网站)[ \t\u3000]")


def paper_cities(norm: str) -> list[str]:
    """The names (without 市) of the cities whose paper, portal or committee site the page's head
    names as its outlet, in the order written."""
    return [m.group("source") or m.group("office") or m.group("paper") or m.group("site") for m in _OUTLET.finditer(norm, 0, HEAD_REACH)]
