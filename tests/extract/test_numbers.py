"""Numbers in Chinese report text: numerals, magnitudes, qualifiers, units, spans."""

from __future__ import annotations

import pytest

from cppcckg.extract.numbers import (
    DEFAULT_UNITS,
    find_numbers,
    parse_chinese_numeral,
    parse_number,
)


def one(text: str):
    found = find_numbers(text)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    "text, value, qualifier, unit",
    [
        ("1501", 1501, None, None),
        ("97.9", 97.9, None, None),
        ("0件", 0, None, "件"),
        ("1,300条", 1300, None, "条"),
        ("12,345,678元", 12345678, None, "元"),
        ("1千余", 1000, "余", None),
        ("2万余人次", 20000, "余", "人次"),
        ("1.24万人", 12400, None, "人"),
        ("800多万字", 8_000_000, "多", "字"),
        ("435万元", 4_350_000, None, "元"),
        ("3.5亿元", 350_000_000, None, "元"),
        ("十余次", 10, "余", "次"),
        ("三十二", 32, None, None),
        ("两千", 2000, None, None),
        ("一百二十五", 125, None, None),
        ("一百零八名", 108, None, "名"),
        ("五千万元", 50_000_000, None, "元"),
        ("近2千条", 2000, "近", "条"),
        ("超过300人", 300, "超过", "人"),
        ("逾百篇", 100, "逾", "篇"),
        ("近万人", 10_000, "近", "人"),
        ("上千名", 1000, "以上", "名"),
        ("百篇", None, None, None),  # 百 alone, without 近/逾/上 or 余/多, is not read
        ("约60场", 60, "约", "场"),
        ("达97.9%", 97.9, "达", "%"),
        ("共86件", 86, "共", "件"),
        ("57%", 57, None, "%"),
        ("57％", 57, None, "%"),
        ("百分之五十七", 57, None, "%"),
        ("百分之九十七点九", 97.9, None, "%"),
        ("百分之5", 5, None, "%"),
        ("达百分之九十以上", 90, "以上", "%"),
        ("3000人以上", 3000, "以上", "人"),
        ("200名左右", 200, "约", "名"),
        ("千余人", 1000, "余", "人"),
        ("百余名", 100, "余", "名"),
        ("十余万人", 100_000, "余", "人"),
        ("40场次", 40, None, "场次"),
        ("12卷", 12, None, "卷"),
        ("52岁", 52, None, "岁"),
        ("2.5个百分点", 2.5, None, "百分点"),
    ],
)
def test_forms(text, value, qualifier, unit):
    found = find_numbers(text)
    if value is None:
        assert found == []
        return
    assert len(found) == 1, found
    n = found[0]
    assert n.value == pytest.approx(value)
    assert n.qualifier == qualifier
    assert n.unit == unit
    assert (n.start, n.end) == (0, len(text))
    assert n.raw == text


def test_spans_are_offsets_into_the_text():
    text = "全年收到提案1501件，立案1307件，满意率达97.9%。"
    found = find_numbers(text)
    assert [n.raw for n in found] == ["1501件", "1307件", "达97.9%"]
    for n in found:
        assert text[n.start:n.end] == n.raw
        assert text[n.num_start:n.num_end] == n.numeral
    assert found[2].numeral == "97.9"


def test_approximation_beats_an_introducing_qualifier():
    assert one("共1300余条").qualifier == "余"
    assert one("近2千条").qualifier == "近"
    assert one("达到1.24万人").qualifier == "达"


def test_unit_as_written_keeps_the_magnitude():
    n = one("435万元")
    assert (n.unit, n.unit_raw) == ("元", "万元")
    assert one("800多万字").unit_raw == "万字"
    assert one("百分之五十").unit_raw == "百分之"


def test_longest_unit_wins():
    assert one("2000人次").unit == "人次"
    assert one("40场次").unit == "场次"
    assert one("100周年").unit == "周年"
    assert one("11省市").unit == "省市"


def test_layout_white_space_between_the_parts():
    n = one("2000 余\n\n人次")
    assert (n.value, n.qualifier, n.unit) == (2000, "余", "人次")
    n = one("报送信息 4988 篇")
    assert (n.value, n.unit, n.raw) == (4988, "篇", "4988 篇")


def test_trailing_space_is_not_part_of_the_figure():
    text = "开展监督12 次要工作"
    n = one(text)
    assert n.raw == "12 次"


def test_qualifier_after_unit_only_before_a_break():
    # 多 starting the next word (多方, 多渠道) is not a qualifier
    n = one("协商10次多方参与")
    assert (n.raw, n.qualifier) == ("10次", None)
    n = one("持续5年多，")
    assert (n.unit, n.qualifier) == ("年", "多")


def test_names_that_are_not_numbers_are_skipped():
    assert find_numbers("加大5G规模应用") == []
    assert find_numbers("G20峰会") == []
    assert find_numbers("PM2.5浓度") == []
    assert find_numbers("“十四五”规划") == []  # not a well-formed numeral
    assert find_numbers("“七一”重要讲话") == []  # a date name, not a digit string
    assert find_numbers("三三两两") == []


def test_ordinals_and_years_are_read_for_the_caller_to_judge():
    assert [(n.value, n.unit) for n in find_numbers("2021年")] == [(2021, "年")]
    assert [(n.value, n.unit) for n in find_numbers("二〇二二年")] == [(2022, "年")]
    assert [n.value for n in find_numbers("十九届六中全会")] == [19, 6]
    assert [(n.value, n.unit) for n in find_numbers("第1、2、3号")] == [(1, None), (2, None), (3, "号")]


def test_thousands_separator_needs_three_digits():
    assert [n.value for n in find_numbers("分别为12,5个")] == [12, 5]
    assert [n.value for n in find_numbers("立案1307件,督办78件")] == [1307, 78]


def test_custom_units():
    found = find_numbers("建成驿站12座、书屋3间", units=("座", "间"))
    assert [(n.value, n.unit) for n in found] == [(12, "座"), (3, "间")]
    assert find_numbers("12件", units=())[0].unit is None


@pytest.mark.parametrize(
    "numeral, value",
    [
        ("零", 0), ("十", 10), ("十九", 19), ("二十", 20), ("三十二", 32), ("一百", 100),
        ("一百零五", 105), ("一千零一十", 1010), ("两千", 2000), ("一万二千", 12000),
        ("三亿五千万", 350_000_000), ("二〇二二", 2022), ("九十七点九", 97.9),
    ],
)
def test_chinese_numerals(numeral, value):
    assert parse_chinese_numeral(numeral) == pytest.approx(value)


@pytest.mark.parametrize("numeral", ["十四五", "三四", "七一", "万", "三万五", "一百五", "点五", "十点"])
def test_malformed_chinese_numerals(numeral):
    assert parse_chinese_numeral(numeral) is None


def test_parse_number():
    assert parse_number("1.24万") == pytest.approx(12400)
    assert parse_number("百分之五十七") == 57
    assert parse_number("两个") == 2
    assert parse_number("没有数字") is None
    assert parse_number("3和4") is None


def test_default_units_cover_the_counters_of_reports():
    for unit in ("件", "项", "次", "个", "人", "人次", "名", "条", "篇", "期", "份", "场", "场次",
                 "家", "所", "卷", "字", "元", "%", "岁", "年"):
        assert unit in DEFAULT_UNITS


def test_scans_a_long_text_in_one_pass():
    text = "全年收到提案1501件，立案1307件，满意率达97.9%，协商4100多次，参与1.24万人。" * 2000
    found = find_numbers(text)
    assert len(found) == 5 * 2000
    assert found[-1].value == 12400
