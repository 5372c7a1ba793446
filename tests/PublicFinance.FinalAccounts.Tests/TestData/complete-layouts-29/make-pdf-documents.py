#!/usr/bin/env python3
"""Invented complete 部门决算 printed without ruling lines (session 29, documents).

Writes one HTML file per layout variant (tables with border=0) and prints each with
`soffice --headless --convert-to pdf`. Every total is computed here with decimal from
the item rows; the planted variant changes one figure after the totals are computed.
Run from this folder: python3 make-pdf-documents.py  (needs LibreOffice).
"""
import os
import subprocess
import sys
from decimal import Decimal as D

UNIT = "单位：万元"
DEPT = "青禾县文化旅游服务中心"

# (code, name, basic, project, other income inside the row's project spending)
ITEMS = [
    ("2010301", "行政运行", D("1234.56"), D("0.00"), D("0.00")),
    ("2010302", "一般行政管理事务", D("0.00"), D("318.40"), D("20.00")),
    ("2010350", "事业运行（含机关服务中心运行及后勤保障）", D("205.17"), D("12.00"), D("0.00")),
    ("2080505", "机关事业单位基本养老保险缴费支出", D("146.32"), D("0.00"), D("0.00")),
    ("2080506", "机关事业单位职业年金缴费支出", D("58.53"), D("0.00"), D("0.00")),
    ("2101101", "行政单位医疗", D("61.20"), D("0.00"), D("0.00")),
    ("2210201", "住房公积金", D("96.45"), D("0.00"), D("0.00")),
]
NAMES = {
    "201": "一般公共服务支出", "20103": "政府办公厅（室）及相关机构事务",
    "208": "社会保障和就业支出", "20805": "行政事业单位养老支出",
    "210": "卫生健康支出", "21011": "行政事业单位医疗",
    "221": "住房保障支出", "22102": "住房改革支出",
}
# 三公: (name, budget, final)
THREE = {"abroad": (D("5.00"), D("0.00")), "purchase": (D("0.00"), D("0.00")),
         "running": (D("15.00"), D("13.25")), "reception": (D("10.00"), D("8.12"))}


def tree(columns):
    """Rows (code, name, values) with 类 and 款 subtotals above their items; columns picks the values of an item."""
    rows = []
    for cls in sorted({c[:3] for c, *_ in ITEMS}):
        items = [i for i in ITEMS if i[0].startswith(cls)]
        rows.append((cls, NAMES[cls], [sum(v) for v in zip(*(columns(i) for i in items))]))
        for kuan in sorted({i[0][:5] for i in items}):
            sub = [i for i in items if i[0].startswith(kuan)]
            rows.append((kuan, NAMES[kuan], [sum(v) for v in zip(*(columns(i) for i in sub))]))
            rows.extend((i[0], i[1], list(columns(i))) for i in sub)
    total = [sum(v) for v in zip(*(columns(i) for i in ITEMS))]
    return total, rows


def expenditure(i):
    return (i[2] + i[3], i[2], i[3])


def income(i):
    total = i[2] + i[3]
    return (total, total - i[4], i[4])


def general(i):
    return (i[2] + i[3] - i[4], i[2], i[3] - i[4])


def fmt(v, blank_zero=False):
    if blank_zero and v == 0:
        return ""
    return f"{v:,.2f}"


