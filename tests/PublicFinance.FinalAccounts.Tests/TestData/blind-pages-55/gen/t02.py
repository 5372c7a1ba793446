from lib import *
d = Doc("t02", "营口市卫生健康委员会 2021 部门决算 summary of a **卫健委 本级 + 所属单位** (本级, 疾病预防控制中心, 卫生健康监督所, 妇幼保健院, 中心血站): a **space-aligned table of the units** (`单位名称 收入合计 财政拨款收入 事业收入 其他收入 支出合计`, blank cells where a unit has no such income) with the 部门 合计 row; income by source and expenditure by kind with shares; 财政拨款 items `科目名称（科目编码）…万元` grouped under 类 headings; 事业收入 of the hospital and the blood station; `同比`; amounts in 万元.")
V, P, C = d.v, d.p, d.c
# unit: name, fiscal, business income, other, expenditure
units = [("本级", D("3126.48"), D("0"), D("18.20"), D("3098.71")),
         ("市疾病预防控制中心", D("2387.65"), D("412.30"), D("26.84"), D("2790.12")),
         ("市卫生健康监督所", D("968.12"), D("0"), D("5.37"), D("961.40")),
         ("市妇幼保健院", D("1540.90"), D("6823.55"), D("147.66"), D("8602.38")),
         ("市中心血站", D("1096.33"), D("1875.04"), D("31.08"), D("2961.27"))]
G = sum(u[1] for u in units); B = sum(u[2] for u in units); O = sum(u[3] for u in units)
O_t = tune([G, B, O], 2)[2]; adj = O_t - O
units[0] = (units[0][0], units[0][1], units[0][2], units[0][3] + adj, units[0][4])
O = sum(u[3] for u in units); I = G + B + O; ish = shares([G, B, O])
E = sum(u[4] for u in units)
basic = D("9416.55"); proj = tune([basic, E - basic], 1)[1]
# keep E consistent: put the tuning onto the 本级 expenditure
units[0] = (units[0][0], units[0][1], units[0][2], units[0][3], units[0][4] + (basic + proj - E)); E = basic + proj; esh = shares([basic, proj])
assert E == sum(u[4] for u in units)
Ip, Ep = D("17106.27"), D("16850.90"); dI, rI = chg(I, Ip); dE, rE = chg(E, Ep)
t = []; w = t.append
w("营口市卫生健康委员会2021年度部门决算")
w("")
w("一、部门基本情况")
w(f"营口市卫生健康委员会部门决算由委机关本级和{C(4,'所属单位')}个所属事业单位的决算汇总而成，所属单位为市疾病预防控制中心、市卫生健康监督所、市妇幼保健院和市中心血站。年末在职人员{C(612,'在职人员')}人，其中机关{C(58,'机关人员')}人、事业单位{C(554,'事业人员')}人；离退休人员{C(247,'离退休人员')}人。妇幼保健院编制床位{C(300,'床位')}张。")
w("")
w("二、收入支出决算总体情况")
w(f"2021年度本部门收入合计{V(I,what='收入合计')}万元，同比{word(dI)}{V(abs(dI),what='收入变动')}万元，{word(dI,'增长','下降')}{P(rI,'收入变动率')}%；支出合计{V(E,what='支出合计')}万元，同比{word(dE)}{V(abs(dE),what='支出变动')}万元，{word(dE,'增长','下降')}{P(rE,'支出变动率')}%，主要原因是新冠肺炎疫情防控和核酸检测能力建设支出增加。各单位收支情况如下（单位：万元）：")
w("")
hdr = ["单位名称", "收入合计", "财政拨款收入", "事业收入", "其他收入", "支出合计"]
W = [22, 12, 14, 12, 10, 12]
w("".join(ljw(h, W[0]) if k == 0 else rjw(h, W[k]) for k, h in enumerate(hdr)))
def cell(x, what):
    return V(x, what=what) if x != 0 else ""
def row(name, cells):
    return (ljw(name, W[0]) + "".join(rjw(c, W[k + 1]) if c else " " * W[k + 1] for k, c in enumerate(cells))).rstrip()
w(row("合计", [V(I), V(G, what='财政拨款收入'), V(B, what='事业收入'), V(O, what='其他收入'), V(E)]))
for n, g, b, o, e in units:
    w(row(n, [V(g + b + o, what=n + '收入合计'), V(g, what=n + '财政拨款收入'), cell(b, n + '事业收入'), V(o, what=n + '其他收入'), V(e, what=n + '支出合计')]))
w("")
w("三、收入决算情况")
w(f"本年收入合计{V(I)}万元。其中：财政拨款收入{V(G)}万元，占{P(ish[0],'财政拨款收入占比')}%；事业收入{V(B)}万元，占{P(ish[1],'事业收入占比')}%，主要为妇幼保健院医疗收入和中心血站血液成分收入；其他收入{V(O)}万元，占{P(ish[2],'其他收入占比')}%。")
w("")
w("四、支出决算情况")
w(f"本年支出合计{V(E)}万元。其中：基本支出{V(basic,what='基本支出')}万元，占{P(esh[0],'基本支出占比')}%；项目支出{V(proj,what='项目支出')}万元，占{P(esh[1],'项目支出占比')}%。")
w("")
w("五、财政拨款支出决算情况")
groups = [("卫生健康支出（210）", [("卫生健康管理事务", "2100101", D("1204.66")), ("疾病预防控制机构", "2100401", D("1687.40")),
                               ("卫生监督机构", "2100402", D("842.35")), ("妇幼保健机构", "2100403", D("1038.27")),
                               ("采供血机构", "2100407", D("716.80")), ("突发公共卫生事件应急处理", "2100410", D("1394.52")),
                               ("行政单位医疗", "2101101", D("96.31")), ("事业单位医疗", "2101102", D("318.66"))]),
          ("社会保障和就业支出（208）", [("机关事业单位基本养老保险缴费支出", "2080505", D("1284.90")), ("机关事业单位职业年金缴费支出", "2080506", D("513.96"))]),
          ("住房保障支出（221）", [("住房公积金", "2210201", D("0"))])]
known = sum(x[2] for g in groups for x in g[1]); groups[2][1][0] = ("住房公积金", "2210201", G - known)
assert G - known > 0
w(f"2021年度财政拨款支出{V(G)}万元，分科目情况如下：")
for gname, xs in groups:
    sub = sum(x[2] for x in xs)
    w(f"{gname}{V(sub,what=gname)}万元：" + "；".join(f"{n}（{c}）{V(a,what=c)}万元" for n, c, a in xs) + "。")
w("")
w("六、其他说明")
w(f"本部门无政府性基金预算和国有资本经营预算财政拨款收支。2021年度机关运行经费（委机关本级）{V(D('142.37'),what='机关运行经费')}万元。")
d.note("the table's blank cells are units with no 事业收入 (本级, 卫生健康监督所); `210`, `208`, `221` are 类 codes, not figures.")
d.note("the 合计 row's cells equal the prose totals (recorded once).")
d.write("\n".join(t) + "\n")
