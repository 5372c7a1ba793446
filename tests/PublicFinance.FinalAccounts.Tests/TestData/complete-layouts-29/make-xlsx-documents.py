#!/usr/bin/env python3
"""Invented complete 部门决算 workbooks whose 说明 stands in worksheet cells (session 29, documents).

The same figures as make-pdf-documents.py (imported), written with zipfile (no openpyxl): amounts as number cells
formatted #,##0.00, text as inline strings, merged ranges in <mergeCells>. Run from this folder.
"""
import importlib.util
import os
import zipfile
from decimal import Decimal as D
from xml.sax.saxutils import escape

spec = importlib.util.spec_from_file_location("pdfdocs", os.path.join(os.path.dirname(os.path.abspath(__file__)),
                                                                      "make-pdf-documents.py"))
pdfdocs = importlib.util.module_from_spec(spec)
spec.loader.exec_module(pdfdocs)
fmt, tree, DEPT = pdfdocs.fmt, pdfdocs.tree, pdfdocs.DEPT


def col(c):
    s = ""
    c += 1
    while c:
        c, r = divmod(c - 1, 26)
        s = chr(65 + r) + s
    return s


def sheet_xml(rows, merges, wrap=False):
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>']
    for r, row in enumerate(rows):
        cells = []
        for c, v in enumerate(row):
            ref = f"{col(c)}{r + 1}"
            if v is None or v == "":
                continue
            if isinstance(v, D):
                cells.append(f'<c r="{ref}" s="1"><v>{v}</v></c>')
            else:
                style = ' s="2"' if wrap and "\n" in v else ""
                cells.append(f'<c r="{ref}" t="inlineStr"{style}><is><t xml:space="preserve">{escape(v)}</t></is></c>')
        out.append(f'<row r="{r + 1}">{"".join(cells)}</row>')
    out.append("</sheetData>")
    if merges:
        out.append(f'<mergeCells count="{len(merges)}">' + "".join(f'<mergeCell ref="{m}"/>' for m in merges) + "</mergeCells>")
    out.append("</worksheet>")
    return "".join(out)


