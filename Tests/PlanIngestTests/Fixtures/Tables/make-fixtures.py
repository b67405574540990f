#!/usr/bin/env python3
"""Makes the Word and HTML (and, with LibreOffice, PDF) twins of the plain-text table fixtures.

Each line of a .txt becomes a paragraph; consecutive lines with tabs become one Word table,
a tab separating cells. A header cell written `基期值 （2020年）` becomes two paragraphs in
its cell. A header row with fewer cells than the row below it spans the columns that row
subdivides (`目标` over `2020年 | 2025年`) and runs down over the empty cells under it.

The HTML twin writes such a header as a browser page does: `colspan` on the spanning cell,
`rowspan` on the cells that run down, and only the subdividing cells in the lower row.

Run from this folder: python3 make-fixtures.py (needs python-docx; with --pdf, soffice makes PDFs
of the Word files too; with --chromium, Chromium prints each web page as NAME.chromium.pdf, as
`python3 make-fixtures.py --chromium` did here). The plans of ../OtherStyles were made
from their folder with `python3 ../Tables/make-fixtures.py NAME... --pdf --chromium`.
"""
import html
import shutil
import subprocess
import sys
from docx import Document


def spans(parent, child):
    """The columns of `child` that each cell of the shorter row `parent` covers."""
    columns, index = [], 0
    while index < len(child):
        if child[index] == "":
            columns.append([index])
            index += 1
        else:
            run = [index]
            while index + 1 < len(child) and child[index + 1] != "":
                index += 1
                run.append(index)
            columns.append(run)
            index += 1
    assert len(columns) == len(parent), (parent, child)
    return columns


def add_table(document, rows):
    width = max(len(row) for row in rows)
    table = document.add_table(rows=len(rows), cols=width)
    table.style = "Table Grid"
    skip = set()
    for r, row in enumerate(rows):
        if r in skip:
            continue
        if len(row) < width and r + 1 < len(rows) and len(rows[r + 1]) == width:
            below = rows[r + 1]
            for cell_text, columns in zip(row, spans(row, below)):
                cell = table.cell(r, columns[0])
                if len(columns) > 1:
                    cell = cell.merge(table.cell(r, columns[-1]))
                else:
                    cell = cell.merge(table.cell(r + 1, columns[0]))
                cell.text = cell_text
            for column, text in enumerate(below):
                if text:
                    table.cell(r + 1, column).text = text
            skip.add(r + 1)
            continue
        for column, text in enumerate(row):
            cell = table.cell(r, column)
            parts = text.split(" （")
            cell.text = parts[0]
            for part in parts[1:]:
                cell.add_paragraph("（" + part)


def html_table(rows):
    """The rows as an HTML table, a two-row header written with rowspan and colspan."""
    width = max(len(row) for row in rows)
    out, skip = ["<table border=\"1\">"], set()
    for r, row in enumerate(rows):
        if r in skip:
            continue
        cells = []
        if len(row) < width and r + 1 < len(rows) and len(rows[r + 1]) == width:
            for text, columns in zip(row, spans(row, rows[r + 1])):
                span = f' colspan="{len(columns)}"' if len(columns) > 1 else ' rowspan="2"'
                cells.append(f"<th{span}>{html.escape(text)}</th>")
            out.append("<tr>" + "".join(cells) + "</tr>")
            below = [f"<th>{html.escape(text)}</th>" for text in rows[r + 1] if text]
            out.append("<tr>" + "".join(below) + "</tr>")
            skip.add(r + 1)
            continue
        for text in row:
            parts = [html.escape(part) for part in text.split(" （")]
            cells.append("<td>" + "<br>（".join(parts) + "</td>")
        out.append("<tr>" + "".join(cells) + "</tr>")
    out.append("</table>")
    return "\n".join(out)


def make_html(name, lines):
    body, rows = [], []
    for line in lines + [""]:
        if "\t" in line:
            rows.append(line.split("\t"))
            continue
        if rows:
            body.append(html_table(rows))
            rows = []
        if line:
            body.append(f"<p>{html.escape(line)}</p>")
    page = "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>{}</title></head><body>\n{}\n</body></html>\n"
    with open(name + ".html", "w", encoding="utf-8") as out:
        out.write(page.format(html.escape(lines[0]), "\n".join(body)))


def make(name):
    document = Document()
    with open(name + ".txt", encoding="utf-8") as source:
        lines = source.read().splitlines()
    rows = []
    for line in lines + [""]:
        if "\t" in line:
            rows.append(line.split("\t"))
            continue
        if rows:
            add_table(document, rows)
            rows = []
        if line:
            document.add_paragraph(line)
    document.save(name + ".docx")
    make_html(name, lines)
    if shutil.which("soffice") and "--pdf" in sys.argv:
        subprocess.run(["soffice", "--headless", "--convert-to", "pdf", name + ".docx"], check=True)
    if shutil.which("chromium") and "--chromium" in sys.argv:
        subprocess.run(["chromium", "--headless", "--no-sandbox", "--print-to-pdf=" + name + ".chromium.pdf",
                        name + ".html"], check=True, capture_output=True)


for fixture in [a for a in sys.argv[1:] if not a.startswith("--")] or ["task-annex", "indicator-plan"]:
    make(fixture)
