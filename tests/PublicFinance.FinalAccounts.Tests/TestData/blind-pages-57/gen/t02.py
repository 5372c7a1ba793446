from lib import *
d = Doc("t02", "盐城市殡仪馆 2019 单位决算 of a **殡仪馆** (差额拨款事业单位; 殡葬 2081004 with 事业收入 from 殡葬服务, 2080505, 2101102, 2210201): headings `一、` / `（一）`; changes as `同比增长/同比下降…%`; a **space-aligned 三公 预算与决算对比表** (`项目  预算数  决算数  决算比预算增减`, blank cells, `-` for decreases); **政府采购 by 货物/工程/服务 with 中小企业**; **国有资产** (资产总额, 房屋 平方米, 车辆 by kind incl. 殡仪车, 火化机 台（套）); amounts in 万元.")
V, P, C = d.v, d.p, d.c
G, U, O = D("1186.40"), D("2642.75"), D("37.90")
G, U, O = tune([G, U, O], 2); I = G + U + O; ish = shares([G, U, O])
Ip = D("3604.18"); dI, rI = chg(I, Ip)
B, Pj = D("2918.36"), D("874.52"); E = B + Pj; esh = shares([B, Pj]); Ep = D("3905.40"); dE, rE = chg(E, Ep)
items = [("2081004", "殡葬", D("862.35"), D("794.10")),
         ("2080505", "机关事业单位基本养老保险缴费支出", D("142.18"), D("136.52")),
         ("2101102", "事业单位医疗", D("48.76"), D("45.30")),
         ("2210201", "住房公积金", D("96.40"), D("91.85"))]
X = sum(i[2] for i in items); Xp = sum(i[3] for i in items); dX, rX = chg(X, Xp)
t = []; w = t.append
w("盐城市殡仪馆2019年度单位决算公开说明")
w("")
w("一、单位基本情况")
w(f"盐城市殡仪馆为市民政局所属差额拨款事业单位，承担全市遗体接运、火化、骨灰寄存和殡葬礼仪服务。内设业务科、火化科、礼仪服务科等{C(6,'内设科室')}个科室，核定事业编制{C(58,'事业编制')}名，年末在职职工{C(54,'在职职工')}人。2019年火化遗体{C(9862,'火化遗体（具）')}具，接运遗体{C(9417,'接运遗体（次）')}次。")
w("")
w("二、收入支出决算总体情况")
w(f"（一）收入情况。2019年度本年收入合计{V(I,what='本年收入合计')}万元，{yoy(dI,P(rI,'本年收入变动率'),'同比增长','同比下降')}。其中：财政拨款收入{V(G,what='财政拨款收入')}万元，占{P(ish[0],'财政拨款收入占比')}%；事业收入{V(U,what='事业收入')}万元，占{P(ish[1],'事业收入占比')}%，为遗体火化、殡仪服务和骨灰寄存收入；其他收入{V(O,what='其他收入')}万元，占{P(ish[2],'其他收入占比')}%。")
w(f"（二）支出情况。2019年度本年支出合计{V(E,what='本年支出合计')}万元，{yoy(dE,P(rE,'本年支出变动率'),'同比增长','同比下降')}，主要原因是上年实施的火化机尾气治理项目已完工。其中：基本支出{V(B,what='基本支出')}万元，占{P(esh[0],'基本支出占比')}%；项目支出{V(Pj,what='项目支出')}万元，占{P(esh[1],'项目支出占比')}%。")
w("")
w("三、财政拨款支出决算情况")
w(f"2019年度财政拨款支出{V(X,what='财政拨款支出')}万元，{yoy(dX,P(rX,'财政拨款支出变动率'),'同比增长','同比下降')}。其中：")
for k, (c, n, a, p) in enumerate(items, 1):
    dd, rr = chg(a, p)
    w(f"（{k}）{n}（{c}）{V(a,what=c)}万元，{yoy(dd,P(rr,c+'变动率'),'同比增长','同比下降')}；")
w("")
w("四、“三公”经费支出情况")
w("2019年“三公”经费预算与决算对比表")
w("                                                    单位：万元")
W = [30, 10, 10, 16]
def line(cells):
    return (ljw(cells[0], W[0]) + "".join(rjw(c, wd) if c else " " * wd for c, wd in zip(cells[1:], W[1:]))).rstrip()
rows = [("因公出国（境）费", D("0"), D("0")), ("公务用车购置费", D("0"), D("0")),
        ("公务用车运行维护费", D("18.60"), D("16.84")), ("公务接待费", D("2.40"), D("1.52"))]
sb, sa = sum(r[1] for r in rows), sum(r[2] for r in rows)
w(line(["项目", "预算数", "决算数", "决算比预算增减"]))
w(line(["合计", V(sb, what='三公预算'), V(sa, what='三公决算'), V(sa - sb, what='三公决算比预算增减')]))
for n, b, a in rows:
    w(line([n, V(b, what=n + '预算') if b else "", V(a, what=n + '决算') if a else "", V(a - b, what=n + '决算比预算增减') if a - b else ""]))
w(f"2019年“三公”经费决算{V(sa)}万元，比预算减少{V(sb-sa)}万元。公务用车运行维护费主要用于{C(12,'公务用车')}辆车辆（含殡仪车{C(8,'殡仪车')}辆）的燃料、维修和保险；公务接待费用于接待省内殡葬改革考察{C(9,'接待批次')}批次{C(68,'接待人次')}人次。")
w("")
w("五、政府采购支出情况")
goods, works, serv = D("386.20"), D("412.65"), D("74.18")
tot_true = goods + works + serv
tot_shown = tot_true + D("90.00")
d.plant("政府采购支出总额 (a total that is not the sum of its parts)", fmt(tot_shown), fmt(tot_true),
        f"货物 {fmt(goods)} + 工程 {fmt(works)} + 服务 {fmt(serv)} = {fmt(tot_true)}; the text prints {fmt(tot_shown)}")
sme = D("694.30")
w(f"2019年度政府采购支出总额{V(tot_shown,what='政府采购支出总额（planted）')}万元，其中：政府采购货物支出{V(goods,what='货物')}万元（主要为{C(2,'火化机台套')}台（套）环保火化机），政府采购工程支出{V(works,what='工程')}万元（守灵厅改造工程），政府采购服务支出{V(serv,what='服务')}万元。授予中小企业合同金额{V(sme,what='中小企业')}万元。")
w("")
w("六、国有资产占用情况")
w(f"截至2019年12月31日，本馆资产总额{V(D('6843.27'),what='资产总额')}万元，其中固定资产{V(D('5128.64'),what='固定资产')}万元。房屋建筑面积{V(D('18640.5'),'平方米',what='房屋面积',nd=1)}平方米；车辆{C(12,'公务用车')}辆，其中殡仪车{C(8,'殡仪车')}辆、其他用车{C(4,'其他用车')}辆；单价50万元以上设备{C(6,'火化机等设备台套')}台（套），均为火化机及尾气处理设备。")
d.note("the 三公 table's 合计 row and each row's 决算比预算增减 (negative, `-`) are printed; 因公出国（境）费 and 公务用车购置费 rows are blank (0); truth by absolute value.")
d.note("12 公务用车 and 8 殡仪车 are repeated in the 国有资产 section (recorded once); `单价50万元以上` is a threshold.")
d.write("\n".join(t) + "\n")
