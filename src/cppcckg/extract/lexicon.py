"""The vocabulary of CPPCC work reports that marks activities, roles and status.

General language of such reports (any year, any level), not phrases of one report.
Each trigger is (regex, type, subtype); the subtype is an ontology class local name.

Longer than 400 lines because it is one vocabulary: the activity words and the cue words the
extractor reads them with stay side by side, each defined once, so that a new word is added
next to the words it must not be confused with.
"""

from __future__ import annotations

import re

from cppcckg.extract.firstchars import FirstCharIndex, alternatives, first_chars, guard_patterns, guarded, searched

# A party arriving somewhere (一行来到X): a visit, when no other activity word says it.
VISIT_ARRIVAL = r"(?:先后|首先|随后)?(?:来到|走进|深入|前往)"
# The words that open what work is about (围绕X, 就X, 聚焦X; not 成就, 就此, 就业).
SUBJECT_OPENER = r"(?:围绕|聚焦|针对|(?<!成)就(?!此|业))"

# A river basin named before the committees along it (涪江流域川渝九地政协).
RIVER_BASIN = r"[\u4e00-\u9fff]{1,3}[江河湖]流域"
# The teams that carry out field work (调研组还召开座谈会, 视察组一行实地察看).
FIELD_TEAMS = r"考察组|调研组|视察组|督查组"

# A speech given at a session or sitting (作了题为《X》的大会发言, 代表某界别作了《关于X的建议》,
# 就“X”在全体委员大会上发言, 围绕“X”等主题大会书面发言): advice given, on the title's or the quoted subject.
# 某某委员建议X, 某某委员代表某党派省委建议X, 某某委员聚焦X提出建议, 某某委员就X发表见解: one named
# member's speech, the clause's first words; kept only inside a sitting's chain of speeches
# (a person's name: no count, and none of the words that say which members or who sent them)
NAMED_MEMBER_SPEECH = (r"(?:^|(?<=[，,；;]))(?!组织|动员|邀请|带领|率领|引导|鼓励|支持|广大|全体|政协|界别|特邀|常委|党员|党外|"
                       r"优秀|相关|有关|驻会|专职|新任|本届|上届|青年|女|老|港澳|台|侨|市|区|县|省|州|全国|民主|农工|九三|致公)"
                       r"(?:(?![两一二三四五六七八九十几多数各全部分名位些等的们地])[\u4e00-\u9fff]){2,3}委员"
                       r"(?=(?:代表[^，,；;。]{2,24}?)?(?:建议|提出(?!的)|就|围绕|聚焦|对|呼吁|"
                       r"作了?题为|[作做]了?(?:大会)?发言|发言))")
SPEECH = (r"(?<![作做])发言(?=的[\u4e00-\u9fff]{1,6}?委员[^，,；;。]{0,4}?(?:认为|建议|提出|呼吁))|"  # (代表X发言的某某委员认为…)
          r"[作做]了?(?:题为)?《[^》]{2,80}》(?:[、和]?《[^》]{2,80}》)*的?(?:[省市区县州]?政协)?(?:大会|书面|口头|专题){0,2}发言|"
          # (代表某党派以《X》为题(作)发言; 分别以《甲》《乙》为题进行了交流发言: a speech on each title)
          r"以《[^》]{2,80}》(?:[、和]?《[^》]{2,80}》)*为题(?:[作做]了?|进行了?)?(?:大会|书面|口头|专题|交流){0,2}发言|"
          r"(?<!成)就“[^”]{2,40}”(?:[作做]了?)?(?:大会|书面|口头)?发言|"  # (某界委员就“X”发言)
          # 某某委员代表民进某区工委会发言: a speech on behalf of a party's or a sector's committee;
          # (…代表某党派区委会，)围绕“X”发言: the speech, on its quoted subject; 围绕X作大会口头发言
          r"(?<=员会|委会|工委|总支|支部|界别)(?:[作做]了?)?(?:大会|书面|口头){0,2}发言(?:时(?=说|指出|表示|呼吁|建议|提出|认为|$))?(?=[，,；;。]|$|[说指表呼建提认])|"
          r"(?:^|(?<=[，,])|(?<=员会|委会|工委|总支|支部|界别))围绕“[^”]{2,40}”(?:[作做]了?)?(?:大会|书面|口头){0,2}发言(?=[，,；;。]|$)|"
          r"[作做]了?《关于[^》]{2,80}的(?:建议|思考)》|"
          r"(?<!成)就“[^”]{2,40}”在[^，,；;。“”]{2,16}?(?:大会|全会|全体会议|常委会议?|常委会会议)上(?:作|做)?了?(?:大会|书面|口头)?发言|"
          r"(?<=主题|”等)(?:大会)?书面发言|(?<=主题|”等)大会发言|(?<=[》”]等)[作做]了?(?:大会|书面)发言|"
          r"(?<=等问题|等方面)[作做]了?(?:大会|书面|口头){1,2}发言|"  # 就A、B等问题作了大会书面发言: speeches on them
          r"(?<=等问题|等方面)(?:纷纷|踊跃|先后)(?:作了?)?发言|"  # 围绕A、B等方面纷纷发言: members' speeches on them
          # 《关于X的建议》作为书面发言交流: the titled advice given as a speech; 在书面发言中建议: a speech given
          r"《[^》]{2,80}》作为(?:大会)?(?:书面|口头)?发言|(?<=在)(?:大会)?(?:书面|口头)?发言|"
          # 提交了书面发言材料《X》, 提交了《X》的书面发言材料: a written speech, by its title
          r"(?:提交|报送)了?(?:大会)?(?:书面)?发言材料《[^》]{2,80}》|(?:提交|报送)了?《[^》]{2,80}》的?(?:大会)?书面发言(?:材料)?|"
          # 准备了一份《X》的发言材料: a speech prepared, by its title
          r"(?:准备|撰写)了?(?:一份|一篇)?《[^》]{2,80}》的?(?:大会)?(?:书面)?发言(?:材料|稿)|"
          # 某某委员的发言赢得阵阵掌声: a speech told by who gave it and how it was received
          r"(?<=委员|代表)[\u4e00-\u9fff]{2,3}的(?:大会)?发言(?=赢得|获得|引起|受到|博得)|(?<=委员的|代表的)(?:大会)?发言(?=赢得|获得|引起|受到|博得)")

# A coming session prepared (筹备开好X届Y次会议, 做好X会议前期准备工作, 扛牢大会筹办责任): a meeting of
# its own, planned, even where a meeting only urges it
# a meeting a session holds, named right after the session (…会议各界别小组组长会议, …会议预备会议)
SESSION_HELD_MEETING = r"(?:各)?(?:界别)?(?:小组|分组)?(?:组长|召集人)会议|主席团(?:常务主席(?:会议)?)?(?:第[一二三四五六七八九十\d]{1,2}次)?会议|预备会议"
SESSION_PREPARED = (r"(?:筹备|筹办)(?:召开|开好|好)?[^，,；;。“”]{0,16}?(?:届[^，,；;。“”]{0,4}次会议|全会|大会)(?!精神)|"
                    # (共同筹办某某政协第三次联席会议, 积极筹备第21次常委会议: a council's or an organ's meeting to come)
                    r"(?:筹备|筹办)(?:召开|开好|好)?[^，,；;。“”]{0,20}?第[一二三四五六七八九十\d]{1,3}次(?:联席|协作|联合|常委|常委会|主席)会议|"
                    r"(?:做好|抓好)[^，,；;。“”]{0,20}?(?:会议|大会|全会)的?(?:前期|各项)?(?:筹备|准备|筹办)工作|"
                    r"(?:大会|全会)筹(?:办|备)(?:责任|工作)|"
                    r"届[^，,；;。“”]{0,4}次会议(?=召开在即|即将召开)")  # (X届N次会议召开在即，要做好…: the coming session)

