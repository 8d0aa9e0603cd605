"""The vocabulary of CPPCC work reports that marks activities, roles and status.

General language of such reports (any year, any level), not phrases of one report.
Each trigger is (regex, type, subtype); the subtype is an ontology class local name.
"""

from __future__ import annotations

import re

# Order matters only for overlapping matches: longer, more specific forms first.
TRIGGERS: list[tuple[str, str, str | None]] = [
    (r"提案办理协商", "consultation", "ProposalHandlingConsultation"),
    (r"专题协商", "consultation", "ThematicConsultation"),
    (r"界别协商", "consultation", "SectorConsultation"),
    (r"对口协商", "consultation", "CounterpartConsultation"),
    (r"远程协商", "consultation", "RemoteConsultation"),
    (r"联动协商", "consultation", "LinkedConsultation"),
    (r"(?:专题)?网络议政", "consultation", "OnlineDeliberation"),
    (r"(?:联合|重点|务实|广泛|深入)?协商(?:议政|讨论|建言)?", "consultation", None),
    (r"议政建言|建言献策|献计出力|议政会", "consultation", None),
    (r"监督性(?:常委)?(?:调研)?视察|民主监督|监督性调研|开展监督|督查|民主评议", "supervision", None),
    (r"(?:重点)?提案(?:的)?督办|督办(?:重点)?提案|跟踪督办|滚动推进重点提案督办", "supervision", None),
    (r"(?:联合|重点|专题|深入|考察|蹲点|自主)?调研|课题研究|调查研究", "research", None),
    (r"视察|巡河|考察(?!调研)", "inspection", None),
    (r"联名(?:提交|提案)|提交[^，,。；;]{0,30}提案|集体提案|(?:打造|形成)联名提案", "proposal", None),
    (r"通报", "briefing", None),
    (r"(?:学习)?座谈会|研讨会|推进会|联席会议|交流会|工作会议?|研究班|"
     r"(?:专题)?协商会|报告会|联谊会|见面会|恳谈会|听证会|宣讲会", "meeting", None),
    (r"学习会|专题学习|宣讲(?:会|活动)?|党课|专题培训|培训班|警示教育|读书活动|学习活动", "study", None),
    (r"编撰|出版|编写|编纂|刊登|开设专栏|编印|丛书|史料征集|征集[^，,。；;]{0,8}史料", "publication", None),
    (r"作品展|成就展|展览|展演|论坛|康养大会|博览会|文艺演出|采访活动|舞台", "event", None),
    (r"社情民意信息|报送信息|反映社情民意|信息直通车", "information", None),
    (r"(?:联合|共同|携手)(?:推动|助推|推进|呼吁)", "other", None),
    (r"倡议书?|试点|创建活动|实践活动|主题活动|“[^”]{2,30}”(?:实践|创建|主题)?(?:活动|行动)", "campaign", None),
]

TRIGGER_RES = [(re.compile(p), t, s) for p, t, s in TRIGGERS]

# A trigger followed by these is a system, form or role, not an activity.
NOT_ACTIVITY_AFTER = re.compile(
    r"(?:的|机构|表扬|批评|已|成为|衔接|融合|(?:的)?(?:制度|机制|格局|形式|体系|平台|规则|职能|作用|民主|于|与|水平|能力|质量|实效|成果|场所|计划|规划|方案|"
    r"工作(?:规则|机制|制度|格局|体系|质量)|等形式|为常态|为重点|为龙头|为补充|为主|载体|阵地|渠道|前置|环节|功能|方式|"
    r"理念|重要|主体|责任))"
)
NOT_ACTIVITY_BEFORE = re.compile(
    r"(?:以|完善|健全|统筹运用|规范|探索|创新|形成|加强对|提升|增强|发挥好?|履行|坚持|执行|落实好?|把|各类|各种|多种|专门)[^，,；;]{0,12}$"
)
# A list of activity words that ends in 等形式 names ways of working, not activities.
FORMS_LIST_AFTER = re.compile(
    r"[^，,；;。]*?(?:等(?:形式|方式|载体|平台|机制|制度|渠道|活动之中|工作)|为(?:重点|常态|龙头|补充|主)|"
    r"(?:方案|意见|办法|规定|细则|制度|机制|格局|体系|场所|清单|计划)|\\d+\\s*(?:余|多)?\\s*(?:次|场次|场))"
)
# A count right before the activity noun makes it a statistic (42次党组会议), not an initiative.
COUNT_BEFORE = re.compile(r"\d+\s*(?:余|多)?\s*(?:次|场次|场|项|期|个|届)[“\"]?$")
# Verbs that make a noun an activity someone carried out.
ACTION = re.compile(
    r"开展|召开|举办|组织|进行|提交|提出|承办|参加|参与|发出|编撰|出版|刊登|发布|开设|赴|走访|"
    r"联合|牵头|完成|举行|征集|打造|创建|列为|协助|配合|推进|深化|办好|引导|发动|邀请|聚焦|围绕|就"
)
# Activity words that are verbs themselves (调研台商产业园, 深入调研): no other verb needed.
VERBAL_TYPES = frozenset({"research", "inspection", "supervision", "briefing", "study", "publication", "other"})
VERBAL_CONTEXT = re.compile(r"(?:深入|广泛|务实|认真|先后|定期|共同|联合|牵头|分别|专题)$")
# Weak consultation words count only with a stated subject matter (就/围绕/聚焦 X 建言献策).
WEAK_TRIGGER = re.compile(r"议政建言|建言献策|献计出力|协商建言|协商议政|协商讨论")
WEAK_NEEDS = re.compile(r"就|围绕|聚焦|针对|为题")

# Roles a body plays by the word before it.
PARTNER_BEFORE = re.compile(r"(?:与|同|和|会同|联合|邀请|组织|发动|引导|协同|携手)$")
SUPPORTED_BEFORE = re.compile(r"(?:支持|指导|协助|配合|帮助|推动)$")
VENUE_BEFORE = re.compile(r"在$")
IGNORE_BEFORE = re.compile(r"(?:向|被|接受|由|对|为|把|将|报送|报告|请示|在)$")
# A body name followed by these is a time or a place, not an actor (在全国“两会”期间).
IGNORE_AFTER = re.compile(r"(?:期间|前夕|前|后|以来|之际|召开|会议期间|会议上|会上|上)")

PLANNED_CUE = re.compile(r"拟|计划于|将于|将要|即将|准备|筹备")
JOINT_MARKER = re.compile(r"(?:川渝|两地|渝川)(?:政协|委员|联合|共同|携手)|(?:川渝|两地)[^，,；;。]{0,8}(?:联合|共同|携手)")
