from lib import *
d = Doc("t03", "锦州市环境卫生管理处 2014 单位决算 of an **环境卫生管理处** on the **公共财政预算** basis (2014 codes 2120501 城乡社区环境卫生, 2080502 事业单位离退休, 2101102, 2210201): headings `一、` / `（一）`; `比2013年增加…万元，增幅…%` / `降幅` / `持平` / `下降了`; a **公共财政预算财政拨款支出决算 comparison table extracted from a PDF one cell per line without separators** (`项目` / `2014年决算数` / `2013年决算数` / `增减额` / `增减率（%）`, then one cell per line, `-` for decreases, a blank 增减 cell dropped); 三公 with 上年 and 辆; 国有资产 with 环卫作业车辆; amounts in 万元.")
V, P, C = d.v, d.p, d.c
items = [("2120501", "城乡社区环境卫生", D("4862.35"), D("4518.20")), ("2080502", "事业单位离退休", D("386.74"), D("372.15")),
         ("2101102", "事业单位医疗", D("96.52"), D("96.52")), ("2210201", "住房公积金", D("148.30"), D("156.86"))]
X = sum(i[2] for i in items); Xp = sum(i[3] for i in items); dX, rX = chg(X, Xp)
G = X + D("212.40"); O = D("326.85"); I = G + O; ish = shares([G, O]); Ip = D("5318.62"); dI, rI = chg(I, Ip)
B = D("3418.77"); Pj = D("2140.54"); E = B + Pj; esh = shares([B, Pj]); Ep = D("5402.33"); dE, rE = chg(E, Ep)
t = []; w = t.append
w("锦州市环境卫生管理处2014年度单位决算说明")
w("")
w("一、单位基本情况")
w(f"锦州市环境卫生管理处为市城市管理综合执法局所属全额拨款事业单位，负责主城区道路清扫保洁、生活垃圾收集清运和公厕管理。下设{C(6,'清扫保洁所')}个清扫保洁所，在职职工{C(412,'在职职工')}人，另有劳务派遣保洁员{C(1380,'劳务派遣保洁员')}人。全年清扫保洁面积{V(D('1265.8'),'万平方米',what='清扫保洁面积',nd=1)}万平方米，清运生活垃圾{V(D('31.46'),'万吨',what='清运生活垃圾')}万吨，管理公厕{C(214,'公厕（座）')}座。")
w("")
w("二、收入支出决算情况")
w(f"（一）收入情况。2014年度收入合计{V(I,what='收入合计')}万元，比2013年{word(dI)}{V(abs(dI),what='收入变动额')}万元，{'增幅' if dI>0 else '降幅'}{P(rI,'收入变动率')}%。其中：公共财政预算拨款{V(G,what='公共财政预算拨款')}万元，占{P(ish[0],'公共财政预算拨款占比')}%；其他收入{V(O,what='其他收入')}万元，占{P(ish[1],'其他收入占比')}%，为垃圾处理费返还。")
w(f"（二）支出情况。2014年度支出合计{V(E,what='支出合计')}万元，比2013年{word(dE)}{V(abs(dE),what='支出变动额')}万元，{'增幅' if dE>0 else '降幅'}{P(rE,'支出变动率')}%，主要原因是新增凌河西岸片区保洁面积。其中：基本支出{V(B,what='基本支出')}万元，占{P(esh[0],'基本支出占比')}%；项目支出{V(Pj,what='项目支出')}万元，占{P(esh[1],'项目支出占比')}%。")
w("")
w("三、公共财政预算财政拨款支出决算情况")
w(f"2014年度公共财政预算财政拨款支出{V(X,what='财政拨款支出')}万元，比2013年{word(dX)}{V(abs(dX),what='财政拨款支出变动额')}万元，{'增幅' if dX>0 else '降幅'}{P(rX,'财政拨款支出变动率')}%。具体情况见下表：")
w("公共财政预算财政拨款支出决算对比表")
w("单位：万元")
L = ["项目", "2014年决算数", "2013年决算数", "增减额", "增减率（%）", "合计", V(X), V(Xp, what='财政拨款支出上年'), V(dX), P(rX, '')]
for c, n, a, p in items:
    dd, rr = chg(a, p)
    L += [f"{n}（{c}）", V(a, what=c), V(p, what=c + '上年')]
    if dd:
        L += [V(dd, what=c + '增减额'), ("-" if dd < 0 else "") + P(rr, c + '增减率')]
w("\n".join(L))
lines = []
for k, (c, n, a, p) in enumerate(items, 1):
    dd, rr = chg(a, p)
    if not dd:
        lines.append(f"{k}.{n}支出{V(a)}万元，与上年持平。")
    elif dd > 0:
        lines.append(f"{k}.{n}支出{V(a)}万元，比2013年增加{V(dd)}万元，增幅{P(rr,'')}%，主要原因是{'保洁作业经费标准提高' if c=='2120501' else '离退休人员增加'}。")
    else:
        lines.append(f"{k}.{n}支出{V(a)}万元，比2013年下降了{V(-dd)}万元，降幅{P(rr,'')}%，主要原因是部分职工退休。")
w("\n".join(lines))
w("")
w("四、“三公”经费支出情况")
veh, vehp, rec, recp = D("12.64"), D("14.18"), D("1.86"), D("1.86")
sa, sp = veh + rec, vehp + recp; dS, rS = chg(sa, sp)
w(f"2014年度“三公”经费支出{V(sa,what='三公合计')}万元，比2013年下降了{V(-dS,what='三公变动额')}万元，降幅{P(rS,'三公变动率')}%。其中：因公出国（境）费0万元；公务用车运行维护费{V(veh,what='公务用车运行维护费')}万元，比2013年下降了{V(vehp-veh,what='公务用车运行维护费变动额')}万元，主要原因是公务用车由{C(6,'上年公务用车')}辆减至{C(5,'公务用车')}辆；公务接待费{V(rec,what='公务接待费')}万元，与上年持平。")
w("")
w("五、国有资产占用情况")
w(f"截至2014年12月31日，本处资产总额{V(D('8216.47'),what='资产总额')}万元，其中固定资产{V(D('6735.18'),what='固定资产')}万元；公务用车{C(5,'公务用车')}辆，环卫作业车辆{C(168,'环卫作业车辆')}辆，其中洒水车{C(24,'洒水车')}辆、扫路车{C(36,'扫路车')}辆、垃圾运输车{C(108,'垃圾运输车')}辆。")
d.note("the table is one cell per line without separators; 事业单位医疗 is unchanged, so its 增减额 and 增减率 cells are blank and dropped. Negative 增减额 and 增减率 are printed with `-`; truth by absolute value. The prose items repeat the table (recorded once).")
d.note("`1265.8万平方米` and `31.46万吨` are quantities (万平方米, 万吨), not money; 0 出国 is not a figure.")
d.write("\n".join(t) + "\n")