# Order matters only for overlapping matches: longer, more specific forms first.
TRIGGERS: list[tuple[str, str, str | None]] = [
    (r"提案办理协商", "consultation", "ProposalHandlingConsultation"),
    (r"协商式监督", "supervision", None),  # (monitoring by consultation: oversight, not a consultation)
    (r"专题协商", "consultation", "ThematicConsultation"),
    (r"界别协商", "consultation", "SectorConsultation"),
    (r"对口协商", "consultation", "CounterpartConsultation"),
    (r"远程协商", "consultation", "RemoteConsultation"),
    (r"联动协商", "consultation", "LinkedConsultation"),
    (r"(?:专题)?网络(?:专题)?议政", "consultation", "OnlineDeliberation"),
    # (继续办好“渝事好商量”, 推动“有事来协商”向村社延伸: a brand of consultation carried forward)
    (r"(?<=办好|擦亮|打响|用好|做实|做优|拓展|推广|推动|推进)(?:“[^”]{2,10}(?:商量|协商|议事)”)(?:协商)?(?:工作|活动|平台|品牌)?"
     r"(?=[，,；;。]|$|向|进|在|延伸)|"
     # (深化“渝事好商量”协商工作: the work deepened; 深化…协商品牌 builds the brand, no consultation)
     r"(?<=深化|优化|实化)(?:“[^”]{2,10}(?:商量|协商|议事)”)(?:协商)?(?:工作|活动)?(?=[，,；;。]|$)", "consultation", None),
    # (举行了“有事来协商”议事会, 召开第二季度议事会: a consultation a committee holds where people live;
    # “X”协商议事会开进某村, “X”协商会议正在召开: the same, told by where it went)
    (r"(?<=”)(?:协商(?:议事会|会议?)|议事会|会议)(?=开进|走进|来到|正在召开|正在举行)|(?:专题)?协商议政会|(?:办理)?面商会|(?:联合|重点|务实|广泛|深入)?(?<!分组|小组|联组)协商(?:议政|讨论|建言|(?!履职))|(?:(?<=举行了|召开了|举办了|组织了)|(?<=举行|召开|举办|组织))(?:“[^”]{2,20}”)?(?:跨省|跨界|跨区域|院坝|协商)?(?:第?[一二三四\d]季度|第[一二三四五六七八九十\d]{1,3}次|(?:\d{4}年)?[年季月]度)?议事会",
     "consultation", None),
    (r"建言出力|建真言|(?<=[\u4e00-\u9fff]{2})建言(?![献出资])|(?:^|(?<=[，,；;。：:]))建言(?![献出资])(?=[^，,；;。]{4})|(?<!贡)献良?策|鼓与呼|共商[^，,；;。]{0,6}?(?:良策|大计|对策|之策|良方)|(?<=建议|心声|呼声|民意)带(?:到|上|进)(?=[^，,；;。]{0,6}(?:两会|会议|大会|全会))|谋良策|(?<!贡)献智慧|出主意|谋思路|谋良方|出实招|建良言|"
     r"议政建言|建言献策|献计出力|资政建言|资政献策|议政会|(?<=再次|多次|积极|联名|共同)呼吁", "consultation", None),
    (SPEECH, "consultation", None),
    (NAMED_MEMBER_SPEECH, "consultation", None),  # (after the speeches named by their words: those come first)
    (r"(?<![民性])(?:视察|调研)监督|真监督|强监督|民主监督|监督性调研|开展监督(?!性)|督查(?![组员])|民主评议|民主测评|(?:提案|建议)?办理(?:工作)?质量(?:评价|评估|测评)|(?:(?<=进行)|(?<=进行了))(?:现场)?测评|督导(?![组员])|(?:(?<=[并还])|(?<=积极))督促(?=[^，,；;。]{2})", "supervision", None),
    # 确定为本年度“1号提案”: the year's first proposal chosen, a key proposal
    (r"(?:确定|选定)为[^，,；;。]{0,12}?[一二三四五六七八九十\d]{1,2}号提案|"
     r"(?:票决|遴选|确定|选定|选择|(?:票决)?选出)了?为?(?:今年|本年度|年度|\d{4}年度?)?(?:\d+件)?重点(?:督办|办理)?提案|(?:重点)?提案(?:的)?督办|督办(?:重点)?提案|跟踪督办|督办(?![件单函])|巡视|"
     r"现场办理(?=[^，,；;。]{0,30}?提案)|提案现场办理", "supervision", None),  # (现场办理提案: a proposal handled on the spot)
    (rf"(?<=一行){VISIT_ARRIVAL}(?=[^，,；;。]{{2}})|" r"(?:联合|重点|专题|深入|考察|蹲点|自主)?调研(?!员)|考察(?!调研)|课题研究|调查研究|(?:实地)?踏勘|(?<=等)深入研究|(?<=围绕)[^，,；;。]{2,30}?深入研究", "research", None),
    # (会前，与会人员乘船察看了…: those at a meeting look on site, an inspection of its own)
    (r"视察|巡河|巡查(?![组员])|(?<=实地|现场)(?:[察查]看|感受|踏看)|(?<=与会人员)(?:乘船|步行|驱车)?[察查]看(?=了?[^，,；;。]{2})",
     "inspection", None),
    # 某党派省委在提交的提案中说/在提案中建议: a body's proposal, told as where its words are
    (r"(?<=在)(?:其|所)?(?:提交|提出|递交)?的?提案(?:《[^》]{2,80}》)?中(?=(?:直接|明确|进一步|也|还)?(?:说|直言|指出|建议|提出|认为|表示|呼吁|写道|强调))|"
     r"(?:联名|联合)提交了?提案|联名(?:提交|提案|会签)|联合提交|(?<!联名)会签了?关于[^，,；;。]{2,80}?的[^，,；;。]{0,6}?提案(?!办理|工作|承办|答复)|提交(?:(?!获评)[^，,。；;]){0,30}提案|集体提案|(?:打造|形成)联名提案|"
     r"(?:提交|提出)了?的?(?=《[^》]{2,80}?(?:建议|提案)》|[“”]关于[^，,；;。“”]{2,80}?(?:建议|提案)(?![办工承答])|(?:《[^《》]{2,80}》[、和及与]?){1,8}等[\d一二三四五六七八九十两]{1,3}件提案)|(?<=》)提案(?!办理|工作|承办|答复)|(?:(?<=党派)|(?<=团体)|(?<=专委会)|(?<=工商联)|(?<=专门委员会))提案(?=[\d一二三四五六七八九十]{1,5}(?:余|多)?件)|"
     r"(?<=带来了|带来的)(?:一份|一件|\d+件)?(?:关于[^，,；;。“”]{2,40}?的)?[^，,；;。“”]{0,6}?提案(?!办理|工作|承办|答复)|"
     r"撰写了(?:一份|一件|相关)?提案(?![\d办工承答])|"  # 围绕X撰写了提案: a member's proposal on X, written
     # 带来了推动X的建议, 带来了两项建议：一是…: a member's proposals brought to the session, told without quotes
     r"带来了(?:一份|一件|[\d一二两三四五六七八九十]{1,2}(?:项|条|份|件))?(?:关于)?(?:[^，,；;。“”《》‘’]{2,30}?的)?(?:相关|有关)?建议(?![办工承答])|"
     # 带来了‘关于X的建议’, 带来了《关于X的建议》: a proposal a member brings to the session, by its title
     r"(?:(?<=带来了|带来的|撰写了|撰写的)|(?<=撰写))(?:一份|一件)?[‘“《](?:关于)?[^，,；;。‘’“”《》]{2,60}?的?(?:建议|提案)[’”》]|"
     # 写出了《X》的建议: a suggestion written by a member, its title before the word
     r"(?:(?<=写出了|撰写了|带来了)|(?<=写出|撰写))(?:一份|一件)?《[^《》]{2,60}》的?(?:建议|提案)(?!办理|工作|承办|答复)|"
     r"(?<=[该此这])提案由(?=[^，,；;。]{2,20}?提出)|(?<=提出的|提交的)提案(?=\d+件)|(?:提出|提交)了?(?:多|数|几|若干)件[^，,；;。]{0,20}?提案|(?:准备|撰写)了(?:一批|多件|[\d一二三四五六七八九十]+[件份])[^，,；;。]{0,30}?提案|撰写了?[^，,；;。]{0,10}?提案(?=\d+(?:余|多)?件)|(?:梳理|整理|转化|汇总)(?:成|为)了?(?:[^，,；;。]{0,4}?)提案(?!办理|工作|承办|答复|线索)|"
     # 他今年的提案主要针对X: a member's proposal, by what it is about
     r"(?<=的)提案(?=(?:将|还)?(?:主要)?(?:是)?(?:围绕|针对|聚焦|关注|涉及)[^，,；;。]{2})|"
     # 她带来一份关于“X”的提案: a member's proposal brought to the session, told without 了
     r"(?<=带来)(?:一份|一件)关于[^，,；;。]{2,40}?的(?:提案|建议)(?![办工承答])|"
     # 今年的“1号提案”将聚焦X: the session's first proposal, told by what it is about
     r"(?<![\d一二三四五六七八九十])[\d一二三四五六七八九十]{1,3}号提案(?=”?[^，,；;。]{0,6}?(?:聚焦|围绕|关注|针对|建议|提出|主题))", "proposal", None),  # (该提案由委员某某提出: its author's)
    (r"通报表彰(?=[^，,；;。]{0,20}?(?:优秀|先进))", "other", None),  # (通报表彰优秀提案: an honour given by circular)
    (r"通报(?!表彰|表扬)", "briefing", None),
    (r"(?:学习)?座谈会|研讨会|(?<![会议])座谈(?=听取)|(?:(?<=召开)|(?<=举行)|(?<=召开了)|(?<=举行了)|(?<=[、和及]))(?:大会)?主席团(?:常务主席(?:会议)?)?(?:第[一二三四五六七八九十\d]{1,2}次)?会议|(?<=[界组])(?<![分联小个]组)讨论会?(?![稿题])|(?:(?<=界委员)|(?<=组委员)|(?<=界别委员))(?:分组|联组|小组)讨论|(?<![讲])论坛|推进会|联席会(?:议)?|联席协作会议|(?<=[午日续织展行次一二三四别了])(?:分组|联组|小组)(?:协商)?讨论|(?:(?<=进入)|(?<=转入))(?:分组|联组|小组)讨论|(?:分团)?分组审议(?:讨论)?(?=[^，,；;。]{0,6}报告)|(?<=分组|联组|小组)讨论会|(?<=在)(?:分组|联组|小组)会(?=上)|按界别分组(?:学习|讨论|审议)|(?<=举行)大会发言|(?<=参加|出席|听取)各?(?:界别)?(?:分组|联组|小组)讨论|(?<=会议)第[一二三四五六七八九十\d]{1,2}小?组(?:讨论|会议)|(?<=会议)第[一二三四五六七八九十\d]{1,2}界别(?:联组|小组)(?:讨论|会议?)?|(?<=次会议召开|次会议举行)(?:(?!座谈|协商|研讨)[^，,；;。“”]){2,20}?(?:会议|会)(?=[，,；;。]|$)|(?:(?<![\u4e00-\u9fff])|(?<=们)|(?<=们将))(?:委员)?(?:分组|小组)讨论(?=了|[^，,；;。]{0,12}报告)|(?<=参加了|出席了)(?:界别)?(?:分组|联组|小组)讨论|(?:界别)?联组会(?!议)|(?<=会议的)(?:界别)?(?:分组|联组|小组)讨论|(?:(?<=参加)|(?<=参加了))联组(?=[和及与、]小组讨论)|(?<=联组[和及与、])小组讨论|(?<=在)(?:委员)?(?:界别)?(?:分组|联组|小组)讨论(?=中|时|期间|环节)|(?<=讨论[和及与、]|会议[和及与、])(?:委员)?(?:分组|小组)讨论|(?<=听取)大会发言|(?:界别)?(?:分组|小组|联组)会议|(?<=进行了)(?:委员)?(?:议政|大会)发言|(?<=进行)(?:委员)?(?:议政|大会)发言|预备会(?:议)?|秘书长(?:[、和及](?:办公室|办公厅)主任)?(?:工作)?会议|(?<=召开|举行)了?[^，,；;。“”会]{0,16}?(?:组长|负责人|召集人|联络员)(?:工作)?会议|交流会|(?:专题)?(?:组织|民主)生活会|改稿会|评审会|论证会|献计会|工作会议?|(?:工作)?(?:总结|务虚|部署|动员|调度|推介)会|(?<=召开|举行)专题会(?:议)?|"
     r"(?:专题)?协商会|现场会(?![商议])|观摩会|部署会|总结会|(?:提案)?交办会(?:议)?|座谈交流|(?<=进行)座谈(?!会)|(?<=行了)座谈(?!会)|(?<=进行)交流座谈|(?<=行了)交流座谈|座谈(?=[，,；;。]|$)|(?<=开展)(?!工作交流)[^，,；;。“”]{2,12}?(?:工作)?(?<!学习)交流(?=[，,；;。]|$)|报告会|见面会|(?:视频|电视电话)(?:连线)?会议|恳谈会|听证会|意见交换会|对接会|碰头会|选举(?:大会|会议|会(?!议))|(?<=召开|举行)(?:今年|本年)?第[一二三四五六七八九十\d]{1,3}次(?:全体委员|全体)?会议|(?<=召开|举行)会议(?=[，,；;。]|$|(?:专题)?(?:研究|传达|学习|部署|审议|听取|讨论))|(?<=\(扩大\))会议(?!专题|协商)|(?<=召开|举行)扩大会议|(?<=召开的|举行的)第[一二三四五六七八九十\d]{1,3}次(?:全体)?会议|"
     r"联合议事会|(?:专题议政性|议政性|协商性)常委会?(?:会议)?|(?<=一场)[^，,；;。“”]{2,12}?会(?=[^，,；;。]{0,30}?(?:举办|举行|召开))|专题会(?:议)?(?=[^，,；;。]{0,12}?(?:召开|举行))|(?<=召开的|举行的)(?:[\u4e00-\u9fff]{1,8}?政协)?主席会议?|签约仪式|(?:授牌|揭牌|挂牌|授旗)(?:揭牌|挂牌)?仪式|(?:动员|部署|推进|总结)大会|(?:述职|测评|考评|听评)(?:大)?会(?:议)?|[揭挂]牌(?:成立|运行)(?![^，,；;。]{0,12}?\d+个)|(?<=正式)揭牌(?![仪成运])|表(?:彰|扬)(?:大会|会)(?!议)|(?<=会议[、和及与])(?:分?党组会议|主任会议|主席(?:扩大)?会议|专题会议)|"
     r"[一二三四五六七八九十\d]{1,3}届第?[一二三四五六七八九十\d]{1,4}次主席(?:\(扩大\)|（扩大）|扩大)?会议?|"
     r"(?:[一二三四五六七八九十\d]{1,3}届)?[省市区县州]?政协党组第[一二三四五六七八九十\d]{1,4}次(?:\(扩大\)|（扩大）)?会议|"
     r"(?<=召开|举行)(?:\d{4}年度?)?全体(?:委员)?会议|"
     # 召开第N次党组、第M次主席(扩大)会议: two numbered meetings under one head
     r"(?:召开|举行)了?(?:[\u4e00-\u9fff]{1,8}?政协)?(?:[一二三四五六七八九十\d]{1,3}届)?第[一二三四五六七八九十\d]{1,4}次分?党组(?=[、和及与]第)|"
     r"(?<=[、和及与])第[一二三四五六七八九十\d]{1,4}次主席(?:\(扩大\)|（扩大）|扩大)?会议|"
     # 政协X市第N届委员会第M次主席会议召开: a numbered council meeting, said to be held after its name
     r"第[一二三四五六七八九十\d]{1,4}次主席(?:\(扩大\)|（扩大）|扩大)?会议(?=(?:在[^，,；;。]{1,16}?)?(?:召开|举行))|"
     # 市政协主席会议召开: the council's meeting said to be held after its name, no number written
     r"(?<=政协)主席(?:\(扩大\)|（扩大）|扩大)?会议?(?=(?:[^，,；;。]{0,12}?在[^，,；;。]{1,16}?)?(?:召开|举行))|"
     # 县政协党组(扩大)会在X召开; 县政协党组会议召开: the party group's meeting said to be held after its name
     r"(?<=党组)(?:\(扩大\)|（扩大）|扩大)?会议?(?=(?:[^，,；;。]{0,12}?在[^，,；;。]{1,16}?)?(?:召开|举行))|"
    # 召开分党组暨第五次主任会议: the sub party group's and the directors' meeting held as one
    r"(?:召开|举行)了?分?党组(?:\(扩大\)|（扩大）|扩大)?(?:会议)?暨[^，,；;。]{0,12}?(?:主席|主任)(?:\(扩大\)|（扩大）|扩大)?会议|"
    r"(?:召开|举行)了?(?:[\u4e00-\u9fff]{1,8}?政协)?(?:第?[一二三四五六七八九十\d]{1,3}届(?:委员会)?第?[一二三四五六七八九十\d]{1,4}次|第[一二三四五六七八九十\d]{1,4}次)?"
     r"(?:主席(?:\(扩大\)|（扩大）|扩大)?会议|主席(?:\(扩大\)|（扩大）|扩大)?会(?!议)|主席办公会议?|常委会会议|常委会议|分?党组(?:理论学习中心组)?(?:\(扩大\)|（扩大）)?(?:学习)?会议?|主任会议)|"
     r"(?<=召开|举行)(?:[^，,；;。]{0,20}?)(?:领导小组|工作专班|专委会|委员会)(?:全体)?会议|(?<=召开|举行)(?:[^，,；;。]{0,20}?)(?:全体)?成员(?:\(扩大\)|（扩大）|扩大)?会议|(?<=召开|举行)(?:[^，,；;。]{0,16}?)提案审查会议?|"
     r"“[^”]{2,40}(?:会议|(?<![社机学])会|论坛)”(?=[^，,。；;]{0,12}(?:召开|举行|举办))|"
     r"(?:[一二三四五六七八九十\d]{1,3}届(?:委员会)?|(?<=政协)第[一二三四五六七八九十\d]{1,3}届[\u4e00-\u9fff]{2,14}?(?<!全国)委员会)"
     r"第?[一二三四五六七八九十\d]{1,3}次(?:全体会议|全会|常委会会议|常委会议|常委会(?!议|会)|会议)"
     # (政协第三届重庆市大足区委员会第五次会议: the term before the place)
     # (…会议各界别小组组长会议, …会议主席团第一次会议: a meeting the session holds, named after it)
     r"(?:" + SESSION_HELD_MEETING + r")?"
     # (十三届四次会议集体提案: which proposals; …会议决议, …会议通过: what it adopted; no sitting told)
     r"(?!的?(?:立案的?)?(?:党派)?(?:集体|重点|立案)?提案|“?[\d一二三四五六七八九十]+号提案|以来|期间|决议|(?:审议)?通过|召开之际|之际|议程|进入)|"
     # (中国人民政治协商会议第N届某某委员会第M次会议，某日在某地开幕: the formal name, term first;
     # one whose dates follow after a comma is read below, with them)
     r"(?<=协商会议)第[一二三四五六七八九十\d]{1,3}届[\u4e00-\u9fff]{2,14}?(?<!全国)委员会第?[一二三四五六七八九十\d]{1,3}次(?:全体)?会议"
     r"(?![，,](?:将?于|自)|的|以来|期间|决议|(?:审议)?通过|议程)|"
     r"第[一二三四五六七八九十\d]{1,3}次(?:常委会会议|常委会议|常务委员会?会?议|常委会(?!议|会))|(?:常务委员会|常委会)第[一二三四五六七八九十\d]{1,3}次(?:全体)?会议|"
     r"第[一二三四五六七八九十\d]{1,3}次(?:全体|协作|联席|协作联席)?会议(?!新闻发布会|决议)(?=(?:[，,](?=将?于|自))?[^，,；;。]{0,24}(?:召开|举行|开幕|闭幕|结束|闭会|落幕|帷幕|完成(?:各项|全部)议程))|(?:新闻)?发布会|(?:专题)?记者(?:会|招待会)|(?<=举行|召开)第[一二三四五六七八九十\d]{1,2}次大会|"
     + SESSION_PREPARED + "|"
     r"(?<![\u4e00-\u9fff])大会(?=[^，,；;。]{0,12}(?:开幕|闭幕|举行|召开)(?!式))(?![^，,；;。]{0,6}?(?:召开|举行)了?(?:大会)?主席团)|(?<![\u4e00-\u9fff])会议(?=将于[^，,；;。]{0,16}开幕)|(?<=本次|此次|这次)会议(?=将于[^，,；;。]{0,16}(?:开幕|闭幕))|(?<=举行|召开)(?:开幕|闭幕)(?:大会|会)|(?:开幕|闭幕)(?:大会|会)(?=上)", "meeting", None),  # (大会在国歌声中开幕: the session)
    (r"(?<=考察|视察|参观|实地|现场)学习(?!贯彻|宣传|领会)|(?<=开展|举办|组织)了?[^，,；;。]{0,12}?培训(?![班中基机\d])|学习会|专题学习|主题党日(?:活动)?|(?<!主题)党日活动|联组学习(?:会|研讨)?|(?<=开展|组织|进行)了?集中学习|(?<=开展|组织|进行)了?集体学习(?:研讨)?|(?<=中心组)集体学习(?:研讨)?|集中学习(?=了?《)|对口学习交流|委员讲堂|讲堂|主题教育|(?:文化|传统|党性|国情|爱国主义)教育(?!基地)|专题讲座|学习教育(?![^，,；;。]{0,6}?(?:指导组|督导组|领导小组|办公室))|宣讲(?:会|活动)?|党课|专题培训|(?:经典)?诵读(?:活动)?(?!成果|展|朗诵|会)|(?<=进行)培训|(?<=进行了)培训|培训班|培训会|研修班|读书班|研究班|警示教育|读书活动|读书(?:会|分享会|沙龙)|学习活动|学习研讨活动|现场教学|祭扫|参观学习|集中(?:收看|观看|收听)", "study", None),
    (r"编撰|出版|编写|编纂|征编(?=《|[^，,；;。]{0,12}(?:史料|资料|文史|丛书|读本))|刊登|开设专栏|(?:开设|开办)了?[^，,；;。、]{0,10}?(?:专栏|(?<!节目)栏目)|专题专栏|编印|丛书|史料征集|征集[^，,。；;]{0,8}史料|短视频|(?<!社情民意)专报|纪录片|连播|"
     r"征稿|收集整理|整理印刷|编辑(?=工作|出版)", "publication", None),
    (r"(?:书画|摄影|美术|图片|书法|手工)+(?:作品)?(?:联|巡回)?展(?:览)?|作品展|成就展|(?:作品)?联展|书画展|展览|展演|(?:诗歌|诗文|经典)?朗诵会|(?<=举行了|举办了)(?![^，,；;。]{0,12}?(?:各类|各种|系列|等活动))[^，,；;。“”]{2,12}?活动(?![室站中阵])|"
     r"(?<=举行|举办)(?![^，,；;。]{0,12}?(?:各类|各种|系列|等活动))[^了，,；;。“”][^，,；;。“”]{1,11}?活动(?![室站中阵])|(?<=组织)[^，,；;。]{0,6}?(?:青年|学生|少年|儿童|群众|市民|企业家|侨胞|台胞)(?:代表)?走进(?=[^，,；;。]{2})|联谊会|茶话会|团拜会|(?<!读书)分享会|欣赏会|音乐会|联欢会|文艺晚会|文艺汇演|(?<=开展|举办|组织|举行)了?一?系列(?:纪念|庆祝|庆典)活动|康养大会|博览会|文艺演出|采访(?:报道)?活动|舞台|(?:委员|代表|部长)通道|(?<!“)(?:庆祝|纪念)(?=建党|建国|成立|\d|[^，,；;。“”]{2,10}成立[\d一二三四五六七八九十]{1,4}周年)(?![^，,；;。]*?(?:展|演出|论坛|会))", "event", None),
    (r"以社情民意(?:信息)?(?:的)?形式(?=[^，,；;。]{0,16}(?:反映|报送|上报|提交))|社情民意信息(?!工作)|社情民意专报|报送(?:[\u4e00-\u9fff]{1,6}?)?信息(?!工作|化|平台|系统)|收集(?:整理)?社情民意|反映社情民意(?!信息工作)|信息直通车|信息直报(?:试点|工作)?", "information", None),  # (抓好社情民意信息工作: the field, no report)
    (r"(?:联合|共同|携手)(?:推动|助推|推进|呼吁)|免费(?:提供|发放|赠送)|(?:减免|免除|免收)了?[^，,；;。]{0,12}?(?:租金|房租)|协调(?:资金|解决)(?=[^，,；;。]{0,24}?(?:为|帮助|助|解决))|(?<=川渝政协|两地政协)联合履职|(?<=开展)(?:系列)?(?:联动|联合|协同)履职|(?:联合|联动|协同|共同)开展了?(?:系列)?履职(?=活动)|(?:联合|联动|协同)协商履职|走访(?:慰问)?|看望(?:慰问)?|慰问|(?:“[^”]{2,20}”)?义诊(?:活动|服务)?|(?<=开展|组织|举办)[^，,；;。]{0,8}?(?:法律|政策|健康)咨询|送(?:医疗|医|药|法|文化|科技|温暖|服务|健康|书)(?:送药|送技术|(?:、送[\u4e00-\u9fff]{1,6}?){1,4})?(?:下乡|进村|进社区|上门|到基层|到田间地头|到(?:群众|百姓)身边)(?:活动)?|对口帮扶|结对帮扶|(?:集中|定点|驻村)帮扶|(?<=开展|组织)[^，,；;。“”]{0,10}?(?:帮扶|扶贫|扶志|助学|助残|助老|爱心|公益|志愿服务|志愿)活动|(?<=为主题的)[^，,；;。“”]{2,8}?活动(?![室站中阵])|送去了?[^，,；;。]{0,8}?(?:祝福|慰问|关怀|温暖|问候)|送(?:来|去)了?[^，,；;。]{0,16}?物资|募捐(?!活动|款)|参观指导|"
     r"换届[^，,；;。]{0,6}工作|联系指导工作|(?:发出|印发|下发)[^，,；;。]{0,16}?征集通知|征集(?:大会发言|提案线索|提案选题)|接访群众|选派了?[^，,；;。]{0,24}?(?:委员|干部)[^，,；;。]{0,8}?(?:挂职|进驻|驻村|挂任)|(?:筹措|筹集|募集)[^，,；;。]{0,10}?(?:资金|物资|善款)|(?:予以|进行了?|开展了?)表彰|(?<=开展|组织|进行)了?[^，,；;。]{0,8}?(?:优秀|先进)[^，,；;。]{0,10}?评选(?:活动)?|(?:予以|进行了?)表扬|表彰了(?=[^，,；;。]{4})|表扬了(?=[^，,；;。]{0,20}?(?:优秀|先进))|(?<![开展组织进行了])评选(?:出|表彰)?(?=[^，,；;。]{0,24}?(?:优秀|先进)(?:集体|个人|单位|提案|委员|工作者))|通报表扬(?=[，,；;。]|$)|(?:(?:予以|进行了?)通报表扬|通报表扬了(?=[^，,；;。]{4}))|被表彰为|(?<=提案)进行了?(?:认真|严格)?审查|(?<=提案)(?:逐一|逐件)(?:认真|严格)?审查|(?:(?<=经提案委员会)|(?<=经提案审查委员会))(?:逐一|逐件|认真|严格)?审查|(?:认真|严格)审查(?:了)?(?:每一件)?提案|(?:被评为|获评|被评选为|荣获|被[^，,；;。被]{1,12}?评(?:选)?为|(?<![获荣捕斩截缴查])获(?![悉批准得取])(?=[^，,；;。]{0,12}?(?:优秀|先进)))(?=[^，,；;。]{0,30}?(?:(?:优秀|好|先进)(?:[市区县州省]?政协)?(?:提案|委员|党派提案)(?!承办|工作)|先进(?:[\u4e00-\u9fff]{0,4}?(?:平台|集体|示范点|工作站|典型)|个人|单位)|[特一二三]等奖|[一二三四五]星级[\u4e00-\u9fff]{0,6}?(?:工作室|工作站|会客厅|联络站|委员)))|(?<![获荣捕斩截缴查])获(?=[^，,；;。]{0,8}?政协[^，,；;。]{0,4}?(?:通报)?(?:表彰|表扬)(?:[，,；;。]|$))|(?<=优秀提案”)表扬|(?<![《关于])表彰(?=[^，,；;。《》]{0,20}?(?:优秀|先进)(?:提案|委员|集体|个人|单位|提案承办))|约谈提醒|(?<=开展|进行)约谈|(?<=[与加展供务])[^，,；;。“”]{0,16}?志愿服务(?![队团站]|活动|行动|工作|中心|基地|平台|品牌)|(?<=采购|购买)了?[^，,；;。]{2,30}?(?:赠送|捐赠)(?=[^，,；;。的]{2})|捐赠(?!仪式)(?=[^，,；;。]{2})|捐(?:款|物|资)(?:捐物)?(?![人者])|指导(?=[^，,；;。]{1,8}?政协[^，,；;。]{0,4}工作)|(?:书面)?述职|(?<=推进|加快|推动|深化|抓好|做好|开展|启动)“(?![一二两三四五六七八九十]+[个大项区])[^”]{2,20}”建设", "other", None),
    (r"(?:“[^”]{2,30}”[\u4e00-\u9fff]{0,4}?)?采访团(?=[^，,；;。]{0,8}?(?:走进|来到|走访|深入|赴))(?![^，,；;。]*时(?:[，,；;。]|$))|倡议书?|动员令|(?<!为)(?<!为了)(?<!进一步)(?:动员|号召)(?=[^；;。“”]{2,40}?(?:积极|主动|踊跃)?投身)|试点|创建活动|界别(?:主题)?活动(?!室|站|中心|阵地)|实践活动|主题活动|重点履职活动|大讨论(?:活动)?|(?:“(?:[^”‘’]|‘[^’]{1,12}’){2,40}”|‘[^’]{2,40}’)(?:[\u4e00-\u9fff]{2}(?=行动))?等?(?:实践|创建|主题|重点履职|专项|集中|大讨论|系列|[\u4e00-\u9fff]{0,4}(?:推广|宣传|宣讲|志愿服务|公益))?(?:活动|行动)|(?<=开展|举办|组织)[^，,；;。“”]{2,30}?系列活动|"
     r"“[^”]{0,20}(?:行动|活动)”|(?<=推进|开展|启动|实施|深化)[^，,；;。“”、]{4,16}?专项行动|"
     # 开展委员联系服务群众活动, 组织开展委员联络站活动: members' outreach, a campaign
     # (持续开展委员联系群众活动: a standing practice, no campaign told)
     r"(?<=开展|组织)(?<!持续开展)(?<!继续开展)(?<!坚持开展)(?<!常态化开展)了?[^，,；;。“”]{0,10}?委员(?:联系|联络|走进|进)[^，,；;。“”]{0,10}?活动(?![室站中阵])|"
     r"(?<=试行|推行)“[^”]{2,30}”的[^，,；;。“”]{2,16}?工作|"  # 试行“一村一委员”的委员联系村工作: that practice, begun
     r"(?<=开展|推进|深化|试行|推行)“(?![一二两三四五六七八九十]+[个大项])[^”]{2,30}”(?:工作)?(?![^，,；;。、]{0,8}(?:协商|调研|研究|视察|考察|督查|评议|调查|监督|座谈|研讨|论坛|建设|活动|行动|学习|会|展))|"
     # 开展甲、乙、丙行动: campaigns named in a plain list under one 行动 (百名委员进百村、…)
     # (就推进甲、乙…提质行动等作大会发言: the subjects of speeches listed after 就, no campaigns)
     r"(?<=开展|启动|实施|推进|深化)(?<!就推进)(?<!就开展)(?<!就实施)(?<!就深化)(?:[^、，,；;。“”：:等()（）]{4,12}、)+[^、，,；;。“”：:等()（）]{4,12}?(?:等)?(?:系列|专项|主题)?行动|"
     r"(?<=开展的)(?:[^、，,；;。“”：:等()（）]{4,12}、)+[^、，,；;。“”：:等()（）]{4,12}?(?:系列|专项|主题)?活动|"
     # 发动委员…投身到疫情防控第一线: members called out to the front of a crisis (with a call before it only)
     r"(?:投身|投入)到?[^，,；;。]{0,30}?(?:第一线|一线|前线|主战场)",
     "campaign", None),
    # a sitting of any name told as held (召开2025年第二次全体委员会议, 召开主任办公会), tried last: the
    # words of a more particular kind, read first, keep theirs
    # (召开18次党组会议: counted, a statistic; a year may stand in the name)
    # (多次召开会议研究: sittings repeated, no one told; 召开的一次重要会议: a description; 召开X会议重点提案
    # 选题协商会: the session names the sitting after it)
    # (each alternative ends in its word, so that the pass over a clause tries it only where that word
    # occurs; what may follow is a clause's end or the first character of what the sitting did)
    (r"(?<=召开|举行)(?<!多次召开)(?<!多次举行)(?<!先后召开)(?<!定期召开)了?(?![一二两三四五六七八九十]+[次场个]|的)"
     r"(?:\d{4}年度?|[^，,；;。“”、《》\d]){0,14}?会议(?![^，,；;。、暨并在研审听传学通讨部总协])|"
     r"(?<=召开|举行)(?<!多次召开)(?<!多次举行)(?<!先后召开)(?<!定期召开)了?(?![一二两三四五六七八九十]+[次场个]|的)"
     r"(?:\d{4}年度?|[^，,；;。“”、《》\d]){0,14}?办公会(?![^，,；;。、暨并在研审听传学通讨部总协])",
     "meeting", None),
]

