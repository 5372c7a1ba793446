# -*- coding: utf-8 -*-
"""Generator for four invented, arithmetically consistent county 部门决算 说明 texts.
Every amount is an integer number of 分 (0.01 万元); every derived figure is computed here and
recorded in the .truth.json notes so a human can re-check it."""
import json, sys
from decimal import Decimal, ROUND_HALF_UP

def D(x):  # cents -> Decimal 万元
    return Decimal(x) / 100

def amt(c, sep=False):
    s = f"{D(c):,.2f}" if sep else f"{D(c):.2f}"
    return s

def pct(num, den):
    return (Decimal(num) * 100 / Decimal(den)).quantize(Decimal("0.01"), ROUND_HALF_UP)

# ---------------------------------------------------------------- table rendering
def render_table(style, title, unit_line, header, rows, note=None, code=None):
    out = []
    out.append(title + ((" " + code) if code and style != "cells" else ""))
    if code and style == "cells":
        out.append(code)
    out.append(unit_line)
    allrows = [header] + rows
    if style == "pipe":
        for r in allrows:
            out.append("| " + " | ".join(r) + " |")
    elif style == "tab":
        for r in allrows:
            out.append("\t".join(r))
    elif style == "space":
        n = max(len(r) for r in allrows)
        widths = [0] * n
        def w(s):
            return sum(2 if ord(ch) > 127 else 1 for ch in s)
        for r in allrows:
            for i, c in enumerate(r):
                widths[i] = max(widths[i], w(c))
        for r in allrows:
            cells = []
            for i, c in enumerate(r):
                pad = widths[i] - w(c)
                if i == 0 or not any(ch.isdigit() for ch in c) or c[0] in "一二三四五六七八九十":
                    cells.append(c + " " * pad)
                else:
                    cells.append(" " * pad + c)
            out.append("  ".join(cells).rstrip())
    elif style == "cells":
        for r in allrows:
            for c in r:
                out.append(c)
    if note:
        out.append(note)
    return "\n".join(out)

