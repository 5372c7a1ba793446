from lib import *
d = Doc("t07", "宁德市蕉城区社会福利院 2017 complete 说明 of a **社会福利院** (社会福利 2081001 儿童福利, 2081002 老年福利, 2081005 社会福利事业单位; 2080505, 2101102, 2210201; 事业收入 from 代养费) with **half-width punctuation** (`,` `:` `(` `)` as in many real pages): a **space-aligned two-sided 收入支出决算总表** (`收入` and `支出` halves side by side, `单位:万元`, blank 收入 cells, a 总计 row); shares; items `名称(编码)…万元,比上年增加/减少…万元,增长/下降…%`; 三公 with 上年; 机关运行经费 absent (事业单位); amounts in 万元.")
V, P, C = d.v, d.p, d.c
G, U, O = D("1468.30"), D("236.45"), D("18.72")
G, U, O = tune([G, U, O], 2); I = G + U + O; ish = shares([G, U, O])
A = D("62.38")
c208, c210, c221 = D("1584.26"), D("38.40"), D("56.18")
E = c208 + c210 + c221; Y = A + I - E
B = D("1192.74"); Pj = E - B; esh = shares([B, Pj])
Ip, Ep = D("1618.04"), D("1596.51"); dI, rI = chg(I, Ip); dE, rE = chg(E, Ep)
shown = pct(B, I)
d.plant("基本支出占比 (a share on the wrong base)", fmt(shown), fmt(esh[0]),
        f"基本支出 {fmt(B)} / 本年支出合计 {fmt(E)} = {fmt(esh[0])} %; the text prints {fmt(shown)} %, the 基本支出 over the 本年收入合计 {fmt(I)}")
items = [("2081001", "儿童福利", D("386.45"), D("352.80")),
         ("2081002", "老年福利", D("528.60"), D("496.34")),
         ("2081005", "社会福利事业单位", D("402.18"), D("418.92")),
         ("2080505", "机关事业单位基本养老保险缴费支出", D("68.35"), D("0")),
         ("2101102", "事业单位医疗", D("29.64"), D("27.15")),
         ("2210201", "住房公积金", D("44.86"), D("41.30"))]
X = sum(i[2] for i in items); Xp = sum(i[3] for i in items); dX, rX = chg(X, Xp)
t = []; w = t.append
w("宁德市蕉城区社会福利院2017年度部门决算说明")
w("")
w("一、部门基本情况")
w(f"蕉城区社会福利院为区民政局所属公益一类事业单位,承担孤残儿童养育和城乡特困老人集中供养工作。核定床位{C(320,'床位')}张,年末在院孤残儿童{C(58,'在院儿童')}名、供养老人{C(176,'供养老人')}名;在职职工{C(46,'在职职工')}人。")
w("")
w("二、收入支出决算总表")
w("                                                                         单位:万元")
WL, WA, WR, WB = 22, 12, 30, 12
def row(l, a, r, b):
    return (ljw(l, WL) + (rjw(a, WA) if a else " " * WA) + "    " + ljw(r, WR) + (rjw(b, WB) if b else "")).rstrip()
w(row("收入", "", "支出", ""))
w(row("项目", "决算数", "项目", "决算数"))
rows = [("一、财政拨款收入", G, "一、社会保障和就业支出", c208, "财政拨款收入", "208类"),
        ("二、上级补助收入", D(0), "二、医疗卫生与计划生育支出", c210, "", "210类"),
        ("三、事业收入", U, "三、住房保障支出", c221, "事业收入", "221类"),
        ("四、经营收入", D(0), "", D(0), "", ""),
        ("五、附属单位上缴收入", D(0), "", D(0), "", ""),
        ("六、其他收入", O, "", D(0), "其他收入", ""),
        ("本年收入合计", I, "本年支出合计", E, "本年收入合计", "本年支出合计"),
        ("年初结转和结余", A, "年末结转和结余", Y, "年初结转和结余", "年末结转和结余"),
        ("总计", A + I, "总计", A + I, "总计", "总计")]
for l, a, r, b, wa, wb in rows:
    w(row(l, V(a, what=wa) if a else "", r, V(b, what=wb) if b else ""))
w("")
w("三、收入支出决算情况说明")
w(f"2017年度本年收入合计{V(I)}万元,比上年{word(dI)}{V(abs(dI),what='本年收入变动')}万元,{word(dI,'增长','下降')}{P(rI,'本年收入变动率')}%。其中:财政拨款收入{V(G)}万元,占{P(ish[0],'财政拨款收入占比')}%;事业收入{V(U)}万元,占{P(ish[1],'事业收入占比')}%,为自费寄养老人代养费;其他收入{V(O)}万元,占{P(ish[2],'其他收入占比')}%。")
w(f"2017年度本年支出合计{V(E)}万元,比上年{word(dE)}{V(abs(dE),what='本年支出变动')}万元,{word(dE,'增长','下降')}{P(rE,'本年支出变动率')}%,主要原因是2017年起缴纳机关事业单位基本养老保险。其中:基本支出{V(B,what='基本支出')}万元,占{P(shown,'基本支出占比（planted）')}%;项目支出{V(Pj,what='项目支出')}万元,占{P(esh[1],'项目支出占比')}%,主要用于孤残儿童医疗康复和老人供养。")
w("")
w("四、财政拨款支出决算情况说明")
w(f"2017年度财政拨款支出{V(X,what='财政拨款支出')}万元,比上年{word(dX)}{V(abs(dX),what='财政拨款支出变动')}万元,{word(dX,'增长','下降')}{P(rX,'财政拨款支出变动率')}%。具体为:")
for k, (c, n, a, p) in enumerate(items, 1):
    if p == 0:
        w(f"({k}){n}({c}){V(a,what=c)}万元,上年无此项支出;")
        continue
    dd, rr = chg(a, p)
    w(f"({k}){n}({c}){V(a,what=c)}万元,比上年{word(dd)}{V(abs(dd),what=c+'变动')}万元,{word(dd,'增长','下降')}{P(rr,c+'变动率')}%;")
w("")
w("五、“三公”经费支出情况说明")
run, runp, rec, recp = D("6.84"), D("7.52"), D("0.48"), D("0.66")
s, sp = run + rec, runp + recp; ds, rs = chg(s, sp)
w(f"2017年度“三公”经费支出{V(s,what='三公经费')}万元,比上年{word(ds)}{V(abs(ds),what='三公变动')}万元,{word(ds,'增长','下降')}{P(rs,'三公变动率')}%。其中:公务用车运行维护费{V(run,what='运行维护费')}万元(上年{V(runp,what='运行维护费上年')}万元),公务接待费{V(rec,what='公务接待费')}万元(上年{V(recp,what='公务接待费上年')}万元);因公出国(境)费和公务用车购置费均为0。年末公务用车保有量{C(2,'公务用车')}辆。")
w("")
w("六、其他需要说明的事项")
w("本院为事业单位,无机关运行经费支出;2017年度无政府性基金预算财政拨款收支。")
d.note("the two 总计 are equal (recorded once). 项目支出's share is computed on the 本年支出合计 (right); the planted 基本支出 share is on the 本年收入合计, so the two printed shares do not sum to 100.")
d.note("2080505 is new in 2017 (`上年无此项支出`).")
d.write("\n".join(t) + "\n")