# Each behind a look-ahead for where a match can start (firstchars.guarded): the same matches.
TRIGGER_RES = [(re.compile(guarded(p)), t, s) for p, t, s in TRIGGERS]
# The characters each trigger can start with (None: always try it), see firstchars.py.
TRIGGER_FIRST = [first_chars(p) for p, _t, _s in TRIGGERS]
# One pass to tell whether a clause holds any activity word at all (most do not): every
# alternative of every trigger side by side, so that one look-ahead skips most positions. An
# alternative that opens with a look-behind (开展…系列活动) has no first characters to skip by: those
# are tried apart, and only where the word each of their matches ends in (系列活动) occurs.
_ENDS_IN_WORD = re.compile(r"([\u4e00-\u9fff]{2,})(?:\(\?!(?:[^()]|\([^()]*\))*\))*$")


def _end_word(alternative: str) -> str | None:
    """The word every match of a look-behind alternative ends in (培训, 系列活动, 行动), if any."""
    if first_chars(alternative) is not None or not alternative.startswith("(?<="):
        return None
    word = _ENDS_IN_WORD.search(alternative)
    return word.group(1) if word else None


class _AnyTrigger:
    """`search` says whether a text holds a match of any trigger, as their union would."""

    def __init__(self, alternatives_all: list[str]):
        behind = [a for a in alternatives_all if _end_word(a)]
        self._rest = FirstCharIndex([a for a in alternatives_all if not _end_word(a)])
        self._words = re.compile("|".join(sorted({_end_word(a) for a in behind})))
        self._behind = re.compile("|".join(f"(?:{a})" for a in behind))

    def search(self, text: str) -> re.Match[str] | None:
        return self._rest.search(text) or (self._behind.search(text) if self._words.search(text) else None)


