#!/usr/bin/env python3
"""Lays a plain-text plan out as a 公文 and has LibreOffice make it a Word file and a PDF.

    python3 make_gongwen.py gongwen.txt --red-header 东岭市人民政府办公室文件

writes gongwen.docx and gongwen.pdf beside the text (needs `soffice`, from Debian's
libreoffice-writer-nogui, and fonts-noto-cjk). The layout is that of a 公文: a red header line over
a red rule, the 文号 centred, titles centred in a larger font, the body in 16 pt (三号) with a
two-character first-line indent, headings 一、 in a sans font, the signature date to the right, the
抄送/印发 lines over a rule, A4 with the page number as `— 3 —` in the footer. The same script
makes PDFs of the seed plans, for measuring extraction on PDF:

    python3 make_gongwen.py ../../../../seeds/000_c7ae1295aca6f4b6.txt --out /tmp/seed-pdfs --formats pdf
"""
import os
import re
import subprocess
import sys
import tempfile
from xml.sax.saxutils import escape

HEAD = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:font-face-decls>
 <style:font-face style:name="Serif CJK" svg:font-family="'Noto Serif CJK SC'" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"/>
 <style:font-face style:name="Sans CJK" svg:font-family="'Noto Sans CJK SC'" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"/>
</office:font-face-decls>
<office:styles>
 <style:default-style style:family="paragraph">
  <style:paragraph-properties fo:line-height="28pt"/>
  <style:text-properties style:font-name="Serif CJK" fo:font-size="16pt" style:font-name-asian="Serif CJK" style:font-size-asian="16pt" fo:language="zh" fo:country="CN" style:language-asian="zh" style:country-asian="CN"/>
 </style:default-style>
 <style:style style:name="Body" style:family="paragraph">
  <style:paragraph-properties fo:text-indent="32pt" fo:text-align="justify"/>
 </style:style>
 <style:style style:name="Heading" style:family="paragraph">
  <style:paragraph-properties fo:text-indent="32pt"/>
  <style:text-properties style:font-name="Sans CJK" style:font-name-asian="Sans CJK"/>
 </style:style>
 <style:style style:name="Title" style:family="paragraph">
  <style:paragraph-properties fo:text-align="center" fo:margin-bottom="16pt"/>
  <style:text-properties style:font-name="Serif CJK" style:font-name-asian="Serif CJK" fo:font-size="22pt" style:font-size-asian="22pt"/>
 </style:style>
 <style:style style:name="RedHeader" style:family="paragraph">
  <style:paragraph-properties fo:text-align="center" fo:margin-bottom="12pt" fo:border-bottom="1.5pt solid #cc0000" fo:padding-bottom="8pt"/>
  <style:text-properties fo:color="#cc0000" fo:font-size="30pt" style:font-size-asian="30pt" fo:letter-spacing="2pt"/>
 </style:style>
 <style:style style:name="Centered" style:family="paragraph">
  <style:paragraph-properties fo:text-align="center"/>
 </style:style>
 <style:style style:name="Right" style:family="paragraph">
  <style:paragraph-properties fo:text-align="end" fo:margin-right="64pt"/>
 </style:style>
 <style:style style:name="Small" style:family="paragraph">
  <style:paragraph-properties fo:border-top="0.75pt solid #000000" fo:padding-top="4pt"/>
  <style:text-properties fo:font-size="14pt" style:font-size-asian="14pt"/>
 </style:style>
 <style:style style:name="Footer" style:family="paragraph">
  <style:paragraph-properties fo:text-align="center"/>
  <style:text-properties fo:font-size="14pt" style:font-size-asian="14pt"/>
 </style:style>
</office:styles>
<office:automatic-styles>
 <style:page-layout style:name="A4">
  <style:page-layout-properties fo:page-width="210mm" fo:page-height="297mm" fo:margin-top="37mm" fo:margin-bottom="20mm" fo:margin-left="28mm" fo:margin-right="26mm"/>
  <style:footer-style><style:header-footer-properties fo:min-height="10mm" fo:margin-top="5mm"/></style:footer-style>
 </style:page-layout>
</office:automatic-styles>
<office:master-styles>
 <style:master-page style:name="Standard" style:page-layout-name="A4">
  <style:footer><text:p text:style-name="Footer">— <text:page-number text:select-page="current"/> —</text:p></style:footer>
 </style:master-page>
</office:master-styles>
<office:body><office:text>
"""
TAIL = "</office:text></office:body></office:document>\n"

HEADING = re.compile(r"^\s*[一二三四五六七八九十]+、")
TITLE = re.compile(r"(方案|要点|规划|意见|通知|报告|计划)(（[0-9—\-－]+年）|\([0-9—\-]+年\))?$")
SIGNATURE_DATE = re.compile(r"^\s*\d{4}年\d{1,2}月\d{1,2}日\s*$")
DOCUMENT_NUMBER = re.compile(r"^\S{1,8}〔\d{4}〕\d+号$")


def style_of(line):
    stripped = line.strip()
    if len(stripped) <= 60 and "。" not in stripped and TITLE.search(stripped):
        return "Title"
    if stripped.startswith("抄送") or re.search(r"\d+月\d+日印发$", stripped):
        return "Small"
    if DOCUMENT_NUMBER.match(stripped):
        return "Centered"
    if SIGNATURE_DATE.match(stripped):
        return "Right"
    if HEADING.match(stripped):
        return "Heading"
    return "Body"


def flat_odt(lines, red_header):
    parts = [HEAD]
    if red_header:
        parts.append('<text:p text:style-name="RedHeader">%s</text:p>\n' % escape(red_header))
    for line in lines:
        if red_header and line.strip() == red_header:
            continue
        parts.append('<text:p text:style-name="%s">%s</text:p>\n' % (style_of(line), escape(line.strip())))
    parts.append(TAIL)
    return "".join(parts)


def main():
    source = sys.argv[1]
    red_header = sys.argv[sys.argv.index("--red-header") + 1] if "--red-header" in sys.argv else None
    out = sys.argv[sys.argv.index("--out") + 1] if "--out" in sys.argv else os.path.dirname(os.path.abspath(source))
    formats = sys.argv[sys.argv.index("--formats") + 1].split(",") if "--formats" in sys.argv else ["docx", "pdf"]
    name = os.path.splitext(os.path.basename(source))[0]
    lines = open(source, encoding="utf-8-sig").read().splitlines()
    with tempfile.TemporaryDirectory() as work:
        layout = os.path.join(work, name + ".fodt")
        with open(layout, "w", encoding="utf-8") as handle:
            handle.write(flat_odt(lines, red_header))
        for extension in formats:
            subprocess.run(
                ["soffice", "--headless", "--convert-to", extension, "--outdir", out, layout],
                check=True, capture_output=True)


main()
