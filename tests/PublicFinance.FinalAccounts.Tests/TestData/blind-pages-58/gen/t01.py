from lib import *
d = Doc("t01", "潍坊市急救中心 2021 单位决算 of an **急救中心** (差额拨款; 2100405 应急救治机构, 2100409 重大公共卫生服务, 2080505, 2080506, 2101102, 2210201; 事业收入 = 院前急救收费): headings `第一部分` / `第二部分` / `（一）` / `3.`; a **space-aligned 收入决算表 and 支出决算表 with the code split into 类 / 款 / 项 columns** (`210  04  05  应急救治机构`), 类 and 款 rows, blank cells, under `单位：万元`; `较上年增加/减少…万元，增长/下降…%`; 三公 with 预算/决算 and 批次/人次; 救护车 counts; 项目绩效 with parts; amounts in 万元.")
V, P, C = d.v, d.p, d.c
# code, name, basic, project, fiscal part of income
items = [("2100405", "应急救治机构", D("2386.42"), D("412.80")),
         ("2100409", "重大公共卫生服务", D("0"), D("186.50")),
         ("2080505", "机关事业单位基本养老保险缴费支出", D("186.34"), D("0")),
         ("2080506", "机关事业单位职业年金缴费支出", D("74.52"), D("0")),
         ("2101102", "事业单位医疗", D("58.96"), D("0")),
         ("2210201", "住房公积金", D("142.08"), D("0"))]
U = D("1124.66"); G405 = D("1860.35")
O = tune([G405 + sum(b + p for c, n, b, p in items[1:]), U, D("36.48")], 2)[2]
rowE = {c: b + p for c, n, b, p in items}
rowG = dict(rowE); rowG["2100405"] = G405
rowU = {c: (U if c == "2100405" else D(0)) for c in rowE}; rowO = {c: (O if c == "2100405" else D(0)) for c in rowE}
rowI = {c: rowG[c] + rowU[c] + rowO[c] for c in rowE}
G = sum(rowG.values()); I = G + U + O; ish = shares([G, U, O])
E = sum(rowE.values()); B = sum(x[2] for x in items); Pj = E - B; esh = shares([B, Pj])
Ip, Ep = D("3512.74"), D("3588.05"); dI, rI = chg(I, Ip); dE, rE = chg(E, Ep)
groups = [("210", "卫生健康支出", [("21004", "公共卫生", ["2100405", "2100409"]), ("21011", "行政事业单位医疗", ["2101102"])]),
          ("208", "社会保障和就业支出", [("20805", "行政事业单位养老支出", ["2080505", "2080506"])]),
          ("221", "住房保障支出", [("22102", "住房改革支出", ["2210201"])])]
names = {c: n for c, n, *_ in items}
def table(title, heads, cols, recs):
    W = [5, 4, 4, 32] + [13] * len(heads)
    L = [title, "单位：万元".rjust(60), line(["类", "款", "项", "科目名称"] + heads, W, 4)]
    L.append(line(["", "", "", "合计"] + [V(sum(col.values()), what=f"{title}合计{h}") if sum(col.values()) else "" for h, col in zip(heads, cols)], W, 4))
    for lc, ln, ks in groups:
        codes = [c for _, _, cs in ks for c in cs]
        L.append(line([lc, "", "", ln] + [V(sum(col[c] for c in codes), what=f"{lc}{h}") if sum(col[c] for c in codes) else "" for h, col in zip(heads, cols)], W, 4))
        for kc, kn, cs in ks:
            L.append(line([lc, kc[3:], "", kn] + [V(sum(col[c] for c in cs), what=f"{kc}{h}") if sum(col[c] for c in cs) else "" for h, col in zip(heads, cols)], W, 4))
            for c in cs:
                L.append(line(kxx(c) + [names[c]] + [V(col[c], what=f"{c}{h}") if col[c] else "" for h, col in zip(heads, cols)], W, 4))
    return L