ANY_TRIGGER = _AnyTrigger([a for p, _t, _s in TRIGGERS for a in alternatives(p)])

# the subject of work fixed for the year (联合协商议政主题，确定为“X”): that work, to come
FIXED_AS = r"[，,]?(?:确定|选定|商定)为"
SUBJECT_FIXED = r"(?:主题|议题|课题)" + FIXED_AS
# A trigger followed by these is a system, form or role, not an activity.
NOT_ACTIVITY_AFTER = re.compile(
    # (某某在调研X时的强调精神, 视察某地时的重要讲话精神: a leader's words, studied, no work told)
    r"(?:(?:(?!学习|传达|贯彻|总书记|视察|调研|考察)[^，,；;。]){0,30}?时的?(?:重要)?(?:讲话|指示|批示|强调|要求)?精神|"
    r"新(?:方式|模式|路径|形式)|结束|完毕|期间|产生|"  # (议题在…基础上协商产生: how the subjects came about)
    r"向[^，,；;。]{1,8}?延伸|更(?=[\u4e00-\u9fff]{2})|单位|表示(?:热烈)?(?:欢迎|感谢)|提要求|作部署|(?:开展|启动|实施)以来|工作(?:提出|更加|作出|做出)|(?:[与和及、][\u4e00-\u9fff]{2,6})?为(?:抓手|载体|牵引|纽带|契机)|[时前](?:说|指出|强调|表示|提出|要求)|[做作]好?准备|(?:开展|进行|搞)得|过程中|的?基础上|议事(?:桌|堂|厅|室|点|站|会所)|中(?:发现|了解到?|看到|感受到)|心得|体会|报告|(?:视察|调研|考察|协商)?专报|情况(?!下)|(?:会议?|议)?的召开|"
    r"[实深细准透足](?=[、，,；;。]|$)|旨在|以[^，,；;。]{1,40}?为(?:总体|整体)?(?:框架|主线|基础|核心|原则)|(?:专题|专栏|栏目|页面)(?=[、，,；;。]|$)|现场(?![办协调视考察会])|主题(?!活动|教育|" + FIXED_AS + r")|办理(?!协商)|主责|承办单位|成果(?!展)|馆|员|(?:活动)?中心|主席团|执行主席|(?:活动)?精神|记者团|工作组|组(?!织|成(?!员)|建)|团(?!结)|一行|人员|小组|活动结束|"
    r"的(?!" + SUBJECT_FIXED + r")|机构|表扬|批评|已|成为|下(?=[，,；;]|$)|(?:[和及、][\u4e00-\u9fff]{2,6})?成果(?!展)|(?:有效|有机|紧密)?衔接|力度|”?这(?:个|一|项)(?![次场回])|(?:议事)?日常(?:工作|事务)|督导组|督查组|融合|协同(?!推进|开展|调研|视察)|实践|式|整改|(?:出版)?(?:的)?(?:总体|整体|中长期)?(?:制度|机制|格局|形式|体系|平台|力量|规则|职能|定位|作用|优势|民主|于(?![\d一二三四五六七八九十]{1,4}[年月日])|与(?!会)|真(?=[\u4e00-\u9fff])|品牌|案例|(?:工作)?(?:业务)?骨干|议题|选题|建议函|厅|室(?!内)|处(?=处?长|[、，,；;。]|$)|科(?=科?长|[、，,；;。]|$)|社(?!会|区|情)|集团|水平|能力|质量|实效|成果|场所|计划|规划|方案|"
    r"工作(?:规则|机制|制度|格局|体系|质量)|等形式|为常态|为重点|为龙头|为补充|为主|载体|阵地|渠道|前置|环节|功能|方式|"
    r"理念|重要|主体|责任|改革)|是(?!否)|工作是(?!否)|就是|议定|(?:工作)?(?:走深走实|走心走实|提质增效|提质提效|见行见效)|"
    # (协商会议始终在求真务实的氛围中进行: the meeting just told, described)
    r"(?:会议|会|议)?(?:始终|自始至终|全程)?在[^，,；;。]{2,30}?(?:氛围|气氛)中|"
    # a team named after the campaign it oversees (主题教育第五巡回督导组): the team, no campaign
    r"(?:第[一二三四五六七八九十\d]{1,3})?巡回(?:督导|指导)组|第[一二三四五六七八九十\d]{1,3}(?:督导|指导)组|"
    # an outline's heads that judge a function (协商民主扎实推进, 民主监督深入有力): no work told
    r"(?:民主)?(?:扎实|深入|持续|不断|稳步|全面|有序|更加)(?:推进|有力|有效|深化|加强|提升|拓展)(?=[，,；;。]|$)|"
    r"(?:民主)?成效(?:明显|显著|突出)(?=[，,；;。]|$))"
)
# 座谈会上, 调研中, 视察时 at a clause's end: where something else happened, the activity itself
# told elsewhere; kept when the clause itself says it took place (在…召开的座谈会上).
DURING_AFTER = re.compile(r"会?[上中时](?=[，,；;：:]|$)")  # (通报会上: the meeting the briefing was)
# 向全国政协十四届二次会议提交…: the meeting receives the work, it is not the work told.
# (向 after a title is a surname: 党组书记向某主持召开…)
RECIPIENT_BEFORE = re.compile(r"(?<![面记席任长])向(?![^，,；;。]{0,14}?(?:主持|召开|举行))[^，,；;。]{0,14}$")
# 召开 / 举行 / 举办 before a body named with its meeting (召开川渝政协联席会议)
HOLDS_BEFORE = re.compile(r"(?:召开|举行|举办|主持召开|主持)(?:了)?$")
# 联合推动X建设 is work on a project; 携手助推X协同发展, 共同推动文艺创作出精品 only say what for.
PUSH_TOGETHER = re.compile(r"(?:联合|共同|携手)(?:推动|助推|推进)")
PURPOSE_ONLY = re.compile(r"[^，,；;。]*(?:发展|精品|共识|水平|进程|繁荣|走深走实|见行见效|落地见效|走实|转化落地|落地落实|落地)$")
# (携手推进X建设取得较好成效: what working together has achieved, over years, no one piece of work)
PUSH_ACHIEVED = re.compile(r"[^，,；;。]{0,24}?取得[^，,；;。]{0,6}?(?:成效|成果|进展|成绩)")
# 围绕明月山生态保护开展联合视察3次: a count of work on one stated subject keeps the initiative
# (a tally of a kind of work, 开展重点协商16项, has no subject of its own).
# 各民主党派和工商联集体提案N件: proposals counted by the bodies that wrote them
# (委员个人或联名提案210件, a tally by kind, stays a statistic)
AUTHORS_BEFORE = r"(?:党派|团体|工商联|专门委员会|专委会|界别)等?(?:的?名义)?$"  # (以各党派名义提交的集体提案)
ONE_SUBJECT_BEFORE = searched(re.compile(SUBJECT_OPENER + r"[^，,；;。]{2,30}(?:开展|进行|组织)[^，,；;。]{0,4}$|"
                                          r"由(?!(?:政协)?委员(?:个人|联名)|个人|联名)[^，,；;。]{2,16}(?:提出|提交)的$|"  # 由民主党派提出的提案8件: its authors' (由委员个人提出的: a kind)
                                          + AUTHORS_BEFORE + "|"

                                          r"(?:开展|举办|组织)[“「][^”」]{2,20}[”」]$|"  # 开展“X”协商活动N场: named
                                          # 开展嘉陵江禁渔执法视察2次: a subject written into the name
                                          r"(?:开展|进行)了?(?!(?:重点|联合|专题|集体|界别|对口|专项|实地|民主|监督性|远程|"
                                          r"常态化|经常性|多轮|各类|多种|系列|了|调研|视察|考察|协商|监督|议政)+$)[\u4e00-\u9fff]{3,14}$"))
