from lib import *
d = Doc("t05", "肇庆市端州区特殊教育学校 2020 单位决算 of a **特殊教育学校** (2050701 特殊学校教育, 2080505, 2080506, 2101102, 2210201; 其他收入 from 送教上门 subsidies): headings `第一部分` / `一、` / `（三）` / `3.`; a **收入决算表 and a 支出决算表 extracted one cell per line, each cell ending in ` |`** (blank cells as a lone `|`); 三公 (接待 only); 政府采购 货物/服务 with 中小企业; 国有资产 (平方米, 台（套）, 册); **部门整体支出绩效自评 with 得分 and 满分** per part; 名词解释; amounts in 万元.")
V, P, C = d.v, d.p, d.c
# code, name, basic, project, other-income part of the row
items = [("2050701", "特殊学校教育", D("612.48"), D("186.35"), D("24.60")),
         ("2080505", "机关事业单位基本养老保险缴费支出", D("68.42"), D("0"), D("0")),
         ("2080506", "机关事业单位职业年金缴费支出", D("27.36"), D("0"), D("0")),
         ("2101102", "事业单位医疗", D("31.84"), D("0"), D("0")),
         ("2210201", "住房公积金", D("52.90"), D("0"), D("0"))]
rowE = {c: b + p for c, n, b, p, o in items}
rowI = dict(rowE); rowI["2050701"] += D("18.72")  # the school carried part of a project
rowO = {c: o for c, n, b, p, o in items}; rowG = {c: rowI[c] - rowO[c] for c in rowI}
I = sum(rowI.values()); O = sum(rowO.values()); G = I - O; ish = shares([G, O])
E = sum(rowE.values()); B = sum(x[2] for x in items); Pj = E - B; esh = shares([B, Pj])
true_row = rowI["2050701"]; shown_row = swap(true_row, 2)
d.plant("收入决算表 2050701 特殊学校教育 本年收入合计 (a row total that is not the sum of its columns)", fmt(shown_row), fmt(true_row),
        f"财政拨款收入 {fmt(rowG['2050701'])} + 其他收入 {fmt(rowO['2050701'])} = {fmt(true_row)}; the table prints {fmt(shown_row)} (two digits swapped; the 205 类 row and the 合计 row are computed with {fmt(true_row)})")
classes = [("205", "教育支出", "205"), ("208", "社会保障和就业支出", "208"), ("210", "卫生健康支出", "210"), ("221", "住房保障支出", "221")]
t = []; w = t.append
w("肇庆市端州区特殊教育学校2020年度单位决算")
w("")
w("第一部分 单位概况")
w(f"（一）主要职能。本校为区教育局所属公益一类事业单位，承担全区视障、听障和智障儿童少年的义务教育及送教上门工作。（二）机构和人员。设教务处、德育处、康复训练中心等{C(5,'内设机构')}个机构，教学班{C(14,'教学班')}个，在校学生{C(163,'在校学生')}人、送教上门学生{C(48,'送教上门学生')}人，在职教职工{C(57,'在职教职工')}人。")
w("")
w("第二部分 2020年度单位决算情况说明")
w("一、收入支出决算情况")
w(f"（一）收入决算情况。2020年度本年收入合计{V(I,what='本年收入合计')}万元，其中财政拨款收入{V(G,what='财政拨款收入')}万元，占{P(ish[0],'财政拨款收入占比')}%；其他收入{V(O,what='其他收入')}万元，占{P(ish[1],'其他收入占比')}%。")
w("收入决算表")
w("单位：万元")
L = cells(["科目编码", "科目名称", "本年收入合计", "财政拨款收入", "其他收入"])
L += cells(["", "合计", V(I), V(G), V(O)])
for cc, cn, pre in classes:
    sub = [c for c in rowI if c.startswith(pre)]
    ci, cg, co = sum(rowI[c] for c in sub), sum(rowG[c] for c in sub), sum(rowO[c] for c in sub)
    L += cells([cc, cn, V(ci, what=cc + '收入'), V(cg, what=cc + '财政拨款收入'), V(co) if co else ""])
    for c, n, *_ in items:
        if c in sub:
            tot = shown_row if c == "2050701" else rowI[c]
            L += cells([c, n, V(tot, what=c + '收入' + ('（planted）' if c == "2050701" else '')), V(rowG[c], what=c + '财政拨款收入'),
                        V(rowO[c], what=c + '其他收入') if rowO[c] else ""])