t = []; w = t.append
w("潍坊市急救中心2021年度单位决算")
w("")
w("第一部分 单位概况")
w(f"潍坊市急救中心为市卫生健康委员会所属差额拨款事业单位，负责全市院前急救指挥调度、急救网络建设和重大活动医疗保障。下设调度科、质控科、车辆管理科等{C(7,'内设科室')}个科室，全市纳入统一调度的急救分站{C(32,'急救分站')}个，年末在职职工{C(126,'在职职工')}人。2021年受理呼救电话{C(146218,'呼救电话（个）')}个，出车{C(98642,'出车（次）')}次，救治转运患者{C(87315,'救治转运患者（人次）')}人次。")
w("")
w("第二部分 2021年度单位决算情况说明")
w("（一）收入决算情况")
w(f"2021年度本年收入合计{V(I,what='本年收入合计')}万元，较上年{word(dI)}{V(abs(dI),what='收入变动额')}万元，{word(dI,'增长','下降')}{P(rI,'收入变动率')}%。其中：财政拨款收入{V(G,what='财政拨款收入')}万元，占{P(ish[0],'财政拨款收入占比')}%；事业收入{V(U,what='事业收入')}万元，占{P(ish[1],'事业收入占比')}%，为院前急救出诊费和转运费；其他收入{V(O,what='其他收入')}万元，占{P(ish[2],'其他收入占比')}%。")
w("\n".join(table("收入决算表", ["本年收入合计", "财政拨款收入", "事业收入", "其他收入"], [rowI, rowG, rowU, rowO], None)))
w("（二）支出决算情况")
w(f"2021年度本年支出合计{V(E,what='本年支出合计')}万元，较上年{word(dE)}{V(abs(dE),what='支出变动额')}万元，{word(dE,'增长','下降')}{P(rE,'支出变动率')}%，主要原因是上年新冠肺炎疫情转运专项支出较多。其中：基本支出{V(B,what='基本支出')}万元，占{P(esh[0],'基本支出占比')}%；项目支出{V(Pj,what='项目支出')}万元，占{P(esh[1],'项目支出占比')}%。")
w("\n".join(table("支出决算表", ["本年支出合计", "基本支出", "项目支出"], [rowE, {c: b for c, n, b, p in items}, {c: p for c, n, b, p in items}], None)))
w("（三）“三公”经费支出情况")
veh_b, veh_a, rec_b, rec_a = D("6.00"), D("5.42"), D("2.00"), D("1.36")
sb, sa = veh_b + rec_b, veh_a + rec_a
w(f"1.总体情况。2021年度“三公”经费预算{V(sb,what='三公预算')}万元，决算{V(sa,what='三公决算')}万元，完成预算的{P(pct(sa,sb),'三公完成预算比例')}%。")
w("2.因公出国（境）费。预算0万元，决算0万元。")
w(f"3.公务用车购置及运行维护费。预算{V(veh_b,what='公务用车运行维护费预算')}万元，决算{V(veh_a,what='公务用车运行维护费决算')}万元，全部为公务用车运行维护费，用于{C(3,'公务用车')}辆公务用车的燃料、维修和保险。急救车辆不列入公务用车。")
w(f"4.公务接待费。预算{V(rec_b,what='接待预算')}万元，决算{V(rec_a,what='接待决算')}万元，比预算减少{V(rec_b-rec_a,what='接待比预算减少')}万元，接待省市急救质控检查等{C(11,'接待批次')}批次{C(64,'接待人次')}人次。")
w("（四）国有资产占用情况")
w(f"截至2021年12月31日，本单位共有车辆{C(49,'车辆')}辆，其中公务用车{C(3,'公务用车')}辆、救护车{C(46,'救护车')}辆（含负压救护车{C(12,'负压救护车')}辆）；单价50万元以上专用设备{C(5,'专用设备台套')}台（套）。")
w("（五）项目绩效情况")
sc = [("产出指标", D("46.2"), 50), ("效益指标", D("28.8"), 30), ("满意度指标", D("9.6"), 10), ("预算执行", D("9.4"), 10)]
tot = sum(x[1] for x in sc)
w(f"本单位对院前急救网络建设项目开展绩效自评，项目年度预算{V(D('420.00'),what='项目年度预算')}万元，执行{V(D('412.80'),what='项目执行数')}万元，执行率{P(pct(D('412.80'),D('420.00')),'项目执行率')}%，自评得分{V(tot,'分',what='项目自评总分',nd=1)}分，其中" + "，".join(f"{n}{V(s,'分',what=n+'得分',nd=1)}分" for n, s, f in sc) + "。")
d.note("the tables split the code into 类 / 款 / 项 columns (`210  04  05`); codes and 款 numbers are not figures. 款 rows equal to their only 项 (21011, 22102) and 类 rows equal to their only 款 (221) are recorded once; 2100409's 项目支出 186.50 equals its 财政拨款收入 (recorded once).")
d.note("`单价50万元以上` is a threshold; the 3 公务用车 is repeated (recorded once); 因公出国（境）费 is 0.")
d.write("\n".join(t) + "\n")