ATTENDING_BEFORE = searched(re.compile(r"(?:参加|出席|列席)[^，,；;。]{0,14}$|(?:审议|通过|关于召开|筹备|提请|研究了?(?:召开|举办|举行))[^，,；;。]{0,30}$|研究了?[^，,；;。]{0,8}$"))  # (研究了市政协X次会议大会发言有关事宜: its business)
SPEECH_AFTER = re.compile(r"[\u4e00-\u9fff]{0,6}?(?:时的)?(?:重要讲话|重要指示|讲话精神)|"
                          r"(?:[、和及与][^，,；;。、]{2,24}?){1,4}上的(?:重要)?讲话")  # (在A、B茶话会、C全会上的重要讲话: each named by it)
# 到会通报市委全会的情况, 传达全国两会精神: another body's meeting, told or conveyed, not work
# of the text's; 为召开…会议作准备: the session a meeting prepared, not held there
CONVEYED_BEFORE = searched(re.compile(r"(?:通报|传达|学习|贯彻|落实|听取|部署|安排|围绕|按照|根据|聚焦)了?[^，,；;。]{0,24}$|为(?:即将)?(?:召开|开好|举行)[^，,；;。]{0,24}$"))
CONVEYED_AFTER = re.compile(r"的?(?:工作)?(?:情况|精神|(?:安排|决策)?部署|要求)|(?:作|做)好?(?:准备|筹备)|的?筹备")
TOOK_PLACE_BEFORE = re.compile(r"(?:召开|举行|举办|开展)的[^，,；;]{0,40}$")
# 医院收到X捐赠的口罩: a gift received is the giver's work (向医院捐赠的物资: what was given, told again)
GIFT_RECEIVED_BEFORE = re.compile(r"(?:收到|接收|接受|收下)了?[^，,；;。]{2,24}$")
RECEIVED_FROM = re.compile(r"(?:收到|接收|接受|收下)了?$")  # …收到X: X is who gave
# 表格中列出了提交提案、…: the words that introduce a form's columns (no work told in them)
FORM_COLUMNS = r"列出了?|列明了?|列有|标注了?"
NOT_ACTIVITY_BEFORE = searched(re.compile(
    r"^(?:认真|严格|切实|进一步|不断|积极|全面|持续|着力|更加|更好)*"
    r"(?:完善|健全|统筹运用|规范|探索(?!开展)|形成|转化为|转化成|加强对|提升|增强|发挥好?|履行|坚持|执行|落实好?|把)"
    r"|(?:各类|各种|多种|专门(?!委员会))(?!渠道)[^，,；;、]{0,4}$"  # (利用各种渠道捐款: how it was given)
    r"|(?<!向)(?:此次|这次|本次|该次|上述)[\u4e00-\u9fff]{0,6}$|(?:这场|此场)[^，,；;。]{0,24}$|(?:今年|去年|本届|这届|此届|该)的$|(?:该|此|这)[书刊册部本套]的$"
    r"|(?:转化为|转化成|纳入|列入)[^，,；;]{0,12}$|请示(?:报告)?[^，,；;。]{0,20}$"
    r"|总书记(?!的)[^，,；;。精讲“”]{0,14}$"  # 总书记来川视察: the leader's visit, not the committee's work
    r"|做到[^，,；;。]{0,12}$"  # 做到视察到一线看: a principle of working, no activity
    # 接受民主监督, 愿意接受政协的监督, 接受人大和政协的监督: being overseen, no oversight done
    r"|接受(?:群众|社会|人民群众|(?:[^，,；;。]{0,8}和)?政协的?)?$"
    r"|(?:" + FORM_COLUMNS + r")[^，,；;。(（]{0,40}$"  # 表格中列出了提交提案、…: a form's columns, no work told
    r"|(?:^|[^\u4e00-\u9fff])为(?:推动|推进|加快|助推|助力)$|为了?做好[^，,；;。]{0,24}$"  # 为推动“X”建设贡献力量: what the work was for
    r"|如何[^，,；;。]{0,12}$"  # 就如何开展调研视察进行探讨: what was discussed
    r"|CN\d{2}-\d{4}[^，,；;。]{0,24}$"  # (国内统一刊号:CN43-0003 某日报社出版: a paper's masthead, no publication of the committee)
    # 安排部署2024年度专项民主监督工作: work a meeting arranges, its business
    r"|(?:安排部署|部署安排|研究部署|(?<![决策])部署)了?(?:\d{4}年度?|今年|明年|全年|下一步|下阶段)?[^，,；;。]{0,12}$"
    r"|(?:报道|刊发|刊载|推送|讲述|播发)了?[^，,；;。、和及与]{0,16}$"  # 持续报道委员深入基层调研: what the news covered
    r"|一系列[^，,；;。]{0,6}$"  # 开展了一系列专题调研和协商: a kind of work in general
    r"|一(?:场场|次次|个个|项项|条条|批批|件件|幕幕|份份)[^，,；;。]{0,12}$"  # 一场场协商会、一次次调研: work in general
    r"|(?:获评|评为|荣获|获得|(?<![捕斩截缴查])获(?!悉))[^，,；;。]{0,16}$"  # 获评“X”工作先进个人, 获社情民意信息报送先进集体: an award's title, not work told
    r"|^(?:这|此|都|也|更|正)?是[^，,；;。]{0,12}$"  # 是各位委员深入调研的结果: a judgement, not work told
    # 高度重视、关心支持X工作, 支持各党派在政协参与X协商: backing others' part in work, none told
    # (支持万达开三地政协开展X对口协商: the work those committees did, told)
    r"|高度重视、?(?:关心)?支持[^，,；;。]{0,24}$|^[\u4e00-\u9fff]{0,6}?(?:大力|积极|充分)?支持[^，,；;。]{1,24}参与[^，,；;。]{0,16}$"
))
# Bare activity-type words: followed or preceded by a count they are a statistic
# (开展重点协商16项, 网络议政20余次, 近20项学习活动), not one initiative.
GENERIC_ACTIVITY = re.compile(
    r"(?:重点|联合|专题|监督性|对口|界别|远程|民主|提案办理)?(?:协商|调研|视察|通报|监督|督办|评议)|网络议政|远程协商|调查研究|学习活动|(?:集中|专题)?学习研讨|集中学习|提案|(?:专题)?党课|宣讲|走访|"
    r"(?:联动|联合|协同)履职|协商议政|视察调研|调研视察|调研协商|视察监督|监督视察"
)
# A list of activity words that ends in 等形式 names ways of working, not activities.
FORMS_LIST_AFTER = re.compile(
    r"[^，,；;。]*?(?:等(?:多种|各种|多样|一系列|系列)?(?:形式|方式|办法|途径|手段|载体|平台|机制|制度|渠道|活动之中|工作|举措|措施|做法)|为(?:(?<!列为)重点|常态|龙头|补充|主)|于一体)|"  # (被列为重点提案: chosen, not a way of working)
    r"(?!了|[^，,；;。、]{0,4}(?:听取|征求|提出|交换|收集|形成|研究|审议|讨论))[^，,；;。、]{0,6}?(?:的)?"  # (察看了X方案: done)
    r"(?:方案|意见|办法|规定|细则|制度|机制|格局|体系|清单|计划(?!报告|执行|草案|和预算|、预算))|"
    r"(?:议事|活动)?场所"  # (协商议事场所: a venue; 调研宗教活动场所: the sites researched, work)
)
# A count right before the activity noun makes it a statistic (42次党组会议), not an initiative.
# An activity word right after or before a count is a statistic (开展重点协商16项, 近20项学习活动).
COUNT_AFTER = re.compile(r"(?:[、和及与][^，,；;、\d]{1,8}?|视察|调研|考察|协商|监督|任务|课题|活动|等|履职|(?<=协商)会|座谈|(?<=学习)研讨|远程|网络|议政|"
                         r"(?<=协商)议事|(?<=监督)性)*"  # (协商议事活动430余次, 民主监督性视察9次: counted too)
                         r"\d+(?:\.\d+)?(?:余|多)?(?:次|项|场次|场|期|篇|件|人次)")
