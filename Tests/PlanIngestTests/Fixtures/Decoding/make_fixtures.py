#!/usr/bin/env python3
"""Regenerates the decoding fixtures in this folder (python3 standard library and iconv only).

    python3 make_fixtures.py

Every fixture carries the same short plan so a test can compare what each format yields.
"""
import os
import subprocess
import zipfile
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))

PLAN = (
    "滨州市科技引领产业绿色低碳高质量发展实施方案\n"
    "一、总体目标\n"
    "到2025年，全市高新技术企业达到1500家，研发投入强度达到3.55%。\n"
    "（一）每年新增科技型中小企业100家以上，“专精特新”企业不少于50家。\n"
)



# A plan in traditional characters, long enough for its encoding to be told without a name.
TRADITIONAL_PLAN = (
    "某市科技創新三年行動方案（2024—2026年）\n\n"
    "為深入實施創新驅動發展戰略，加快建設科技強市，制定本方案。\n\n"
    "一、主要目標\n"
    "到2026年，全市高新技術企業數量達到1500家以上，研發經費投入強度達到3.55%，"
    "每年新增省級以上創新平台8家以上。\n"
    "責任單位：市科技局、市財政局。\n"
)

def write(name, data):
    with open(os.path.join(HERE, name), "wb") as handle:
        handle.write(data)


def iconv(text, encoding):
    return subprocess.run(
        ["iconv", "-f", "UTF-8", "-t", encoding], input=text.encode("utf-8"), check=True, capture_output=True
    ).stdout


def text_fixtures():
    write("plan-utf8.txt", PLAN.encode("utf-8"))
    write("plan-utf8-bom.txt", b"\xef\xbb\xbf" + PLAN.encode("utf-8"))
    # CRLF, full-width digits and a trailing space: plain text must come back byte for byte.
    write("plan-utf8-crlf.txt", ("一、目标 \r\n到２０２５年，达到１５００家\r\n").encode("utf-8"))
    write("plan-gbk.txt", iconv(PLAN, "GBK"))
    # 䶮 (U+4DAE) is outside GBK: GB18030 encodes it in four bytes.
    write("plan-gb18030.txt", iconv(PLAN + "䶮\n", "GB18030"))
    write("plan-utf16le.txt", b"\xff\xfe" + PLAN.encode("utf-16-le"))
    write("plan-utf16be.txt", b"\xfe\xff" + PLAN.encode("utf-16-be"))
    write("plan-big5.txt", iconv("到2025年，全市高新技術企業達到1500家。\n", "BIG5"))
    write("plan-big5-unnamed.txt", iconv(TRADITIONAL_PLAN, "BIG5"))
    # Valid GBK up to line 3, then a lead byte followed by a byte no GBK sequence allows.
    gbk = iconv(PLAN, "GBK")
    cut = gbk.index(iconv("研发", "GBK"))
    write("plan-gbk-invalid.txt", gbk[:cut] + b"\x81\x20" + gbk[cut:])
    # UTF-8 cut in the middle of the last character.
    utf8 = PLAN.encode("utf-8").rstrip(b"\n")
    write("plan-utf8-truncated.txt", utf8[:-1])
    write("empty.txt", b"")
    write("image.png", b"\x89PNG\r\n\x1a\n" + b"\x00\x00\x00\rIHDR" + bytes(range(64)))
    write("nul-bytes.txt", "到2025年".encode("utf-8") + b"\x00\x00" + "达到".encode("utf-8"))


HTML = """<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="{charset}"><title>实施方案</title>
<style>p {{ color: red; }}</style>
<script>var total = "不少于9999家";</script></head>
<body>
<header><div class="logo">滨州市人民政府</div></header>
<nav><ul><li><a href="/">首页</a></li><li>政策文件</li></ul></nav>
<div class="breadcrumb" role="navigation">当前位置：首页 &gt; 政策</div>
<article>
<h1>滨州市科技引领产业绿色低碳高质量发展实施方案</h1>
<p>一、总体目标</p>
<p>到2025年，全市高新技术企业达到1500家，
   研发投入强度达到3.55%。</p>
<p>（一）每年新增科技型中小企业100家以上，&ldquo;专精特新&rdquo;企业不少于50家&#x3002;</p>
<p>资金&nbsp;&amp;&nbsp;政策<br>保障到位</p>
<table>
<tr><th>序号</th><th>任务</th><th>牵头单位</th></tr>
<tr><td>1</td><td><p>新增企业</p><p>100家</p></td><td>市科技局</td></tr>
</table>
<p hidden>隐藏的100家</p>
</article>
<footer>版权所有 滨州市 2022</footer>
<script>document.write("不超过5%");</script>
</body></html>
"""

