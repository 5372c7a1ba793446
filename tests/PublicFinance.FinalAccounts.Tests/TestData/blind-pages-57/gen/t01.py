from lib import *
d = Doc("t01", "中共泸州市纪律检查委员会 泸州市监察委员会 2022 complete 说明 of a **纪委监委** (合署; 纪检监察事务 2011101…2011150, 2080505, 2101101, 2210201): headings `第一部分` / `第二部分` / `一、` / `（一）`; a **`|` markdown 收入决算表** (`| 科目编码 | 科目名称 | 本年收入合计 | 财政拨款收入 | 其他收入 |`, 类 rows and 项 rows) and a **`|` markdown 支出决算表** (`本年支出合计 | 基本支出 | 项目支出`), each under `单位：万元`; prose `比2021年增加/减少…万元，增长/下降…%`; 财政拨款支出 against 年初预算; 三公 with 预算/决算 and 批次/人次; 机关运行经费; amounts in 万元.")
V, P, C = d.v, d.p, d.c
# code, name, basic, project, other income of the row
items = [("2011101", "行政运行", D("2386.54"), D("0"), D("0")),
         ("2011102", "一般行政管理事务", D("0"), D("312.80"), D("18.60")),
         ("2011104", "大案要案查处", D("0"), D("276.45"), D("0")),
         ("2011105", "派驻派出机构", D("1142.37"), D("98.20"), D("0")),
         ("2011106", "巡视工作", D("0"), D("186.92"), D("0")),
         ("2011150", "事业运行", D("164.28"), D("0"), D("0")),
         ("2080505", "机关事业单位基本养老保险缴费支出", D("318.46"), D("0"), D("0")),
         ("2101101", "行政单位医疗", D("126.73"), D("0"), D("0")),
         ("2210201", "住房公积金", D("287.15"), D("0"), D("0"))]
# income of a row = its expenditure + what it carried (only 2011102 and 2011106 differ)
carry = {"2011102": D("24.15"), "2011106": D("-12.40")}
classes = [("201", "一般公共服务支出", "2011"), ("208", "社会保障和就业支出", "2080"), ("210", "卫生健康支出", "2101"), ("221", "住房保障支出", "2210")]
rowE = {c: b + p for c, n, b, p, o in items}
rowI = {c: rowE[c] + carry.get(c, D(0)) for c, *_ in items}
rowO = {c: o for c, n, b, p, o in items}
rowG = {c: rowI[c] - rowO[c] for c in rowI}
I = sum(rowI.values()); O = sum(rowO.values()); G = I - O; ish = shares([G, O])
E = sum(rowE.values()); B = sum(b for c, n, b, p, o in items); Pj = E - B; esh = shares([B, Pj])
A = D("46.82"); Y = A + I - E
Ip, Ep = D("4468.30"), D("4512.66"); dI, rI = chg(I, Ip); dE, rE = chg(E, Ep)
Xg = E - D("0"); Bud = D("5080.00")
t = []; w = t.append
w("中共泸州市纪律检查委员会 泸州市监察委员会2022年度部门决算")
w("")
w("第一部分 部门概况")
w(f"市纪委监委合署办公，内设机构{C(16,'内设机构')}个，向市级机关派驻纪检监察组{C(12,'派驻纪检监察组')}个，下属市纪委监委信息中心{C(1,'下属事业单位')}个事业单位。年末实有人员{C(197,'实有人员')}人。")
w("")
w("第二部分 2022年度部门决算情况说明")
w("一、收入支出决算总体情况说明")
w(f"2022年度收入总计{V(I+A,what='收入总计')}万元、支出总计{V(I+A,what='收入总计')}万元。本年收入合计{V(I,what='本年收入合计')}万元，比2021年{word(dI)}{V(abs(dI),what='本年收入变动')}万元，{word(dI,'增长','下降')}{P(rI,'本年收入变动率')}%；本年支出合计{V(E,what='本年支出合计')}万元，比2021年{word(dE)}{V(abs(dE),what='本年支出变动')}万元，{word(dE,'增长','下降')}{P(rE,'本年支出变动率')}%。主要原因是派驻机构人员调整和巡察工作经费增加。")
w("")
w("二、收入决算情况说明")
w(f"本年收入合计{V(I)}万元，其中：财政拨款收入{V(G,what='财政拨款收入')}万元，占{P(ish[0],'财政拨款收入占比')}%；其他收入{V(O,what='其他收入')}万元，占{P(ish[1],'其他收入占比')}%。")
w("收入决算表")
w("单位：万元")
w(md(["科目编码", "科目名称", "本年收入合计", "财政拨款收入", "其他收入"]))
w(md(["---"] * 5))
w(md(["", "合计", V(I), V(G), V(O)]))
for cc, cn, pre in classes:
    sub = [c for c in rowI if c.startswith(pre)]
    ci, cg, co = sum(rowI[c] for c in sub), sum(rowG[c] for c in sub), sum(rowO[c] for c in sub)
    w(md([cc, cn, V(ci, what=cc + '收入'), V(cg, what=cc + '财政拨款收入'), V(co) if co else ""]))
    for c, n, *_ in items:
        if c in sub:
            w(md([c, n, V(rowI[c], what=c + '收入'), V(rowG[c], what=c + '财政拨款收入'), V(rowO[c], what=c + '其他收入') if rowO[c] else ""]))