# ---------------------------------------------------------------- model
class Doc:
    def __init__(self, spec):
        self.s = spec
        s = spec
        # T6 economic items: (code, name, cents)
        self.p301 = s["p301"]; self.p303 = s["p303"]; self.g302 = s["g302"]; self.g310 = s["g310"]
        self.s301 = sum(c for _, _, c in self.p301)
        self.s303 = sum(c for _, _, c in self.p303)
        self.s302 = sum(c for _, _, c in self.g302)
        self.s310 = sum(c for _, _, c in self.g310)
        self.personnel = self.s301 + self.s303
        self.public = self.s302 + self.s310
        self.basic = self.personnel + self.public
        # items: (code7, name, basic_share_or_None, proj_gp, proj_other, budget)
        items = []
        rest = self.basic
        for i, it in enumerate(s["items"]):
            code, name, b, pg, po, bud = it
            if b == "REST":
                b = None
            items.append([code, name, b, pg, po, bud])
        fixed = sum(it[2] for it in items if it[2] is not None)
        for it in items:
            if it[2] is None:
                it[2] = self.basic - fixed
            if isinstance(it[5], tuple):
                it[5] = it[2] + it[3] + it[5][1]
        assert all(it[2] >= 0 for it in items)
        self.items = items
        self.kuan = s["kuan"]; self.lei = s["lei"]
        # aggregate
        def agg(prefixlen):
            d = {}
            for code, name, b, pg, po, bud in items:
                k = code[:prefixlen]
                e = d.setdefault(k, [0, 0, 0, 0])
                e[0] += b; e[1] += pg; e[2] += po; e[3] += bud
            return d
        self.agg_k = agg(5); self.agg_l = agg(3)
        self.t5_basic = sum(it[2] for it in items)
        self.t5_proj = sum(it[3] for it in items)
        self.t5_total = self.t5_basic + self.t5_proj
        self.other_proj = sum(it[4] for it in items)
        self.t3_basic = self.t5_basic
        self.t3_proj = self.t5_proj + self.other_proj
        self.t3_total = self.t3_basic + self.t3_proj
        self.budget = sum(it[5] for it in items)
        assert self.basic == self.t5_basic
        # income
        self.inc_gp = self.t5_total + s["gp_adj"]; self.inc_sy = s.get("inc_sy", 0); self.inc_other = self.other_proj + s["inc_other_adj"]
        self.inc_total = self.inc_gp + self.inc_sy + self.inc_other
        self.c0_f = s["c0_f"]; self.c0_o = s["c0_o"]
        self.c0 = self.c0_f + self.c0_o
        self.grand = self.inc_total + self.c0
        self.c1 = self.grand - self.t3_total
        self.c1_f = self.c0_f + self.inc_gp - self.t5_total
        self.c1_o = self.c1 - self.c1_f
        assert self.c1_f >= 0 and self.c1_o >= 0, (self.c1_f, self.c1_o)
        self.f_grand = self.inc_gp + self.c0_f
        # income attribution by 类 for T2: 财拨 = T5 row; 事业+其他 = other project + (share)
        # simple rule: 财政拨款收入 per item = T5 item total, except the carry-over difference goes to
        # the item named in spec["fin_adj_item"]; other income per item = other project, remainder to
        # spec["oth_adj_item"].
        self.t2 = {}
        for code, name, b, pg, po, bud in items:
            self.t2[code] = [b + pg, 0, po]  # 财拨, 事业, 其他
        fadj = self.inc_gp - self.t5_total
        self.t2[s["fin_adj_item"]][0] += fadj
        oth = self.inc_sy + self.inc_other - self.other_proj
        # 事业收入 all to one item, other income remainder to one item
        if self.inc_sy:
            self.t2[s["sy_item"]][1] += self.inc_sy
            oth -= self.inc_sy
        self.t2[s["oth_adj_item"]][2] += oth
        assert sum(v[2] for v in self.t2.values()) == self.inc_other, (sum(v[2] for v in self.t2.values()), self.inc_other)
        assert all(min(v) >= 0 for v in self.t2.values()), self.t2
        # 三公
        sg = s["sangong"]  # dict with budget/final/prev for out, buy, run, rec
        self.sg = sg
        for k in ("budget", "final", "prev"):
            sg[k]["car"] = sg[k]["buy"] + sg[k]["run"]
            sg[k]["total"] = sg[k]["out"] + sg[k]["car"] + sg[k]["rec"]

    # ----------------------------------------------------------- tables
    def tables(self):
        s = self.s; st = s["style"]; sep = s.get("table_sep", False)
        z = s.get("zero", "0.00")
        def a(c):
            return z if c == 0 else amt(c, sep)
        unit = f"编制单位：{s['dept']}" + ("    " if st != "cells" else "\n") + "单位：万元"
        T = []
        lei_order = sorted(self.agg_l)
        # T1
        inc_rows = [("一、一般公共预算财政拨款收入" if s["year"] >= 2015 else "一、财政拨款收入", self.inc_gp),
                    ("二、政府性基金预算财政拨款收入", 0), ("三、国有资本经营预算财政拨款收入", 0),
                    ("四、上级补助收入", 0), ("五、事业收入", self.inc_sy), ("六、经营收入", 0),
                    ("七、附属单位上缴收入", 0), ("八、其他收入", self.inc_other)]
        cn = "一二三四五六七八九十"
        exp_rows = [(f"{cn[i]}、{self.lei[l]}", self.agg_l[l][0] + self.agg_l[l][1] + self.agg_l[l][2]) for i, l in enumerate(lei_order)]
        rows = []
        n = max(len(inc_rows), len(exp_rows))
        for i in range(n):
            l = inc_rows[i] if i < len(inc_rows) else ("", None)
            r = exp_rows[i] if i < len(exp_rows) else ("", None)
            rows.append([l[0], a(l[1]) if l[1] is not None else "", r[0], a(r[1]) if r[1] is not None else ""])
        rows.append(["本年收入合计", a(self.inc_total), "本年支出合计", a(self.t3_total)])
        rows.append(["用事业基金弥补收支差额", a(0), "结余分配", a(0)])
        rows.append(["年初结转和结余", a(self.c0), "年末结转和结余", a(self.c1)])
        rows.append(["总计", a(self.grand), "总计", a(self.grand)])
        T.append(render_table(st, "收入支出决算总表", unit, ["收入项目", "决算数", "支出项目", "决算数"], rows,
                              "注：本表反映部门本年度的总收支和年末结转结余情况。", "公开01表"))
        # T2
        def hier_rows(valfun):
            rows = []
            for l in lei_order:
                rows.append([l, self.lei[l]] + valfun(l))
                for k in sorted(k for k in self.agg_k if k.startswith(l)):
                    rows.append([k, self.kuan[k]] + valfun(k))
                    for it in self.items:
                        if it[0].startswith(k):
                            rows.append([it[0], it[1]] + valfun(it[0]))
            return rows
        def t2v(code):
            vs = [v for c, v in self.t2.items() if c.startswith(code)]
            f = sum(v[0] for v in vs); y = sum(v[1] for v in vs); o = sum(v[2] for v in vs)
            return [a(f + y + o), a(f), a(0), a(y), a(0), a(0), a(o)]
        rows = [["", "合计", a(self.inc_total), a(self.inc_gp), a(0), a(self.inc_sy), a(0), a(0), a(self.inc_other)]] + hier_rows(t2v)
        T.append(render_table(st, "收入决算表", unit, ["科目编码", "科目名称", "本年收入合计", "财政拨款收入", "上级补助收入", "事业收入", "经营收入", "附属单位上缴收入", "其他收入"], rows,
                              "注：本表反映部门本年度取得的各项收入情况。", "公开02表"))
        # T3
        def t3v(code):
            its = [it for it in self.items if it[0].startswith(code)]
            b = sum(it[2] for it in its); p = sum(it[3] + it[4] for it in its)
            return [a(b + p), a(b), a(p), a(0), a(0), a(0)]
        rows = [["", "合计", a(self.t3_total), a(self.t3_basic), a(self.t3_proj), a(0), a(0), a(0)]] + hier_rows(t3v)
        T.append(render_table(st, "支出决算表", unit, ["科目编码", "科目名称", "本年支出合计", "基本支出", "项目支出", "上缴上级支出", "经营支出", "对附属单位补助支出"], rows,
                              "注：本表反映部门本年度各项支出情况。", "公开03表"))
        # T4
        gp_name = "一般公共预算财政拨款" if s["year"] >= 2015 else "公共财政预算财政拨款"
        rows = []
        inc4 = [("一、" + gp_name, self.inc_gp), ("二、政府性基金预算财政拨款", 0), ("三、国有资本经营预算财政拨款", 0)]
        exp4 = [(f"{cn[i]}、{self.lei[l]}", self.agg_l[l][0] + self.agg_l[l][1]) for i, l in enumerate(lei_order)]
        n = max(len(inc4), len(exp4))
        for i in range(n):
            l = inc4[i] if i < len(inc4) else ("", None)
            r = exp4[i] if i < len(exp4) else ("", None)
            rows.append([l[0], a(l[1]) if l[1] is not None else "", r[0], a(r[1]) if r[1] is not None else "", a(r[1]) if r[1] is not None else "", a(0) if r[1] is not None else "", a(0) if r[1] is not None else ""])
        rows.append(["本年收入合计", a(self.inc_gp), "本年支出合计", a(self.t5_total), a(self.t5_total), a(0), a(0)])
        rows.append(["年初财政拨款结转和结余", a(self.c0_f), "年末财政拨款结转和结余", a(self.c1_f), a(self.c1_f), a(0), a(0)])
        rows.append(["  " + gp_name, a(self.c0_f), "", "", "", "", ""])
        rows.append(["  政府性基金预算财政拨款", a(0), "", "", "", "", ""])
        rows.append(["总计", a(self.f_grand), "总计", a(self.f_grand), a(self.f_grand), a(0), a(0)])
        T.append(render_table(st, "财政拨款收入支出决算总表", unit, ["收入项目", "决算数", "支出项目", "合计", gp_name, "政府性基金预算财政拨款", "国有资本经营预算财政拨款"], rows,
                              "注：本表反映部门本年度财政拨款总收支和年末结转结余情况。", "公开04表"))
        # T5
        def t5v(code):
            its = [it for it in self.items if it[0].startswith(code)]
            b = sum(it[2] for it in its); p = sum(it[3] for it in its)
            return [a(b + p), a(b), a(p)]
        rows = [["", "合计", a(self.t5_total), a(self.t5_basic), a(self.t5_proj)]] + hier_rows(t5v)
        T.append(render_table(st, gp_name.replace("财政拨款", "") + "财政拨款支出决算表", unit, ["科目编码", "科目名称", "合计", "基本支出", "项目支出"], rows,
                              f"注：本表反映部门本年度{gp_name.replace('财政拨款','')}财政拨款支出情况。", "公开05表"))
        # T6 two blocks side by side
        left = [("301", "工资福利支出", self.s301)] + self.p301 + [("303", "对个人和家庭的补助", self.s303)] + self.p303
        right = [("302", "商品和服务支出", self.s302)] + self.g302 + [("310", "资本性支出", self.s310)] + self.g310
        rows = []
        for i in range(max(len(left), len(right))):
            l = left[i] if i < len(left) else ("", "", None)
            r = right[i] if i < len(right) else ("", "", None)
            rows.append([l[0], l[1], a(l[2]) if l[2] is not None else "", r[0], r[1], a(r[2]) if r[2] is not None else ""])
        rows.append(["", "人员经费合计", a(self.personnel), "", "公用经费合计", a(self.public)])
        T.append(render_table(st, gp_name.replace("财政拨款", "") + "财政拨款基本支出决算表", unit, ["科目编码", "科目名称", "决算数", "科目编码", "科目名称", "决算数"], rows,
                              f"注：本表反映部门本年度{gp_name.replace('财政拨款','')}财政拨款基本支出明细情况。", "公开06表"))
        # T7 三公
        sg = self.sg
        hdr = ["项目", "合计", "因公出国（境）费", "公务用车购置及运行费小计", "公务用车购置费", "公务用车运行费", "公务接待费"]
        rows = [["预算数"] + [a(sg["budget"][k]) for k in ("total", "out", "car", "buy", "run", "rec")],
                ["决算数"] + [a(sg["final"][k]) for k in ("total", "out", "car", "buy", "run", "rec")]]
        t7 = render_table(st, "财政拨款“三公”经费支出决算表", unit, hdr, rows,
                          "注：本表反映部门本年度“三公”经费支出预决算情况。", "公开07表")
        # T8, T9 empty
        hdr8 = ["科目编码", "科目名称", "年初结转和结余", "本年收入", "本年支出合计", "基本支出", "项目支出", "年末结转和结余"]
        t8 = render_table(st, "政府性基金预算财政拨款收入支出决算表", unit, hdr8, [["", "合计", "", "", "", "", "", ""]],
                          f"说明：{s['dept']}{s['year']}年度没有使用政府性基金预算财政拨款安排的支出，故本表无数据。", "公开08表")
        t9 = render_table(st, "国有资本经营预算财政拨款支出决算表", unit, ["科目编码", "科目名称", "本年支出合计", "基本支出", "项目支出"], [["", "合计", "", "", ""]],
                          f"说明：{s['dept']}{s['year']}年度没有使用国有资本经营预算财政拨款安排的支出，故本表无数据。", "公开09表")
        if s.get("order") == "sh":
            T += [t7, t8, t9]
        else:
            t7 = t7.replace("公开07表", "公开09表")
            t8 = t8.replace("公开08表", "公开07表")
            t9 = t9.replace("公开09表", "公开08表")
            T += [t8, t9, t7]
        return T

