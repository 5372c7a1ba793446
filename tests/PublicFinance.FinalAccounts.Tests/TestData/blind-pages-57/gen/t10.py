from lib import *
d = Doc("t10", "张掖市甘州区党寨镇中心卫生院 2025 单位决算 of a **乡镇卫生院** (差额拨款; 2100302 乡镇卫生院, 2100408 基本公共卫生服务, 2080505, 2080506, 2101102, 2210201) with 上级补助收入, **事业收入 (医疗收入)** and 其他收入: headings `（一）` … with bold-free numbering; a **space-aligned 支出决算表 with 类, 款 and 项 rows on their own codes** (`210`, `21003`, `2100302`; `科目编码  科目名称  本年支出合计  基本支出  项目支出`, blank cells, a 合计 row at the bottom); `较上年增加/减少…万元，增长/下降…%`; 三公 with 预算/决算; **国有资产 with 资产总额 as 流动资产 + 固定资产 + 无形资产**; counts of 人次, 张, 辆, 台; amounts in 万元.")
V, P, C = d.v, d.p, d.c
G, S, U, O = D("1126.80"), D("86.40"), D("1468.35"), D("9.62")
G, S, U, O = tune([G, S, U, O], 3); I = G + S + U + O; ish = shares([G, S, U, O])
Ip = D("2589.14"); dI, rI = chg(I, Ip)
# code, name, basic, project
lv = [("2100302", "乡镇卫生院", D("1914.62"), D("162.30")),
      ("2100408", "基本公共卫生服务", D("0"), D("346.85")),
      ("2080505", "机关事业单位基本养老保险缴费支出", D("148.72"), D("0")),
      ("2080506", "机关事业单位职业年金缴费支出", D("59.49"), D("0")),
      ("2101102", "事业单位医疗", D("38.56"), D("0")),
      ("2210201", "住房公积金", D("76.30"), D("0"))]
B = sum(x[2] for x in lv); Pj = sum(x[3] for x in lv); E = B + Pj; esh = shares([B, Pj])
Ep = D("2846.18"); A = D("148.60"); dE, rE = chg(E, Ep)
tree = [("208", "社会保障和就业支出", [("20805", "行政事业单位养老支出", ["2080505", "2080506"])]),
        ("210", "卫生健康支出", [("21003", "基层医疗卫生机构", ["2100302"]), ("21004", "公共卫生", ["2100408"]),
                                 ("21011", "行政事业单位医疗", ["2101102"])]),
        ("221", "住房保障支出", [("22102", "住房改革支出", ["2210201"])])]
by = {x[0]: x for x in lv}
t = []; w = t.append
w("张掖市甘州区党寨镇中心卫生院2025年度单位决算说明")
w("")
w("一、单位基本情况")
w(f"党寨镇中心卫生院为甘州区卫生健康局所属差额拨款事业单位，承担辖区基本医疗和基本公共卫生服务，指导{C(16,'村卫生室')}个村卫生室。编制床位{C(40,'床位')}张，在职职工{C(72,'在职职工')}人。2025年门急诊{C(38642,'门急诊人次')}人次，住院{C(1856,'住院人次')}人次。")
w("")
w("二、收入支出决算情况")
w(f"（一）收入。2025年度本年收入合计{V(I,what='本年收入合计')}万元，较上年{word(dI)}{V(abs(dI),what='本年收入变动')}万元，{word(dI,'增长','下降')}{P(rI,'本年收入变动率')}%。其中：财政拨款收入{V(G,what='财政拨款收入')}万元，占{P(ish[0],'财政拨款收入占比')}%；上级补助收入{V(S,what='上级补助收入')}万元，占{P(ish[1],'上级补助收入占比')}%；事业收入{V(U,what='事业收入')}万元，占{P(ish[2],'事业收入占比')}%，为医疗收入；其他收入{V(O,what='其他收入')}万元，占{P(ish[3],'其他收入占比')}%。")
w(f"（二）支出。2025年度本年支出合计{V(E,what='本年支出合计')}万元，较上年{word(dE)}{V(abs(dE),what='本年支出变动')}万元，{word(dE,'增长','下降')}{P(rE,'本年支出变动率')}%，主要原因是上年购置的数字化X线摄影系统已完成付款。其中：基本支出{V(B,what='基本支出')}万元，占{P(esh[0],'基本支出占比')}%；项目支出{V(Pj,what='项目支出')}万元，占{P(esh[1],'项目支出占比')}%。年初结转和结余{V(A,what='年初结转和结余')}万元，年末结转和结余{V(A+I-E,what='年末结转和结余')}万元。")
w("")
w("支出决算表")
w("                                                                   单位：万元")
W = [10, 34, 14, 12, 12]
def line(cells):
    out = cells[0].ljust(W[0]) + ljw(cells[1], W[1])
    out += "".join(rjw(c, wd) if c else " " * wd for c, wd in zip(cells[2:], W[2:]))
    return out.rstrip()