HTML_TEXT = (
    "滨州市科技引领产业绿色低碳高质量发展实施方案\n"
    "一、总体目标\n"
    "到2025年，全市高新技术企业达到1500家， 研发投入强度达到3.55%。\n"
    "（一）每年新增科技型中小企业100家以上，“专精特新”企业不少于50家。\n"
    "资金 & 政策\n"
    "保障到位\n"
    "序号\t任务\t牵头单位\n"
    "1\t新增企业 100家\t市科技局\n"
)


def html_fixtures():
    write("page.html", HTML.format(charset="utf-8").encode("utf-8"))
    write("page-gbk.html", iconv(HTML.format(charset="gb2312"), "GBK"))
    # Saved by a browser: converted to UTF-8, yet still declaring the original charset.
    write("page-saved-utf8.html", HTML.format(charset="gb2312").encode("utf-8"))
    write("page.expected.txt", HTML_TEXT.encode("utf-8"))


W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def paragraph(*runs):
    return "<w:p><w:pPr><w:pStyle w:val=\"Normal\"/><w:tabs><w:tab w:val=\"left\" w:pos=\"720\"/></w:tabs></w:pPr>" + "".join(runs) + "</w:p>"


def run(text):
    return '<w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">' + text + "</w:t></w:r>"


def cell(*paragraphs):
    return "<w:tc><w:tcPr><w:tcW w:w=\"1000\" w:type=\"dxa\"/></w:tcPr>" + "".join(paragraphs) + "</w:tc>"


DOCUMENT_XML = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<w:document xmlns:w="' + W + '" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" mc:Ignorable="wps">'
    "<w:body>"
    + paragraph(run("滨州市科技引领产业"), run("绿色低碳高质量发展实施方案"))
    + paragraph(run("一、总体目标"))
    + paragraph()
    + paragraph(
        run("到2025年，全市高新技术企业达到"),
        "<w:del w:id=\"1\" w:author=\"a\"><w:r><w:delText>1200</w:delText></w:r></w:del>",
        "<w:ins w:id=\"2\" w:author=\"a\">" + run("1500") + "</w:ins>",
        run("家，研发投入强度达到3.55%。"),
    )
    + paragraph(
        run("（一）每年新增科技型中小企业100家以上"),
        "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r>"
        "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>",
        run("，&#x201C;专精特新&#x201D;企业不少于50家。"),
    )
    + paragraph(run("资金"), "<w:r><w:tab/></w:r>", run("保障"), "<w:r><w:br/></w:r>", run("到位"))
    + paragraph(
        "<mc:AlternateContent><mc:Choice Requires=\"wps\">" + run("图示") + "</mc:Choice>"
        "<mc:Fallback>" + run("图示") + "</mc:Fallback></mc:AlternateContent>"
    )
    + "<w:tbl><w:tblPr><w:tblW w:w=\"0\" w:type=\"auto\"/></w:tblPr><w:tblGrid><w:gridCol w:w=\"1000\"/></w:tblGrid>"
    + "<w:tr>" + cell(paragraph(run("序号"))) + cell(paragraph(run("任务"))) + cell(paragraph(run("牵头单位"))) + cell(paragraph(run("配合单位"))) + "</w:tr>"
    + "<w:tr>" + cell(paragraph(run("1"))) + cell(paragraph(run("新增企业")), paragraph(run("100家"))) + cell(paragraph(run("市科技局"))) + cell(paragraph(run("市财政局、市工信局"))) + "</w:tr>"
    + "<w:tr>" + cell(paragraph(run("2"))) + cell(paragraph(run("引进人才500人"))) + cell(paragraph()) + cell(paragraph(run("各县区"))) + "</w:tr>"
    + "</w:tbl>"
    + paragraph(run("二、保障措施"))
    + '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr>'
    "</w:body></w:document>"
)