# ---------------------------------------------------------------- narrative
CN = "一二三四五六七八九十"

class Narr:
    def __init__(self, doc):
        self.d = doc; self.s = doc.s; self.figs = {}; self.notes = []
    def fig(self, k, v):
        if k in self.figs and self.figs[k] != str(v):
            k = k + "#2"
        self.figs[k] = str(v)
        return v
    def a(self, c):
        return amt(c, self.s.get("sep", False))
    def chg(self, key, cur, prev, words=("增加", "减少", "增长", "下降"), join="，"):
        d = cur - prev
        if d == 0:
            self.notes.append(f"{key}: {amt(cur)} - {amt(prev)} = 0 -> 持平")
            return "持平"
        r = pct(abs(d), prev)
        self.fig(key + "增减额", amt(abs(d))); self.fig(key + "增减率%", r)
        self.notes.append(f"{key}: {amt(cur)} - {amt(prev)} = {amt(d)}; {amt(abs(d))}/{amt(prev)} = {r}%")
        if d > 0:
            return f"{words[0]}{self.a(d)}万元{join}{words[2]}{r}%"
        return f"{words[1]}{self.a(-d)}万元{join}{words[3]}{r}%"
    def share(self, key, part, whole):
        p = pct(part, whole)
        self.fig(key + "占%", p)
        self.notes.append(f"{key}占比: {amt(part)}/{amt(whole)} = {p}%")
        return p

