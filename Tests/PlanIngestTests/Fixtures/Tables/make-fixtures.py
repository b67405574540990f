#!/usr/bin/env python3
"""Makes the Word (and, with LibreOffice, PDF) twins of the plain-text table fixtures.

Each line of a .txt becomes a paragraph; consecutive lines with tabs become one Word table,
a tab separating cells. A header cell written `基期值 （2020年）` becomes two paragraphs in
its cell. A header row with fewer cells than the row below it spans the columns that row
subdivides (`目标` over `2020年 | 2025年`) and runs down over the empty cells under it.

Run from this folder: python3 make-fixtures.py (needs python-docx; soffice for the PDFs).
"""
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
    if shutil.which("soffice"):
        subprocess.run(["soffice", "--headless", "--convert-to", "pdf", name + ".docx"], check=True)


for fixture in sys.argv[1:] or ["task-annex", "indicator-plan"]:
    make(fixture)