w("")
w("三、支出决算情况说明")
w(f"本年支出合计{V(E)}万元，其中：基本支出{V(B,what='基本支出')}万元，占{P(esh[0],'基本支出占比')}%；项目支出{V(Pj,what='项目支出')}万元，占{P(esh[1],'项目支出占比')}%。")
w("支出决算表")
w("单位：万元")
w(md(["科目编码", "科目名称", "本年支出合计", "基本支出", "项目支出"]))
w(md(["---"] * 5))
w(md(["", "合计", V(E), V(B), V(Pj)]))
for cc, cn, pre in classes:
    sub = [x for x in items if x[0].startswith(pre)]
    ce, cb, cp = sum(rowE[x[0]] for x in sub), sum(x[2] for x in sub), sum(x[3] for x in sub)
    w(md([cc, cn, V(ce, what=cc + '支出'), V(cb, what=cc + '基本支出') if cb else "", V(cp, what=cc + '项目支出') if cp else ""]))
    for c, n, b, p, o in sub:
        w(md([c, n, V(rowE[c], what=c + '支出'), V(b, what=c + '基本支出') if b else "", V(p, what=c + '项目支出') if p else ""]))
w("")
w("四、财政拨款支出决算情况说明")
w(f"2022年度财政拨款支出{V(E, what='本年支出合计')}万元，完成年初预算的{P(pct(E, Bud),'完成年初预算比例')}%，比年初预算{V(Bud,what='年初预算')}万元{word(E-Bud)}{V(abs(E-Bud),what='与年初预算差额')}万元，主要原因是年中追加巡察专项经费和派驻机构人员经费。")
w("")
w("五、“三公”经费财政拨款支出决算情况说明")
ob, ub, rb = D("18.00"), D("46.50"), D("12.00")
oa, ua, ra = D("0"), D("41.26"), D("8.74")
sb, sa = ob + ub + rb, oa + ua + ra
w(f"2022年度“三公”经费财政拨款支出预算为{V(sb,what='三公预算')}万元，支出决算为{V(sa,what='三公决算')}万元，完成预算的{P(pct(sa,sb),'三公完成预算比例')}%。其中：")
w(f"（一）因公出国（境）费预算{V(ob,what='出国预算')}万元，决算为0万元，主要原因是全年未安排出国（境）任务。")
w(f"（二）公务用车购置及运行维护费预算{V(ub,what='公务用车预算')}万元，决算{V(ua,what='公务用车决算')}万元，完成预算的{P(pct(ua,ub),'公务用车完成预算比例')}%，均为公务用车运行维护费，主要用于办案、巡察用车的燃料、维修和保险。年末公务用车保有量{C(23,'公务用车保有量')}辆。")
w(f"（三）公务接待费预算{V(rb,what='接待预算')}万元，决算{V(ra,what='接待决算')}万元，完成预算的{P(pct(ra,rb),'接待完成预算比例')}%，共接待国内公务{C(64,'接待批次')}批次、{C(431,'接待人次')}人次。")
w("")
rm, rmp = D("286.94"), D("301.57"); drm, rrm = chg(rm, rmp)
w("六、机关运行经费支出情况说明")
w(f"2022年度机关运行经费支出{V(rm,what='机关运行经费')}万元，比2021年{word(drm)}{V(abs(drm),what='机关运行经费变动')}万元，{word(drm,'增长','下降')}{P(rrm,'机关运行经费变动率')}%，主要原因是严格执行过紧日子要求，压减办公费和差旅费。")
d.note("the 收入总计 equals the 支出总计 (recorded once); the 财政拨款支出 equals the 本年支出合计 (all expenditure is from the appropriation and the carried 其他收入 — recorded once).")
d.note("年初结转和结余 46.82 and 年末结转和结余 are not printed; 收入总计 = 本年收入合计 + 46.82.")
d.note("12 is both the count of 派驻纪检监察组 and the 接待预算 12.00 万元 (one truth value, by absolute value).")
d.write("\n".join(t) + "\n")