def narrative(doc):
    n = Narr(doc); s = doc.s; d = doc; y = s["year"]; a = n.a; ph = s["ph"]
    gpn = "一般公共预算" if y >= 2015 else "公共财政预算"
    L = []
    L.append(f"{s['dept']}{y}年度部门决算" + ph.get("title_suffix", ""))
    L.append("")
    L.append("目  录")
    L.append("第一部分 部门概况\n第二部分 " + f"{y}年度部门决算表\n第三部分 {y}年度部门决算情况说明\n第四部分 名词解释")
    L.append("")
    L.append("第一部分 部门概况")
    L.append("一、主要职能")
    L.append(s["duties"])
    L.append("二、机构设置")
    L.append(s["org"])
    p = s["staff"]
    n.fig("编制数", p["bz"])
    n.notes.append(f"编制: {p['xz']} + {p['sy']} = {p['bz']}")
    L.append(f"三、人员情况\n截至{y}年12月31日，本部门编制数{p['bz']}名，其中：行政编制{p['xz']}名，事业编制{p['sy']}名；实有在职人员{p['zz']}名，离退休人员{p['tx']}名。")
    L.append("")
    L.append(f"第二部分 {y}年度部门决算表")
    L.append("")
    for t in doc.tables():
        L.append(t); L.append("")
    L.append(f"第三部分 {y}年度部门决算情况说明")
    # 一
    L.append("一、收入支出决算总体情况说明")
    n.fig("收入总计", amt(d.grand)); n.fig("本年收入合计", amt(d.inc_total)); n.fig("本年支出合计", amt(d.t3_total))
    n.fig("年初结转和结余", amt(d.c0)); n.fig("年末结转和结余", amt(d.c1))
    n.notes.append(f"总计: 本年收入 {amt(d.inc_total)} + 年初 {amt(d.c0)} = {amt(d.grand)}; 支出 {amt(d.t3_total)} + 年末 {amt(d.c1)} = {amt(d.grand)}")
    c = n.chg("收支总计", d.grand, s["prev"]["grand"])
    L.append(ph["overall"].format(y=y, py=y - 1, g=a(d.grand), chg=c, inc=a(d.inc_total), exp=a(d.t3_total), c0=a(d.c0), c1=a(d.c1)) + s["reason"]["grand"])
    # 二
    L.append("二、收入决算情况说明")
    parts = [("财政拨款收入", d.inc_gp)]
    if d.inc_sy: parts.append(("事业收入", d.inc_sy))
    parts.append(("其他收入", d.inc_other))
    seg = "；".join(f"{k}{a(v)}万元，占{n.share(k, v, d.inc_total)}%" for k, v in parts)
    n.notes.append("收入: " + " + ".join(amt(v) for _, v in parts) + f" = {amt(d.inc_total)}")
    for k, v in parts: n.fig(k, amt(v))
    L.append(ph["income"].format(y=y, inc=a(d.inc_total), seg=seg))
    # 三
    L.append("三、支出决算情况说明")
    n.fig("基本支出", amt(d.t3_basic)); n.fig("项目支出", amt(d.t3_proj))
    n.notes.append(f"支出: {amt(d.t3_basic)} + {amt(d.t3_proj)} = {amt(d.t3_total)}")
    L.append(ph["exp"].format(y=y, exp=a(d.t3_total), b=a(d.t3_basic), pb=n.share("基本支出", d.t3_basic, d.t3_total), p=a(d.t3_proj), pp=n.share("项目支出", d.t3_proj, d.t3_total)))
    # 四
    L.append("四、财政拨款收入支出决算总体情况说明")
    n.fig("财政拨款收支总计", amt(d.f_grand))
    n.notes.append(f"财拨总计: {amt(d.inc_gp)} + 年初 {amt(d.c0_f)} = {amt(d.f_grand)} = 支出 {amt(d.t5_total)} + 年末 {amt(d.c1_f)}")
    c = n.chg("财拨总计", d.f_grand, s["prev"]["f_grand"])
    L.append(ph["fin"].format(y=y, py=y - 1, fg=a(d.f_grand), chg=c) + s["reason"]["f_grand"])
    # 五
    L.append(f"五、{gpn}财政拨款支出决算情况说明")
    L.append("（一）总体情况")
    n.fig("一般公共预算财拨支出", amt(d.t5_total))
    c = n.chg("一般公共预算财拨支出", d.t5_total, s["prev"]["t5"])
    L.append(ph["t5"].format(y=y, py=y - 1, gpn=gpn, t5=a(d.t5_total), p=n.share("一般公共预算财拨支出(占本年支出)", d.t5_total, d.t3_total), chg=c) + s["reason"]["t5"])
    L.append("（二）结构情况")
    segs = []
    for l in sorted(d.agg_l):
        v = d.agg_l[l][0] + d.agg_l[l][1]
        n.fig(d.lei[l], amt(v))
        segs.append(f"{d.lei[l]}{a(v)}万元，占{n.share(d.lei[l], v, d.t5_total)}%")
    n.notes.append("类: " + " + ".join(amt(d.agg_l[l][0] + d.agg_l[l][1]) for l in sorted(d.agg_l)) + f" = {amt(d.t5_total)}")
    L.append(ph["struct"].format(y=y, gpn=gpn, t5=a(d.t5_total), seg="；".join(segs)) + "。")
    L.append("（三）具体情况")
    n.fig("年初预算", amt(d.budget))
    r = pct(d.t5_total, d.budget); n.fig("完成年初预算%", r)
    n.notes.append(f"预算: Σ项 年初预算 = {amt(d.budget)}; 完成率 {amt(d.t5_total)}/{amt(d.budget)} = {r}%")
    L.append(ph["t5budget"].format(y=y, gpn=gpn, bud=a(d.budget), t5=a(d.t5_total), r=r))
    for i, it in enumerate(d.items):
        code, name, b, pg, po, bud = it
        v = b + pg
        lei = d.lei[code[:3]]; kuan = d.kuan[code[:5]]
        head = ph["item_head"].format(i=i + 1, ci=CN[i] if i < 10 else str(i + 1), lei=lei, kuan=kuan, xiang=name)
        n.fig(f"{name}({code})决算", amt(v)); n.fig(f"{name}({code})预算", amt(bud))
        reason = s["reason"]["items"].get(code, "")
        if bud == 0:
            body = f"年初预算为0万元，支出决算为{a(v)}万元，决算数大于年初预算数的主要原因是{reason}。"
            n.notes.append(f"{code}: 预算0, 决算{amt(v)} -> 无完成率")
        else:
            r = pct(v, bud); n.fig(f"{name}({code})完成%", r)
            n.notes.append(f"{code}: {amt(v)}/{amt(bud)} = {r}%")
            body = f"年初预算为{a(bud)}万元，支出决算为{a(v)}万元，完成年初预算的{r}%。"
            if v > bud:
                body += f"决算数大于年初预算数的主要原因是{reason}。"
            elif v < bud:
                body += f"决算数小于年初预算数的主要原因是{reason}。"
            else:
                body += "决算数与年初预算数持平。"
        L.append(head + body)
    # 六
    L.append(f"六、{gpn}财政拨款基本支出决算情况说明")
    n.fig("基本支出(T6)", amt(d.basic)); n.fig("人员经费", amt(d.personnel)); n.fig("公用经费", amt(d.public))
    n.notes.append(f"T6: 301 {amt(d.s301)} + 303 {amt(d.s303)} = 人员 {amt(d.personnel)}; 302 {amt(d.s302)} + 310 {amt(d.s310)} = 公用 {amt(d.public)}; 合计 {amt(d.basic)}")
    if ph.get("basic_amounts"):
        pl = "、".join(f"{nm}{a(c)}万元" for _, nm, c in d.p301 + d.p303 if c)
        gl = "、".join(f"{nm}{a(c)}万元" for _, nm, c in d.g302 + d.g310 if c)
        for _, nm, c in d.p301 + d.p303 + d.g302 + d.g310:
            n.fig("T6 " + nm, amt(c))
    else:
        pl = "、".join(nm for _, nm, c in d.p301 + d.p303 if c)
        gl = "、".join(nm for _, nm, c in d.g302 + d.g310 if c)
    L.append(ph["basic"].format(y=y, gpn=gpn, b=a(d.basic), pe=a(d.personnel), pu=a(d.public), pl=pl, gl=gl))
    # 七 三公
    sg = d.sg
    L.append("七、“三公”经费财政拨款支出决算情况说明" if y >= 2015 else "七、“三公”经费支出决算情况说明")
    L.append("（一）“三公”经费财政拨款支出决算总体情况说明")
    B, F, P = sg["budget"], sg["final"], sg["prev"]
    n.fig("三公预算", amt(B["total"])); n.fig("三公决算", amt(F["total"])); n.fig("三公上年", amt(P["total"]))
    r = pct(F["total"], B["total"]); n.fig("三公完成预算%", r)
    n.notes.append(f"三公: 预算 {amt(B['out'])}+{amt(B['buy'])}+{amt(B['run'])}+{amt(B['rec'])} = {amt(B['total'])}; 决算 {amt(F['out'])}+{amt(F['buy'])}+{amt(F['run'])}+{amt(F['rec'])} = {amt(F['total'])}; 上年 {amt(P['total'])}; 完成 {amt(F['total'])}/{amt(B['total'])} = {r}%")
    c = n.chg("三公", F["total"], P["total"])
    cmpw = "小于" if F["total"] < B["total"] else ("大于" if F["total"] > B["total"] else "等于")
    L.append(ph["sg"].format(y=y, py=y - 1, b=a(B["total"]), f=a(F["total"]), r=r, pv=a(P["total"]), chg=c, cmp=cmpw) + s["reason"]["sg"])
    L.append("（二）“三公”经费财政拨款支出决算具体情况说明")
    # items
    def item(label, k, extra, reason):
        bv, fv, pv = B[k], F[k], P[k]
        n.fig(f"三公 {label} 决算", amt(fv)); n.fig(f"三公 {label} 预算", amt(bv))
        txt = f"{label}支出决算为{a(fv)}万元"
        if fv == 0 and bv == 0:
            return txt + "，年初未安排预算，与上年持平。" if pv == 0 else txt + "。"
        if bv:
            r = pct(fv, bv); n.fig(f"三公 {label} 完成%", r); n.notes.append(f"{label}: {amt(fv)}/{amt(bv)} = {r}%")
            txt += f"，完成预算的{r}%"
        if F["total"]:
            txt += f"，占“三公”经费支出决算的{n.share('三公 ' + label, fv, F['total'])}%"
        txt += "，比上年" + n.chg("三公 " + label, fv, pv)
        txt += "。" + extra + reason
        return txt
    L.append(item("因公出国（境）费", "out", "", s["reason"].get("out", "")))
    L.append(item(ph.get("car_label", "公务用车购置及运行费"), "car",
                  f"其中：公务用车购置费{a(F['buy'])}万元，公务用车{ph.get('run_word','运行')}费{a(F['run'])}万元。", s["reason"]["car"]))
    n.fig("公务用车购置费决算", amt(F["buy"])); n.fig("公务用车运行费决算", amt(F["run"]))
    n.notes.append(f"公务用车: {amt(F['buy'])} + {amt(F['run'])} = {amt(F['car'])}")
    L.append(item("公务接待费", "rec", "", s["reason"]["rec"]))
    # 八
    L.append("八、政府性基金预算财政拨款收入支出决算情况说明")
    L.append(ph["fund"].format(y=y))
    # 九 机关运行经费
    L.append("九、机关运行经费支出情况说明")
    n.fig("机关运行经费", amt(d.public))
    c = n.chg("机关运行经费", d.public, s["prev"]["jgyx"])
    L.append(f"{y}年度本部门机关运行经费支出{a(d.public)}万元，比上年{c}。" + s["reason"]["jgyx"])
    # 十 采购
    L.append("十、政府采购支出情况说明")
    g = s["proc"]; tot = g["goods"] + g["works"] + g["serv"]
    n.fig("政府采购总额", amt(tot)); n.fig("采购货物", amt(g["goods"])); n.fig("采购工程", amt(g["works"])); n.fig("采购服务", amt(g["serv"]))
    n.notes.append(f"采购: {amt(g['goods'])}+{amt(g['works'])}+{amt(g['serv'])} = {amt(tot)}; 中小企业 {amt(g['sme'])}/{amt(tot)} = {pct(g['sme'], tot)}%")
    L.append(f"{y}年度本部门政府采购支出总额{a(tot)}万元，其中：政府采购货物支出{a(g['goods'])}万元、政府采购工程支出{a(g['works'])}万元、政府采购服务支出{a(g['serv'])}万元。授予中小企业合同金额{a(g['sme'])}万元，占政府采购支出总额的{n.share('中小企业', g['sme'], tot)}%。")
    # 十一 资产
    L.append("十一、国有资产占用情况说明")
    v = s["veh"]; vt = sum(v.values())
    n.fig("车辆总数", vt); n.notes.append("车辆: " + " + ".join(f"{k}{c}" for k, c in v.items()) + f" = {vt}")
    L.append(f"截至{y}年12月31日，本部门共有车辆{vt}辆，其中，" + "、".join(f"{k}{c}辆" for k, c in v.items()) + f"。单价50万元以上通用设备0台（套），单价100万元以上专用设备{s['equip']}台（套）。")
    # 十二 绩效
    L.append("十二、预算绩效情况说明")
    n.fig("绩效自评资金", amt(d.t5_proj))
    L.append(ph["perf"].format(y=y, gpn=gpn, np=s["perf"]["n"], m=a(d.t5_proj), proj=s["perf"]["proj"], pm=a(s["perf"]["pm"]), score=s["perf"]["score"]))
    L.append("")
    L.append("第四部分 名词解释")
    L.append(GLOSS.format(gpn=gpn))
    return "\n".join(L), n

