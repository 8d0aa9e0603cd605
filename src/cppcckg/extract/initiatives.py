"""Initiatives: which body did (or will do) what, with whom, about what.

Clause by clause: a trigger (专题协商, 联合调研, 视察, 联名提交…提案, 召开…座谈会, …) used as
something done makes an initiative; the bodies around it get roles from the words before
them (与/联合 → partner, 支持/指导 → the body supported organises), the clause's or the
sentence's subject organises, and the report's own CPPCC organises when no body is named.
Matching runs on a whitespace-free view of each clause (layout breaks words apart).

Longer than 400 lines because triggers, roles, status, labels and merging work on one
sentence's clause views and on the text's discourse state (the carried subject, the last named
pair); roles and status are the next pieces to move out.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import deque
from dataclasses import replace
from functools import lru_cache
from typing import Iterator, NamedTuple, Sequence

from cppcckg.extract import lexicon
from cppcckg.extract.clauses import sentence_clauses
from cppcckg.extract.compact import Compact, compact, compact_text, own_words
from cppcckg.extract.enumerations import split_enumerations
from cppcckg.extract.listed_activities import own_items
from cppcckg.extract.key_listing import counted_key_listing, key_listing
from cppcckg.extract.session_labels import session_label
from cppcckg.extract.leads_in_turn import leads_in_turn
from cppcckg.extract.firstchars import guard_patterns, searched
from cppcckg.extract.story_time import planned_period, story_led, story_period, written_when_reviewing
from cppcckg.extract.subjects import marked_subject, names_a_platform, subject_span
from cppcckg.extract.counted_committees import spans_both_sides
from cppcckg.extract.departments import STATE_FULL_WORDS
from cppcckg.extract.numbers import parse_chinese_numeral
from cppcckg.ingest.reference import CPPCC_CLASSES, Entity, Reference
from cppcckg.ingest.text_dating import written_date
from cppcckg.ingest.terms import term_years
from cppcckg.ingest.textnorm import normalise
from cppcckg.extract.year_references import in_the_object, since_span, year_pointed_back
from cppcckg.model import (
    DONE,
    PLANNED,
    Period,
    Evidence,
    Initiative,
    Mention,
    Period,
    Report,
    Sentence,
)

_QUOTED = re.compile(r"[“《「]([^”》」]{2,60})[”》」]")
_OBJECT = re.compile(r"(?:就|围绕|聚焦|针对|以)([^，,；;]{2,40}?)(?:为题|为主题|为目标)?(?:开展|进行|组织|召开|举办|深入|广泛|务实|议政|提出|建言)")
_LEADING = re.compile(r"^(?:同时|并|还|先后|全年|一年来|五年来|此外|其中|另外|积极|深入|扎实|认真|及时|持续|首次|连续\d+年)+")
_LIST_GAP = re.compile(r"[、和及与]|”“")  # (“带来了X的建议”“准备了Y的提案”: two quoted items)
_LEADS_OUT = re.compile(r"^(?:[^，,；;。]{0,12}?(?:率|带领|带队|组织))[^，,；;。]{0,16}?(?:深入|赴|前往|走进|来到|到)")  # an item that sets out anew
# the subjects of a kind of work counted (全年安排重点协商议题21个, 集中视察议题4个): a plan's tally
# of topics, a statistic, no piece of work
_TOPICS_COUNTED_AFTER = re.compile(r"(?:议题|课题)(?:共|有|共有)?(?:\d+|[一二两三四五六七八九十]{1,3})(?:余|多)?个")
_COUNT_RIGHT_AFTER = re.compile(r"[\d一二三四五六七八九十]+(?:余|多)?(?:次|场次|场|期)")  # a count written right after its kind
_JOINS_THE_SUBJECT = ("与", "同", "会同", "携手", "联合")  # a clause that opens by joining a body to the subject
# a clause that opens with who holds the work and the verb of holding it (区政协召开…, 某委举办…)
# (not 配合全国政协召开…, 协助X召开…: whom the work was done with is part of what it was)
_HELD_THE = ("召开的", "举行的", "举办的")
_HOLDING_ORGANS = frozenset({"ChairpersonsCouncil", "StandingCommittee", "PartyGroup", *CPPCC_CLASSES})
# the committees that backed the work, named in a frame before it (在四川省政协、重庆市政协支持下，两地政协…):
# not the pair its 两地政协 means
_BACKERS_FRAME = re.compile(r"在[^，,；;。]{2,40}?(?:的)?(?:支持|指导|关心|帮助|见证|推动|倡导|牵头)下[，,]?\s*$")
# a body's backing of the work right before the body that does it (省政协支持|泸州市政协开展…)
_SUPPORTS = re.compile(r"(?:还|也|又|并)?(?:积极|大力)?(?:支持|指导)(?:四川省|重庆市|[\u4e00-\u9fff]{2}省)?")
_HELD_BY = re.compile(r"(?:(?!配合|协助|联合|会同|协同|与|同|支持|指导)[^，,；;。“”《》]){2,24}?(?P<verb>召开|举行|举办)了?")
_HOLDER_END = re.compile(r"(?:政协|委员会|委|党组|常委会)$")  # a body's name ends right before the verb
_OBJECT_CHARS = 5  # the fewest characters a meeting named after its verb has (工作会议 alone stays with its clause)
# field work told by its forms in a list (实地察看、入户走访、座谈交流): one visit, not three activities
_FIELD_FORM = r"(?:实地|现场|深入|入户|交流|座谈)?(?:察看|查看|调研|座谈|走访|考察|视察|座谈交流|交流座谈)"
_FORMS_OF_ONE_VISIT = re.compile(rf"(?:{_FIELD_FORM}、)+{_FIELD_FORM}")
_MORE_FORMS = re.compile(rf"(?:、{_FIELD_FORM})+")
# a call that sends members out (发动委员…，踊跃投身到…一线): the campaign the call starts
_CALLED_OUT = re.compile(r"(?:发动|动员|号召)[^。；;]{0,40}$")
# a sum the writer makes of what was told (据统计捐款N万元): a statistic, no gift of its own
_TALLIED_BEFORE = re.compile(r"(?:据|经)统计")
# whom a delegation sat down and talked with, told right before the talk (并与乡镇、企业代表面对面座谈交流)
_TALKED_WITH = re.compile(r"(?:与|同|和)[^，,；;。]{1,40}?(?:面对面)?$")
# a notice about a meeting (…联组会发言的征集通知, 座谈会的通知)
# what someone said after or during field work told (在视察后表示, 在调研中谈到; 在发言中表示 is the speech)
_SAID_AFTER = re.compile(r"(?:之?后|中|时|期间)[^，,；;。]{0,4}?(?:表示|说|感慨|坦言|告诉|介绍|谈到|指出)")
_AT_BEFORE = re.compile(r"在(?:此次|这次|本次|当天的?|此前的?)?$")
_NOTICE_AFTER = re.compile(r"[^，,；;。]{0,6}?的?(?:征集)?通知")
# a manner of working: 采取A和B相结合 (the work's forms, not pieces of work)
_COMBINED_MANNER = re.compile(r"(?:采取|将)[^，,；;。]{2,40}?(?:相)?结合")
# a frame the work is set in, not work told (按照省委X的统一安排; 以深化X专项行动为总牵引; 推动X走深走实)
_FRAME = re.compile(r"(?:^|(?<=[)）]))(?:我们|我|大家)?(?:按照|根据|遵照|依照)[^，,；;。]{2,80}?(?:统一)?(?:安排|部署|要求)(?:部署)?$"
                    r"|以[^，,；;。]{2,40}?为(?:总)?(?:牵引|抓手|主线|统揽)"
                    r"|推动[^，,；;。]{2,60}?(?:走深走实|落地见效|落实落细|见行见效)$"
                    # a mechanism set up, its kinds of work listed (建立联席会议、联合调研和信息互通机制)
                    r"|(?:建立|健全|完善|构建|建立健全)(?:了)?[^，,；;。]{2,40}?(?:机制|制度)$"
                    # the work it builds on (在成功召开X会议的基础上): told as a ground, no work of its own
                    r"|在[^，,；;。]{2,60}?的基础上$"
                    # a meeting's time and place agreed (协商…会议召开时间及地点): arranging, no consultation
                    r"|协商[^，,；;。]{2,30}?(?:时间|地点)(?:及|和|与)?(?:时间|地点)?$"
                    # the way of working a body keeps to (注重以灵活的方式、开放的手段开展协商)
                    r"|(?:注重|坚持|善于|着力)以[^，,；;。]{2,60}?(?:理念|视野|手段|方式|方法|形式|思路)开展[^，,；;。]{0,8}$")
_EVENT_COUNT = re.compile(r"(?<![第\d])\d+(?:余|多)?(?:次|场次|场|期)")  # (not 第18次: an ordinal names one)
_CROSS_BORDER = re.compile(r"川渝|渝川")
_SPANS_BOTH = re.compile(r"(?=[川渝黔陕滇鄂湘甘]{0,3}川)(?=[川渝黔陕滇鄂湘甘]{0,3}渝)[川渝黔陕滇鄂湘甘]{2,4}")
_BASIN = re.compile("^" + lexicon.RIVER_BASIN)
_SICHUAN = re.compile(r"四川|川渝|渝川|成渝|蜀")
_CHONGQING = re.compile(r"重庆|川渝|渝川|渝")
_DIGIT = re.compile(r"\d")
_JOINT_WORDS = re.compile(r"联合|共同|携手")
_ITEM_BREAK = re.compile(r"[；;]")
_DATE_AFTER = re.compile(r"\d{1,2}(?:日|月|号)|\d{4}年")  # 联席会议10日在重庆召开: a date, not a count
# Between two bodies of one list: a joiner, perhaps a parent place (与成都市新都区政协).
_HELD_BEFORE = re.compile(r"(?:召开|举行|举办)了?[^，,；;。、]{0,12}$")
_CLAUSE_MARK = re.compile(r"[，,；;。：:“”《》]")
_PLACE_JOIN = re.compile(r"[、和与及]")
_COUNTED_PLACES = re.compile(r"[两三]地(?!政协)")
_TERM_FIRST_SESSION = re.compile(r"[一二三四五六七八九十\d]{1,3}届委员会第?[一二三四五六七八九十\d]{1,4}次(?:全体)?会议")
# the clause after a session's name tells it held (，20日上午在成都开幕 / 隆重开幕 / 在某地召开)
_HELD_NEXT = re.compile(r"[，,]?[^，,；;。]{0,16}?(?:开幕|闭幕|召开|举行)")
_SESSION = re.compile(r"[一二三四五六七八九十\d]届(?:[\u4e00-\u9fff]{2,14}?(?<!全国)委员会)?第?[一二三四五六七八九十\d]{1,4}次")
# a session attended, written by the local form of the text's own committee (参加区政协十届四次会议)
# (出席某县人大七次会议和县政协五次会议的: the congress's session named first, then the own one)
_OWN_SESSION_ATTENDED = re.compile(r"(?:参加|出席|列席)了?(?:[^，,；;。]{4,24}?[和及与、])?"
                                   r"(?:[\u4e00-\u9fff]{0,8}?[省市区县]政协|政协[\u4e00-\u9fff]{2,12}?[区县]|(?<=出席|参加|列席)政协)$")
_TITLE_AFTER = re.compile(r"(?:常务)?(?:副?主委|副?主任委员|副?主席|党组书记|副?书记|副?主任|副?秘书长|副?会长|"
                          r"副?(?:局|厅|处|部|院|社|所)长)")  # (…主委、某局局长某某: one person's posts)
_TITLE_JOIN = searched(re.compile(r"(?:副?主席|党组书记|副?秘书长|常委|委员|副?主委|副?主任)、$"))
_FIELD_WORK = frozenset({"research", "inspection", "supervision"})
_DISCUSSABLE = frozenset({"consultation", "research", "inspection", "supervision", "campaign"})
# a sitting cited as where a decision was taken (经X会议决定：…, 根据X会议研究决定，…): no work of its own
_DECIDED_BY = re.compile(r"(?:经|根据|按照|依据)[^，,；;。]{2,40}?会议(?:研究|讨论)?(?:决定|同意|批准|审议通过)[：:，,]?")
# a decision that a meeting be held on a day (…决定：X会议于2022年1月8日召开): the meeting is to come
_DECIDED_BEFORE = re.compile(r"决定[：:，,]?$")
_HELD_ON = re.compile(r"(?:于[^，,；;。]{2,24}?|" + lexicon.DAYS + r"[^，,；;。]{0,16}?)(?:召开|举行|开幕)")
# the quoted theme of a sitting, in the clause before or after it (a longer quote in its own clause
# is a theme of its own)
_LONG_QUOTE = re.compile(r"“[^“”]{7,}”")
_THEME_CLAUSE_BEFORE = re.compile(r"以“(?P<x>[^“”]{4,60})”为(?:题|主题|议题)[，,]$")
_THEME_CLAUSE_AFTER = re.compile(r"[，,](?:围绕|就|聚焦)“(?P<x>[^“”]{4,60})”(?:开展|进行)(?P<w>协商|议政|讨论|交流|研讨)?(?=[，,；;。]|$)")
# a paragraph's heading word before the work it heads (联合调研方面，…)
_HEADING_WORD = re.compile(r"[\u4e00-\u9fff]{2,8}方面")
# what a saying says the work must be or reach (协商议事就要到…, 协商延伸到哪里), and a verb of holding
# inside the quote that would make it work told (“我们开展协商就要…”)
_MAXIM_AFTER = re.compile(r"(?:议事|议政)?(?:就要|就得|就该|必须|延伸到|走到哪里|到哪里)")
_HELD_IN_QUOTE = re.compile(r"开展|举办|召开|组织|进行|将|今年|下一步")
# a kind of work said to be something (“委员讲堂”是…品牌, 协商已成为…): described, not done; unless a verb
# before it tells it done (开展委员讲堂是…)
_DESCRIBED_AFTER = re.compile(r"[”」]?(?:是|已成为|成为|已经成为)")
_ACTOR_VERB_BEFORE = re.compile(r"(?:开展|举办|组织|举行|召开|进行)")
# someone speaking for a body at a clause's close (某某委员代表民建市委会，…)
_SPEAKS_FOR = re.compile(r"(?:委员|同志|负责人)代表$")
# 由A主办，B、C协办的X会议: the host of the clause before and the co-hosts hold the work together
# a set of committees named by level or system, no list (重庆市各级政协, 全市政协系统)
_INDEFINITE_SET = re.compile(r"各级政协|政协系统|各民主党派和人民团体$")  # (党派团体提交集体提案: some of them, as a set)
# a session's words before its sitting (…会议进入分组讨论环节, …会议继续举行大会发言)
_ENTERS_SITTING = re.compile(r"(?:继续)?(?:进入|转入|举行|召开|进行)(?:了)?")
_CO_HOSTED = re.compile(r"(?:协办|承办|联办|参与主办|共同主办)的")  # (由A主办，B参与主办的X: both hold it)
_HOSTED_BEFORE = re.compile(r"(?:主办|牵头)[，,]$")  # (由区政协牵头，B、C协办的X: the lead hosts it too)
# the outcome of the work just told worked into a proposal or report (将此次协商成果梳理形成联名提案)
_OUTCOME_WORKED_INTO = re.compile(r"(?:(?:把|将|对)(?:此次|本次|这次|该次)?[^，,；;。]{0,8}?(?:成果|意见建议|建议|共识|问题)"
                                  r"[^，,；;。]{0,12}?(?:整理|梳理|转化|汇总|整合)|(?:此次|本次|这次|该次)[^，,；;。]{0,8}?成果(?:将|还将)"
                                  r"(?:整理|梳理|汇总|整合)?)[^，,；;。]{0,4}?(?:形成|为|成)"
                                  r"(?P<into>联名提案|集体提案|提案|社情民意信息|协商报告|调研报告|视察报告)")
# a first line that names committees alone, spaced apart (甲区政协　乙县政协): a joint text's issuers
_ISSUERS_LINE = re.compile(r"\s*(?:[\u4e00-\u9fff]{2,16}政协[ \t\u3000]*){2,}\s*")
# a clause that names the host alone, and those that name co-hosts after it (由A主办，B、C协办，)
_HOST_CLAUSE = re.compile(r"由[^，,；;。]{2,40}?(?:主办|牵头主办)[，,]?")
_CO_HOST_CLAUSE = re.compile(r"[^由，,；;。][^，,；;。]{1,40}?(?:协办|承办|联办)[，,]?")
# one event of a kind, its name in quotes after (开展了一场“田间协商”)
_ONE_EVENT_BEFORE = re.compile(r"(?:一|首)(?:场|次)$")
# a lecture series' sitting given (“委员讲堂”第十二期在某镇开讲)
_LECTURE_GIVEN = re.compile(r"[”」]?(?:第[一二三四五六七八九十\d]{1,3}(?:期|讲|场))?[^，,；;。]{0,24}?开讲")
# work run in a set of committees (在川渝两省市政协同步开展X)
_RUN_IN_AFTER = re.compile(r"(?:系统)?(?:开展|举办|组织开展|同步开展)")
# a plan's line naming who leads the items before it (牵头单位：A、B; 责任单位：A)
_LEAD_UNITS = re.compile(r"\s*(?:牵头单位|责任单位|牵头部门)[：:]")
# a plan's numbered item or its lead or helping units' line, each on a line of its own
_PLAN_ITEM_LINE = re.compile(r"\s*(?:\d{1,2}[.．、](?!\d)|[（(][一二三四五六七八九十]{1,2}[）)]|(?:牵头|责任|配合|协办)(?:单位|部门)[：:])")
# 配合单位：A after a plan's items: A helps run them, a partner
_HELPING_UNITS = re.compile(r"\s*(?:配合|协办)(?:单位|部门)[：:]")
# the work named, then what it will do (联合视察将聚焦X, 专题协商拟以X为题)
# an exhibition told going on (展览将持续到…, 展览将分别在甲、乙展出)
_EXHIBITION_GOES_ON = re.compile(r"(?:将|还将|也将)(?:持续|延续|分别|陆续|巡回|在)|(?:还|也)?吸引了?")  # (…展还吸引了X观看)
# the frames a sentence may open with before its subject: the meeting's view and when (与会者认为，一年来，);
# not a speaker's words (某某表示，今年以来，川渝政协…: what one side says of both)
_VIEW_FRAMES = re.compile(r"(?:(?:(?:会议|与会者|与会人员|大家|委员们)认为|一年来|过去一年|近年来|今年以来|\d{4}年|"
                          r"(?:根据|按照|依据)[^，,；;。]{0,16}?(?:计划|安排|部署|协议|要求))[，,：:])+")  # (根据计划，…)
# members listed with the participating units as who submitted proposals (广大政协委员、各参加单位…)
_OTHER_AUTHORS = re.compile(r"委员[\s,，、]*(?:和|及|与)?各参加单位|(?:党派|团体|专委会|工商联)提案\d")  # (党派、团体提案66件)
# a document a meeting handles, its title after the verb (研究了《…》, 审议通过《…》, 印发《…》)
_DOCUMENT_HANDLED = re.compile(r"(?:研究|审议|讨论|通过|印发|学习|传达|听取)了?(?:并通过)?$")
# the clause after an event's name that holds it (，在某处拉开帷幕)
_HELD_IN_NEXT = re.compile(r"(?:正式|隆重|日前)?在[^，,；;。]{1,24}?(?:开幕|闭幕|举行|举办|召开|拉开帷幕|启幕|揭幕|开展|展出)")
# a session told in the atmosphere it sat in, its closing or opening in a later clause
# (…第一次会议在团结、民主的氛围中，圆满完成各项议程，胜利闭幕)
_IN_ATMOSPHERE = re.compile(r"在[^，,；;。]{2,30}?(?:氛围|气氛)中")
_CLOSES_LATER = re.compile(r"[^。]{0,40}?(?:胜利|圆满|顺利|隆重)?(?:闭幕|开幕)")
# a clause that is a time reckoned from work (自X对口帮扶某县以来, 从X开展调研以来): the work is told before
# 自X以来, 继X之后: a time, reckoned from a date or from earlier work
_SINCE_FRAME = re.compile(r"(?<![\u4e00-\u9fff])[自从][^，,；;。]{2,40}?以来(?=[，,；;。]|$)|"
                          r"继(?!续|承)[^，,；;。]{2,60}?之?后(?=[，,；;。]|$)")
_WILL_AFTER = re.compile(r"”?(?:也|还|则)?(?:将|拟)(?:聚焦|围绕|于|在|重点|主要|以|由|采取|分)")
# an item of a list of work (一是…, 二是…) and a sentence announcing work to come in items (将…开展四项工作。)
_PLAN_ITEM = re.compile(r"\s*(?:[一二三四五六七八九十]是|其[一二三四五六七八九十])")
# 今年将重点做好以下工作：\n（一）X。\n（二）Y。: numbered lines of work announced to come, line after line
# (现将主要情况报告如下。: the 将 that hands over a review, nothing to come)
_LINES_TO_COME = re.compile(r"(?:(?<!现)将|拟|计划|(?<![主重需纪提摘概简])要)(?![^。；;]{0,30}?(?:报告|总结|汇报|通报|说明)如下)"
                            r"[^。；;]{0,60}?(?:以下|如下)[^。；;：:，,]{0,8}[：:。]?$")
_PLAN_LINE_OPEN = re.compile(r"\s*(?:[一二三四五六七八九十]是|[■●◆▲★□▶►]\s*)")
_ITEM_HEAD_SIZE = 24  # (■ 强化理论武装: an item's heading line, its paragraph below)
# (also an outline item opening a paragraph of a review: （五）, 5、, 五、)
_NUMBERED_LINE = re.compile(r"\s*(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2}[.．、](?!\d))")
# 本次会议将于…, 本次会议会期两天半，将于12日上午闭幕: the session's day announced
_OPENING_ANNOUNCED = re.compile(r"(?:(?:会期|为期)[^，,；;。]{1,8}[，,])?将于")
# the first of items run on in one sentence (我们商定，一是…；二是…)
_FIRST_ITEM = re.compile(r"(?<![统唯专])一是")
# the year work announced to come is of (2026年九地政协拟携手开展两项重点工作)
_ANNOUNCED_YEAR = re.compile(r"(20\d\d)年(?![\d度]*(?:以来|来|底前|至))")
# a group named, then work to come together announced, counted (九地政协拟携手开展两项重点工作)
_GROUP_ANNOUNCES = re.compile(r"(?:^|[，,；;：:]|\d{4}年|今年|明年)(?P<who>[两三四五六七八九十]地政协|双方|两省市政协|三省市政协)(?:还|也)?(?:将|拟|计划)(?:联合|共同|携手)[^。；;，,]{0,12}?(?:\d+|[一二三四五六七八九十两])(?:项|个方面|方面)")
_ITEMS_TO_COME = re.compile(r"(?:将|拟|计划|商定|约定)[^。；;]{0,30}?(?:\d+|[一二三四五六七八九十两])(?:项|个方面|方面)(?:重点)?(?:工作|任务|重点)?[。：:]?$")  # (将联合开展三项重点工作。)
# a committee named with its term (十二届省政协, 五届市政协, 十二届四川省政协): its work is of that term
_TERM_OF = re.compile(r"(?<![第\d一二三四五六七八九十])([一二三四五六七八九十]{1,3})届(?:四川省|重庆市|全国|省|市)政协(?!委员)")
# a collective named by how many committees or places it holds (三地地方政协, 30市州区县政协)
_COUNTED_NAME = re.compile(r"[两三四五六七八九十\d]+个?(?:省市|地|区县|县区|市州|市县|市区|区市|县市|省|市|区|县)[^，,。；;]*政协$")
# how many committees a group word counts (两地政协, 三地政协, 三省市政协)
_GROUP_COUNT = {"两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
# a collective named by how many committees it holds, of what level (八市区政协, 四区县政协, 五县市政协)
_COUNTED_COMMITTEES = re.compile(r"([两三四五六七八九十])(?:市区|区市|区县|县区|市县|县市|市州|省市|地市)政协")
_PAIR_ANAPHOR = re.compile(r"(?:还|并|也)*(?:双方|两地政协|两家政协)")
_GROUP_SAID = re.compile("|".join(sorted(lexicon.GROUP_WORDS, key=len, reverse=True)))
# a list begun right after 对 whose earlier items were read as no body (对某分局、县住建局…)
_OBJECTS_LISTED_BEFORE = re.compile(r"对(?:[^，,；;。、对]{2,16}、)+$")
_LIST_JOIN = re.compile(r"(?:(?:还|也|又|再次|首次)(?=与))?[、和及与]*(?:[\u4e00-\u9fff]{1,6}?(?:省|市|州))?")  # (A还与B开展…: both)
# a clause opening with 被 + body: the body is the agent of the activity that follows
# (被市委确定为重点课题开展调研 is the Party committee's research, not the subject's)
_PASSIVE_AGENT = re.compile(r"^[并且还又已先后]*被$")
# X由Y督办: Y is who does it (the first body named, right after 由)
_NTH_SITTING = re.compile(r"第[一二三四五六七八九十\d]{1,3}次(?:全体)?会议")
_TERM_BEFORE = re.compile(r"第[一二三四五六七八九十\d]{1,3}届[\u4e00-\u9fff]{0,12}?委员会$")
_TITLED_PROPOSAL = re.compile(r"关于(?P<x>[^《》]{2,80}?)的?(?:建议|提案)")
# the verb before a title and the quotes around its subject (提交了关于“X”的提案), left out to read it
_VERB_AND_QUOTES = re.compile(r"^(?:提交|提出)了?|[“”]")
_TITLE_NEXT = re.compile(r"的?《关于(?P<x>[^《》]{2,80}?)的?(?:建议|提案)》")
_SPEECH = re.compile(lexicon.SPEECH)
_NAMED_MEMBER_SPEECH = re.compile(lexicon.NAMED_MEMBER_SPEECH)
# what a named member's speech is about, after the member: past the body spoken for and the verb
# that opens it, up to the verb that closes it (代表某党派省委，围绕“X”提出建议 → X)
_MEMBER_SPEECH_SUBJECT = re.compile(r"(?:代表[^，,；;。]{2,24}?(?=[，,]|发言|建议|提出|就|围绕|聚焦|对))?[，,]?(?:发言[，,]?)?"
                                    r"(?:建议[，,]?|就|围绕|聚焦|对|作了?题为)?[“]?(?P<x>[^；;。“”]{2,60}?)[”]?"
                                    r"(?:提出了?(?:意见)?建议|发表(?:了)?见解|建言献策|的(?:大会)?发言)?$")
_ITEM_STOP = re.compile(r"[；;。]")
# where a chain of named members' speeches goes on: after 会上, or after a member's speech and ；
_SPEECH_CHAIN_BEFORE = re.compile(r"(?:^|[。\n])\s*(?:会上|大会上|会议上|发言中)[，,]$|委员[^；;。]{4,}[；;]$")
_AUTHORS_BEFORE = re.compile(lexicon.AUTHORS_BEFORE)
_AFTER_FRAME_OPEN = re.compile(r"继(?!续|承)[^；;。后]{0,60}[，,]$")  # (继…, the clause before one ending in 后)
# a post and a name right after a body, then what the person says (…党委宣传委员某某说): the body is where the speaker works
_SPEAKER_POST_AFTER = re.compile(r"[\u4e00-\u9fff]{0,4}?(?:委员|书记|主任|局长|镇长|乡长|院长|校长|所长|站长|经理|董事长|负责人|主席|会长)"
                                 r"[\u4e00-\u9fff]{2,3}(?:说|表示|认为|介绍|告诉记者)")
# a proposal a member prepared or brought, told by what it is about (准备了一份关于X的提案, 带来了推动X的建议)
_BROUGHT_ABOUT = re.compile(r"(?:(?:准备|撰写|带来)了|(?<=带来了))(?!一批|多件|[\d两三四五六七八九十])(?:一份|一件)?"
                            r"(?:关于|与|和)?(?P<x>[^，,；;。“”《》]{2,30}?)(?:(?:相关|有关)的|的(?:相关|有关)?)(?:建议|提案)")  # (带来了与X(的)相关(的)建议)
# a sitting named as where things happened (在闭幕会前召开的选举会上, 在第三次全体会议上)
_SITTING_WHERE = re.compile(r"在(?:[^，,；;。]{0,16}?(?:举行|召开|舉行)的)?(?P<x>[^，,；;。]{2,30}?)(?:上|现场|会场)"
                            r"|(?:上午|下午|晚上|当天|当日|同日|次日|随后|大会(?:先后)?)(?:还|又)?(?:举行|召开|舉行)了?(?P<y>[^，,；;。]{2,30}?)")  # (下午举行联组讨论: the sitting, not when)
# a government or Party post right before a person's name (副省长某某, 市委书记某某, 区长某某)
_OFFICIAL_BEFORE_NAME = re.compile(r"(?:(?<![政协])副?(?:省|市|区|县|州)长|(?:省|市|区|县|州)委(?:副)?书记)(?P<name>[\u4e00-\u9fff]{2})")
# a CPPCC post right before a name (政协主席某某, 政协副主席某某): one who also leads the committee
_CPPCC_POST_BEFORE = r"政协(?:党组)?(?:副?主席|秘书长|书记)"


def _officials_named(norm: str) -> tuple[str, ...]:
    """The names (their first two characters) the text gives a government or Party post and no
    CPPCC post: what such a person does on their own (某某通报了…, 某某会见了…) is no work of
    the committee's."""
    if "长" not in norm and "书记" not in norm:
        return ()
    names = {m.group("name") for m in _OFFICIAL_BEFORE_NAME.finditer(norm)}
    return tuple(sorted(n for n in names if not re.search(_CPPCC_POST_BEFORE + re.escape(n), norm)))

# a council or standing committee's sitting as the subject of the work it does (主席会议专题协商X)
_SITTING_CONSULTS = re.compile(r"(?:主席|常委会?|常务委员会)(?:\(扩大\)|（扩大）|扩大)?会议$")
# the authors of a count of proposals, after a breakdown's lead (其中，党派、团体提案N件: 党派、团体)
_PROPOSAL_AUTHORS = re.compile(r"(?:其中|此外|另外|还有|[（(：:，,])*(?P<x>[^，,；;。（(）)：:]{0,60}?" + lexicon.AUTHORS_BEFORE[:-1] + r")")
# a clause that states a rule, an aim or any case, not one piece of work (无论是…; 为确保…; 每次…; 都离不开…)
_NO_ONE_PIECE = re.compile(r"(?:无论是?|不论是?|为了?确保|以确保|每次|每项|每一次|每一项|(?:都|也|均)?离不开|"
                           r"(?:必须|务必|只有|唯有)(?:依靠|坚持|通过|靠)|"  # (必须依靠委员深入调查研究: a principle)
                           # 各课题组原则上于10月底前完成调研: when the subjects listed are to be done, no work of its own
                           r"各(?:课题组|调研组|视察组)[^，,；;。]{0,16}?完成)")
# a body that hands in what it counts (民盟某区委共提交集体提案N件): its own proposals, not a tally by kind
_UNIT_BEFORE = re.compile(r"(?:委会|委员会|[区市县州省工]委|支部|总支|支社|工商联|妇联|科协|侨联|党派|界别|界委员|专委会|政协)"
                          r"(?:共|共计|累计|先后|已|还|在会上|分别)?$")
# the authors who open a clause that counts what they handed in (从提出主体看，A、B和C共提交…)
_AUTHORS_HEAD = re.compile(r"(?:(?:从|按)[^，,]{2,8}(?:看|分)[，,])?(?P<x>[^，,；;。]{2,60}?)(?:共计|共|累计|分别)?(?=提交|提出)")
_NOT_AUTHORS = re.compile(r"围绕|聚焦|就|针对|收到|向|的|名义|其中|组织|提前")  # (words of a clause, not of names)
# a unit or a sector's members handing in proposals counted without the word (农业界委员提交31件), in a
# text about proposals: the verb
_HANDED_IN_COUNT = re.compile(r"(?<=[\u4e00-\u9fff])(?:共|共计|分别)?(提交|提出)了?\d+(?:余|多)?[件篇]")
# 联名会签的关于“甲”、“乙”等3份集体提案: proposals the members signed together, put forward
_SIGNED_BEFORE = re.compile(r"联名(?:会签|提交|提出)的[^，,；;。]{0,80}$")
_SAID = re.compile(r"[《“「](?:关于|關於)?(?P<x>[^》”」]{2,80}?)(?:的(?:建议|思考|建議))?[》”」]")
_AGENT_BY = re.compile(r"(?:分别|均|统一|主要|具体)?由$")
# 为落实X视察工作安排，…: the work a clause serves, told as a purpose, not as done
# a clause that only lists the fields a result lies in (在A、B、C上), and work laid out (对X工作进行了部署)
_FIELDS_LISTED = re.compile(r"[^，,；;。在]{0,8}在(?P<x>[^，,；;。上]{2,40}、[^，,；;。上]{2,40})上(?:取得|实现|有了?|下功夫|发力|出实招|见实效|成效)")
_DEPLOYED_AFTER = re.compile(r"(?:工作)?(?:进行|作|作出|做出)了?(?:全面|具体|专门|周密)?(?:部署|安排)")
_PURPOSE_CLAUSE = re.compile(r"(?:[^，,；;。]{0,12}[，,])?为(?:落实|贯彻|推进|做好|抓好|配合)[^，,；;。]{2,60}(?:安排|部署|要求|任务)$|"
                             # 为切实抓好X提案的督办落实, 县政协为了深入地宣讲X: a purpose alone, the work in the next clause
                             r"^[^，,；;。为]{0,16}?为了?(?:切实|深入地?|进一步|更好地?|全面|扎实)(?:抓好|做好|推动|推进|落实|贯彻|宣讲|宣传|助力|促进|加强)"
                             r"(?:(?!召开|举行|开展|组织|进行|举办|前往|赴)[^，,；;。]){2,80}$")
_WROTE_IT = re.compile(r"(?:上报|报送|提交|提出|撰写|形成)的")
# (向县委报送, 向县委县政府报送: the ones it goes to, the Party's organ read as none; 面向, 方向: no)
_THEMED_INFO = re.compile(r"涉及[^，,；;。]{2,20}?的|相关(?=社情民意|民情)")  # (报送涉及X的…信息21篇, 报送相关社情民意信息: on a subject)
_SENT_TO_BEFORE = re.compile(r"(?<![面走方一意倾指])向[\u4e00-\u9fff]{0,6}$")
_OVERSEES_AFTER = re.compile(r"[^，,；;。]{0,10}?(?:领衔|牵头)?督办")  # (由省政协主席某某领衔督办)
_PROPOSED_AFTER = re.compile(r"[^，,；;。]{0,8}?(?:提出|提交|领衔(?!督办|办理|协商))")  # (由某某领衔督办: who oversees it, not who wrote it)
#: Activity kinds whose words run together into one compound (调研视察, 视察调研, 协商座谈).
_COMPOUNDING = frozenset({"supervision", "inspection", "research", "consultation", "study", "meeting"})


class _Trigger(NamedTuple):
    """An activity word in a clause's compact view (a tuple: made for every clause, cheaply)."""

    start: int
    end: int
    type: str
    subtype: str | None


class _Placed(NamedTuple):
    """A mention with its position in the clause's compact view."""

    start: int
    end: int
    mention: Mention


def _congress_sessions(bodies: Sequence[_Placed]) -> set[str]:
    """The people's congresses named by a session of theirs (某区第N届人民代表大会第M次会议): a session
    told beside the committee's, whose congress is no actor of the committee's work."""
    return {p.mention.entity for p in bodies if p.mention.label.endswith("人民代表大会")
            and _normalised(p.mention.surface).endswith("会议")}

def own_cppcc(reference: Reference, report: Report) -> str | None:
    """The CPPCC committee a report speaks for: the publisher or its nearest CPPCC ancestor."""
    key = report.publisher
    seen: set[str] = set()
    while key and key not in seen:
        seen.add(key)
        entity = reference.get(key)
        if entity is None:
            break
        if entity.cls in CPPCC_CLASSES:
            return key
        key = entity.parent
    return None


_SUBJECT_FIXED = re.compile("的?" + lexicon.SUBJECT_FIXED)  # (联合协商议政主题确定为“X”: the work named, to be done)
_PRACTICE_AFTER = re.compile(r"[^，,；;。]{0,8}?的?(?:具体|有关|相关|经验)?(?:做法|经验|体会)")
_PRACTICE_TOLD = re.compile(r"(?:介绍|分享|交流|借鉴|推广|总结)了?")
# the fields an agreement opens to cooperation (深化联合协商议事、互派干部培训、共享调研成果等多领域合作):
# kinds of work named as a list, no one piece of work
_COOPERATION_AREAS = re.compile(r"(?:开展|深化|加强|推进|推动)((?:[^，,；;。、]{2,14}、){2,}[^，,；;。、]{2,14}?)等[^，,；;。]{0,8}?(?:合作|协作)")
_JOINT_DUTY = "履职"  # 联合履职, 联合开展履职活动: joint work told as such


def _positions(text: str, word: str) -> list[int]:
    found, at = [], text.find(word)
    while at >= 0:
        found.append(at)
        at = text.find(word, at + 1)
    return found


def _bare_label(label: str, word: str) -> bool:
    """Is `label` the activity word alone, or with two characters of kind before it (跨省远程协商)?"""
    return label.endswith(word) and len(label) - len(word) <= 2


_JOINS_NAMES = ("", "与", "和", "、", "及", "同", "会同")


# a group named by a count of its places or provinces, or the members of both sides (遂潼两地政协, 两省市政协, 住川、住渝全国政协委员)
_GROUP_NAMED = re.compile(r"(?:[\u4e00-\u9fff]{2,6}?[、和及与])*[\u4e00-\u9fff]{0,4}?(?:两地|三地|四地|两省市|三省市)政协|住川[、]?住渝全国政协委员|住川渝全国政协委员")


def _named_before(text: str, bodies: Sequence[_Placed], end: int, place_ends: dict[int, int]) -> str:
    """The names of the bodies written last before `end`, joined (荣昌区政协与遂宁市安居区政协:
    the places written before a name with it), as the text writes them; "" when none stands there."""
    before = [p for p in bodies if p.end <= end and text.endswith(("政协", "政協"), p.start, p.end)]
    if not before:  # (三地政协全年联合开展…; 住川渝全国政协委员…联名提交…: the group word, as written)
        said = [m.group() for m in _GROUP_NAMED.finditer(text, 0, end)]
        committees = [w for w in said if w.endswith("政协")]  # (两省市政协共同组织住川住渝委员…: the committees run it)
        return (committees or said or [""])[-1]
    last = before[-1]
    first_at = _before_places(place_ends, last.start)
    for p in reversed(before[:-1]):
        if text[p.end:first_at] not in _JOINS_NAMES:
            break
        first_at = _before_places(place_ends, p.start)
    return text[first_at:last.end]


# work counted as done together (联合视察9次, 共同开展联合视察7次, 联合开展调研视察7次): the
# committees' joint work as well as its count; not a part of a tally (其中联合调研10项)
_TOGETHER_MARK_BEFORE = re.compile(r"(?:联合|共同|联名|携手)(?:开展|举办|组织|召开|进行|提交|提出|报送|开设)?了?(?:跨省|跨界|跨区域|专题)?"
                                   r"(?:调研|视察|考察|协商)?$")
_ITEMS_COUNTED_AFTER = re.compile(r"[^，,；;。\d]{0,10}?\d+(?:余|多)?(?:项|个|件)(?:[，,；;。]|$)")
_KIND_OF_DUTY = re.compile(r"调研|视察|考察|协商|监督|提案|巡河|议政|座谈|督办|培训|研讨|读书|党日|联学")
_PART_OF_A_TALLY = re.compile(r"其中|\d(?:余|多)?(?:次|项|场次|场|件|个|期|篇)、[^，,；;。]*$")  # (not 甲、乙、丙三地政协共同…: names listed)
# a verb of doing together governing the kinds counted after it (共同组织…开展联合调研3次、联合视察2次)
_TOGETHER_GOVERNS = re.compile(r"(?:共同|携手|一道|联合)(?:组织|开展|举办|进行)")


# a joint council's meeting (联席会议, 联席会) and a group of committees acting before it
_JOINT_COUNCIL = re.compile(r"联席会")
_GROUP_ACTS_BEFORE = re.compile(r"(?:川渝|两地|三地|四地|两省市|三省市|双方|毗邻|[两三四五六七八九]区县|[两三四五]县市)[^，,；;。]{0,8}?政协"
                                r"|双方|两地政协|三地政协")
# the kinds counted since the verb of doing together, each with its count (…协商议政6次、调研视察)
_COUNTED_KINDS_SINCE = re.compile(r"(?:[^，,；;。、\d]{2,10}?\d+(?:余|多)?(?:次|项|场次|场|件|个|篇)、)+[^，,；;。、\d]{0,4}")


_MEMBERS_OF_BOTH_BEFORE = re.compile(r"(?:两地|两省市|三地|川渝)(?:政协)?委员")  # (组织两地委员开展…)
# a pair of committees heading the clause, then a verb of doing (甲区政协与乙市政协累计开展…)
_PAIR_OPENS_THE_CLAUSE = re.compile(r"[^，,；;。与和同]{0,24}?(?:政协|委员会)[与和同][^，,；;。]{1,16}?(?:政协|委员会)"
                                    r"(?:还|也|共|共同|累计|先后|已|全年)*(?:开展|组织|举办|召开)")
# a pair or group acting just before (甲政协与乙政协已…, 三地政协累计…, 双方…)
_PAIR_ACTS_BEFORE = re.compile(r"(?:[与和同][^，,；;。]{1,16}?(?:政协|委员会)|[两三四]地(?:政协)?(?:委员)?|双方|两区|两县|三方)[^，,；;。\d]{0,8}$")


def _done_together(text: str, start: int, end: int) -> bool:
    """Is the counted work at [start, end) marked as done by several bodies together, on its own
    (not as a part of a tally: 其中…联合调研10项, 联合协商1项、联合调研10项), or as one of the kinds a
    verb of doing together counts (两省市政协共同组织委员开展联合调研3次、联合视察2次)?"""
    if _JOINT_COUNCIL.search(text, start, end) and _GROUP_ACTS_BEFORE.search(text, 0, start) and "其中" not in text[:start]:
        return True  # (川渝政协共召开联席会议4次: the councils of the group, held together by nature)
    if ((text.startswith(("联合", "共同"), start) or text.endswith(("联合", "共同"), 0, start))
            and _KIND_OF_DUTY.search(text, max(0, start - 2), end) and "其中" not in text[:start]
            and (_PAIR_OPENS_THE_CLAUSE.match(text, 0, start) or _GROUP_ACTS_BEFORE.search(text, 0, start)
                 or _MEMBERS_OF_BOTH_BEFORE.search(text, 0, start))):
        # (甲政协与乙政协开展联合协商6项、联合调研12项; …组织两地委员开展联合视察4次、联合调研1次: the pair
        # or the group named at the head, each kind marked as done together)
        return True
    if text.startswith("互访", start) and _PAIR_ACTS_BEFORE.search(text, 0, start) and "其中" not in text[:start]:
        return True  # (甲区政协与乙市政协已互访交流5批次: visits exchanged, the pair's by nature)
    governs = _TOGETHER_GOVERNS.search(text, 0, start)
    if governs is not None and _COUNTED_KINDS_SINCE.fullmatch(text, governs.end(), start) and "其中" not in text[:start]:
        return True  # (联合开展协商议政6次、调研视察30项: each kind counted under the verb of doing together)
    if not (text.startswith(("联合", "共同", "联名"), start) or _TOGETHER_MARK_BEFORE.search(text, max(0, start - 10), start)):
        return False
    if not _KIND_OF_DUTY.search(text, start, end):
        return False  # (共同推进重点工作13项: the year's items counted, no kind of work)
    if "其中" in text[:start]:
        return False
    if (governs := _TOGETHER_GOVERNS.search(text, 0, start)) is not None and not _PART_OF_A_TALLY.search(text, 0, governs.start()):
        return True
    return not _PART_OF_A_TALLY.search(text, 0, start) and not text.startswith("、", lexicon.COUNT_AFTER.match(text, end).end())


@lru_cache(maxsize=4096)
def find_triggers(text: str, names_each: bool = False, themed: bool = False) -> tuple[_Trigger, ...]:
    """Activity words in a compact clause, compounds (调研视察) merged, forms and names dropped.
    ``names_each``: the next clause names the subjects of the work counted here (…视察3次，主题
    分别为“甲”“乙”), so the count is no tally. ``themed``: the clause before states the one
    subject of the work this clause counts (围绕X，三地政协开展联合调研2次、联合视察1次). Cached: a clause is read again when a neighbour
    looks for its subject there."""
    if not lexicon.ANY_TRIGGER.search(text):
        return ()  # most clauses of a sentence with an activity word have none themselves
    if _NO_ONE_PIECE.match(text):
        return ()  # 无论是开展协商、监督; 为确保调研不走过场; 每次调研有成果: a rule or an aim, no work told
    found: list[_Trigger] = []
    taken = [False] * len(text)
    counted_list: bool | None = None  # worked out at the first candidate, rarely needed
    business = (("会" in text or "审议" in text or "听取" in text or "分别通报" in text)
                and lexicon.MEETING_BUSINESS.match(text))
    if business:  # the business of the meeting just told: no work of its own (…并进行民主测评 after it is)
        after = lexicon.APPRAISED_AFTER.search(text, business.end())
        if after is None:
            return ()
        taken[:after.start()] = [True] * after.start()
    chars = set(text)
    # 《关于支持“X”建设试点的提案》: the words of a proposal's title tell no other work
    proposal_titles = [m.span() for m in _PROPOSAL_TITLE.finditer(text)] if "《" in text else []
    if "结合" in text and (manner := _COMBINED_MANNER.search(text)) is not None:
        taken[:manner.end()] = [True] * manner.end()  # 本轮视察将采取集中视察和日常视察相结合: how, no work told
    if (frame := _FRAME.search(text)) is not None:
        taken[frame.start():frame.end()] = [True] * (frame.end() - frame.start())  # 按照X的统一安排: the frame of the work
    if ("以来" in text or ("继" in text and "后" in text)) and (since := _SINCE_FRAME.search(text)) is not None:
        taken[since.start():since.end()] = [True] * (since.end() - since.start())  # 自X对口帮扶某县以来: a time, no work told
    if "、" in text and _SETS_MATTERS.search(text) and (matters := _KINDS_AS_MATTERS.search(text)) is not None:
        taken[matters.start():matters.end()] = [True] * (matters.end() - matters.start())  # 明确联合协商、联合调研等合作事项
    if ("合作" in text or "协作" in text) and (areas := _COOPERATION_AREAS.search(text)) is not None:
        taken[areas.start(1):areas.end(1)] = [True] * (areas.end(1) - areas.start(1))  # 深化联合协商议事、互派干部培训等合作
    for at in _positions(text, "政协商"):
        if text[at - 1:at] not in ("议", "参"):  # (专题议政协商: a consultation)
            taken[at + 1] = True  # (两区政协商定…: the 协 is the committees', no 协商 told)
    if "政治协商" in text or "协商、监督" in text:
        for m in lexicon.FUNCTIONS.finditer(text):
            taken[m.start():m.end()] = [True] * (m.end() - m.start())
    for (regex, typ, sub), first in zip(lexicon.TRIGGER_RES, lexicon.TRIGGER_FIRST):
        if first is not None and chars.isdisjoint(first):
            continue  # no character this pattern can start with: it cannot match
        for m in regex.finditer(text):
            s, e = m.span()
            if any(taken[s:e]) or (proposal_titles and typ != "proposal" and any(a < s and e < b for a, b in proposal_titles)):
                continue
            if typ != "campaign" and "”" in text and _inside_quotes(text, s) and (close := text.find("”", e)) >= 0 and (
                    _CAMPAIGN_AFTER_QUOTE.match(text, close + 1)):
                continue  # 开展“提案督办协商月”活动: the quoted words name the campaign, which the campaign word holds
            # 联合提交的《关于…的建议》: that proposal, whatever its title says
            named_proposal = (typ == "proposal" and (text.startswith("的《", e) or text.startswith("《", e)
                                                     # (我带来的提案是关于X的建议: the proposal, by its title)
                                                     or (text.startswith(("是关于", "是《"), e) and text.endswith("带来的", 0, s)))) or (
                typ == "consultation" and _SPEAKER_NAMED_AFTER.match(text, e) is not None)  # (代表X发言的某某委员认为…)
            if not named_proposal and lexicon.NOT_ACTIVITY_AFTER.match(text, e) and not (
                    text[e:e + 1] in ("组", "团") and (lexicon.GROUP_FORMED_BEFORE.search(text, 0, s) or (
                        (_LED_BEFORE.search(text, 0, s) or text.endswith("组织", 0, s))  # (组织调研组深入X: the team's field work)
                        and text.startswith("深入", e + 1)))) and not (
                    _TEAM_FORMED_BEFORE.search(text, 0, s) and _TEAM_SETS_OUT.match(text, s)) and not (
                    typ in ("research", "inspection") and text.startswith("组", e) and _TEAM_COMES.match(text, e + 1)
                    and _TEAM_OWNER_BEFORE.search(text, 0, s) is not None
                    and not _WORK_WORD_AFTER.match(text, e + 1)) and not (
                    text[e:e + 1] in ("已", "结") and lexicon.TOOK_PLACE_BEFORE.search(text, 0, s)) and not (
                    typ == "other" and text.startswith("的", e) and text[s:e] == "捐赠"
                    and lexicon.GIFT_RECEIVED_BEFORE.search(text, 0, s)) and not (
                    typ == "meeting" and _at_the_meeting(text, s, e)) and not (
                    typ == "meeting" and text.endswith(("进入", "转入"), 0, s)) and not (  # (会议进入分组讨论环节: its sitting)
                    typ == "meeting" and _SESSION.search(text, s, e) and _OWN_SESSION_ATTENDED.search(text, 0, s)) and not (
                    typ == "research" and text.startswith("报告", e) and _REPORT_DONE.search(text, 0, s)) and not (
                    _TOPICS_COUNTED.match(text, e) or (_TOPICS_LISTED.match(text, e) and _COUNT_ENDS.search(text, 0, s))):
                # 开展的X已结束; 收到X捐赠的; X座谈会现场; 携手完成了《X》等调研报告 (research done);
                # (出席区政协十届四次会议的委员们: the text's own session, held)
                continue
            if typ == "meeting" and ("提出" in text or "所提" in text) and _ADVICE_FOLLOWED_UP.match(text, e):
                continue  # 报告了某次常委会议就X所提建议的办理情况: an earlier sitting cited, none held
            if typ in ("meeting", "consultation") and ("提交" in text or "报送" in text) and _HANDED_TO_BEFORE.search(text, 0, s):
                continue  # 调研成果将提交年内召开的联席会议: where results go, no meeting told
            if ("今天" in text or "当天" in text) and _TODAYS_MEANS_BEFORE.search(text, 0, s):
                continue  # 通过当天的走访和协商，帮助居民…: the day's work just told, the means of a result
            if ("次" in text or "期" in text or "场" in text or "轮" in text) and _THIS_ONE_BEFORE.search(text, 0, s) and not _HELD_AFTER_WORDS.search(text, e) and not (
                    # (此次视察成果将整合形成联名提案: the work told, worked into an output of its own)
                    typ in ("proposal", "publication", "information")
                    and (text.startswith((*_WORKED_VERBS, "形成", "转化"), s) or _INTO_BEFORE.search(text, max(0, s - 4), s))) and not (
                    # (本次会议的“1号提案”将聚焦X, 此次我带来了‘…建议’: that proposal)
                    typ == "proposal" and (_ONES_PROPOSAL_ABOUT.match(text, e) or text.startswith(_BRINGS, s)
                                           or lexicon.BROUGHT_BEFORE.search(text, max(0, s - 3), s))):  # (这次带来了X的建议)
                continue  # 此次X会议议程紧凑, 这次常委会围绕X开展专题协商，是…: the work told, described
            if "在" in text[:s] and _ASPECTS_AFTER.match(text, e) and _IN_ASPECTS_BEFORE.search(text, 0, s):
                continue  # 尤其在走访调研、基层治理…等方面: fields of work, no work told
            if typ != "meeting" and "、" in text and (fields := _FIELDS_LISTED.match(text)) is not None and fields.start("x") <= s < fields.end("x"):
                continue  # 在线索征集、督办、评价上取得成效: the fields a result lies in
            if ("部署" in text or "安排" in text) and "对" in text[:s] and _DEPLOYED_AFTER.match(text, e):
                continue  # 会议还对民主监督工作进行了部署安排: the work laid out, none told done
            if typ == "supervision" and _COUNTED_OVERSEEN.search(text, 0, s):
                continue  # 9件重点提案由副区长领衔督办: a count of proposals overseen, a statistic
            if text.startswith("工作", e) and _LOOKED_INTO_BEFORE.search(text, max(0, s - 16), s):
                continue  # 来到某市调研毗邻协商工作: the work looked into, the visit's object
            if text.startswith("工作", e) and _FUNCTION_SERVED.search(text, 0, s):
                continue  # 为加强和改进民主监督工作, 为下一步监督工作打下基础: the function, no work told
            if typ == "briefing" and _SPEAKER_REPORTS.search(text, 0, s):
                continue  # 我就县政协全年工作予以简要通报: the speaker's own report, given where the text is said
            if "报告" in text[e:] and _BUSINESS_VERBS.search(text, 0, s):
                continue  # 分组听取、审议、协商计划报告: the session's business, its verbs in a row
            if text.endswith(("观摩", "观摩了"), 0, s):
                continue  # 应邀观摩述职大会: guests watch another's event, which the text tells
            if typ == "publication" and lexicon.RETOLD_WORK_BEFORE.search(text, max(0, s - 8), s):
                continue  # 这些丛书…: the works just told, referred to again
            if typ == "campaign" and text.startswith("“", s) and _QUOTED_THEMES_BEFORE.search(text, 0, s) and (
                    _THEMES_THEN_WORK.match(text, e)):
                continue  # 围绕“加快X行动”“Y”等深入调研: a quoted theme of the work after it, no campaign
            if typ == "consultation" and _MEANS_WORD.search(text, max(0, s - 6), s) and _AS_A_MEANS.match(text, e):
                continue  # 以协商助推X, 以政协“小协商”助解Y: consultation as the means of a cause, no one consultation
            if text.startswith(("这", "此")) and _IT_IS_ALREADY.match(text) and _IT_IS_ALREADY.match(text).end() <= s:
                continue  # 这已是两地政协第三次联合举办书画联展: the work just told, counted among its kind
            if typ == "meeting" and _BY_DECISION_OF.search(text, 0, s) and _DECIDED_AFTER.match(text, e):
                continue  # 经区政协十五届第三十四次主席会议研究，决定…: the sitting cited as the ground of a decision
            if typ == "consultation" and _ATTENDEES.match(text):
                taken[s:e] = [True] * (e - s)
                continue  # 与会委员围绕X建言献策: what those at the meeting said, its business
            if typ == "proposal" and text.startswith(("转化为", "转化成"), s) and not _TURNED_BY.search(text, 0, s):
                continue  # 履职成果转化为联名提案: what the results became, told as a result (将把X转化为…: work)
            if "如下" in text and _THE_TEXT_ITSELF.search(text, 0, s) and _AS_FOLLOWS.match(text, e):
                continue  # 现将部分发言摘要刊登如下, 现将征稿事宜公布如下: the text speaking of itself
            if _TIME_FRAME_AFTER.fullmatch(text, e) and _TIME_FRAME_BEFORE.fullmatch(text, 0, s):
                continue  # 调研视察结束后，…; 每批次调研视察前，…: a time the clause names, the work told elsewhere
            if _COURSE_PART.match(text):
                continue  # 学员们听取专题讲座7场, 培训班举行结业式: a part of the course told, no work of its own
            if lexicon.NOT_ACTIVITY_BEFORE.search(text, _own_item(text, s), s) and not (typ == "meeting" and _OPENING_ANNOUNCED.match(text, e)) and not (
                    typ == "publication" and (text.startswith("形成", s) or text.endswith(_WORKED_VERBS, 0, s))) and not (
                    typ == "proposal" and text.startswith((*_WORKED_VERBS, "转化"), s) and ("将" in text[:s] or "拟" in text[:s])) and not (
                    typ == "consultation" and lexicon.WEAK_TRIGGER.fullmatch(text, s, e)
                    and _HOW_THEMED.search(text, _own_item(text, s), s)) and not (  # 就X如何Y建言献策: the advice on it
                    text.endswith("专门", 0, s) and _DONE_SPECIALLY.match(text, s)) and not (
                    typ == "proposal" and ((lexicon.BROUGHT_BEFORE.search(text, 0, s) and not _HOW_TO_WRITE.search(text, 0, s)) or _ONES_PROPOSAL_ABOUT.match(text, e)
                                           or text.startswith(_BRINGS, s))):  # (这次带来了X的建议: this session's, brought)
                continue  # (本次会议将于…开幕: the session announced, told first here)
            if typ != "campaign" and _QUOTED_CAMPAIGN_AFTER.match(text, e):
                continue  # “有事来协商”活动: the campaign's name, read whole below
            if typ != "meeting" and "“" in text[max(0, s - 12):s] and (_QUOTED_MEETING_AFTER.match(text, e) or (
                    "”" in text[e:e + 12] and _QUOTED_MEETING_AFTER.match(text, text.find("”", e)))):
                continue  # “渝事好商量”工作推进会, “有事来协商·X协商”协商会议: what the meeting is about, the meeting read below
            if (lexicon.DURING_AFTER.match(text, e) and not lexicon.TOOK_PLACE_BEFORE.search(text, 0, s)
                    and not _SESSION.search(text, s, e)  # 在X政协七届六次会议上: that session, named
                    and not (typ == "meeting" and text.startswith("上", e) and text[e - 1] in "会议")
                    and not (typ == "meeting" and _A_SITTING.fullmatch(text, s, e))):  # (界别联组讨论中: that sitting, held)
                continue  # (座谈会上: a meeting, dropped later where one was just told: headlines.py)
            if typ == "meeting" and (lexicon.RECIPIENT_BEFORE.search(text, 0, s) or (
                    _SESSION.search(text, s, e) and lexicon.ATTENDING_BEFORE.search(text, 0, s)
                    and not _OWN_SESSION_ATTENDED.search(text, 0, s))):
                continue  # 向…十四届二次会议提交; 委员赴京参加全国政协十四届三次会议: another body's session
                # (出席区政协十届四次会议: the text's own committee's session, held)
            if typ in ("other", "research", "inspection") and lexicon.OBJECT_COUNT_AFTER.match(text, e) and not (
                    typ == "other" and text.startswith(_GIVES, s)):  # (捐赠50床藏毯: the gift, counted)
                continue  # 走访企业186家: a count of what was visited
            if typ == "meeting" and lexicon.CONVEYED_AFTER.match(text, e) and lexicon.CONVEYED_BEFORE.search(text, 0, s):
                continue  # 通报市委全会的情况: a meeting told of
            if typ == "meeting" and _ABOUT_A_SESSION.search(text, 0, s):
                continue  # 关于X届N次会议提案…的报告: a report about the session, no session held here
            if typ == "meeting" and _SPIRIT_STUDIED.search(text, 0, s) and _SPIRIT_AFTER.match(text, e):
                continue  # 学习贯彻省委十二届二次全会及…全会精神: meetings whose spirit is studied
            if (typ != "meeting" and "精神" in text and _MEETING_SPIRIT_AFTER.match(text, e)
                    and _SPIRIT_STUDIED.search(text, 0, s)):
                continue  # 传达全市史料编撰工作会议精神: a word of the meeting's name, no work of its own
            if typ == "meeting" and text[max(0, s - 2):s] == "党政":
                continue  # 重庆四川党政联席会议: the Party's and governments' meeting, not the CPPCC's
            if typ == "meeting" and _NOTICE_AFTER.match(text, e):
                continue  # 印发界别联组会发言征集通知: a notice about a sitting to come, none held
            if typ == "meeting" and _NOT_HELD_AFTER.match(text, e):
                continue  # 从发布会上获悉, 从X会议开幕会上获悉: where a reporter learned; X会议秘书处组长: an office of the session
            if typ == "meeting" and _NUMBERED_ITEM.match(text, e):
                continue  # 九届一次会议第126号重点提案: the session a proposal is numbered in
            if typ == "meeting" and _SAYS_AFTER.match(text, e) and _PARTY_BEFORE.search(text, max(0, s - 12), s):
                continue  # 中共某市委N届M次全会提出“…”: the Party's plenum cited for what it set, not held here
            if typ == "meeting" and _MATTERS_AFTER.match(text, e):
                continue  # 研究了召开X会议的相关事项: a session to be convened, the agenda's matter
            if typ == "proposal" and _BUILT_ON_AFTER.match(text, e):
                continue  # 在去年集体提案《X》基础上: last year's proposal, the ground of the work now told
            if typ == "meeting" and lexicon.SINCE_AFTER.match(text, e):
                continue  # 四届二次会议以来: since the session, not the session
            if _PRACTICE_AFTER.match(text, e) and _PRACTICE_TOLD.search(text, 0, s):
                continue  # 分享了主办X会议的经验做法: how others did work, told at a meeting, no work here
            if (typ == "other" and lexicon.ABOUT_BEFORE.search(text, 0, s) and not text.endswith(_JOINT_DUTY, s, e)
                    and "征" not in text[s:e]):  # (围绕“X”联合征集文史资料: the collecting, on its subject)
                continue  # (围绕X联合推动: the cause; 围绕X联合开展履职活动: the work, X its subject)
            if typ in ("information", "research", "proposal") and _ADOPTED_AFTER.match(text, e) and not _SENT_BEFORE.search(text, 0, e):
                continue  # …的调研报告获得县委采纳: what became of work, no work told (某某提交的X提案被采纳: told)
            if typ == "briefing" and _MET_AND_HEARD.search(text, 0, s):
                continue  # (并座谈听取X情况通报: what the sitting heard, its business)
            if _MANNER_ONLY.fullmatch(text):
                continue  # (…，深入调查研究，积极建言献策: the way members are to work, nothing done or about anything)
            if typ == "other" and text.startswith(("捐款", "捐物", "捐资"), s) and _RECEIVED_BEFORE.search(text, 0, s):
                continue  # 收到爱心人士捐款: a gift received, not given
            if typ != "meeting" and _HEARD_BEFORE.search(text, 0, s) and _STATE_OF_IT.match(text, e):
                continue  # 主席会听取X有关筹备情况: how work stands, heard, is the meeting's business
            if typ in ("research", "inspection") and text.endswith(_REPORTING, 0, s) and _STATE_OF_IT.match(text, e):
                continue  # 委员正在通报调研情况: findings reported at a meeting, no field work told here
            if typ == "other" and text.endswith("述职", s, e) and _HEARD_BEFORE.search(text, 0, s):
                continue  # 听取了部分常委的述职: the meeting's business, the members report to it
            if lexicon.PROGRESS_AFTER.match(text, e) and lexicon.LOOKED_INTO_BEFORE.search(text, 0, s):
                continue  # 来宜调研“X”活动推进情况: the campaign is what the research looked into
            if typ in _DISCUSSABLE and lexicon.ABOUT_BEFORE.search(text, 0, s) and lexicon.DISCUSSED_AFTER.match(text, e):
                continue  # 就基层协商工作进行交流: what was talked about
            if (typ == "supervision" and "由" in text[:s] and "《" not in text[:s] and text.endswith("督办", s, e)
                    and _LED_BY_BEFORE.search(text, 0, s)):
                continue  # (重点提案12件，)由区领导领衔督办: how the key proposals are overseen, no work of its own
            if typ == "proposal" and _BILL_AFTER.match(text, e):
                continue  # 提出了《关于X的建议》的议案: a bill put to the people's congress, no CPPCC proposal
            if _FOUND_IN_COURSE_AFTER.match(text, e):
                continue  # 对调研视察过程中发现的问题…: what the work found, the work told before
            if text.startswith("后", e) and (text.endswith(("参加", "参与"), 0, s) or _WRITTEN_AFTER.match(text, e)):
                continue  # 委员们参加调研后纷纷点赞, 调研后写出的提案: the work as the time of what followed
            if text.startswith("时的", e):
                continue  # 相比他第一次巡河时的场景: a time the work marks, no work told
            if text.endswith("把", 0, s) and _DONE_WELL_AFTER.match(text, e):
                continue  # 要继续把调研做扎实: how work should be done, no work told
            if typ in _DISCUSSABLE and "对" in text[:s] and _OBJECT_BEFORE.search(text, 0, s) and _SUMMED_UP_AFTER.match(text, e):
                continue  # 将对“X”活动进行分析总结: the work summed up, none told here
            if typ == "consultation" and (lexicon.AGENDA_AFTER.match(text, e) or lexicon.AGENDA_BEFORE.match(text)):
                continue  # 协商审议《…》; 会议对《…》等内容进行了协商: the meeting's agenda
            if lexicon.DISPOSAL_AFTER.match(text, e) and lexicon.DISPOSAL_BEFORE.search(text, 0, s):
                continue  # 将委员协商延伸到田间院坝
            if lexicon.SPEECH_AFTER.match(text, e) and not text.startswith("按界别分组", s):  # (…分组学习开幕会上的讲话)
                continue  # 总书记视察重庆重要讲话: a speech named by the visit it was given on
            if typ == "other" and lexicon.PUSH_TOGETHER.fullmatch(text, s, e) and (
                    lexicon.PURPOSE_ONLY.fullmatch(text, e) or lexicon.PUSH_ACHIEVED.match(text, e)
                    or _ITEMS_COUNTED_AFTER.match(text, e)):
                continue  # (共同推进重点工作13项: the items pushed, counted: a tally)
            if not named_proposal and lexicon.FORMS_LIST_AFTER.match(text, e) and not _subjects_then_work(text, e):
                continue
            if typ in _KINDS_OF_DUTY and (whole := _KINDS_IN_A_COUNTED_WHOLE.match(text, e)) is not None:
                taken[s:whole.end()] = [True] * (whole.end() - s)
                continue  # 开展协商、视察、调研等履职活动61项: kinds of work named in a tally of the whole
            if counted_list is None:
                counted_list = len(_EVENT_COUNT.findall(text)) >= 2
            generic = lexicon.GENERIC_ACTIVITY.fullmatch(text, s, e) is not None
            on_subject = bool(_SUBJECT_THEN_COUNTS.search(text, 0, s) or (themed and _COUNTED_ON_THEME.fullmatch(text, 0, s)))
            if ((counted_list and lexicon.COUNT_BEFORE.search(text, max(0, s - 20), s)  # 42次党组会议
                 and not on_subject)
                    or (counted_list and _COUNT_RIGHT_AFTER.match(text, e)  # 召开全体会议1次、常委会会议4次: a tally by kind
                        and (not lexicon.ONE_SUBJECT_BEFORE.search(text, 0, s) or _TALLY_GOES_ON.match(text, e))
                        and not on_subject and not _done_together(text, s, e))  # (共同组织…开展联合调研3次、联合视察2次)
                    or (generic and not names_each and ((lexicon.COUNT_AFTER.match(text, e)  # 开展重点协商16项
                                      and not lexicon.ONE_SUBJECT_BEFORE.search(text, 0, s)  # 围绕X开展视察3次
                                      and not _done_together(text, s, e)  # (三地政协累计开展联合视察9次: their work)
                                      and not (counted_list and on_subject))
                                     or (lexicon.COUNTED_SUBJECTS_BEFORE.search(text, max(0, s - 16), s)  # 16个议题调研协商
                                         and not _SUBJECTS_NAMED_THEN_COUNTED.search(text, 0, s))  # (围绕甲、乙等9个议题进行协商)
                                     or (lexicon.COUNT_RIGHT_BEFORE.search(text, max(0, s - 8), s)  # 第3次远程协商
                                         and not lexicon.SUBJECTS_AFTER.match(text, e)
                                         and not _ON_A_LIST_AFTER.match(text, e))))  # (3项重点调研将聚焦甲、乙、丙进行)
                    or (lexicon.OUTPUT_COUNT_AFTER.match(text, e) and not _SESSION.search(text, s, e)
                        and typ != "information")
                    or (not names_each and _TOPICS_COUNTED_AFTER.match(text, e))):  # (议题共有3个：甲；乙: announced, each one)  # (反映社情民意信息50余篇: the information sent, and its count)
                counted = lexicon.COUNT_AFTER.match(text, e)
                for i in range(s, counted.end() if counted else e):
                    taken[i] = True  # counted words are a statistic: no activity word inside them (调研考察40次)
                continue
            found.append(_Trigger(s, e, typ, sub))
            for i in range(s, e):
                taken[i] = True
    found.sort(key=lambda t: t.start)
    merged: list[_Trigger] = []
    for trig in found:
        prev = merged[-1] if merged else None
        # (专题学习(扩大)会议: the enlarged meeting's mark stands inside one compound)
        adjacent = (trig.start - prev.end <= 2 or text.startswith("(扩大)", prev.end)) if prev else False
        same_item = prev is not None and prev.type == trig.type and not _top_level_gap(text, prev.end, trig.start)
        if (prev and same_item and not adjacent and text.startswith("“", prev.start)
                and _BY_MEANS_OF.search(text, max(0, prev.start - 4), prev.start) and _HELD_THROUGH.fullmatch(text, prev.end, trig.start)):
            merged[-1] = trig  # 通过“某某云会议”召开常委会议: the platform is the means, the meeting held the work
            continue
        if (prev and prev.type != trig.type and _VISIT_WORD.fullmatch(text, prev.start, prev.end)
                and trig.start - prev.end <= _TRIP_REACH and not _ITEM_MARK.search(text, prev.end, trig.start)):
            merged[-1] = trig  # 一行前往某县考察学习X: the trip is the study's, one piece of work
            continue
        if (prev and same_item and not adjacent and text.startswith("”平台", text.find("”", prev.end))
                and _inside_quotes(text, prev.end - 1) and not _inside_quotes(text, trig.start)
                and text.startswith(("解决", "化解"), trig.end)):
            merged[-1] = trig  # 通过“有事来协商”平台协商解决X: the brand's word names the platform, the later one the work
            continue
        if (prev and same_item and not adjacent and _inside_quotes(text, prev.end - 1) and not _inside_quotes(text, trig.start)
                and "”" in text[prev.end:trig.start] and trig.start - text.find("”", prev.end) <= _AFTER_BRAND_REACH):
            merged[-1] = trig  # 开展“有事来协商”跨界院坝协商活动: the brand's word is its name, the later one the work
            continue
        if prev and same_item and _named_member_speech(text, prev):
            merged[-1] = trig  # 甲委员代表某党派区委会发言时表示: the speech's own words name it
            continue
        if prev and same_item and text.startswith(("组", "团"), prev.end) and _VISIT_WORD.fullmatch(text, trig.start, trig.end):
            merged[-1] = trig  # 调研组一行来到X: the team's word names who went, the arrival is the work
            continue
        if prev and same_item and not adjacent and not _A_SITTING.fullmatch(text, trig.start, trig.end) and not (
                _NTH.search(text, prev.start, prev.end) and _NTH.search(text, trig.start, trig.end)):
            continue  # one activity named twice (编撰出版《…丛书》): keep the first word
            # (第31次党组会议和第27次主席会议: two meetings, each by its number)
            # (…会议继续举行小组讨论: the session and a sitting of it, two meetings)
        if prev and text.startswith(("暨", "会暨"), prev.end) and (
                (trig.start - prev.end <= 6 and not _CLAUSE_MARK.search(text, prev.end, trig.start))
                or (trig.start - prev.end <= 40  # (暨“…、…”工作推进会: a quoted name between)
                    and not _ITEM_MARK.search(_QUOTED_NAME.sub("", text[prev.end:trig.start])))):
            merged.pop()  # X视察暨Y座谈会: one event of two names, the later decides
            merged.append(_Trigger(prev.start, trig.end, trig.type, trig.subtype))
        elif prev and _FORMS_OF_ONE_VISIT.fullmatch(text, prev.start, trig.end) and not (
                merged[-2:-1] and merged[-2].end == prev.start):  # (no list of more activities before)
            merged.pop()  # 实地察看、入户走访、座谈交流: the forms of one piece of field work
            more = _MORE_FORMS.match(text, trig.end)  # (and forms no trigger of their own names)
            merged.append(_Trigger(prev.start, more.end() if more else trig.end, "research", None))
        elif prev and prev.type == "study" and trig.type == "campaign" and trig.start == prev.end and text.startswith("“", trig.start):
            merged.pop()  # 开展党史学习教育“委员办实事”活动: the study's campaign, one piece of work
            merged.append(_Trigger(prev.start, trig.end, trig.type, trig.subtype))
        elif prev and trig.start == prev.end and _GENERIC_TAIL.fullmatch(text, trig.start, trig.end):
            merged.pop()  # 读书会主题活动: the reading the activity is, named again in general
            merged.append(_Trigger(prev.start, trig.end, prev.type, prev.subtype))
        elif (prev and adjacent and not _LIST_GAP.search(text, prev.end, trig.start) and _compound(prev, trig)
              and not text.startswith("第", trig.start)  # (…会议举行第三次大会: a sitting of its own)
              and text[prev.end:trig.start] not in ("召开", "举行")  # (…会议召开召集人会议: a sitting held by the session)
              and not _A_SITTING.fullmatch(text, trig.start, trig.end)):  # (…会议召开界别联组会: the session's sitting)
            merged.pop()
            # the activity noun nearest the end decides (视察调研 is research, 调研视察 inspection)
            subtype = trig.subtype or (prev.subtype if prev.type == trig.type else None)
            if ((prev.type == "meeting" and _SESSION.search(text, prev.start, prev.end)) or _SESSION.search(text, prev.start, prev.start + 8)) and (
                    text.endswith(("会", "会议"), 0, trig.end)):
                merged.append(_Trigger(prev.start, trig.end, "meeting", None))  # (…会议集中协商议政会: a sitting of the session)
                continue
            merged.append(_Trigger(prev.start, trig.end, trig.type, subtype))
        else:
            merged.append(trig)
    return tuple(merged)


@lru_cache(maxsize=4096)
def _quiet(clause: str) -> bool:
    """Does a compact clause name no activity of its own: none, or only a word that goes on
    describing one (协商议政)? Cached like find_triggers, which it reads."""
    words = [clause[t.start:t.end] for t in find_triggers(clause)]
    return all(lexicon.WEAK_TRIGGER.fullmatch(w) or lexicon.BARE_ACTIVITY.fullmatch(w) for w in words)


# An item that opens with a full date (2021年1月12日至14日，…) says its own year.
# (报告提出，2025年，…: a report's words said before the item's own year)
# a full date in the clause right before the activity (2019年1月5日在政协X第三次会议上): its own day
_DAY_BEFORE = re.compile(r"((?:19|20)\d{2})年\d{1,2}月\d{1,2}日[^，,。；;\n]{0,30}$")
_DATED_ITEM = re.compile(r"\s*(?:[▲●·•]\s*|[—－]{1,2}\s*)?(?:[^，,。；;]{0,8}?(?:指出|提出|强调|表示|介绍|要求)[，,：:])?((?:19|20)\d{2})年(?:\d{1,2}月)?")
# names and surfaces recur across a text's clauses: normalise each once
_normalised = lru_cache(maxsize=8192)(normalise)
# joins in a list of names, with a tail naming the bodies' own units (及下属盟组织, 及所属单位)
_LIST_WORDS = re.compile(r"(?:[、和及与等]|及其?(?:下属|所属)[\u4e00-\u9fff]{0,3}?(?:组织|单位|支部|机构))*")
# (同时 is a lead word; 同 alone is a preposition: 同重庆市政协联合召开 names a partner, not the actor)
_LEAD_WORDS = re.compile(r"(?:并|同时|还|也|另外|此外|其中)*")
_LEAD_COUNTED = re.compile(r"(?:并|同时|还|也|另外|此外|其中)*(?:\d+|[一二两三四五六七八九十]+)?个?")
# bodies named side by side, also each with its leader (A政协主席张某与B政协主席李某签署…)
# (A政协·四川省广安市B政协 in a joint meeting's name: the two named side by side, the second with its province and city)
# 由A、B联合主办: the hosts a frame of 由 names together
_HOSTED_BY = re.compile(r"由((?:[^，,；;。由]{2,24}?[、和与及]){1,4}[^，,；;。由、]{2,24}?)(?:联合|共同)?(?:主办|举办|发起)")
_SIDE_BY_SIDE = re.compile(r"(?:[、和及与·•]?|(?:主要负责人|负责同志|党组书记|副?主席|副?秘书长)[\u4e00-\u9fff]{0,3}[与和同、])"
                           r"(?:(?:重庆市?|四川省?)(?:[\u4e00-\u9fff]{2,3}市)?)?")
_SPACES = re.compile(r"\s+")
_QUOTES = re.compile(r"[“”「」《》]")
_TOGETHER_WORDS = re.compile(r"联合|共同|携手|联动")
_BOTH_SIDES = re.compile(r"双方|两地")
_COUNT_TAIL = re.compile(r"(?:\d+|[一二两三四五六七八九十百]+)(?:个|家|地|方)$")


# a clause that only goes on with the visit just told: 考察组先后考察了…, 考察企业生产情况
_ITINERARY = re.compile(rf"(?:[\u4e00-\u9fff]{{0,12}}?(?:{lexicon.FIELD_TEAMS}|一行人?)|委员们|大家|"
                        r"(?P<name>(?![\u4e00-\u9fff]{0,2}(?:人员|委员|代表|同志|嘉宾))[\u4e00-\u9fff]{2,4})(?=(?:还|又|随后|先后)(?:调研|考察|视察|察看|走访|来到|走进)))?"  # (某某还调研了X, 某某先后走访了X: the visitor's next stops)
                        r"(?:(?:先后|首先|随后|又)?(?:到|来到|走进|前往|赴)[^，,；;。]{1,40}?(?=实地|现场|深入)"  # (一行人到X实地察看)
                        r"|(?:还|又|先后|随后)+(?:到|来到|走进|前往|对)[^，,；;。]{1,80}?(?=实地|现场|深入|进行))?"  # (一行还到A、B等地就X进行调研; 一行先后对A、B进行了现场调研)
                        r"(?:先后|首先|还|并|又|实地|现场|深入|分别|随后|进行了?)*"
                        r"(?:考察|调研|视察|察看|查看|走访|来到|走进|前往|(?<=先后)(?:深入|到))了?")  # (一行先后深入A、B: its stops)
_BY_MEANS = re.compile(r"(?:通过|经过|透过)(?:深入|广泛|实地|认真|多次|反复)?(?:开展|进行)?(?:走访|实地|现场)?$")  # (经过实地走访调研，…认为: the work told, as a means)
# proposals counted under the theme the clause before names (围绕X，提出提案95件；围绕Y，…):
# the proposals on that theme, a piece of work and its count (the count alone is a tally)
_THEMED_TALLY = re.compile(r"[\u4e00-\u9fff]{0,6}?(?:共|累计|也|还)?((?:提出|提交)了?(?:\d+(?:余|多)?[件篇份])?(?:不少|大量|一批|许多|一系列)?[\u4e00-\u9fff]{0,4}?提案)"
                           r"(?:\d+(?:余|多)?[件篇])?")  # (proposals are counted in 篇 too)
# themes in quotes after 围绕 / 就 / 聚焦 (围绕“甲”“乙”…), and the work done on them after the list
_QUOTED_THEMES_BEFORE = re.compile(r"(?:围绕|(?<!成)就|聚焦|针对)(?:“[^”]{2,30}”[、，,和及与]?){0,8}$")
_THEMES_THEN_WORK = re.compile(r"(?:[、，,和及与]?“[^”]{2,30}”){0,8}等?(?:方面|问题|主题|课题|议题)?[^，,；;。“]{0,8}?"
                               r"(?:调研|视察|考察|协商|建言|议政|监督|研讨|座谈)")
# a council's or a party group's meeting by its own name (党组会议, 主席扩大会议, 第3次常委会议)
_NAMED_MEETING = re.compile(r"(?:第[一二三四五六七八九十\d]{1,4}次)?(?:分?党组|主席|主任|常委会?|常务委员会)(?:\(扩大\)|扩大)?(?:会议|会)")
# 他今年的提案主要针对X: one's proposal, told by what it is about (not 今年的提案工作)
_ONES_PROPOSAL_ABOUT = re.compile(r"”?(?:将|也|还)?(?:主要)?(?:是)?(?:围绕|针对|聚焦|关注|涉及|关于)")  # (这件“1号提案”将关注X)
# proposals counted after what they ask for (提出推动A、加快B等提案32件): one proposal, about the
# theme before it (围绕X，…) or else what it lists; the activity words of the list are its subjects
_LISTED_TALLY = re.compile(r"[\u4e00-\u9fff]{0,6}?(?:共|累计|还)?(?:提出|提交)了?(?P<x>[^，,；;。]{4,80}?)等(?:方面的?|[\u4e00-\u9fff]{0,4}?)"
                           r"(?P<w>提案)\d+(?:余|多)?件")
# proposals counted with their theme in one clause (围绕产业升级和城乡建设方面提出提案150件)
_THEMED_CLAUSE = re.compile(r"[\u4e00-\u9fff]{0,6}?(?:围绕|聚焦|针对)(?P<x>[^，,；;。]{2,40}?)(?:等?(?:方面|领域|问题))?"
                            r"(?:共|累计)?((?:提出|提交)了?提案)\d+(?:余|多)?件")
# advice given in a counted number of fields, on a subject or listing them (就X提出6方面22条建议,
# 组织委员提出A、B等11个方面意见建议): advice given, a consultation (a bare count of advice is a tally)
_FIELDS_ADVISED = (r"提出了?(?:[^，,；;。]{2,60}?等)?(?:\d+|[一二三四五六七八九十两]{1,3})个?方面(?:\d+(?:余|多)?条)?"
                   r"(?:意见)?(?P<w>建议)")
_ADVICE_BY_FIELDS = re.compile(r"[\u4e00-\u9fff]{0,12}?(?:(?:就|围绕|针对)(?P<about>[^，,；;。]{2,40}?))?(?:组织委员)?"
                               + _FIELDS_ADVISED)
_ADVICE_BY_FIELDS_IN = re.compile(_FIELDS_ADVISED)  # (a cheap look whether a sentence tells such advice)
# the same told by the field they are in (在X方面提出提案175件): a proposal on X and a statistic
_FIELD_THEMED = re.compile(r"[\u4e00-\u9fff]{0,12}?在(?P<x>[^，,；;。]{2,40}?)等?(?:方面|领域)"
                           r"(?:共|累计)?((?:提出|提交)了?提案)\d+(?:余|多)?件")
# proposals received on a theme, counted (本次全会收到有关X的提案21篇): a proposal on X and a statistic
_RECEIVED_THEMED = re.compile(r"[\u4e00-\u9fff]{0,8}?(?:收到|提交|提出)了?(?:有关|关于|涉及)(?P<x>[^，,；;。]{2,40}?)"
                              r"(?:等?(?:方面|领域|问题))?的(提案)\d+(?:余|多)?(?:件|篇)")


def _themed_clause(text: str) -> re.Match[str] | None:
    """A clause that counts proposals on a theme: group `x` the theme, group 2 the proposals' words."""
    if "提案" not in text:
        return None
    return _THEMED_CLAUSE.fullmatch(text) or _RECEIVED_THEMED.fullmatch(text) or _FIELD_THEMED.fullmatch(text)


# the business a meeting took up, told in the clause right after it (…举行联席会议，审议X)
_AGENDA_NEXT = re.compile(r"[，,](?:会议)?(?:审议(?:并?通过)?|研究|讨论|听取|部署|(?:专题)?协商)了?(?P<x>[^，,；;。]{2,30})")  # (召开主席会议，专题协商X: on X)
# proposals whose handling the clause before follows (持续跟踪…提出的X提案办理情况，开展专项督办)
_PROPOSALS_TRACKED = re.compile(r"(?:跟踪|督促|关注)[^，,；;。]{0,24}?(?:提出的|有关|关于)(?P<x>[^，,；;。的]{2,16}?)"
                                r"(?:方面的?)?提案(?:的)?办理(?:情况|进度|落实)?[，,]$")
_BARE_SUPERVISION = re.compile(r"(?:专项|重点|跟踪|集中)?督办")
# the themes the clause before a proposals' tally lists (委员们围绕A、B等民生问题积极建言，共提出提案76件)
_THEME_LIST = re.compile(r"(?:围绕|聚焦|针对)(?P<x>[^，,；;。]{2,80}?)(?:等[\u4e00-\u9fff]{0,6}?(?:问题|方面|领域|内容|工作|议题))?"
                         r"(?:(?:积极|深入|广泛|踊跃)?(?:建言献策|献智建言|建言资政|建言|献策|议政))?"
                         r"(?:[，,](?:积极|充分|踊跃|主动)?(?:运用|通过|利用)?(?:提案)?(?:建言献策|建言资政|议政建言|献计出力))?[，,]$")
# proposals counted, then what they are about (收到的90件提案聚焦A、B等内容; 15件重点提案，涵盖A、B)
_PROPOSALS_ABOUT = re.compile(r"(?P<n>\d+(?:余|多)?件(?:重点|集体|委员|优秀)?提案|(?<=提交|提出)提案\d+(?:余|多)?件(?=[，,]?(?:主要)?(?:涉及|涵盖|聚焦|集中在)))[，,]?(?:主要)?(?:聚焦|涵盖|围绕|涉及|集中在|关注)"
                              r"(?P<x>[^，,；;。]{2,80}?)(?:等[\u4e00-\u9fff]{0,8}?)?(?:提出了?(?:意见)?建议)?(?=[，,；;。]|$)")
_BROUGHT = re.compile(r"(?:会签了?)?(?:一份|一件|\d+件)?关于(?P<x>[^，,；;。]{2,80}?)(?:等(?:问题|方面))?的[^，,；;。]{0,6}?提案")
_TALLY_HEAD = re.compile(r"(?:提出|提交)了?提案")
_SEVERAL_PROPOSALS = re.compile(r"(?:提出|提交)了?(?:多|数|几|若干)件.*提案")
_THEME_BEFORE = re.compile(r"(?:^|[，,；;。：:])(?:[\u4e00-\u9fff]{0,12}?|[\u4e00-\u9fff]{0,10}?方面)(?:围绕|聚焦|针对)(?P<x>[^，,；;。]{2,80}?)(?:[\u4e00-\u9fff]{0,4}(?:建言|献策|议政|资政|履职))?[，,]"
                           r"(?:(?:积极|充分|踊跃|主动)?(?:运用|通过|利用)?(?:提案)?(?:建言献策|建言资政|议政建言|献计出力)[，,])?$")  # (…，积极运用提案建言献策，共提交提案N件)
# an aim every committee names, no theme of what was proposed (围绕中心工作建言，共提交提案N件)
_GENERIC_THEME = re.compile(r"(?:[党市区县]委[市区县]?政府|全[市区县省])?(?:的)?(?:中心工作|工作大局|中心大局|发展大局|全局|大局|中心)")
# a meeting the clause before speaks of (本次会议以X为主题，…): what follows is its business
_MEETING_SPEAKS = re.compile(r"(?:^|[，,：:])(?:本次|这次|此次|该次?)(?:政协)?(?:会议|大会)[^，,；;。]{0,24}[，,]$")
_LECTURE = re.compile(r"讲座|辅导报告|授课")
_AGENDA_GOES_ON = re.compile(r"(?:将|并|还|也|拟)?(?:围绕|就|聚焦|对)")
# a day written in full in a clause, and the day a text was written (its metadata)
# the year or span of years a clause gives its work, after its actor (两地政协2021年举行…; 2020年至2022年连续开展…)
_YEARS_TOLD = re.compile(r"(?<![\d《“])((?:19|20)\d{2})年(?:(?:至|到|—|–|-|～)((?:19|20)\d{2})年)?(?![度\d]|以来|以前|之前|前|后|底|末)")
_COMPARED_BEFORE = re.compile(r"(?:比|较|同比|与|相比|对比)$")


# a sentence (or its lead, after a time) opening on one person (她随即…; 去年，他…), not on 我们 or 他们
_PERSON_OPENS = re.compile(r"(?:[^，,。；;“”]{0,16}?[，,]){0,2}(?:他|她|我)(?![们国市区县省])")  # (谈到打算，某某说，她准备…)
# after a member's title and its list mark: a job ending in a title word, then a name or not (某医院副院长某某; 某某，是…委员、某协会副会长，)
_JOB_THEN_NAME = re.compile(r"[^，,。；;、\n]{2,24}?(?:长|任|理|师|人|家|记|员|监|席|总)(?:[\u4e00-\u9fff]{2,3})?(?=[，,。在正和接蹲一很说表介讲])")
# a sentence opening on a span of years, after a news frame or none (记者获悉，2020年至2023年，…)
_SENTENCE_SPAN = re.compile(r"(?:[^，,。；;]{0,24}?(?:获悉|了解到|介绍|显示|统计)[，,：:])?\s*(20\d\d)年(?:至|到|—|－|-)(20\d\d)年[，,]")
# a sentence opening on a year told relative to the day of writing (去年全国两会期间，…; 前年5月，…; 今年4月，…)
_RELATIVE_OPENING = re.compile(r"\s*(?:据统计，|据了解，)?(?:(去年|前年)(?!以来|同期|底以来)|(今年)(?=\d{1,2}月|初|年初|以来|上半年|下半年|[春夏秋冬]))")
_YEARS_BACK_WORDS = {"去年": 1, "前年": 2, "今年": 0}
# a paragraph opening on a year (2023年，…; 2023年是…之年。…), not on a plan's year (2025年，将…)
_PARAGRAPH_YEAR = re.compile(r"[ \t\u3000]*(20\d\d)年(?:(?:至|到|—|－|-)(20\d\d)年)?(?:[，,]|是)"
                             r"(?![^。，,；;]{0,12}?(?:将|拟|计划|要))")


def _years_told(lead_in: str, written: tuple[int, int] | None) -> Period | None:
    """The years the words before a clause's activity give it, past its opening (which
    _DATED_ITEM reads), not inside a title and not a year compared with; None if none."""
    found = None
    for found in _YEARS_TOLD.finditer(lead_in):
        pass
    if found is None or found.start() == 0 or lead_in.count("《", 0, found.start()) > lead_in.count("》", 0, found.start()):
        return None
    if (_COMPARED_BEFORE.search(lead_in, 0, found.start()) or _DATED_ITEM.match(lead_in)
            or in_the_object(lead_in, found.start())):
        return None
    start = int(found.group(1))
    end = int(found.group(2)) if found.group(2) else start
    if end < start or (written is not None and end > written[0]):
        return None  # (a target year, or a span read wrongly)
    return Period(start, end)


# what 将 moves, then the verb after it (将《甲》《乙》列为重点提案; 将X作为…)
_OBJECT_MOVED = re.compile(r"(?:《[^》\n]{0,100}》|[^，,；;。《])*?(?:作为|纳入|列为|列入|转化为|视为|写入)")
_FULL_DAY = re.compile(r"(20\d\d)年(\d{1,2})月(\d{1,2})日")
# a sitting or event held in a year or month named (于2027年1月在某地召开)
_HELD_IN_MONTH = re.compile(r"于(20\d\d)年(?:(\d{1,2})月(?!\d{1,2}日))?[^，,；;。]{0,16}?(?:召开|举行|举办|开幕)")
# a day with no year opening the clause's actor (12月4日，市政协…; 12月4日上午，…)
_DAY_OPENS = re.compile(r"(?<![\d年])(\d{1,2})月(\d{1,2})日(?:上午|下午|晚上?)?[，,]")
_WILL = re.compile(r"将|拟|计划|准备|商定|约定|议定|今年|下半年|明年")
_TEXT_DAY = re.compile(r"(20\d\d)[-/.年](\d{1,2})[-/.月](\d{1,2})")  # (2020-12-15, 2020年12月15日)
_TEXT_DAY_REACH = 300
# a session's press conference that opens a text (省政协十三届三次会议新闻发布会在成都举行): a preview
_SESSION_PRESS = re.compile(r"(?:届[^，,。；;\n]{0,12}?次会议|会议)新闻发布会")
# a standing committee's numbered sitting (五届十六次常委会会议, 常委会第九次会议, 常务委员会第十九次会议)
_STANDING_SITTING_HELD = re.compile(r"[一二三四五六七八九十\d]{1,3}届[一二三四五六七八九十\d]{1,4}次常委会?会?议|"
                                    r"(?:常委会|常务委员会)第[一二三四五六七八九十\d]{1,4}次(?:全体)?会议")
_SITTING_CALLED = re.compile(r"(?:召开|举行)了?[^，,；;。、]{0,14}?(?:常委会?会?议|(?:常委会|常务委员会)第)")
_YEAR_REVIEWED = re.compile(r"过去(?:的)?一年|一年来|过去五年|五年来|回顾")
_PREVIEW_WITHIN = 600
_YEAR_NAMED = re.compile(r"((?:19|20)\d{2})年")
#: Provinces from which a body's work is a many-province mechanism's, not Sichuan and Chongqing's.
_MANY_PROVINCES = 4
_ISO_DAY = re.compile(r"\s*(\d{4})-(\d{1,2})-(\d{1,2})")
# the numbered meeting written after an organ's name (…常务委员会第N次会议)
_HELD_BEFORE_NAME = re.compile(r"(?:召开|举行|举办)了?$")
_NUMBERED_SITTING = re.compile(r"第[一二三四五六七八九十\d]{1,4}次(?:全体|常委会?|常务委员会)?会议")
# the spirit of meetings studied (学习贯彻X全会及Y全会精神): none of those meetings held here
# (a list of meetings whose spirit is passed on can be long: 传达甲会议、乙座谈会和丙通报会精神)
_SPIRIT_STUDIED = re.compile(r"(?:学习|贯彻|传达|落实|领会|宣讲|解读)[^，,；;。]{0,90}$|^(?:以及|及|和)[^，,；;。]{0,40}$")  # (…，以及X会议精神: the list goes on)
_SPIRIT_AFTER = re.compile(r"[^，,；;。]{0,70}?精神")
_MEETING_SPIRIT_AFTER = re.compile(r"[^，,；;。]{0,70}?(?:会议|研讨会|座谈会|推进会|全会|会)精神")
# a clause that is one line of a slogan (，聚焦产业发展调研协商): 聚焦 and a short subject and work word
_SLOGAN_LINE = re.compile(r"[，,：:](?:(?:聚焦|紧扣|围绕)[^，,；;。]{2,12}?(?:参政议政|调研协商|协商议政|民主监督|献计助力|献计出力|建言献策|"
                          r"资政建言|建言资政|凝心聚力|集思广益|主动作为|献良策|建真言)|"
                          # (政治协商聚焦大事，民主监督紧盯难事，参政议政关注实事: each function's aim)
                          r"(?:政治协商|民主监督|参政议政|协商议政|调研视察)(?:聚焦|紧盯|关注|紧扣|着眼|瞄准)[^，,；;。]{1,8}(?=[，,；;。]|$))")
_SLOGAN_RUN = 3
_FUNCTION_WORD_SIZE = 4  # (政治协商聚焦大事: the activity word is the function the line opens with)
# 在A、B、C上持续发力 / 下功夫 / 做文章: kinds of work named as the fields effort goes to
_FIELDS_OF_EFFORT = re.compile(r"(?:等方面)?上(?:持续|不断|更加|再|狠|精准|着力)?(?:发力|下功夫|下足功夫|用力|做文章|求突破|见实效|出实招)")
# what a body does with others' proposals (吸纳, 办理, 采纳): it takes them up, it did not write them
# a person named as the author of one item of a list (、某某提交的, 、某某委员提交的)
_PERSON_ITEM = re.compile(r"[\u4e00-\u9fff]{2,3}(?:委员)?")
_TAKES_UP = re.compile(r"吸纳|办理|采纳|承办|答复|落实")
# a clause that declares the subject of what follows (将X作为年度重点协商议题)
_DECLARED_SUBJECT = re.compile(r"将[^，,；;。]{2,30}?(?:作为|列为|列入)[^，,；;。]{0,12}(?:议题|课题|主题)")
# a destination and the verb of the work done there, inside a label's subject
_PLACE_THEN_VERB = re.compile(r"([\u4e00-\u9fff]{2})(?:开展|进行)(?=[\u4e00-\u9fff]{2})")
# where a collective of committees lies, written before it (长江沿线, 渝东北)
_ALONG = re.compile(r"[\u4e00-\u9fff]{1,6}(?:沿线|沿岸|流域|毗邻|片区)(?:各)?")
# a sitting of a session told with it (小组讨论, 大会发言)
# a report a session's sitting takes up, right after it (分组讨论政府工作报告)
_REPORT_DISCUSSED = re.compile(r"[^，,；;。]{0,12}报告")
_A_SITTING = re.compile(r"各?(?:界别|委员)?(?:分团)?(?:分组|小组|联组)(?:(?:协商)?讨论会?|会议?|审议(?:讨论)?)|大会发言|第[一二三四五六七八九十\d]{1,2}小?组(?:讨论|会议)|"
                        r"第[一二三四五六七八九十\d]{1,2}界别(?:联组|小组)(?:讨论|会议?)?")
# guests who attend a sitting (参加分组讨论, 听取大会发言, …和委员小组讨论), right before it
_OPENING_OR_CLOSING = re.compile(r"开幕|闭幕")
_WHERE_IN = ("中", "时", "期间", "环节")  # 在分组讨论中: a sitting named as where
# 关于开展X情况的报告: work named inside a report's title without brackets
_ABOUT_OPENS = re.compile(r"关于[^，,；;。《》]{0,20}$")
_REPORT_ON_IT = re.compile(r"[^，,；;。《》]{0,16}?(?:情况|工作|安排|计划|方案|打算|进展)的(?:报告|汇报|说明|通报)")
# who gives a speech at a session: members, their parties and sectors (not a leader's 发言时强调)
_MEMBERS_SPEAK = re.compile(r"委员|代表|民革|民盟|民建|民进|农工|致公|九三|台盟|工商联|界别")
_SITTING_ATTENDED = re.compile(r"(?:(?:参加|出席|听取|旁听|列席|来到|走进)了?(?:联组[和及与、])?|(?:讨论|会议)[和及与、]|参加[^，,；;。]{0,12}会议的?)$")
# a consultation brand put to work (深入开展“渝事好商量”, 常态化开展“有事来协商”工作), nothing else after it
_BRAND_DONE = re.compile(r"(?:开展|推进|深化|用好)(?:了)?(?:(?!了?一[场次个])[^，,；;。“”]{1,12}?的)?$")  # (开展跨部门、跨领域的“有事来协商”: its kind before it)
_BRAND_ENDS = re.compile(r"(?:工作)?$")
_RECEIVED_BEFORE = re.compile(r"(?:收到|接受|获得|接收)[^，,；;。]{0,12}$")
# 专门 as "specially" before the verb that opens an activity (专门选派…驻村, 专门召开…), not 专门协商机构
_DONE_SPECIALLY = re.compile(r"召开|举行|组织|选派|开展|安排|赴|前往")
# members as the ones who advise (委员们积极踊跃建言献策), and themes listed with 、 before it
_MEMBERS_ADVISE = re.compile(r"委员(?:们)?[^，,；;。]{0,8}$|委员(?:们)?(?:积极|踊跃|纷纷)")
_THEMES_LISTED = re.compile(r"(?:围绕|聚焦|就)[^，,；;。]{2,30}、[^，,；;。]{2,30}、[^，,；;。]{2,40}等")
# a clause that ends in a count (…学习120次): a statistic's clause
_TALLY_END = re.compile(r"[\d一二三四五六七八九十百千]+(?:余|多)?(?:次|期|场|件|项|篇|条)$")
# a gift given (捐赠, 捐款捐物, 募捐)
# honours received (被评为优秀提案, 获评某区政协优秀提案, 被表彰为“X”, “优秀提案”表扬): given by a committee
# (被区政协评为先进集体, 荣获…先进个人, 某某获区政协优秀委员: the same, the giver named inside or after)
_HONOURED = re.compile(r"被表彰为|被评为|获评|被评选为|表扬|荣获|获|被[^，,；;。被]{1,12}?评(?:选)?为")
# the award after the word of honour, without the committee giving it (省政协2023年度好提案 → 2023年度好提案)
_AWARD = re.compile(r"(?:本届)?(?:[^，,；;。“”\s]{0,10}?政协(?:委员会)?(?=\d|[优好先“]|年度))?(?P<x>[^，,；;。并]{2,24}?)(?=并|$|[，,；;。])")
# a body followed by where and how it held the work named next (某镇政协工委在X举行的“…”协商活动)
_HOLDS_IT_AFTER = re.compile(r"(?:在[^，,；;。、]{1,40}?)?(?:举行|举办|召开|组织开展|开展|主办)的")
# a democratic party's member by the party's own word for its members, writing a proposal
# (社员某某提交的提案, 党员某某撰写的《…》): each party's word and its full names
_PARTY_MEMBER_AUTHOR = re.compile(r"(?:^|[，,、；;和及])(社员|盟员|会员|党员)[\u3400-\u4dbf\u4e00-\u9fff]{2,3}(?:等)?"
                                  r"(?:(?:围绕|就|针对|聚焦)[^，,；;。]{2,30}?)?(?:联名)?(?:提交|提出|撰写|带来)")  # (…围绕X提出)
# a proposal cited by its title and listed as a key proposal (…》被列为全国政协重点提案): overseen by that committee
_LISTED_AS_KEY = re.compile(r"被?(?:列为|确定为|列入)[^，,；;。]{0,10}?重点(?:督办)?提案")
_DECLARED_OPEN = re.compile(r"宣布[^，,；;。]{0,3}$")
_REVIEWED = re.compile(r"进行了?(?:认真|严格)?审查")  # (提案进行认真审查: a session's proposals reviewed)
_COUNT_HONOURED = re.compile(r"\d+[篇件项名位个]$")
_QUOTED_AWARD = re.compile(r"“(?P<x>[^“”]{2,16})”$")
_GIFT = re.compile(r"捐|免费提供|免除|减免")
# what became of a piece of work (…信息得到县委、县政府采纳), right after its word
_SENT_BEFORE = re.compile(r"(?:报送|提交|撰写|形成|编发|上报|反映|提出)[^，,；;。]{0,20}$")
_ADOPTED_AFTER = re.compile(r"[^，,；;。]{0,6}?(?:得到|获得|受到|被)[^，,；;。]{0,16}?(?:采纳|批示|肯定|采用|吸纳)")
# what a meeting hears, right before the report heard (听取了部分常委的述职)
_STATE_OF_IT = re.compile(r"[^，,；;。]{0,8}?情况")
_HEARD_BEFORE = re.compile(r"听取了?[^，,；;。]{0,16}$")
# a meeting's list of reports heard running on after a comma (通报了X情况，Y推进情况、Z工作情况): its business
_REPORTS_LISTED_BEFORE = re.compile(r"(?:听取|通报|审议|汇报)了?[^。；;]{2,120}?情况[，,]$")
_REPORTS_LIST = re.compile(r"(?:[^，,；;。、]{2,40}?情况[、和及]){1,8}[^，,；;。、]{2,40}?情况")
# a committee's own brand of consultation, whoever the sentence names as doing it
_COMMITTEE_BRAND = re.compile(r"渝事好商量|有事来协商|协商议事|委员工作室|协商议政")
_HOST_SPEAKS = re.compile(r"(?:介绍|通报|交流|发言)了?")
# members reporting their year's work at a meeting, listed before 等…情况 (汇报了甲、乙等履职情况)
_REPORTED_LIST = re.compile(r"(?:汇报|介绍|报告|交流|总结)了(?P<list>[^，,；;。]{2,80}?)等[^，,；;。]{0,8}?情况")
_REPORTING = ("通报", "汇报", "介绍", "通报了", "汇报了", "介绍了")
# a meeting held inside another's name (第N次全体会议举行闭幕大会): the verb is in the compound
_HELD_WITHIN = re.compile(r"(?:举行|召开)了?(?:开幕|闭幕)")
# the few words between a piece of work and the meeting named after it (出版[发行]座谈会)
# a meeting's name held right after it (…工作会议召开, …座谈会在某地举行), and the words of a name before it
_HELD_AFTER_NAME = re.compile(r"(?:在[^，,；;。]{1,12}?)?(?:召开|举行|开幕|举办)")
_NAME_GAP = re.compile(r"(?:(?![后时并再又还，,；;。、])[^，,；;。、]){0,12}")
_NAMES_MEETING = re.compile(r"(?:发行|首发|成果|工作|情况|推进|总结|交流)?")
# a named piece of work as the means of a result (通过“X”活动助推Y, 依托“X”平台…), right before its name
_BY_MEANS_OF = re.compile(r"(?:通过|依托|借助|借力)(?:[^，,；;。]*[、])?$")
# campaigns remembered for a paragraph heading that names one again (a bound: reports name few),
# and how long such a heading can be
_CAMPAIGNS_KEPT = 64
_HEADING_CHARS = 16
# a sentence whose actor is the country's leader (…总书记亲临X视察)
_LEADER_OPENS = re.compile(r"[\u4e00-\u9fff]{0,4}总书记(?!的|关于|在[^，,；;。]{0,12}(?:讲话|指示))")
_AFTER_THE_VISIT = re.compile(r"(?:后|以来|之际|期间)$")
_CLAUSE_END = re.compile(r"[，,；;。]")
# where and that a named meeting was held, after its name (…常委会议在成都召开)
_HELD_TAIL = re.compile(r"(?<=会议|[^议]会|活动)(?:(?:将|拟)?于(?:20\d\d年)?(?:\d{1,2}月|上半年|下半年)?(?:上旬|中旬|下旬|初|底)?)?(?:在[^，,；;。]{1,16}?)?(?:召开|举行|举办|开幕|闭幕)$")
# 召开会议，传达学习X精神: the spirit a bare meeting studied says what it was
_SPIRIT_BEFORE = re.compile(r"学习(?:贯彻)?(?:党的)?$")
_NUMBERED_HEAD = re.compile(r"[届次]")
_NTH = re.compile(r"第[一二三四五六七八九十\d]{1,4}次")
_NUMBERED_SITTING_NAME = re.compile(r"(?:召开|举行)?了?(?P<name>[^，,；;。]*?第[一二三四五六七八九十\d]{1,4}次(?:分?党组|主席(?:\(扩大\)|（扩大）)?会议))")
# a proposal's title in quotes after who put it forward (提出的“关于X的提案”; the closing quote may be lost)
_QUOTED_PROPOSAL = re.compile(r"[“”]关于(?P<x>[^，,；;。“”]{2,80}?)的?(?:建议|提案)")
_THIS_MEETING_BEFORE = re.compile(r"(?:此次|本次|这次|该次?)[^，,；;。]{0,8}会议[^，,；;。]{0,8}$")
# 出席民进X委会Y工作座谈会: a meeting another body held, named with its owner, attended
_ATTENDED_NAMED = re.compile(r"(?:出席|参加)了?(?=[^，,；;。]{2,24}$)")
# a work told as published (…3卷已正式出版): the committee's publishing, done
_PUBLISHED = re.compile(r"已(?:经)?(?:正式|顺利|陆续|全部)?$")
_AS_A_MEANS = re.compile(r"[”’\"]?(?:助推|推动|促进|赋能|助力|破解|助解|化解)")
_MEANS_WORD = re.compile(r"以[^，,；;。以]{0,5}$")
# the theme of advice asked as a question (就乐至如何融入成渝建言献策): the advice is on it
_HOW_THEMED = re.compile(r"(?:就|围绕)[^，,；;。]{0,16}如何[^，,；;。]{0,24}$")
# the work just told, said again as one of its kind (这已是…第三次…, 这也是…)
_IT_IS_ALREADY = re.compile(r"(?:这|此)(?:已经?|也|还|又)是")
# a sitting cited as the ground of a decision (经市政协五届二十三次主席会议研究, 经县委常委会会议审议)
_BY_DECISION_OF = re.compile(r"(?:^|[，,])经(?:过)?[^，,；;。]{0,24}$")
_DECIDED_AFTER = re.compile(r"(?:研究|审议|讨论|批准|同意|决定)")
# the title line of a notice calling a sitting or an event (关于召开区政协十五届常委会第十一次会议的通知)
_CALLING_NOTICE = re.compile(r"^[ \t\u3000]*关于(?:召开|举办|举行|开展|组织)[^。\n]{2,60}的通知[ \t\u3000]*$", re.MULTILINE)
_NOTICE_REACH = 400
# a practice already kept for a run of years (已连续5年开展…, 已连续3年在汛期前…), before the work word;
# background when the text has told work of that kind already
# (with a subject of its own, 已连续六年就X提交提案, the work is told: a statistic beside it)
_STANDING_PRACTICE = re.compile(r"已经?连续(?:\d+|[两三四五六七八九十]{1,2})年(?:(?!就|围绕|聚焦|针对|关于)[^，,；;。]){0,16}$")
_PRACTICE_REACH = 24
_ATTENDEES = re.compile(r"(?:会上|座谈会上|会议上)?[，,]?与会(?:政协)?(?:委员|代表|人员|同志|专家|嘉宾)|大家(?=围绕|就|聚焦)|"  # (…分组讨论。大家围绕X建言献策)
                        # (两地委员和专家学者60余人围绕X建言献策: those at the sitting of the two, speaking)
                        r"(?:两地|三地|各地|双方)(?:政协)?委员(?:们)?(?:[和、及与][^，,；;。]{2,8}?)?(?:\d+余?(?:人|名))?(?=围绕|就|聚焦)")
# a course's trainees, or the course itself, opening a clause (学员们…, 参训委员…, 培训班还安排…):
# its lectures, visits and ceremonies, parts of the one course told
_THE_TEXT_ITSELF = re.compile(r"现将|特将|兹将")
_AS_FOLLOWS = re.compile(r"[^，,；;。]{0,4}如下")
# who turns results into proposals, or when, or the work whose results they are (将把…转化为; 由两委共同转化为; 调研成果转化为)
_TURNED_BY = re.compile(r"将|拟|计划|把|准备|力争|由|共同|联合|并|(?:调研|视察|监督|协商|巡河)成果")  # (not 履职成果 in general)
# a clause that is only a time around work (每批次调研视察前, 调研视察结束后)
_TIME_FRAME_BEFORE = re.compile(r"(?:每批次?|每次|每轮|在|此次|本次|这次|各次)?(?:调研|视察|考察|协商)?")
_TIME_FRAME_AFTER = re.compile(r"(?:调研|视察|考察|协商)?(?:结束|完成)?(?:后|前|之后|之前)")
_HOW_TO_WRITE = re.compile(r"(?:如何|怎样|怎么)(?:撰写|写)$")  # (讲解如何撰写联名提案: what was taught)
_COURSE_PART = re.compile(r"(?:全体|各位)?(?:学员|参训(?:委员|人员|学员|干部)|参培(?:委员|人员))们?|"
                          r"(?:本期|此次|这次)?(?:培训班|研修班|研究班|讲习班|研讨班|轮训班|提升班)(?:还|期间|期间还|先后)?"
                          r"(?:举行|安排|组织|邀请|设置|开设|(?:重点)?(?:讲授|讲解|辅导))")
# taking part in the work just told (某某等参加调研, 某某陪同调研), an activity word with nothing of its own
_JOINS_BEFORE = re.compile(r"(?:陪同|参加|一同参加|随同|(?:一同|一起|随同)前往|(?:一同|一起)参与)"  # (秘书长某某一同前往考察)
                           r"(?:了)?(?:有关|相关|上述|此次|本次|以上)?$")  # (某某参加有关调研活动: the work told)
# a course already told, named again with what someone did at it (主持培训班开班式, 出席培训班并讲话)
_COURSE_TOLD = re.compile(r"(?:学习)?(?:培训班|研修班|读书班)(?:开班式|开班仪式|结业式|各项议程)?")
_COURSE_TAKEN_BEFORE = re.compile(r"(?:主持|出席|参加|完成了?|圆满完成了?)(?:本次|此次|该)?$")
_BARE_WORK = re.compile(r"调研|视察|考察|活动|座谈会?|展演(?:活动)?|协商|学习会|学习|讲座|培训")
# a work told named again by its bare word at the head of a clause, with what it did (学习会邀请X宣讲,
# 座谈会由X主持): the work told, its business
_BARE_HEAD_RETOLD = re.compile(r"(?:学习会|座谈会|研讨会|协商会|培训班|讲座)(?:还|并|也)?(?:邀请|特邀|由|听取|采取|通过|围绕|紧扣)")
# how far a text's opening lines reach (what a text without a title is about)
_OPENING = 200
_PROPOSALS_THROUGHOUT = 6
# a session's name: term and number (六届四次会议, 十四届第三次会议)
_SESSION_NAME = re.compile(r"[一二三四五六七八九十\d]{1,3}届(?:委员会)?第?[一二三四五六七八九十\d]{1,4}次(?:全体)?会议")
# a session by its term and number, also with the committee's place between (第九届X区委员会第二次会议)
_SESSION_CALLED = re.compile(r"第?[一二三四五六七八九十\d]{1,3}届(?:[\u4e00-\u9fff]{0,8}?委员会)?第?[一二三四五六七八九十\d]{1,4}次(?:全体)?会议")
# how far back (characters) a bare 会议 looks for the session the text named
_SESSION_REACH_BACK = 3000
# a meeting held for a session, named after it (三届二次会议新闻发布会)
_SESSION_EVENT = re.compile(r"(?:新闻)?发布会|记者会|(?:开幕|闭幕)(?:大会|会)|" + lexicon.SESSION_HELD_MEETING)  # (…会议开幕会: its opening sitting)
_HOLDS = re.compile(r"(?:隆重|专门|专场)?(?:举行|召开|举办)了?")  # (…议事会召开第三次会议: a council holding its meeting)
# a count, then another kind counted (…专题学习16场次、专题党课12场次): a tally by kinds, whatever names the first
# 围绕示范区建设开展联合调研3次、联合视察2次: each kind counted is work on the one subject stated
# (围绕中心工作开展调研12次、视察8次: a year's tally by kind, whatever it served)
_SUBJECT_THEN_COUNTS = re.compile(lexicon.SUBJECT_OPENER + r"(?!中心|大局|[^，,；;。]{0,8}(?:中心工作|重点工作|重点任务|热点难点|全局))"
                                  r"[^，,；;。]{2,30}(?:开展|进行|组织)了?(?:[^，,；;。、\d]{2,12}?\d+(?:余|多)?(?:次|场次|场|期|项)、)*[^，,；;。、\d]{0,4}$")
# …, then the clause the subject before is for: who, a verb and the kinds counted so far
# (围绕X，三地政协开展联合调研2次、联合视察1次: each kind is work on X)
_COUNTED_ON_THEME = re.compile(r"(?:(?!共(?!同)|累计|合计)[^，,；;。\d]){0,16}?(?:开展|进行|组织)了?(?:[^，,；;。、\d]{2,12}?\d+(?:余|多)?(?:次|场次|场|期|项)、)*[^，,；;。、\d]{0,6}")
_TALLY_GOES_ON = re.compile(r"[\d一二三四五六七八九十]+(?:余|多)?(?:次|场次|场|期)、[^，,；;。、\d]{2,12}?\d+(?:余|多)?(?:次|场次|场|期|项)")
# a sitting, then what it heard (座谈听取X情况通报)
_MET_AND_HEARD = re.compile(r"座谈(?:会上)?[，,]?听取了?[^，,；;。]{0,40}$")
# subjects listed right after an activity word and closed by 等工作 (调研考察甲、乙等工作)
_WORK_ENDS = ("研究", "研讨", "学习", "宣传", "宣讲", "培训", "调研", "协商", "监督", "视察", "考察")  # (专题研究、学术研讨等工作)
_SUBJECTS_THEN_WORK = re.compile(r"(?P<items>[^，,；;。等]{2,60}?)等(?:方面的?)?工作")
# a clause of nothing but a manner and a kind of work (深入调查研究, 积极建言献策, 参与建言献策)
_MANNER_ONLY = re.compile(r"(?:要|并|还|将|更)?(?:深入|广泛|积极|认真|扎实|主动|充分|精准|有效)?(?:参与)?"
                          r"(?:调查研究|建言献策|建言资政|参政议政|协商议政)")  # (积极开展协商建言 after work on X: told)
# a plan named as what the work followed (按照省委批复的年度视察考察计划，…): its ground, not work to come
_PLAN_AS_GROUND = re.compile(r"(?:按照|根据|依据|按)[^，,；;。]{0,40}?计划")
# a meeting of a session's presidium (主席团第三次会议, 大会主席团常务主席会议第二次会议)
_PRESIDIUM_MEETING = re.compile(r"(?:大会)?主席团(?:常务主席(?:会议)?)?(?:第[一二三四五六七八九十\d]{1,2}次)?会议")
_PRESS_CONFERENCE = re.compile(r"发布会|记者会|吹风会")
_HELD_REACH = 12  # characters between the verb and the meeting a session holds (…举行第二场新闻发布会)
_ABOUT_A_SESSION = re.compile(r"关于[^，,；;。]{0,12}$")
_LEADS_BEFORE = re.compile(r"(?:率|率领|带领)$")
_BRINGS = ("带来", "准备")  # (这次带来了…建议: what a member brings to this session)
_TEAM_NAMES = ("调研组", "视察组", "考察组")  # (率全国政协调研组: the team led is a body named as such)
# a post of the committee's, its holder (and other titles), leading a team not named further (副主席、某党
# 中央主席某某率调研组): the committee's research delegation
_POST_LEADS_TEAM = re.compile(r"(?:常务)?副?主席[^，,；;。]{0,40}?(?:率|率领|带领)(?:专题)?调研组")
# a special committee's post right after its name, its holder leading a team not named further
# (某委员会副主任某某率调研组来渝): that committee's team
_COMMITTEE_POST_LEADS = re.compile(r"委员会(?P<post>(?:常务)?副?主任)[\u4e00-\u9fff]{2,3}(?:率|率领|带领)(?:专题|联合)?(?:调研组|视察组|考察组|督办调研组|一行)")
_TEAM_AFTER = re.compile(r"(?:专题|联合)?(?:一行|调研组|视察组|考察组|部分委员|有关负责同志)|(?<=组)(?:的)?委员|"
                         r"(?:到|赴|前往|深入|走进|来到)")  # (带领区政协经济委到某局调研: the committee led there)  # (率第五委员小组的委员们)
# A meeting held right after the work just told (在随后召开的座谈会上, 随后举行座谈会) is that work's:
# its organisers hold it.
# 两地/双方 before a democratic party's name: its units on the two sides the text named together.
_BOTH_PLACES_BEFORE = re.compile(r"(?:两地|双方|两省市|川渝两地|川渝)$")
_FOLLOW_UP_MEETING = re.compile(r"(?:[，,\s]|在)*(?:随后|随即|紧接着|之后|会后)[，,]?(?:还|又)?(?:召开|举行)")
_SAYS_AFTER = re.compile(r"(?:提出|强调|指出|明确|要求|作出|部署|审议通过)")
_PARTY_BEFORE = re.compile(r"(?:中共|党的)[\u4e00-\u9fff]{0,8}$|[省市区县州]委$")
_MATTERS_AFTER = re.compile(r"(?:的)?(?:有关|相关)(?:具体)?事项|等事项")
_BUILT_ON_AFTER = re.compile(r"(?:《[^》]{2,80}》)?的?基础上")
# a meeting of a level's whole CPPCC system (全省政协提案工作座谈会, 全市政协系统宣传工作会议)
# (全区政协…交流会, 全县政协…会议: the district's or county's, or in a region's text the region's;
# 全市政协秘书长、办公厅主任会议: the meeting's list of attendees inside its name)
_WHOLE_SYSTEM = re.compile(r"全(?P<level>[省市州国区县])政协(?:系统)?(?!委员|常委)"
                           r"(?=[^，,；;。]{0,18}(?:会议?|座谈会|研讨会|推进会|交流会|培训班)$)")
_RECEIVED_AFTER = re.compile(r"赢得|获得|引起|受到|博得")
_TITLE_IN_WORD = re.compile(r"《[^》]{2,80}》")
_PROPOSAL_TITLE = re.compile(r"《[^《》]{2,80}(?:提案|建议|议案)》")
# the units that handle proposals, at the head of a sentence: their own work, not the committee's
_HANDLERS_OPEN = re.compile(r"(?:全区|全县|全市|各)?(?:提案)?(?:承办单位|办理单位)")
_GROUP_TITLE = re.compile(r"副?书记|成员(?=、|[\u4e00-\u9fff]{2,3}(?:一行|带队|率|到|赴|来|在))")  # (党组成员、副主席某某: a post)
_OPENED_OR_ENDED = re.compile(r"[^，,；;。]{0,16}?(?:开幕|闭幕|结束|闭会|落幕|帷幕|完成(?:各项|全部)议程)")  # (拉开帷幕, 落下帷幕)
_QUOTED_CAMPAIGN_AFTER = re.compile(r"[”’]等?(?:实践|主题|专项|系列)?(?:活动|行动)")
# a quoted name that a meeting is about (“渝事好商量”工作推进会): the meeting's subject, no work of its own
_QUOTED_MEETING_AFTER = re.compile(r"[”’](?:工作)?[\u4e00-\u9fff]{0,4}?(?:推进会|现场会|座谈会|培训会|交流会|研讨会|部署会|总结会|观摩会|调度会|协商(?:议事会|会)|议事会)")
_WENT_TO_BODY = re.compile(r"[^，,；;。]{0,10}?(?:到|赴|前往|来到|走进)")
# a meeting told as where a briefing was heard: 会上, 会议(还)…, 座谈会上, 通报会上
_HEARD_AT = re.compile(r"会上|会议上|(?:^|[，,；;]|本次|此次|这次)会议[^，,；;。]{0,4}?(?:听取|传达|通报|审议|学习)|会议(?:期间|中)")
_PERSON_BETWEEN = re.compile(_TITLE_AFTER.pattern + r"[\u4e00-\u9fff]{2,3}[、和及与]")
_NOT_HELD_AFTER = re.compile(r"(?:新闻)?(?:发布会|开幕会|闭幕会|大会|全体会议)?上?(?:获悉|了解到|得知)|(?:大会)?(?:秘书处|秘书组|宣传组|提案组|新闻组)|"
                             # 在发布会现场介绍: where a spokesman spoke; 在X会议召开之际: a time, the meeting told elsewhere
                             r"(?:现场|上)(?:介绍|表示|透露|通报|发布)|(?:召开|举行|开幕)?(?:之际|前夕)|"
                             # 围绕X全会确定的目标任务: the meeting whose aims the work serves, held by others
                             r"(?:[和及、与][^，,；;。]{2,24}?)?(?:所|会议)?(?:确定|提出|作出|做出|部署|明确)的")
# a sentence that goes on with the one before it: its items are that sentence's
# work the sentence before announces to come (今年将联合开展13项重点工作): what 其中 lists after it is to come
_ANNOUNCED_TO_COME = re.compile(r"(?:将|拟)[^，,；;。]{0,8}?(?:开展|实施|推进|组织|举办|召开|完成)")
_GOES_ON = re.compile(r"其中[:：，,]|具体(?:安排)?(?:为|是)?[:：]|(?:日程|议程)安排(?:为|是|如下)?[:：]")
_URGED = re.compile(r"(?:勉励|鼓励|号召(?![、和并及]组织)|寄语|呼吁|希望(?!工程|小学)|期待(?=[^。；;，,]{0,12}?政协))[^。；;]*$|"  # (期待两地政协携手…: a wish)
                    r"在[^。；;，,]{0,12}?召开[^。；;]{0,40}?[上时](?:指出|强调|要求)[，,：:][^。；;]*$")  # (在主持召开X会上指出，要…: what was said there)
_ANSWERED_CALL = re.compile(r"响应[^，,；;。]{0,30}?号召")  # 积极响应市政协号召，开展…: the call is answered, the work done
_TEAM_AT = re.compile(r"(?:组|团|一行|(?:主席|主任|书记|秘书长)[\u4e00-\u9fff]{2,3})在[^，,；;。在]{1,12}$")  # (主席某某在内江调研: the leader's own)
_AMID_BEFORE = searched(re.compile(r"在[^，,；;。在]{0,14}$"))
_AMID = re.compile(r"[^，,；;。]{0,12}?中(?!心|央|共|国|小)")
_TEAM_WORD = re.compile(lexicon.FIELD_TEAMS + "|一行")
_CAME_FROM = re.compile(r"来自[^；;。]{2,60}?(?:齐聚|汇聚|相聚|聚首|参加|出席|参会|与会)")
# (深入践行, 深入学习: a manner of working, no going out)
_WENT_OUT = re.compile(r"赴|(?<![得受达])到(?!会)|来到|前往|走进|深入(?!践行|学习|贯彻|推进|实施|开展|推动|落实|研究|思考|交流|探讨|人心|浅出)")
_TEAM_ARRIVES = re.compile(lexicon.TEAM_ANAPHOR.pattern + r"(?:一行)?(?:先后|首先|随后|又|还)*(?:来到|走进|前往|转赴|赴|抵达|到达|移师|到)")
# 《关于…的建议》 cited in a text about proposals, not a report's output (形成/报送…) or an item of
# social information (社情民意): a proposal of its own
_CITED_TITLE = re.compile(r"《关于[^》]{4,60}的(?:建议|提案)》")
_LISTED_AFTER_TITLE = re.compile(r"(?:已|还|随后|也)?被[^，,；;。]{0,24}?(?:列为|确定为|列入)")
_TITLE = re.compile(r"《[^《》]{1,80}》")  # a document's title: its words tell no practice of the writer's
# (报送《关于…的建议》: an information report or a research output, unless it is titled a proposal;
# 围绕《…》和《…》两个重点提案，组织…交流: the titles are the theme of the work, no proposal told)
_NOT_A_PROPOSAL_BEFORE = re.compile(r"(?:形成|报送|撰写|社情民意|信息|调研报告|督办|办理|答复)[^，,；;。]{0,24}$")
_THEME_BEFORE_TITLE = re.compile(r"(?:围绕|针对|(?<!成)就)(?:(?!提出|提交|撰写)(?:《[^》]{0,80}》|[^，,；;。《》])){0,24}$")  # (围绕X提出了《甲》: 甲 is proposed)


def _themed_before(before: str) -> bool:
    """Does the clause before a tally of proposals give their theme (围绕X，共提交提案N件), one
    that is not an aim every committee names (围绕中心工作建言)?"""
    theme = _THEME_BEFORE.search(before)
    return theme is not None and not _GENERIC_THEME.fullmatch(theme.group("x"))


def _subject_of_counts_before(before: str) -> re.Match[str] | None:
    """The subject the clause before states for the work a clause counts (围绕X，三地政协开展
    联合调研2次、联合视察1次), unless it is an aim every committee names or itself work
    (围绕重点提案督办，共组织调研考察30次: a tally of what served it)."""
    theme = _THEME_BEFORE.search(before)
    if theme is None or _GENERIC_THEME.fullmatch(theme.group("x")) or find_triggers(theme.group("x")):
        return None
    return theme


def _speech_said(spoken: re.Match[str]) -> tuple[int, int]:
    """The span of the words of speaking in a themed speech (作了发言; 的发言聚焦X: 发言)."""
    return spoken.span("v") if spoken.group("v") is not None else spoken.span("v2")


def _speech_theme(spoken: re.Match[str]) -> tuple[int, int]:
    """The span of a themed speech's theme."""
    return spoken.span("x") if spoken.group("x") is not None else spoken.span("x2")


def _next_meeting(text: str) -> tuple[int, int, str] | None:
    """The span and ordinal of the next meeting a clause names its host for (确定X政协为第三次会议
    主办单位; 确定由X政协承办第三次会议), if it does."""
    host = _NEXT_HOST.search(text) if "单位" in text or "承办" in text or "主办" in text else None
    if host is None:
        return None
    group = next(g for g in ("m", "m2", "m3", "m4") if host.group(g) is not None)
    ordinal = _ORDINAL.search(host.group(group))
    return host.start(group), host.end(group), ordinal.group() if ordinal is not None else host.group(group)


def _count_at(text: str, at: int) -> int:
    """Where the count after a hand-in verb begins (提交集体提案5件, 提交了31件: past the words)."""
    match = _COUNT_OPENS.match(text, at)
    return match.end() if match is not None else at


_COUNT_OPENS = re.compile(r"了?(?:集体|联名)?(?:提案)?")


def _told_proposal(text: str, before: str, at: int | None = None,
                   bare_items: bool = False) -> tuple[tuple[int, int], tuple[int, int] | None] | None:
    """In a text about proposals, the (word, subject) spans of what members proposed (委员们提出…等建议;
    关于A、B等建议，…得到吸纳) or of proposals counted by aspect (经济建设方面提案924件; 提案中，X方面N件;
    其中，X方面N件、Y方面M件: the one whose word starts `at`, else the first); the subject is None
    where it stands in the clause before (…方面最受关注，提案数为N件)."""
    for aspect in _aspect_tallies(text):
        if aspect.group("w") or "提案" in before or "立案" in before:  # (经审查，立案280件，其中：X方面N件)
            word = "w" if aspect.group("w") else "w2"
            if at is None or aspect.start(word) == at:
                return aspect.span(word), aspect.span("x")
    listed = _LISTED_TITLE.search(text) if _TITLES_LISTED_BEFORE.search(before) else None
    if listed is not None:  # 主要建议有：A的建议；B的建议: each title a proposal
        return listed.span("w"), listed.span("x")
    found = _SUGGESTED.search(text) or _TITLE_UNBRACKETED.match(text) or _TITLE_LEADS_QUOTE.search(text) or (
        _TITLE_TAIL.match(text) if _TITLE_HEAD_BEFORE.search(before) else None) or (  # (关于甲,乙的建议: the title's end)
        # (●X的提案：…: a bullet's title; a bullet line's own first clause, its mark left out of it)
        _BULLET_TITLE_CLAUSE.search(text) if not before or any(c in text for c in "●■◆•") else None)
    if found is not None:
        return found.span("w"), found.span("x")
    if bare_items and before.endswith(("：", ":", "；", ";")) and _SUGGESTIONS_LISTED.search(before) and _ITEM_WORDS.fullmatch(text):
        return (0, len(text)), (0, len(text))  # (主要建议有：布局X，构筑Y；…: the item's first clause)
    counted = _ASPECT_COUNT.match(text) if _ASPECT_BEFORE.search(before) else None
    if counted is None and "其中" in before + text[:3] and ("提案" in before or "立案" in before):
        bare = _BARE_ASPECT.fullmatch(text)  # (收到提案290件，其中，经济建设90件，政治建设19件: an aspect each)
        return (bare.span("w"), bare.span("x")) if bare is not None else None
    return (counted.span("w"), None) if counted is not None else None


def _suggested_proposals(text: str, before: str, bare_items: bool = False) -> list[_Trigger]:
    """A proposal trigger for what a clause of a text about proposals says was proposed (one per
    aspect where a clause lists them with 、)."""
    told = _told_proposal(text, before, bare_items=bare_items)
    if told is None:
        return []
    listed = [m for m in _aspect_tallies(text) if m.group("w") or ("提案" in before or "立案" in before)]
    if len(listed) > 1:  # (X方面N件、Y方面M件; X类提案N件、Y类提案M件: one each)
        return [_Trigger(*m.span("w" if m.group("w") else "w2"), "proposal", None) for m in listed]
    return [_Trigger(*told[0], "proposal", None)]


def _with_key_listing(text: str, triggers: list[_Trigger]) -> list[_Trigger]:
    """`triggers` and, where the clause lists its proposal (or a count of proposals) as a key
    one after it (…提交的《…》被列为重点提案; 其中2件被列为市政协重点提案), that listing's supervision."""
    if ("被" not in text and "》列" not in text) or any(t.type == "supervision" for t in triggers):
        return triggers
    proposals = [t for t in triggers if t.type == "proposal"]
    listing = key_listing(text, proposals[-1].start) if proposals else (
        None if triggers else counted_key_listing(text))
    if listing is None:
        return triggers
    # (提交的《…提案》被列为…重点提案: the proposal's words end where its listing begins)
    triggers = [t._replace(end=listing.start()) if t.start < listing.start() < t.end else t for t in triggers]
    return [*triggers, _Trigger(listing.start(), listing.end(), "supervision", None)]


def _cited_proposals(text: str) -> list[_Trigger]:
    """A proposal trigger for each title a clause cites as the proposal it speaks of."""
    return [_Trigger(m.start(), m.end(), "supervision" if _LISTED_AS_KEY.match(text, m.end()) else "proposal", None)
            for m in _CITED_TITLE.finditer(text)
            if not (_THEME_BEFORE_TITLE.search(text, 0, m.start()) and not text.endswith("的", 0, m.start()))  # (针对X的《…》: the title)
            and not _BUILT_ON_AFTER.match(text, m.end())
            and (m.group().endswith("提案》") or not _NOT_A_PROPOSAL_BEFORE.search(text, 0, m.start()))]


# titles listed without brackets after the words that introduce them (主要建议有：A的建议；B的建议)
_LISTED_TITLE = re.compile(r"(?:^|[，,])(?P<x>[^，,；;。：:]{4,60}?)的(?P<w>建议|提案)[；;。]?$")
_TITLE_ITEM_ENDS = re.compile(r"的(?:建议|提案)(?:[；;。]|$)")
# suggestions listed after their head, one per ；-item, each a clause or two of its own words
# (主要建议有：布局X，构筑Y；推进Z，激活W): one proposal each, on its first clause
_SUGGESTIONS_LISTED = re.compile(r"(?:主要|重点|具体)?(?:意见)?建议(?:有|包括|主要有|集中在)[:：]")
_TITLES_LISTED_BEFORE = re.compile(r"(?:主要|重点)?(?:建议|提案|意见建议)(?:有|包括|主要有)[:：]|的(?:建议|提案)[；;]$")
# X方面提案N件, X方面重点提案N件; X方面最受关注，提案数为N件 (the clause of the count)
# (提案中，X方面N件，Y方面M件: the count alone, proposals said before)
# (涉及X的N件: proposals counted by what they concern)
_ASPECT_TALLY = re.compile(r"(?P<inv>涉及)?(?P<x>[^，,；;。、]{2,20}?(?:方面|类|(?(inv)(?=的)|(?!))))\s*(?:的)?(?:(?:重点)?(?P<w>提案)(?:数)?(?:达|为|有|共)?\d+\s?件"
                           r"|(?:的?提案)?(?:有|达|共)?(?P<w2>\d+\s?件)(?=[，,；;。、]|$))")  # (涉及X的有37件)


def _may_tally_aspects(text: str) -> bool:
    """Does `text` hold the words every match of _ASPECT_TALLY holds (件, and 方面, 类 or 涉及)?
    Most clauses do not, and are then not scanned: the pattern's lazy subject is otherwise
    tried at every place of the clause."""
    return "件" in text and ("方面" in text or "类" in text or "涉及" in text)


def _aspect_tally(text: str) -> re.Match[str] | None:
    """`_ASPECT_TALLY.search(text)`, without the scan where it cannot match."""
    return _ASPECT_TALLY.search(text) if _may_tally_aspects(text) else None


def _aspect_tallies(text: str) -> Iterator[re.Match[str]]:
    """`_ASPECT_TALLY.finditer(text)`, without the scan where it cannot match."""
    return _ASPECT_TALLY.finditer(text) if _may_tally_aspects(text) else iter(())

# 其中, 从内容看, 按类别分, 从提出主体看: the list of a total told in the sentence before
_TALLY_FRAME = re.compile(r"其中|(?:从|按|就)(?:提案)?(?:内容|类别|领域|提出主体|提交主体|主体|类型|提案者)(?:上|来)?(?:看|分|划分|统计)")
_TOLD_LEAD = re.compile(r"^(?:此外|还有|其中|另外|关于|[，,])+")
_ASPECT_BEFORE = re.compile(r"(?P<x>[^，,；;。]{2,10}?方面)[^，,；;。]{0,8}[，,]$")  # (…方面最受关注，提案数为N件)
_ASPECT_COUNT = re.compile(r"(?P<w>提案)数?(?:达|为|有|共)?\d+件")
_ITEM_WORDS = re.compile(r"[\u4e00-\u9fff“”、]{4,40}")  # (a listed suggestion's own words, no figures)
# an aspect named bare with its count in a breakdown of proposals (其中，经济建设90件): not a kind of
# proposal or of handling (委员提案200件, 集体提案30件, 已办结280件: statistics only)
_BARE_ASPECT = re.compile(r"(?:其中[，,：:]?)?(?P<x>(?:(?!提案|委员|集体|个人|联名|党派|单位|会议|期间|闭会|立案|重点|办|答复|采纳|吸纳|落实|解决|列入|留作|参考|作为|不|未|暂|正在|已|被|并案|转)[\u4e00-\u9fff]){2,10})(?P<w>\d+件)")
_SUGGESTED = re.compile(r"^(?:[^，,；;。]{0,8}?(?:提出|提交)了?)?(?P<x>关于[^，,；;。]{4,80}?|[^，,；;。]{4,80}?)等(?P<w>建议)")
# 关于X的建议，区商务委认真吸纳: a proposal cited by its title without brackets, a clause of its own
_TITLE_UNBRACKETED = re.compile(r"(?:此外|另外|其中|[，,“”])*关于(?P<x>[^，,；;。《》“”]{4,60}?)的(?P<w>建议|提案)$")
_TITLE_OPENS = re.compile(r"(?:^|[，,；;。])[“”]?关于[^，,；;。《》“”]{4,60}?(?:[，,][^，,；;。《》“”]{2,40}?)?的(?:建议|提案)[，,]")
# a quoted excerpt that opens with such a title (“关于改进X，提升Y的建议，区商务委认真采纳…”): the
# quotes keep its commas inside one clause
_TITLE_LEADS_QUOTE = re.compile(r"“关于(?P<x>[^，,；;。《》“”]{4,60}?(?:[，,][^，,；;。《》“”]{2,40}?)?)的(?P<w>建议|提案)(?=[，,])")
# a title without brackets cut by its own comma (关于优化X,提高Y的建议,…): its head in the clause before
_TITLE_HEAD_BEFORE = re.compile(r"(?:^|[，,；;。●■◆•])[“”]?(?:此外|另外|其中)?关于[^，,；;。《》“”的]{4,40}[，,]$")
# 召开X会议，深入学习Y精神: the words between a meeting and what it studied
_STUDIED_AT = re.compile(r"[\u4e00-\u9fff]{0,4}[，,](?:会议)?(?:深入|认真|集中|专题|传达)*")
# 召开协商座谈会，围绕X建言献策: the words between a meeting and what was said there
_OPENS_ON_A_SUBJECT = re.compile(r"^[\u4e00-\u9fff]{0,4}[，,](?:与会人员|与会委员|委员们|大家)?(?:围绕|就|聚焦)[^，,；;。]{2,40}$")
# speaking for a body (代表农工党省委会发言, 代表万州区政协作大会发言): that body's speech
_SPOKEN_FOR = re.compile(r"代表(?P<who>[^，,；;。“”、《》]{2,30}?)(?P<v>(?:作|做)?(?:了)?(?:大会|书面|口头)?发言)(?![人稿者])")
_GROUP_HEAD_REACH = 8  # characters before a group's name that still leave it the sentence's head (在川南渝西，)
# the clause after a speech telling its advice (…发言，对X提出建议): the speech is told there
_ADVICE_GOES_ON = re.compile(r"[，,](?:对|就|围绕|聚焦)[^。；;]{0,60}?(?:提出|建议|建言)")
# a sitting where bodies speak: a session's, or a standing committee's meeting
_SPEECH_SITTING = re.compile(r"常委会议|常委会第[^，,。]{1,6}次会议|常务委员会第[^，,。]{1,6}次会议")
_A_SESSIONS_SITTING = re.compile(r"大会发言|全体会议|开幕会|闭幕会|联组|届[一二三四五六七八九十\d]{1,3}次(?:全体)?会议")
# 某党派区委委员某某围绕X作了发言, 区工商联就X作了发言: a speech on a theme at a sitting
# (某界委员某某的发言则聚焦X, 某党派的发言聚焦X，题为《Y》: the same, told the other way round)
# a proposal told as where its author's words are (在提交的提案中, 在其提案《X》中)
_IN_THE_PROPOSAL = re.compile(r"(?:其|所)?(?:提交|提出|递交)?的?提案(?:《[^》]{2,80}》)?中")
# what a proposal told as where its words are says, in the clause after it (…提案中说，应当X)
_SAID_NEXT = re.compile(r"[^，,；;。：:]{0,4}[，,：:]?(?:应当|应该|应|要|需要|必须|建议)?(?P<x>[^，,；;。]{4,40})")
_THEMED_SPEECH = re.compile(r"(?:围绕|就|聚焦)(?P<x>[^，,；;。“”《》]{2,80}?)(?P<v>[作做]了?(?:大会|书面|口头){0,2}发言)(?![人稿者])"
                            r"|(?<=的)(?P<v2>发言)(?:则|还|也|主要)?(?:聚焦|围绕|关注|着眼于?|集中在)(?P<x2>[^，,；;。“”《》]{2,30})")
_THEMES_SPOKEN_ON = re.compile(r"(?:就|围绕|针对)(?P<x>[^，,；;。]{2,60}?)等(?:问题|方面)$")
_TITLE_TAIL = re.compile(r"(?P<x>[^，,；;。《》“”]{2,40}?)的(?P<w>建议|提案)$")
# a digest's bullet that heads with a proposal's title and a colon (●加强农村饮水安全保障的提案：某局吸纳…;
# ●关于甲，乙的提案：… ends in the clause after its comma): that proposal
_BULLET_TITLE = re.compile(r"[●■◆•][^●■◆•：:。；;]{4,80}?的(?:提案|建议)[：:]")
_BULLET_TITLE_CLAUSE = re.compile(r"(?:[●■◆•]|^)(?!提出|提交|形成|撰写|报送)(?:关于)?(?P<x>(?:(?!委员|们|这些|部分|今年|本次|大会)[^，,；;。●■◆•]){4,60}?)的(?P<w>提案|建议)$")
_ITEM_MARK = re.compile(r"[，,；;。、]")
_QUOTED_NAME = re.compile(r"“[^”]{0,40}”")
_NUMBERED_ITEM = re.compile(r"第?[\d一二三四五六七八九十百]{1,4}号")
# (会议期间，委员们将列席…；分组讨论…: a session's business to come, item after item)
_LIST_AHEAD = re.compile(r"将(?:重点)?(?:抓好|做好|突出|聚焦|推进|开展|围绕|列席|出席|听取)|(?:作了?|作出|进行了?)(?:安排|部署)[，,:：]?"
                         r"(?:要求|强调)|" + lexicon.URGED_TASK
                         # 在制定年度…计划时，…；…；…: the items of the plan being drawn up
                         + r"|(?:制定|修订|拟定|研究)[^，,；;。]{0,24}(?:计划|要点|方案)时")
_DATED_LEAD = re.compile(r"\d{1,2}[月日]")
# the manner of a consultation already told (坦诚协商, 积极的互动协商, 充分协商)
_MANNER_BEFORE = re.compile(r"(?:坦诚|互动|充分|平等)$")
# 陪同考察, 参加调研, 参加专题协商 closing a clause: taking part in the work told, no work of its own
_JOINS_BARE = re.compile(r"(?:陪同|参加|出席|一同|共同参加)了?$")
_BARE_END = re.compile(r"(?:(?:考察|调研|视察|活动|考察活动|调研活动|视察活动|调研考察|考察调研|调研视察|视察调研|(?:专题)?协商)(?:活动)?"
                       r"|(?:考察|调研|视察)(?:或|和|及|、)(?:考察|调研|视察|座谈会?))")  # (参加调研或座谈: the work told)
_TAKES_PART = re.compile(r"参加|出席|列席|承办(?!单位|提案|的提案)")  # (某委承办市政协X协商会: the committee's, the organ hosts it)
# work a clause only prepares for (为后续协商活动做好准备, 为下一步监督打下基础): an aim
_PREPARED_FOR_BEFORE = re.compile(r"为(?:后续|下一步|下步|今后|下阶段|下一阶段|即将召开的|接下来的?|"
                                  r"[^，,；;。]{0,12}?(?:\d{1,2}月|下半年|上半年|年内|年底|近期|明年)(?:将要|将|拟)?(?:召开|举行|举办)的)"
                                  r"[^，,；;。]{0,12}$")  # (为全国政协下月召开的协商会提供参考: what the work serves)
_PREPARED_FOR_AFTER = re.compile(r"[^，,；;。]{0,6}?(?:做好|作好|作)?(?:准备|铺垫)|[^，,；;。]{0,6}?(?:打下|奠定)(?:了)?(?:良好|坚实)?基础|"
                                 r"[^，,；;。]{0,6}?提供(?:参考|支撑|依据|借鉴)")
# the places visited, counted (走访企业7家): a statistic
_PLACES_COUNTED = re.compile(r"了?[^，,；;。“”]{0,14}?\d+(?:余|多)?(?:家|个|户|处|所|人次|名|人)")  # (走访群众2300余人次)
# choosing the key proposals (确定重点提案42件, 票决选出重点提案5件): a supervision
_KEY_CHOSEN = re.compile(r"(?:票决|遴选|确定|选定|选择|(?:票决)?选出)了?(?:今年|本年度|年度|\d{4}年度?)?(?:\d+件)?重点(?:督办|办理)?提案")
# the leaders who oversee the key proposals just chosen or counted (确定重点提案42件，由市领导领衔督办;
# 其中12件由…牵头督办; 副区长领衔督办重点提案9件): how the proposals are handled, a statistic, no work
_LEADERS_OVERSEE = re.compile(r"[^，,；;。《》“”]*?(?:由|分别|各)[^，,；;。《》“”]{0,24}?(?:领衔|牵头)督办(?:重点提案)?(?:\d+件)?"
                              r"(?:[、和及][^，,；;。《》“”、]{0,16}?(?:领衔|牵头|对口)督办)*|"  # (…领衔督办、…牵头督办和专委会对口督办)
                              r"[^，,；;。《》“”]*?(?:领衔|牵头)督办(?:重点提案)?(?P<m>\d+件)")
_COUNT_OF_THEM = re.compile(r"\d+件")


def _leaders_oversee(text: str, before_clause: str) -> bool:
    """Does the clause only name the leaders who oversee key proposals counted (in it, or chosen
    with their count in the clause before)?"""
    told = _LEADERS_OVERSEE.fullmatch(text)
    return told is not None and (told.group("m") is not None or _COUNT_OF_THEM.search(text) is not None
                                 or _KEY_CHOSEN.search(before_clause[-40:]) is not None)


# a quoted theme (“推动文旅协同发展”) and 协同发展 say what the work is about, not who does it together
_THEME_WORDS = re.compile(r"“[^”，,。；;！？]{0,30}”|协同(?=发展|创新|治理|共进)")


def _says_together(text: str, end: int | None = None) -> bool:
    """Does the clause (up to `end`) say its work is done together (联合, 共同, 双方), outside a
    quoted theme?"""
    told = text[:end] if end is not None else text
    return lexicon.TOGETHER.search(_THEME_WORDS.sub(lambda m: "　" * len(m.group()), told)) is not None


_WORKS_WITH = re.compile(r"(?:会同|联合|携手|协同)$")  # working with a body named next, as one of its runners
# …签订协同履职协议 after the committee signed with: the two are the pair 双方 means next
# a special committee's own name (四川省政协提案委员会; not 政协达州市委员会, a whole committee)
_SPECIAL_COMMITTEE_NAME = re.compile(r"政协.*?(?:专门委员会|[^市区县省州]委员会)$")
# nothing but names and list marks (贵州省遵义市习水县、桐梓县和四川省泸州市合江县政协)
_NAMES_ONLY = re.compile(r"[\u4e00-\u9fff、和及与]{2,80}")
# the writer's own committee named bare at a clause's head, with the one it works with next (委员会与…, 本委同…)
_OWN_ORGAN_WITH = re.compile(r"(?:^|[，,；;。])(?:该|本|我)?(?:委员会|委)[与同和]$")
_SIGNED = re.compile(r"(?:共同|正式)?(?:签订|签署|缔结)了?[^，,；;。]{0,16}?(?:协议|备忘录|协定|框架)")
# A会同B、C组成调研组，…: the team formed is of all of them, and the rest of the sentence tells its work
_TEAM_FORMED_WITH = re.compile(r"(?:会同|联合|携手|协同|与)[^，,；;。]{1,40}?(?:组成|组建|成立)了?(?:联合|专题|重点)?"
                               r"(?:调研|视察|考察|督查|监督|课题)(?:组|团)")
# departments reporting to the committee's work (…负责同志分别作了情况介绍): no actor the story goes on with
_REPORTS_TO_IT = re.compile(r"(?:介绍|通报|汇报|说明)了?(?:[^，,。；;]{0,12}(?:情况|进展|做法))?[。；;，,]?$")
# bodies whose people speak at the meeting told (…等8家单位的代表作了发言): speakers, not the pair acting
_SPEAKS_AT_IT = re.compile(r"(?:代表|负责同志|负责人|同志|委员)(?:们)?(?:先后|分别|依次|还|也)?(?:作了?)?(?:交流|大会|重点|书面)?发言[。；;，,]?$")
# a column's item headed by its place and a colon (内江：4月上旬，…)
_COLUMN_ITEM = re.compile(r"\s*[\u4e00-\u9fff]{2,6}[：:](?![\s\n])")
# a sentence whose subject is the meeting just told (会议围绕X开展专题协商, 会议决定，…, 会议还审议…)
_THE_MEETING_ACTS = re.compile(r"\s*(?:本次|此次|这次)?(?:会议|大会)(?:还|并|同时|最后)?(?:围绕|聚焦|就|决定|审议|听取|通过|研究|明确|部署|确定)")


def _clause_ends(text: str) -> list[int]:
    """Where each clause of `text` ends (before its comma, semicolon or full stop)."""
    return [m.start() for m in re.finditer(r"[，,；;。]|$", text)]


# a clause that only says who went along with the work told (某政协有关负责同志陪同调研): its
# bodies are hosts, not the actors the story goes on with
_POSTS_FILLED = re.compile(r"(?:增选|补选|选举|当选|任命|推选)[^，,；;。]{0,20}?为|^[^，,；;。]{2,12}为(?=[^，,；;。]{2,16}$)")  # (增选某某为区政协副主席，某某为区政协常务委员: posts)
_INVITED = re.compile(r"应邀(?:列席|出席|参加|观摩|到会)")  # (甲政协、乙政协负责同志应邀列席会议: guests, no actors)
_GOES_ALONG = re.compile(r"(?:陪同|参加|一同参加|随同|共同参加)了?" + _BARE_END.pattern + r"[。；;，,]?$")
# a clause of those who are only there: going along or speaking
_PRESENT_ONLY = re.compile(_GOES_ALONG.pattern + "|" + _SPEAKS_AT_IT.pattern)
_ALL_ACTIVITIES = re.compile(r"(?:有关|相关|上述|以上)活动")
_PREPARED = re.compile(lexicon.SESSION_PREPARED)  # a coming session prepared: work said by its words alone
_COUNCIL_PREPARED = re.compile(r"(?:(?:筹备|筹办)(?:召开|开好|好)?|做好|抓好)(?P<x>[^，,；;。“”]{0,20}?第[一二三四五六七八九十\d]{1,3}次"
                               r"(?:联席|协作|联合|常委|常委会|主席)会议|[^，,；;。“”]{0,20}?(?:联席|协作)会议第[一二三四五六七八九十\d]{1,3}次会议"
                               r"|[^，,；;。“”]{0,20}?(?:常委会|常务委员会)第[一二三四五六七八九十\d]{1,3}次(?:全体)?会议"
                               r"|(?<=筹办)第[一二三四五六七八九十\d]{1,3}届“?[^，,；;。”]{2,20}?论坛”?)")
_SESSION_PREPARED_NAME = re.compile(r"(?:[省市州区县]政协)?[一二三四五六七八九十\d]{1,3}届[一二三四五六七八九十\d]{1,3}次(?:全体|全委)?会议")
# the members split into groups (分为9个小组, 分成5个组) and what the groups then discussed
# 分9个小组讨论了X (the discussion in the clause of the split): what the groups discussed
_DISCUSSED_RIGHT_AFTER = re.compile(r"(?P<v>讨论|审议)了?(?P<x>[^，,；;。]{2,60})")
_SPLIT_INTO_GROUPS = re.compile(r"分(?:为|成)?[\d一二三四五六七八九十]{1,2}个(?:小|讨论)?组|(?<=开展)分组活动")  # (分9个小组讨论了X)
_GROUPS_DISCUSS = re.compile(r"[，,\s]*(?:[^，,；;。]{0,30}?[，,])?[^，,；;。]{0,6}?(?P<v>讨论|审议|研讨)(?P<x>[^，,；;。]{2,80})|"
                             r"[，,\s]*对(?P<o>[^，,；;。]{2,40}?)(?:进行|开展)了?(?:分组)?(?P<w>讨论|审议|研讨)")  # (分成7个小组，对X进行讨论)
_SPEAKER_NAMED_AFTER = re.compile(r"的[\u4e00-\u9fff]{1,6}?委员[^，,；;。]{0,4}?(?:认为|建议|提出|呼吁)")
# …政协主要负责同志及部分委员参加会议: those who came to the meeting just told
_CAME_TO_THE_MEETING = re.compile(r"(?:[\u4e00-\u9fff]{0,6}?政协)?(?:的)?(?:主要)?(?:负责同志|负责人|领导|主席|有关负责同志)"
                                  r"(?:[及和与][^，,；;。]{0,8}?)?(?:参加|出席)了?(?:会议|本次会议|此次会议)")
# …与X政协的协作 / 合作 / 交流: a partnership named, its pair the next sentence's 双方
_AGREED_WITH = re.compile(r"签订|签署|缔结|结成|建立[^，,；;。]{0,8}?(?:协作|合作|联系)")
_PARTNERSHIP_WITH = re.compile(r"(?:的)?(?:协作|合作|交流|联系|对接)")
# a clause listing the subjects of the work counted before it, each in turn, to its end
_EACH_LISTED_NEXT = re.compile(r"[,，]分别(?:围绕|聚焦|就|针对|关注|涉及)(?P<items>[^，,；;。]{2,160}?[、和及与”][^，,；;。]{2,40})(?=[，,；;。]|$)")
_NUMBERED_PLAN_ITEM = re.compile(r"\s*\d{1,2}[.．、](?!\d)")
_NEXT_ITEM_OPENS = re.compile(r"\s*(?:[二三四五六七八九十]是|其[二三四五六七八九]，|第[二三四五六七八九十][，,、])")
# 三地政协第五次联席会议, 两地政协联席会议: a meeting named by the group that holds it
_GROUP_OWNS_MEETING = re.compile(r"(?P<w>(?:两地|三地|四地|两省市|三省市|两家)政协)(?:第[一二三四五六七八九十\d]{1,3}[次届])?$")
_COUNTED_WORK_ABOUT = re.compile(lexicon.SUBJECT_OPENER + r"|紧扣|关于|" + lexicon.LOOKED_AT)  # (what the counted work was about)
_PURPOSE_OPENS = ("让委员", "让广大委员", "让与会", "使委员", "以便")
# the members at a sentence's head (委员们, 广大政协委员们): who write the proposals it tells
_MEMBERS_LEAD = re.compile(r"(?:^|[，,])(?:全体|广大|与会|参会)?(?:政协)?委员们")
# a committee that brings its members to write (组织住渝全国政协委员联名提交): its own proposal
_ORGANISES_MEMBERS = re.compile(r"(?:组织|动员|引导|推动)[^，,；;。]{0,8}?委员")  # (not 涉及推动X的N件)
# words of giving that a count of what was given may follow (捐赠50床藏毯, 免费提供1千个口罩, 协调资金33万元)
_GIVES = ("捐赠", "捐助", "捐款", "捐物", "捐资", "赠送", "免费", "协调")
_STANDING_MEETING = re.compile(r"常委会?会?议$|常委会$|(?:常委会|常务委员会)第[一二三四五六七八九十\d]{1,4}次(?:全体)?会议$")
_OPENING_TITLE = re.compile(r"\s*《([^》]{2,60})》")
_ACCOMPANIED = re.compile(r"陪同下")
_VISIT_WORD = re.compile(lexicon.VISIT_ARRIVAL)
# the words an item after a semicolon opens with when its actor is the sentence's (；同时，将…)
_SAME_ACTOR_LEAD = re.compile(r"\s*(?:同时|与此同时)[，,]?")
_TRIP_REACH = 12  # how far past a trip's word (一行前往X) the work done there may be named in its clause

# a later clause that opens with its own verb and subject before a bare activity word (，开展民族地区脱贫攻坚视察)
_OWN_SUBJECT_AFTER_VERB = re.compile(r"[，,](?:开展|组织开展|进行)了?[\u4e00-\u9fff“”]{4,}$")
_NEW_SUBJECT = re.compile(r"[，,；;][\u4e00-\u9fff]{0,3}?" + lexicon.SUBJECT_OPENER)
_SUBJECT_OPENS = searched(re.compile(r"围绕|聚焦|(?<!成)就(?!业|此)"))
_SUBJECT_CLOSES = re.compile(r"[^，,；;。]*?(?:开展|进行|展开|组织|情况(?:赴|到)[^，,；;。]{1,12}?)[^，,；;。]{0,4}")  # (…情况赴某区调研)
_VERB_BETWEEN = re.compile(r"开展|进行|召开|组织|举办|举行")


def _reviews_proposals(text: str, trig: _Trigger) -> bool:
    """Is the activity word a review of proposals (提案进行认真审查, 认真审查提案)?"""
    return trig.type == "other" and "审查" in text[trig.start:trig.end] and (
        "提案" in text[max(0, trig.start - 2):trig.end] or text.endswith(("提案委员会", "提案审查委员会"), 0, trig.start))


def _in_subject_of(text: str, trig: _Trigger, later: Sequence[_Trigger]) -> bool:
    """Is the activity word part of what a later activity is about (围绕…以及承办X联合协商会议等
    开展调研交流: the exchange is about hosting the consultation, which is not told here)?"""
    opens = [m for m in _SUBJECT_OPENS.finditer(text, 0, trig.start)]
    if not opens or _VERB_BETWEEN.search(text, opens[-1].end(), trig.start):
        return False
    return any(_SUBJECT_CLOSES.fullmatch(text, trig.end, t.start) for t in later)


def _work_named_at(text: str, at: int) -> bool:
    """Does an activity word start at `at` (“X”网络专题议政, “X”专题协商)?"""
    word = lexicon.ANY_TRIGGER.search(text[at:at + 12])
    return word is not None and word.start() == 0


def _names_only(text: str, placed: list[_Placed]) -> bool:
    """Is the clause nothing but names joined by list words (after a time phrase)?"""
    pos = _lead_end(text)
    for p in sorted(placed, key=lambda x: x.start):
        if p.start < pos:
            continue
        if not _LIST_WORDS.fullmatch(text, pos, p.start):
            return False
        pos = p.end
    return _LIST_WORDS.fullmatch(text, pos) is not None


_PROPOSALS_COUNTED = re.compile(r"了?\d+件")
# the count inside the proposal's own words (共提交了28865件提案, 提交737份个人提案): a tally, as after them
# (…提交了2件提案，分别关注A和B: the proposals, each on its subject)
_EACH_NAMED_AFTER = re.compile(r"(?:主题|议题|内容)?分别(?:关注|聚焦|涉及|围绕|是|为|关于)")
_COUNTED_INSIDE = re.compile(r"(?:提交|提出)了?(?:[2-9]|\d{2,})(?:余|多)?[件份篇条][^，,；;。\d]{0,4}?提案")
_CLAUSE_GAP = re.compile(r"\s*[，,]\s*")
_ANNOUNCED_ITEMS = re.compile(r"[一二三四五六七八九十两\d]+(?:方面|项|个)[^，,；;。：:]{0,8}[：:]")
# X协商议题共有N个…：甲；乙, 安排了N个X协商议题：甲；乙: the list that follows, one each
_TOPICS_COUNTED = re.compile(r"(?:议题|课题)(?:共有|有|共|为)?[\d一二三四五六七八九十两]+个")
# (8个重点协商议题分别是：…, 3个课题为：…; not 议题是在…基础上产生的: no list follows)
_TOPICS_LISTED = re.compile(r"(?:议题|课题)(?:(?:分别|依次)(?:是|为|包括)[:：]?|(?:是|为|包括)?[:：]|$)")
_COUNT_ENDS = re.compile(r"[\d一二三四五六七八九十两]+个$")
_REPORT_DONE = re.compile(r"(?:完成|形成|撰写)了?[^，,；;。]{0,8}《[^》]{2,40}》[^，,；;。]{0,12}$")  # (a titled report: research of its own)
_STATE_SIDE = frozenset({"PartyCommittee", "GovernmentBody", "PeoplesCongress"})
# a Party or state body the reference lacks, by its name: 中共X委, X人民政府, and a government's
# departments (X水利局, X发展和改革委员会; a democratic party's X委员会 is none of these words)
_STATE_NAME = re.compile(r"^中共|(?:人民政府|政府|人大常委会|人民代表大会|局|厅|" + "|".join(
    word for word in STATE_FULL_WORDS if word.endswith(("委员会", "办公室"))) + ")$")
# the advice an earlier sitting gave, followed up (某次常委会议就X所提建议的办理情况)
_ADVICE_FOLLOWED_UP = re.compile(r"[^，,；;。]{0,30}?(?:提出的?|所提的?)(?:意见建议|协商意见|意见|建议)[^，,；;。]{0,6}?(?:采纳|落实|办理|反馈|转化)")
# the units an item names as leading it, in its own sentence (由A、B牵头筹备; 牵头：A、B；参与：C)
_LED_BY = re.compile(r"(?<![交转])由(?P<who>[^，,；;。由]{2,60}?)(?:共同)?牵头(?!主办|举办|承办|协办|提出|撰写|起草)|"
                     r"牵头(?:单位)?[：:](?P<who2>[^；;。]{2,60}?)(?=[；;。]|$)")
_TAKING_PART = re.compile(r"(?:参与|配合|协办)(?:单位)?[：:](?P<who>[^；;。]{2,60}?)(?=[；;。]|$)")
# units leading items in turn (第一项由A牵头, 前4个课题由A牵头): each item its own, not the sentence's
_LED_IN_TURN = re.compile(r"(?:第[一二三四五六七八九十\d]{1,2}(?:项|个)|前[一二三四五六七八九十\d]{1,2}(?:项|个)|后[一二三四五六七八九十\d]{1,2}(?:项|个)|分别由|分别牵头|协办|参与主办)")
# a clause of its own saying that what comes next is a part (…提案6件。其中，《X》被…)
_PART_CLAUSE_BEFORE = re.compile(r"(?:^|[，,；;])其中[，,]?$")
# a council's meeting named without whose it is (首次联席会议, 第二次主席联席会议)
_COUNCIL_WITHOUT_OWNER = re.compile(r"(?:第[一二三四五六七八九十\d]{1,3}次|首次|年度|\d{4}年(?:第[一二三四五六七八九十\d]{1,3}次)?)?"
                                    r"(?:主席|秘书长)?联席会")
# between a group of committees and the name of its meeting (川渝政协第三次联席会议, 川渝政协主席联席会议)
_GROUP_MEETING_GAP = re.compile(r"(?:第[一二三四五六七八九十\d]{1,3}次)?(?:主席|秘书长)?")
# who lists a proposal for oversight, before the words of the listing (其中1件被全国政协确定为重点督办提案)
_LISTER_BEFORE = re.compile(r"被[^，,；;。被]{2,24}$")
# a kind of work naming the field whose items are listed next (联动监督重点：一是…; 联合调研的重点是…)
_KIND_AS_FIELD = re.compile(r"(?:工作)?的?(?:重点|要点|重点工作|重点任务|方向)(?:[：:]|是|为|包括|有|$)")
# a bracket opening on a kind of work, a modifier before its word (【联合视察】)
_BRACKET_OPENS_ON = re.compile(r"[【\[](?:联合|共同|专题|重点|跨省)?$")
# a quotation opening on a kind of work, a modifier or two before its word (“跨省视察，…)
_QUOTE_OPENS_ON = re.compile(r"[“「][\u4e00-\u9fff]{0,4}$")
# a quoted view of a kind of work, its word first (“联合监督不是走过场…”, “跨省视察，就要…”)
_OPINION_AFTER_KIND = re.compile(r"[，,]?(?:就要|就得|要|不是|不能|让|使|既是|是|更是|贵在|重在)")
# an outline item's ordinal right before its first activity word (二是联合民主监督，…), looked for in
# the few characters before the word only
_ITEM_HEAD_REACH = 12
_ITEM_OPENS_ON_ITS_KIND = re.compile(r"(?:^|[；;：:。\n])\s*(?:[一二三四五六七八九十]{1,2}是|[（(][一二三四五六七八九十]{1,2}[)）])"
                                     r"(?:联合|共同|专题|重点|跨省)?$")
# a meeting's word and the next name of a list of them (甲座谈会、乙座谈会; 甲座谈会和乙座谈会)
_NEXT_OF_A_LIST = re.compile(r"(?:会议?)?[、和及][^，,；;。：:]+$")
# subjects named, then counted, before the work on them (围绕甲、乙等9个方面议题进行协商): one piece of work
_SUBJECTS_NAMED_THEN_COUNTED = re.compile(r"(?:、[^，,；;。、]{1,30}?等|”[^，,；;。“”]{0,2}“[^，,；;。“”]{2,40}”等?)\d+(?:余|多)?个[^，,；;、\d]{0,8}(?:议题|课题)(?:开展|进行)?$")
# a speaker's words going on in a clause of their own (…，并表示通过对X的深入调研，收获很大): said, no work
_SAID_GOES_ON = re.compile(r"(?:并|还|也|同时)(?:表示|认为|坦言|感慨)(?!感谢|欢迎|祝贺|慰问|支持|赞同|同意|认可|[，,：:])")
# what a body could do (也能够通过启动X, 可以开展X): no work told, nor planned
_COULD_BEFORE = re.compile(r"(?:能够|可以)(?:通过|借助|依托)?[^，,；;。]{0,8}$|"
                           # (乙方委员可应邀参加甲方组织的视察, 八市区政协可在某河治理上联合开展监督: what may be done)
                           r"(?<![认许不宁即])可(?=应邀|在|与|同|就|对|结合|视情|适时)[^，,；;。]{0,18}$")
_COULD_REACH = 24
# a way of working a speaker tells in their own words (我们也深入开展调研, 我一直坚持走访): a habit
_HABIT_BEFORE = re.compile(r"(?:也|一直|始终|经常|常常|总是|都)(?:在|会|要)?(?:深入|坚持|积极|认真)?(?:开展|进行|去)?[^，,；;。]{0,3}$")
_DATED_OR_TO_COME = re.compile(r"\d{1,4}年|\d{1,2}月|今年|去年|前年|上半年|下半年|近日|日前|此前|上次|这次|此次|将|要")
_LED_BEFORE = re.compile(r"(?<!党组)(?:率|率领|带领)$")
# a team formed and sent off on a theme (组织某某专题调研组，围绕X…): the team's research
_TEAM_FORMED_BEFORE = re.compile(r"(?:组织|组成|成立|组建)了?[^，,；;。]{0,24}$")
# (“X”联合调研组来遂, 省政协视察组一行到某县: the team's coming is its work, where no word of work follows)
_KINDS_IN_A_COUNTED_WHOLE = re.compile(r"(?:、[^，,；;。、]{1,8}){1,6}等(?:\d+|[两三四五六七八九十])?(?:大类|类|个方面)?[^，,；;。\d]{0,6}?(?:"
                                       r"(?:(?:履职|协商|联合)?(?:活动|工作|事项)(?:共)?\d+(?:余|多)?[项次场个件]"
                                       r"|\d+(?:余|多)?[项次场个件](?:履职|重点)?(?:活动|工作|事项)))")  # (…等4大类15项工作)
# kinds of joint work named as the matters or areas an agreement or plan sets (确定联合调研、联合视察、联名提案
# 和委员交流4个方面; 明确联合协商、联合调研、联合视察等合作事项): what is to be done together, no work told
_KIND_WORD = r"(?:联合|共同|联名|专题)?(?:协商|调研|视察|考察|监督|提案|督办|培训)"
_SETS_MATTERS = re.compile(r"确定|明确|商定|约定|包括|涵盖|覆盖|涉及")  # (a cheap look first: most clauses set no matters)
_KIND_WORDS = _KIND_WORD + r"(?:调研|视察|考察|协商|监督)?"  # (联合调研视察: one item)
_KINDS_AS_MATTERS = re.compile(r"(?<=确定|明确|商定|约定|包括|涵盖|覆盖|涉及)了?" + _KIND_WORDS + r"(?:[、和及与]" + _KIND_WORDS
                               + r"|[、和及与][\u4e00-\u9fff]{2,6}?(?=[、和及与等]|[\d一二三四五六七八九十]+个)){1,6}"  # (…、信息互通等6个方面)
                               r"等?(?:[\d一二三四五六七八九十]+(?:个|项))?(?:个)?(?:合作事项|协作事项|方面|领域|重点工作|合作内容|协作内容|事项|板块)")
_KINDS_OF_DUTY = frozenset({"research", "consultation", "inspection", "supervision", "proposal", "publication", "study"})
_TEAM_COMES = re.compile(r"(?:一行)?(?:[\d一二三四五六七八九十]+人)?(?:来到|莅临|抵达|走进|来|到)(?!了解|看望|指导)")
_HEADING_YEAR = re.compile(r"((?:19|20)\d{2})年")
_TOP_HEADING = re.compile(r"[一二三四五六七八九十]{1,3}、")
_MARKED_PLAN_HEAD = re.compile(r"[■▲◆●★◇【]?\s*(?:20\d\d)年度?[^。，,；;\n\d]{0,8}?(?:重点工作|重点任务|工作重点|履职重点|工作安排|"
                               r"工作计划|工作打算)[】]?\s*")
# (二、2026年重点工作; 二、关于2023年度协同履职重点: a year's priorities, named with their year)
_PLAN_SECTION_HEAD = re.compile(r"[一二三四五六七八九十]{1,3}、(?:[^。，,；;\n]{0,14}?(?:工作计划|工作安排|工作打算|工作思路|工作设想|主要任务|工作要点)|"
                                r"(?:关于)?(?:20\d\d)年度?[^。，,；;\n\d]{0,8}?(?:重点工作|重点任务|工作重点|履职重点))[ \t\u3000]*$")
_COMMITTEE_NAME = re.compile(r"政协[^政协]{1,12}委员会|[^政协]{1,12}政协")  # (政协射洪市委员会, 射洪市政协: not its organs)
_ATTENDED_JOINT = re.compile(r"(?:参加|出席)了?(?=[^，,；;。]{4,40}$)")  # (参加X会议: the meeting named after it)
_CAME_TO_INITIAL = re.compile(r"来([\u4e00-\u9fff])(?=[，,。；;]|$|学习|考察|调研|视察|开展|交流|参观|对接)")
_REVIEW_THEN_PLAN = re.compile(r"(?:总结|回顾|报告)[和及与暨、][^，,。]{0,12}?(?:计划|要点|安排)")
_TEAM_OWNER_BEFORE = re.compile(r"(?:政协|委员会|”)(?:联合|专题|专项)?$")  # (两地政协联合调研组, “X”调研组: a team named)
_WORK_WORD_AFTER = re.compile(r"[^，,；;。]*?(?:调研|视察|考察|督查|监督|协商|座谈)")
_TEAM_SETS_OUT = re.compile(r"[^，,；;。]{0,8}?(?:调研|视察|考察)组(?:[，,](?:围绕|就|聚焦|赴|前往|深入|先后)|$)")  # 率调研组深入X: the team led to X, the work there
_PLAIN_ADVICE = re.compile(r"建言|献策|鼓与呼")
_CAUSES = re.compile(r"为[^，,；;。]{2,30}?(?:" + lexicon.FOR_A_CAUSE.pattern + ")")  # 为A建言，为B献策: causes listed
_GENERIC_TAIL = re.compile(r"(?:主题|系列|专题|实践)活动")
_ON_A_LIST_AFTER = re.compile(r"将?(?:重点|分别)?(?:聚焦|围绕|就|针对)[^，,；;。、]{2,30}、")
# a sitting named as where something is handed in (提交至四川省政协十三届一次会议, 提交三地政协联席会议)
_SUBMITTED_TO = re.compile(r"(?:提交|报送|递交)(?:至|到|给)?(?:[^，,；;。的在上]{2,24}?会议[和、及与])?[^，,；;。的在上]{0,16}$")
# 开展专题视察3次，主题分别为“甲”“乙”“丙”: counted work whose subjects the next clause names, one each
_NAMED_EACH_NEXT = re.compile(r"[,，]?(?:(?:主题|议题|课题|题目)?分别(?:是|为)|(?:主题|议题|课题|题目)(?:确定)?(?:是|为))[:：]?[“「]"
                              # (联合视察2项，分别围绕甲和乙开展: the subjects, and only a bare verb after them)
                              r"|[,，]分别(?:围绕|聚焦|就|针对|对)[^，,；;。]{2,80}?(?:开展|进行|展开)(?:议政|讨论|交流)?(?=[，,；;。]|$)")
_LIST_NEXT = re.compile(r"[,，]?[^。；;:：，,]{0,14}?[:：]")  # (议题共有3个，数量有所增加：甲；乙)
_CLOSES_ON = re.compile(r"将于(?:(?!开幕)[^，,；;。]){0,16}闭幕")  # (将于12日开幕、15日闭幕: the session)


def _at_the_meeting(text: str, start: int, end: int) -> bool:
    """X视频会议现场, 座谈会现场 (not a bare 会议现场, a photo's caption): the scene of a meeting held."""
    if not text.startswith("现场", end):
        return False
    word = text[start:end]
    return (word.endswith("会") and len(word) >= 3) or (word.endswith("会议") and len(word) >= 4)


def _place_ends(placed: Sequence[_Placed]) -> dict[int, int]:
    """Where each place a clause names ends → where it begins."""
    return {q.end: q.start for q in placed if q.mention.kind == "place"}


def _before_places(place_ends: dict[int, int], start: int, text: str | None = None) -> int:
    """Where the places written right before a name begin (与四川省成都市成华区政协: at 四川省);
    with `text`, a list of places before it too (与隆昌市、内江市东兴区政协: at 隆昌市)."""
    while True:
        if start in place_ends and place_ends[start] < start:
            start = place_ends[start]
        elif text is not None and start >= 2 and text[start - 1] in "、和及" and start - 1 in place_ends:
            start = place_ends[start - 1]
        else:
            return start


def _named_member_speech(text: str, trig: _Trigger) -> bool:
    """Is the trigger a named member heading a speech of a sitting's chain (甲委员建议X)?"""
    if trig.start != 0 or trig.type != "consultation" or not text.startswith("委员", trig.end - 2):
        return False
    named = _NAMED_MEMBER_SPEECH.match(text)
    return named is not None and named.end() == trig.end


def _words_before(text: str, start: int) -> str:
    """The four characters before a name, a count skipped (联动38个区县政协 -> 联动)."""
    before = text[max(0, start - 10):start]
    return _COUNT_TAIL.sub("", before)[-4:]


def _top_level_gap(text: str, start: int, end: int) -> bool:
    """A list delimiter between two positions, outside quotes and book titles."""
    depth = sum(text[:start].count(o) - text[:start].count(c) for o, c in (("“", "”"), ("《", "》")))
    if "”“" in text[start:end] and depth > 0:
        return True  # (“带来了X的建议”“准备了Y的提案”: two quoted items side by side)
    for ch in text[start:end]:
        if ch in "“《":
            depth += 1
        elif ch in "”》":
            depth -= 1
        elif depth <= 0 and ch in "、和及与":
            return True
    return False


_FORM_COLUMNS = re.compile(lexicon.FORM_COLUMNS)


def _own_item(text: str, start: int) -> int:
    """Where the list item holding position `start` begins, when it opens with a verb of its own
    (落实X制度、推行Y机制、组织专题学习研讨: the last item is work, whatever the first says), else 0."""
    mark = text.rfind("、", 0, start)
    if mark < 0 or not lexicon.ACTION.match(text, mark + 1) or _FORM_COLUMNS.search(text, 0, mark):
        return 0  # (表格中列出了甲、提交提案、…: a form's columns, every item of them)
    return mark + 1


def _unquoted(award: str) -> str:
    """An award without the quotes around the whole of it (“优秀提案” → 优秀提案), keeping those
    around a part (“有事来协商”先进平台)."""
    if award[:1] in "“「" and award[-1:] in "”」" and award.count("“") + award.count("「") == 1:
        return award[1:-1]
    return award


def _compound(first: _Trigger, second: _Trigger) -> bool:
    kinds = {first.type, second.type}
    return kinds <= _COMPOUNDING or first.type == second.type


def _occasion(mention: Mention) -> bool:
    """Is `mention` a place's two sessions (重庆市两会, 全国两会)? They name a time and an occasion
    (今年两会她还带来了…, 四川省两会新闻发布会), never who acts or takes part."""
    return mention.cls == "Collective" and mention.label.endswith("两会")


_OVERSEAS_GROUPS = ("港澳委员", "港区委员", "澳区委员")  # a committee's members from Hong Kong and Macao
_AFTER_BRAND_REACH = 8  # characters from a quoted brand's close to the work it names (跨界院坝协商)


def _inside_quotes(text: str, pos: int) -> bool:
    """True when position `pos` sits inside “…” or 《…》 opened earlier in the clause."""
    before = text[:pos]
    if "“" not in before and "《" not in before:
        return False  # most clauses open no quote
    return before.count("“") > before.count("”") or before.count("《") > before.count("》")


def _speech_quote(text: str, pos: int) -> bool:
    """Is the “ open at `pos` someone's words (“今年我们将围绕X开展调研。”), not a name? A name
    closes within its clause and holds no full stop and no 我们; quoted speech does."""
    opened = text.rfind("“", 0, pos)
    if opened < 0 or "《" in text[opened:pos] or _FELT_BEFORE.search(text, 0, opened):
        return False  # (感受到“…协商在身边”: a slogan felt, no one's words)
    return "”" not in text[pos:] or lexicon.SPOKEN_QUOTE.match(text, opened) is not None


_FELT_BEFORE = re.compile(r"(?:感受到|体会到|认识到|喊出|叫响|打响|唱响)$")


@lru_cache(maxsize=4096)
def _lead_end(text: str) -> int:
    """Where the time and framing words a compact clause opens with end (lexicon.TIME_LEAD).
    Cached: a clause is read for its subject, its list of names, who attends and what it retells."""
    return lexicon.TIME_LEAD.match(text).end()


_FACTS_OF: dict[int, tuple[Reference, frozenset[str], dict[frozenset[str], str], dict[str, str], dict[str, str]]] = {}


def _reference_facts(reference: Reference) -> tuple[frozenset[str], dict[frozenset[str], str], dict[str, str], dict[str, str]]:
    """Worked out once per reference (it does not change once loaded), not once per report:
    the names of province-level places, the standing programme (no period of its own) each
    group of bodies runs together, to which their joint work with no programme named belongs
    (川渝政协 → 川渝政协联合履职), each committee's standing committee and each committee's
    research delegation (the team its leaders lead: 全国政协调研组)."""
    cached = _FACTS_OF.get(id(reference))
    if cached is not None and cached[0] is reference:
        return cached[1], cached[2], cached[3], cached[4]
    names = frozenset(name for e in reference.entities.values() if e.kind == "place" and e.cls == "Province"
                      for name in (e.name_zh, *e.aliases))
    standing: dict[frozenset[str], list[str]] = {}
    for key, entity in reference.entities.items():
        if entity.kind == "programme" and entity.organizer and entity.period is None:
            members = frozenset(reference.members_of(entity.organizer))
            if len(members) >= 2:
                standing.setdefault(members, []).append(key)
    programmes = {members: keys[0] for members, keys in standing.items() if len(keys) == 1}
    standing_committees = {e.parent: key for key, e in reference.entities.items()
                           if e.cls == "StandingCommittee" and e.parent}
    research_groups = {e.parent: key for key, e in reference.entities.items()
                       if e.cls == "WorkingOrgan" and e.parent and e.name_zh.endswith(_TEAM_NAMES)}
    _FACTS_OF.clear()  # one reference at a time is the use; the entry keeps it alive, not more
    _FACTS_OF[id(reference)] = (reference, names, programmes, standing_committees, research_groups)
    return names, programmes, standing_committees, research_groups


def _previews_session(norm: str) -> bool:
    """Does the text open on the press conference held before a session (X届N次会议新闻发布会
    举行，…会议将于…开幕)? What it tells of the session, its sittings and events, is to come;
    a press conference about the year behind (过去一年…) is a review."""
    told = _SESSION_PRESS.search(norm, 0, _PREVIEW_WITHIN)
    if told is None:
        return False
    after = norm[told.end():told.end() + _PREVIEW_WITHIN]
    return "将" in after and not _YEAR_REVIEWED.search(norm, max(0, told.start() - 60), told.end() + 200)


# a title that names a committee's work report as what the text gives (…常委会工作报告（摘要）, 图解…
# 常委会工作报告), not one a sentence says was delivered or reviewed (某某作常委会工作报告, 审议…工作报告)
_REPORT_DIGEST_TITLE = re.compile(r"(?![^，,。]*(?:作|审议|讨论|通过|关于)[^，,。]{0,30}工作报告)[^，,。]{0,30}常务?委员?会工作报告")


class InitiativeExtractor:
    """Extracts initiatives sentence by sentence for one report."""

    def __init__(self, reference: Reference, report: Report, publisher_assumed: bool = False):
        self.reference = reference
        self._members_groups: dict[str, str] | None = None  # a committee → its members' group, read when first asked
        self.report = report
        # a publisher guessed from the text (a news item) is a fallback, not the actor of every clause
        # (a digest of a committee's work report, 市政协常委会工作报告（摘要）, speaks for it as the report does)
        self.speaks_for_itself = bool(report.publisher) and (
            not publisher_assumed or _REPORT_DIGEST_TITLE.match(compact_text(normalise(report.title_zh or ""))) is not None)
        self._last_section: tuple[str, ...] = ()  # the headings in force at the sentence before
        self.default_org = own_cppcc(reference, report)
        self.organ_review = False  # the text is a special committee's own year review or plan (the pipeline says)
        # a text about proposals (its title says 提案) cites them by their titles
        # (a text without a title: its opening lines say what it is about)
        # (or one that speaks of proposals throughout, its opening taken by a dateline or an adoption note)
        # proposals counted by aspect where parties and other units also wrote some are the committee's
        # tally, not the members' alone (立案提案中，委员个人提案N件，…集体提案N件。…X方面N件)
        # (集体提案; 广大政协委员、各参加单位、政协各专门委员会…: bodies propose beside the members)
        self._units_propose = "集体提案" in report.norm or _OTHER_AUTHORS.search(report.norm) is not None
        self._officials_found: tuple[str, ...] | None = None  # names given a government or Party post, when asked
        self._about_proposals = "提案" in (report.title_zh or "") or "提案" in report.norm[:_OPENING] or (
            report.norm.count("提案") >= _PROPOSALS_THROUGHOUT)
        self._profile_members: str | None = None  # the members' group of the member a profile is about
        self._member_groups_seen: set[str] = set()  # every members' group the text has named so far
        self.members_of: dict[str, str] = {}  # each committee's members' group the text names (区政协委员)
        # the members' group named last (住川全国政协委员), or groups named together (住川、住渝全国政协委员):
        # a cited proposal's authors
        self._members_named: list[str] = []
        self._members_named_end = -1  # where the last members' group named ends
        self._party_unit: Mention | None = None  # a democratic party's unit named last (民革某县总支)
        self._givers: tuple[str, tuple[str, ...]] | None = None  # (group, its committee) a sentence names
        # the actors a text without a publisher (a news item) is talking about, carried from
        # sentence to sentence; a report's actor-less sentences are its publisher's
        self.carried: list[str] = []
        self._carried_alone: list[str] = []  # the last single committee carried (see _remember)
        # the last set of two or more bodies acting together, for 双方 / 两地政协 / 三地, and the
        # last such set of committees only (see the `group` property)
        self._group: list[str] = []
        self._committee_groups: list[list[str]] = []
        self._committees_pair: list[str] = []  # the two special committees last named together (两委)
        self._last_end = 0
        self._issuers_read = False  # the committees a joint plan's first line names, read at its first sentence
        self._issuer_pair: list[str] = []
        self._last_view = ""  # the last sentence, whitespace-free: what a 其中：… sentence goes on with
        self._names_each = False  # the clause read counts work whose subjects the next clause names
        self._before_view = ""  # the sentence before the last
        self._slogans = False  # the sentence is a run of parallel lines of work (see _SLOGAN_LINE)
        self._bare_items = False  # the sentence lists suggestions in their own words (see _SUGGESTIONS_LISTED)
        self._after_clause: tuple[str, int] = ("", 0)  # the sentence and where the rest after the clause being read begins
        written = _ISO_DAY.match(report.delivered or "")
        # the day the text was written, from its metadata (what is dated after it is still to come)
        self._written_day = tuple(int(x) for x in written.groups()) if written else None
        self._text_day: tuple[int, ...] | None = None  # (year, month, day) of writing, worked out when first asked
        self._follows_plan = False  # this sentence goes on with one that announced what will be (将于…)
        self._plan_items = False  # this sentence is an item (一是…) of work a sentence before announced to come
        self._plan_items_year: int | None = None  # the year that announcement named for them
        self._plan_lines = False  # this sentence is on a numbered line of work a lead line announced to come
        self._plan_section = False  # this sentence is under a heading of work to come (二、2024年工作计划)
        self._item_head = False  # the last paragraph was a plan item's short heading (■ 强化理论武装)
        self._plan_section_year: int | None = None  # the year that heading names
        self._last_meeting: list[str] = []  # who held the last meeting a news item told (会议… after it)
        self._story_meeting: list[str] | None = None  # who held the meeting a news item opens with ([] for other work)
        # a standing committee's sitting, held by its committee: the standing committee still acts as 会议…
        self._sitting_organs: dict[tuple[int, int], list[str]] = {}
        # (year, month) of writing when it is after the years reviewed (see story_time.py); the
        # pipeline dates the statistics by it too
        self.story_written = written_when_reviewing(report, publisher_assumed)
        self._story_led = story_led(report)  # (5月21日，…会议召开。会前，…: the day of the meeting told)
        self._written = written_date(report.delivered, report.norm)  # (year, month) of writing, if known
        self._clauses: list[tuple[int, int]] = []  # the current sentence's clauses
        self._clause_views: list[tuple[int, int]] | None = None  # the same in the sentence's compact view
        self._previous: list[tuple[int, int]] = []  # triggers of the paragraph's last sentence with initiatives
        self.late: dict[tuple[int, int], list[str]] = {}  # partners a later sentence gives (X陪同调研)
        # (from, to, bodies): the units a plan's 牵头单位：… line names for the items in [from, to)
        self.late_leads: list[tuple[int, int, list[str]]] = []
        self.late_holders: dict[tuple[int, int], list[str]] = {}  # the committees a later sentence says met
        self._lead_from = 0
        self._in_items = False  # the paragraph before this one opened with a plan's item or units line
        self._led: tuple[int, int] | None = None  # the items the last 牵头单位 line spoke of
        self.late_helpers: list[tuple[int, int, list[str]]] = []  # (from, to, bodies) of 配合单位 lines
        # (from, sentence start, anchor, leads per item or per ordinal): units leading items in turn
        self.turn_leads: list[tuple[int, int, int, list[tuple[tuple[int, ...], list[str]]]]] = []
        self._last_organizers: list[str] = []  # of the last initiative told, for 调研组还…
        self._listed_subject: list[str] = []  # a clause's subject list begun in the clause before
        self._visited: list[str] = []  # places the current sentence says someone went to
        self._gathered: list[str] = []  # bodies the current sentence says people came from to meet
        self._named_here: set[str] = set()  # bodies the current sentence names
        self._visit_group: list[str] = []  # a visitor and its host, for a 两地政协 that follows
        self._unknown_seats: dict[str, str] = {}  # unknown bodies named with their place
        self._unknown_names: dict[str, str] = {}  # and the names unknown bodies go by
        self._collectives_by_members: dict[frozenset[str], str] | None = None  # (built on first need)
        self.text_committees: dict[str, str] = {}  # the local committees named anywhere in the text
        # triggers of the latest initiatives (参加有关活动 speaks of an item's few): a bounded
        # window, so a long report does not keep every trigger it has told
        self._told: deque[tuple[int, int]] = deque(maxlen=32)
        self._types_told: set[str] = set()  # the kinds of work the text has told so far
        self._last_type: str | None = None  # of the last initiative told in the paragraph
        self._last_told = ""  # the evidence of that initiative (视察组 after a 视察暨座谈会 is its team)
        self._last_subject = ""  # what the last work told was about, for a bare 座谈会 after it
        self._themed: set[tuple[str, int]] = set()  # counts of proposals a theme list follows (clause, start)
        self._session_of: str | None = None  # the committee of the session the text named last
        self._campaigns: dict[str, Initiative] = {}  # campaigns told, by label: a heading may name one again
        # a news item has told field work, or work that went somewhere (采访活动走进X, 赴X开展…):
        # its team's later 实地调研X情况 are stops of it, not new work
        self._went_out = False
        self._hosts_told: list[str] = []  # the hosts and co-hosts the clauses before the current one named
        self._joint_of: dict[tuple[str, ...], bool] = {}  # the same actors come back clause after clause
        self._levels: dict[str, bool] = {}  # which bodies are committees (or collectives of them)
        self._named_topics: dict[tuple[str, str], list[str]] = {}  # topics in a programme's written name
        self._province_names, self.standing, self._standing_committees, self._research_groups = _reference_facts(reference)
        # 两省市政协 / 两地政协 with no pair named before: Sichuan's and Chongqing's, when the text names both
        norm = report.norm
        # a plan's title names the two sides; title and text are searched one after the other
        # (the words cannot span the line between them), not copied into one string
        context = (_normalised(report.title_zh or ""), norm)
        sichuan = any(_SICHUAN.search(part) for part in context)
        chongqing = any(_CHONGQING.search(part) for part in context)
        # (记者从四川省政协获悉，…两省市政协…: one side named, the two provinces' committees meant by the pair word)
        self.default_pair = (["cq-cppcc", "sc-cppcc"] if reference.get("cq-cppcc") and reference.get("sc-cppcc")
                             and ((sichuan and chongqing) or ((sichuan or chongqing) and "两省市政协" in norm)) else [])
        # a cooperation plan (合作要点, 工作要点) is planned throughout
        # the text's title line, or the plan a first sentence opens with (《…合作要点》明确，…);
        # a sentence that only names one (…审议《年度工作要点》。) is no plan's title
        first_line = report.norm[:200].split("\n", 1)[0]
        opening = _OPENING_TITLE.match(first_line)
        title_line = first_line if "。" not in first_line else (opening.group(1) if opening else "")
        if title_line and not lexicon.PLAN_TITLE.search(title_line):  # (甲政协 乙政协\n2026年度…工作要点: a second title line)
            lines = [line for line in report.norm[:300].split("\n") if line.strip()]  # (a blank line between)
            second = lines[1] if len(lines) > 1 else ""
            title_line = second if "。" not in second and lexicon.PLAN_TITLE.search(second) else title_line
        # what a news item's headline says its story is about: the subject of work the story
        # tells without one (a report's title names the report, not one piece of work)
        title = compact(_normalised(report.title_zh or "")).text
        self._headline_subject = marked_subject(title) if title and not self.speaks_for_itself else None
        # (…; a notice calling a sitting or event, 关于召开X的通知, tells what is to come throughout)
        # (…2023年工作总结和2024年工作计划: a review, then a plan; its plan section is planned, not the whole)
        self._is_plan = bool((lexicon.PLAN_TITLE.search(compact(_normalised(report.title_zh or "")).text)
                              or lexicon.PLAN_TITLE.search(compact(title_line).text))
                             and not _REVIEW_THEN_PLAN.search(compact(_normalised(report.title_zh or "") or title_line).text)
                             or _CALLING_NOTICE.search(report.norm, 0, _NOTICE_REACH))
        # a notice (…的通知) announces what it decides: the work it names is to come
        self._is_notice = first_line.rstrip().endswith("通知") and "。" not in first_line
        self._previews_session = _previews_session(report.norm)
        self._reviewing = False  # a preview's sentences reviewing the year behind it (据介绍，2025年，…)

    def _lead_to_come(self) -> bool:
        """Did the last sentence lead into lines of work to come (今年将重点做好以下工作：)?"""
        return _LINES_TO_COME.search(self._last_view) is not None and not lexicon.DONE_MARK.search(self._last_view)

    def note_heading(self, sentence: Sentence) -> None:
        """A numbered heading line, read for no work: 二、2024年工作计划 opens a section of work to
        come, which runs to the next heading of its rank (三、…)."""
        text = compact(self.report.norm, sentence.start, sentence.end).text.strip()
        if (_PLAN_LINE_OPEN.match(text) or _NUMBERED_LINE.match(text)) and (self._plan_lines or self._lead_to_come()):
            self._plan_lines = self._item_head = True  # (■ 强化理论武装 over its paragraph, in a plan's lines)
        if _TOP_HEADING.match(text):
            self._plan_section = _PLAN_SECTION_HEAD.match(text) is not None
            year = _HEADING_YEAR.search(text) if self._plan_section else None
            self._plan_section_year = int(year.group(1)) if year else None  # (2024年工作计划: its work is of 2024)


    def note_marked_heading(self, sentence: Sentence) -> None:
        """A digest's marked heading line of a year's work to come (■2026年重点工作, 【2025年工作安排】):
        the work under it is to come, of that year, until the next numbered heading."""
        text = compact(self.report.norm, sentence.start, sentence.end).text.strip()
        if _MARKED_PLAN_HEAD.fullmatch(text):
            year = _HEADING_YEAR.search(text)
            self._plan_section, self._plan_section_year = True, int(year.group(1)) if year else None

    def extract_urged(self, sentence: Sentence, mentions: Sequence[Mention]) -> list[Initiative]:
        """:meth:`extract` for a sentence that urges or states (会议要求，要…与A、B政协…联合开展调研):
        read for the pairs it names, but the work it urges is nobody's yet, so the actors carried
        to the next actor-less sentence (会前，与会人员视察…) stay those of the work told before."""
        carried, last = list(self.carried), list(self._last_organizers)
        told = self.extract(sentence, mentions)
        self.carried, self._last_organizers = carried, last
        return told

    def extract(self, sentence: Sentence, mentions: Sequence[Mention]) -> list[Initiative]:
        norm = self.report.norm
        out: list[Initiative] = []
        if not self._issuers_read:
            self._issuers_read = True
            self._issuer_pair = self._issuers(mentions)
        the_meeting_acts = _THE_MEETING_ACTS.match(sentence.text) is not None  # (read once per sentence)
        if self.speaks_for_itself:
            self.carried = []  # a report's actor-less sentences are its publisher's
            if "\n" in norm[self._last_end:sentence.start]:
                self.group = []  # in a report, a pair named together holds for its paragraph
        new_paragraph = "\n" in norm[self._last_end:sentence.start]
        if not self.speaks_for_itself and self._last_meeting and the_meeting_acts:
            # 会议围绕X开展专题协商, 会议决定…: who held the meeting just told; a paragraph of its own
            # opening so, in a story that opened with a meeting, is that meeting's (会议明确了2024年
            # 工作重点 after the year's work it heard, and a 座谈会 held on that work's trip)
            self.carried = list(self._story_meeting if new_paragraph and self._story_meeting else self._last_meeting)
            if new_paragraph and len(self._story_meeting or ()) >= 2:
                self.group = list(self._story_meeting)  # (会议审议通过了…计划，确定了3个联合调研课题: the council's members together)
        self._note_inline_leads(sentence, mentions)
        self._note_leads_in_turn(sentence, mentions)
        if new_paragraph and _PLAN_ITEM_LINE.match(norm, sentence.start):
            if not self._in_items and not _LEAD_UNITS.match(norm, sentence.start) and not _HELPING_UNITS.match(norm, sentence.start):
                self._lead_from = sentence.start  # (the first item after a lead line: the units below speak from here)
            self._in_items = True
        elif new_paragraph:
            # (a plan's 牵头单位：… line speaks of its paragraph's items, and of the numbered items
            # above it since the last heading or lead line: 2.X。\n3.Y。\n牵头单位：A、B)
            self._lead_from = sentence.start
            self._in_items = False
            if norm.startswith("【", sentence.start) and (head := self._bracketed_body(sentence, mentions)):
                # 【经济委】11月9日，…；【文化文史和学习委】近日，组织召开审稿会: a column's item is its head's
                self.carried = [head]
                self._carried_alone = [head]
                self.group = []
            elif norm.startswith("【", sentence.start) and self.default_org and not self._story_meeting:
                # (【民主监督】开展…, after 【协商议政】…市政协各专委会…: a yearbook's next entry is its committee's)
                self.carried = [self.default_org]
                self.group = []
        # (▲2025年 before it, a line of its own: a digest's block head, read or skipped)
        marked_head = new_paragraph and any(c in _HEAD_MARKS for c in norm[self._last_end:sentence.start])
        if (new_paragraph and sentence.section != self._last_section) or marked_head or (
                (sentence.is_heading or sentence.is_bullet) and not sentence.text.rstrip().endswith(("。", "；", ";"))):
            self._went_out = False  # under a new heading (2 紧扣…, ♦助力…), any text tells other work
            self._last_type = None  # (调研X there is work of its own, no stop of the work told before)
            if len(self.carried) >= 2 and (sentence.is_heading or sentence.is_bullet or marked_head):
                # (■围绕Y…: the pair that worked together under the heading before does not run Y's
                # work; the committee the text was about before it does)
                self.carried = list(self._carried_alone)
                if marked_head:
                    self.group = []  # (▲2025年 将围绕Y…: the digest's next block, not the pair's)
        if len(self.carried) >= 2 and self._carried_alone and (_NEXT_ITEM_OPENS.match(sentence.text) or (
                new_paragraph and self._is_plan and _NUMBERED_PLAN_ITEM.match(sentence.text))):
            # (…8.双方商定联合开展X。\n9.…\n10.与乙政协…: a plan's next numbered item is its writer's again)
            # (一是深化与甲政协的协作。双方…。二是与乙、丙政协…: the next item is the writer's again)
            self.carried = list(self._carried_alone)
            self.group = []
        elif (self.organ_review and new_paragraph and len(self.carried) >= 2 and self.default_org in self.carried
              and _NUMBERED_LINE.match(sentence.text)):
            # (（四）…与四川省政协某委联合调研。\n（五）牵头督办…: in a special committee's own review,
            # the next numbered item is the writer's alone again)
            self.carried = [self.default_org]
            self.group = []
        self._last_section = sentence.section
        if new_paragraph:
            self._previous = []  # 陪同 in a later paragraph speaks of other work
            if _COLUMN_ITEM.match(sentence.text):
                self.group, self._visit_group = [], []  # (遂宁：…双方… then 内江：…联合调研: each item its own pair)
            if self.speaks_for_itself or "本报讯" in norm[self._last_end:sentence.end]:  # (本报讯: a column's next item)
                self._last_subject = ""  # a report's paragraphs tell work after work
                self._visit_group = []  # (a news item's visit goes on: 双方 are still the visitors and hosts)
                self._went_out = False  # a report's paragraphs tell work after work; a news item one story
        self._last_end = sentence.end
        self._givers = None  # the members' group a sentence names, with the committee it stands for
        for m in mentions:  # (before any early return: a sentence without activity still names who)
            if (m.kind == "body" and m.label.startswith(lexicon.PARTY_FULL_NAMES) and m.label not in lexicon.PARTY_FULL_NAMES
                    and m.cls not in ("Sector", "MemberGroup")):
                self._party_unit = m  # 九三学社某区基层委员会: the party's unit the text speaks of
            if m.cls == "MemberGroup":
                self._member_groups_seen.add(m.entity)
            if (m.cls == "MemberGroup" and self._profile_members is None and norm.startswith("、", m.evidence.end)
                    and _JOB_THEN_NAME.match(norm, m.evidence.end + 1)):
                self._profile_members = m.entity  # (市政协委员、某医院副院长某某: the member a profile is about)
            if m.cls == "MemberGroup" and not norm.endswith("为", 0, m.evidence.start):  # (增选某某为区政协常务委员: a post)
                together = norm[self._members_named_end:m.evidence.start] in ("、", "和", "与", "及")
                self._members_named = _unique([*self._members_named, m.entity]) if together else [m.entity]
                self._members_named_end = m.evidence.end
                self._givers = self._givers or (m.entity, tuple(m.members))
            if m.cls == "PlenarySession":
                self._session_of = self._session_committee(m) or self._session_of  # whose sittings are attended
            if m.seat is not None:
                self._unknown_seats[m.entity] = m.seat
            if not m.in_reference:
                self._unknown_names[m.entity] = _normalised(m.label)
        sentence_view = compact(norm, sentence.start, sentence.end)
        # 会议将于27日开幕。其中：27日上午举行开幕会…: the items of a schedule announced are planned
        # (川渝两省市政协今年将联合开展13项重点工作。其中，联合调研3项…: the parts of the work to come)
        self._follows_plan = _GOES_ON.match(sentence_view.text) is not None and (
            (lexicon.PLANNED_CUE.search(self._last_view) is not None or _ANNOUNCED_TO_COME.search(self._last_view) is not None)
            and not lexicon.DONE_MARK.search(self._last_view))
        # 今年三地政协将联合开展四项工作。一是…。二是…: the items of work announced to come, item after item
        if new_paragraph:
            self._plan_items = False  # (the items of the announcement run to the paragraph's end)
        if (_PLAN_ITEM.match(sentence_view.text) and _ITEMS_TO_COME.search(self._last_view)
                and not lexicon.DONE_MARK.search(self._last_view)):
            self._plan_items = True
            # (2026年九地政协拟携手开展两项重点工作。一是…: the items are of the year announced)
            years = _ANNOUNCED_YEAR.findall(self._last_view)
            self._plan_items_year = int(years[-1]) if years else self._relative_year(self._last_view)
        if new_paragraph:  # (the lines run while each paragraph opens with its number)
            # (一是…, ■ 强化理论武装 over its paragraph: a plan's items open their lines in other ways too)
            marks = norm[norm.rfind("\n", 0, sentence.start) + 1:sentence.start]  # (■ before the sentence, off its text)
            numbered = _NUMBERED_LINE.match(sentence_view.text) is not None or _PLAN_LINE_OPEN.match(marks + sentence_view.text) is not None
            under_head = self._plan_lines and self._item_head
            self._plan_lines = (numbered or under_head) and (self._plan_lines or self._lead_to_come())
            self._item_head = (self._plan_lines and numbered and "。" not in sentence_view.text
                               and len(sentence_view.text.strip()) <= _ITEM_HEAD_SIZE)
        if new_paragraph and _TOP_HEADING.match(sentence_view.text):
            self._plan_section, self._plan_section_year = False, None  # (三、…。 a heading of its rank, read as a sentence: that section ends)
        self._follows_plan = self._follows_plan or self._plan_items or self._plan_lines or self._plan_section
        if self._previews_session:  # (据介绍，2025年，…: the review goes on, paragraph after paragraph, until a plan)
            if self._year_behind(sentence_view.text) or _LOOKS_BACK.match(sentence_view.text):
                self._reviewing = True  # (在回顾过去一年工作时，某某说，…: the year behind, told)
            elif "将" in sentence_view.text or lexicon.PLANNED_CUE.search(sentence_view.text):
                self._reviewing = False
        self._before_view = self._last_view  # the sentence before (…立案118件。其中，X方面N件、…)
        self._last_view = sentence_view.text
        # 聚焦X参政议政，聚焦Y调研协商，聚焦Z民主监督: a run of parallel lines of work, no one activity
        self._slogans = len(_SLOGAN_LINE.findall(sentence_view.text)) >= _SLOGAN_RUN
        # 主要建议有：A，…；B，…: items in their own words (titles ending 的建议 are read as titles)
        suggestions_listed = "建议" in sentence_view.text and _SUGGESTIONS_LISTED.search(sentence_view.text) is not None
        self._bare_items = (self._about_proposals and suggestions_listed
                            and not _TITLE_ITEM_ENDS.search(sentence_view.text))
        opening = _lead_end(sentence_view.text)
        if _LEADER_OPENS.match(sentence_view.text, opening) and not _AFTER_THE_VISIT.search(
                _CLAUSE_END.split(sentence_view.text[opening:], 1)[0]):
            return out  # 习近平总书记亲临X视察，并前往Y调研: the leader's own visit (…视察后，市政协…: a time)
        if _HANDLERS_OPEN.match(sentence_view.text, opening):
            return out  # 各承办单位认真贯彻…，深入调研、沟通协商: the units handling proposals at work, not the committee
        if _LEAD_UNITS.match(sentence_view.text):
            # 牵头单位：A、B。 after a plan's item: A and B run the items told since the paragraph began
            helping = _HELPING_UNITS.search(norm, sentence.start, sentence.end)  # (…\n配合单位：C, read as one)
            split = helping.start() if helping else sentence.end
            leads = _unique([k for m in mentions if m.kind == "body" and m.evidence.start < split
                             for k in (self._members(m) or [m.entity])])
            helpers = _unique([k for m in mentions if m.kind == "body" and m.evidence.start >= split
                               for k in (self._members(m) or [m.entity])])
            if leads:
                self.late_leads.append((self._lead_from, sentence.start, leads))
                self._led = (self._lead_from, sentence.start)
                if helpers:
                    self.late_helpers.append((self._lead_from, sentence.start, helpers))
            self._lead_from = sentence.end
            return out
        if _HELPING_UNITS.match(sentence_view.text) and self._led is not None:
            # 配合单位：C after 牵头单位：A、B: C helps with the same items
            helpers = _unique([k for m in mentions if m.kind == "body" for k in (self._members(m) or [m.entity])])
            if helpers:
                self.late_helpers.append((*self._led, helpers))
            self._led = None
            self._lead_from = sentence.end
            return out
        if not lexicon.ANY_TRIGGER.search(sentence_view.text) and not (
                self._about_proposals and _CITED_TITLE.search(sentence_view.text)) and not (
                "提案" in sentence_view.text and (_THEMED_TALLY.search(sentence_view.text)
                                                  or _RECEIVED_THEMED.search(sentence_view.text)
                                                  or _PROPOSALS_ABOUT.search(sentence_view.text)
                                                  or _LISTED_TALLY.search(sentence_view.text))) and not (
                self._about_proposals and ("等建议" in sentence_view.text or "提案数" in sentence_view.text
                                           or _aspect_tally(sentence_view.text)
                                           or ("其中" in sentence_view.text and _BARE_ASPECT.search(sentence_view.text))
                                           or _HANDED_IN_COUNT.search(sentence_view.text)
                                           or _TITLE_OPENS.search(sentence_view.text)
                                           or _BULLET_TITLE.search(sentence_view.text)
                                           or suggestions_listed
                                           or (sentence.is_bullet and _BULLET_TITLE.match("●" + sentence_view.text))
                                           or (_TITLE_ITEM_ENDS.search(sentence_view.text) and (
                                               _TITLES_LISTED_BEFORE.search(sentence_view.text)
                                               or _TITLES_LISTED_BEFORE.search(self._before_view))))) and not (
                "组" in sentence_view.text and _SPLIT_INTO_GROUPS.search(sentence_view.text)) and not (
                "方面" in sentence_view.text and _ADVICE_BY_FIELDS_IN.search(sentence_view.text)) and not (
                "第" in sentence_view.text and _next_meeting(sentence_view.text) is not None) and not (
                _SITTING_OPENS.match(sentence_view.text) is not None) and not (
                "发言" in sentence_view.text and (_THEMED_SPEECH.search(sentence_view.text)
                                                  or ("代表" in sentence_view.text and _SPOKEN_FOR.search(sentence_view.text)))):
            self._note_actors(sentence_view, mentions)
            self._attendance_only(sentence, sentence_view, mentions)
            heading = self._campaign_heading(sentence_view) if self._campaigns else None
            return [heading] if heading is not None else out  # most sentences name no activity
        subject: list[str] = list(self.carried)
        # bodies an earlier clause joins to the work (市政协联动区县政协，围绕X开展网络议政)
        joined: list[str] = []
        listed: list[str] = []  # a clause that is only a list of bodies goes on in the next one
        # topics and programmes carry forward from an earlier clause that frames what follows
        # (围绕X，…开展调研; 持续开展X，…), never back, and never from a clause that states an
        # activity of its own: they are that activity's (与四川省政协联合组织“X展”，召开…研讨会)
        earlier_topics: list[Mention] = []
        frame_programmes: list[Mention] = []
        named_actor = False  # the sentence names who acts (not only 考察组/一行 of the work just told)
        head_of_sentence: list[str] = []  # the actor the sentence opens with, for its ；-items
        self._clauses = sentence_clauses(sentence, norm)
        self._clause_views = None
        self._visited = []
        self._gathered = self._gathered_in(sentence_view, mentions) if "来自" in sentence_view.text else []
        self._named_here = {m.entity for m in mentions if m.kind == "body"}  # (a subject this sentence names)
        on_the_way = False  # a clause of this sentence has told a stop of the work told before
        team_arrived = False  # …the team of that work arriving somewhere (调研组转赴X)
        headed_by: list[str] = []  # the committee of the place that heads the sentence before a colon
        starts = [m.evidence.start for m in mentions]  # mentions come in text order
        # a notice's first line of addressees (省政协各专委会，各市政协：): who act on it, not its writer
        line_end = norm.find("\n", sentence.start, sentence.end)
        addressed_to = line_end if line_end > 0 and norm[sentence.start:line_end].rstrip().endswith((":", "：")) and (
            not lexicon.ANY_TRIGGER.search(norm[sentence.start:line_end])) else -1
        for a, b in self._clauses:
            if a < addressed_to:
                continue
            if a > sentence.start and norm[a - 1] in "；;":
                # a semicolon starts a new item: its own topics; in a news item the actor the
                # sentence named (报告指出，市政协常委会制定…；打造…) still heads it, in a report the
                # reporting committee does (主席会议就X议政建言；以Y为题开展专题协商)
                earlier_topics, frame_programmes, joined = [], [], []
                subject = ([] if self.speaks_for_itself and not _SAME_ACTOR_LEAD.match(norm, a) else
                           list(head_of_sentence))  # (…三地政协将…；同时，将在X举办…: the same three)
                if _LEADS_OUT.search(compact_text(norm, a, b)):
                    self._went_out = on_the_way = False  # (…；率相关部门深入到X，调研督查Y: a new trip, its own work)
            view = sentence_view.slice(a, b)
            text = view.text
            self._after_clause = (sentence_view.text, sentence_view.index(b - 1) + 2 if b < sentence.end else len(sentence_view.text))
            placed = [_Placed(view.index(m.evidence.start), view.index(m.evidence.end - 1) + 1, m)
                      for m in mentions[bisect_left(starts, a):bisect_left(starts, b)] if m.evidence.end <= b]
            bodies = [p for p in placed if p.mention.kind == "body" and not _occasion(p.mention)]
            places = [p for p in placed if p.mention.kind == "place"]
            went_to = self._went_to(text, places)
            self._visited.extend(went_to)
            if not self.group and len(bodies) >= 2 and not _INVITED.search(text):  # (…政协负责同志应邀列席会议: guests)
                # 《万州区政协 达州市政协…要点》…两地政协; A政协到B政协开展交流。两地政协…
                self.group = self._named_together(text, bodies) or self._visitor_and_host(text, bodies)
            if len(places) >= 2:
                self.group = self._places_named_as_pair(text, places) or self.group  # 泸县、永川两地…
            if not bodies and (pair := self._pair_of_programme(placed)):
                self.group = pair  # 按照川渝政协联合履职工作计划，双方商定…: the two whose plan it is
            # (…联合举办论坛；与B政协签订协议，双方…: the pair is told within the ；-item)
            item_start = max(norm.rfind("；", sentence.start, a), norm.rfind(";", sentence.start, a), sentence.start - 1) + 1
            if a > sentence.start and not _BACKERS_FRAME.search(norm, item_start, a) and (
                    pair := self._pair_told_before(text, mentions[:bisect_left(starts, a)], item_start)):
                self.group = pair  # 甲市政协将深化与乙区政协的合作，双方…: the two just named
            signer = subject or self.carried or ([self.default_org] if self.speaks_for_itself and self.default_org else [])
            if (bodies and signer and text.startswith(("与", "同"), _lead_end(text))
                    and _NAMES_ONLY.fullmatch(text, _lead_end(text) + 1, bodies[-1].end) and _SIGNED.match(text, bodies[-1].end)):
                # 与隆昌市政协签订协同履职协议，双方…: the actor carried (in a report, its writer) and the committee
                # it signed with (与贵州省某县、某县和四川省某县政协签订协议，四地政协…: and each of those)
                self.group = _unique([*signer,
                                      *(k for p in bodies for k in (self._members(p.mention) or [p.mention.entity]))])
            if pair := self._own_organ_and_partner(text, bodies):
                self.group = pair
            head_subject = self._without_own_standing_committee(self._clause_subject(text, bodies))
            self._note_joined_group(head_subject, bodies)
            if head_subject and (frame := _FRAME.search(text)) is not None and frame.start() <= _lead_end(text) + 2:
                head_subject = []  # (我们按照市委安排，号召…: the Party committee whose arrangement it was does not act)
            if (not head_subject and bodies and bodies[-1].end == len(text) and "代表" in text
                    and _SPEAKS_FOR.search(text, 0, bodies[-1].start)):
                # 某某委员代表民建市委会，以《X》为题作发言: the body spoken for acts in the next clause
                head_subject = self._members(bodies[-1].mention) or [bodies[-1].mention.entity]
            if not head_subject and headed_by:
                head_subject, headed_by = headed_by, []  # 垫江：建言国土资源管理: the place's committee
            if (len(places) == 1 and places[0].end == len(text) and norm[b:b + 1] in "：:"
                    and (places[0].mention.evidence.start == sentence.start
                         or norm[places[0].mention.evidence.start - 1] == "\n")):
                # a column's item headed by its place and a colon: that place's committee acts
                seated = self.reference.cppcc_seated_in(places[0].mention.entity)
                headed_by = [seated.key] if seated is not None else []
            if len(head_subject) >= 2 and (congress := _congress_sessions(bodies)):
                head_subject = [k for k in head_subject if k not in congress] or head_subject  # (人大…会议、政协…会议)
            visit_pair = (self._visit_pair(head_subject, went_to) if went_to
                          else self._came_to_home(head_subject, text) if "来" in text else [])
            if visit_pair:
                self._visit_group = visit_pair  # 资阳市政协主席率考察团到大足区，两地政协…
            self._listed_subject = []
            if bodies and _names_only(text, placed):
                listed = _unique([*listed, *(k for p in bodies for k in self._members(p.mention))])
            elif listed and head_subject:
                head_subject = _unique([*listed, *head_subject])  # 重庆城口、巫溪，四川通江、万源等县市政协…
                self._listed_subject = head_subject
                listed = []
            elif listed and not bodies:
                head_subject = listed  # A、B，C、D，携手来到…: the lists before were this clause's subject
                self._listed_subject = head_subject
                listed = []
            else:
                listed = []
            if (head_subject and _TALLY_END.search(text) and not find_triggers(text)
                    and not lexicon.GROUP_ANAPHOR.match(text, _lead_end(text))  # (两省市政协…11项，联合举办…: the pair goes on)
                    and not sentence_view.text.startswith("分别", self._after_clause[1])):  # (…视察3次，分别就甲、乙…: that work)
                head_subject = []  # 党组中心组集体学习120次，组织“X”40期: a count's subject, not the next clause's actor
            if "办的" in text and (co_hosted := _CO_HOSTED.search(text)) and _HOSTED_BEFORE.search(
                    compact_text(norm, sentence.start, a)):
                host_clause = max((x for x, _y in self._clauses if x < a), default=sentence.start)  # (…指导，A主办，: A)
                hosts = [k for m in mentions[:bisect_left(starts, a)] if m.kind == "body" and m.evidence.start >= host_clause
                         for k in (self._members(m) or [m.entity])]
                co_hosts = [k for p in bodies if p.end <= co_hosted.start() for k in (self._members(p.mention) or [p.mention.entity])]
                head_subject = _unique([*hosts, *co_hosts, *head_subject])  # 由A主办，B、C协办的X: A, B and C hold it
            self._hosts_told = ([] if "办的" in text  # (由A主办，B协办的X: read above)
                                else self._hosts_in_clauses_before(norm, sentence.start, a, mentions, starts))
            if self._hosts_told:
                head_subject = list(self._hosts_told)  # 由A主办，B协办，X在某地举办: A and B hold it
            if head_subject:
                subject = head_subject
                if not head_of_sentence and not any(c in "；;" for c in norm[sentence.start:a]):
                    head_of_sentence = list(head_subject)
                if not (_GOES_ALONG.search(sentence_view.text) and not find_triggers(text)):
                    # (甲，乙，丙副主席某某参加调研或座谈: a list of who went along, clause by clause, carries no one)
                    self._remember_head(text, head_subject)
                # (调研组一行前往…市政协机关等地: the team of the work told, not a body named as actor)
                named_actor = named_actor or (bool(bodies) and not lexicon.TEAM_ANAPHOR.match(text, _lead_end(text)))
            after_clause = sentence_view.index(b - 1) + 1
            names_each = (_NAMED_EACH_NEXT.match(sentence_view.text, after_clause) is not None
                          or _LIST_NEXT.match(sentence_view.text, after_clause) is not None
                          or self._each_named_next(sentence_view.text, after_clause))
            themed = (a > sentence.start and _DIGIT.search(text) is not None and lexicon.COUNT_AFTER.search(text) is not None
                      and _subject_of_counts_before(sentence_view.text[:sentence_view.index(a)]) is not None)
            found = find_triggers(text, names_each, themed) if not (("为" in text and _PURPOSE_CLAUSE.match(text)) or _SAID_GOES_ON.match(text)) else ()
            if found and "在" in text:  # (某某委员在视察后表示: the work told, now a time for what was said)
                found = tuple(t for t in found if not (t.type in _FIELD_WORK and _SAID_AFTER.match(text, t.end)
                                                       and _AT_BEFORE.search(text, 0, t.start)))
            if found and ("能" in text or "可" in text):
                # (有关单位能够借助X开展调研，…: what someone could do, no work told)
                found = tuple(t for t in found if not _COULD_BEFORE.search(text, max(0, t.start - _COULD_REACH), t.start))
            if (not found and "中" in text and (atmosphere := _IN_ATMOSPHERE.search(text)) is not None
                    and atmosphere.end() == len(text) and _CLOSES_LATER.match(*self._after_clause)):
                found = tuple(t for t in find_triggers(text[:atmosphere.start()]) if t.type == "meeting")
            self._names_each = names_each
            if not found and (tally := _THEMED_TALLY.fullmatch(text)) and _themed_before(
                    sentence_view.text[:sentence_view.index(a)]):
                found = (_Trigger(tally.start(1), tally.end(1), "proposal", None),)  # 围绕X，提出提案95件
            next_meeting: tuple[_Trigger, ...] = ()
            if (host := _next_meeting(text)) is not None and sentence_view.text.find(
                    host[2], sentence_view.index(b - 1) + 1) < 0:
                # 确定X政协为第三次会议主办单位: the group's next meeting (unless the sentence goes on to tell it)
                found = (_Trigger(host[0], host[1], "meeting", None),)
                next_meeting = found  # (told by its host, with no verb of holding: kept as it is)
            elif not found and self._about_proposals and (handed := _HANDED_IN_COUNT.search(text)):
                found = (_Trigger(handed.start(1), handed.end(1), "proposal", None),)  # (区工商联、区妇联提交9件)
            elif not found and (themed := _themed_clause(text)):
                found = (_Trigger(themed.start(2), themed.end(2), "proposal", None),)  # 围绕X方面提出提案208件
            elif "方面" in text and (advised := _ADVICE_BY_FIELDS.fullmatch(text)) and (not found or (
                    advised.group("about") and all(advised.start("about") <= t.start and t.end <= advised.end("about")
                                                   for t in found))) and not find_triggers(
                    sentence_view.text[:sentence_view.index(a)]):  # (…开展协商，提出8个方面建议: what that work gave)
                # 提出A、B等11个方面意见建议; 就X试点提出6方面建议 (the words after 就 are what it is about)
                found = (_Trigger(*advised.span("w"), "consultation", None),)
            if "提案" in text and (listed_tally := _LISTED_TALLY.fullmatch(text)) is not None:
                found = (_Trigger(*listed_tally.span("w"), "proposal", None),)  # (its list's words are what it asks)
            spoken_for = _SPOKEN_FOR.search(text) if "代表" in text and "发言" in text else None
            spoken_trigger = None
            if spoken_for is not None and not any(p.start >= spoken_for.start("who") and p.end <= spoken_for.end("who")
                                                  for p in bodies):
                spoken_for = None  # (某党派市委代表作大会发言: its representative, no body named after 代表)
            elif spoken_for is not None and _ADVICE_GOES_ON.match(sentence_view.text, sentence_view.index(b - 1) + 1):
                spoken_for = None  # (代表某党派发言，对X提出建议: the advice told next is the speech)
            if spoken_for is not None and self._at_a_speaking_sitting(sentence):
                # 某某代表某党派市委会发言, 某区政协副主席代表某区政协作大会发言: the body spoken for speaks
                # (its words of speaking, 大会发言, no sitting of its own here)
                spoken_trigger = _Trigger(*spoken_for.span("v"), "consultation", None)
                found = (*(t for t in found if not (t.end > spoken_for.start("v") and t.start < spoken_for.end("v"))),
                         spoken_trigger)
            if "发言" in text and (spoken := _THEMED_SPEECH.search(text)) is not None and not any(
                    t.end > spoken.start() and t.start < spoken.end() for t in found) and self._at_a_session(sentence):
                # 区工商联就优化营商环境作了发言: a speech on that theme, by the body at the clause's head
                found = (*found, _Trigger(*_speech_said(spoken), "consultation", None))
            if (a == sentence.start and (sitting := _SITTING_OPENS.match(text)) is not None
                    and _SESSION_TOLD.search(norm, 0, a) is not None):
                # 分组讨论中，委员们…; 大会发言环节，…先后登台: the session's sitting, told as where
                found = (_Trigger(sitting.start("m"), sitting.end("m"), "meeting", None),)
                next_meeting = found  # (no verb of holding: kept as it is)
            if "组" in text and (split := _SPLIT_INTO_GROUPS.search(text)) is not None and (_GROUPS_DISCUSS.match(
                    sentence_view.text, sentence_view.index(b - 1) + 1) or _DISCUSSED_RIGHT_AFTER.match(text, split.end())
                    ) and not any(t.end > split.start() for t in found):
                # 分为9个小组，讨论X报告: the session's sitting (出席X会议的委员分成5个组: the session, and its sitting)
                found = (*found, _Trigger(split.start(), split.end(), "meeting", None))
            about_trigger = None
            if "件" in text and "提案" in text and (about := self._proposals_about(sentence_view, a, text)) is not None:
                about_trigger = _Trigger(about[0], about[1], "proposal", None)
                found = (*found, about_trigger)  # 90件提案聚焦A、B等内容
            before_clause = sentence_view.text[: sentence_view.index(a)] if found else ""
            triggers = self._used(found, text, bodies, before_clause, sentence.is_lead) if found else []
            if triggers and not bodies and a > sentence.start and _COURSE_PART.match(sentence_view.text):
                triggers = []  # (学员们听取辅导6场，还赴某地实地察看…: the trainees still, the course's visit)
            if about_trigger is not None and any(t.type == "proposal" and t != about_trigger and t.start < about_trigger.end
                                                 and about_trigger.start < t.end for t in triggers):
                triggers = [t for t in triggers if t != about_trigger]  # (联名提交提案4件，聚焦X: the proposals told once)
            if triggers and text.endswith("后") and "继" in before_clause and _AFTER_FRAME_OPEN.search(before_clause):
                triggers = []  # (这是继2023年7月，市政协赴X开展调研视察后，…: a time reckoned from earlier work)
            if triggers and self._last_type in _FIELD_WORK and not bodies and any(
                    t.type == "other" and text.startswith("走访", t.start) for t in triggers) and (
                    lexicon.TEAM_ANAPHOR.search(sentence_view.text, 0, sentence_view.index(a) + 1) or _STOP_WORDS_BEFORE.search(text)):
                # (视察组沿X一路走访了A、B; 视察组转至某区…，并随机走访沿岸村社: stops of the trip told)
                triggers = [t for t in triggers if not (t.type == "other" and text.startswith("走访", t.start))]
            if triggers and (not bodies or bodies[0].start > _lead_end(text)) and self._officials and text.startswith(
                    self._officials, _lead_end(text)) and not any(
                    p.start < triggers[0].start and self._cppcc_side(p.mention.entity) for p in bodies):
                triggers = []  # (副省长某某出席。…某某向大家通报了…: a government or Party leader's own doing)
            if next_meeting and not triggers:
                triggers = list(next_meeting)
            if triggers and "在发言中" in text and self._last_meeting and not self._at_a_speaking_sitting(sentence):
                # (某县政协副主席某某在发言中说, at the council's or consultation's meeting just told: what was said there)
                triggers = [t for t in triggers if not (text.startswith("发言中", t.start) and text.endswith("在", 0, t.start))]
            if spoken_trigger is not None and spoken_trigger not in triggers:
                triggers = [*triggers, spoken_trigger]  # (代表…发言: the words of speaking are the verb)
            if not found and self._about_proposals and "《" in text and not lexicon.MEETING_BUSINESS.match(text) and not (
                    "为" in text and _PURPOSE_CLAUSE.match(text)):  # (为切实抓好《X》的督办落实: the purpose of what follows)
                triggers = _cited_proposals(text)  # …的《关于…的建议》认为: a proposal cited by its title (not one reviewed)
            elif self._about_proposals and "《" in text and triggers and all(
                    t.type == "other" and _HONOURED.fullmatch(text, t.start, t.end) for t in triggers):
                triggers = [*_cited_proposals(text), *triggers]  # 《甲》、《乙》被评为优秀提案: each proposal, and the honour
            if "《" in text and any(t.type == "supervision" for t in triggers) and not any(t.type == "proposal" for t in triggers):
                # …提交提案4件，其中《关于X的提案》被全国政协列为重点提案: the proposal, besides its listing's supervision
                # (one of the proposals counted just before: 提交提案4件，其中《X》被…; a title listed in a
                # clause of its own is the listing's oversight alone)
                opens_on_part = _PART_CLAUSE_BEFORE.search(sentence_view.text, 0, sentence_view.index(a)) is not None
                cited = [_Trigger(m.start(), m.end(), "proposal", None) for m in _CITED_TITLE.finditer(text)
                         if _LISTED_AFTER_TITLE.match(text, m.end())
                         and (text.endswith("其中", 0, m.start()) or (m.start() == 0 and opens_on_part))  # (…。其中，《X》被…)
                         and not any(t.start < m.end() and m.start() < t.end for t in triggers)]
                triggers = sorted([*cited, *triggers], key=lambda t: t.start)
            if not triggers and self._about_proposals and ("建议" in text or "提案" in text or "方面" in text or "类" in text
                                                           or "涉及" in text or "件" in text
                                                           or suggestions_listed):
                triggers = triggers or _suggested_proposals(text, self._proposals_before(sentence_view, a, text), self._bare_items)
            if ((not subject or (subject == self.carried and not named_actor)) and not bodies and self._members_named
                    and triggers and all((t.type == "proposal" and self._about_proposals)
                                         or (t.type == "consultation" and (_SPEECH.fullmatch(text, t.start, t.end) or (
                                             lexicon.WEAK_TRIGGER.fullmatch(text, t.start, t.end) and self._members_speak(text[:t.start]))))
                                         for t in triggers)):
                # its authors: the members the text is about (其中，联名提交的《…》备受关注)
                subject = list(self._members_named)
            attending = self._attending(text, bodies) if bodies and lexicon.ATTEND_WORD.search(text) else []
            retold = (_ITINERARY.match(text, _lead_end(text))
                      if triggers and self._last_type and (not named_actor or (self._went_out and not bodies)) else None)
            if retold and retold.group("name") and not self._went_out:
                retold = None  # (a person's next stop only after field work told)
            if retold and _NEXT_STAGE.search(text, retold.start()) and lexicon.PLANNED_CUE.search(text[:triggers[-1].start]):
                retold = None  # (调研组将于5月赴X开展第二阶段调研: a stage still to come, work of its own)
            if retold:
                # 考察组先后考察了X / 考察企业生产情况 / 通过考察…: the stops of the visit just told
                # (一行来到X: any work's stop; 实地调研X情况 after work that went out: its stop)
                at_a_stop = team_arrived  # (调研组转赴X，走访Y: an earlier clause told the team at the stop)
                on_the_way = on_the_way or self._went_out
                went_on = self._went_out and (not self.speaks_for_itself or retold.end() - retold.start() > 2
                                              or text.endswith("情况")) and not any(  # (a dated sentence or clause tells new work)
                    _DATED_LEAD.search(part, 0, _lead_end(part))
                    # (a sentence's date stands for its first work; a later clause's own date for it)
                    for part in ((text,) if out else (text, sentence_view.text)))
                # (a bare 调研X in a report's list is work of its own, 实地调研X or 考察X情况 a stop)
                team_word = _TEAM_WORD.search(text, retold.start(), retold.end())  # 视察组一行实地察看了X
                # (the team of the work told: its kind named there, or any team after field work)
                team = (team_word is not None and (self._went_out or team_word.group()[:2] in self._last_told)) or at_a_stop
                triggers = [t for t in triggers if not (
                    (not named_actor and t.start < retold.end()
                     and (t.type == self._last_type or _VISIT_WORD.match(text, t.start, t.end)
                          or ((team or retold.group("name")) and (t.type in _FIELD_WORK or text.startswith("走访", t.start)))))
                    or (went_on and t.type in _FIELD_WORK))]
            elif self._went_out and not named_actor and _TEAM_ARRIVES.match(text, _lead_end(text)):
                on_the_way = team_arrived = True  # 调研组来到X，…: the team of the work told, at one of its stops
            if on_the_way and triggers and not named_actor and not retold:
                # 调研组来到X，对Y进行调研: the rest of a stop's sentence tells the same stop
                triggers = [t for t in triggers if t.type not in _FIELD_WORK]
            accompanied = _ACCOMPANIED.search(text) if triggers and self._last_type in _FIELD_WORK else None
            if accompanied:
                # 课题组在X陪同下到Y参观考察: a stop of the visit just told, with its hosts
                triggers = [t for t in triggers if not (t.start > accompanied.start() and t.type in _FIELD_WORK)]
            if triggers:
                kept, means_end = [], -1
                for t in triggers:  # (经过实地走访调研: the means, and the words of it that follow)
                    if _BY_MEANS.search(text, max(0, t.start - 6), t.start) or t.start == means_end:
                        means_end = t.end
                        continue
                    kept.append(t)
                triggers = kept
                if any(t.type == "briefing" for t in triggers):
                    # 会上，区发改委通报了…: what the meeting heard, not work of its own (an invited
                    # leader's briefings the committee arranges, 邀请…在主席会议上通报, are)
                    heard = before_clause or ""
                    triggers = [t for t in triggers if not (
                        t.type == "briefing" and "邀请" not in heard + text and (
                            _HEARD_AT.search(heard + text[:t.start]) or self._departments_report(bodies, t, text)))]
            joining = [t for t in triggers if _JOINS_BARE.search(text, max(0, t.start - 4), t.start) and _BARE_END.fullmatch(text, t.start)]
            if joining:  # (参加调研或座谈: every word of the work taken part in)
                joining = [t for t in triggers if t.start >= joining[0].start]
            if joining and not attending:
                # 江津区党组成员、副主席某某陪同考察 / 县政协副主席某参加考察: people taking part in
                # the work just told; the place named at the head is its committee, a partner
                triggers = [t for t in triggers if t not in joining]
                head = [p for p in places if p.start <= _lead_end(text) + 1]
                hosts = [e.key for p in head for e in [self.reference.cppcc_seated_in(p.mention.entity)] if e]
                if hosts:
                    if out:
                        out = [self._with_partners(item, hosts, "role:attends") for item in out]
                    else:
                        for trigger in self._previous:
                            self.late.setdefault(trigger, []).extend(hosts)
            if attending:
                # 区政协主席参加X街道议事会: the work named after taking part is that work, with the
                # bodies that took part as partners; 区政协主席陪同调研 is the work just named
                joins = _TAKES_PART.search(text)
                taken = [t for t in triggers if joins is not None and t.start >= joins.end()
                         and not _BARE_END.fullmatch(text, t.start)  # 参加考察: the visit told, not a new one
                         and not self._told_before(text[t.start:t.end])]  # 参加界别活动 after the item told it
                hosts = [p for p in bodies if joins is not None and p.start >= joins.end()
                         and not (joins.group() == "承办" and p.mention.cls == "Collective"
                                  and set(attending) & set(self._members(p.mention)))]
                # (市政协承办西部地区政协X座谈会: a member hosting its network's sitting holds it; 区政协承办
                # 川渝政协联合视察: the two committees' work, the district hosts)
                for trig in taken:
                    owners = [] if not hosts or joins.group() != "承办" else [
                        k for p in hosts for k in (self._members(p.mention) or [p.mention.entity])]  # (承办市政协X会: its)
                    item = self._initiative(sentence, a, b, view, trig, hosts, list(attending) if not hosts else owners,
                                            placed, earlier_topics, frame_programmes, before_clause, sentence_view,
                                            joined)
                    out.append(self._with_partners(item, attending, "role:attends") if hosts else item)
                triggers = []
                if not taken and out:  # (work taken part in is told above, with its partners)
                    out = [self._with_partners(item, attending, "role:attends") for item in out]
                elif not taken:
                    for trigger in self._previous:  # 。雅安市政协主席陪同考察。 after the sentence that names it
                        self.late.setdefault(trigger, []).extend(attending)
            # (12件由市领导领衔督办, 副区长领衔督办重点提案9件: who oversees the key proposals counted, a statistic)
            triggers = [t for t in triggers if not (t.type == "supervision" and _leaders_oversee(text, before_clause))]
            if triggers and (self._told or out):  # (…坦诚协商, 进行了积极的互动协商: how the consultation told went)
                triggers = [t for t in triggers if not (t.type == "consultation" and text[t.start:t.end] == "协商"
                                                        and _MANNER_BEFORE.search(text, max(0, t.start - 6), t.start))]
            if not bodies and triggers:  # (…商定两地…，共同推进X保护: what they agreed to work towards, no work told)
                triggers = [t for t in triggers if not (t.type == "other" and lexicon.PUSH_TOGETHER.fullmatch(text, t.start, t.end)
                                                        and not text.endswith("建设"))]  # (将联合推进X高铁建设: a project, work)
            triggers = _with_key_listing(text, triggers)
            if triggers and _DECIDED_BY.fullmatch(text):
                triggers = [t for t in triggers if t.type != "meeting"]  # 经X会议决定：… cites the sitting, told apart
            if (triggers and not bodies and (not subject or subject == self.carried) and not named_actor
                    and (own := self.default_org or self.report.publisher or self._session_of) and self._about_proposals and "件" in text
                    and all(t.type == "proposal" for t in triggers) and _aspect_tally(text)):
                # (民主党派省委会提交1件，专门委员会提交4件。…经济建设方面的提案223件: all the proposals
                # received, counted again by field, not the last authors')
                subject = [own]
            made = [(trig.start, trig.end, self._initiative(sentence, a, b, view, trig, bodies, subject, placed,
                                                            earlier_topics, frame_programmes, before_clause,
                                                            sentence_view, joined)) for trig in triggers]
            if spoken_trigger is not None:  # (the body spoken for is the speaker, whoever stands at the clause's head)
                made = [(s_, e_, self._spoken_for(item, bodies, spoken_for) if s_ == spoken_for.start("v") else item)
                        for s_, e_, item in made]
            out.extend(own_items(made, view, self.report.text, norm))  # (办好A、B和C: each its own words)
            formed = next((item for _s, _e, item in made if "role:co-organizer" in item.rules), None)
            if formed is not None and ("组" in text or "团" in text) and _TEAM_FORMED_WITH.search(text):
                subject = list(formed.organizers)  # (…组成调研组，赴X开展调研: the team, all who formed it)
                if head_of_sentence and set(head_of_sentence) <= set(subject):
                    head_of_sentence = list(subject)
            if out:
                self._last_organizers = list(out[-1].organizers)
                self._last_type = out[-1].type
                self._last_meeting = next((self._sitting_organs.get(i.trigger, list(i.organizers)) for i in reversed(out)
                                           if i.type == "meeting" and i.organizers and not the_meeting_acts),
                                          self._last_meeting)
                if self._story_meeting is None:  # (the story's first work told: its meeting, if it is one)
                    self._story_meeting = (list(self._last_meeting) if out[0].type == "meeting" and self._last_meeting else [])
                self._last_told = out[-1].evidence.text
                if triggers:
                    self._went_out = self._went_out or self._last_type in _FIELD_WORK or bool(
                        _WENT_OUT.search(sentence_view.text, 0, sentence_view.index(b - 1) + 1))
                if made and not self.speaks_for_itself and _FOUND_IN_TEXT.intersection(out[-1].rules) and "role:key-listing" not in out[-1].rules and not (
                        "提案" in text and _AUTHORS_TALLY.search(text)) and not (  # (…专委会提案73件: the authors counted act no further)
                        "role:co-organizer" in out[-1].rules and ((subject and subject == self.carried)
                                                                 or "role:report-cppcc" in out[-1].rules)):
                    # 两位主席率两地政协委员开展调研。…协商会召开: a news item goes on about them (a
                    # partner joined to the actor carried, 同X联合召开…, or to the text's own committee,
                    # 首次与X政协开展…, joins that clause alone)
                    self._remember(self._last_organizers)
            if triggers:
                continue
            if len(bodies) >= 2 and (together := self._named_together(text, bodies)) and len(set(together)) >= 3 and (
                    all(map(self._committee_level, together)) and self._may_regroup(together)):
                # (甲县政协与乙市丙县政协、丁市政协签订协议后，三县市政协随即…: the three the clause named)
                self.group = together
            if (len(bodies) == 1 and subject and bodies[0].mention.entity not in subject
                    and self._committee_level(bodies[0].mention.entity) and _PARTNERSHIP_WITH.match(text, bodies[0].end)
                    and lexicon.COORGANIZER_BEFORE.search(
                        _words_before(text, _before_places(_place_ends(placed), bodies[0].start, text)))):
                # 深化与渝北区政协的交流合作，联合开展…: the two are the pair that works together next
                self.group = _unique([*subject, *(self._members(bodies[0].mention) or [bodies[0].mention.entity])])
            if (head_subject and out and out[-1].type == "meeting"
                    and (out[-1].evidence.text.endswith("上") or norm.startswith("上", out[-1].trigger[1]))
                    and ((len(head_subject) >= 2 and lexicon.GROUP_ANAPHOR.match(text, _lead_end(text)))
                         or (all(self._committee_level(k) for k in head_subject) and _HOST_SPEAKS.search(text)
                             and not self._joint(list(out[-1].organizers))
                             and self._joint([*out[-1].organizers, *head_subject])))):
                # 在随后召开的座谈会上，双方交流了…: both sides met there (…，市政协负责人介绍了…: the
                # host across the border that speaks there holds it with its visitors)
                met = out[-1]
                organizers = tuple(_unique([*met.organizers, *head_subject]))
                out[-1] = replace(met, organizers=organizers, partners=tuple(k for k in met.partners if k not in organizers),
                                  joint_sichuan_chongqing=met.joint_sichuan_chongqing or self._joint(list(organizers)),
                                  rules=met.rules + ("role:met-there",))
            if head_subject or (subject and bodies and text.startswith(_JOINS_THE_SUBJECT)):
                # (省政协…，与重庆市政协协同履职，共同举办…: the body joined runs what follows too)
                joined = []
                joined_end = -1
                place_ends = _place_ends(placed)
                works_with: list[str] = []  # (A联合B、C，…: the bodies listed after 联合, while the list runs)
                works_end = -1
                for p in bodies:
                    keys = self._members(p.mention) or [p.mention.entity]
                    before = _words_before(text, _before_places(place_ends, p.start))
                    if works_end >= 0 and _LIST_JOIN.fullmatch(text, works_end, _before_places(place_ends, p.start)):
                        works_with.extend(keys)
                        works_end = p.end
                        if not text[p.end:].strip("，, "):  # the clause closes on the list: all of it runs the work
                            subject = _unique([*subject, *works_with])
                        continue
                    works_end = -1
                    if (lexicon.COORGANIZER_BEFORE.search(before) and p.start > 0 and not set(keys) <= set(subject) and (
                            lexicon.ACTION.search(text, p.end) or (_WORKS_WITH.search(before) and not text[p.end:].strip("，, ")))):
                        # A会同B组织调研组，…开展调研: both run it (A联合B，在某镇举行…: the clause closes on B)
                        subject = _unique([*subject, *keys])
                    elif _WORKS_WITH.search(before) and p.start > 0:
                        works_with, works_end = list(keys), p.end
                    elif lexicon.PARTNER_BEFORE.search(before) or (
                            joined_end >= 0 and _LIST_JOIN.fullmatch(text, joined_end, p.start)):
                        joined.extend(keys)  # (赴A、B、C: the list goes on)
                        joined_end = p.end
            clause_topics = [p.mention for p in placed if p.mention.kind == "topic"]
            if clause_topics:
                earlier_topics = clause_topics
            frame_programmes = [p.mention for p in placed if p.mention.kind == "programme"] or frame_programmes
        out = [_with_topics_told(x, mentions) for x in self._merge_retold(out)
               if not (x.type == "briefing" and x.organizers and all(map(self._government, x.organizers)))]
        if out and "情况" in sentence_view.text and (reported := _REPORTED_LIST.search(sentence_view.text)) is not None:
            # (委员们汇报了参与调研、报送民意…等履职情况: work reported at the meeting, its business)
            a_list, b_list = sentence_view.span(reported.start("list"), reported.end("list"))
            out = [item for item in out if not a_list <= item.trigger[0] < b_list]
        if out and "连续" in sentence_view.text:
            # (…联合巡河。两地政协已连续5年开展联合巡河: the practice the work told keeps, as background)
            out = [item for item in out if not (item.type in self._types_told and _STANDING_PRACTICE.search(
                self.report.norm, max(sentence.start, item.trigger[0] - _PRACTICE_REACH), item.trigger[0]))]
        self._types_told.update(item.type for item in out)
        if out:
            self._previous = [item.trigger for item in out]
            self._told.extend(self._previous)
        if len(out) >= 1 and lexicon.ENUMERATION_HINT.search(sentence_view.text):
            norm_text = self.report.norm
            was_planned = {x.trigger for x in out if x.status == PLANNED}
            out = split_enumerations(sentence_view, out, self.report.text, self.report.norm,
                                     lambda a, b: bool(find_triggers(compact_text(norm_text, a, b))))
            # (双方确定了4个课题，分别是：“甲”…: subjects fixed for work to come, dated as such work)
            out = [replace(x, period=planned_period(norm_text[sentence.start:x.evidence.start], x.period, self._written))
                   if x.status == PLANNED and x.trigger not in was_planned and "enumerated-subject" in x.rules else x
                   for x in out]
            out = self._own_programmes_only(out, mentions)
        if len(out) >= 2 and "方面" in sentence.text:
            # (联合调研方面，两省市政协…开展调研3项，…: the heading word of the work the sentence then tells)
            out = [x for x in out if not (_HEADING_WORD.fullmatch(x.evidence.text) and any(
                y.type == x.type and y.evidence.start > x.evidence.end for y in out))]
        if out and "交流" in sentence.text and self.report.publisher and "来" in sentence.text:
            out = [self._hosted_exchange(x, sentence) for x in out]
        if out and "承办" in sentence.text:
            out = [self._hosted_for(x, mentions) for x in out]
        for item in out:
            if item.type == "campaign" and len(self._campaigns) < _CAMPAIGNS_KEPT:
                self._campaigns.setdefault(item.label, item)
        return out

    def _hosted_for(self, item: Initiative, mentions: Sequence[Mention]) -> Initiative:
        """Work a committee hosts for others named right after 承办 (区政协承办了川渝政协“X”联合视察
        某段活动): those others hold it, the host is a partner."""
        norm = self.report.norm
        hosted = _HOSTED_FOR.search(norm, item.evidence.start, item.trigger[0])
        if hosted is None:
            return item
        owners = _unique([k for m in mentions if m.kind == "body" and hosted.end() <= m.evidence.start < item.trigger[0]
                          and not _QUOTED_BEFORE_END.search(norm, hosted.end(), m.evidence.start)
                          and (norm.startswith(("“", "的", "组织的", "举办的", "开展的"), m.evidence.end)  # (not a name's words)
                               or _OWNERS_KIND_NEXT.fullmatch(norm, m.evidence.end, item.trigger[0]) is not None)
                          for k in (self._members(m) or [m.entity])])
        if not owners or set(owners) == set(item.organizers):
            return item
        partners = _unique([*item.partners, *(k for k in item.organizers if k not in owners)])
        return replace(item, organizers=tuple(owners), partners=tuple(k for k in partners if k not in owners),
                       joint_sichuan_chongqing=item.joint_sichuan_chongqing or self._joint(owners),
                       rules=item.rules + ("role:hosted-for",))

    def _hosted_exchange(self, item: Initiative, sentence: Sentence) -> Initiative:
        """A visiting committee's exchange at the writer's place (乙区政协考察团来达考察交流; …来竹，就X开展
        考察交流): the writer's committee, the host, holds the exchange with it."""
        host = self.report.publisher
        if (item.type not in ("research", "study") or host in item.organizers or not item.organizers
                or not self._committee_level(host) or self.reference.get(host) is None
                or _ARRIVED_FOR_EXCHANGE.search(self.report.norm, sentence.start, item.evidence.end) is None):
            return item
        organizers = (*item.organizers, host)
        return replace(item, organizers=organizers, partners=tuple(k for k in item.partners if k != host),
                       joint_sichuan_chongqing=item.joint_sichuan_chongqing or self._joint(list(organizers)),
                       rules=item.rules + ("role:host-of-exchange",))

    def _own_programmes_only(self, items: list[Initiative], mentions: Sequence[Mention]) -> list[Initiative]:
        """Items of a row of names (“委员读书”“有事来协商”“结对帮扶”活动) each carry the programme named
        inside them, and none that only a neighbour names: one item's brand is not the row's."""
        listed = [x for x in items if "enumerated-subject" in x.rules]
        if len(listed) < 2:
            return items
        named = {x.evidence: [m.entity for m in mentions if m.kind == "programme" and x.evidence.start <= m.evidence.start
                              and m.evidence.end <= x.evidence.end] for x in listed}
        in_row = {k for keys in named.values() for k in keys}
        out = []
        for item in items:
            own = named.get(item.evidence) if item in listed else None
            if own:
                item = replace(item, programme=own[0])
            elif own is not None and item.programme in in_row:
                item = replace(item, programme=None)
            out.append(item)
        return out

    def _campaign_heading(self, view: Compact) -> Initiative | None:
        """A short line that is only a campaign's name told before (百名委员助千企。 heading the
        paragraph about it): that campaign told again, here."""
        told = self._campaigns.get(view.text.rstrip("。.：: ")) if len(view.text) <= _HEADING_CHARS else None
        if told is None:
            return None
        start, end = view.span(0, len(view.text.rstrip("。.：: ")))
        evidence = Evidence(self.report.id, start, end, self.report.text[start:end])
        return replace(told, evidence=evidence, trigger=(start, end), rules=(*told.rules, "heading-retold"))

    def _used(self, found: Sequence[_Trigger], text: str, bodies: list[_Placed], before_clause: str,
              lead: bool) -> list[_Trigger]:
        """The clause's activity words that say what someone did: not inside a body's name, used
        as done (_acted), 'other' only when alone, none that a later one is about."""
        # (a session's name, or an organ named by its meeting word, 主席会议, is the meeting held)
        body_spans = [(p.start, p.end, p.mention.cls == "PlenarySession" or (
            p.mention.cls == "Body" and _SESSION_NAME.search(p.mention.label) is not None) or (
            p.mention.cls in ("ChairpersonsCouncil", "StandingCommittee", "Body")
            and text.endswith(("主席会议", "常委会议", "常委会会议"), p.start, p.end)))  # (五届十二次常委会议: held)
            for p in bodies]
        # (农业界别协商活动: the sector's 界别 is the first word of its consultation too)
        body_spans = [(s, e - 2 if text.endswith("界别", s, e) and text.startswith("界别协商", e - 2) else e, session)
                      for s, e, session in body_spans]
        # (召开…政协联席会第三次会议: the council named after the verb, then its numbered sitting, held)
        found = [_Trigger(t.start, sitting.end(), t.type, t.subtype)
                 if t.type == "meeting" and any(e == t.end and _HELD_BEFORE_NAME.search(text, 0, s) for s, e, _x in body_spans)
                 and (sitting := _NUMBERED_SITTING.match(text, t.end)) is not None else t for t in found]
        triggers = [
            t for t in found
            if not any(s < t.end and t.start < e and not (t.start <= s and e <= t.end and e - s < t.end - t.start)
                       and not (session and (t.end == e or (e < t.end and _SESSION_EVENT.match(text, e))))
                       and not (e < t.end and _NUMBERED_SITTING.fullmatch(text, e, t.end))  # 常务委员会|第22次会议
                       for s, e, session in body_spans)  # 全国政协调研组 is a name; 六届三次常委会会议, X领导小组会议
            # hold one; a session's name (…第一次会议) ends in the meeting it is, and a meeting named
            # after it (…会议新闻发布会) is a meeting of its own
            and self._acted(text, t, before_clause, lead)
        ]
        if len(triggers) > 1 and ("届" in text or any(session for _s, _e, session in body_spans)):
            # (市政协五届三次会议举行新闻发布会: the session, yet to open, holds the press conference, the
            # meeting told; a sitting it holds, 举行第二次全体会议, tells the session held too)
            triggers = [t for t in triggers if not (
                (any(session and t.end == e for _s, e, session in body_spans) or _SESSION_CALLED.search(text, t.start, t.end))
                and (held := _HOLDS.match(text, t.end))
                and any(u.start >= held.end() and u.start - held.end() <= _HELD_REACH
                        and _PRESS_CONFERENCE.search(text, u.start, u.end) for u in triggers))]
        if any(t.type == "campaign" for t in triggers):
            # (开展“X”网络专题议政(的通知): the quoted theme of the work named right after it, no campaign)
            triggers = [t for t in triggers if not (t.type == "campaign" and text.startswith("“", t.start)
                                                    and text.endswith("”", 0, t.end) and _work_named_at(text, t.end))]
        if len(triggers) > 1:
            # (an honour stands beside the work honoured: 《X》被评为优秀提案)
            triggers = [t for t in triggers if t.type != "other" or _HONOURED.fullmatch(text, t.start, t.end)
                        or _REVIEWED.match(text, t.start, t.end)] or triggers

            # 召开市政协专题调研渝东南片区座谈会: the research names the meeting held, no work of its own
            # (…出版发行座谈会召开: a meeting named after the work it marks, the work told elsewhere)
            triggers = [t for i, t in enumerate(triggers) if t.type == "meeting" or not any(
                m.type == "meeting" and not _CLAUSE_MARK.search(text, t.end, m.start)
                and not text.startswith("、", t.end)  # (召开X研究班、Y座谈会: two events held)
                and (_HELD_BEFORE.search(text, max(0, t.start - 14), t.start) or _NAMES_MEETING.fullmatch(text, t.end, m.start)
                     # (某年度社情民意信息暨宣传工作会议召开: the words before a meeting held after its name name it)
                     or (_HELD_AFTER_NAME.match(text, m.end) is not None and _NAME_GAP.fullmatch(text, t.end, m.start) is not None))
                for m in triggers[i + 1:])]
            triggers = [t for i, t in enumerate(triggers) if not _in_subject_of(text, t, triggers[i + 1:])]
            # 联合议事会召开第三次会议: the council is who meets, its numbered meeting the meeting
            triggers = [t for i, t in enumerate(triggers) if not (t.type == "meeting" and not _SESSION.search(text, t.start, t.end) and any(
                m.type == "meeting" and _HOLDS.fullmatch(text, t.end, m.start) for m in triggers[i + 1:]))]
        if any(t.type == "information" for t in triggers):
            # 全年报送社情民意信息600余篇, 市政协报送全国政协的…信息共760余篇: the committee's own tally,
            # a statistic; information another named body sent (民进某市委向市政协上报…120余条), sent
            # jointly (联名提交…26篇) or on a stated
            # subject (报送疫情防控相关社情民意信息42条) stays work
            triggers = [t for t in triggers if not (
                t.type == "information" and _INFO_TALLY_AFTER.match(text, t.end)
                and not _TOGETHER_BEFORE.search(text, 0, t.start + 2)
                and not lexicon.ABOUT_BEFORE.search(text, 0, t.start) and not _THEMED_INFO_BEFORE.search(text, 0, t.start)
                and not _THEMED_INFO.search(text, 0, t.end)
                and not any(p.end <= t.start and not _RECIPIENT_BEFORE.search(text, max(0, p.start - 2), p.start)
                            and p.mention.cls != "MemberGroup" and p.mention.cls not in CPPCC_CLASSES for p in bodies))]
        if len(triggers) > 1 and any(t.type == "supervision" for t in triggers):
            # (对联名提案开展办理成效评估: the proposals are what is overseen, no proposal told)
            triggers = [t for t in triggers if not (t.type == "proposal" and text.endswith("对", 0, t.start) and any(
                u.type == "supervision" and u.start >= t.end for u in triggers))]
        reviews = {t.start for t in found if t.type == "other" and _REVIEWED.match(text, t.start, t.end)}
        # (对委员提交的提案进行审查: the proposals reviewed are no proposal told)
        return [t for t in triggers if not (t.type == "proposal" and t.end in reviews)] if reviews else triggers

    def _attendance_only(self, sentence: Sentence, sentence_view: Compact, mentions: Sequence[Mention]) -> None:
        """A sentence without an activity word can still name who took part in the work the
        sentence before names (成都市政协负责同志在会上作交流发言。)."""
        # 参加有关活动 / 陪同上述活动: every activity of the item so far, not only the last sentence's
        told = self._told if _ALL_ACTIVITIES.search(sentence_view.text) else self._previous
        if not told or not (lexicon.ATTENDS.search(sentence_view.text) or lexicon.HEARS.search(sentence_view.text)):
            return
        met = self._committees_who_met(sentence_view.text, mentions, sentence_view)
        if met:
            # A、B…六区县政协主要负责同志参加会议: the committees that met hold the meeting just told
            for trigger in self._previous:
                self.late_holders[trigger] = met
            self.carried = list(met)
            self.group = list(met)
            self._last_organizers = list(met)  # (与会人员…, 会议以X为主题协商: those who met)
            self._last_meeting = list(met)
            return
        for a, b in sentence_clauses(sentence, self.report.norm):
            view = sentence_view.slice(a, b)
            bodies = [_Placed(view.index(m.evidence.start), view.index(m.evidence.end - 1) + 1, m)
                      for m in mentions if m.kind == "body" and not _occasion(m) and a <= m.evidence.start and m.evidence.end <= b]
            for trigger in told:
                self.late.setdefault(trigger, []).extend(self._attending(view.text, bodies))

    def _committees_who_met(self, text: str, mentions: Sequence[Mention], view: Compact) -> list[str]:
        """The committees a sentence lists as those who came to the meeting just told
        (梁平区、垫江县和达州市达川区…六区县政协主要负责同志参加会议), two or more, nothing else before them."""
        bodies = [m for m in mentions if m.kind == "body"]
        if len(bodies) < 2 or not all(self._committee_level(m.entity) for m in bodies):
            return []
        last_end = view.index(bodies[-1].evidence.end - 1) + 1
        if not _CAME_TO_THE_MEETING.match(text, last_end):
            return []
        return _unique([k for m in bodies for k in (self._members(m) or [m.entity])])

    def _attending(self, text: str, bodies: list[_Placed]) -> list[str]:
        """The bodies at the head of a clause that only accompany, host or speak (ATTENDS), or
        that a clause hears report (HEARS); none when the clause says neither."""
        pos = _lead_end(text)
        heard = lexicon.HEARS.match(text, pos)
        if heard:
            pos = heard.end()
        elif text.startswith("在", pos):
            pos += 1  # 在11个区县政协设分会场: the bodies still come first
        keys: list[str] = []
        end: int | None = None
        for p in bodies:
            gap = text[pos:p.start]
            if end is None and not (_LEAD_COUNTED.fullmatch(gap) or _ALONG.fullmatch(gap)):
                break  # (长江沿线区县政协设立分会场: where they are says which, they still attend)
            if end is not None and not _LIST_JOIN.fullmatch(gap) and not _PERSON_BETWEEN.fullmatch(gap):
                break  # (A委员会主任某某、B委员会主任某某参加: each body with its person)
            keys.extend(self._members(p.mention) or [p.mention.entity])
            pos = end = p.end
        attends = None if heard else lexicon.ATTENDS.match(text, end) if end is not None else None
        if end is None or not (heard or attends):
            return []
        if attends is not None and text.startswith("的", attends.end()):
            return []  # (A主办，B、C协办的X会议在某地召开: the co-hosts of the work told, who hold it)
        return keys

    def _gathered_in(self, sentence_view: Compact, mentions: Sequence[Mention]) -> list[str]:
        """The bodies a sentence says people came from to meet (来自X政协…的代表齐聚一堂)."""
        keys: list[str] = []
        for match in _CAME_FROM.finditer(sentence_view.text):
            a, b = sentence_view.span(*match.span())
            for m in mentions:
                if m.kind == "body" and a <= m.evidence.start and m.evidence.end <= b:
                    keys.extend(self._members(m) or [m.entity])
        return _unique(keys)

    def _told_before(self, word: str) -> bool:
        """Does an activity word name work this text has told already (界别活动; 提案督办调研 after
        重点提案督办, four characters in common): then taking part in it (某某参加界别活动) is no new work."""
        norm = self.report.norm
        titles = _TITLE_IN_WORD.findall(word)  # (a titled work is told again only by its title)
        for start, end in self._told:
            told = compact_text(norm, start, end)
            if titles:
                if any(title in told for title in titles):
                    return True
            elif told == word or any(told[i:i + 4] in word for i in range(len(told) - 3)):
                return True
        return False

    def _with_partners(self, item: Initiative, keys: Sequence[str], rule: str) -> Initiative:
        """`item` with more partners (never one of its organisers); joint when they reach across."""
        # (市政协副主席参加 the work of its own special committee: no partner, its own leader)
        parents = {self._parent(k) for k in item.organizers}
        partners = tuple(_unique([*item.partners, *(k for k in keys if k not in item.organizers and k not in parents)]))
        if partners == item.partners:
            return item
        # a host who accompanies or a body that attends takes part, and the work stays one side's,
        # unless it is an exchange, done with them (考察交流 with the host across the border)
        joint = item.joint_sichuan_chongqing or (
            "交流" in item.evidence.text and self._joint([*item.organizers, *partners]))
        rules = item.rules + (rule,) + (("joint:exchange-across",) if joint and not item.joint_sichuan_chongqing else ())
        return replace(item, partners=partners, joint_sichuan_chongqing=joint, rules=rules)

    def _proposals_before(self, sentence_view: Compact, a: int, text: str) -> str:
        """What a clause of a text about proposals follows: its sentence so far, and the sentence
        before when this one opens with 其中 or 从内容看 (…立案118件。其中，X方面N件、…)."""
        before = sentence_view.text[: sentence_view.index(a)]
        if _TALLY_FRAME.match(before or text) or (
                not before and self._before_view.endswith(("；", ";")) and (
                    _aspect_tally(text) or _LISTED_TITLE.search(text))):
            return self._before_view + before  # (…提案中，A类N件；B类M件: the next tally of the list)
        return before

    def _parent(self, key: str) -> str | None:
        entity = self.reference.get(key)
        return entity.parent if entity is not None else None

    def with_late_partners(self, items: Sequence[Initiative]) -> list[Initiative]:
        """The report's initiatives with the partners later sentences gave them (…。X陪同考察。) and
        the lead units a plan names after its items (…。牵头单位：A、B。)."""
        out = [self._with_partners(item, self.late[item.trigger], "role:attends") if item.trigger in self.late else item
               for item in items]
        out = [self._held_by(item, self.late_holders[item.trigger]) if item.trigger in self.late_holders else item
               for item in out]
        for start, end, leads in self.late_leads:
            out = [replace(item, organizers=tuple(leads), rules=item.rules + ("role:lead-units",))
                   if start <= item.evidence.start < end else item for item in out]
        for start, end, helpers in self.late_helpers:
            out = [self._with_helpers(item, helpers) if start <= item.evidence.start < end else item for item in out]
        return self._turn_led(out)

    def _with_helpers(self, item: Initiative, helpers: list[str]) -> Initiative:
        """`item` with the units a plan names as helping run it (配合单位) as partners, not organizers."""
        organizers = tuple(k for k in item.organizers if k not in helpers) or item.organizers
        partners = tuple(_unique([*item.partners, *(k for k in helpers if k not in organizers)]))
        return replace(item, organizers=organizers, partners=partners,
                       joint_sichuan_chongqing=self._joint([*organizers, *partners]) or item.joint_sichuan_chongqing,
                       rules=item.rules + ("role:helping-units",))

    def _held_by(self, item: Initiative, met: list[str]) -> Initiative:
        """The meeting held by the committees that came to it, where no actor of its own was named."""
        if item.type != "meeting" or not ({"role:report-cppcc", "role:sentence-subject"} & set(item.rules)
                                          or set(item.organizers) <= set(met) or self._region_named(item.organizers)):
            return item
        return replace(item, organizers=tuple(met), partners=tuple(k for k in item.partners if k not in met),
                       joint_sichuan_chongqing=item.joint_sichuan_chongqing or self._joint(met), rules=item.rules + ("role:met-there",))

    def _region_named(self, keys: Sequence[str]) -> bool:
        """Is the one actor a region's committees named as a whole, a body the reference lacks
        (川渝黔毗邻地区区县政协 holding its council's meeting), whom the committees listed as
        those who came stand for?"""
        name = self._unknown_names.get(keys[0], "") if len(keys) == 1 and self.reference.get(keys[0]) is None else ""
        return name.endswith("政协") and _REGION_WORDS.search(name) is not None

    def _merge_retold(self, items: list[Initiative]) -> list[Initiative]:
        """One fact per thing said: within a sentence, a later mention of the same kind of
        activity by the same actors that only goes on describing it (组成联合调研组，围绕X开展调研;
        举行远程协商会，围绕X协商议政) is the same initiative, its span joined to the first."""
        out: list[Initiative] = []
        for item in items:
            prev = out[-1] if out else None
            if prev is not None and self._retells(prev, item):
                a, b = min(prev.evidence.start, item.evidence.start), max(prev.evidence.end, item.evidence.end)
                with_subject = [x for x in (prev, item) if "label:subject" in x.rules]
                label = with_subject[0].label if with_subject else max(prev.label, item.label, key=len)
                out[-1] = replace(prev, evidence=Evidence(self.report.id, a, b, self.report.text[a:b]), label=label,
                                  topics=tuple(_unique([*prev.topics, *item.topics])),
                                  places=tuple(_unique([*prev.places, *item.places])), rules=prev.rules + ("merged:retold",))
                continue
            out.append(item)
        return out

    def _retells(self, prev: Initiative, item: Initiative) -> bool:
        """Is `item` the activity `prev` names, told again (same kind; or a meeting, 专题协商会,
        and its consultation, 进行专题协商)?"""
        own_actor = "role:clause-subject" in item.rules or "role:co-organizer" in item.rules
        if own_actor and set(item.organizers) != set(prev.organizers):
            return False
        if item.type == "meeting" and _PRESIDIUM_MEETING.fullmatch(compact_text(self.report.norm, *item.trigger)):
            return False  # (大会先后召开主席团第一次会议: a meeting the session holds, its own)
        if (prev.type == item.type == "meeting" and prev.trigger[1] <= item.trigger[0]
                and not self.report.norm[prev.trigger[1]:item.trigger[0]].strip()  # (a repost's readings blanked between)
                and (prev.evidence.start, prev.evidence.end) == (item.evidence.start, item.evidence.end)
                and not _A_SITTING.fullmatch(compact_text(self.report.norm, *item.trigger))):
            return True  # 第N次常委会议第一次会议: two words of one name, one meeting (…会议第六组讨论: a sitting of it)
        if any(c in "；;" for c in self.report.norm[prev.trigger[1]:item.trigger[0]]):
            return False  # …开展联合协商；推进“X”协商: a new item, its own work
        word = compact_text(self.report.norm, *item.trigger)
        first = compact_text(self.report.norm, *prev.trigger)
        after_first = compact_text(self.report.norm, prev.trigger[1], prev.trigger[1] + 2)
        if after_first[:1] == "会":
            first += "会"  # 召开专题协商会: the trigger stops before 会
        if first.endswith("会") and (word in first or word.endswith(first[:-1])) and not _NEXT_OF_A_LIST.match(
                compact_text(self.report.norm, prev.trigger[1], item.trigger[0])):
            return True  # 召开专题协商会，就X进行专题协商; 召开协商会，就X进行专题协商 (not 召开甲座谈会、乙座谈会: two)
        if (prev.type == "meeting" and item.type == "study" and not own_actor
                and _STUDIED_AT.fullmatch(compact_text(self.report.norm, prev.trigger[1], item.trigger[0]))):
            return True  # 主持召开主席会议，深入学习X讲话精神: what the meeting studied, its business
        if (first.endswith("会") and prev.type in ("meeting", "consultation") and item.type == "consultation"
                and not own_actor and lexicon.WEAK_TRIGGER.fullmatch(word)
                and _OPENS_ON_A_SUBJECT.match(compact_text(self.report.norm, prev.trigger[1], item.trigger[0]))):
            return True  # 召开协商座谈会，围绕X建言献策: what was said at the meeting just told
        if item.type == "other" and word == "走访" and not own_actor and prev.type in _FIELD_WORK:
            return True  # 开展专题调研，走访了三个小区: where the work went, not a second activity
        if prev.type != item.type:
            return False
        if item.type == "meeting" and _OPENS_OR_CLOSES.fullmatch(word) and _SESSION.search(first):
            return True  # X届N次会议…举行闭幕大会: the session's closing sitting, one meeting
        between = compact_text(self.report.norm, prev.trigger[1], item.trigger[0])
        if between == "暨" or (between in ("及", "和", "与", "、") and item.type != "meeting"):
            return True  # 召开网络议政及远程协商会: one event of two names (党组会议和主席会议: two meetings)
        if lexicon.WEAK_TRIGGER.fullmatch(first) and _NEW_SUBJECT.search(between):
            return False  # 聚焦X建言献策，聚焦Y献计出力: a second subject, a second piece of work
        if word == "协商" and lexicon.CONSULTED_MATTER.match(self.report.norm, item.trigger[1]):
            return False  # 协商A纠纷、…、协商B机制: each its own matter
        if _OWN_SUBJECT_AFTER_VERB.search(between):
            return False  # …常委视察，从A等方面提出建议，开展B视察: a clause of its own, on its own subject
        if _COUNTED_THEN_NEXT.match(between):
            return False  # 已互访交流5批次，联合开展调研2次: each kind its own count, its own work
        if between[:1] in "，," and _ITEM_OPENS_ON_ITS_KIND.search(
                self.report.norm, max(0, prev.trigger[0] - _ITEM_HEAD_REACH), prev.trigger[0]):
            return True  # 二是联合民主监督，聚焦X开展协同监督: an item headed by its kind, then the work told
        return bool(lexicon.WEAK_TRIGGER.fullmatch(word) or lexicon.BARE_ACTIVITY.fullmatch(word)
                    or after_first[:1] in ("组", "团"))

    def _proposals_about(self, sentence_view: Compact, a: int, text: str) -> tuple[int, int] | None:
        """(start, end) in the clause of a count of proposals that the sentence goes on to say are
        about a list of themes (收到的90件提案聚焦A、B等内容): the proposals on those themes."""
        at = sentence_view.index(a)
        about = next((m for m in _PROPOSALS_ABOUT.finditer(sentence_view.text, at) if m.start() < at + len(text)), None)
        if about is None or about.end("n") > at + len(text):
            return None
        self._themed.add((text, about.start("n") - at))
        return about.start("n") - at, about.end("n") - at

    @staticmethod
    def _each_named_next(text: str, at: int) -> bool:
        """Does the clause at `at` name, each in turn, the subjects of work counted before it, with
        no work of its own (…调研视察5项，分别聚焦甲、乙和丙; …调研3项，分别围绕“甲”“乙”“丙”)?"""
        listed = _EACH_LISTED_NEXT.match(text, at)
        return listed is not None and not find_triggers(listed.group("items"))

    def _acted(self, text: str, trig: _Trigger, before_clause: str, lead: bool = False) -> bool:
        """Is the activity word used for something someone did (not a name, a form or a quote)?"""
        if text.startswith(("】", "]"), trig.end) and _BRACKET_OPENS_ON.search(text, 0, trig.start):
            return False  # 【联合调研】按照要点，…: the kind heads what is told after it
        if _KIND_AS_FIELD.match(text, trig.end) and not lexicon.COUNT_AFTER.match(text, trig.end):
            return False  # 会议明确X监督重点：一是…: the field whose items follow, no work of its own
        if _QUOTE_OPENS_ON.search(text, 0, trig.start) and _OPINION_AFTER_KIND.match(text, trig.end):
            return False  # “跨省视察，就要敢于碰硬。” “联合协商让两地委员…”: a view of the kind of work, quoted
        if trig.type == "meeting" and ("提交" in text or "报送" in text) and _SUBMITTED_TO.search(text, 0, trig.start):
            return False  # 该提案分别提交至甲政协十三届一次会议和乙…: where it was handed in, no sitting told
        if _named_member_speech(text, trig):
            # 会上，甲委员建议X；乙委员就Y发表见解: a speech of a sitting's chain, not any member's quoted advice
            return _SPEECH_CHAIN_BEFORE.search(before_clause) is not None
        if "《" in text[:trig.start] and text.count("《", 0, trig.start) > text.count("》", 0, trig.start) and (
                _DOCUMENT_HANDLED.search(text[:text.rfind("《", 0, trig.start)])):
            return False  # 研究了《…主题教育专题民主生活会…情况通报(审议稿)》: words of a document's title
        if trig.type == "publication" and text.startswith("形成", trig.start):
            # (将对意见建议进行梳理，形成专报报送…: the report the advice is to be worked into; 形成调研报告
            # after work done is its output, no work of its own)
            return _WORKED_INTO_BEFORE.search(before_clause[-_WORKED_REACH:] + text[:trig.start]) is not None or (
                "成果" in text[:trig.start] and _TO_BE_BEFORE.search(text, 0, trig.start) is not None)  # (此次协商成果将形成《X专报》)
        if trig.type == "campaign" and text.startswith(("投身", "投入"), trig.start):
            return _CALLED_OUT.search(before_clause[-40:] + text[:trig.start]) is not None  # (委员们投身一线: no call, no campaign)
        if trig.start == 0 and self._told and _BARE_HEAD_RETOLD.match(text):
            return False  # 学习会邀请某某作宣讲: the study session told, what it did
        if (text[trig.start:trig.end] in ("展览", "展会", "展出") or text.endswith("展", trig.start, trig.end)) and (
                _EXHIBITION_GOES_ON.match(text, trig.end) and self._told):
            return False  # 展览将持续到28日结束, 展览将分别在甲、乙展出: the exhibition told, going on
        if trig.type == "meeting" and _MADE_INTO.match(text, trig.end) and text.endswith(("把", "将"), 0, trig.start):
            return False  # 要把联席会打造成跨省协商的常设平台: what a mechanism should become, no meeting held
        if trig.type == "meeting" and _FOUNDED_AFTER.match(text, trig.end):
            return False  # 联席会议于2023年在某地发起成立: the mechanism founded, no sitting held
        if trig.type == "consultation" and text.endswith("发言", 0, trig.end) and _RECEIVED_AFTER.match(text, trig.end):
            return True  # 某某委员的发言赢得阵阵掌声: a speech given, told by how it was received
        if (text.endswith("在", 0, trig.start) and text.startswith(_WHERE_IN, trig.end) and (
                (trig.type == "meeting" and _A_SITTING.fullmatch(text, trig.start, trig.end))
                or (trig.type == "consultation" and _SPEECH.fullmatch(text, trig.start, trig.end)
                    and _MEMBERS_SPEAK.search(text, 0, trig.start)))):
            return True  # 在分组讨论中，委员们…; 在书面发言中建议: the sitting, the speech, named as where things were said
        if "关于" in text[:trig.start] and _REPORT_ON_IT.match(text, trig.end) and _ABOUT_OPENS.search(text, 0, trig.start):
            return False  # 听取…关于开展X情况的报告: the report's subject, no work told here
        if self._names_each and lexicon.COUNT_AFTER.match(text, trig.end):
            return True  # 其中远程协商2项，主题分别为“甲”“乙”: counted work, each named next
        if trig.type == "meeting" and (text.startswith("了", trig.end) or _REPORT_DISCUSSED.match(text, trig.end)) and (
                _A_SITTING.fullmatch(text, trig.start, trig.end)):
            return True  # 委员们分组讨论了X报告, 分组审议讨论政府工作报告: the session's sitting, held
        if trig.type == "proposal" and ((text, trig.start) in self._themed or _themed_clause(text) or (
                _THEMED_TALLY.fullmatch(text) is not None and _themed_before(before_clause))):
            return True  # 90件提案聚焦A、B等内容; 围绕A、B等方面，委员们提出了不少优秀提案: the proposals on those themes
        if trig.type == "proposal" and text.endswith("的", 0, trig.start) and _ONES_PROPOSAL_ABOUT.match(text, trig.end):
            return True  # 他今年的提案主要针对X: that proposal, written
        plain = _TITLE.sub(lambda m: "　" * len(m.group()), text) if "《" in text else text  # (《关于定期检测X的建议》)
        item_end = plain.find("、", trig.end)  # (甲、乙、常态化丙等工作: only 丙 is the standing practice)
        if lexicon.STANDING_PRACTICE.search(plain, 0, trig.start) or lexicon.STANDING_PRACTICE.search(
                plain, trig.end, item_end if item_end >= 0 else len(plain)):
            return False  # 定期走访…, 联合议事会每季度召开一次例会: a standing practice, not one activity
        if trig.type == "consultation" and _SPEECH.fullmatch(text, trig.start, trig.end):
            return True  # 作了题为《X》的大会发言: a speech given (its title in quotes, its verb inside)
        if trig.type == "consultation" and "发言" in text and (spoken := _THEMED_SPEECH.search(text)) is not None and (
                _speech_said(spoken) == (trig.start, trig.end)):
            return True  # 区工商联就优化营商环境作了发言: a speech on a theme, given
        # “田间协商会”, “X联合协商”: a quoted activity's name; not a brand that ends in the bare word (“有事来协商”)
        closes_name = (text[trig.end:trig.end + 1] in ("”", "》") and text[trig.start:trig.end] != "协商") or text[trig.end:trig.end + 2] == "会”"
        opened = text.rfind("“", 0, trig.end)
        if "”" in text[opened:trig.end + 1] and _means_before(text, opened) is not None and (
                not _inside_quotes(text, trig.end - 1) or text.startswith("”", trig.end)):
            if text.startswith("”平台", trig.end):
                return False  # 依托“有事来协商”平台…: the platform the work is done on, no work of its own
            return True  # 通过“院坝协商”化解X、“双助”活动助推Y: named work, the means of what follows
        if (trig.type == "consultation" and text.startswith("”", trig.end) and opened >= 0
                and _BRAND_DONE.search(text, 0, opened) and _BRAND_ENDS.match(text, trig.end + 1)):
            return True  # 积极开展“有事来协商”: the platform's consultations held (its name ends in the word)
        if text.startswith("”", trig.end) and opened >= 0 and _ONE_EVENT_BEFORE.search(text, 0, opened):
            return True  # 开展了一场“田间协商”: the kind of work one event was, in quotes
        if _DESCRIBED_AFTER.match(text, trig.end) and not _ACTOR_VERB_BEFORE.search(text, 0, trig.start):
            return False  # “委员讲堂”是县政协打造的履职品牌: the kind of work described, none told
        if "“" in text and _MAXIM_AFTER.match(text, trig.end) and _inside_quotes(text, trig.start) and not _HELD_IN_QUOTE.search(
                text, text.rfind("“", 0, trig.start), trig.start):
            return False  # “…，协商议事就要到群众家门口”, “政协协商延伸到哪里，…”: a saying about the work, none told
        if (_inside_quotes(text, trig.end - 1) and text[trig.start] not in "“《" and not closes_name
                and not _speech_quote(text, trig.end)):
            return False
        if ("我" in text and _HABIT_BEFORE.search(text, max(0, trig.start - 8), trig.start)
                and _inside_quotes(text, trig.end - 1) and _speech_quote(text, trig.end)
                and not _DATED_OR_TO_COME.search(text, text.rfind("“", 0, trig.start), trig.start)):
            return False  # “…我们也深入开展调研，…”: a speaker's way of working, no work told
        if _URGED.search(_ANSWERED_CALL.sub("", before_clause[-40:] + text[:trig.start])):
            return False  # 勉励大家…，深入调查研究: what a leader urged others to do (响应…号召: a call answered)
        if _AMID_BEFORE.search(text, 0, trig.start) and _AMID.match(text, trig.end):
            return False  # 在调查研究中服务大局, 在参与X活动的过程中: a frame of working
        if self._told and _JOINS_BEFORE.search(text, 0, trig.start) and _BARE_WORK.fullmatch(text, trig.start, trig.end):
            return False  # 某某等参加调研 after the work was told: who took part, no work of its own
        if self._told and _COURSE_TOLD.match(text, trig.start) and _COURSE_TAKEN_BEFORE.search(text, 0, trig.start):
            return False  # 某某主持研修班开班式, 如期完成了研修班各项议程: the course told, its parts
        if trig.type == "consultation" and _AGENDA_GOES_ON.match(text) and _MEETING_SPEAKS.search(before_clause):
            return False  # 本次会议以X为主题，将围绕Y进行协商交流: that meeting's agenda, no work of its own
        if _TOPICS_COUNTED.match(text, trig.end) or (_TOPICS_LISTED.match(text, trig.end) and _COUNT_ENDS.search(text, 0, trig.start)):
            return True  # 协商议题共有6个…：甲；乙: the topics of the work, listed next (one each)
        if trig.type == "briefing" and _MEETING_SPEAKS.search(before_clause):
            return False  # 此次政协会议…，首次通报X: a report made to the session, its business
        if trig.type == "study" and _LECTURE.search(text, trig.start, trig.end) and (before_clause or text).startswith(("会上", "会议上")):
            return False  # 会上，某某为大家作了…专题讲座: the meeting's business
        if self._slogans and _SLOGAN_LINE.fullmatch("，" + text) and (trig.end == len(text) or trig.end <= _FUNCTION_WORD_SIZE):
            return False  # one line of a run of parallel lines of work (聚焦Y调研协商，聚焦Z民主监督)
        if (field := _FIELDS_OF_EFFORT.search(text, trig.end)) is not None and text.rfind("在", 0, trig.start) >= 0 and (
                not _CLAUSE_END.search(text, trig.end, field.start())):
            return False  # 在联合调研、联动监督、协同议政上持续发力: the fields effort goes to, no activity
        if lexicon.FOR_A_CAUSE.fullmatch(text, trig.start, trig.end):
            if _PLAIN_ADVICE.fullmatch(text, trig.start, trig.end) and len(_CAUSES.findall(self._last_view)) < 2:
                return False  # …实地了解X，为Y积极建言: the visit's aim (为A建言，为B献策: causes, one each)
            return lexicon.FOR_BEFORE.search(text, 0, trig.start) is not None  # 为X建真言: advice on X
        if trig.type in ("meeting", "event") and _DECLARED_OPEN.search(text, 0, trig.start):
            return False  # 某某宣布大会开幕: the opening of the session or event told, no meeting of its own
        if _reviews_proposals(text, trig) and "审查会" in before_clause + text[:trig.start]:
            return False  # 召开提案审查会，对委员提交的提案进行审查: the meeting's business
        if trig.type == "information" and text.startswith("以", trig.start):
            return True  # 以社情民意信息的形式报送: information sent up (the trigger holds its verb's frame)
        if (lexicon.WEAK_TRIGGER.fullmatch(text, trig.start, trig.end) and text.endswith("等", 0, trig.start)
                and lexicon.WEAK_NEEDS.search(before_clause[-60:])):
            return True  # 就A，B，C等议政建言: the list of themes 就 opened ends here, with the advice
        lead = lead and not (before_clause or text).startswith(("会议", "会上", "本次会议")) and not (
            _ANNOUNCED_ITEMS.search(before_clause))  # (抓了两方面工作：聚焦X协商建言，…: the items)  # (会议…围绕X协商议政: it did)
        if (lexicon.WEAK_TRIGGER.fullmatch(text, trig.start, trig.end) and self._members_speak(text[:trig.start])
                and _THEMES_LISTED.search(before_clause[-80:] + text[:trig.start])):
            return True  # 围绕A、B、C等，委员们积极建言献策 (a news item): the members' advice on those themes
        if lexicon.WEAK_TRIGGER.fullmatch(text, trig.start, trig.end) and text.startswith(_PURPOSE_OPENS, _lead_end(text)):
            return False  # (…进行联组讨论，让委员围绕X集中建言献策: what the sitting is for, no work of its own)
        if (lexicon.WEAK_TRIGGER.fullmatch(text, trig.start, trig.end) and lexicon.COUNT_AFTER.match(text, trig.end)
                and _done_together(text, trig.start, trig.end)):
            return True  # 川渝政协…联合开展协商议政6次: the group's counted work
        if lexicon.WEAK_TRIGGER.fullmatch(text, trig.start, trig.end) and (lead or not (
            lexicon.WEAK_NEEDS.search(text, 0, trig.start) or lexicon.WEAK_NEEDS.search(before_clause[-60:])
        )):
            return False  # a paragraph's lead sentence (围绕…，就…建言献策) sums up what follows
        # a verb before or after the activity word, not inside it (ACTION is plain words)
        acted = bool(lexicon.ACTION.search(text, 0, trig.start) or lexicon.ACTION.search(text, trig.end)
                     or (trig.type in _FIELD_WORK and _TEAM_AT.search(text, 0, trig.start))  # (调研组在万州调研)
                     # (以X为主题的书画展，在某处拉开帷幕: the event named, held in the clause after)
                     or (trig.type in ("event", "meeting") and trig.end == len(text) and _HELD_IN_NEXT.match(*self._after_clause))
                     or (trig.type == "meeting" and _IN_ATMOSPHERE.fullmatch(text, trig.end)
                         and _CLOSES_LATER.match(*self._after_clause)))
        verbal = trig.type in lexicon.VERBAL_TYPES and (
            bool(lexicon.VERBAL_CONTEXT.search(text, 0, trig.start))
            or bool(lexicon.SELF_VERBAL.match(text, trig.start))
            or (trig.end < len(text) and text[trig.end] not in "，,；;。、\"”》")
        )
        if "情况" in text and _REPORTS_LIST.fullmatch(text) and _REPORTS_LISTED_BEFORE.search(before_clause):
            return False  # 通报了X情况，Y推进情况、民主评议Z工作情况: reports the meeting heard, no work told
        if _PREPARED_FOR_BEFORE.search(text, 0, trig.start) and _PREPARED_FOR_AFTER.match(text, trig.end):
            return False  # 为后续协商活动做好准备: the work prepared for, an aim, no work told
        if trig.type == "other" and text.startswith("走访", trig.start) and _PLACES_COUNTED.fullmatch(text, trig.end):
            return False  # 走访企业7家: a count of places visited, a statistic (the visit is the work told)
        if trig.type == "supervision" and _KEY_CHOSEN.fullmatch(text, trig.start, trig.end):
            return True  # 确定重点提案42件: choosing the key proposals, with their count (a supervision)
        if (trig.type in ("research", "inspection", "consultation", "meeting") and _DIGIT.match(text, trig.end)
                and not _DATE_AFTER.match(text, trig.end) and not text.startswith("会期", trig.start) and not _COUNTED_WORK_ABOUT.search(text, 0, trig.start)
                and not _says_together(text) and not text.startswith(("“", "”", "》"), trig.start - 1)
                and not (_COUNTED_ON_THEME.fullmatch(text, 0, trig.start) and _subject_of_counts_before(before_clause))
                and not ((trig.type == "meeting" or text.startswith("互访", trig.start))  # (川渝政协共召开联席会议4次)
                         and _done_together(text, trig.start, trig.end))):  # (两地政协已互访交流5批次)
            # 开展专题协商4项、视察9次, 召开专题议政性常委会2次: counted kinds of work, a statistic
            # (围绕X，区政协开展专题调研3次、视察2次: work on the subject the clause before states)
            return False
        if _COUNT_AFTER.match(text, trig.end) and _FIRST_PERSON.search(before_clause[-40:] + text[:trig.start]):
            return False  # “三年来，我参加视察活动40余次，提交提案12件”: a member's own tally, statistics
        if (_DIGIT.match(text, trig.end) and not _DATE_AFTER.match(text, trig.end) and not text.startswith("会期", trig.start)) or (
                trig.type == "proposal" and (_PROPOSALS_COUNTED.match(text, trig.end)  # (联名提交了4件提案)
                                             or (_COUNTED_INSIDE.fullmatch(text, trig.start, trig.end)
                                                 and not _EACH_NAMED_AFTER.match(*self._after_clause)))):
            # 协商4100多次 is a count; 自主调研2000余人次 after 引导 is still an activity
            return (bool(lexicon.ACTION.search(text, 0, trig.start)) or bool(lexicon.VERBAL_CONTEXT.search(text, 0, trig.start))
                    or (text.startswith("互访", trig.start) and _done_together(text, trig.start, trig.end))  # (两地政协已互访5批次)
                    # (两地政协联合接待群众11次, 两地政协还轮流开展委员联合接待群众活动4次: the pair's own, counted)
                    or (trig.type == "other" and "联合接待" in text[trig.start:trig.end]
                        and (_GROUP_WORD_BEFORE.search(text, 0, trig.start) is not None
                             or _PAIR_ACTS_BEFORE.search(text, 0, trig.start) is not None
                             or _GROUP_SAID.search(text, 0, trig.start) is not None
                             # (甲政协与乙政协开展联合视察4次，联合接待群众6次: the pair the clause before named)
                             or (_ADVERBS_ONLY.fullmatch(text, 0, trig.start) is not None and len(set(self.group)) >= 2)))
                    # (联名向全国政协报送社情民意信息30余篇: the verb opens the trigger; whose tally it is is judged in _used)
                    or (trig.type == "information" and (lexicon.ACTION.match(text, trig.start) is not None
                                                        or _GATHERED_BEFORE.search(text, 0, trig.end) is not None)
                        and (_TOGETHER_BEFORE.search(text, 0, trig.start) is not None
                             or _THEMED_INFO_BEFORE.search(text, 0, trig.start) is not None))
                    or (trig.type == "other" and text.startswith(_GIVES, trig.start)  # (为修行点捐赠50床藏毯: a gift, counted)
                        and not _TALLIED_BEFORE.search(text, 0, trig.start))  # (据统计捐款306万元: the gifts told, summed)
                    or (trig.type == "proposal" and _AUTHORS_BEFORE.search(text, 0, trig.start) is not None)  # 党派集体提案N件
                    or (trig.type == "proposal" and text.startswith("撰写", trig.start))  # (委员们撰写了相关提案150余件)
                    # (甲区政协与乙市政协联名提交提案7件: the two committees' own proposals, counted)
                    or (trig.type == "proposal" and text.startswith(("联名", "共同", "联合"), trig.start)
                        and (_PAIR_NAMED_BEFORE.search(text, 0, trig.start) is not None  # (两地政协联名提交提案3件: the group's)
                             or _GROUP_WORD_BEFORE.search(text, 0, trig.start) is not None
                             # (两地政协…共同开展调研视察7次，联名提交提案3件: the group the sentence opened with, again)
                             or (_ADVERBS_ONLY.fullmatch(text, 0, trig.start) is not None and "其中" not in before_clause
                                 and (_GROUP_SAID.search(before_clause) is not None
                                      # (甲、乙、丙政协联合开展调研视察5次，联名提交提案2件: the committees named together)
                                      or (len(set(self.group)) >= 2 and _TOGETHER_BEFORE.search(before_clause) is not None))))
                        and not _EACH_NAMED_AFTER.match(*self._after_clause))  # (…，分别是《甲》《乙》: each told)
                    or (trig.type == "proposal" and text.startswith(("提交", "提出"), trig.start)
                        and _UNIT_BEFORE.search(text, 0, trig.start) is not None)  # 民革某市委会提交集体提案11件
                    or (trig.type == "proposal" and _THEMED_TALLY.fullmatch(text) is not None
                        and _themed_before(before_clause)))  # 围绕X，提出提案95件
        session = trig.type == "meeting" and (_SESSION.search(text, trig.start, trig.end) is not None
                                              or text.startswith("常务委员会第", trig.start)  # (an organ's numbered meeting)
                                              # (中国人民政治协商会议某省第N届委员会第M次会议，20日在某地开幕: the
                                              # formal name a clause of its own, told as held in the next)
                                              or (trig.end == len(text) and _TERM_FIRST_SESSION.fullmatch(text, trig.start, trig.end)
                                                  is not None and _HELD_NEXT.match(self._after_clause[0], self._after_clause[1])
                                                  is not None))
        if trig.type == "meeting" and _OPENED_OR_ENDED.match(text, trig.end):
            return True  # …第一次会议圆满结束: a meeting held
        if trig.type == "study" and _LECTURE_GIVEN.match(text, trig.end) and text.endswith(("讲堂", "讲座", "课堂"), 0, trig.end):
            return True  # “委员讲堂”第十二期在X开讲: a lecture given
        if trig.type == "meeting" and (text.startswith("上", trig.end) or _at_the_meeting(text, trig.start, trig.end)):
            return True  # 在座谈会上, X座谈会现场: a meeting held (one just told is dropped as the same: headlines.py)
        if trig.subtype is not None and (text.startswith("《", trig.end) or text[trig.start - 1:trig.start] == "”"):
            return True  # 专题协商《X》, “X”专题协商: a named piece of work of that kind
        done = trig.type in ("consultation", *lexicon.VERBAL_TYPES) and text.startswith("了", trig.end)  # 会议协商了X
        done = done or (trig.type == "proposal" and (lexicon.BROUGHT_BEFORE.search(text, 0, trig.start) is not None
                                                     or _SIGNED_BEFORE.search(text, 0, trig.start) is not None))
        done = done or (trig.type == "publication" and _PUBLISHED.search(text, 0, trig.start) is not None)  # X已正式出版
        done = done or (trig.type == "proposal" and text.startswith(("梳理", "整理", "转化", "汇总"), trig.start))  # (把意见梳理成提案)
        done = done or (trig.type in ("proposal", "publication", "information") and "成果" in text[:trig.start]
                        and (text.startswith((*_WORKED_VERBS, "形成"), trig.start) or _INTO_BEFORE.search(text, 0, trig.start))
                        and _TO_BE_BEFORE.search(text, 0, trig.start) is not None)  # (此次协商成果将形成《协商专报》)
        done = done or (trig.type in ("proposal", "publication", "information")  # (将对意见建议进行梳理，形成联名提案)
                        and _WORKED_INTO_BEFORE.search(before_clause[-_WORKED_REACH:] + text[:trig.start]) is not None)
        done = done or (trig.type == "proposal" and text.startswith("带来了", trig.start))  # (带来了推动X的建议)
        done = done or (trig.type == "consultation" and _SPEAKER_NAMED_AFTER.match(text, trig.end) is not None)  # (代表X发言的委员认为)
        done = done or ((trig.type == "meeting" or (trig.type == "study" and text.endswith("会", 0, trig.end)))
                        and _ATTENDED_NAMED.search(text, 0, trig.start) is not None)  # (出席政协委员培训会)
        done = done or (trig.type == "meeting" and _HELD_WITHIN.search(text, trig.start, trig.end) is not None)
        done = done or (text[trig.start:trig.end] == "协商" and lexicon.CONSULTED_MATTER.match(text, trig.end) is not None
                        and not _THIS_MEETING_BEFORE.search(text, 0, trig.start))  # (此次会议主要是协商X事项: its agenda)
        done = done or (trig.type == "meeting" and (_PREPARED.fullmatch(text, trig.start, trig.end) is not None  # (扛牢大会筹办责任)
                                                    or _SPLIT_INTO_GROUPS.fullmatch(text, trig.start, trig.end) is not None))
        done = done or _SUBJECT_FIXED.match(text, trig.end) is not None  # (联合协商主题确定为“X”: that work, to come)
        done = done or (trig.type == "meeting" and text.startswith("座谈", trig.start)
                        and _TALKED_WITH.search(text, 0, trig.start) is not None)  # (并与企业代表面对面座谈交流)
        done = done or (trig.type == "consultation" and "会议" in text
                        and _SITTING_CONSULTS.search(text, 0, trig.start) is not None)  # (主席会议专题协商X)
        done = done or (_LIST_TAIL_OPENS.match(text) is not None and "、" in (last := before_clause[before_clause.rfind("，") + 1:])
                        and lexicon.ACTION.search(last) is not None)  # (率队深入A、B,C等4所学校视察: a list broken by a comma)
        done = done or (trig.type in ("consultation", "meeting") and text.endswith("会", trig.start, trig.end - 1 if text.endswith("议", 0, trig.end) else trig.end)
                        and _GOES_OR_SITS.match(text, trig.end) is not None)  # (“X”协商议事会开进某村, 协商会议正在召开)
        done = done or (trig.type == "proposal" and _IN_THE_PROPOSAL.fullmatch(text, trig.start, trig.end) is not None)  # (某党派在提交的提案中建议: handed in)
        return acted or verbal or session or done or bool(lexicon.SELF_ACTING.match(text, trig.start))

    def _spoken_for(self, item: Initiative, bodies: list[_Placed], spoken_for: re.Match[str]) -> Initiative:
        """`item`, a speech, made by the bodies named after 代表 (某某代表农工党省委会发言), when the
        clause names any there."""
        who = _unique([k for p in bodies if spoken_for.start("who") <= p.start and p.end <= spoken_for.end("who")
                       for k in (self._members(p.mention) or [p.mention.entity])])
        if not who or list(item.organizers) == who:
            return item
        return replace(item, organizers=tuple(who), partners=tuple(k for k in item.partners if k not in who),
                       joint_sichuan_chongqing=self._joint(who), rules=item.rules + ("role:spoken-for",))

    def _at_a_speaking_sitting(self, sentence: Sentence) -> bool:
        """Is the story at a sitting where bodies speak: a session's (see `_at_a_session`) or a
        standing committee's meeting told up to this sentence?"""
        return self._at_a_session(sentence) or _SPEECH_SITTING.search(self.report.norm, 0, sentence.end) is not None

    def _at_a_session(self, sentence: Sentence) -> bool:
        """Does the story tell a session's sitting (大会发言, 全体会议…) before this sentence, in its
        paragraph or in the paragraphs just before (the speakers told one paragraph each), and no
        symposium since, where the speeches made are the symposium's business?"""
        norm = self.report.norm
        told = norm[self._lead_from:sentence.end]
        if _A_SESSIONS_SITTING.search(told) is not None and "座谈" not in told:
            return True
        start = max(0, sentence.start - _SITTING_REACH)
        last = None
        for last in _A_SESSIONS_SITTING.finditer(norm, start, sentence.start):
            pass
        return last is not None and "座谈" not in norm[last.start():sentence.end]

    def _committee_of_standing(self, key: str) -> str:
        """The committee whose standing committee `key` is (itself where it is none)."""
        entity = self.reference.get(key)
        return entity.parent if entity is not None and entity.cls == "StandingCommittee" and entity.parent else key

    def _members_group(self, committee: str) -> str | None:
        """The members' group of `committee`: the one the text names, else the reference's
        (政协重庆市委员会委员 for 政协重庆市委员会)."""
        if committee in self.members_of:
            return self.members_of[committee]
        return self.reference.members_group(committee)

    def _without_own_standing_committee(self, actors: list[str]) -> list[str]:
        """`actors` without a standing committee named beside its own committee (五届市政协及常委会…):
        the committee's year of work, told by its standing committee's report."""
        if len(actors) < 2:
            return actors
        return [k for k in actors if not ((e := self.reference.get(k)) is not None and e.cls == "StandingCommittee"
                                          and e.parent in actors)]

    def _members_speak(self, text: str) -> bool:
        """Do members give the advice (委员们积极建言献策), in a text that does not speak for itself?"""
        return not self.speaks_for_itself and _MEMBERS_ADVISE.search(text) is not None

    def _remember(self, actors: list[str]) -> None:
        # the subject a news item carries on is a committee (or several): an organ, a member
        # group or a party named as one sentence's actor does not act in the next (党组开展…。
        # 开展常委书面述职 is the committee's)
        alone = self._without_own_standing_committee(self.carried)  # (市政协和常委会: the committee)
        if len(alone) == 1:
            self._carried_alone = alone  # (who the text was about before a pair took over)
        if any(self._committee_level(k) for k in actors) or (
                len(set(actors)) >= 2 and all(self._special_committee(k) for k in actors)):
            # (two committees' special committees acting together carry on as the pair: 两委…)
            # (省委、省政府、省政协将…。…议题共有6个: the committee goes on, the Party and
            # government named with it for that work only)
            # (全省政协系统…: a set of committees acts where it is named, and the text's own goes on)
            self.carried = [k for k in actors if (self._committee_level(k) or self._cppcc_side(k))
                            and not _INDEFINITE_SET.search(self._label_of(k))]
        else:
            self.carried = []
        if len(set(actors)) >= 2 and self._may_regroup(actors):
            self.group = list(actors)
            self._visit_group = []  # a pair named since the visit is the one meant now

    @property
    def _officials(self) -> tuple[str, ...]:
        """The names the text gives a government or Party post (worked out once, when first asked)."""
        if self._officials_found is None:
            self._officials_found = _officials_named(self.report.norm)
        return self._officials_found

    def _government(self, key: str) -> bool:
        """Is the body keyed `key` a government or one of its departments (市政府, 区发改委)? What
        it tells the committee (将及时通报X情况) is heard, no briefing of the committee's."""
        entity = self.reference.get(key)
        if entity is not None:
            return entity.cls == "GovernmentBody"
        name = self._unknown_names.get(key, "")
        return name.endswith("人民政府") or ("政协" not in name and "中共" not in name and name.endswith(_DEPARTMENT_ENDS)
                                          and not name.startswith(lexicon.PARTY_FULL_NAMES))

    def _label_of(self, key: str) -> str:
        """The name of the body keyed `key`: the reference's, else as the text wrote it."""
        entity = self.reference.get(key)
        return entity.name_zh if entity is not None else self._unknown_names.get(key, "")

    def _term_period(self, written: str, organizers: Sequence[str]) -> Period | None:
        """The years of the term a committee acting is named with (十二届省政协), by its calendar."""
        term = parse_chinese_numeral(written)  # (_TERM_OF takes the term in Chinese numerals only)
        if not term:
            return None
        for key in organizers:
            entity = self.reference.get(key)
            years = term_years(entity.term_calendar, int(term)) if entity is not None else None
            if years is not None:
                return Period(*years)
        return None

    def _counted_collective(self, key: str) -> bool:
        """Is `key` a collective of committees the text names by a count (川陕渝三地地方政协,
        来自三省市的30个市州区县政协)? Working together is its own way of working."""
        entity = self.reference.get(key)
        if entity is not None:
            return entity.kind == "collective"
        return _COUNTED_NAME.search(self._unknown_names.get(key, "")) is not None

    def _may_regroup(self, actors: Sequence[str]) -> bool:
        """May `actors` named together become the group 双方 and 两地政协 stand for? Not
        departments alone where committees were the group: those that report side by side at
        the committees' meeting (甲区水利局、乙区生态环境局分别介绍…) leave 双方 the committees."""
        return any(map(self._cppcc_side, actors)) or not any(map(self._cppcc_side, self.group))

    def _cppcc_side(self, key: str) -> bool:
        """Is `key` a body of the CPPCC side (a committee's organ, members, a democratic party),
        not the Party or the government?"""
        entity = self.reference.get(key)
        if entity is None:  # a body the reference lacks, by its name (中共X委, X人民政府)
            return not _STATE_NAME.search(self._unknown_names.get(key, ""))
        return entity.cls not in _STATE_SIDE

    def _places_named_as_pair(self, text: str, places: list[_Placed]) -> list[str]:
        """泸县、永川两地…: the committees of places listed before 两地 / 三地 (for a later
        两地政协), none when the text lists no such places."""
        run: list[_Placed] = []
        for p in places:
            if run and not _PLACE_JOIN.fullmatch(text, run[-1].end, p.start):
                run = []
            run.append(p)
            if len(run) >= 2 and _COUNTED_PLACES.match(text, p.end):
                if text.endswith(("在", "于"), 0, run[0].start):
                    return []  # (在成都、重庆两地同步召开: where it sat, no pair acting)
                keys = [e.key for q in run for e in [self.reference.cppcc_seated_in(q.mention.entity)] if e]
                if len(keys) == len(run):
                    return keys
        return []

    def _definite(self, key: str) -> bool:
        entity = self.reference.get(key)
        return entity is None or entity.definite

    def _named_session(self, label: str, committee: str) -> str | None:
        """A session's label with its committee's short name first, where the words read lack it."""
        entity = self.reference.get(committee)
        name = entity.name_zh if entity is not None else self._unknown_names.get(committee, "")
        return session_label(label, name) if name else None

    def _note_inline_leads(self, sentence: Sentence, mentions: Sequence[Mention]) -> None:
        """The special committees an item names in its own clause as leading it (…举行协商会，由A、B
        牵头筹备; 由两地政协农业和农村委员会牵头，…开展调研): they run the work the clause tells, the
        units named as taking part help. A committee leading its group's work (由A市政协牵头，三地
        政协组成…) leaves the group acting; items led in turn (第一项由A牵头) are left to who acts."""
        norm = self.report.norm
        led = _LED_BY.search(norm, sentence.start, sentence.end)
        if led is None or _LED_IN_TURN.search(norm, sentence.start, sentence.end) or led.start() == sentence.start:
            return
        who = "who" if led.group("who") else "who2"
        named = [m for m in mentions if m.kind == "body" and led.start(who) <= m.evidence.start and m.evidence.end <= led.end(who)]
        if not named or any(m.cls != "SpecialCommittee" for m in named):
            return
        leads = _unique([k for m in named for k in (self._members(m) or [m.entity])])
        helping = _TAKING_PART.search(norm, led.end(), sentence.end)
        helpers = _unique([k for m in mentions if m.kind == "body" and helping is not None and helping.start("who") <= m.evidence.start
                           and m.evidence.end <= helping.end("who") for k in (self._members(m) or [m.entity])])
        if leads:
            # (its clause only: …开展调研；将意见梳理形成联名提案: the next item is the committees' own)
            start = max([sentence.start] + [i + 1 for i in range(sentence.start, led.start()) if norm[i] in "；;"])
            end = min([sentence.end] + [i for i in range(led.end(), sentence.end) if norm[i] in "；;"])
            self.late_leads.append((start, end, leads))
            if helpers:
                self.late_helpers.append((start, end, helpers))

    def _note_leads_in_turn(self, sentence: Sentence, mentions: Sequence[Mention]) -> None:
        """Units leading the items just listed in turn (第一项由A牵头，第二项由B牵头; 分别由A、B牵头),
        kept to be matched to those items once all are read (see with_late_partners)."""
        anchor, turns = leads_in_turn(self.report.norm, sentence.start, sentence.end)
        if not turns:
            return
        bodies = [m for m in mentions if m.kind == "body"]
        leads: list[tuple[tuple[int, ...], list[str]]] = []
        for turn in turns:
            named = [m for m in bodies if turn.start <= m.evidence.start and m.evidence.end <= turn.end]
            if not named:
                return
            if any(self._committee_level(k) for m in named for k in (self._members(m) or [m.entity])):
                return  # (分别由万州区政协、开州区政协牵头: a committee leading its group's item leaves the group acting)
            if turn.ordinals:
                leads.append((turn.ordinals, _unique([k for m in named for k in (self._members(m) or [m.entity])])))
            else:  # 分别由A、B牵头: one unit an item, in order
                leads.extend(((), self._members(m) or [m.entity]) for m in named)
        if len(leads) >= 2:
            self.turn_leads.append((self._lead_from, sentence.start, anchor, leads))

    def _turn_led(self, items: list[Initiative]) -> list[Initiative]:
        """`items` with the units leading them in turn: the items told just before the words that
        name the units (in their own sentence, else since the paragraph or item lines began), when
        there are as many as the words speak of; otherwise as they were."""
        if not self.turn_leads:
            return items
        order = sorted(range(len(items)), key=lambda i: items[i].evidence.start)  # (once: a long report has many)
        starts = [items[i].evidence.start for i in order]
        for paragraph_from, sentence_from, anchor, leads in self.turn_leads:
            ordinals = [n for numbers, _keys in leads for n in numbers]
            wanted = max(ordinals) if ordinals else len(leads)
            for start in (sentence_from, paragraph_from):
                told = order[bisect_left(starts, start):bisect_left(starts, anchor)]
                if len(told) == wanted:
                    break
            else:
                continue
            for position, (numbers, keys) in enumerate(leads):
                for number in numbers or (position + 1,):
                    item = items[told[number - 1]]
                    items[told[number - 1]] = replace(item, organizers=tuple(keys), rules=item.rules + ("role:lead-in-turn",))
        return items

    def _collective_name(self, members: Sequence[str]) -> str | None:
        """The reference's name of the collective whose members are exactly `members` (川渝政协 for
        the two provincial committees), if it has one."""
        if self._collectives_by_members is None:
            self._collectives_by_members = {}
            for entity in self.reference.entities.values():
                if entity.cls == "Collective" and entity.members and entity.definite:
                    self._collectives_by_members.setdefault(frozenset(entity.members), entity.name_zh)
        return self._collectives_by_members.get(frozenset(members)) if len(set(members)) >= 2 else None

    def _special_committee(self, key: str) -> bool:
        """Is the body a committee's special committee (the reference's, or one named so: 四川省政协提案委员会)?"""
        entity = self.reference.get(key)
        if entity is not None:
            return entity.cls == "SpecialCommittee"
        return bool(_SPECIAL_COMMITTEE_NAME.search(self._unknown_names.get(key) or ""))

    def _committee_level(self, key: str) -> bool:
        known = self._levels.get(key)
        if known is None:  # a collective of dozens of committees is asked about clause after clause
            entity = self.reference.get(key)
            if entity is None:  # a body the reference lacks is a committee when its name says so (not X镇党委)
                name = self._unknown_names.get(key)
                return name is None or "政协" in name or name.endswith(("委员工作室", "委员工作站"))  # (a members' studio acts for it)
            known = self._levels[key] = entity.cls in CPPCC_CLASSES or (
                entity.kind == "collective" and all(self._committee_level(m) for m in entity.members))
        return known

    def _note_joined_group(self, head_subject: list[str], bodies: list[_Placed]) -> None:
        """Keep the committee heading a clause with the other committees it names (甲区政协主动对接
        乙市政协、丙县政协…) for a count said later that matches them (三地政协); 双方 and the
        pair named together still mean what they meant."""
        if len(head_subject) != 1 or len(bodies) < 2:
            return
        others = _unique([k for p in bodies for k in (self._members(p.mention) or [p.mention.entity])
                          if k not in head_subject])
        if others and all(
                (e := self.reference.get(k)) is not None and e.cls in CPPCC_CLASSES for k in [*head_subject, *others]):
            self._committee_groups = [*self._committee_groups[-3:], _unique([*head_subject, *others])]

    def _own_organ_and_partner(self, text: str, bodies: list[_Placed]) -> list[str]:
        """On a page of one committee's organ (a special committee's review), 委员会与重庆市政协提案
        委员会共同…: the page's own committee and the one it works with, the pair a following 两委
        or 双方 means; [] where no clause opens so."""
        if not self.default_org:
            return []
        for b in bodies:
            if _OWN_ORGAN_WITH.search(text, max(0, b.start - 6), b.start) and lexicon.TOGETHER.match(text, b.end):
                return _unique([self.default_org, *(self._members(b.mention) or [b.mention.entity])])
        return []

    def _note_actors(self, view: Compact, mentions: Sequence[Mention]) -> None:
        """A sentence without an activity can still say who the text is about next
        (潼南区政协与遂宁市政协开展联动履职。双方…)."""
        bodies = [_Placed(view.index(m.evidence.start), view.index(m.evidence.end - 1) + 1, m)
                  for m in mentions if m.kind == "body" and not _occasion(m)]
        places = [_Placed(view.index(m.evidence.start), view.index(m.evidence.end - 1) + 1, m)
                  for m in mentions if m.kind == "place"]
        if (announced := _GROUP_ANNOUNCES.search(view.text)) is not None and len(
                group := self._group_meant(_normalised(announced.group("who")))) >= 2:
            self.group = list(group)  # (2026年九地政协拟携手开展两项重点工作。一是…: the group the items are of)
        pair = self._places_named_as_pair(view.text, places) if len(places) >= 2 else []
        if pair:
            self.group = pair
        if not bodies or any(_PRESENT_ONLY.search(view.text, 0, e) for e in _clause_ends(view.text)):
            return  # (…等单位的代表作了发言，…; 某政协有关负责同志陪同调研: there, not the actors)
        if (len(bodies) == 1 and len(named := self._members(bodies[0].mention)) >= 2 and all(map(self._committee_level, named))
                and bodies[0].start <= _lead_end(view.text) + _GROUP_HEAD_REACH and self._may_regroup(named)):
            self.group = list(named)  # (在川南渝西，泸永江三地政协…签署的协议正在落地。三地政协…: that group)
        if len(bodies) >= 2:  # A政协与B政协签署协议。两地政协将…: the pair the next sentence means
            pair = self._named_together(view.text, bodies) or self._visitor_and_host(view.text, bodies)
            # (A政协主席某某主持会议，B政协主席、C政协主席出席: two of the three named, the three stay the group)
            if pair and self._may_regroup(pair) and not set(pair) < set(self.group):
                self.group = pair
                first = min(b.start for b in bodies)
                first = next((q.start for q in places if q.end == first), first)  # (与重庆梁平区、…: past the city)
                writer = self.carried or ([self.default_org] if self.default_org else [])
                if writer and lexicon.COORGANIZER_BEFORE.search(_words_before(view.text, first)):
                    # (大竹县政协…。同时积极与梁平区、垫江县政协联系…三地政协: the one who reached out, too;
                    # 二是与长寿区、垫江县政协共谋…, in a report: its writer)
                    self.group = _unique([*writer, *pair])
        if (len(bodies) == 1 and len(self.carried) == 1 and bodies[0].mention.entity != self.carried[0]
                and self._committee_level(bodies[0].mention.entity) and self._committee_level(self.carried[0])
                and _PARTNERSHIP_WITH.match(view.text, bodies[0].end)
                and lexicon.COORGANIZER_BEFORE.search(_words_before(view.text, _before_places(_place_ends(places), bodies[0].start)))):
            # 一是深化与重庆市渝北区政协的协作。双方…: the committee the text is about and the one it works with
            self.group = [self.carried[0], *(self._members(bodies[0].mention) or [bodies[0].mention.entity])]
        if pair := self._own_organ_and_partner(view.text, bodies):
            self.group = pair
        head = self._clause_subject(view.text, bodies)
        self._note_joined_group(head, bodies)
        self._regroup_by_count(view.text)
        framed = _VIEW_FRAMES.match(view.text) if not head else None
        if framed is not None:
            # 与会者认为，过去一年，市政协某委…: the committee after what was said and when is who the
            # text is about next (特别是…，积极组织编撰《…》)
            at = framed.end()
            head = self._clause_subject(view.text[at:], [p._replace(start=p.start - at, end=p.end - at) for p in bodies if p.start >= at])
        if len(bodies) >= 2 and _AGREED_WITH.search(view.text):
            # (报告回顾，)区政协…与隆昌市政协签订协同履职协议。此后，两地政协…: the one named first and
            # the one it agreed with
            place_ends = _place_ends(places)
            first = head or list(self._members(bodies[0].mention) or [bodies[0].mention.entity])
            partners = [k for p in bodies if p.mention.entity not in first and self._committee_level(p.mention.entity)
                        and lexicon.COORGANIZER_BEFORE.search(_words_before(view.text, _before_places(place_ends, p.start)))
                        for k in (self._members(p.mention) or [p.mention.entity])]
            if partners and all(self._committee_level(k) for k in first):
                self.group = _unique([*first, *partners])
        if head:
            self._remember_head(view.text, head)

    def _regroup_by_count(self, text: str) -> None:
        """A clause headed by a counted group (根据计划，今年两地政协将开展四项工作) that is not the
        group last named (三地政协 told as an example before) makes the counted one the group 双方
        means next."""
        for start in (0, *(m.end() for m in _CLAUSE_END.finditer(text))):
            word = lexicon.GROUP_ANAPHOR.match(text, _lead_end(text[start:]) + start)
            count = _GROUP_COUNT.get(word.group()[:1]) if word is not None else None
            if count and len(set(self.group)) != count:
                meant = self._group_meant(word.group())
                if len(set(meant)) == count:
                    self.group = list(meant)
                return

    def _remember_head(self, text: str, head: list[str]) -> None:
        """Carry a clause's head on as the story's subject, unless the clause only says who went
        along (某政协有关负责同志陪同调研), who came as guests (…应邀列席会议), which posts were filled
        (增选某某为区政协常务委员), who spoke at the meeting (…的代表作了发言), who wrote how
        many of the proposals counted (…各专门委员会提交提案12件) or that departments reported to the
        work (…作了情况介绍, …专委会提案73件)."""
        if not (_GOES_ALONG.search(text) or _SPEAKS_AT_IT.search(text) or _AUTHORS_COUNTED.search(text) or _INVITED.search(text)
                or _POSTS_FILLED.search(text)
                or ("提案" in text and _AUTHORS_TALLY.search(text))
                or (_REPORTS_TO_IT.search(text) and not any(map(self._cppcc_side, head)))):
            self._remember(head)

    def _pair_told_before(self, text: str, before: Sequence[Mention], sentence_start: int) -> list[str]:
        """The two committees an earlier clause of the sentence names, when this clause opens with
        双方 or 两地政协 for them (甲政协将深化与乙政协的合作，双方…); else nothing."""
        anaphor = _PAIR_ANAPHOR.match(text, _lead_end(text))
        if anaphor is None:
            return []
        named = _unique([m.entity for m in before if m.evidence.start >= sentence_start
                         and m.kind == "body" and m.cls in CPPCC_CLASSES])
        return named if len(named) == 2 and set(named) != set(self.group) else []

    def _clause_subject(self, text: str, bodies: list[_Placed]) -> list[str]:
        """Bodies standing at the head of a clause (its grammatical subject); 双方 and 两地政协
        at the head stand for the last group of bodies named together."""
        lead = _lead_end(text)
        anaphor = lexicon.GROUP_ANAPHOR.match(text, lead)
        if not anaphor and not bodies and not self._last_organizers:
            return []
        if anaphor and self._visit_group and ("省市" not in anaphor.group() or self._group_fits(anaphor.group(), self._visit_group)):
            return list(self._visit_group)
        covering = next((p for p in bodies if p.start <= anaphor.start() < p.end), None) if anaphor else None
        meant = (self._members(covering.mention) if covering is not None  # (三地政协 read as the group just named)
                 else self._group_meant(anaphor.group()) if anaphor else [])
        if anaphor and not meant and self.default_pair:
            return list(self.default_pair)
        if meant and not any(
                p.start < anaphor.end() and _normalised(p.mention.surface.replace(" ", "")) not in lexicon.GROUP_WORDS
                for p in bodies):
            return list(meant)
        team = lexicon.TEAM_ANAPHOR.match(text, lead)
        if team and self._last_organizers and not any(p.start < team.end() for p in bodies):
            return list(self._last_organizers)
        follow_up = _FOLLOW_UP_MEETING.match(text)
        if follow_up and self._last_organizers and not any(p.start < follow_up.end() for p in bodies):
            return list(self._last_organizers)
        if (bodies and _SPEAKER_POST_AFTER.match(text, bodies[0].end) and "政协" not in bodies[0].mention.label
                and bodies[0].mention.cls != "DemocraticParty" and not bodies[0].mention.label.startswith(lexicon.PARTY_FULL_NAMES)):
            return []  # 某镇党委宣传委员某某说: the body names the speaker's post, no actor (the text's members speak)
        led = _COMMITTEE_POST_LEADS.search(text) if "委员会" in text else None
        if led is not None:  # (全国政协常委、全国政协某委员会副主任某某率调研组来渝: that special committee's team)
            posts = [p for p in bodies if p.end == led.start("post") and (p.mention.cls == "SpecialCommittee" or (
                not p.mention.in_reference and p.mention.label.endswith("委员会") and "政协" in p.mention.label))]
            if posts:
                return self._members(posts[-1].mention) or [posts[-1].mention.entity]
        for p in bodies:  # 副主席某某率社法委一行: the team a leader leads is the one at work
            special = p.mention.cls == "SpecialCommittee" or (  # (全国政协农业和农村委员会, named as written)
                not p.mention.in_reference and "政协" in p.mention.label and p.mention.label.endswith("委员会")
                and not p.mention.label.endswith("常务委员会"))
            if _LEADS_BEFORE.search(text, max(0, p.start - 3), p.start) and (
                    (special and _TEAM_AFTER.match(text, p.end)) or p.mention.label.endswith(_TEAM_NAMES)):
                return self._members(p.mention) or [p.mention.entity]  # (率全国政协调研组: the team, a body of its own)
        keys: list[str] = []
        pos = lead
        for p in bodies:
            if keys and p.start < pos:  # (两省市相关专委会: one word, an organ of each committee)
                keys.extend(self._actor_keys(p, text))
                continue
            gap = text[pos:p.start]
            if not keys and not _LEAD_WORDS.fullmatch(gap) and gap not in self._province_names:
                break  # 四川通江、万源等县市政协: the province only says where
            if keys and not _LIST_JOIN.fullmatch(gap):
                break
            if lexicon.IGNORE_AFTER.match(text, p.end):
                break
            # (全市政协系统深入开展…: a set of committees no list names, itself the actor)
            # (A、B和C等党派团体: the set restates the list)
            keys.extend(self._actor_keys(p, text) or ([p.mention.entity] if _INDEFINITE_SET.search(p.mention.label)
                                                       and not (keys and gap.endswith("等")) else []))
            pos = p.end
        backed = _SUPPORTS.match(text, pos) if keys else None
        if backed is not None and find_triggers(text):  # (支持A、B共建X厅: no work told, no actors carried)  # 市政协支持甲、乙政协开展X，…: those backed did it, and go on in the clauses after
            listed: list[str] = []
            end = backed.end()
            for q in (q for q in bodies if q.start >= backed.end()):
                if q.start != end and not (listed and _LIST_JOIN.fullmatch(text[end:q.start])):
                    break
                listed.extend(self._actor_keys(q, text))
                end = q.end
            if listed:
                return listed
        return keys

    def _departments_report(self, bodies: list[_Placed], trig: _Trigger, text: str) -> bool:
        """Do only government departments report (区文旅委、区体育中心等单位…进行了通报)? What they
        report is heard by the committee's meeting, no briefing the committee gives; a committee
        named after 与 or 向 is who they work with or tell (省政府今后将定期向政协通报X进展)."""
        before = [p for p in bodies if p.end <= trig.start and not (
            lexicon.COORGANIZER_BEFORE.search(text, max(0, p.start - 2), p.start) or text[p.start - 1:p.start] == "向")]
        return bool(before) and all(p.mention.cls == "GovernmentBody" or (
            p.mention.cls == "Body" and not p.mention.in_reference and "政协" not in p.mention.label
            and p.mention.label.endswith(_DEPARTMENT_ENDS)) for p in before)

    def _item_author(self, text: str, trig: _Trigger, bodies: list[_Placed]) -> list[str] | None:
        """The author of one item of a list of proposals each told by who submitted it (甲委会提交的
        《A》、某某提交的《B》) where the item names a person, not a body: the members of the
        committee the text is about, not the body an earlier item named."""
        mark = max(text.rfind(c, 0, trig.start) for c in "、，,；;")
        if mark < 0 or "《" not in text[trig.start:max(trig.end, trig.start + 4)]:
            return None
        if text[mark] != "、" or not _PERSON_ITEM.fullmatch(text, mark + 1, trig.start) or not any(
                p.end <= mark for p in bodies) or any(mark < p.start < trig.start for p in bodies):
            return None
        home = self.default_org
        return [self.members_of.get(home, home)] if home else None

    def _actor_keys(self, p: _Placed, text: str) -> list[str]:
        """The actors a body named in a clause stands for; a party group before its secretary's
        title (市政协党组书记某某调研) names a person's post, and the committee acts."""
        entity = self.reference.get(p.mention.entity) if p.mention.cls == "PartyGroup" else None
        if entity is not None and entity.parent and _GROUP_TITLE.match(text, p.end):
            return [entity.parent]
        if (group := self._research_groups.get(p.mention.entity)) is not None and _POST_LEADS_TEAM.match(text, p.end):
            return [group]  # 全国政协副主席某某率调研组到X调研: the committee's research delegation
        if p.mention.cls == "DemocraticParty" and len(self.group) >= 2 and _BOTH_PLACES_BEFORE.search(text, 0, p.start):
            units = [k for k in self.group if self._unit_of(k, p.mention)]
            if len(units) == len(self.group):
                return list(units)  # 两地民进会员 after 民进A委会与民进B委会…: the two units named
        if p.mention.cls == "DemocraticParty" and _BOTH_PLACES_BEFORE.search(text, 0, p.start):
            sides = self._party_sides(p.mention.entity)
            if sides:
                return sides  # 两地民建联合举办…, no units named before: the party's two provincial committees
        return self._members(p.mention)

    def _party_sides(self, party: str) -> list[str]:
        """A democratic party's Sichuan and Chongqing committees, for the party itself (民建); [] for
        any other body or where the reference lacks either."""
        entity = self.reference.get(party)
        if entity is None or entity.parent:
            return []
        by_name = {e.name_zh: e.key for e in self.reference.entities.values() if e.cls == "DemocraticParty"}
        sides = [by_name.get(entity.name_zh + side) for side in ("四川省委员会", "重庆市委员会")]
        return [k for k in sides if k] if all(sides) else []

    def _unit_of(self, key: str, party: Mention) -> bool:
        """Is body `key` a unit of the democratic party `party` names (its committee in a place)?"""
        entity = self.reference.get(key)
        if entity is not None:
            return entity.parent == party.entity
        return _normalised(party.surface.replace(" ", "")) in self._unknown_names.get(key, "")

    @property
    def group(self) -> list[str]:
        return self._group

    @group.setter
    def group(self, bodies: list[str]) -> None:
        """Set the group 双方 stands for; a group of committees is also kept for a later 三地政协
        when parties or departments are named together after it, or for a 两地政协 in a later
        paragraph that names no pair of its own."""
        self._group = bodies
        if len(set(bodies)) == 2 and all(map(self._special_committee, bodies)):
            self._committees_pair = list(bodies)  # (…某委员会与重庆市政协某委员会…。两委…: the two, also later)
        if len(set(bodies)) >= 2 and all(map(self._committee_level, bodies)) and (
                not self._committee_groups or self._committee_groups[-1] != bodies):
            self._committee_groups = [*self._committee_groups[-3:], bodies]

    def _group_meant(self, word: str) -> list[str]:
        """The bodies 两地政协 / 三地政协 / 双方 stand for: the group named last, unless the word
        says committees and that group is not all committees, or counts them and the last
        group of committees has that count (…三地政协… after 民盟A区委、民建B市委会…作了发言)."""
        if word == "两委" and self._committees_pair and not (self.group and all(map(self._special_committee, self.group))):
            return list(self._committees_pair)  # (…两委…, after the district committees that took part: the two special committees)
        count = _GROUP_COUNT.get(word[:1]) if word.endswith("政协") else None
        if count and len(set(self.group)) != count:  # (三地政协 after a pair named since: the last three)
            counted = next((g for g in reversed(self._committee_groups) if len(set(g)) == count), None)
            if counted is not None:
                return counted
        committees = [k for k in self.group if self._committee_level(k)]
        if (word.endswith("政协") and len(set(committees)) >= 2 and len(committees) < len(self.group)
                and (count is None or len(set(committees)) == count)):
            return committees  # (甲区人大常委会、区政协与乙县人大常委会、乙县政协…。两地政协…: the two committees of the four)
        if not self._group_fits(word, self.group):
            last = self._committee_groups[-1] if self._committee_groups else []
            # (a report's paragraph with no pair of its own: the pair of committees the text named last)
            return last if self._group_fits(word, last) and (count is None or len(set(last)) == count) else []
        return self.group

    def _hosts_in_clauses_before(self, norm: str, start: int, a: int, mentions: list[Mention],
                                 starts: list[int]) -> list[str]:
        """The bodies the clauses right before `a` name as host and co-hosts, each its own clause
        (由A主办，B协办，X活动在某地举办): they hold the work the clause at `a` tells."""
        if "主办" not in self.report.norm[start:a]:
            return []  # (the clause naming the host is looked for only where the word is: clause after clause)
        before = [(x, y) for x, y in self._clauses if start <= x and y <= a]
        k = len(before)
        while k and _CO_HOST_CLAUSE.fullmatch(compact_text(norm, *before[k - 1])):
            k -= 1
        if not k or not _HOST_CLAUSE.fullmatch(compact_text(norm, *before[k - 1])):
            return []
        first = before[k - 1][0]
        return _unique([key for m in mentions[bisect_left(starts, first):bisect_left(starts, a)] if m.kind == "body"
                        for key in (self._members(m) or [m.entity])])

    def _counted_members(self, mention: Mention) -> list[str]:
        """The committees a group's name stands for: a joint plan's issuers for its 两地政协, else
        the members its mention was read with (万达开三地政协…。三地政协…: the three)."""
        return self._issuers_meant(_normalised(_SPACES.sub("", mention.surface))) or list(mention.members)

    def _issuers_meant(self, word: str, count: int | None = None) -> list[str]:
        """A joint plan's issuers, when `word` is a group word that can mean them (and, given a
        count, says as many); [] otherwise."""
        if (word in lexicon.GROUP_WORDS and self._issuer_pair and self._group_fits(word, self._issuer_pair)
                and (count is None or count == len(self._issuer_pair))):
            return list(self._issuer_pair)
        return []

    def _issuers(self, mentions: Sequence[Mention]) -> list[str]:
        """The committees a text's first line names alone, one after another (永川区政协　泸县政协
        over a joint plan): the two sides the plan's 两地政协 and 双方 stand for."""
        norm = self.report.norm
        first = next((m for m in re.finditer(r"[^\n]+", norm) if m.group().strip()), None)
        if first is None or not _ISSUERS_LINE.fullmatch(first.group()):
            return []
        named = [m for m in mentions if m.kind == "body" and first.start() <= m.evidence.start and m.evidence.end <= first.end()]
        keys = _unique([k for m in named for k in (self._members(m) or [m.entity])])
        return keys if len(keys) >= 2 and all(self._committee_level(k) for k in keys) else []

    def _pair_of_programme(self, placed: list[_Placed]) -> list[str]:
        """The two committees a programme named in a clause belongs to, where the reference
        gives it just two participants (the Sichuan and Chongqing committees' joint work plan)."""
        for p in placed:
            entity = self.reference.get(p.mention.entity) if p.mention.kind == "programme" else None
            if entity is not None and len(entity.participants) == 2:
                return list(entity.participants)
        return []

    def _group_fits(self, word: str, group: list[str]) -> bool:
        """两省市政协 means committees: not a group of members or parties named last (住川、住渝委员,
        民盟A区委、民建B市委会), and the provinces' own (not a city's and a district's)."""
        if not group:
            return False
        if "省市" in word:  # (两省市政协 after 泸州市政协、永川区政协有关负责同志陪同: the two provinces' committees, not theirs)
            return all((e := self.reference.get(k)) is not None and e.cls == "ProvincialCommittee" for k in group)
        if not word.endswith("政协"):
            return True
        return all(self._committee_level(k) if (e := self.reference.get(k)) is None else e.cls in CPPCC_CLASSES
                   for k in group)

    def _named_together(self, text: str, bodies: list[_Placed]) -> list[str]:
        """The first run of two or more bodies named side by side (A、B; A B in a title); the
        hosts of 由A、B联合主办 (the bodies after 由 are then who acts, not what is acted on)."""
        if "由" in text and (hosted := _HOSTED_BY.search(text)) is not None:
            hosts = _unique([k for p in bodies if hosted.start(1) <= p.start and p.end <= hosted.end(1)
                             for k in (self._members(p.mention) or [p.mention.entity])])
            if len(hosts) >= 2:
                return hosts
        if "委员会" in text and (led := _COMMITTEE_POST_LEADS.search(text)) is not None:
            # (全国政协常委、全国政协某委员会副主任某某率调研组: one person's titles, no pair of actors)
            bodies = [p for p in bodies if p.start >= led.end()]
        run: list[str] = []
        last_end = -1
        # (X人大N次会议、政协X区M次会议: two sessions named together, no pair of actors)
        congress = _congress_sessions(bodies)
        bodies = [p for p in bodies if p.mention.cls != "PlenarySession" and p.mention.entity not in congress]
        objects_to = -1  # the end of a list of bodies acted on (对A、B…: no pair acting)
        # (两地政协, 双方: the group named before, said again; no pair named here)
        bodies = [p for p in bodies if _normalised(p.mention.surface.replace(" ", "")) not in lexicon.GROUP_WORDS]
        for p in bodies:
            if (objects_to >= 0 and _LIST_JOIN.fullmatch(text, objects_to, p.start)) or (
                    lexicon.IGNORE_BEFORE.search(text, max(0, p.start - 2), p.start)):
                if len(set(run)) >= 2:
                    return _unique(run)
                run, objects_to = [], p.end
                continue
            keys = list(self.reference.members_of(p.mention.entity)) if self.reference.get(p.mention.entity) else [p.mention.entity]
            if run and not _SIDE_BY_SIDE.fullmatch(text, last_end, p.start):
                if len(set(run)) >= 2:
                    return _unique(run)
                run = []
            if run and (self._parent(p.mention.entity) in run or set(p.mention.members) & set(run)):
                # 省政协十三届八次常委会议, 区政协主席、党组书记: a committee and its own organ, one body named
                last_end = p.end
                continue
            run.extend(keys)
            last_end = p.end
        return _unique(run) if len(set(run)) >= 2 else []

    def _visitor_and_host(self, text: str, bodies: list[_Placed]) -> list[str]:
        """A committee that went to another (A政协到B政协开展工作交流): the two, for a 两地政协 or
        双方 that follows."""
        for p, q in zip(bodies, bodies[1:]):
            if (_WENT_TO_BODY.fullmatch(text, p.end, q.start) and self._committee_level(p.mention.entity)
                    and self._committee_level(q.mention.entity)):
                return _unique([*self._members(p.mention), *self._members(q.mention)])
        return []

    def _system_host(self, level: str, organizers: Sequence[str]) -> str | None:
        """The committee that convenes a meeting of a level's whole system (全省政协…会: the
        province's; 全市政协…会: the city's; 全国政协系统…会: the national one), from where the
        clause's actors (or the text's own committee) sit."""
        if level == "国":
            return "national-cppcc" if self.reference.get("national-cppcc") else None
        home = next((h for k in [*organizers, self.default_org] if k and (h := self.reference.home_place(k))), None)
        if home is None:  # (a text about a committee the reference lacks, or one no actor names)
            return self._unlisted_host(level)
        if level == "省":
            province = self.reference.province_of(home)
            body = self.reference.cppcc_seated_in(province) if province else None
            return body.key if body is not None else None
        seen: set[str] = set()
        ends = {"区": ("区",), "县": ("县",)}.get(level, ("市", "州"))
        while home and home not in seen:  # 全市, 全州: the nearest city or prefecture up from the actors
            seen.add(home)
            place = self.reference.get(home)
            if place is None:
                return None
            if place.name_zh.endswith(ends):  # (全区: a district's, or an autonomous region's)
                body = self.reference.cppcc_seated_in(home)
                return body.key if body is not None else None
            home = place.parent
        return None

    def _unlisted_host(self, level: str) -> str | None:
        """The committee a text is about when no actor's place is known (政协某市委员会, a region's
        committee), when it is the one of the level a whole system's meeting names (全市政协…会: a
        city's; 全区: a district's or a region's): that meeting's convener."""
        wanted = {"市": ("市委员会", "市政协"), "州": ("州委员会", "州政协"), "县": ("县委员会", "县政协"),
                  "区": ("区委员会", "区政协"), "省": ("省委员会", "省政协")}[level]
        if self._unknown_names.get(self.default_org or "", "").endswith(wanted):
            return self.default_org
        found = {k for k, name in self.text_committees.items() if name.endswith(wanted)}
        return found.pop() if len(found) == 1 else None

    def _session_committee(self, mention: Mention) -> str | None:
        """The committee whose session a session's name (or its plenary's, 全国政协十四届三次会议) names."""
        if mention.members:
            return mention.members[0]
        entity = self.reference.get(mention.entity)
        return entity.parent if entity is not None else None

    def _members(self, mention: Mention) -> list[str]:
        """The actors a name stands for: a collective's members, none for an indefinite one;
        两地政协 / 三地政协 the bodies last named together when the text has named them."""
        word = _normalised(_SPACES.sub("", mention.surface))
        meant = self._group_meant(word) if word in lexicon.GROUP_WORDS else []
        count = _GROUP_COUNT.get(word[:1]) if word in lexicon.GROUP_WORDS and word.endswith("政协") else None
        if count and len(set(meant)) != count and len(set(mention.members)) == count:
            return list(mention.members)  # (万达开三地政协…。三地政协…: the three named, not a pair told before)
        if issuers := self._issuers_meant(word, count):
            return issuers  # (永川区政协　泸县政协 over a joint plan: its 两地政协)
        if meant:
            return list(meant)
        counted = _COUNTED_COMMITTEES.fullmatch(word) if not mention.members else None
        if counted is not None:  # (四川省甲市、乙市和重庆市丙区、丁区政协…。四市区政协…: the four listed)
            listed = next((g for g in reversed(self._committee_groups) if len(set(g)) == _GROUP_COUNT[counted.group(1)]), None)
            if listed is not None:
                return list(listed)
        if word in lexicon.GROUP_WORDS and not self.default_pair:
            return []  # 两地政协 in a text that names no pair and not both provinces: which two is not said
        if mention.cls == "MemberGroup" and mention.label.endswith(_OVERSEAS_GROUPS):
            return [mention.entity]  # (四川省政协港澳委员…联合开展考察: the group acts, as Chongqing's does)
        if mention.members:  # a collective's, or the committee a session or organ acts for
            return list(mention.members)
        if self.reference.organs_taken_together(mention.entity):
            return [mention.entity]  # (市政协相关专委会: a committee's special committees run their own work)
        if self.reference.get(mention.entity):
            return list(self.reference.members_of(mention.entity))
        return [mention.entity]

    def _initiative(self, sentence: Sentence, a: int, b: int, view: Compact, trig: _Trigger,
                    bodies: list[_Placed], subject: list[str], placed: list[_Placed],
                    sentence_topics: list[Mention], sentence_programmes: list[Mention],
                    sentence_before: str = "", sentence_view: Compact | None = None,
                    joined: Sequence[str] = ()) -> Initiative:
        text = view.text
        organizers: list[str] = []
        co_organizers: list[str] = []
        partners: list[str] = []
        rules: list[str] = [f"trigger:{trig.type}"]
        congress = _congress_sessions(bodies) if trig.type == "meeting" else set()  # (read once per initiative)
        supported = False
        verb = lexicon.ACTION.search(text, 0, trig.start)
        verb_at = verb.start() if verb else trig.start
        last_verb_at = verb_at  # A联合B开展X: B stands before the verb that governs the activity
        for later in lexicon.ACTION.finditer(text, verb.end() if verb else trig.start, trig.start):
            last_verb_at = later.start()
        last_role, last_end = None, -1
        last_object = False  # the body before was an object (对A、B…: B is one too)
        place_ends = _place_ends(placed)
        held_by = {q.start for q in bodies}
        stations = {q.start for q in bodies if q.mention.cls == "WorkingOrgan"}
        for p in bodies:
            if p.end in held_by and p.start < trig.start and (p.mention.cls not in CPPCC_CLASSES or p.end in stations):
                continue  # 市政协办公厅扶贫集团, X区政协Y街道委员工作站: only names whose group or station acts
            if text.rfind("《", 0, p.start) > text.rfind("》", 0, p.start) and not (
                    text[p.start - 1] == "《" and text.startswith("》", p.end)):
                continue  # 依据《政协某区委员会提案工作条例》: a name in a document's title does nothing (《重庆政协报》 acts)
            # (与成都市青羊区政协: the words before the body's city, which only says where it is)
            before = _words_before(text, _before_places(place_ends, p.start, text))
            # (党组书记主持召开党组会议: the group's own meeting)
            keys = (self._members(p.mention) if trig.type == "meeting" and "党组" in text[trig.start:trig.end]
                    else self._actor_keys(p, text))
            if not keys and p.mention.cls == "Collective" and p.mention.seat and not p.mention.members:
                keys = [p.mention.entity]  # (与四川毗邻市县政协: one side's committees along the border, which ones not said)
            if p.start < trig.start and keys and (_PASSIVE_AGENT.match(text[:p.start]) or (
                    _AGENT_BY.search(text, 0, p.start) and not any(q.start < p.start for q in bodies))):  # (重点提案分别由主席会议成员牵头督办)
                organizers.extend(keys)
                rules.append("role:passive-agent")
                last_role, last_end = "subject", p.end
                continue
            if p.start < trig.start and keys and organizers and text.endswith(("代表", "交办给", "委托给", "交由"), 0, p.start):
                organizers = list(keys)  # 某党派主委、某局局长某某代表该党派作发言: the body spoken for, not the posts
                # (县委交由县政协承担的调研课题: the body the work is handed to does it)
                rules.append("role:on-behalf")
                last_role, last_end = "subject", p.end
                continue
            is_object = False
            # (分别对某分局、县住建局…: a list of objects after 对 whose first items were read as no body)
            listed_object = text.endswith("、", 0, p.start) and _OBJECTS_LISTED_BEFORE.search(
                text, max(0, p.start - 40), p.start) is not None
            if ((last_role or last_object) and _LIST_JOIN.fullmatch(text[last_end:p.start])
                    and not lexicon.ACTION.search(text, last_end, p.start)):  # (四川省政协举办全省市县政协…: a verb, no list)
                role = last_role  # a list continues the role of its first member (指导万州、江北…; 对A、B…评议: objects)
                is_object = last_object
            elif p.start > trig.start and not lexicon.PARTNER_BEFORE.search(before):
                role = None  # after the activity word: an object or recipient, not an actor
            elif (before.endswith("在") and len(keys) >= 2 and _RUN_IN_AFTER.match(text, p.end)
                  and all(map(self._committee_level, keys))):
                role = "co-organizer"  # 在川渝两省市政协同步开展X: the committees it runs in run it
            elif (lexicon.IGNORE_BEFORE.search(before.rstrip("《“")) or lexicon.IGNORE_AFTER.match(text, p.end)
                  or listed_object):
                role = None  # (在《某报》开设专栏: the paper is where the column runs, not who runs it)
                # (分别对某分局、县住建局…开展监督: a list of objects, its first unread)
                is_object = lexicon.IGNORE_BEFORE.search(before.rstrip("《“")) is not None or listed_object
            elif last_role == "subject" and _TITLE_AFTER.match(text, p.end) and _TITLE_JOIN.search(text, last_end, p.start):
                role = None  # 泸州市政协副主席、农工党泸州市委主委某某带队: a second title of one person
                if p.mention.cls in CPPCC_CLASSES and keys and organizers and not any(
                        (e := self.reference.get(k)) is not None and e.cls in CPPCC_CLASSES for k in organizers):
                    organizers = list(keys)  # (民盟X市委副秘书长、X县政协副主席某某率队: the committee's work)
            elif p.start < trig.start and _SENT_TO_BEFORE.search(text, last_end, p.start):
                role = None  # 县政协向县委县政府报送…, 联名向甲市政协提交提案: who it is sent to, no actor
                is_object = True
            elif lexicon.SUPPORTED_BEFORE.search(before):
                # 指导A开展调研: A runs it; 指导区县政协工作暨…调研: their work is what is guided, not who researches
                role = None if text.startswith(_THEIR_WORK, p.end) else "supported"
            elif lexicon.COORGANIZER_BEFORE.search(before) and p.start < last_verb_at and keys:
                role = "co-organizer"  # 潼南区政协与遂宁市政协开展…: both run it
            elif lexicon.PARTNER_BEFORE.search(before):
                role = "partner"
            elif p.start > verb_at:
                role = None  # between the verb and the activity noun: a modifier (召开西部地区政协…座谈会)
                is_object = True  # (看望了A和B并进行座谈: B is visited too)
            else:
                role = "subject"
            if role == "supported":
                if not supported and last_role == "subject" and _SUPPORTS.fullmatch(text, last_end, p.start):
                    partners.extend(organizers)  # 省政协支持甲、乙政协开展X: who backs the work takes part in it
                    organizers = []
                organizers.extend(keys)
                supported = True
                rules.append("role:supported-body-organises")
            elif role == "partner":
                partners.extend(keys or [p.mention.entity])  # 面向区县政协: the indefinite collective itself
                rules.append("role:partner-marker")
            elif role == "subject":
                organizers.extend(keys)
                rules.append("role:clause-subject")
            elif role == "co-organizer":
                co_organizers.extend(keys)
                rules.append("role:co-organizer")
            last_role, last_end, last_object = role, p.end, is_object
        holder = next((p for p in bodies if p.end < trig.start and _HOLDS_IT_AFTER.match(text, p.end, trig.start)
                       and p.mention.kind == "body"), None)
        if holder is not None:  # 参加某镇政协工委在X举行的协商活动: the body that holds it runs it; others take part
            keys = self._actor_keys(holder, text) or [holder.mention.entity]
            partners.extend(k for k in organizers if k not in keys)
            organizers = list(keys)
            rules.append("role:holder-named")
        led = next((p for p in bodies if p.start < trig.start and _LEADS_BEFORE.search(text, max(0, p.start - 3), p.start)
                    and (_TEAM_AFTER.match(text, p.end) or p.mention.label.endswith(_TEAM_NAMES))), None)
        if led is not None and organizers:  # 全国政协副主席某某率全国政协X委员会调研组: the team led acts
            organizers = self._actor_keys(led, text) or [led.mention.entity]
            rules.append("role:team-led")
        author = next((p for i, p in enumerate(bodies) if trig.type == "proposal" and p.end <= trig.start and i > 0
                       and text[p.end:trig.start] in ("", "等", "等单位") and text.startswith(("提交", "提出"), trig.start)
                       and _TAKES_UP.search(text, bodies[i - 1].end, p.start)), None)
        if author is not None:
            # 区妇联吸纳民建区委会等提交的提案: the proposal is its author's; who takes it up is a partner
            keys = self._actor_keys(author, text)
            partners.extend(k for k in organizers if k not in keys)
            organizers = list(keys)
        if trig.type == "proposal" and author is None and text.startswith(("提交", "提出"), trig.start):
            item = self._item_author(text, trig, bodies)
            if item is not None:  # 甲委会提交的《A》、乙委员提交的《B》: each item's own author
                organizers = item
                rules.append("role:item-author")
        proposer = next((p for p in bodies if trig.type == "proposal" and (
            p.start >= trig.end and _AGENT_BY.search(text, trig.end, p.start) and _PROPOSED_AFTER.match(text, p.end))),
            None) or next((p for p in reversed(bodies) if trig.type == "proposal" and (
                p.end <= trig.start and (written := _WROTE_IT.match(text, p.end)) is not None  # X上报的《…提案》
                and text.startswith("《", written.end()) and "》" not in text[p.end:trig.start])), None)
        # (甲提交的《A》、乙提交的《B》: each title its own author's, the nearest before it)
        if _named_member_speech(text, trig):
            # 甲委员代表民进某省委发言: the speech of the body the member speaks for; 乙委员建议X: the
            # members' own, the group of members of the committee the text is about, where the reference has it
            spoken_for = next((p for p in bodies if p.start == trig.end + 2), None) if text.startswith("代表", trig.end) else None
            if spoken_for is not None:
                organizers = self._actor_keys(spoken_for, text) or [spoken_for.mention.entity]
                rules.append("role:on-behalf")
            else:
                held = organizers or self._last_meeting  # (会上，乙委员建议X: the sitting's committee's members)
                if len(held) == 1:
                    organizers = [self._members_group(held[0]) or held[0]]
                    rules.append("role:members-speak")
        overseer = next((p for p in bodies if trig.type == "supervision" and p.end <= trig.start
                         and _AGENT_BY.search(text, max(0, p.start - 4), p.start) and _OVERSEES_AFTER.fullmatch(text, p.end, trig.end)
                         and self._committee_level(p.mention.entity)), None)
        if overseer is not None:  # 《…提案》由省政协主席某某领衔督办: the committee of who oversees it
            organizers = self._actor_keys(overseer, text) or [overseer.mention.entity]
            rules.append("role:overseer")
        if proposer is not None:  # 《…的建议》由省政协委员某某提出: its author's
            organizers = ([proposer.mention.entity] if proposer.mention.cls == "MemberGroup"  # (members write it)
                          else self._actor_keys(proposer, text) or [proposer.mention.entity])
            rules.append("role:proposer")
        elif (trig.type == "proposal" or (trig.type == "consultation" and _SPEECH.fullmatch(text, trig.start, trig.end))
              ) and author is None and organizers:
            # (部分市政协委员就《甲》《乙》等作了大会发言: the members speak, as they write proposals)
            group = next((p for p in bodies if p.end <= trig.start and p.mention.cls == "MemberGroup"
                          and set(self._actor_keys(p, text) or [p.mention.entity]) == set(organizers)), None)
            if group is not None:  # 渝中区政协委员踊跃提交提案: the members write them, not their committee
                organizers = [group.mention.entity]
                rules.append("role:members-propose")
        giver = next((p for p in reversed(bodies) if p.end <= trig.start and text.startswith("的", trig.end)
                      and lexicon.GIFT_RECEIVED_BEFORE.search(text, 0, trig.start)
                      and lexicon.RECEIVED_FROM.search(text, 0, p.start)), None) if trig.type == "other" else None
        if giver is not None:  # 医院收到X捐赠的口罩: the gift is its giver's work
            organizers = self._actor_keys(giver, text) or [giver.mention.entity]
            rules.append("role:giver")
        attended = _ATTENDED_JOINT.search(text, 0, trig.start) if trig.type == "meeting" and ("参加" in text or "出席" in text) else None
        if attended is not None:
            # 参加遂潼两地政协…第四次联席会议, 出席甲市政协与乙区政协联席会议: the committees its name
            # holds hold it; the one that went is among them (another who went takes part)
            holders = _unique([k for p in bodies if attended.end() <= p.start and p.end <= trig.start
                               and (self._committee_level(p.mention.entity) or p.mention.kind == "collective")
                               for k in (self._members(p.mention) or [p.mention.entity])])
            if len(holders) >= 2:
                partners.extend(k for k in organizers if k not in holders)
                organizers = holders
                rules.append("role:meeting-named-holders")
        if organizers and self._listed_subject and set(organizers) < set(self._listed_subject):
            organizers = list(self._listed_subject)  # the list began in the clause before
        if trig.type == "meeting" and text.startswith("上", trig.end):
            # 某委在县政协全会上作大会发言: the session is its committee's, whoever spoke there
            host = next((p for p in bodies if p.end == trig.start and self._committee_level(p.mention.entity)), None)
            session = next((self._session_committee(p.mention) for p in bodies if p.mention.cls == "PlenarySession"
                            and p.start <= trig.start and trig.end <= p.end), None)
            if host is not None:
                organizers = self._members(host.mention) or [host.mention.entity]
                rules.append("role:owner-named")
            elif session is not None:
                organizers = [session]
                rules.append("role:session-committee")
        if trig.type == "consultation" and _RECEIVED_AFTER.match(text, trig.end) and (
                speaker := next((p for p in bodies if p.end == trig.start and p.mention.cls == "MemberGroup"), None)):
            organizers = [speaker.mention.entity]  # 市政协委员某某的发言赢得掌声: the member speaks, one of the members
            rules.append("role:members-speak")
        system = _WHOLE_SYSTEM.search(text, max(0, trig.start - 24), trig.end) if trig.type == "meeting" else None
        # (the system's own name, 全市政协 read as a set of committees, places it when nothing else does)
        named_system = [p.mention.entity for p in bodies if system is not None and system.start() <= p.start < system.end()]
        if system is not None and (host := self._system_host(system.group("level"), organizers)
                                   or self._system_host(system.group("level"), named_system)) is not None:
            # 在全省政协提案工作推进会上作交流: the meeting of a level's whole system is its top committee's
            partners.extend(k for k in organizers if k != host)
            organizers = [host]
            rules.append("role:system-host")
        host_of_sitting = self._session_of or self.default_org  # (the session the text named is whose sittings they are)
        named_session = next((p for p in bodies if p.mention.cls == "PlenarySession" and p.start <= trig.start <= p.end), None)
        session_owner = self._session_committee(named_session.mention) if named_session is not None and trig.type == "meeting" else None
        if (session_owner is not None and organizers and session_owner not in organizers
                and not any(self._committee_level(k) for k in organizers)
                and not (_normalised(named_session.mention.surface) == "全体会议"
                         and all(self._special_committee(k) for k in organizers))
                and (e := self.reference.get(session_owner)) is not None and e.cls != "NationalCommittee"):
            # 区委书记走进区政协某届某次会议第二界别联组: the session, and its sitting, are its committee's;
            # the leader who came takes part (市政协提案委员会召开全体会议: the special committee's own plenary)
            partners.extend(organizers)
            organizers = [session_owner]
            rules.append("role:session-committee")
        if trig.type == "meeting" and host_of_sitting and _SITTING_ATTENDED.search(text, 0, trig.start) and (
                _A_SITTING.fullmatch(text, trig.start, trig.end) or text.startswith("联组", trig.start)):
            # 区委书记…出席会议、参加分组讨论: a sitting of the session, its committee's; the guests take part
            partners.extend(k for k in organizers if k != host_of_sitting)
            organizers = [host_of_sitting]
            rules.append("role:session-committee")
        elif (trig.type == "meeting" and host_of_sitting and text.startswith("上", trig.end)
              and (_OPENING_OR_CLOSING.search(text, trig.start, trig.end)
                   or _A_SITTING.fullmatch(text, max(0, trig.start - 2), trig.end))):  # (联组|讨论会)
            # (政协开幕会上，某某代表X界别作大会发言: the session's opening sitting, its committee's;
            # 在联组讨论会上，某党派市委作了发言: a sitting of the session, whoever spoke there)
            host = self._session_of or host_of_sitting
            partners.extend(k for k in organizers if k != host)
            organizers = [host]
            rules.append("role:session-committee")
        elif (trig.type == "meeting" and host_of_sitting and organizers and _A_SITTING.fullmatch(text, trig.start, trig.end)
              and set(organizers) <= {p.mention.entity for p in bodies if p.mention.cls == "Sector"}):
            organizers = [host_of_sitting]  # 民盟界别联组讨论中: the sectors meet at their committee's session
            rules.append("role:session-committee")
        owner = next((p for p in placed if trig.type == "meeting" and len(p.mention.members) >= 2 and (
                          (trig.start < p.end < trig.end and text.startswith("第", p.end))
                          # (召开川渝政协第三次联席会议, 第六次川渝政协联席会议, 川渝政协主席联席会议: the
                          # group's meeting named right before its activity word)
                          or (p.end <= trig.start and _GROUP_MEETING_GAP.fullmatch(text, p.end, trig.start)
                              and _normalised(_SPACES.sub("", p.mention.surface)) not in lexicon.GROUP_WORDS))), None)
        owners = self._counted_members(owner.mention) if owner is not None else []
        if owner is not None and all(self._committee_level(k) for k in owners):
            # 筹办万达开三地政协第二次联席会议: the meeting of the group its name begins with
            partners.extend(k for k in organizers if k not in owners)
            organizers = list(owners)
            rules.append("role:group-meeting")
            self.group = list(owners)  # (举行川渝政协联席会议。开展…联合协商: the same group goes on)
        owners_word = _GROUP_OWNS_MEETING.search(text, 0, trig.start) if trig.type == "meeting" else None
        named = next((p for p in bodies if owners_word is not None and p.start <= owners_word.start("w") < p.end
                      and len(p.mention.members) >= 2), None) if owners_word is not None else None
        if owners_word is not None and (meant := (self._counted_members(named.mention)
                                                  if named is not None  # (万达开三地政协第五次…)
                                                  else self._group_meant(owners_word.group("w")))) and (
                len(set(meant)) == _GROUP_COUNT.get(owners_word.group("w")[:1], 2)):
            # 轮值承办三地政协第五次联席会议: the meeting of the committees 三地政协 stands for
            partners.extend(k for k in organizers if k not in meant)
            organizers = list(meant)
            rules.append("role:group-meeting")
        if trig.type == "meeting" and organizers:
            # 县委常委、县政协主席某某主持召开县政协N届M次主席会议: the committee whose meeting it is
            # named in it, the posts before the leader's name not the actor
            owner = next((p for p in bodies if (
                (p.end == trig.start and lexicon.HOLDS_BEFORE.search(text, 0, p.start))
                or (trig.start < p.start and p.end < trig.end and lexicon.HOLDS_BEFORE.search(text, trig.start, p.start)))
                and self._committee_level(p.mention.entity) and self._definite(p.mention.entity)), None)
            owned = list(self._members(owner.mention) or [owner.mention.entity]) if owner is not None else []
            if owned and organizers != owned and not any(self._committee_level(k) for k in organizers if k not in owned):
                organizers = owned  # (no other committee among the actors: the posts' bodies drop out)
                rules.append("role:owner-named")
        if not organizers:
            # 召开川渝政协联席会议, 召开区政协三届三十次主席会议: the bodies whose meeting it is,
            # named right before the activity word after the verb
            owner = next((p for p in bodies if (  # where it stands first: most bodies stand elsewhere
                (p.end == trig.start and lexicon.HOLDS_BEFORE.search(text, 0, p.start) and self._definite(p.mention.entity))
                or (trig.start < p.start and p.end < trig.end and text[trig.start] == "“")  # “X政协…会议”
                or (trig.start < p.start and p.end <= trig.end and text.startswith(_HELD_THE, trig.start)))
                and (self._committee_level(p.mention.entity) or p.mention.cls in _HOLDING_ORGANS)), None)
            # (近日召开的市政协主席会议: the committee or council named in it holds it)
            if owner is not None:
                organizers.extend(self._members(owner.mention) or [owner.mention.entity])
                rules.append("role:owner-named")
                actors = [k for k in organizers if k not in congress]
                if len(set(actors)) >= 2:
                    self.group = actors  # 召开川渝政协联席会议。…联合调研: the same two
            else:  # 市政协五届三次会议: a session the reference knows is its committee's meeting
                committee = next((self._session_committee(p.mention) for p in placed
                                  if (p.mention.kind == "session" or p.mention.cls == "PlenarySession")
                                  and (p.start < trig.end and trig.start < p.end
                                       # (市政协某届某次会议进入分组讨论环节: the session's sitting)
                                       or (trig.type == "meeting" and _ENTERS_SITTING.fullmatch(text, p.end, trig.start)))), None)
                if committee is not None:
                    organizers.append(committee)
                    rules.append("role:session-committee")
        if (not organizers and self.group and _says_together(text) and not co_organizers
                and not set(self.group) <= set(partners) and any(map(self._cppcc_side, self.group))
                and not set(self.group) < set(subject)  # (A联合B、C，…联合视察: the pair is part of the subject)
                and not (subject and set(subject) <= self._named_here and not set(subject) <= set(self.group))
                and not (len(subject) == 1 and self._counted_collective(subject[0]))):
            # (川陕渝三地地方政协齐聚X，开展联动协商: the sentence names who works together, not the pair before)
            # (a congress and a government named together earlier do not run a committee's joint work)  # (组织A、B开展联合调研: those organised are no pair acting)
            # (区政协…，与A、B联合开展调研: the pair named after 与 joins the subject, it is no pair acting alone)
            said = _GROUP_SAID.search(text)
            meant = self.group if said is None else self._group_meant(said.group())
            if meant:
                if said is not None and subject and lexicon.COORGANIZER_BEFORE.search(text, max(0, said.start() - 2), said.start()):
                    organizers.extend(k for k in subject if k not in meant)  # (拟与两区政协联合举办…: the writer and the two)
                organizers.extend(meant)  # 省政协与重庆市政协…：二是共同开展…联合视察
                rules.append("role:named-pair")
            elif self.default_pair:
                organizers.extend(self.default_pair)  # 两省市政协联合调研组 after a pair of member groups
                rules.append("role:default-pair")
        if (not organizers and self._gathered and trig.type in ("meeting", "consultation")
                and (not subject or (subject == self.carried and not set(subject) & self._named_here))):
            # (来自三省市的30个区县政协负责人相聚X，开展协商: those who came, not the subject carried)
            organizers.extend(self._gathered)  # …座谈会召开，来自X政协的…齐聚一堂: those who met hold it
            rules.append("role:gathered")
        if not organizers and subject:
            organizers.extend(subject)
            rules.append("role:sentence-subject")
            if joined and _says_together(text, trig.end):
                organizers.extend(k for k in joined if k not in organizers)  # (…与B协同履职，共同举办X: both hold it)
                rules.append("role:joined-together")
            elif joined:
                partners.extend(joined)
                rules.append("role:joined-earlier")
        if co_organizers and not organizers and self.default_org:
            organizers.append(self.default_org)  # 与四川省政协组成联合调研组: the report's CPPCC and Sichuan's
            rules.append("role:report-cppcc")
        organizers.extend(co_organizers)
        if (trig.type == "other" and self._givers and organizers and set(organizers) <= set(self._givers[1])
                and _GIFT.search(text, trig.start, trig.end)):
            organizers = [self._givers[0]]  # 区政协委员…捐赠资金: the members give, not their committee
            rules.append("role:members-give")
        passive = (trig.start if text.startswith("被", trig.start) else lister.start()
                   if trig.type == "supervision" and (lister := _LISTER_BEFORE.search(text, 0, trig.start)) else None)
        if trig.type == "supervision" and passive is not None:
            # …》被A和B列为联合督办件, 其中2件被列为市政协重点提案: the committees that list them,
            # else the one the authors sit on (住川渝全国政协委员…被列为重点提案: 全国政协; 其中1件被全国政协
            # 确定为重点督办提案: the lister before the words of the listing)
            listers = _unique([k for p in bodies if passive <= p.start and p.end <= trig.end  # (被川渝两省市政协列为: the pair)
                               and (p.mention.cls in CPPCC_CLASSES or (p.mention.cls == "Collective" and p.mention.label.endswith("政协")))
                               for k in (self._actor_keys(p, text) or [p.mention.entity])])
            authors = [*organizers, *([self._givers[0]] if self._givers else [])]  # (组织住渝全国政协委员…提交《X》，被…)
            listers = listers or _unique([e.parent for k in authors if (e := self.reference.get(k)) is not None
                                          and e.cls == "MemberGroup" and e.parent])
            if listers:
                organizers = listers
                rules.append("role:key-listing")
        elif (trig.type == "other" and _HONOURED.fullmatch(text, trig.start, trig.end)) or (
                trig.type == "supervision" and _LISTED_AS_KEY.match(text, trig.end)):
            # 4篇被评为省政协年度好提案, 《…提案》被列为全国政协重点提案, 获评某区政协优秀提案: the committee honours them; the honoured take part
            giver = next((self._actor_keys(p, text) or [p.mention.entity] for p in bodies
                          if p.start > trig.start and (p.mention.cls in CPPCC_CLASSES or (  # (被区政协评为: a bare committee)
                              not p.mention.in_reference and p.mention.label.endswith("政协")))), None)
            if giver is None:  # (被评为优秀提案 on a party's page: the committee whose session it was)
                giver = next(([k] for k in (self.default_org, self._session_of)
                              if k and (e := self.reference.get(k)) is not None and e.cls in CPPCC_CLASSES), None)
            if giver is not None:
                partners.extend(k for k in organizers if k not in giver)
                organizers = list(giver)
                rules.append("role:honour-giver")
        if trig.type == "meeting" and _STANDING_MEETING.search(text, trig.start, trig.end):
            # 市政协五届十二次常委会会议: the standing committee meets, where the reference holds it
            organizers = [self._standing_committees.get(k, k) for k in organizers]
        else:
            organizers = self._without_own_standing_committee(organizers)  # (市政协及常委会: the committee)
        if supported and self.default_org and self.default_org not in organizers:
            partners.append(self.default_org)
        if congress and len(set(organizers) - congress) >= 1:
            # 某区人大X次会议和政协某区Y次会议召开: two sessions told together; the congress's is not the committee's
            organizers = [k for k in organizers if k not in congress]
        if (not organizers and trig.type == "meeting" and self._session_of
                and (_A_SITTING.fullmatch(text, trig.start, trig.end) or text.startswith("联组", trig.start))):
            organizers.append(self._session_of)  # (…；20日上午举行联组讨论: a sitting of the session the text tells)
            rules.append("role:session-committee")
        if self._hosts_told and organizers != self._hosts_told:
            partners.extend(k for k in organizers if k not in self._hosts_told)  # (the others its name holds take part)
            organizers = list(self._hosts_told)
            rules.append("role:hosts-told-before")
        if organizers and set(organizers) < set(subject) and "办的" in text and _CO_HOSTED.search(text, 0, trig.start):
            organizers = list(subject)  # 由A主办，B、C协办的X: the host named before the co-hosts holds it too
            rules.append("role:co-hosts")
        if (not organizers and len(self.carried) >= 2 and _says_together(text)
                and all(self._committee_level(k) for k in self.carried)):
            organizers.extend(self.carried)  # (…；适时联合召开远程协商会: the pair the text is about, together)
            rules.append("role:carried-pair")
        if not organizers and trig.type == "consultation" and _COMMITTEE_BRAND.search(text):
            # 某区已累计组织“渝事好商量”协商活动N场: the place at the head stands for its committee
            head = next((p for p in placed if p.start == _lead_end(text) and p.mention.kind == "place"), None)
            committee = self.reference.cppcc_seated_in(head.mention.entity) if head is not None else None
            if committee is not None:
                organizers.append(committee.key)
                rules.append("role:place-for-committee")
        if not organizers and self.default_org:
            organizers.append(self.default_org)
            rules.append("role:report-cppcc")
        if (self._profile_members and _PERSON_OPENS.match(sentence_before + text[:trig.start])
                and not any(p.start < trig.start and p.mention.cls != "MemberGroup" for p in bodies)):
            # (某区政协委员、某协会会长某某…。她随即联合某市政协委员…撰写了联名提案: the member the
            # profile is about, with the members joined)
            joined_members = [k for p in bodies if p.start < trig.start and p.mention.cls == "MemberGroup"
                              for k in [p.mention.entity]]
            organizers = _unique([self._profile_members, *joined_members,
                                  *(k for k in organizers if k in self._member_groups_seen)])
            rules.append("role:profiled-member")
        if trig.type == "proposal" and "role:clause-subject" not in rules and any(map(self._reviews_proposals, organizers)):
            # the proposals committee that reviewed them (提案委员会…进行了认真审查。…围绕X提出提案208件)
            # does not write them: its committee's, or its members', as below
            organizers = _unique([self._committee_of_reviewer(k) if self._reviews_proposals(k) else k for k in organizers])
            rules.append("role:reviewer-is-no-author")
        if (trig.type == "proposal" and len(organizers) == 1 and organizers[0] in self.members_of
                and "role:clause-subject" not in rules and "role:proposer" not in rules and not self._units_propose
                and not _ORGANISES_MEMBERS.search(text, 0, trig.start)):
            # 经济建设方面34件, 她提交的提案《…》: proposals the text's committee did not itself bring
            # are its members', where the text names them (区政协委员…); not those it organised
            organizers = [self.members_of[organizers[0]]]
            rules.append("role:members-propose")
        elif (trig.type == "proposal" and len(organizers) == 1 and "role:proposer" not in rules
              and _MEMBERS_LEAD.search(sentence_before or text, 0, 16)
              and (group := self._members_group(organizers[0])) is not None):
            organizers = [group]  # 全会期间，委员们…，还积极撰写了相关提案N件: the members write them
            rules.append("role:members-propose")
        author_word = (_PARTY_MEMBER_AUTHOR.search(text, 0, trig.end)
                       if trig.type == "proposal" and self._party_unit is not None else None)
        if author_word is not None and self._party_unit.label.startswith(lexicon.PARTY_MEMBERS[author_word.group(1)]):
            organizers = [self._party_unit.entity]  # 社员某某提交的提案: the party's unit writes it, its member's
            rules.append("role:party-member-author")
        hosts: list[str] = []
        if self._visited:
            rest = (sentence_view or view).text[(sentence_view or view).index(b):].split("；")[0]
            if _TOGETHER_WORDS.search(text) or _BOTH_SIDES.search(rest):  # a visit alone is no joint work
                hosts = self._hosts(organizers + partners)
        if hosts:
            partners.extend(hosts)
            rules.append("role:host-across-border")
            self.group = _unique([*organizers, *hosts])  # 双方 next: the visitors and their hosts
        if len(set(organizers)) >= 2 and any(r in rules for r in ("role:clause-subject", "role:co-organizer")):
            self.group = _unique(organizers)
        # joint: organisers on both sides, a partner that is itself of both sides (住川渝全国政协委员),
        # or hosts across the border the work was done with (一同…, 双方…); a partner visited alone is not
        joint = (self._joint(organizers) or any(self._joint([k]) for k in partners)
                 or ("role:host-across-border" in rules and self._joint(organizers + partners)))
        if joint:
            rules.append("joint:both-provinces")
        elif (self._chuanyu_marked(text, organizers + partners) and not any(  # (两地政协 of one province's pair, read so)
                p.mention.kind == "body" and not p.mention.in_reference and p.mention.label == "两地政协" for p in placed)) or (
            _JOINT_WORDS.search(text) and any(self._joint(self._members(p.mention)) for p in placed)
        ):
            other = self._other_side(organizers + partners)
            if other:
                partners.append(other)
                joint = True
                rules.append("joint:chuanyu-marker")
        topics = [p.mention for p in placed if p.mention.kind == "topic"] or sentence_topics
        named_in_title = self._topics_in_names([p.mention for p in placed if p.mention.kind == "programme"])
        places = [p.mention for p in placed if p.mention.kind == "place"]
        programmes = [p.mention for p in placed if p.mention.kind == "programme"] or sentence_programmes
        items_before = _ITEM_BREAK.split(sentence_before)
        lead_in = items_before[-1] + text[:trig.start]  # a list item starts afresh
        head = next((x for x in reversed(items_before[:-1]) if "：" in x or ":" in x), None) if len(items_before) >= 2 else None
        if head is not None:
            # 三地政协将联合开展三项工作：一是…；二是…: the head before the colon governs each item
            # (…形成联名提案；同时明确下半年联合履职重点：一是…；二是…: the head is the item with the colon)
            colon = max(head.rfind("："), head.rfind(":"))
            first = _FIRST_ITEM.search(head, colon + 1)  # (某某：我们商定，一是…: the words up to the first item)
            lead_in = head[:first.start() if first is not None else colon + 1] + lead_in
        elif len(items_before) >= 2 and (first := _FIRST_ITEM.search(items_before[0])) is not None:
            lead_in = items_before[0][:first.start()] + lead_in  # (我们商定，一是…；二是…: the words before the first item govern each)
        status, period = self._status(a, b, text, lead_in, sentence_before + text[:trig.end], sentence_before)
        if self.story_written is not None and not _DATED_ITEM.match(lead_in):  # (the session told, not the year reviewed)
            period = story_period(sentence_view.text if sentence_view else text, period, self.story_written, self._story_led)
        if status == DONE and _WILL_AFTER.match(text, trig.end) and not lexicon.DONE_MARK.search(text):
            status = PLANNED  # 联合视察将聚焦X: the work named, then what it will do
            period = planned_period(sentence_before + text[:trig.end], period, self._written)
        host = _next_meeting(text) if trig.type == "meeting" else None
        next_sitting = host is not None and host[0] == trig.start
        if next_sitting:
            status = PLANNED  # 确定X政协为第三次会议主办单位: the group's next meeting, to come
            if self._last_meeting:
                organizers = list(self._last_meeting)  # (held by the group that met, hosted by X)
                rules.append("role:next-meeting-of-the-group")
                joint = joint or self._joint(organizers)
        if status == DONE and (termed := _TERM_OF.search(lead_in)) is not None:
            period = self._term_period(termed.group(1), organizers) or period  # 十二届省政协…开展: that term's years
        if status == DONE and len(items_before) > 1 and _LIST_AHEAD.search(items_before[0]) and not (
                lexicon.DONE_MARK.search(text) or _DATED_ITEM.match(lead_in)):
            status = PLANNED  # 2026年，县政协将重点抓好A；B；C: the items of a plan announced
        if (trig.type == "meeting" and organizers and _STANDING_SITTING_HELD.search(text, max(0, trig.start - 16), trig.end)
                and (_SITTING_CALLED.search(text, max(0, trig.start - 14), trig.end) or _HELD_AFTER_NAME.match(text, trig.end))):
            # 市政协召开五届十六次常委会会议: the committee holds its standing committee's numbered sitting, told
            # as held (the sitting that does something, 常委会会议对X进行部署, stays the standing committee's)
            # (会议围绕X开展专题协商 after it: the standing committee's consultation, as the seeds have it)
            self._sitting_organs[view.span(trig.start, trig.end)] = list(organizers)
            organizers = [self._committee_of_standing(k) for k in organizers]
        label, ea, eb, has_subject = self._label(view, trig, sentence_view or view, a, b)
        if (trig.type in ("meeting", "consultation") and sentence_view is not None and "“" in sentence_view.text
                and not _LONG_QUOTE.search(text) and (not has_subject or "“" in text or _bare_label(
                    label, self._own_words(*view.span(trig.start, trig.end))))):
            # 以“X”为题，召开“某某”远程协商会; 召开远程协商会，围绕“X”开展协商: the sitting on the quoted
            # theme its neighbouring clause gives (a brand quoted in the clause is no theme)
            themed = (_THEME_CLAUSE_BEFORE.search(sentence_view.text, 0, sentence_view.index(a))
                      or _THEME_CLAUSE_AFTER.match(sentence_view.text, sentence_view.index(b - 1) + 1))
            if themed is not None:
                xs, xe = sentence_view.span(*themed.span("x"))
                word = themed.groupdict().get("w") or self._own_words(*view.span(trig.start, trig.end)).strip("“”")
                label, ea, eb, has_subject = f"{self._own_words(xs, xe)}{word}", min(ea, xs), max(eb, xe), True
        if (sentence_view is not None and lexicon.COUNT_AFTER.match(text, trig.end)
                and _COUNTED_ON_THEME.fullmatch(text, 0, trig.start)
                and (theme := _subject_of_counts_before(sentence_view.text[:sentence_view.index(a)])) is not None):
            # 围绕X，三地政协开展联合调研2次、联合视察1次: each kind counted is work on X, named by it;
            # each kind's evidence is its own count, the first's from the subject on
            xs, xe = sentence_view.span(*theme.span("x"))
            marked = trig.start - 2 if text.endswith(("联合", "共同"), 0, trig.start) else trig.start  # (…、联合视察1次)
            own_start, eb = view.span(marked, lexicon.COUNT_AFTER.match(text, trig.end).end())
            ea = own_start if _DIGIT.search(text, 0, trig.start) else min(ea, xs)
            if not has_subject or _DIGIT.search(label):
                theme_words = re.sub(r"[“”]", "", self._own_words(xs, xe))
                label, has_subject = f"{theme_words}{text[marked:trig.end]}", True
        if trig.type == "proposal" and text.startswith("《", trig.start) and _LISTED_AFTER_TITLE.match(text, trig.end):
            eb = view.span(trig.start, trig.end)[1]  # (其中《X》被…列为重点提案: the proposal by its title; the listing is its own)
        if label.startswith("的") and len(label) > 2:
            label = label[1:]  # (近日召开的X会议: the particle after the verb is no part of its name)
        if not has_subject and next_sitting and len(label) > trig.end - trig.start:
            label = text[trig.start:trig.end]  # (三是2026年由泸州市政协承办第三次联合协商会: the meeting, by its name)
        if label[:1].isdigit() and (number := _NUMBERED_PLAN_ITEM.match(label)) is not None and number.end() < len(label):
            label = label[number.end():]  # (9.遂潼两地政协第五次联席会议: the item's number is no part of its name)
        if trig.type == "meeting" and organizers and (named := self._named_session(label, organizers[0])) is not None:
            label, has_subject = named, True  # 五届委员会第一次会议 → 资阳市政协五届一次会议
        if (counted := lexicon.COUNT_AFTER.match(text, trig.end)) is not None and _done_together(text, trig.start, trig.end):
            word = text[trig.start:trig.end]  # (遂潼两地政协已联合开展调研2次: 遂潼两地政协联合调研, who and what)
            if _DIGIT.search(text, 0, trig.start):  # (…开展联合调研3次、联合视察2次: the later kind, by its own count)
                marked = trig.start - 2 if text.endswith(("联合", "共同"), 0, trig.start) else trig.start
                ea, eb = view.span(marked, counted.end())
                word = text[marked:trig.end]
                has_subject = has_subject and not _DIGIT.search(label)
            elif text.startswith("、", counted.end()):
                eb = view.span(trig.start, counted.end())[1]  # (the first kind, up to its own count)
            if not has_subject:
                who = _named_before(text, bodies, trig.start, place_ends)
                if not who and sentence_view is not None:  # (遂潼两地政协…，联名提交提案3件: the group the sentence opened with)
                    said = [m.group() for m in _GROUP_NAMED.finditer(sentence_view.text, 0, sentence_view.index(a))]
                    who = said[-1] if said else ""
                if _normalised(who) in lexicon.GROUP_WORDS or _GROUP_NAMED.fullmatch(who):
                    # (两省市政协 for the two provincial committees: the group by the name the reference gives it)
                    who = self._collective_name(organizers) or who
                label = who + (word if word.startswith(("联合", "共同", "联名")) or "联席" in word else "联合" + word)
        if has_subject:
            rules.append("label:subject")
        if (trig.type == "meeting" and _COUNCIL_WITHOUT_OWNER.match(label) and "：" not in label
                and (group := self._collective_name(organizers))):
            label = group + label  # (三地政协在合江召开首次联席会议: 泸永江三地政协首次联席会议)
        return Initiative(
            evidence=Evidence(self.report.id, ea, eb, self.report.text[ea:eb]),
            type=trig.type,
            subtype=trig.subtype,
            label=label,
            organizers=tuple(_unique(organizers)),
            partners=tuple(k for k in _unique(partners) if k not in organizers),
            topics=tuple(_unique([*(m.entity for m in topics), *named_in_title])),
            places=tuple(_unique(m.entity for m in places)),
            status=status,
            period=period,
            programme=programmes[0].entity if programmes else self._standing_programme(organizers, partners, joint),
            joint_sichuan_chongqing=joint,
            section=sentence.section,
            rules=tuple(rules),
            trigger=view.span(trig.start, trig.end),
        )

    def _standing_programme(self, organizers: list[str], partners: list[str], joint: bool) -> str | None:
        """The standing programme of exactly the bodies doing this joint work, if there is one."""
        if not joint or not self.standing:
            return None
        return self.standing.get(frozenset([*organizers, *partners]))

    def _topics_in_names(self, programmes: list[Mention]) -> list[str]:
        """Topics written inside a programme's name in the clause (a seminar called `长江经济带沿线
        政协…研讨会` names 长江经济带): a name is one mention, so its topics are found among the
        programme's reference topics whose name the written form contains."""
        out: list[str] = []
        for m in programmes:
            entity = self.reference.get(m.entity)
            if entity is None or not entity.topics:
                continue
            cache_key = (m.entity, m.evidence.text)
            found = self._named_topics.get(cache_key)
            if found is None:  # the same programme is named in the same words clause after clause
                written = _normalised(_SPACES.sub("", m.evidence.text))
                found = self._named_topics[cache_key] = [
                    key for key in entity.topics
                    for topic in [self.reference.get(key)]
                    if any(name and _normalised(name) in written
                           for name in ((topic.name_zh, *topic.aliases) if topic is not None else ()))]
            out.extend(found)
        return out

    def _members_group(self, committee: str) -> str | None:
        """The reference's group of a committee's members (政协重庆市委员会委员), if it holds one."""
        if self._members_groups is None:
            self._members_groups = {e.parent: e.key for e in self.reference.entities.values()
                                    if e.cls == "MemberGroup" and e.parent and (parent := self.reference.get(e.parent))
                                    is not None and e.name_zh == parent.name_zh + "委员"}
        return self._members_groups.get(committee)

    def acts_on_both_sides(self, keys: list[str]) -> bool:
        """Whether the bodies `keys` make work joint Sichuan-Chongqing work (for steps after extraction)."""
        return self._joint(keys)

    def _joint(self, keys: list[str]) -> bool:
        """Actors in both provinces, or a body that is itself of both sides (住川渝全国政协委员)."""
        key = tuple(keys)
        known = self._joint_of.get(key)
        if known is None:
            known = self._joint_of[key] = self._joint_now(keys)
        return known

    def _joint_now(self, keys: list[str]) -> bool:
        provinces = {self._province(k) for k in keys}
        if "sichuan" in provinces and "chongqing" in provinces:
            # (长江经济带11省市政协, “13+1”省区市政协: a mechanism of many provinces that Sichuan and
            # Chongqing belong to is not their joint work)
            return len(provinces - {None, "national"}) < _MANY_PROVINCES
        if any(_CROSS_BORDER.search(entity.name_zh) for entity in map(self.reference.get, keys) if entity is not None):
            return True
        # 渝川黔30市州区县政协, a body the reference does not know, named by the provinces it spans
        # (涪江流域川渝九地政协: the basin named first)
        for k in keys:
            name = self._unknown_names.get(k)
            if name and (_SPANS_BOTH.match(_BASIN.sub("", name) if "流域" in name else name) or spans_both_sides(name)):
                return True
        return False

    def _bracketed_body(self, sentence: Sentence, mentions: Sequence[Mention]) -> str | None:
        """The body a paragraph's head in square brackets names whole (【经济委】), if it does."""
        close = self.report.norm.find("】", sentence.start, sentence.start + _BRACKET_HEAD_REACH)
        if close < 0:
            return None
        return next((m.entity for m in mentions if m.kind == "body" and m.evidence.start == sentence.start + 1
                     and m.evidence.end == close), None)

    def _reviews_proposals(self, key: str) -> bool:
        """Is `key` a committee's proposals committee (提案委员会), which reviews proposals?"""
        entity = self.reference.get(key)
        name = entity.name_zh if entity is not None else self._unknown_names.get(key, "")
        return "提案委员会" in name or name.endswith("提案委")

    def _committee_of_reviewer(self, key: str) -> str:
        """The CPPCC committee a proposals committee belongs to (itself where it cannot tell)."""
        entity = self.reference.get(key)
        if entity is not None and entity.parent:
            return entity.parent
        seat = self._unknown_seats.get(key)
        committee = self.reference.cppcc_seated_in(seat) if seat else None
        return committee.key if committee is not None else key

    def _went_to(self, text: str, places: Sequence[_Placed]) -> list[str]:
        """The places a clause says someone went to (赴X, 到X): each written right after a word of
        going, or after such a place (赴四川省达州市开江县、万源市: 开江县 and 万源市); a place
        written only to say where the next one is (达州市 of 达州市开江县) is not one of them."""
        out: list[str] = []
        going = False
        for i, p in enumerate(places):
            going = bool(lexicon.VISIT_BEFORE.search(text, max(0, p.start - 6), p.start)) or (
                going and i > 0 and _PLACES_GO_ON.fullmatch(text, places[i - 1].end, p.start) is not None)
            if going and not self._names_the_next(p, places[i + 1:i + 2]):
                out.append(p.mention.entity)
        return out

    def _names_the_next(self, place: _Placed, after: Sequence[_Placed]) -> bool:
        """Is `place` written right before a place inside it (自贡市荣县), only to say where that is?"""
        if not after or after[0].start != place.end:
            return False
        inner = self.reference.get(after[0].mention.entity)
        return inner is not None and inner.parent == place.mention.entity

    def _visit_pair(self, head: list[str], went_to: list[str]) -> list[str]:
        """The body at a clause's head and the committee of the place it went to (X率队到Y):
        the two sides a following 双方/两地政协 means."""
        if len(head) != 1:
            return []
        home = self.reference.home_place(head[0])
        for place in went_to:
            host = self._host_of(place)
            if host is not None and host.key not in head and not self._lies_in(place, home):
                return [head[0], host.key]  # (遂宁市政协…来到船山区: its own ground, no second side)
        return []

    def _came_to_home(self, head: list[str], text: str) -> list[str]:
        """A committee from elsewhere that came to the text's own place, written by its first
        character (射洪市政协…率考察团来潼): the visitor and the text's committee, the two sides a
        following 两地政协/双方 means."""
        own = self.default_org
        if len(head) != 1 or not own or head[0] == own or (came := _CAME_TO_INITIAL.search(text)) is None:
            return []
        home = self.reference.get(self.reference.home_place(own) or "")
        visitor = self.reference.get(head[0])
        if (home is None or not home.name_zh.startswith(came.group(1)) or not self._committee_level(head[0])
                or (visitor.cls not in CPPCC_CLASSES if visitor is not None
                    else not _COMMITTEE_NAME.fullmatch(self._unknown_names.get(head[0], "")))):
            return []  # (长寿区政协文史委一行来涪: an organ that came, to meet its counterpart)
        return [head[0], own]

    def _lies_in(self, place: str, area: str | None) -> bool:
        """Is `place` `area` or a place within it (船山区 in 遂宁市)?"""
        seen: set[str] = set()
        key: str | None = place
        while area and key and key not in seen:
            if key == area:
                return True
            seen.add(key)
            entity = self.reference.get(key)
            key = entity.parent if entity is not None else None
        return False

    def _host_of(self, place: str) -> Entity | None:
        """The CPPCC of a place someone went to; none for a province (赴重庆市合川区: the district
        is where they went)."""
        entity = self.reference.get(place)
        return None if entity is None or entity.cls == "Province" else self.reference.cppcc_seated_in(place)

    def _hosts(self, actors: list[str]) -> list[str]:
        """The CPPCCs of the places across the border the sentence says the actors went to
        (南充市政协组织委员赴重庆市合川区…开展联合调研): the body visited is a partner."""
        sides = {self._province(k) for k in actors} - {None}
        out = []
        for place in self._visited:
            body = self._host_of(place)
            side = self.reference.province_of(place)
            if body is not None and side is not None and sides and side not in sides and body.key not in actors:
                out.append(body.key)
        return out

    def _province(self, key: str) -> str | None:
        """The province of a body, known or named in the text with its place (民盟渝北区委)."""
        return self.reference.province_of(key) or self.reference.province_of(self._unknown_seats.get(key))

    def _chuanyu_marked(self, text: str, keys: list[str]) -> bool:
        """川渝政协 / 两地政协 marks the clause as work of both sides; 两地 of a pair already named
        in other provinces (綦江与习水: 两地政协) is that pair, not Sichuan and Chongqing."""
        marker = lexicon.JOINT_MARKER.search(text)
        if marker is None:
            return False
        if marker.group().startswith(("川渝", "渝川")):
            return True
        # (a pair named in one province, 东坡区政协到市中区政协…两地政协, is that pair too)
        return len({self._province(k) for k in keys} - {None}) < 2 and len(set(keys)) < 2

    def _other_side(self, keys: list[str]) -> str | None:
        """The provincial CPPCC across the border from the bodies named (a 川渝 mechanism)."""
        provinces = {self._province(k) for k in keys}
        if "chongqing" in provinces and self.reference.get("sc-cppcc"):
            return "sc-cppcc"
        if "sichuan" in provinces and self.reference.get("cq-cppcc"):
            return "cq-cppcc"
        return None

    def _status(self, a: int, b: int, text: str, lead_in: str, told: str, before: str = "") -> tuple[str, Period | None]:
        """Planned when the report part says so, when the text is a plan (合作要点), when a
        future cue (将, 拟, 计划, 下一步, 约定…) comes before the activity in its sentence, or
        when the sentence `before` the clause decides that it be held on a day (决定：…于…召开)."""
        part = self.report.part_at(a)
        status = part.status if part else DONE
        period = part.period if part and part.period else self.report.period
        own_period = bool(part and part.period)
        dated = _DATED_ITEM.match(lead_in) or _DAY_BEFORE.search(lead_in)  # (…2019年1月5日在X会议上: its day)
        if dated and (part is None or part.period is None or part.period.start <= int(dated.group(1)) <= part.period.end
                      or not self.speaks_for_itself or (lexicon.REPORT_DATELINE.match(lead_in) is not None and "会议" in text)):
            # (——2024年1月9日在X会议上: a report's dateline, the session dated by its own day)
            year = int(dated.group(1))  # 2021年1月12日，…召开: the item says its own year
            period = Period(year, year)
            own_period = True
        clause_lead = lead_in[max(lead_in.rfind(c) for c in "，,；;") + 1:]
        if (told_years := _years_told(clause_lead, self._written)) is not None:
            period, own_period = told_years, True  # (两地政协2021年举行…; 市政协2020年至2022年连续三年开展…)
        elif (since := since_span(lead_in, self._written[0] if self._written else None)) is not None:
            period, own_period = since, True  # (2022年以来，川渝政协已开展联合调研4项: each year since)
        elif (back := year_pointed_back(lead_in, self.report.norm, a)) is not None:
            period, own_period = Period(back, back), True  # (时间拨回到2022年。当年6月，…召开: that year)
        elif (self._written is not None and self._written[1] < _YEAR_END_MONTH and period is not None
              and period.start >= self._written[0] and _YEAR_BEHIND_LEAD.search(lead_in) is not None):
            # (2026-03 …：过去一年，两省市政协共同开展…: the year behind the day of writing, whatever
            # year the rest of the story is about)
            period, own_period = Period(self._written[0] - 1, self._written[0] - 1), True
        elif not own_period and (opened := self._year_opening(a, lead_in)) is not None:
            period, own_period = opened, True  # (2023年，两地政协把X作为重点。5月，…: that year's May)
        in_plan = (self._is_plan or (self._previews_session and not _PRESS_CONFERENCE.search(text) and not self._reviewing
                                     and not self._year_behind(lead_in + text))) and not (
            lexicon.DONE_MARK.search(text) or lexicon.DONE_MARK.search(lead_in))
        if status == DONE and (in_plan or self._follows_plan or lexicon.PLANNED_CUE.search(text) or (
                self._is_notice and "决定" in lead_in) or (
                _HELD_ON.search(text) and _DECIDED_BEFORE.search(before)) or (
                self._planned_lead(lead_in if self._writing_day() and _DAY_OPENS.search(lead_in) else _PLAN_AS_GROUND.sub("", lead_in),
                                   text[len(told) - len(before):])
                and not lexicon.DONE_MARK.search(text))
                or self._dated_after_writing(text)) and not self._dated_before_writing(lead_in, text):
            status = PLANNED
        held_in = _HELD_IN_MONTH.search(text) if status == PLANNED else None
        if held_in:  # (会议确定，…于2027年1月在某市召开: the year it is fixed for, not the decision's)
            period = Period(int(held_in.group(1)), int(held_in.group(1)))
        elif status == PLANNED and not own_period and self._plan_section and self._plan_section_year:
            period = Period(self._plan_section_year, self._plan_section_year)
        elif status == PLANNED and not own_period and self._plan_items and self._plan_items_year:
            period = Period(self._plan_items_year, self._plan_items_year)
        elif status == PLANNED and not own_period:  # (明年将…; 下一步… in a review written the year after)
            period = planned_period(told, period, self._written)
        return status, period

    def _year_opening(self, a: int, lead_in: str) -> Period | None:
        """The years a sentence or its paragraph opens with and dates no further (获悉，2020年至2023年，…;
        2023年，…。5月，…; 2023年是…之年。…), when none is after the day of writing; None otherwise."""
        if self._written is not None and (relative := _RELATIVE_OPENING.match(lead_in)) is not None:
            year = self._written[0] - _YEARS_BACK_WORDS[relative.group(1) or relative.group(2)]
            return Period(year, year)  # (去年全国两会期间，…: the year before the day of writing; 今年4月，…: its year)
        opened = _SENTENCE_SPAN.match(lead_in)
        if opened is None:
            start = self.report.norm.rfind("\n", 0, a) + 1
            opened = _PARAGRAPH_YEAR.match(self.report.norm, start, a)
        if opened is None:
            return None
        first = int(opened.group(1))
        last = int(opened.group(2)) if opened.group(2) else first
        if last < first or (self._written is not None and last > self._written[0]):
            return None
        return Period(first, last)

    @staticmethod
    def _planned_lead(lead_in: str, after: str) -> bool:
        """Does a word before the activity say it is to come? Not a 将 that only moves what it
        names (先后将《甲》《乙》2件提案列为年度1号提案: titles listed, then the verb after them)."""
        lead = lexicon.PLANNED_LEAD.search(lead_in)
        if lead is None:
            return False
        if lead.group() == "将" and _OBJECT_MOVED.match(lead_in[lead.end():] + after):
            return lexicon.PLANNED_LEAD.search(lead_in, lead.end()) is not None
        return True

    def _year_behind(self, text: str) -> bool:
        """Does the clause tell the year behind the text (2019年，…启动 in a press conference of
        2020-01 before a session): a review, not the session's coming business?"""
        year = _YEAR_NAMED.search(text)
        if year is None:
            return False
        if self._written_day is not None:
            return int(year.group(1)) < self._written_day[0]
        covered = self.report.period  # (no date of writing: the year the text reviews)
        return covered is not None and int(year.group(1)) <= covered.end

    def _dated_before_writing(self, lead_in: str, text: str) -> bool:
        """Does the clause open on a day before the text was written, with nothing to come said
        (根据工作计划，12月4日，市政协召开…, in a text of 12月5日)? The plan named is the frame of
        work done that day."""
        day = _DAY_OPENS.search(lead_in)
        if day is None or lexicon.PLANNED_CUE.search(text) or _WILL.search(lead_in, day.end()) or (
                lexicon.PLANNED_LEAD.search(lead_in, day.end())):
            return False
        return bool(self._writing_day()) and (int(day.group(1)), int(day.group(2))) <= self._text_day[1:]

    def _relative_year(self, text: str) -> int | None:
        """The year 今年 or 明年 in `text` means, counted from the year of writing (None if either is unknown)."""
        if self._written is None:
            return None
        if "明年" in text:
            return self._written[0] + 1
        return self._written[0] if "今年" in text else None

    def _writing_day(self) -> tuple[int, ...]:
        """The day the text was written: the metadata's, else a full date near its start (() if none).
        Without it a plan named before work (按照…计划，11月27日，…) is only its ground."""
        if self._text_day is None:
            own = _TEXT_DAY.search(self.report.norm, 0, _TEXT_DAY_REACH)
            self._text_day = self._written_day or (tuple(int(x) for x in own.groups()) if own else ())
        return self._text_day

    def _dated_after_writing(self, text: str) -> bool:
        """Does the clause date its activity after the day the text was written (a decision of
        2023-02-16 that a session 于2023年2月20日…召开)?"""
        dated = _FULL_DAY.search(text) if self._written_day else None
        if dated is not None:
            return tuple(int(x) for x in dated.groups()) > self._written_day
        # (联席会议第四次会议于2027年1月在某市召开, in a text of 2026-01: a sitting fixed for later)
        month = _HELD_IN_MONTH.search(text) if self._written else None
        if month is None or self._written is None:
            return False
        year = int(month.group(1))
        return year > self._written[0] or (month.group(2) is not None and year == self._written[0]
                                           and int(month.group(2)) > self._written[1])

    def _quiet_neighbours(self, sentence_view: Compact, a: int, b: int) -> list[tuple[int, int]]:
        """Sentence (compact) ranges of the clauses just after and just before [a, b) that name
        no activity themselves: where a subject said apart from its activity stands
        (召开座谈会，就X交换意见; 围绕X，组织委员…调研)."""
        if self._clause_views is None:  # once per sentence, only for the labels that need it
            self._clause_views = [(sentence_view.index(x), sentence_view.index(y)) for x, y in self._clauses]
        spans = self._clause_views
        here = sentence_view.index(a)
        position = next((i for i, (x, _y) in enumerate(spans) if x >= here), len(spans))
        out = []
        # (and a first clause that names the year's subject: 将X作为年度重点协商议题，…，并召开协商会)
        first = next(((i,) for i in range(position - 2, -1, -1)
                      if _DECLARED_SUBJECT.search(sentence_view.text, *spans[i])), ())
        for index in (position + 1, position - 1, *first):
            if 0 <= index < len(spans):
                x, y = spans[index]
                if sentence_view.text[max(x, here) - 1:max(x, here)] in ("；", ";"):
                    continue  # a semicolon starts another item: its subject is not this one's
                if index > position - 1 and sentence_view.text.startswith("其中", x):
                    continue  # (…提交提案4件，其中《X》被列为…: a part of what was counted, not its subject)
                if _quiet(sentence_view.text[x:y]):
                    out.append((x, y))
        return out

    def _own_words(self, start: int, end: int) -> str:
        return own_words(self.report.text, self.report.norm, start, end)

    def _label(self, view: Compact, trig: _Trigger, sentence_view: Compact, a: int, b: int) -> tuple[str, int, int, bool]:
        """The activity word with its subject (专题调研：…), in the report's own script, and the
        evidence span widened to hold the subject when it lies outside the clause."""
        text = view.text
        ts, te = view.span(trig.start, trig.end)
        head = self._own_words(ts, te).strip("“”「」《》")
        if trig.type == "meeting" and text.endswith("党组", 0, trig.start) and "党组" not in head:
            head = self._own_words(ts - 2, ts) + head  # (党组(扩大)会召开: the party group's meeting, named so)
        if trig.type == "meeting" and _PRESIDIUM_MEETING.fullmatch(text, trig.start, trig.end):
            return head.removeprefix("大会"), ts, te, False  # (召开主席团第一次会议、主席团第二次会议: each by its name)
        if trig.type == "supervision" and text.startswith("被", trig.start):
            # (…提交的《关于X的建议》被列为重点提案: the listing's words, about the proposal's subject)
            before = sentence_view.index(a) + trig.start  # (…提交了《关于X的提案》，被列为…: the title before)
            titled = None
            for titled in _TITLED_PROPOSAL.finditer(sentence_view.text, 0, before):
                pass
            return (f"重点提案督办：{self._own_words(*sentence_view.span(*titled.span('x')))}" if titled
                    else "重点提案督办"), ts, te, True
        worked = _OUTCOME_WORKED_INTO.search(text) if trig.type in ("proposal", "information", "publication") else None
        if worked is not None and self._last_subject and trig.end > worked.start() and trig.start < worked.end():
            # 两地政协将把此次视察成果整理为联名提案: what the work just told was about, worked into a proposal
            return f"{worked.group('into')}：{self._last_subject}", a, b, True
        if trig.type == "proposal" and _IN_THE_PROPOSAL.fullmatch(text, trig.start, trig.end) and "《" not in text[trig.start:trig.end]:
            # (某党派在提交的提案中说，应扩大X: the proposal on what it says, the next clause)
            after = sentence_view.index(b - 1) + 1
            said = _SAID_NEXT.match(sentence_view.text, after)
            if said is not None:
                xs, xe = sentence_view.span(*said.span("x"))
                return f"提案：{self._own_words(xs, xe)}", a, max(b, xe), True
        if head.startswith(("召开", "举行", "举办")) and len(head) > 4:
            head = head[3:] if head[2] == "了" else head[2:]  # (召开党组会议: the meeting, not its verb)
        authors = _AUTHORS_HEAD.match(text) if trig.type == "proposal" and head.startswith(("提交", "提出")) else None
        if (authors is not None and authors.end("x") <= trig.start and _DIGIT.match(text, _count_at(text, trig.end))
                and _UNIT_BEFORE.search(text, 0, trig.start) and not _NOT_AUTHORS.search(authors.group("x"))):
            # 县工商联提交集体提案5件, 农业界委员提交31件: the proposals of those who handed them in
            xs, xe = view.span(*authors.span("x"))
            kind = "集体提案" if "集体" in text[trig.start:_count_at(text, trig.end)] else "提案"
            return f"{self._own_words(xs, xe)}{kind}", a, b, True
        if (trig.type == "proposal" and head.endswith("提案") and _DIGIT.match(text, trig.end)
                and (by := _PROPOSAL_AUTHORS.fullmatch(text, 0, trig.start)) is not None):
            # 党派、团体提案66件, 民主党派、工商联集体提案12件: the proposals of the authors counted
            xs, xe = view.span(*by.span("x"))
            kind = "集体提案" if "集体" in text[trig.start:trig.end] else "提案"
            return f"{self._own_words(xs, xe)}{self._own_words(*view.span(trig.end - len(kind), trig.end))}", a, b, True
        if trig.type == "proposal" and (_TALLY_HEAD.fullmatch(head) or _SEVERAL_PROPOSALS.fullmatch(head) or (
                head.startswith(("提出", "提交")) and _THEMED_TALLY.fullmatch(text))):
            head = "提案"  # (提出提案95件 under its theme; 提出了多件…提案; 提出了不少优秀提案)
            theme = _THEME_LIST.search(sentence_view.text, 0, sentence_view.index(a))
            if theme is not None and _THEMED_TALLY.fullmatch(text):  # 围绕A、B等问题积极建言，共提出提案76件
                xs, xe = sentence_view.span(*theme.span("x"))
                return f"提案：{self._own_words(xs, xe)}", min(a, xs), b, True
        listed_tally = _LISTED_TALLY.fullmatch(text) if trig.type == "proposal" and head == "提案" else None
        if listed_tally is not None and listed_tally.start("w") == trig.start:  # 提出A、B等提案32件
            theme = _THEME_LIST.search(sentence_view.text, 0, sentence_view.index(a))
            if theme is not None:  # (围绕X，提出A、B等提案32件: the proposals on X)
                xs, xe = sentence_view.span(*theme.span("x"))
                return f"提案：{self._own_words(xs, xe)}", min(a, xs), b, True
            xs, xe = view.span(*listed_tally.span("x"))
            return f"提案：{self._own_words(xs, xe)}", a, b, True
        themed = _themed_clause(text) if trig.type == "proposal" else None
        if themed is not None and themed.start(2) == trig.start:  # 围绕X方面提出提案208件
            xs, xe = view.span(*themed.span("x"))
            return f"提案：{self._own_words(xs, xe)}", a, b, True
        if trig.type == "proposal" and (view.text, trig.start) in self._themed:
            about = _PROPOSALS_ABOUT.match(sentence_view.text, sentence_view.index(a) + trig.start)
            if about is not None:  # 15件重点提案，涵盖A、B等中心工作
                xs, xe = sentence_view.span(*about.span("x"))
                return f"提案：{self._own_words(xs, xe)}", a, max(b, xe), True
        brought = _BROUGHT.fullmatch(text, trig.start, trig.end) if trig.type == "proposal" else None
        if brought is None and trig.type == "proposal":
            brought = _QUOTED_PROPOSAL.match(text, trig.end)  # 提出的“关于X的提案”: the proposal on X
        if brought is not None:  # 带来了一份关于X的提案: the proposal on X
            bs, be = view.span(*brought.span("x"))
            return f"提案：{self._own_words(bs, be)}", a, b, True
        told = (_told_proposal(text, self._proposals_before(sentence_view, a, text), trig.start, self._bare_items)
                if trig.type == "proposal" else None)
        if told is not None and told[1] is not None and told[0][0] == trig.start:
            # 关于A、B等建议; 经济建设方面提案924件; (提案中，)经济建设方面114件
            xs, xe = view.span(*told[1])
            if text.startswith("、", told[0][1]) or text.endswith("、", 0, told[1][0]):
                a, b = xs, view.span(*told[0])[1]  # (X方面N件、Y方面M件: each its own item)
            return f"提案：{_TOLD_LEAD.sub('', self._own_words(xs, xe))}", a, b, True
        if trig.type == "proposal" and head == "提案" and _ASPECT_COUNT.match(text, trig.start):
            aspect = _ASPECT_BEFORE.search(sentence_view.text, 0, sentence_view.index(a))
            if aspect is not None:  # …方面最受关注，提案数为N件
                xs, xe = sentence_view.span(aspect.start("x"), aspect.end("x"))
                return f"提案：{self._own_words(xs, xe)}", xs, b, True
        if trig.type == "supervision" and _LISTED_AS_KEY.match(text, trig.end) and (
                titled := _TITLED_PROPOSAL.search(head)) is not None:  # 《关于X的提案》被列为重点提案: its oversight
            return f"重点提案督办：{titled.group('x')}", a, b, True
        named = (_TITLE_NEXT.match(text, trig.end) if trig.type == "proposal" and "《" not in text[trig.start:trig.end]
                 and text.endswith(("提案", "建议"), trig.start, trig.end) else None)
        if named is not None:  # 提交集体提案《关于X的建议》: the proposal on its title's subject
            return f"提案：{self._own_words(*view.span(*named.span('x')))}", a, b, True
        # (提交了关于“X”的提案: the title's subject in quotes, the verb before it)
        titled = _TITLED_PROPOSAL.fullmatch(_VERB_AND_QUOTES.sub("", head)) if trig.type == "proposal" else None
        if titled is not None:  # 《关于A的提案》《关于B的提案》: each on its own title's subject
            return f"提案：{titled.group('x')}", a, b, True
        brought = _BROUGHT_ABOUT.fullmatch(text, trig.start, trig.end) if trig.type == "proposal" else None
        if brought is not None:  # 准备了一份关于X的提案, 带来了推动X的建议: the proposal on X
            return f"提案：{self._own_words(*view.span(*brought.span('x')))}", a, b, True
        if trig.type == "proposal" and (head.rstrip("了的").endswith(("提交", "提出")) or (
                head.startswith(("联合", "联名")) and _TALLY_HEAD.fullmatch(head, 2))):  # 联合提交, 联名提交提案 → 联名提案
            head = "联名提案" if head.startswith(("联合", "联名")) else "提案"
        tracked = (_PROPOSALS_TRACKED.search(sentence_view.text, 0, sentence_view.index(a))
                   if trig.type == "supervision" and _BARE_SUPERVISION.fullmatch(head) else None)
        if tracked is not None:  # 跟踪X提案办理情况，开展专项督办: the oversight of those proposals
            xs, xe = sentence_view.span(*tracked.span("x"))
            return f"{self._own_words(xs, xe)}提案{head}", min(a, xs), b, True
        discussed = (_GROUPS_DISCUSS.match(sentence_view.text, sentence_view.index(b - 1) + 1)
                     if trig.type == "meeting" and _SPLIT_INTO_GROUPS.fullmatch(text, trig.start, trig.end) else None)
        if discussed is None and trig.type == "meeting" and (right := _DISCUSSED_RIGHT_AFTER.match(text, trig.end)) is not None:
            xs, xe = view.span(right.start("x"), right.end("x"))  # 分9个小组讨论了X报告: the groups' sitting on X
            return f"分组{right.group('v')}：{self._own_words(xs, xe)}", a, b, True
        if trig.type == "meeting" and text.startswith("按界别分组", trig.start):  # (按界别分组学习X，审议Y报告)
            discussed = _GROUPS_DISCUSS.match(sentence_view.text, sentence_view.index(a) + trig.end - 2)
        if trig.type == "meeting" and _A_SITTING.fullmatch(text, trig.start, trig.end) and (
                taken_up := _REPORT_DISCUSSED.match(text, trig.end + (text[trig.end:trig.end + 1] == "了"))) is not None:
            xs, xe = view.span(*taken_up.span())  # 分组审议讨论政府工作报告: the sitting on that report
            named = list(_SESSION_CALLED.finditer(self.report.norm, max(0, ts - _SESSION_REACH_BACK), ts))
            session = self._own_words(*named[-1].span()) if named else ""  # (出席X会议的委员们…: that session's)
            return f"{session}{head}：{self._own_words(xs, xe)}", a, b, True
        if discussed is not None:  # 分成5个组，讨论X报告: the groups' sitting on what they discussed
            what, verb = ("x", "v") if discussed.group("x") is not None else ("o", "w")  # (对X进行讨论)
            xs, xe = sentence_view.span(*discussed.span(what))
            end = sentence_view.span(discussed.start(what), discussed.end())[1]
            return f"分组{discussed.group(verb)}：{self._own_words(xs, xe)}", a, max(b, end), True
        if trig.type == "meeting" and _PREPARED.fullmatch(text, trig.start, trig.end):
            council = _COUNCIL_PREPARED.search(text, trig.start, trig.end)
            if council is not None:  # 共同筹办某某政协第三次联席会议, 筹备第21次常委会议: that meeting, to be held
                return self._own_words(*view.span(*council.span("x"))), a, b, True
            named = _SESSION_PREPARED_NAME.search(sentence_view.text)  # (做好X届Y次会议准备工作; 扛牢大会筹办责任，确保X会议…)
            return f"{self._own_words(*sentence_view.span(*named.span())) if named else '大会'}筹备", a, b, named is not None
        if _named_member_speech(text, trig):  # 甲委员建议X；乙委员就Y提出建议: 大会发言：X, the item's words
            start = sentence_view.index(a) + trig.end
            stop = _ITEM_STOP.search(sentence_view.text, start)
            end = stop.start() if stop else len(sentence_view.text)
            said = _MEMBER_SPEECH_SUBJECT.match(sentence_view.text, start, end)
            if said is not None:
                xs, xe = sentence_view.span(*said.span("x"))
                return f"大会发言：{self._own_words(xs, xe)}", a, max(b, sentence_view.span(start, end)[1]), True
        themed_speech = _THEMED_SPEECH.search(text) if trig.type == "consultation" and "发言" in text else None
        if themed_speech is not None and _speech_said(themed_speech) == (trig.start, trig.end):
            xs, xe = view.span(*_speech_theme(themed_speech))  # 就X作了发言: 大会发言：X
            return f"大会发言：{self._own_words(xs, xe)}", min(a, view.span(themed_speech.start(), themed_speech.end())[0]), b, True
        if trig.type == "consultation" and (_SPEECH.fullmatch(text, trig.start, trig.end) or (
                text.endswith("发言", 0, trig.end) and _RECEIVED_AFTER.match(text, trig.end))):  # (…的发言赢得掌声)
            said = _SAID.search(self._own_words(ts, te))  # 作了题为《关于X的建议》的大会发言, 就“X”在…上发言: a speech on X
            kind = "书面发言" if "书面" in head else "大会发言"
            themes = _THEMES_SPOKEN_ON.search(text, 0, trig.start) if said is None else None
            if themes is not None:  # 就A、B等问题作了大会书面发言: speeches on those questions
                xs, xe = view.span(*themes.span("x"))
                return f"{kind}：{self._own_words(xs, xe)}", min(a, xs), b, True
            return (f"{kind}：{said.group('x')}", a, b, True) if said else (kind, a, b, False)
        if trig.type == "other" and _HONOURED.fullmatch(text, trig.start, trig.end):
            award = _AWARD.match(text, trig.end) if text[trig.start:trig.end] != "表扬" else None
            if award is None and trig.start > 0 and text[trig.start - 1] == "”":  # (获市政协“优秀提案”表扬)
                award = _QUOTED_AWARD.search(text, 0, trig.start)
            if award is not None:  # 被评为某区政协2020年度优秀提案: the award given, its giver aside
                ws, we = view.span(*award.span("x"))
                counted = _COUNT_HONOURED.search(text, 0, trig.start)  # (4篇被评为…: the honour told from its count)
                own = view.span(min(counted.start() if counted else trig.start, award.start()), max(award.end(), trig.end))
                return f"{_unquoted(self._own_words(ws, we)).removesuffix('表彰')}表彰", *own, True  # (获X表彰: told once)
        if _reviews_proposals(text, trig):
            named = list(_SESSION_NAME.finditer(self.report.norm, max(0, ts - _SESSION_REACH_BACK), ts))
            # 对委员们提交的提案进行严格审查: the review of that session's proposals
            return (self._own_words(*named[-1].span()) if named else "") + "提案审查", a, b, True
        if trig.type == "information" and text.startswith("以", trig.start):
            return "社情民意信息", a, b, False  # (以社情民意信息形式…反映: the information, its form aside)
        item = _listed_means(text, trig)  # 通过“甲”纾解X、“乙”活动助推Y: each its own item
        if item is not None:
            a, b = view.span(*item)
        if text.startswith("“", trig.start) and "”" in text[trig.start:trig.end]:
            return _QUOTES.sub("", self._own_words(ts, te)), a, b, True  # “双助”活动: it names itself
        cause = (lexicon.FOR_BEFORE.search(text, 0, trig.start)
                 if lexicon.FOR_A_CAUSE.fullmatch(text, trig.start, trig.end) else None)
        if cause is not None:  # 为X建真言、为Y献良策: each on its own X, told by its own words
            cs, ce = view.span(cause.start() + 1, trig.start)
            own = view.span(text.rfind("、", 0, cause.start()) + 1, trig.end)
            return f"{_balanced(self._own_words(cs, ce).strip('“”「」《》'))}{head}", *own, True
        if trig.type == "meeting" and _SESSION_NAME.fullmatch(normalise(head)):
            return head, a, b, True  # 九届五次会议: the session's name says what it is
        term = _TERM_BEFORE.search(text, 0, trig.start) if trig.type == "meeting" and _NTH_SITTING.fullmatch(head) else None
        if term is not None:  # 第十届忠县委员会第三次会议: the committee's term and the sitting
            xs, _xe = view.span(term.start(), term.end())
            return self._own_words(xs, te), a, b, True
        numbered = _NUMBERED_SITTING_NAME.fullmatch(normalise(head)) if trig.type == "meeting" else None
        if numbered is not None:  # 召开第N次党组、第M次主席(扩大)会议: each by its number
            name = head[numbered.start("name"):]
            return (name + "会议" if name.endswith("党组") else name), a, b, True
        if trig.type == "meeting" and (((_A_SITTING.fullmatch(head) or head == "联组") and (
                _SITTING_ATTENDED.search(text, 0, trig.start) or text.startswith(("了", "中"), trig.end)
                or text.endswith(("进入", "转入"), 0, trig.start)))  # (X会议进入分组讨论: that session's sitting)
                or text.endswith(("次会议召开", "次会议举行"), 0, trig.start)):  # (…会议召开召集人会议: its sitting)
            named = list(_SESSION_CALLED.finditer(self.report.norm, max(0, ts - _SESSION_REACH_BACK), ts))
            sitting = "联组讨论" if head == "联组" else head  # 出席会议、参加分组讨论: that session's sitting
            return (self._own_words(*named[-1].span()) if named else "") + sitting, a, b, bool(named)
        if trig.type == "meeting" and _OPENS_OR_CLOSES.fullmatch(normalise(head)):
            named = list(_SESSION_NAME.finditer(self.report.norm, max(0, ts - _SESSION_REACH_BACK), ts))
            if named:  # 在闭幕会上讲话: the closing sitting of the session told before
                return self._own_words(*named[-1].span()) + head, a, b, True
        if head in ("会议", "大会"):  # 本次会议将于…开幕: the session the text named last
            named = list(_SESSION_NAME.finditer(self.report.norm, max(0, ts - _SESSION_REACH_BACK), ts))
            if named:  # (…将于20日闭幕: its closing sitting)
                sitting = "闭幕会" if _CLOSES_ON.match(text, trig.end) else ""
                return self._own_words(*named[-1].span()) + sitting, a, b, True
        if _VISIT_WORD.fullmatch(text, trig.start, trig.end):  # 一行来到X: a visit to X
            ps, pe = view.span(trig.end, len(text))
            place = self._own_words(ps, pe).strip("“”「」《》")
            return (f"{place}调研" if place else head), a, b, bool(place)
        if lexicon.WEAK_TRIGGER.fullmatch(text, trig.start, trig.end) and text.endswith("等", 0, trig.start):
            opened = [m for m in _SUBJECT_OPENS.finditer(sentence_view.text, 0, sentence_view.index(a))]
            if opened:  # 就A，B，C等议政建言: the themes from 就 on, over the clauses of the list
                os_, _ = sentence_view.span(opened[-1].start(), opened[-1].end())
                ss, _ = sentence_view.span(opened[-1].end(), opened[-1].end() + 1)
                themes = _balanced(self._own_words(ss, view.span(trig.start, trig.end)[0]).rstrip("等"))
                return f"{_CLAUSE_GAP.sub('、', themes)}{head}", os_, b, True
        found = subject_span(text, (trig.start, trig.end), sentence_view.text,
                             lambda: self._quiet_neighbours(sentence_view, a, b))
        if (found is not None and found[2] and trig.type == "meeting" and _NUMBERED_HEAD.search(normalise(head))
                and _SPIRIT_BEFORE.search(sentence_view.text, 0, found[0])):
            found = None  # 举行九届五次常委会会议，学习X精神: a named meeting's agenda item, not what it was
        if found is None:
            quoted = _QUOTED.search(text, trig.start, trig.end) or _QUOTED.search(text)  # (its own name first)
            if quoted:
                qs, qe = view.span(quoted.start(1), quoted.end(1))
                name = self._own_words(qs, qe)
                if name in _QUOTES.sub("", head):
                    return _QUOTES.sub("", head), a, b, False  # the trigger holds the name (“X”活动)
                return (name if head in name else f"{name}{head}"), a, b, False
            if self._headline_subject:  # 正准备召开专题协商会 under 南岸区政协聚焦城市内涝治理
                return f"{self._headline_subject}{head}", a, b, True
            if trig.type == "meeting" and self._last_subject and _BARE_MEETING.fullmatch(normalise(head)):
                # 联合开展琼江巡查。…并召开座谈会: the meeting of the work just told, on its subject
                return f"{self._last_subject}{head}", a, b, True
            agenda = _AGENDA_NEXT.match(sentence_view.text, sentence_view.index(b)) if trig.type == "meeting" else None
            if agenda is not None:  # 举行联席会议，审议X: the meeting, by what it took up
                xs, xe = sentence_view.span(*agenda.span("x"))
                return f"{head}：{self._own_words(xs, xe)}", a, max(b, xe), True
            if trig.type == "meeting" and _NAMED_MEETING.fullmatch(normalise(head)):
                return head, a, b, False  # 召开党组会议、主席扩大会议: each meeting by its own name
            lead = _LEADING.sub("", text)
            skipped = len(text) - len(lead)
            held = _HELD_BY.match(text, skipped)
            if held is not None and held.start("verb") <= trig.start and trig.end - held.end() >= _OBJECT_CHARS:
                # 梁平区政协召开重点提案办理协商会: the meeting held, named with the committee that
                # holds it where its name stands right before the verb (某某主持召开X: X alone)
                os_, oe = view.span(held.end(), min(len(text), held.end() + 40))
                if _HOLDER_END.search(text, skipped, held.start("verb")):
                    hs, he = view.span(skipped, held.start("verb"))
                    return self._own_words(hs, he) + self._own_words(os_, oe), a, b, False
                told = self._own_words(os_, oe) or head
                return (told[1:-1] if told.startswith("的") and told.endswith("上") else told), a, b, False
            ls, le = view.span(skipped, min(len(text), skipped + 40)) if lead else (a, b)
            told = self._own_words(ls, le) or head
            if trig.type in ("meeting", "event") and (tail := _HELD_TAIL.search(told)) is not None and tail.start() >= 4:
                told = told[:tail.start()]  # (某届某次常委会议在成都召开: the meeting, not where it was held)
            if trig.type == "meeting" and (where := _SITTING_WHERE.fullmatch(told)) is not None:
                told = where.group("x") or where.group("y")  # (在闭幕会前召开的选举会上: the sitting, not where things happened)
            return told, a, b, False
        start, end, in_sentence = found
        source = sentence_view if in_sentence else view
        ss, se = source.span(start, end)
        subject = _balanced(self._own_words(ss, se).strip("“”「」《》"))
        subject = _PLACE_THEN_VERB.sub(r"\1", subject)  # (金佛山景区开展提质扩容 → 金佛山景区提质扩容)
        if subject.startswith("的"):
            subject = subject[1:]  # 在…召开的X研讨会: the subject starts after 的
        if trig.type != "meeting" and len(subject) <= 30:
            self._last_subject = subject  # (for a bare 座谈会 told after it)
        if head in subject:
            return subject, min(a, ss), max(b, se), True
        if subject in head:  # 《关于X的建议》: the title holds its subject
            return (f"提案：{subject}" if trig.type == "proposal" else head), min(a, ss), max(b, se), True
        # (a platform's name, “某事好商量”远程协商, says how it consulted: the words of what it was
        # about, told next, name it better where the two are one initiative)
        return _joined(subject, head), min(a, ss), max(b, se), not names_a_platform(subject)


def _subjects_then_work(text: str, e: int) -> bool:
    """Is what follows the activity word at `e` a list of subjects closed by 等工作 (调研考察机关党建、
    履职平台建设等工作: what it looked into), not a list of ways of working (调研、视察等工作)?"""
    found = _SUBJECTS_THEN_WORK.match(text, e)
    if found is None:
        return False
    items = [x.strip("“”") for x in found.group("items").split("、")]
    return all(x and lexicon.GENERIC_ACTIVITY.fullmatch(x) is None and not lexicon.ANY_TRIGGER.search(x)
               and not x.endswith(_WORK_ENDS) for x in items)


def _joined(subject: str, head: str) -> str:
    """The subject and the activity word, written once where the subject ends as the word begins
    (聚焦老旧小区改造行动重点协商: subject …行动重点, word 重点协商)."""
    for k in range(min(len(subject), len(head) - 1), 1, -1):
        if subject.endswith(head[:k]):
            return subject + head[k:]
    return subject + head


def _with_topics_told(item: Initiative, mentions: Sequence[Mention]) -> Initiative:
    """`item` with the topics named in its evidence when its own clause named none: the label
    reached into the clause that says what it was about (召开会议，传达学习X精神)."""
    if item.topics or "label:subject" not in item.rules:
        return item
    told = [m.entity for m in mentions if m.kind == "topic"
            and item.evidence.start <= m.evidence.start and m.evidence.end <= item.evidence.end]
    return replace(item, topics=tuple(_unique(told))) if told else item


#: Roles that name an initiative's organisers from its own words, not from a fallback.
_FOUND_IN_TEXT = frozenset({"role:clause-subject", "role:passive-agent", "role:supported-body-organises",
                            "role:co-organizer", "role:owner-named", "role:named-pair", "role:session-committee"})


# A session's opening or closing sitting
_OPENS_OR_CLOSES = re.compile(r"(?:开幕|闭幕)(?:大会|会)")
# a meeting word with nothing of its own to say what it was about
_BARE_MEETING = re.compile(r"(?:工作|调研|专题|协商|汇报|情况)?(?:座谈会|座谈交流|交流会|研讨会|座谈)")


def _listed_means(text: str, trig: _Trigger) -> tuple[int, int] | None:
    """The item of a list of named means (通过“甲”纾解X、“乙”活动助推Y) that holds the trigger,
    from the mark before its name to the mark after it; None outside such a list."""
    opened = text.rfind("“", 0, trig.end)
    means = _means_before(text, opened) if "、" in text else None
    if means is None:
        return None
    start = text.rfind("、", 0, opened) + 1 or means  # (the first item starts at its 通过/依托)
    end = text.find("、", trig.end)
    return start, end if end >= 0 else len(text)


# how the names of government departments the reference lacks end (某区文化和旅游发展委员会, 某局)
# a list's last items and their count opening a clause (…乙,丙等4所学校视察调研): the list the clause
# before began, its verb there
_LIST_TAIL_OPENS = re.compile(r"[^，,；;。、]{2,20}?等[\d一二三四五六七八九十]+[所个家处座]")
# a meeting told by where it went or that it is sitting (议事会开进某村, 协商会议正在召开): held
_GOES_OR_SITS = re.compile(r"开进|走进|来到|正在(?:召开|举行)")
_DEPARTMENT_ENDS = ("委员会", "局", "中心", "办公室", "办")
# a visit's verb before the work it looked into (调研X协商工作, 视察…监督工作)
# a count right after the work (活动66次, 16件), and a speaker telling of their own (我参加…, 本人提交…)
_COUNT_AFTER = re.compile(r"(?:活动)?[\d一二三四五六七八九十两]+(?:余|多)?[次件项场个篇]")
_FIRST_PERSON = re.compile(r"(?:^|[“，,：:])(?:[^，,。“”]{0,8}[，,])?(?:我|本人)(?![们国市区县省党])")
_AUTHORS_TALLY = re.compile(lexicon.AUTHORS_BEFORE[:-1] + r"(?:集体)?提案\d")  # (党派、团体提案66件: its authors' count)
_AUTHORS_COUNTED = re.compile(r"(?:提交|提出|撰写)了?(?:集体|联名)?(?:提案)?\d+(?:余|多)?[件篇]")  # (X提交提案12件)
_PLACES_GO_ON = re.compile(r"[、和及与]?")  # (赴甲市乙县、丙市: the places one after another)
# 确定X政协为第三次会议主办单位, 确定X为明年联席会议第四次会议的轮值主席单位: the group's next meeting
# (确定由X政协承办第三次会议: the other order)
_NEXT_HOST = re.compile(r"(?:确定|商定|明确|决定)[，,：:]?(?:(?:由)?[^，,；;。]{2,24}?(?:为|作为)(?:明年|下一?次|下届)?"
                        r"(?P<m>[^，,；;。为]{0,16}?第[一二三四五六七八九十\d]{1,3}(?:次|届)[^，,；;。]{0,8}?(?:会议|论坛|会))"
                        r"的?(?:轮值)?(?:主办|承办|轮值主席|东道主|召集)(?:单位|方)"
                        r"|(?:\d{4}年|明年|下一?年)?由[^，,；;。]{2,24}?(?:轮值)?(?:承办|主办)(?=[^，,；;。]{0,8}?第)"
                        r"(?P<m2>[^，,；;。]{0,8}?第[一二三四五六七八九十\d]{1,3}(?:次|届)[^，,；;。]{0,8}?(?:会议|论坛|会)))"
                        # (会议商定，2023年由X政协承办第三次协作会议: the clause after the verb, led by the year)
                        r"|^(?:[一二三四五六七八九十]是)?(?:\d{4}年|明年)(?:上半年|下半年|\d{1,2}月份?)?由[^，,；;。]{2,24}?(?:轮值)?(?:承办|主办)"
                        r"(?P<m3>[^，,；;。]{0,8}?第[一二三四五六七八九十\d]{1,3}(?:次|届)[^，,；;。]{0,8}?(?:会议|论坛|会))"
                        # (会议确定2027年第七次联席会议由X政协承办: the meeting first, then its host)
                        r"|(?:确定|商定|明确|决定)[，,：:]?(?:\d{4}年|明年)?"
                        r"(?P<m4>第[一二三四五六七八九十\d]{1,3}(?:次|届)[^，,；;。由]{0,8}?(?:会议|论坛|会))由[^，,；;。]{2,24}?(?:轮值)?(?:承办|主办)")
_ORDINAL = re.compile(r"第[一二三四五六七八九十\d]{1,3}(?:次|届)")
# a session's sitting opening a sentence as where its work is told (分组讨论中，…; 大会发言环节，…)
_SITTING_OPENS = re.compile(r"(?:在)?(?P<m>大会发言|分组讨论|小组讨论|联组讨论|界别联组讨论)(?:中|环节|期间|时)(?:[，,]|$)")
_SESSION_TOLD = re.compile(r"[一二三四五六七八九十\d]届(?:[\u4e00-\u9fff]{0,14}?委员会)?第?[一二三四五六七八九十\d]{1,4}次(?:全体)?会议")
_BRACKET_HEAD_REACH = 16  # characters a paragraph's bracketed head may run to (【港澳台侨和外事委】)
# a preview's sentence opening on the year behind it (在回顾过去一年工作时，…; 过去一年，…; 一年来，…)
_YEAR_BEHIND_LEAD = re.compile(r"(?:^|[，,。；;])(?:在|据)?(?:回顾)?(?:过去(?:的)?一年|一年来)[，,]")  # (过去一年，…)
_YEAR_END_MONTH = 10  # (一年来 written from October on is that year's own)
_LOOKS_BACK = re.compile(r"(?:在|据)?(?:回顾)?(?:过去(?:的)?一年|一年来|去年)(?:[^，,。]{0,8}?时)?[，,]")
# a mechanism's founding told after its name (联席会议于2023年在某地发起成立): no sitting held
_FOUNDED_AFTER = re.compile(r"(?:(?:于|在)?\d{4}年(?:\d{1,2}月)?)?(?:在[^，,；;。]{1,12}?)?(?:发起|正式|共同|联合)?(?:成立|设立|组建|建立)(?!\d+周年)")
_MADE_INTO = re.compile(r"(?:打造|建设|建)成|作为|办成")  # (把X打造成…: what X is to become)
_REGION_WORDS = re.compile(r"毗邻|地区|沿线|片区|流域|区县政协$")  # (a region's committees named as a whole)
_SITTING_REACH = 600  # characters back a session's sitting told may still hold the speeches after it
_THEIR_WORK = ("工作", "的工作", "各项工作")  # (指导区县政协工作: the work guided)
_LOOKED_INTO_BEFORE = re.compile(r"(?:调研|视察|考察|了解|指导|督导|点赞)[^，,；;。]{0,12}$")
# a list of fields of work (在走访调研、社会管理…等方面)
_IN_ASPECTS_BEFORE = re.compile(r"在(?:[^，,；;。、]{0,8}、)*[^，,；;。、]{0,4}$")
_ASPECTS_AFTER = re.compile(r"[^，,；;。、]{0,6}(?:、[^，,；;。、]{2,20})*等?(?:方面|领域)")
# proposals counted, then who oversees them (9件重点提案由副区长领衔督办)
_COUNTED_OVERSEEN = re.compile(r"\d+\s?件[^，,；;。]{0,8}提案由[^，,；;。]{0,12}$")
# a function named as what work serves or prepares (为加强和改进人民政协…, 为下步…)
_FUNCTION_SERVED = re.compile(r"(?:^|[，,])为(?:加强|改进|推进|推动|做好|规范|深化|下步|下一步|今后)[^，,；;。]{0,16}$")
# a speaker reporting in the words the text records (下面，我就X予以简要通报)
_SPEAKER_REPORTS = re.compile(r"(?:^|[，,])(?:下面|现在)?我(?:代表[^，,；;。]{2,20})?就[^，,；;。]{2,60}(?:予以|作|进行)(?:简要|简单)?$")
# the verbs of a session's business listed before one more (听取、审议、协商、讨论…报告)
_BUSINESS_VERBS = re.compile(r"(?:听取|审议)[、和及](?:[\u4e00-\u9fff]{2}[、和及])*$")
# a meeting the text has told, pointed back to (此次…会议, 本次会议)
_HEAD_MARKS = "▲■◆●★◇□△"  # marks opening a digest's block heads
# a count closing the first work's clause before the next is told (互访交流5批次，联合开展…)
_COUNTED_THEN_NEXT = re.compile(r"[\u4e00-\u9fff]{0,4}?\d+(?:余|多)?(?:批次|批|次|轮|项|场)[，,]")
_THIS_ONE_BEFORE = re.compile(r"(?:^|[，,“])(?:此次|本次|这次|这是|这也是|此次是|本期|此期)[^，,；;。]{0,30}$")  # (本期讲堂以X为题: the one just told)
_CAMPAIGN_AFTER_QUOTE = re.compile(r"(?:[\u4e00-\u9fff]{0,2}?(?:实践|主题|专项|系列))?(?:活动|行动)(?![室站中阵])")
# a count right after information sent (报送社情民意信息600余篇), and words of doing it together before it
_INFO_TALLY_AFTER = re.compile(r"(?:信息)?(?:共|累计|合计|达)?\d+(?:余|多)?(?:篇|件|条|期)(?=[，,；;。、]|$)")
_TOGETHER_BEFORE = re.compile(r"联名|联合|共同|两地|三地|携手")
# (…两地政协还联名提交提案3件; 住川渝全国政协委员在全国两会期间联名提交提案4件: the group's own)
_WHEN_WORDS = r"全年|今年|去年|当年|年内|年度内|一年来|累计"  # (三地政协全年联名提交提案3件)
_ADVERBS_ONLY = re.compile(r"(?:还|也|并|又|已|共|累计|" + _WHEN_WORDS + r")*")
_GROUP_WORD_BEFORE = re.compile(r"(?:(?:川渝)?(?:[\u4e00-\u9fff]{2,4})?(?:两地|三地|四地|两省市|三省市)政协(?:委员)?|双方|住川渝全国政协委员|住川[、和及与]住渝全国政协委员|两地(?:政协)?委员)"
                                r"(?:还|也|并|又|已|共|共同|再次|" + _WHEN_WORDS + r")*(?:在[^，,；;。]{2,12}期间)?(?:还|也|并|又|已|共)*$")
_PAIR_NAMED_BEFORE = re.compile(r"[与和同及、][^，,；;。]{1,16}?(?:政协|委员会)$")
_RECIPIENT_BEFORE = re.compile(r"(?:向|报送|上报|报|送|提交)$")  # (报送全国政协的…信息: the one it went to, not who sent it)
_GATHERED_BEFORE = re.compile(r"(?:反映|收集)")  # (收集反映X相关社情民意信息42条: the verbs of information work)
_THEMED_INFO_BEFORE = re.compile(r"(?:相关|方面的?|领域的?)$")  # (报送疫情防控相关社情民意信息42条: on a subject)
# 将把意见建议梳理形成提案, 将对成果进行梳理，形成专报, 将把成果整合为视察报告: what advice is to be
# worked into, to come (the output of work done is no work of its own: 形成调研报告)
_WORKED_INTO_BEFORE = re.compile(r"(?:将|拟)[^。；;]{0,40}?(?:梳理|整理|汇总|整合|提炼)(?:后)?[，,]?(?:形成|成|为)?了?$")
_WORKED_REACH = 60
_HOSTED_FOR = re.compile(r"(?<!协)承办了?(?:由)?(?=[^，,；;。]{2,40}$)")  # (区政协承办了川渝政协…活动: hosting others' work)
# the kind of its owner's work right after the owner hosted for (承办区政协专题协商会)
_OWNERS_KIND_NEXT = re.compile(r"(?:专题|年度|全体|双周)?")
_QUOTED_BEFORE_END = re.compile(r"“[^”]*$")  # (a body named inside the work's quoted theme is not its owner)
# a committee's team come to the writer's place for an exchange (来达考察交流, 前来我县…学习交流)
_ARRIVED_FOR_EXCHANGE = re.compile(r"(?<![以未原近从后本将起再])来(?!自|源)[\u4e00-\u9fff]{0,4}?[，,]?[^。；;]{0,40}?"
                                   r"(?:考察交流|交流考察|学习交流|交流学习)")
_STOP_WORDS_BEFORE = re.compile(r"一路|沿途|随机|随后|先后|还|并")  # (一路走访了…, 并随机走访…: the trip's stops)
# a sitting named as where something is handed in (将提交年内召开的…联席会议)
_HANDED_TO_BEFORE = re.compile(r"(?:提交|报送|提交给|提交至|报送至)[^，,；;。]{0,24}?(?:召开|举行)的[^，,；;。]{0,24}$")
_NEXT_STAGE = re.compile(r"第[二三四五六七八九十]阶段|下一阶段|下阶段|第[二三四五六七八九十]轮|下一站")
_TO_BE_BEFORE = re.compile(r"(?:将|拟|还将|要)[^，,；;。]{0,8}$")  # (成果将整合…: an outcome still to come)
_INTO_BEFORE = re.compile(r"(?:形成|转化为|转化成|整合为|梳理为|汇总为|整理为|整理成)$")  # (…成果将形成《X专报》)
_WORKED_VERBS = ("梳理", "整理", "汇总", "整合", "提炼")  # (…整理形成综合报告: judged in _acted, planned only)
_WRITTEN_AFTER = re.compile(r"后(?:写出|撰写|提交|形成|提出)的")
_LED_BY_BEFORE = re.compile(r"(?:^|[，,])(?:其中\d*件?|\d+件)?(?:将)?由[^，,；;。《》]{2,20}?(?:分别)?(?:领衔)?$")
_BILL_AFTER = re.compile(r"(?:《[^》]{2,80}》)?[^，,；;。《》]{0,4}?的?议案")
_FOUND_IN_COURSE_AFTER = re.compile(r"(?:视察|调研|考察|监督|协商)?(?:工作)?(?:过程)?中(?:所)?(?:发现|收集|梳理|掌握|了解)(?:到)?的")
_DONE_WELL_AFTER = re.compile(r"(?:工作)?(?:做|抓|落)(?:扎实|实|细|深|优|好|到位)")
_OBJECT_BEFORE = re.compile(r"对[^，,；;。对]{0,30}$")
_SUMMED_UP_AFTER = re.compile(r"[^，,；;。]{0,8}?(?:进行了?|作了?|开展了?)(?:认真|全面|系统|具体)?(?:分析总结|总结分析|总结评估|评估|总结|复盘|梳理|"
                              r"(?:宣传)?动员|安排部署|部署安排|安排|部署)(?=[，,；;。和及、]|$)")  # (对民主评议工作作安排: the work arranged, told apart)
_TODAYS_MEANS_BEFORE = re.compile(r"(?:^|[，,])(?:通过|经过)(?:今天|当天)的?[^，,；;。]{0,12}$")
_HELD_AFTER_WORDS = re.compile(r"召开|举行|开幕|闭幕|将于|定于|期间|上|中")
# the words between a named means and the meeting it serves (通过“X”召开本年度第一次常委会议)
_HELD_THROUGH = re.compile(r"(?:系统|平台)?(?:召开|举行|组织召开)(?:了|今年|本年度|年度)*")


def _means_before(text: str, opened: int) -> int | None:
    """Where the 通过 / 依托 that makes the name opened at `opened` a means begins (通过“甲”…、“乙”…),
    or None when no such word stands before it in the clause."""
    if opened < 0:
        return None
    found = _BY_MEANS_OF.search(text, 0, opened)
    return found.start() if found else None


def _balanced(subject: str) -> str:
    """The subject without a quote mark left open by the trim (视察“明日之星”企业 → 明日之星企业)."""
    for left, right in ("“”", "「」", "《》", "()", "（）"):  # (甲”和“乙: closed before opened, after the trim)
        if subject.count(left) != subject.count(right) or subject.find(right) < subject.find(left):
            subject = subject.replace(left, "").replace(right, "")
    return subject


def _unique(items) -> list[str]:
    seen: dict[str, None] = {}
    for item in items:
        seen.setdefault(item, None)
    return list(seen)


guard_patterns(globals())  # (every pattern above: the same matches, scans that skip ahead)