w(line(["科目编码", "科目名称", "本年支出合计", "基本支出", "项目支出"]))
for cc, cn, kuans in tree:
    codes = [c for _, _, cs in kuans for c in cs]
    cb, cp = sum(by[c][2] for c in codes), sum(by[c][3] for c in codes)
    w(line([cc, cn, V(cb + cp, what=cc + '类'), V(cb, what=cc + '类基本') if cb else "", V(cp, what=cc + '类项目') if cp else ""]))
    for kc, kn, cs in kuans:
        kb, kp = sum(by[c][2] for c in cs), sum(by[c][3] for c in cs)
        w(line([kc, kn, V(kb + kp, what=kc + '款'), V(kb, what=kc + '款基本') if kb else "", V(kp, what=kc + '款项目') if kp else ""]))
        for c in cs:
            _, n, b, p = by[c]
            w(line([c, n, V(b + p, what=c), V(b, what=c + '基本') if b else "", V(p, what=c + '项目') if p else ""]))
w(line(["", "合计", V(E), V(B), V(Pj)]))
w("")
w("三、“三公”经费支出情况")
runb, runa, recb, reca = D("4.50"), D("3.86"), D("0.80"), D("0.42")
sb, sa = runb + recb, runa + reca
w(f"2025年度“三公”经费预算{V(sb,what='三公预算')}万元，决算{V(sa,what='三公决算')}万元，完成预算的{P(pct(sa,sb),'三公完成预算比例')}%。其中：公务用车运行维护费预算{V(runb,what='运行维护费预算')}万元，决算{V(runa,what='运行维护费决算')}万元；公务接待费预算{V(recb,what='接待预算')}万元，决算{V(reca,what='接待决算')}万元，接待{C(3,'接待批次')}批次{C(19,'接待人次')}人次；未发生因公出国（境）费和公务用车购置费。")
w("")
w("四、国有资产占用情况")
cur, fix, intang = D("612.48"), D("2186.35"), D("47.90")
tot = cur + fix + intang; shown = swap(tot, 1)
d.plant("资产总额 (a total that is not the sum of its parts)", fmt(shown), fmt(tot),
        f"流动资产 {fmt(cur)} + 固定资产 {fmt(fix)} + 无形资产 {fmt(intang)} = {fmt(tot)}; the text prints {fmt(shown)} (two digits swapped)")
w(f"截至2025年12月31日，资产总额{V(shown,what='资产总额（planted）')}万元，其中：流动资产{V(cur,what='流动资产')}万元，固定资产{V(fix,what='固定资产')}万元，无形资产{V(intang,what='无形资产')}万元。房屋建筑面积{V(D('4863.20'),'平方米',what='房屋面积')}平方米；车辆{C(3,'车辆')}辆，其中救护车{C(2,'救护车')}辆；单价100万元以上专用设备{C(1,'百万元以上设备')}台。")
w("")
w("五、绩效管理情况")
w(f"2025年度对基本公共卫生服务项目开展绩效自评，项目资金{V(D('346.85'))}万元，自评得分{V(D('95.3'),'分',what='自评得分',nd=1)}分，评价等级为“优”。")
d.note("the 支出决算表 has 类 (`208`), 款 (`20805`) and 项 (`2080505`) rows on their own codes and the 合计 row at the bottom; a 款 with one 项 repeats it (recorded once).")
d.note("单价100万元以上 is a threshold. The 绩效 project's 资金 equals 2100408 (recorded once).")
d.write("\n".join(t) + "\n")
