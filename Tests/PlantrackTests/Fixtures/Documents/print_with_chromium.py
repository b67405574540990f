#!/usr/bin/env python3
"""Wraps a plain-text plan in a simple web page, one paragraph per line, and prints it to PDF
with Chromium, as someone saving a government web page would: Chromium puts the date, the
title, the page's address and the page count on every page.

    python3 print_with_chromium.py gongwen.txt

writes gongwen.chromium.pdf beside the text (needs `chromium` and fonts-noto-cjk). It also
makes Chromium copies of the seed plans, for measuring extraction on them:

    python3 print_with_chromium.py ../../../../../shared/seeds/*.txt --out /tmp/seed-pdfs
"""
import html
import os
import subprocess
import sys
import tempfile


def page(lines):
    body = "\n".join(f"<p>{html.escape(line)}</p>" for line in lines if line.strip())
    title = html.escape(lines[0].strip()) if lines else ""
    return (f'<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>{title}</title></head>'
            f"<body>\n{body}\n</body></html>\n")


def main():
    args = sys.argv[1:]
    out = None
    if "--out" in args:
        out = args[args.index("--out") + 1]
        args = [a for i, a in enumerate(args) if a != "--out" and (i == 0 or args[i - 1] != "--out")]
    for path in args:
        with open(path, encoding="utf-8") as source:
            lines = source.read().splitlines()
        name = os.path.splitext(os.path.basename(path))[0]
        folder = out or os.path.dirname(os.path.abspath(path))
        with tempfile.TemporaryDirectory() as work:
            page_path = os.path.join(work, name + ".html")
            with open(page_path, "w", encoding="utf-8") as target:
                target.write(page(lines))
            pdf = os.path.join(folder, name + ".chromium.pdf")
            subprocess.run(["chromium", "--headless", "--no-sandbox", "--print-to-pdf=" + pdf, page_path],
                           check=True, capture_output=True)


main()