GLOSS = """一、财政拨款收入：指县级财政当年拨付的资金。
二、事业收入：指事业单位开展专业业务活动及辅助活动所取得的收入。
三、其他收入：指除上述“财政拨款收入”“事业收入”“经营收入”等以外的收入，主要是按规定动用的售房收入、存款利息收入等。
四、年初结转和结余：指以前年度尚未完成、结转到本年仍按原规定用途继续使用的资金，或项目已完成等产生的结余资金。
五、年末结转和结余：指单位按有关规定结转到下年或以后年度继续使用的资金，或项目已完成等产生的结余资金。
六、基本支出：指为保障机构正常运转、完成日常工作任务而发生的人员支出和公用支出。
七、项目支出：指在基本支出之外为完成特定行政任务和事业发展目标所发生的支出。
八、“三公”经费：纳入县级财政预决算管理的“三公”经费，是指用财政拨款安排的因公出国（境）费、公务用车购置及运行费和公务接待费。其中，因公出国（境）费反映单位公务出国（境）的国际旅费、国外城市间交通费、住宿费、伙食费、培训费、公杂费等支出；公务用车购置及运行费反映单位公务用车车辆购置支出（含车辆购置税）及租用费、燃料费、维修费、过路过桥费、保险费等支出；公务接待费反映单位按规定开支的各类公务接待（含外宾接待）支出。
九、机关运行经费：为保障行政单位（含参照公务员法管理的事业单位）运行用于购买货物和服务的各项资金，包括办公及印刷费、邮电费、差旅费、会议费、福利费、日常维修费、专用材料及一般设备购置费、办公用房水电费、办公用房取暖费、办公用房物业管理费、公务用车运行维护费以及其他费用。"""

def build(spec):
    d = Doc(spec)
    pd = spec["prev_d"]
    spec["prev"] = dict(grand=d.grand - pd["grand"], f_grand=d.f_grand - pd["f_grand"], t5=d.t5_total - pd["t5"], jgyx=d.public - pd["jgyx"])
    text, n = narrative(d)
    return d, text, n

if __name__ == "__main__":
    sys.path.insert(0, "/work/blind18")
    from specs import SPECS
    for spec in SPECS:
        d, text, n = build(spec)
        print(spec["key"], len(text), "figs", len(n.figs), "basic", amt(d.basic), "t5", amt(d.t5_total), "t3", amt(d.t3_total), "grand", amt(d.grand), "c1f", amt(d.c1_f), "c1o", amt(d.c1_o))
        open(f"/work/blind18/texts/{spec['file']}.txt", "w").write(text + "\n")
        json.dump(dict(issuer=spec["dept"] + "（虚构文本）", year=spec["year"], amount_unit="万元", layout=spec["style"], other_figures=n.figs, notes=n.notes),
                  open(f"/work/blind18/texts/{spec['file']}.truth.json", "w"), ensure_ascii=False, indent=1)