def workbook(path, sheets):
    """sheets: list of (name, rows, merges)."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        overrides = "".join(f'<Override PartName="/xl/worksheets/sheet{i + 1}.xml" ContentType="application/'
                            'vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' for i in range(len(sheets)))
        z.writestr("[Content_Types].xml", '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                   '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                   '<Default Extension="xml" ContentType="application/xml"/>'
                   '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
                   '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
                   + overrides + "</Types>")
        z.writestr("_rels/.rels", '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                   '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>')
        z.writestr("xl/workbook.xml", '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
                   'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>'
                   + "".join(f'<sheet name="{escape(n)}" sheetId="{i + 1}" r:id="rId{i + 1}"/>' for i, (n, _, _) in enumerate(sheets))
                   + "</sheets></workbook>")
        z.writestr("xl/_rels/workbook.xml.rels", '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                   + "".join(f'<Relationship Id="rId{i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet{i + 1}.xml"/>'
                             for i in range(len(sheets)))
                   + f'<Relationship Id="rId{len(sheets) + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
                   + "</Relationships>")
        z.writestr("xl/styles.xml", '<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                   '<numFmts count="1"><numFmt numFmtId="164" formatCode="#,##0.00"/></numFmts>'
                   '<fonts count="1"><font/></fonts><fills count="1"><fill/></fills><borders count="1"><border/></borders>'
                   '<cellStyleXfs count="1"><xf numFmtId="0"/></cellStyleXfs><cellXfs count="3"><xf numFmtId="0" xfId="0"/>'
                   '<xf numFmtId="164" xfId="0" applyNumberFormat="1"/>'
                   '<xf numFmtId="0" xfId="0" applyAlignment="1"><alignment wrapText="1"/></xf></cellXfs></styleSheet>')
        for i, (_, rows, merges) in enumerate(sheets):
            z.writestr(f"xl/worksheets/sheet{i + 1}.xml", sheet_xml(rows, merges, wrap=True))


def figures(plant_narrative=False):
    exp_total, exp_rows = tree(pdfdocs.expenditure)
    inc_total, inc_rows = tree(pdfdocs.income)
    gen_total, gen_rows = tree(pdfdocs.general)
    f = {k: v[1] for k, v in pdfdocs.THREE.items()}
    b = {k: v[0] for k, v in pdfdocs.THREE.items()}
    b_total, f_total = sum(b.values()), sum(f.values())
    rate = (f_total / b_total * 100).quantize(D("0.01"))
    basic = exp_total[1]
    if plant_narrative:
        basic += D("100.00")   # the planted error: the 说明's 基本支出 100.00 above the tables' (1,802.23 → 1,902.23)
    headings = ["一、收入支出决算总体情况说明", "二、收入决算情况说明", "三、支出决算情况说明", "四、财政拨款“三公”经费支出决算情况说明"]
    sentences = [
        [f"2024年度收入总计{fmt(inc_total[0])}万元，支出总计{fmt(exp_total[0])}万元。"],
        [f"本年收入合计{fmt(inc_total[0])}万元，其中：财政拨款收入{fmt(inc_total[1])}万元，其他收入{fmt(inc_total[2])}万元。"],
        [f"本年支出合计{fmt(exp_total[0])}万元，其中：基本支出{fmt(basic)}万元，项目支出{fmt(exp_total[2])}万元。",
         "基本支出主要用于保障机构正常运转。"],
        [f"2024年度财政拨款“三公”经费支出决算为{fmt(f_total)}万元，完成预算的{rate}%。",
         f"其中：因公出国（境）费{fmt(f['abroad'])}万元；公务用车购置及运行维护费{fmt(f['purchase'] + f['running'])}万元；公务接待费{fmt(f['reception'])}万元。"],
    ]
    tables = [("收入决算表", "公开02表", ["科目编码", "科目名称", "合计", "财政拨款收入", "其他收入"], inc_total, inc_rows),
              ("支出决算表", "公开03表", ["科目编码", "科目名称", "合计", "基本支出", "项目支出"], exp_total, exp_rows),
              ("一般公共预算财政拨款支出决算表", "公开05表", ["科目编码", "科目名称", "合计", "基本支出", "项目支出"], gen_total, gen_rows)]
    three = [("合计", b_total, f_total), ("因公出国（境）费", b["abroad"], f["abroad"]),
             ("公务用车购置及运行维护费", b["purchase"] + b["running"], f["purchase"] + f["running"]),
             ("其中：公务用车购置费", b["purchase"], f["purchase"]), ("公务用车运行维护费", b["running"], f["running"]),
             ("公务接待费", b["reception"], f["reception"])]
    return headings, sentences, tables, three


def table_sheets(tables, three):
    sheets = []
    for title, code, header, total, rows in tables:
        grid = [[title], [code, "", "", "", "单位：万元"], header, ["合计", ""] + list(total)]
        grid += [[c, n] + list(v) for c, n, v in rows]
        sheets.append((code, grid, []))
    grid = [["财政拨款“三公”经费支出决算表"], ["公开07表", "", "单位：万元"], ["项目", "预算数", "决算数"]]
    grid += [[n, x, y] for n, x, y in three]
    sheets.append(("公开07表", grid, []))
    return sheets


def explanation(layout, headings, sentences):
    """The 说明 sheet's rows and merges in one of the layouts."""
    title = f"{DEPT}2024年度部门决算说明"
    rows, merges = [[title]], ["A1:H1"]
    if layout == "merged":          # each heading and paragraph one row, merged over A:H
        for h, ss in zip(headings, sentences):
            for text in [h, "".join(ss)]:
                rows.append([text])
                merges.append(f"A{len(rows)}:H{len(rows)}")
    elif layout == "sentence-rows":  # each sentence its own row of column A, a blank row between paragraphs
        for h, ss in zip(headings, sentences):
            rows.append([h])
            rows.extend([s] for s in ss)
            rows.append([])
    elif layout == "paragraph-cell":  # the whole 说明 in one cell, lines broken by Alt+Enter
        rows.append(["\n".join(h + "\n" + "".join(ss) for h, ss in zip(headings, sentences))])
        merges.append("A2:H2")
    return rows, merges


if __name__ == "__main__":
    here = os.path.dirname(os.path.abspath(__file__))
    for name, layout, plant in [("x01-merged-cells", "merged", False), ("x02-sentence-rows", "sentence-rows", False),
                                ("x03-paragraph-cell", "paragraph-cell", False), ("x04-planted-narrative", "merged", True)]:
        headings, sentences, tables, three = figures(plant)
        rows, merges = explanation(layout, headings, sentences)
        workbook(os.path.join(here, name + ".xlsx"), [("说明", rows, merges)] + table_sheets(tables, three))
    # x05: the 说明 in merged cells on the same sheet, above the tables stacked below it.
    headings, sentences, tables, three = figures()
    rows, merges = explanation("merged", headings, sentences)
    for _, grid, _ in table_sheets(tables, three):
        rows.append([])
        rows.extend(grid)
    workbook(os.path.join(here, "x05-one-sheet.xlsx"), [("决算", rows, merges)])