DOCX_TEXT = (
    "滨州市科技引领产业绿色低碳高质量发展实施方案\n"
    "一、总体目标\n"
    "到2025年，全市高新技术企业达到1500家，研发投入强度达到3.55%。\n"
    "（一）每年新增科技型中小企业100家以上，“专精特新”企业不少于50家。\n"
    "资金\t保障\n"
    "到位\n"
    "图示\n"
    "序号\t任务\t牵头单位\t配合单位\n"
    "1\t新增企业 100家\t市科技局\t市财政局、市工信局\n"
    "2\t引进人才500人\t\t各县区\n"
    "二、保障措施\n"
)


def docx_fixtures():
    path = os.path.join(HERE, "plan.docx")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(
            "[Content_Types].xml",
            '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
        )
        archive.writestr(
            "_rels/.rels",
            '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
        )
        archive.writestr("word/document.xml", DOCUMENT_XML)
    write("plan.docx.expected.txt", DOCX_TEXT.encode("utf-8"))
    with zipfile.ZipFile(os.path.join(HERE, "not-word.zip"), "w") as archive:
        archive.writestr("readme.txt", "hello")
    # A DOCX whose body is cut off: the archive is fine, the XML is not.
    with zipfile.ZipFile(os.path.join(HERE, "broken-xml.docx"), "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", DOCUMENT_XML[: len(DOCUMENT_XML) // 2])
    # The first 100 bytes of a real DOCX: a ZIP signature and nothing readable after it.
    with open(path, "rb") as handle:
        write("truncated.docx", handle.read()[:100])


def pdf(page_streams, fonts):
    """A minimal PDF; `fonts` are extra objects appended after the pages."""
    objects = []
    objects.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    count = len(page_streams)
    kids = " ".join(f"{3 + 2 * i} 0 R" for i in range(count))
    objects.append(f"<< /Type /Pages /Kids [{kids}] /Count {count} >>".encode())
    font_base = 3 + 2 * count
    for i, stream in enumerate(page_streams):
        resources = f"<< /Font << /F1 {font_base} 0 R >> >>" if fonts else "<< >>"
        objects.append(
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources {resources} /Contents {4 + 2 * i} 0 R >>".encode()
        )
        data = zlib.compress(stream)
        objects.append(b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(data) + data + b"\nendstream")
    objects.extend(fonts)
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def pdf_fixtures():
    lines = ["一、总体目标", "到2025年，全市高新技术企业达到1500家。"]
    # CIDs are the characters' code points; the ToUnicode map says so, which is all pdftotext needs.
    chars = sorted({c for line in lines for c in line})
    stream = b"BT /F1 14 Tf 16 TL 72 760 Td\n"
    for line in lines:
        stream += b"<" + "".join(f"{ord(c):04X}" for c in line).encode() + b"> Tj T*\n"
    stream += b"ET\n"
    ranges = "".join(f"<{ord(c):04X}> <{ord(c):04X}>\n" for c in chars)
    cmap = (
        "/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n"
        "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
        "/CMapName /Adobe-Identity-UCS def /CMapType 2 def\n"
        "1 begincodespacerange <0000> <FFFF> endcodespacerange\n"
        f"{len(chars)} beginbfchar\n{ranges}endbfchar\n"
        "endcmap CMapName currentdict /CMap defineresource pop end end\n"
    ).encode()
    count = 1
    font_base = 3 + 2 * count
    fonts = [
        f"<< /Type /Font /Subtype /Type0 /BaseFont /SimSun /Encoding /Identity-H /DescendantFonts [{font_base + 1} 0 R] /ToUnicode {font_base + 3} 0 R >>".encode(),
        f"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /SimSun /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor {font_base + 2} 0 R /DW 1000 /CIDToGIDMap /Identity >>".encode(),
        b"<< /Type /FontDescriptor /FontName /SimSun /Flags 4 /FontBBox [0 -141 1000 859] /ItalicAngle 0 /Ascent 859 /Descent -141 /CapHeight 859 /StemV 80 >>",
        b"<< /Length %d >>\nstream\n" % len(cmap) + cmap + b"endstream",
    ]
    write("plan.pdf", pdf([stream], fonts))
    # A scanned page: only drawing, no text layer.
    write("scanned.pdf", pdf([b"0.5 g 72 72 451 698 re f\n"], []))


if __name__ == "__main__":
    text_fixtures()
    html_fixtures()
    docx_fixtures()
    pdf_fixtures()