def table(title, code, header_lines, total, rows, opts, code_columns=False, blank_zero=False, extra_blank=False):
    align = opts.get("align", "right")
    out = [f'<p align="center"><b>{title}</b></p>',
           f'<p><span>{code}</span>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;{UNIT}</p>',
           '<table border="0" cellspacing="0" cellpadding="4" width="100%">']
    for line in header_lines:
        out.append("<tr>" + "".join(line) + "</tr>")
    label_span = 4 if code_columns else 2
    cells = [f'<td colspan="{label_span}">合计</td>'] + [f'<td align="{align}">{fmt(v)}</td>' for v in total]
    if extra_blank:
        cells.append('<td></td>')
    out.append("<tr>" + "".join(cells) + "</tr>")
    name_width = opts.get("name_width")
    for c, name, values in rows:
        if code_columns:
            parts = [c[:3], c[3:5] if len(c) > 3 else "", c[5:7] if len(c) > 5 else ""]
            label = "".join(f"<td>{p}</td>" for p in parts)
        else:
            label = f"<td>{c}</td>"
        style = f' width="{name_width}"' if name_width else ""
        label += f"<td{style}>{name}</td>"
        tds = "".join(f'<td align="{align}">{fmt(v, blank_zero)}</td>' for v in values)
        if extra_blank:
            tds += "<td></td>"
        out.append(f"<tr>{label}{tds}</tr>")
    out.append("</table>")
    return "\n".join(out)


def headers(amount_names, opts, code_columns=False, extra_blank=False, group=None):
    """The header lines: one line, or a group line over the amount columns (two header lines)."""
    th = lambda text, span=1, rows=1: f'<td colspan="{span}" rowspan="{rows}" align="center">{text}</td>'
    tail = [th("")] if extra_blank else []
    if code_columns:
        if group:
            return [[th("科目编码", 3), th("科目名称", 1, 2), th(group, len(amount_names))] + tail,
                    [th("类"), th("款"), th("项")] + [th(n) for n in amount_names] + ([th("经营支出")] if extra_blank else [])]
        return [[th("类"), th("款"), th("项"), th("科目名称")] + [th(n) for n in amount_names]
                + ([th("经营支出")] if extra_blank else [])]
    if group:
        return [[th("科目编码", 1, 2), th("科目名称", 1, 2), th(group, len(amount_names))] + tail,
                [th(n) for n in amount_names] + ([th("经营支出")] if extra_blank else [])]
    return [[th("科目编码"), th("科目名称")] + [th(n) for n in amount_names] + ([th("经营支出")] if extra_blank else [])]


