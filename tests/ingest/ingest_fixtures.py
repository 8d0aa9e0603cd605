"""Fixture files for `cppcckg add`, made from one invented district report.

The same report is written as a cluttered news page, a multi-page PDF with running headers and
page numbers, a PDF with no text layer and a Word file with headings and a table, so that a test
can compare what each reader keeps with the plain text. Every sentence here is invented.
"""

from __future__ import annotations

from pathlib import Path

FONT = Path("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc")

TITLE = "政协重庆市万州区委员会常务委员会工作报告"
DATELINE = "（2023年1月10日在政协重庆市万州区第五届委员会第三次会议上）"
# (kind, text): h = heading, p = paragraph. Paragraphs are long so that a PDF breaks them.
BODY: list[tuple[str, str]] = [
    ("h", "一、2022年主要工作回顾"),
    ("p", "过去一年，区政协常委会坚持围绕中心、服务大局，扎实履行政治协商、民主监督、参政议政职能，"
          "各项工作取得新的进展。全年收到提案412件，经审查立案386件，办复率达到百分之百。"),
    ("p", "围绕乡村振兴开展专题协商，组织委员深入田间地头走访农户，形成协商报告3份，"
          "提出的发展特色产业、完善农村物流等建议被有关部门采纳。"),
    ("p", "与达州市政协联合开展交通物流建设调研，共同推动万达开川渝统筹发展示范区建设，"
          "两地委员围绕通道互联、园区共建提出意见建议18条。"),
    ("h", "二、履职能力建设"),
    ("p", "组织委员视察长江生态环境保护情况，深入沿江乡镇查看岸线整治成效，提出意见建议26条。"
          "举办委员履职培训班2期，培训委员160人次。"),
    ("h", "2023年工作安排"),
    ("p", "2023年，区政协常委会将围绕城市更新开展专题协商，继续与开州区政协、达州市政协开展对口协商，"
          "为推动万州高质量发展贡献智慧和力量。"),
]
TABLE = [("指标", "2022年"), ("收到提案", "412件"), ("立案", "386件")]


def plain_text() -> str:
    """The report as a plain text file would hold it: one line per heading or paragraph."""
    return "\n".join([TITLE, DATELINE] + [text for _, text in BODY]) + "\n"


# --------------------------------------------------------------------------- HTML

CLUTTER_HTML = {
    "nav": ["首页", "政协要闻", "委员风采", "提案工作", "理论研究", "联系我们"],
    "byline": "记者 周明远　通讯员 谭小雨",
    "source": "来源：万州时报",
    "time": "2023-01-11 08:30:12",
    "share": "分享到：微信 微博 QQ空间",
    "ad": "【广告】三峡美食节火热开幕，扫码领取优惠券，先到先得！",
    "editor": "责任编辑：林晓",
    "related": ["区政协召开主席会议研究部署年度重点工作", "委员走进社区开展界别协商活动", "区政协机关开展志愿服务活动"],
    "footer": "版权所有：万州区政协网　渝ICP备00000000号",
}


def html_page(charset: str = "utf-8") -> str:
    """A saved news page carrying the report, with menus, a byline, a share bar, an injected
    advertising paragraph, an editor line, a related-articles list and a footer."""
    c = CLUTTER_HTML
    nav = "".join(f'<li><a href="/c{i}.html">{name}</a></li>' for i, name in enumerate(c["nav"]))
    related = "".join(f'<li><a href="/n{i}.html">{t}</a></li>' for i, t in enumerate(c["related"]))
    paras = []
    for n, (kind, text) in enumerate(BODY):
        paras.append(f"<h3>{text}</h3>" if kind == "h" else f"<p>　　{text}</p>")
        if n == 3:
            paras.append(f'<p class="adv">{c["ad"]}</p>')
    body = "\n".join(paras)
    return f"""<!DOCTYPE html>
<html lang="zh-CN"><head>
<meta charset="{charset}">
<title>{TITLE}_万州区政协网</title>
<meta name="keywords" content="政协,万州,工作报告">
<meta property="article:published_time" content="2023-01-11T08:30:12+08:00">
<meta name="source" content="万州时报">
</head><body>
<div class="top"><ul class="nav">{nav}</ul></div>
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/c1.html">政协要闻</a> &gt; 正文</div>
<div class="main">
<div class="article">
<h1>{TITLE}</h1>
<div class="info"><span>{c["source"]}</span>　<span>{c["byline"]}</span>　<span>{c["time"]}</span></div>
<div class="share">{c["share"]}</div>
<div class="content">
<p style="text-align:center">{DATELINE}</p>
{body}
</div>
<p class="editor">{c["editor"]}</p>
</div>
<div class="related"><h4>相关新闻</h4><ul>{related}</ul></div>
</div>
<div class="footer"><p>{c["footer"]}</p></div>
</body></html>
"""


