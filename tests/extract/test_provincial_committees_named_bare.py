"""Every provincial committee is named bare in its own texts: 省政协, 自治区政协, or 市政协 for the
four municipalities.

A Beijing text names its committee once in full and then writes 市政协 like any Chongqing report;
a committee whose bare form the reference lacked was read as a new body (北京市市政协各专门委员会)
or not at all. The check runs over the reference itself, so a committee added later without its
bare form fails here. The sentences are made up for this project.
"""

from __future__ import annotations

import pytest

from tests.extract.test_extract_general import body_labels, run


def _bare_form(name_zh: str) -> str:
    """政协北京市委员会 → 市政协; 政协广西壮族自治区委员会 → 自治区政协; 政协河北省委员会 → 省政协."""
    for level in ("自治区", "省", "市"):
        if name_zh.endswith(level + "委员会"):
            return level + "政协"
    raise AssertionError(name_zh)


def _provincial_committees(reference):
    return [e for e in reference.entities.values() if e.kind == "body" and e.cls == "ProvincialCommittee"]


def test_every_provincial_committee_has_its_bare_form(reference):
    lacking = [e.key for e in _provincial_committees(reference) if _bare_form(e.name_zh) not in e.local_aliases]
    assert not lacking, lacking


def test_a_municipality_s_bare_committee_after_its_full_name_is_its_own(pipeline):
    x = run(pipeline, "2023年3月，北京市政协召开主席会议，听取市政协各专门委员会的工作汇报。"
                      "会议感谢新闻界对市政协工作的支持。")
    labels = body_labels(x)
    assert labels.get("市政协") == "政协北京市委员会", labels
    assert labels.get("市政协各专门委员会") == "北京市政协专门委员会", labels


@pytest.mark.parametrize("form", ["省政协", "自治区政协", "市政协"])
def test_each_level_s_bare_form_follows_the_full_name(pipeline, reference, form):
    for entity in _provincial_committees(reference):
        if entity.key == "cq-cppcc" or _bare_form(entity.name_zh) != form:
            continue
        x = run(pipeline, f"2023年5月，{entity.aliases[0]}组织委员赴基层视察。他感谢大家对{form}工作的支持。")
        assert body_labels(x).get(form) == entity.name_zh, (entity.key, body_labels(x))


def test_a_chongqing_report_that_names_another_municipality_keeps_its_own_committee(pipeline):
    # (its work shown in Beijing; then its own 市政协 again, with no Beijing committee named)
    for city in ("北京", "上海", "天津"):
        x = run(pipeline, f"·“渝事好商量”协商案例在{city}展出\n\n深化协商式监督实践\n\n新一届市政协要坚持团结和民主两大主题。",
                publisher="cq-cppcc-standing-committee")
        assert body_labels(x).get("新一届市政协") == "政协重庆市委员会", (city, body_labels(x))