# An output count right after the object (刊登专题稿件1800余篇, 宣讲党史40场次) is a statistic.
OUTPUT_COUNT_AFTER = re.compile(r"[^，,；;、\d“”《》]{1,8}\d+(?:余|多)?(?:篇|件|场次)$")
COUNT_RIGHT_BEFORE = re.compile(r"\d+(?:余|多)?(?:次|项|场次|场|期|个)[“]?(?:重点)?(?:课题|专题)?$")
# 选定12个民生议题调研协商: the work counted by its subjects, a statistic
COUNTED_SUBJECTS_BEFORE = re.compile(r"\d+(?:余|多)?个[^，,；;、\d]{0,8}(?:议题|课题)(?:开展|进行)?(?:调研|视察|考察)?$")
# 3个联合调研课题: what is counted is subjects (announced, then listed), not pieces of work
SUBJECTS_AFTER = re.compile(r"(?:课题|议题|主题|专题|方面|问题)")
COUNT_BEFORE = re.compile(r"\d+\s*(?:余|多)?\s*(?:次|场次|场|项|期|个|届)[^、，,；;\d]{0,14}$")
# A quote of someone's words, not a name (“今年我们将围绕X开展调研。”): it holds a full stop or a
# first person before it closes.
SPOKEN_QUOTE = re.compile(r"“(?=[^”]*?(?:[。！？]|我))")
# 这些丛书, 该丛书, 这三套丛书: a work already told, referred to again
RETOLD_WORK_BEFORE = re.compile(r"(?:这|该|此|上述)(?:些|[一二两三四五六七八九十\d]*(?:套|本|部|卷|册))?(?:系列)?(?:文史)?$")
# 协商X纠纷, 协商解决Y问题: consultation as a verb with the matter it settled (group x)
CONSULTED_MATTER = re.compile(r"(?:解决了?)?(?P<x>[^，,；;。、“”]{2,24}?(?:纠纷|问题|矛盾|难题|事项|事宜|机制提升|机制)|"
                              r"(?<=解决|决了)[^，,；;。、“”]{2,24}?)(?=[，,；;。、…]|$)")  # (协商解决小区改造: what it settled)
# Verbs that make a noun an activity someone carried out.
ACTION = searched(re.compile(
    r"开展|召开|举办|组织|进行|提交|提出|承办|参加|参与|发出|编撰|出版|刊登|发布|开设|赴|走访|看望|慰问|拜访|上报|报送|"
    r"联合|牵头|领衔|完成|举行|征集|打造|创建|列为|协助|配合|推进|深化|办好|做好|引导|发动|邀请|聚焦|围绕|就|加快|"
    r"指导|支持|助力|接受|到|赴|走进|探索开展|创新开展|持续开展|亮相|获评|连播|听取|带队|率队|率团|跟进|开幕|闭幕|拉开帷幕|启幕|揭幕|展开|启动|实施|正式开始|前往|来到|一行来|组来|团来|领导来|主持|做实|抓实|抓好|抓了|狠抓|推出|主办|策划|展出|召集|试行|推行|动员|深入|发起"
))
# Activity words that are verbs themselves (调研台商产业园, 深入调研): no other verb needed.
VERBAL_TYPES = frozenset({"research", "inspection", "supervision", "briefing", "study", "publication", "other"})
VERBAL_CONTEXT = re.compile(r"(?:深入|广泛|务实|认真|先后|定期|共同|联合|牵头|分别|专题|逐一|逐个|上门|入户)[\u4e00-\u9fff]{0,4}$")
# Standing practice, not one activity (定期走访委员, 常态化开展…).
STANDING_PRACTICE = searched(re.compile(r"定期|常态化|常态长效|经常性|每周|每月|每季度|每半年|每年(?!度)|始终坚持|一以贯之地|"
                                        r"(?<!大)都会(?![区议])|通常|往往|历来"))  # (每年两会，委员们都会提交联名提案: a habit)
