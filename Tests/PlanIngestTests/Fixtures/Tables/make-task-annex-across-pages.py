#!/usr/bin/env python3
"""Makes task-annex-across-pages.docx, a 营商环境 plan whose task table LibreOffice breaks
over two pages, and (with soffice on PATH) its PDF. On the second page `pdftotext -layout`
starts the table's columns further right than on the first.

Run from this folder: python3 make-task-annex-across-pages.py (needs python-docx). The text
twin is `plantrack text task-annex-across-pages.docx`.
"""
import shutil
import subprocess
from docx import Document

d = Document()
d.add_heading('丰川市优化营商环境三年行动方案（2024—2026年）', 0)
d.add_paragraph('丰政办发〔2024〕7号')
d.add_paragraph('为持续打造市场化法治化国际化一流营商环境，制定本方案。')
d.add_paragraph('一、主要目标')
d.add_paragraph('到2026年，营商环境主要指标进入全省第一方阵，经营主体满意度达到95%以上。')
d.add_paragraph('二、重点任务')
d.add_paragraph('（一）提升开办企业便利度。企业开办时间压缩至1个工作日以内。（牵头单位：市市场监管局）')
d.add_paragraph('（二）优化工程建设项目审批。社会投资一般工业项目审批时间不超过30个工作日。（牵头单位：市住房城乡建设局）')
d.add_paragraph('（三）提升获得电力水平。低压小微企业接电时间压缩至5个工作日以内，接电成本降为零。（牵头单位：国网丰川供电公司）')
d.add_paragraph('（四）提高政务服务效能。到2025年底，政务服务事项全程网办率达到90%以上。（牵头单位：市政务服务和数据管理局）')
d.add_paragraph('附件：重点任务分工表')
t = d.add_table(rows=1, cols=5)
for c, h in zip(t.rows[0].cells, ['序号','重点任务','牵头单位','配合单位','完成时限']): c.text = h
rows = [
 ['1','企业开办时间压缩至1个工作日以内','市市场监管局','市公安局、市税务局','2024年底前'],
 ['2','社会投资一般工业项目审批时间不超过30个工作日','市住房城乡建设局','市自然资源和规划局','2025年6月底前'],
 ['3','低压小微企业接电时间压缩至5个工作日以内','国网丰川供电公司','市发展改革委','2024年12月底前'],
 ['4','政务服务事项全程网办率达到90%以上','市政务服务和数据管理局','市直各部门','2025年底前'],
 ['5','新增减税降费及退税缓税缓费100亿元以上','市税务局','市财政局','持续推进'],
]
for r in rows:
    cells = t.add_row().cells
    for c, v in zip(cells, r): c.text = v
d.add_paragraph('丰川市人民政府办公室')
d.add_paragraph('2024年3月5日')
d.save('task-annex-across-pages.docx')
if shutil.which('soffice'):
    subprocess.run(['soffice', '--headless', '--convert-to', 'pdf', 'task-annex-across-pages.docx'], check=True)
