from lib import *
d = Doc("t03", "漳州市水利局 2023 complete 说明 of a **水利局** with **政府性基金 and 专项债**: a **tab-separated** 财政拨款收入支出决算总表 (收入 | 决算数 || 支出 | 一般公共预算 | 政府性基金预算, blank cells) and a tab-separated 政府性基金预算财政拨款收入支出决算表 (项目 | 年初结转 | 本年收入 | 本年支出 | 年末结转, blank cells); prose `一般公共预算财政拨款支出…万元，主要用于：` with 项 `名称（编码）…万元`; 政府性基金 items after `具体为`; 专项债券 proceeds and interest; `较上年`; amounts in 万元.")
V, P, C = d.v, d.p, d.c
gb = [("2130101", "行政运行", D("826.14")), ("2130106", "水利工程建设", D("1412.50")), ("2130108", "水利工程运行与维护", D("538.27")),
      ("2130109", "长江黄河等流域管理", D("0")), ("2130111", "水资源节约管理与保护", D("214.60")), ("2130122", "农村水利", D("975.38")),
      ("2080505", "机关事业单位基本养老保险缴费支出", D("142.86")), ("2101101", "行政单位医疗", D("61.27")), ("2210201", "住房公积金", D("94.55"))]
gb = [x for x in gb if x[2] != 0]
GE = sum(x[2] for x in gb)
GI = GE + D("0")
# 政府性基金: 年初结转, 本年收入 (基金 + 专项债), 支出 items
fA = D("412.80")
fund_items = [("2136601", "大中型水库库区基金安排的支出·基础设施建设和经济发展", D("1236.45")),
              ("2136902", "大中型水库移民后期扶持基金支出·基础设施建设和经济发展", D("1419.62")),
              ("2299904", "其他政府性基金债务收入安排的支出", D("14860.00")),
              ("2320499", "其他地方自行试点项目收益专项债券付息支出", D("386.25"))]
FE = sum(x[2] for x in fund_items)
f_bond = fund_items[2][2]; f_fund = FE - f_bond - (fA - D("194.48")); FI = f_fund + f_bond; FY = fA + FI - FE
assert FY > 0
# planted: the 2136902 item printed with two digits swapped in the prose list
true_item = fund_items[1][2]; planted_item = swap(true_item, 1)
d.plant("政府性基金预算财政拨款支出 (an item changed so the list no longer adds up to its total)", fmt(planted_item), fmt(true_item),
        f"{fmt(FE)} − 2136601 {fmt(fund_items[0][2])} − 2299904 {fmt(fund_items[2][2])} − 2320499 {fmt(fund_items[3][2])} = {fmt(true_item)}; the prose prints {fmt(planted_item)} (the table has {fmt(true_item)}), so the four items add to {fmt(FE - true_item + planted_item)}")