# a work report's dateline under its title (——2024年1月9日在区政协十届三次会议上): the day it was given,
# then where (the session it was given at)
REPORT_DATELINE = re.compile(r"\s*[—－\-]*\s*[（(]?\s*(?:19|20)\d{2}年\d{1,2}月\d{1,2}日在")
# Activity words that carry their own adverb (联合调研, 深入调研) need no other verb.
SELF_VERBAL = re.compile(r"(?:深入|联合|重点|专题|考察|自主|共同|务实|广泛|(?:确定|选定|列)为(?:今年|本年度|年度|\d{4}年度?)?重点)")  # (确定为重点提案: chosen, its own verb)
# 带来了关于X的提案, 带来联名提案《X》: a member brings a proposal to the session (the verb makes it told, whatever framing)
BROUGHT_BEFORE = re.compile(r"带来[了的]?$|撰写[了的]?$|写出[了的]?$")
# Activity words that begin with their own verb (提交…提案, 联名提交), of any type.
SELF_ACTING = re.compile(r"[揭挂]牌(?:成立|运行)(?![^，,；;。]{0,12}?\d+个)|(?<=正式)揭牌|(?:开设|开办)了?[^，,；;。、]{0,8}?(?:专栏|栏目)|(?<=[午日续行别入])(?:分组|联组|小组)讨论|接访群众|(?<=[协方并后委府会组团联])座谈交流|现场办理|被表彰为|(?<=提案)进行了?(?:认真|严格)?审查|(?:认真|严格)审查|(?<=委员会)(?:逐一|逐件)?审查|被评为|获评|被评选为|(?<=”)表扬|免费(?:提供|发放|赠送)|(?:减免|免除|免收)了?|协调(?:资金|解决)|按界别分组(?:学习|讨论|审议)|提交|联名提交|联合提交|共同提交|会签|(?:票决|遴选|选定|确定了?)为?(?=(?:今年|本年度|年度|\d{4}年度?)?(?:\d+件)?重点(?:督办|办理)?提案)|召开|举行|收集|送去|送来|参观指导|筹措|筹集|募集|捐(?:款|物|资)|(?:准备|撰写)了|^建言|提出(?=了?的?《|了?(?:多|数|几|若干)件)|(?:予以|进行了?|开展了?)表彰|(?:予以|进行了?)表扬|(?:予以|进行了?)通报表扬|通报表扬(?=[，,；;。]|$)|通报表扬了|带(?:到|上|进)")
# Weak consultation words count only with a stated subject matter (就/围绕/聚焦 X 建言献策).
# 把/将 协商 延伸到基层: a practice carried somewhere (the activity word is the thing moved)
DISPOSAL_BEFORE = re.compile(r"(?:把|将)[^，,；;。]{0,8}$")
DISPOSAL_AFTER = re.compile(r"[^，,；;。]{0,4}?(?:延伸|拓展|贯穿|融入|作为|纳入|列为|转化为|覆盖|嵌入|做实|做细|做深|落到实处)")
# 协商审议《…》, 会议对《…》…进行了协商: documents a meeting deliberates, its agenda, not work of its own
AGENDA_AFTER = re.compile(r"审议|通过(?:了)?(?:有关)?人事")  # (协商通过有关人事事项: the meeting's business)
AGENDA_BEFORE = re.compile(r"^(?:会议)?(?:还|并)?(?:对|就)《")
# …的报告并进行民主测评: an appraisal the meeting made of what it heard, work of its own
APPRAISED_AFTER = re.compile(r"[并和及]进行(?:了)?(?=民主测评|民主评议|测评|评议|(?:专题)?协商(?![^，,；;。]{0,4}报告))")  # (…的通报并进行协商)
# 会议通报了…, (会议)审议通过了《…方案》…: what a meeting heard and passed is its business
MEETING_BUSINESS = re.compile(r"^(?:会议|会上)(?:还|并|也)?(?:通报(?!表扬)|审议|通过|(?:讨论|协商|研究)(?:并|和)?通过|传达|(?:专题|集中)?学习(?!考察)|听取(?:了|和讨论了?)?[^，,；;。]{0,60}?(?:通报|报告|情况介绍))|"
                              r"^(?:还|并|也)?审议(?:通过)?了?|^(?:还|并|也)?听取(?:了|和讨论了?)?[^，,；;。]{0,60}?(?:通报|报告|汇报|情况介绍)|"
                              r"^(?:会议|会上)(?:还|并|也)?(?:特别)?邀请[^，,；;。]{2,30}?(?:通报|介绍)|"  # (a guest's briefing to the meeting)
                              r"^(?:还|并)?通报了|^(?:并|还|也)?向(?:大会|会议|全会)(?:通报|报告|介绍)|^[^，,；;。]{0,24}?到会通报|"  # (a guest's report to the meeting)
                              r"^(?:会上|会议上)?[^，,；;。]{2,30}?分别通报")  # (departments reporting in turn)
# 走访企业186家, 调研村社30个: how many were visited, a statistic, not one piece of work
OBJECT_COUNT_AFTER = re.compile(r"(?![将拟围就对])[\u4e00-\u9fff]{1,4}?\d+(?:\.\d+)?(?:余|多)?[家户所处]")
# 会议以来 / 会议召开以来 / 全会前: a time, not the meeting told
SINCE_AFTER = re.compile(r"(?:召开|举行|开幕|闭幕)?(?:以来|之前|前(?![往进行来去夕沿]))|(?:各项议程|全部议程)?(?:结束|闭幕|闭会)(?:之后|后)|(?:期间)?及闭会(?:期间|后)|(?:大会)?(?:召开|举行|开幕|闭幕)还有")  # (距离…会议开幕还有半小时: a time)
# 围绕推动X、加快“Y”建设等献策: the work is about Y, Y's building is no activity of its own
ABOUT_BEFORE = re.compile(r"(?:围绕|聚焦|(?<!成)就)[^，,；;。]*$")
# 调研“X”活动推进情况: work looked into by other work, not work of its own
# (…活动开展、委员履职等情况: one item of a list of what was looked into)
PROGRESS_AFTER = re.compile(r"”?(?:(?:推进|开展|落实|实施|总结|筹备)(?:工作)?(?:情况|、[^，,；;。]{0,24}?等?情况)|(?:工作)?进展)")
LOOKED_INTO_BEFORE = searched(re.compile(r"(?:调研|视察|考察|督查|督导|了解|交流|汇报|通报|听取)[^，,；;。]*$"))
# 就基层协商工作进行交流: the activity word is what was talked about, not work done
DISCUSSED_AFTER = re.compile(r"[^，,；;。]{0,12}?(?:进行了?|展开了?|作了?)(?:深入|充分|广泛|认真|全面)?(?:交流|探讨|讨论|研讨|交换意见|总结回顾|回顾总结|总结)(?=[，,；;。]|$)")
# the CPPCC's functions named together (发挥政治协商、民主监督和参政议政职能) are no activities
FUNCTIONS = re.compile(r"政治协商\s*[、和及]\s*民主监督\s*[、和及]?\s*参政议政|协商、监督、参与、合作")
# Advice and oversight in a slogan's words (为X建真言、为Y真监督): work when 为 names what it was for.
FOR_A_CAUSE = re.compile(r"建真言|(?<=[\u4e00-\u9fff]{2})建言(?![献出资])|(?<!贡)献良?策|鼓与呼|谋良策|(?<!贡)献智慧|出主意|谋思路|谋良方|出实招|建良言|真监督|强监督")
FOR_BEFORE = re.compile(r"为[^，,；;。、]{2,30}$")
WEAK_TRIGGER = re.compile(r"议政建言|建言献策|献计出力|建言出力|协商建言|协商议政|协商讨论")
WEAK_NEEDS = re.compile(r"就|围绕|聚焦|针对|为题|召集|(?<![面相])对[^，,；;。]{2,40}?进行")  # (对X进行协商讨论: on X)

# Roles a body plays by the word before it.
PARTNER_BEFORE = re.compile(r"(?:与|同|和|会同|联合|联动|邀请|组织|发动|引导|协同|携手|面向|为|"
                            r"赴|(?<![得受达收])到|(?<![以原本从])来|来到|前往|走进|莅临)$")  # (the body visited is a partner)
# Bodies joined to the subject before the verb run the activity with it (A与B联合开展…).
COORGANIZER_BEFORE = re.compile(r"(?:与|同|和|及|会同|联合|携手|协同|商请)$")  # (商请X开展联合协商: asked to run it together)
SUPPORTED_BEFORE = re.compile(r"(?:支持|指导|协助|配合|帮助|推动)$")
VENUE_BEFORE = re.compile(r"在$")
IGNORE_BEFORE = re.compile(r"(?:(?<!面)向|被|接受|由|对|为|把|将|报送|报告|请示|在|按照|根据|遵照|依照)$")
# A body name followed by these is a time or a place, not an actor (在全国“两会”期间).
IGNORE_AFTER = re.compile(r"(?:期间|前夕|前(?![往来去])|后|以来|之际|(?:召开|结束|闭幕|开幕)(?:期间|前夕|前|后|之际)|(?:会议|全会|全体会议|大会)(?:期间|上)|会上|上)")

# After the bodies at a clause's head: they only accompany, host or speak at work another body
# runs (X陪同调研, X承办会议, X负责同志在会上作交流发言), so they are its partners and the
# clause's activity word names that same work, not a new one.
ATTENDS = searched(re.compile(r"(?:(?:主要)?(?:负责同志|负责人|有关负责同志|领导|同志|一行|等|"
                     r"、(?=(?:专职|常务)?(?:副?主席|党组副?书记|副?秘书长))|"  # (主席、党组书记某某陪同: one person's titles)
                     r"(?:专职|常务)?(?:副?主席|党组副?书记|副?秘书长|副?主任|副?主委|副?书记|[省市区县]长|副[省市区县]长)"
                     r"(?:[\u4e00-\u9fff]{2,3}(?:、[\u4e00-\u9fff]{2,3}){0,8}(?=(?:全程|分别|一同|共同)?(?:等|参加|出席|陪同|列席)))?)*"
                     r"(?:全程|分别|一同|共同)?"
                     r"(?:在会上|会上)?(?:陪同|参加|出席|列席|(?:应邀)?观摩|承办|协办|作交流发言|交流发言|作发言|设(?:立|置)?分会场))"))
