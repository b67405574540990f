#!/usr/bin/env python3
"""Writes the workbook fixtures: one by openpyxl as a person would type it, and one saved by
LibreOffice from a CSV (where soffice can convert spreadsheets). Run from this folder."""
import datetime
import os
import shutil
import subprocess
import tempfile
import zipfile

import openpyxl

# A workbook typed by hand: numbers stored as text, an id typed as a number, a period that
# Excel turned into a date, a boolean, a formula error, rich text, Chinese headers on a second
# sheet, formulas with the values Excel keeps for them, and a blank row in between.
book = openpyxl.Workbook()
sheet = book.active
sheet.title = "figures"
sheet.append(["target", "period", "value", "note"])
sheet.append(["12", "2024Q2", "1320", "typed as text"])
sheet.append([7, datetime.datetime(2024, 7, 1), None, None])
sheet["B3"].number_format = "yyyy-mm"
sheet.append([])
sheet.append(["高新技术企业", 2024, 0.25, True])
sheet["A6"] = "=1/0"
sheet["B6"] = datetime.date(2024, 6, 30)
sheet["B6"].number_format = 'yyyy"年"m"月"d"日"'
second = book.create_sheet("市科技局 [2]".replace("[", "(").replace("]", ")"))
second.append(["指标", "期间", "数值", "备注"])
second.append(["R&D经费投入强度", "2024Q2", "2.8", "含\"引号\", 逗号"])
sheet["C3"] = "=3+0.5"
book.save("typed-by-hand.xlsx")


def with_cached_values(path, replacements):
    """Excel saves a formula with the value it last computed; openpyxl saves none, so the values
    Excel would have stored are put in, as a reader of an Excel file finds them."""
    with zipfile.ZipFile(path) as archive:
        members = {name: archive.read(name) for name in archive.namelist()}
    xml = members["xl/worksheets/sheet1.xml"].decode()
    for old, new in replacements:
        assert old in xml, old
        xml = xml.replace(old, new)
    members["xl/worksheets/sheet1.xml"] = xml.encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)


with_cached_values("typed-by-hand.xlsx", [
    ('<c r="C3"><f>3+0.5</f><v></v></c>', '<c r="C3"><f>3+0.5</f><v>3.5</v></c>'),
    ('<c r="A6"><f>1/0</f><v></v></c>', '<c r="A6" t="e"><f>1/0</f><v>#DIV/0!</v></c>'),
])

# A CSV with a formula, saved as a workbook by LibreOffice: the formula keeps its cached value.
if shutil.which("soffice"):
    with tempfile.TemporaryDirectory() as folder:
        csv = os.path.join(folder, "saved-by-libreoffice.csv")
        with open(csv, "w", encoding="utf-8") as handle:
            handle.write("目标编号,期间,数值,备注\n12,2024Q2,=1000+320,由公式计算\n7,2024Q2,3.5,\n")
        subprocess.run(
            ["soffice", "-env:UserInstallation=file://" + folder + "/profile", "--headless",
             "--infilter=CSV:44,34,76,1", "--convert-to", "xlsx", "--outdir", ".", csv],
            check=True, stdout=subprocess.DEVNULL)
