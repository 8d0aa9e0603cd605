"""A meeting told by its name and where it was held (…常委会议在成都召开, …联席会议第二次会议在某市
举行) is labelled by its name alone.

The sentences and places are made up for this project.
"""

from __future__ import annotations

import pytest

from tests.extract.test_extract_general import run


@pytest.mark.parametrize("text, label", [
    ("6月19日，四川省政协十三届十次常委会议在成都召开。", "四川省政协十三届十次常委会议"),
    ("9月7日，云岭云山两地政协主席联席会议第二次会议在云岭市举行。", "云岭云山两地政协主席联席会议第二次会议"),
    ("3月5日，市政协六届十次常委会议召开。", "市政协六届十次常委会议"),
])
def test_the_label_is_the_meetings_name(pipeline, text, label):
    x = run(pipeline, text)
    assert [i.label for i in x.initiatives if i.type == "meeting"] == [label]
