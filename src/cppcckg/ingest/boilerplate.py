"""Lines of a news page or document that are not the report: bylines, editor and timestamp
lines, source lines, share bars, related-article headings, advertising.

Shared by the HTML reader (which gets the main block from readability first) and usable by any
reader; each rule has a name that `cppcckg add --explain` prints beside what it dropped.
"""

from __future__ import annotations

import re

_DATE = r"\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?"
_TIME = r"\d{1,2}:\d{2}(?::\d{2})?"
RULES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("advertising", re.compile(r"^[【\[(（]?\s*(?:广告|推广|赞助)\s*[】\])）:：]|扫码领取|优惠券|点击购买|立即抢购")),
    ("byline", re.compile(r"^(?:本报|本网|新华社)?(?:特约)?(?:记者|通讯员|首席记者)[\s:：]|^(?:文|图|摄|摄影|文图|图文)\s*[/／|:：]|(?:^|\s)(?:记者|通讯员)\s*\S{2,4}(?:\s|$)")),
    ("editor", re.compile(r"^[【\[(（]?\s*(?:责任编辑|责编|编辑|审核|审校|校对|监制|终审|初审|值班编辑)\s*[:：]")),
    ("source", re.compile(r"^[【\[(（]?\s*(?:来源|稿源|出处)\s*[:：]")),
    ("timestamp", re.compile(rf"^(?:发布时间|发布日期|时间|日期|更新时间)?\s*[:：]?\s*{_DATE}\s*(?:{_TIME})?\s*$|^{_TIME}$")),
    ("share bar", re.compile(r"^(?:分享到|分享|转发到|扫一扫|打印本页|打印|关闭窗口|收藏|【?字号|【?字体|\[?\s*[大中小]\s*\]?\s*$)")),
    ("related articles", re.compile(r"^(?:相关(?:新闻|阅读|链接|文章|报道|推荐)|延伸阅读|推荐阅读|热点推荐|上一篇|下一篇|更多)\s*[:：]?")),
    ("navigation", re.compile(r"^(?:当前位置|您的位置|您现在的位置|首页\s*[>›»])")),
    ("footer", re.compile(r"版权所有|ICP备|Copyright|©|主办单位|技术支持")),
)


def boilerplate_reason(line: str) -> str | None:
    """The name of the rule a line breaks, or None for a line of the report."""
    for name, pattern in RULES:
        if pattern.search(line):
            return name
    return None
