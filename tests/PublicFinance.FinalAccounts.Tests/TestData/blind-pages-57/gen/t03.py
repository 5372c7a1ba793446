from lib import *
d = Doc("t03", "晋城市中心血站 2016 单位决算 of a **采供血机构** (全额拨款事业单位 with 事业收入 from 血液成分; 2016 类 210 医疗卫生与计划生育支出: 2100406 采供血机构, 2100499; 2080505, 2101102, 2210201): headings `1.` … `6.`; a **收入支出决算总表 extracted from a PDF one cell per line** (the blank cells dropped, so a row may have only its label); prose changes as `较上年增加…万元，增幅…%` / `降幅…%`; 三公 with 批次/人次 and 辆; amounts in 万元.")
V, P, C = d.v, d.p, d.c
G, U, O = D("1684.52"), D("1126.30"), D("12.48")
G, U, O = tune([G, U, O], 2); I = G + U + O; ish = shares([G, U, O])
A = D("214.66")
B, Pj = D("2306.45"), D("421.86"); E = B + Pj; esh = shares([B, Pj]); Y = A + I - E
Ip, Ep = D("2596.74"), D("2812.30"); dI, rI = chg(I, Ip); dE, rE = chg(E, Ep)
c210 = D("2431.27"); c208 = D("178.64"); c221 = E - c210 - c208
items = [("2100406", "采供血机构", D("1296.38"), D("1182.05")),
         ("2100499", "其他公共卫生支出", D("96.00"), D("248.60")),
         ("2080505", "机关事业单位基本养老保险缴费支出", D("142.36"), D("68.20")),
         ("2101102", "事业单位医疗", D("52.17"), D("49.35"))]
X = sum(i[2] for i in items); Xp = sum(i[3] for i in items); dX, rX = chg(X, Xp)
t = []; w = t.append
w("晋城市中心血站2016年度单位决算说明")
w("")
w("1.单位基本情况")
w(f"晋城市中心血站为市卫生和计划生育委员会所属公益一类事业单位，负责全市无偿献血的组织、血液采集、检测、制备和供应。设献血服务科、检验科、成分科等{C(9,'科室')}个科室，在编职工{C(63,'在编职工')}人。2016年采集全血{C(31846,'采血人次')}人次，向全市{C(27,'供血医疗机构')}家医疗机构供应血液。")
w("")
w("2.收入支出决算总表")
w("单位：万元")
L = ["收入", "支出", "项目", "决算数", "项目", "决算数"]
rows = [("一、财政拨款收入", G, "一、社会保障和就业支出", c208),
        ("二、上级补助收入", D(0), "二、医疗卫生与计划生育支出", c210),
        ("三、事业收入", U, "三、住房保障支出", c221),
        ("四、经营收入", D(0), "", None),
        ("五、附属单位上缴收入", D(0), "", None),
        ("六、其他收入", O, "", None),
        ("本年收入合计", I, "本年支出合计", E),
        ("用事业基金弥补收支差额", D(0), "结余分配", D(0)),
        ("年初结转和结余", A, "年末结转和结余", Y),
        ("总计", A + I, "总计", A + I)]
whats = {"一、社会保障和就业支出": "208类", "二、医疗卫生与计划生育支出": "210类", "三、住房保障支出": "221类",
         "一、财政拨款收入": "财政拨款收入", "三、事业收入": "事业收入", "六、其他收入": "其他收入", "本年收入合计": "本年收入合计",
         "本年支出合计": "本年支出合计", "年初结转和结余": "年初结转和结余", "年末结转和结余": "年末结转和结余", "总计": "总计"}
for l, a, r, b in rows:
    L.append(l)
    if a:
        L.append(V(a, what=whats[l]))
    if r:
        L.append(r)
        if b:
            L.append(V(b, what=whats[r]))
w("\n".join(L))
w("")
w("3.收入决算情况")
w(f"2016年度本年收入合计{V(I)}万元，较上年{word(dI)}{V(abs(dI),what='本年收入变动')}万元，{'增幅' if dI > 0 else '降幅'}{P(rI,'本年收入变动率')}%。其中：财政拨款收入{V(G)}万元，占{P(ish[0],'财政拨款收入占比')}%；事业收入{V(U)}万元，占{P(ish[1],'事业收入占比')}%，为临床用血成分收入；其他收入{V(O)}万元，占{P(ish[2],'其他收入占比')}%，为存款利息收入。")
w("")
w("4.支出决算情况")
w(f"2016年度本年支出合计{V(E)}万元，较上年{word(dE)}{V(abs(dE),what='本年支出变动')}万元，{'增幅' if dE > 0 else '降幅'}{P(rE,'本年支出变动率')}%，主要原因是上年购置的{C(2,'采血车')}辆流动采血车已投入使用，本年无车辆购置支出。其中：基本支出{V(B,what='基本支出')}万元，占{P(esh[0],'基本支出占比')}%；项目支出{V(Pj,what='项目支出')}万元，占{P(esh[1],'项目支出占比')}%。")
w("")
w("5.财政拨款支出决算情况")
w(f"2016年度财政拨款支出{V(X,what='财政拨款支出')}万元，较上年{word(dX)}{V(abs(dX),what='财政拨款支出变动')}万元，{'增幅' if dX > 0 else '降幅'}{P(rX,'财政拨款支出变动率')}%。其中：")
for k, (c, n, a, p) in enumerate(items, 1):
    dd, rr = chg(a, p)
    w(f"（{k}）{n}（{c}）支出{V(a,what=c)}万元，较上年{word(dd)}{V(abs(dd),what=c+'变动')}万元，{'增幅' if dd > 0 else '降幅'}{P(rr,c+'变动率')}%。")
w("")
w("6.“三公”经费支出情况")
run, rec, runp, recp = D("9.26"), D("0.84"), D("10.05"), D("1.30")
s, sp = run + rec, runp + recp; ds, rs = chg(s, sp)
w(f"2016年度“三公”经费支出{V(s,what='三公经费')}万元，较上年{word(ds)}{V(abs(ds),what='三公变动')}万元，{'增幅' if ds > 0 else '降幅'}{P(rs,'三公变动率')}%。其中公务用车运行维护费{V(run,what='运行维护费')}万元，公务接待费{V(rec,what='公务接待费')}万元（接待{C(7,'接待批次')}批次、{C(46,'接待人次')}人次），因公出国（境）费和公务用车购置费为0。年末实有公务用车{C(5,'公务用车')}辆，其中流动采血车{C(3,'流动采血车')}辆。")
d.note("the 总表 is one cell per line as a PDF extraction gives it: labels of rows with a blank amount (上级补助收入, 经营收入, 附属单位上缴收入, 用事业基金弥补收支差额, 结余分配) are followed directly by the next label; the right-hand side has only three 类 rows.")
d.note("the two 总计 (收入 and 支出) are equal (recorded once); 2100406 and 2100499 are the 210 类's items paid from the appropriation; the 210 类 of the 总表 includes the 事业收入-funded spending.")
d.write("\n".join(t) + "\n")