def document(opts, plant=False):
    exp_total, exp_rows = tree(expenditure)
    inc_total, inc_rows = tree(income)
    gen_total, gen_rows = tree(general)
    b = {k: v[0] for k, v in THREE.items()}
    f = {k: v[1] for k, v in THREE.items()}
    b_total = b["abroad"] + b["purchase"] + b["running"] + b["reception"]
    f_total = f["abroad"] + f["purchase"] + f["running"] + f["reception"]
    rate = (f_total / b_total * 100).quantize(D("0.01"))
    basic = exp_total[1]
    if plant:
        # The planted error: row 2080505's 合计 printed 10.00 too high (146.32 + 0.00 = 146.32, printed 156.32).
        exp_rows = [(c, n, [v[0] + D("10.00")] + v[1:] if c == "2080505" else v) for c, n, v in exp_rows]
    code_columns = opts.get("code_columns", False)
    extra = opts.get("blank_column", False)
    group = "本年支出" if opts.get("two_headers") else None
    parts = [f'<html><head><meta charset="utf-8"></head><body>',
             f'<p align="center">{DEPT}2024年度部门决算</p>',
             '<h2>第一部分 部门决算情况说明</h2>',
             '<h3>一、收入支出决算总体情况说明</h3>',
             f'<p>2024年度收入总计{fmt(inc_total[0])}万元，支出总计{fmt(exp_total[0])}万元。</p>',
             '<h3>二、收入决算情况说明</h3>',
             f'<p>本年收入合计{fmt(inc_total[0])}万元，其中：财政拨款收入{fmt(inc_total[1])}万元，其他收入{fmt(inc_total[2])}万元。</p>',
             '<h3>三、支出决算情况说明</h3>',
             f'<p>本年支出合计{fmt(exp_total[0])}万元，其中：基本支出{fmt(basic)}万元，项目支出{fmt(exp_total[2])}万元。</p>',
             '<h3>四、财政拨款“三公”经费支出决算情况说明</h3>',
             f'<p>2024年度财政拨款“三公”经费支出决算为{fmt(f_total)}万元，完成预算的{rate}%。其中：因公出国（境）费{fmt(f["abroad"])}万元；'
             f'公务用车购置及运行维护费{fmt(f["purchase"] + f["running"])}万元；公务接待费{fmt(f["reception"])}万元。</p>']
    if opts.get("filler"):
        # Enough prose to push the 支出决算表 across a page break.
        parts += [f'<p>{"本单位坚持过紧日子，严格控制一般性支出，压减非刚性非重点支出。" * 6}</p>' for _ in range(opts["filler"])]
    parts.append('<h2>第二部分 部门决算报表</h2>')
    parts.append(table("收入决算表", "公开02表", headers(["合计", "财政拨款收入", "其他收入"], opts, code_columns, extra,
                                                   "本年收入" if group else None),
                       inc_total, inc_rows, opts, code_columns, opts.get("blank_zero", False), extra))
    parts.append(table("支出决算表", "公开03表", headers(["合计", "基本支出", "项目支出"], opts, code_columns, extra, group),
                       exp_total, exp_rows, opts, code_columns, opts.get("blank_zero", False), extra))
    parts.append(table("一般公共预算财政拨款支出决算表", "公开05表",
                       headers(["合计", "基本支出", "项目支出"], opts, code_columns, extra, group),
                       gen_total, gen_rows, opts, code_columns, opts.get("blank_zero", False), extra))
    align = opts.get("align", "right")
    three = [("合计", b_total, f_total), ("因公出国（境）费", b["abroad"], f["abroad"]),
             ("公务用车购置及运行维护费", b["purchase"] + b["running"], f["purchase"] + f["running"]),
             ("其中：公务用车购置费", b["purchase"], f["purchase"]), ("公务用车运行维护费", b["running"], f["running"]),
             ("公务接待费", b["reception"], f["reception"])]
    parts += ['<p align="center"><b>财政拨款“三公”经费支出决算表</b></p>',
              f'<p>公开07表&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;{UNIT}</p>',
              '<table border="0" cellspacing="0" cellpadding="4" width="100%">',
              '<tr><td align="center">项目</td><td align="center">预算数</td><td align="center">决算数</td></tr>']
    parts += [f'<tr><td>{n}</td><td align="{align}">{fmt(x)}</td><td align="{align}">{fmt(y)}</td></tr>' for n, x, y in three]
    parts += ['</table>', '</body></html>']
    return "\n".join(parts)


VARIANTS = {
    "p01-right-aligned": {"align": "right"},
    "p02-centred": {"align": "center"},
    "p03-wrapped-name": {"align": "right", "name_width": "14%"},
    "p04-across-page": {"align": "right", "filler": 14},
    "p05-two-header-lines": {"align": "right", "two_headers": True},
    "p06-blank-column": {"align": "right", "blank_column": True},
    "p07-code-columns": {"align": "right", "code_columns": True},
    "p08-blank-zeros": {"align": "right", "blank_zero": True},
}

if __name__ == "__main__":
    # Each variant printed twice: pNN by LibreOffice Writer (HTML (StarWriter) import: tight rows) and wNN by Writer/Web
    # (airy rows, about 3.7 line heights a row; Writer/Web drops the first paragraph, the title, onto a blank page 1).
    here = os.path.dirname(os.path.abspath(__file__))
    work = os.path.join(here, "html")
    os.makedirs(work, exist_ok=True)
    jobs = dict(VARIANTS)
    jobs["p09-planted-row"] = {"align": "right"}
    only = sys.argv[1:] or list(jobs)
    for name, opts in jobs.items():
        for prefix in "pw":
            with open(os.path.join(work, prefix + name[1:] + ".html"), "w", encoding="utf-8") as out:
                out.write(document(opts, plant=name == "p09-planted-row"))
    subprocess.run(["soffice", "--headless", "--infilter=HTML (StarWriter)", "--convert-to", "pdf", "--outdir", here]
                   + [os.path.join(work, n + ".html") for n in only], check=True)
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf:writer_web_pdf_Export", "--outdir", here]
                   + [os.path.join(work, "w" + n[1:] + ".html") for n in only], check=True)
