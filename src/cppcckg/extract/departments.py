"""The short forms local texts write government and Party departments in, and their full names.

Reports name the departments that handled a proposal or joined a visit by their everyday short
forms (市人力社保局, 区住房城乡建委, 市政府港澳办, 市委台办, 省文旅厅). Every province, city and
county has departments of the same standard names, so one table serves them all: a short form
after a place (or after a level standing for the text's place) is that place's department, named
in full, and a department written either way is one body.
"""

from __future__ import annotations

import re

from cppcckg.extract.lexicon import PARTY_FULL_NAMES

__all__ = ["is_state_office", "STATE_WORDS", "PARTY_WORDS", "STATE_FULL_WORDS", "state_in_full", "party_in_full", "STATE_PATTERN", "PARTY_PATTERN"]

# government departments and organs: short form → full word (after the place's name)
STATE_WORDS: dict[str, str] = {
    "人民政府": "人民政府", "人民法院": "人民法院", "人民检察院": "人民检察院",
    "高级人民法院": "高级人民法院", "中级人民法院": "中级人民法院", "监察委员会": "监察委员会",
    "政府": "人民政府", "法院": "人民法院", "检察院": "人民检察院", "人大常委会": "人民代表大会常务委员会",
    "人大": "人民代表大会", "监委": "监察委员会",
    # commissions (委)
    "发展改革委": "发展和改革委员会", "发改委": "发展和改革委员会", "经济信息委": "经济和信息化委员会",
    "经信委": "经济和信息化委员会", "住房城乡建委": "住房和城乡建设委员会", "住房城乡建设委": "住房和城乡建设委员会",
    "住建委": "住房和城乡建设委员会", "城乡建委": "城乡建设委员会", "商务委": "商务委员会",
    "文化旅游委": "文化和旅游发展委员会", "文旅委": "文化和旅游发展委员会", "教委": "教育委员会",
    "卫生健康委": "卫生健康委员会", "卫健委": "卫生健康委员会", "农业农村委": "农业农村委员会",
    "民族宗教委": "民族宗教事务委员会", "民宗委": "民族宗教事务委员会", "国资委": "国有资产监督管理委员会",
    "交通运输委": "交通运输委员会", "交通委": "交通委员会", "科委": "科学技术委员会",
    # bureaus (局) and halls (厅) whose short form differs from the full name
    "人力社保局": "人力资源和社会保障局", "人社局": "人力资源和社会保障局", "规划自然资源局": "规划和自然资源局",
    "规划资源局": "规划和自然资源局", "林草局": "林业和草原局", "文化旅游局": "文化和旅游局", "文旅局": "文化和旅游局",
    "文化广电旅游局": "文化广播电视和旅游局", "市场监管局": "市场监督管理局", "应急局": "应急管理局",
    "医保局": "医疗保障局", "住建局": "住房和城乡建设局", "经信局": "经济和信息化局", "科技局": "科学技术局",
    "教育体育局": "教育和体育局", "城管局": "城市管理局", "城市管理局": "城市管理局",
    "文旅厅": "文化和旅游厅", "住建厅": "住房和城乡建设厅", "人社厅": "人力资源和社会保障厅",
    "经信厅": "经济和信息化厅", "科技厅": "科学技术厅",
    # offices of the government (办), written with or without 政府 before them
    "政府办公室": "人民政府办公室",
    "港澳办": "港澳事务办公室", "外办": "外事办公室", "侨办": "侨务办公室", "信访办": "信访办公室",
    "金融办": "金融工作办公室", "投资促进办": "投资促进办公室", "投促办": "投资促进办公室", "供销联社": "供销合作社联合社", "城管执法局": "城市管理执法局",
    # (省台办, 市政府台办: the government's Taiwan office; 市委台办 is the Party's, read as such)
    "台办": "台湾事务办公室", "供销社": "供销合作社", "政务中心": "政务服务中心", "政务服务中心": "政务服务中心",
    # people's organisations every place has, named the same way (市工商联, 县总商会: one body)
    "工商联": "工商业联合会", "总商会": "工商业联合会", "总工会": "总工会", "妇联": "妇女联合会",
    "科协": "科学技术协会", "侨联": "归国华侨联合会", "台联": "台湾同胞联谊会", "青联": "青年联合会",
    "残联": "残疾人联合会", "文联": "文学艺术界联合会",
    # the military department every county and district has, named after it (县人武部)
    "人武部": "人民武装部",
    # bureaus and halls every place has under the same name, written in full (区民政局, 省教育厅)
    **{word: word for word in (
        "民政局", "教育局", "财政局", "公安局", "司法局", "审计局", "统计局", "税务局", "水利局", "农业农村局",
        "商务局", "交通运输局", "生态环境局", "卫生健康局", "退役军人事务局", "自然资源局", "发展和改革局",
        "乡村振兴局", "体育局", "林业局", "大数据发展局", "行政审批服务局", "政务服务管理局", "应急管理局",
        "民政厅", "教育厅", "财政厅", "公安厅", "司法厅", "商务厅", "自然资源厅", "生态环境厅", "农业农村厅",
        "交通运输厅", "水利厅", "审计厅")},
}
# the full words are written too (市经济和信息化委员会, 县工商业联合会)
STATE_WORDS.update({full: full for full in list(STATE_WORDS.values())})
#: the full words alone, longest first (what a department's label ends in)
STATE_FULL_WORDS: tuple[str, ...] = tuple(sorted(set(STATE_WORDS.values()), key=len, reverse=True))
# departments of a Party committee: short form → full word (after 中共<place>委)
PARTY_WORDS: dict[str, str] = {
    "统战部": "统一战线工作部", "统一战线工作部": "统一战线工作部", "宣传部": "宣传部", "组织部": "组织部",
    "台办": "台湾工作办公室", "网信办": "网络安全和信息化委员会办公室", "政法委": "政法委员会",
    "编办": "机构编制委员会办公室", "党史研究室": "党史研究室", "政研室": "政策研究室", "政策研究室": "政策研究室",
    "办公室": "办公室", "办公厅": "办公厅",
}
# an office of the government written after 政府 (市政府港澳办)
_OFFICES = ("港澳办", "外办", "侨办", "信访办", "金融办", "台办")