w("\n".join(L))
w(f"（二）支出决算情况。2020年度本年支出合计{V(E,what='本年支出合计')}万元，其中基本支出{V(B,what='基本支出')}万元，占{P(esh[0],'基本支出占比')}%；项目支出{V(Pj,what='项目支出')}万元，占{P(esh[1],'项目支出占比')}%，主要用于送教上门、康复训练器材和校园无障碍改造。")
w("支出决算表")
w("单位：万元")
L = cells(["科目编码", "科目名称", "本年支出合计", "基本支出", "项目支出"])
L += cells(["", "合计", V(E), V(B), V(Pj)])
for cc, cn, pre in classes:
    sub = [x for x in items if x[0].startswith(pre)]
    ce, cb, cp = sum(rowE[x[0]] for x in sub), sum(x[2] for x in sub), sum(x[3] for x in sub)
    L += cells([cc, cn, V(ce, what=cc + '支出'), V(cb, what=cc + '基本支出'), V(cp, what=cc + '项目支出') if cp else ""])
    for c, n, b, p, o in sub:
        L += cells([c, n, V(rowE[c], what=c + '支出'), V(b, what=c + '基本支出'), V(p, what=c + '项目支出') if p else ""])
w("\n".join(L))
w("")
w("二、其他重要事项的情况说明")
rec, recb = D("0.86"), D("1.50")
w(f"（一）“三公”经费。2020年度“三公”经费支出{V(rec,what='公务接待费')}万元，全部为公务接待费，完成预算{V(recb,what='接待预算')}万元的{P(pct(rec,recb),'接待完成预算比例')}%，接待{C(6,'接待批次')}批次{C(41,'接待人次')}人次；本校无公务用车，因公出国（境）费和公务用车购置及运行维护费为0。")
goods, serv = D("96.40"), D("38.75"); pt = goods + serv; sme = D("121.30")
w(f"（二）政府采购。2020年度政府采购支出总额{V(pt,what='政府采购总额')}万元，其中货物{V(goods,what='货物')}万元、服务{V(serv,what='服务')}万元；授予中小企业合同金额{V(sme,what='中小企业')}万元，占{P(pct(sme,pt),'中小企业占比')}%。")
w(f"（三）国有资产占用情况。截至2020年12月31日，本校校舍建筑面积{V(D('9846.30'),'平方米',what='校舍面积')}平方米，单价50万元以上专用设备{C(2,'专用设备台套')}台（套），图书{C(18420,'图书（册）')}册。")
w("（四）绩效自评情况。")
sc = [("预算执行率", D("10"), D("9.2")), ("产出指标", D("50"), D("46.8")), ("效益指标", D("30"), D("28.0")), ("满意度指标", D("10"), D("9.5"))]
tot = sum(x[2] for x in sc)
ll = []
for k, (n, full, got) in enumerate(sc, 1):
    ll.append(f"{k}.{n}得分{V(got,'分',what=n+'得分',nd=1)}分（满分{V(full,'分',what=n+'满分',nd=0)}分）")
w(f"2020年度部门整体支出绩效自评得分{V(tot,'分',what='自评总得分',nd=1)}分，等级为“优”，其中：" + "；".join(ll) + "。")
w("")
w("第三部分 名词解释")
w("1.财政拨款收入：指本级财政当年拨付的资金。2.其他收入：指除上述收入以外的各项收入，本校为省级送教上门补助。3.基本支出：指为保障机构正常运转、完成日常工作任务而发生的人员支出和公用支出。4.项目支出：指在基本支出之外为完成特定行政任务和事业发展目标所发生的支出。")
d.note("the tables are one cell per line, each line ending in ` |`; a blank cell is a lone `|`. The 208, 210 and 221 类 rows equal their only 项 (recorded once); 2080505 … 2210201 are 基本支出 only.")
d.note("满分 10 (预算执行率, 满意度) is recorded once; the 名词解释 numbers `1.`…`4.` are list numbers.")
d.write("\n".join(t) + "\n")