I = GI + FI; E = GE + FE
Ep = D("9820.44"); dE, rE = chg(E, Ep); GEp = D("3987.15"); dG, rG = chg(GE, GEp)
TAB = "\t"
t = []; w = t.append
w("漳州市水利局2023年度部门决算说明")
w("")
w("一、部门主要职责")
w(f"负责保障水资源的合理开发利用，组织实施水利工程建设与运行管理，指导水资源保护、节约用水、农村水利和水旱灾害防御工作。局机关内设{C(8,'内设科室')}个科室，下属水利工程建设服务中心等{C(3,'下属事业单位')}个事业单位；年末实有人员{C(127,'实有人员')}人。")
w("")
w("二、财政拨款收入支出决算总体情况")
w(f"2023年度财政拨款收入{V(I,what='财政拨款收入')}万元，财政拨款支出{V(E,what='财政拨款支出')}万元，较上年{word(dE)}{V(abs(dE),what='财政拨款支出变动')}万元，{word(dE,'增长','下降')}{P(rE,'财政拨款支出变动率')}%，主要原因是新增水库除险加固专项债券项目。财政拨款收入支出决算总表如下（单位：万元）：")
w(TAB.join(["收入", "决算数", "支出", "合计", "一般公共预算财政拨款", "政府性基金预算财政拨款"]))
ag = sum(x[2] for x in gb if x[0][:3]=='213'); af = fund_items[0][2]+fund_items[1][2]
w(TAB.join(["一、一般公共预算财政拨款", V(GI,what='一般公共预算财政拨款收入'), "一、农林水支出", V(ag+af,what='农林水支出'), V(ag,what='农林水支出（一般公共预算）'), V(af,what='农林水支出（政府性基金）')]))
w(TAB.join(["二、政府性基金预算财政拨款", V(FI,what='政府性基金收入'), "二、社会保障和就业支出", V(D('142.86')), V(D('142.86')), ""]))
w(TAB.join(["", "", "三、卫生健康支出", V(D('61.27')), V(D('61.27')), ""]))
w(TAB.join(["", "", "四、住房保障支出", V(D('94.55')), V(D('94.55')), ""]))
w(TAB.join(["", "", "五、其他支出", V(fund_items[2][2]), "", V(fund_items[2][2])]))
w(TAB.join(["", "", "六、债务付息支出", V(fund_items[3][2]), "", V(fund_items[3][2])]))
w(TAB.join(["本年收入合计", V(I), "本年支出合计", V(E), V(GE,what='一般公共预算财政拨款支出'), V(FE,what='政府性基金预算财政拨款支出')]))
w(TAB.join(["年初财政拨款结转和结余", V(fA,what='政府性基金年初结转'), "年末财政拨款结转和结余", V(FY,what='政府性基金年末结转'), "", V(FY)]))
w(TAB.join(["总计", V(I + fA,what='总计'), "总计", V(E + FY), V(GE), V(FE + FY,what='政府性基金支出及结转')]))
w("")
w("三、一般公共预算财政拨款支出决算情况")
w(f"2023年度一般公共预算财政拨款支出{V(GE)}万元，较上年{word(dG)}{V(abs(dG),what='一般公共预算支出变动')}万元，{word(dG,'增长','下降')}{P(rG,'一般公共预算支出变动率')}%，主要用于：")
w("；".join(f"{n}（{c}）{V(a,what=c)}万元" for c, n, a in gb) + "。")
w("")
w("四、政府性基金预算财政拨款收入支出决算情况")
w(f"2023年度政府性基金预算财政拨款年初结转{V(fA)}万元，本年收入{V(FI)}万元，其中：大中型水库库区基金及移民后期扶持基金收入{V(f_fund,what='基金收入')}万元，地方政府专项债券收入{V(f_bond,what='专项债券收入')}万元；本年支出{V(FE)}万元，具体为：大中型水库库区基金安排的基础设施建设和经济发展支出（2136601）{V(fund_items[0][2],what='2136601')}万元，大中型水库移民后期扶持基金基础设施建设和经济发展支出（2136902）{V(planted_item,what='2136902（planted）')}万元，其他政府性基金债务收入安排的支出（2299904）{V(fund_items[2][2],what='2299904')}万元，由地方政府专项债券收入安排，用于{C(3,'水库除险加固')}座中型水库除险加固，其他地方自行试点项目收益专项债券付息支出（2320499）{V(fund_items[3][2],what='2320499')}万元。年末结转{V(FY)}万元，为移民后扶项目按进度结转。")
w("")
w(TAB.join(["项目", "年初结转和结余", "本年收入", "本年支出", "年末结转和结余"]))
w(TAB.join(["合计", V(fA), V(FI), V(FE), V(FY)]))
for c, n, a in fund_items:
    first = fA if c == "2136902" else D(0)
    inc = a + (FY - fA if c == "2136902" else 0)
    w(TAB.join([f"{c} {n.split('·')[0]}", V(first) if first else "", V(inc,what=c+'本年收入') if inc != a else V(a), V(true_item,what='2136902') if c == '2136902' else V(a), V(FY) if c == "2136902" else ""]))
w("")
w("五、“三公”经费支出情况")
run, rec = D("18.46"), D("3.12"); runp, recp = D("19.80"), D("3.95")
w(f"2023年度“三公”经费财政拨款支出{V(run+rec,what='三公经费')}万元，其中公务用车运行维护费{V(run,what='运行维护费')}万元（上年{V(runp,what='运行维护费上年')}万元），公务接待费{V(rec,what='公务接待费')}万元（上年{V(recp,what='公务接待费上年')}万元）；因公出国（境）费和公务用车购置费均为0。年末公务用车保有量{C(6,'公务用车')}辆，均为防汛应急保障用车。")
d.note("the 政府性基金 table's 本年收入 column allocates the 基金 and 专项债 income to the items; 2136902's row has the year-start carry-over and the year-end carry-over.")
d.note("the planted item 2136902 is printed right in the table and wrong in the prose.")
d.write("\n".join(t) + "\n")