def _alternatives(words: list[str]) -> str:
    return "|".join(sorted(map(re.escape, words), key=len, reverse=True))


#: a state department's word as written after its level or place (longest first)
STATE_PATTERN = "(?:政府(?:" + _alternatives(list(_OFFICES)) + "))|" + _alternatives(list(STATE_WORDS))
#: a Party department's word as written after 委
PARTY_PATTERN = _alternatives(list(PARTY_WORDS))
_PARTY_WORDS_LONGEST_FIRST = tuple(sorted(PARTY_WORDS, key=len, reverse=True))


def state_in_full(word: str) -> str:
    """The full word of a state organ as written after its place (政府港澳办 → 人民政府港澳事务办公室)."""
    if word.startswith("政府") and word[2:] in _OFFICES:
        return "人民政府" + STATE_WORDS[word[2:]]
    return STATE_WORDS.get(word, word)


def party_in_full(label: str) -> str:
    """A Party department's name with its department word in full (中共重庆市委台办 →
    中共重庆市委台湾工作办公室); other names unchanged."""
    for word in _PARTY_WORDS_LONGEST_FIRST:
        if label.endswith(word):
            return label[: -len(word)] + PARTY_WORDS[word]
    return label


# people's organisations a committee's sectors stand for (县工商联, 市妇联): not offices of the state
_PEOPLES_BODIES = ("工商业联合会", "总工会", "妇女联合会", "科学技术协会", "归国华侨联合会", "台湾同胞联谊会",
                   "青年联合会", "残疾人联合会", "文学艺术界联合会")


# what the name of a government or Party office ends in (某市公安局, 某省某厅, 某区某委员会)
_OFFICE_ENDS = ("人民政府", "局", "厅", "办公室", "委员会", *STATE_FULL_WORDS)


def is_state_office(label: str) -> bool:
    """Is the body labelled `label` a government, a Party committee or one of their departments
    (某市公安局, 中共某区委, 某县人民政府)? What it achieved is the place's, not the committee's."""
    if "政协" in label or label.endswith(_PEOPLES_BODIES) or label.startswith(PARTY_FULL_NAMES):
        return False
    return label.startswith("中共") or label.endswith(_OFFICE_ENDS)