ATTEND_WORD = re.compile(r"陪同|参加|出席|列席|观摩|承办|协办|发言|听取|分会场")  # a cheap look before the two above
# A clause that hears bodies report (听取X的情况汇报) makes them partners of the work just named.
HEARS = searched(re.compile(r"(?:并|还|会上)?听取"))

# a sitting's days (9月26日, 9月26日至27日)
DAYS = r"\d{1,2}月\d{1,2}日(?:至\d{1,2}日)?"
PLANNED_CUE = searched(re.compile(r"拟|计划于|将于|定于|将要|(?<!当)即将|(?:召开|举行|开幕)在即|(?:明天|明日|后天)(?=[(（]?\d{0,2}日?[)）]?(?:上午|下午|晚上?)?[^，,；;。]{0,6}?(?:开幕|召开|举行|闭幕|举办|开始|启动))|下一?阶段的|准备(?!了)|(?<!经过)(?<!过精心)(?<!过认真)(?<!过充分)筹备(?!会议?|工作|组|情况)|"
                                  # 建议X会议于…召开, 决定近期召开X: a sitting a council proposes or decides on
                                  r"(?:建议|决定|同意|提议)[^，,；;。]{0,30}?(?:于|近期|适时|择期)[^，,；;。]{0,16}?(?:召开|举行)(?!了)|"
                                  # 决定X会议11月5日至6日在某地召开: a sitting decided on for its days
                                  r"(?:建议|决定|同意|提议)[，,：:]?[^，,；;。]{0,40}?" + DAYS + r"[^，,；;。]{0,16}?(?:召开|举行)(?!了)|"
                                  # 推选X为联席会第三次会议主办单位: the next sitting, its host chosen
                                  r"(?:确定|推选|商定)了?[^，,；;。]{2,30}?为[^，,；;。]{0,20}?(?:主办|承办|举办)(?:单位|地|方)|"
                                  # (会议确定，)2024年第七次联席会议由达州市政协承办: the host of a sitting to come
                                  r"(?:\d{4}年|明年|下一?次|第[一二三四五六七八九十\d]{1,3}[次届])[^，,；;。]{0,12}?(?:会议?|论坛)"
                                  r"由[^，,；;。]{2,16}?(?:承办|主办)(?!的)|"
                                  + SUBJECT_FIXED))  # (联合协商议政主题确定为“X”: the subject of work to come, fixed)
# A future cue earlier in the sentence governs the activities after it (下一步，两地政协将共同举办…;
# 双方约定下半年…开展联合视察). 将 that only moves an object (将X作为/纳入/列为) is not future.
# Words that say the activity has happened: they outweigh a future cue earlier in the sentence
# (按照年初制定的协商计划，区政协上半年开展了…).
DONE_MARK = searched(re.compile(r"已经?(?!商定|约定|议定)|业已|完成了|结束|(?:开展|举办|召开|举行|进行|组织|形成|提出|提交)了"))  # (已商定开展X: the work agreed is to come)
# 要求持续推进…, 要求积极筹备…: work a meeting or a leader asks for, still to be done
URGED_TASK = r"(?<![主重需纪提摘概简])要求(?=[^，,；;。]{0,4}(?:持续|继续|进一步|深入|积极|扎实|切实|加快|做好|抓好|全力|认真|筹备))"
PLANNED_LEAD = searched(re.compile(
    URGED_TASK + r"|(?<![主重需纪提摘概简])要(?=与|和|同|联合|共同|携手|继续|围绕|聚焦|就|在|加强|推动|组织|开展|举办|召开|坚持|持续|深入|着力|扎实)|"
    r"明确了?(?:今年|年度|下一步|下半年|明年|年内)|合作事项|"
    # 会议明确了2023年三地政协联合履职重点：一是…: the priorities fixed for a year, items to come
    r"(?:明确|确定|商定|议定)了?(?:\d{4}|今|明)年(?:度)?[^，,；;。：:]{0,16}?(?:重点|要点|任务|计划)(?:如下)?[：:]|"

    # 双方确定下半年围绕X开展联合调研, 会议还确定，三地政协今年下半年…: work decided for a time to come
    r"(?:确定|议定)[，,：:]?[^。；;]{0,16}?(?:下半年|年内|明年|近期|适时)|"
    # 新一届县政协将主动融入…，年内联合开展…: 将 with a manner word is the future, whatever verb follows
    r"将(?:主动|积极|全面|深度|更好地?|更加|进一步|持续|努力)|"
    r"将(?![其此]|[^，,；;。]{0,24}(?:作为|纳入|列为|列入|转化|视为|写入|融入|贯穿|做实|做细|落到实处)|[^，,；;。]{0,40}?(?:分为|分成))|拟|计划(?!报告|执行|草案|纲要|和预算|、预算|单列)|准备(?!了)|(?<!经过)(?<!过精心)(?<!过认真)(?<!过充分)筹备(?!会议?|工作|组|情况)|下一步|接下来|今后|"
    r"(?:今年|明年|年内|下半年|下一阶段|还|也)要|约定|商定|议定|决定(?=[^，,；;。]{0,30}?(?:实施|召开|举行))|"
    r"(?:(?<=会议|会上|研究)|(?<=会议还|会议并|会上还|会议同))决定[，,：:]?(?=[^，,；;。]{0,12}?(?:\d{1,2}月|近期|下半年|年内|适时|择期))|根据协议|按照协议|届时|明年|年内将|力争"
))
# Titles of texts that are plans throughout (年度合作要点, 工作要点).
PLAN_TITLE = re.compile(r"要点|工作计划$|合作计划|协商计划|行动计划|实施方案")
# Going to a place (赴重庆市合川区, 到渝北区): across the border, its CPPCC hosts the work.
VISIT_BEFORE = re.compile(r"(?:赴|到|来到|(?<![以年后未从本原])来|前往|走进|深入)(?:重庆市?|四川省?)?$")
JOINT_MARKER = searched(re.compile(r"(?:川渝|两地|渝川)(?:政协|委员|联合|共同|携手)|(?:川渝|两地)[^，,；;。]{0,8}(?:联合|共同|携手)"))

# Words that stand for the bodies last named together (双方 = the two of the previous sentence).
GROUP_WORDS = frozenset({"双方", "两地政协", "三地政协", "两地", "三地", "两家政协", "两省市政协", "三省市政协", "各方",
                         "两区政协", "两县政协", "两市政协", "两地委员", "三方", "四方", "两委"})
# A team named at a clause's head without its bodies (调研组还召开座谈会; 考察团一行来到…) is the
# team of the activity just told: its organisers act again.
TEAM_ANAPHOR = re.compile(r"(?:会上|会后|随后|此后|其间|同时|当天|次日|还|并|也)*(?:该|此)?(?:联合)?"
                          r"(?:调研组|视察组|考察组|督查组|监督组|调研团|考察团|代表团|与会人员|与会代表|与会同志|与会委员)")
GROUP_ANAPHOR = re.compile(r"(?:会上|会后|随后|此后|其间|同时|当天|次日|还|并|也)*(?:双方|两地政协|三地政协|两家政协|两省市政协|三省市政协|"
                           r"两区政协|两县政协|两市政协|各方|三方|四方|两地|三地|两委(?!员))")

# 联合调研组 names an activity only when the group is formed for it (组成联合调研组); elsewhere
# (调研组还召开座谈会, 率考察组到…) it is the group, not the activity.
GROUP_FORMED_BEFORE = re.compile(r"(?:组成|成立|组建|派出)(?:了)?(?:联合|专题|重点)?$")
# Bare activity words that, after a fuller name of the same activity, only go on describing it.
BARE_ACTIVITY = re.compile(r"(?:开展|进行)?(?:调研|协商|视察|考察|议政|监督|座谈|研讨|讨论|交流)")
# A sentence that may list subjects one by one (see enumerations.py): cheap test first.
ENUMERATION_HINT = re.compile(r"一是|(?:议题|课题)(?:\d+|[一二三四五六七八九十两]{1,3})?个?[，,][^，,；;。]{0,4}?(?:围绕|聚焦|就|针对)[^，,；;。]{2,24}、|(?:\d+|[一二三四五六七八九十两])(?:项|个|次)[^，,；;。]{0,10}?(?:聚焦|围绕|就|针对)[^，,；;。]{2,24}、|、[^、，,；;。]{2,30}?(?:这|等)(?:\d+|[一二三四五六七八九十两])个(?:议题|课题)|、[^、，,；;。]{2,30}?等(?:\d+|[一二三四五六七八九十两]{1,3})[个项](?:年度|重点|联合|专题)*(?:调研|协商|视察|监督)(?:课题|议题)|、[^、，,；;。“”：:等()（）]{4,12}?(?:(?:等)?(?:系列|专项|主题)?行动|(?:系列|专项|主题)?活动)|”为(?:主要)?内容的|分别|》[、和及与]?《|[“「][^”」]{2,40}[”」][、和及与]?[“「]|(?:\d+|[一二三四五六七八九十两])(?:个|项)(?:[^，,；;。:：]{0,14}[:：]|[,，][^，,；;。:：]{0,12}[:：]|“)")
# Time and framing words a clause may open with before its actor (9月12日，市政协…; 今年，…).
TIME_LEAD = re.compile(
    r"(?:(?:\d{4}年)?\d{1,2}月(?:\d{1,2}日)?(?:[至到-]\d{1,2}月?(?:\d{1,2}日)?)?(?:上旬|中旬|下旬|初|底|以来)?|"
    r"\d{4}年(?:以来)?|今年(?:以来)?|去年|明年|近日|日前|近期|目前|此前|随后|会后|会前|当天|次日|同日|上半年|下半年|年初|年底|年内|"
    r"一年来|五年来|过去一年|本年度|全年|期间|据悉|据介绍|据了解|[,，、\s])*"
)
# Words saying an activity is done together (with the pair the text named).
TOGETHER = re.compile(r"联合|共同|携手|一道|联动|协同|(?<!提办)(?<!提案)双方|两地")  # (提办双方: a proposal's authors and handlers)

# Each democratic party's own word for its members (社员 of 九三学社) and the parties' full names.
PARTY_MEMBERS = {"社员": ("九三学社",), "盟员": ("中国民主同盟", "台湾民主自治同盟"),
                 "会员": ("中国民主促进会", "中国民主建国会"),
                 "党员": ("中国国民党革命委员会", "中国农工民主党", "中国致公党")}
PARTY_FULL_NAMES = tuple(name for names in PARTY_MEMBERS.values() for name in names)


guard_patterns(globals())  # (every pattern above: the same matches, scans that skip ahead)