def clutter_strings() -> list[str]:
    """Text of the page that is not the report and must not be kept."""
    c = CLUTTER_HTML
    return [*c["nav"], "当前位置", "周明远", "谭小雨", "万州时报", "08:30", "分享到", "三峡美食节",
            "责任编辑", *c["related"], "相关新闻", "版权所有"]


# --------------------------------------------------------------------------- PDF

RUNNING_HEADER = "万州区政协第五届三次会议文件"


def write_pdf(path: Path, text_layer: bool = True) -> Path:
    """A multi-page A5 PDF of the report with a running header and page numbers; with
    `text_layer=False` only drawn shapes (like a scan), no text at all."""
    from fpdf import FPDF
    from fpdf.enums import WrapMode, XPos, YPos

    class Doc(FPDF):
        def header(self) -> None:
            self.set_font("zh", size=8)
            self.cell(0, 6, RUNNING_HEADER, align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            self.ln(2)

        def footer(self) -> None:
            self.set_y(-12)
            self.set_font("zh", size=8)
            self.cell(0, 6, f"— {self.page_no()} —", align="C")

    pdf = Doc(format="A5") if text_layer else FPDF(format="A5")  # a scan has no running text either
    pdf.set_auto_page_break(True, margin=16)
    pdf.add_font("zh", fname=str(FONT))
    pdf.add_page()
    if not text_layer:
        for i in range(12):
            pdf.rect(20, 30 + i * 12, 100, 6, style="F")
        path.write_bytes(bytes(pdf.output()))
        return path
    pdf.set_font("zh", size=14)
    pdf.multi_cell(0, 8, TITLE, align="C", wrapmode=WrapMode.CHAR, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("zh", size=9)
    pdf.multi_cell(0, 6, DATELINE, align="C", wrapmode=WrapMode.CHAR, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    for kind, text in BODY * 3:  # three times, so that the report runs over several pages
        if kind == "h":
            pdf.set_font("zh", size=15)
            pdf.ln(2)
            pdf.multi_cell(0, 9, text, wrapmode=WrapMode.CHAR, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        else:
            pdf.set_font("zh", size=13)
            pdf.multi_cell(0, 8, "　　" + text, wrapmode=WrapMode.CHAR, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    path.write_bytes(bytes(pdf.output()))
    return path


def pdf_plain_text() -> str:
    """What the PDF's report text is as plain text (the body appears three times in it)."""
    return "\n".join([TITLE, DATELINE] + [text for _, text in BODY * 3]) + "\n"


# --------------------------------------------------------------------------- DOCX

def write_docx(path: Path) -> Path:
    """A Word file: title, headings, paragraphs and a table after the first paragraph."""
    import docx

    document = docx.Document()
    document.add_heading(TITLE, level=0)
    document.add_paragraph(DATELINE)
    for n, (kind, text) in enumerate(BODY):
        if kind == "h":
            document.add_heading(text, level=1)
        else:
            document.add_paragraph(text)
        if n == 1:
            table = document.add_table(rows=len(TABLE), cols=2)
            for r, row in enumerate(TABLE):
                for col, value in enumerate(row):
                    table.cell(r, col).text = value
    document.save(str(path))
    return path


def docx_plain_text() -> str:
    """The Word file's text as lines: the table's rows come after the first paragraph."""
    lines = [TITLE, DATELINE]
    for n, (_, text) in enumerate(BODY):
        lines.append(text)
        if n == 1:
            lines.extend("\t".join(row) for row in TABLE)
    return "\n".join(lines) + "\n"
