from lib import *
d = Doc("t04", "伊春市林业和草原局 2019 complete 说明 of a **林草局** **extracted with `pdftotext` without `-layout`**: prose paragraphs broken at the page width, and two tables **one cell per line** (收入决算表 with 项目/本年收入合计/财政拨款收入/事业收入/其他收入 and the 一般公共预算财政拨款支出决算表 with 科目编码/科目名称/合计/基本支出/项目支出, empty cells dropped); 林业和草原 codes 2130201…2130237; 天然林保护; `比上年`; amounts in 万元.")
V, P, C = d.v, d.p, d.c
items = [("2130201", "行政运行", D("689.24"), D("0")), ("2130204", "事业机构", D("1326.85"), D("0")),
         ("2130205", "森林资源培育", D("0"), D("842.30")), ("2130206", "技术推广与转化", D("0"), D("96.40")),
         ("2130209", "森林生态效益补偿", D("0"), D("1580.66")), ("2130211", "动植物保护", D("0"), D("215.73")),
         ("2130234", "林业草原防灾减灾", D("0"), D("407.18")), ("2130237", "行政事业机构", D("0"), D("0")),
         ("2080505", "机关事业单位基本养老保险缴费支出", D("274.60"), D("0")), ("2101101", "行政单位医疗", D("58.92"), D("0")),
         ("2101102", "事业单位医疗", D("86.33"), D("0")), ("2210201", "住房公积金", D("163.47"), D("0"))]
items = [x for x in items if x[2] + x[3] != 0]
GB = sum(x[2] for x in items); GP = sum(x[3] for x in items); G = GB + GP
B, O = D("118.40"), D("21.56"); O = tune([G, B, O], 2)[2]; I = G + B + O; ish = shares([G, B, O])
E = I - D("35.27"); basic = GB + D("104.18"); proj = E - basic; esh = shares([basic, proj])
Gp = D("5461.09"); dG, rG = chg(G, Gp); Ip = D("5702.33"); dI, rI = chg(I, Ip)
t = []; w = t.append
def para(s, width=38):
    """a paragraph broken at the page width, never inside a number (as pdftotext breaks a line between glyphs of text)"""
    k = 0
    while k < len(s):
        e = min(len(s), k + width)
        while e < len(s) and (s[e].isdigit() or s[e] in ".%") and (s[e - 1].isdigit() or s[e - 1] == "."):
            e += 1
        w(s[k:e]); k = e
w("伊春市林业和草原局")
w("2019年度部门决算")
w("")
w("第一部分 部门概况")
para(f"伊春市林业和草原局负责全市森林、草原、湿地资源的监督管理，组织天然林保护、国土绿化和森林防火工作。局机关设{C(9,'内设科室')}个科室，所属林业工作总站、森林病虫害防治检疫站等{C(5,'所属事业单位')}个事业单位。年末实有在职人员{C(186,'在职人员')}人。全年完成造林{V(D('3.86'),'万亩',what='造林面积',nd=2)}万亩，森林覆盖率{P(D('83.80'),'森林覆盖率')}%。")
w("")
w("第二部分 2019年度部门决算情况说明")
w("一、收入决算情况说明")
para(f"2019年度本年收入合计{V(I,what='本年收入合计')}万元，比上年{word(dI)}{V(abs(dI),what='本年收入变动')}万元，{word(dI,'增长','下降')}{P(rI,'本年收入变动率')}%，主要原因是天然林保护工程全面停伐补助资金调整。其中：财政拨款收入{V(G,what='财政拨款收入')}万元，占{P(ish[0],'财政拨款收入占比')}%；事业收入{V(B,what='事业收入')}万元，占{P(ish[1],'事业收入占比')}%；其他收入{V(O,what='其他收入')}万元，占{P(ish[2],'其他收入占比')}%。")
w("")
w("收入决算表")
w("单位：万元")
for c in ["项目", "本年收入合计", "财政拨款收入", "事业收入", "其他收入", "合计"]:
    w(c)
for c in [V(I), V(G), V(B), V(O)]:
    w(c)
for n, a, b, o in [("行政单位（局机关）", GB * 0 + D("1201.45"), D("0"), D("3.20")), ("事业单位", G - D("1201.45"), B, O - D("3.20"))]:
    w(n)
    w(V(a + b + o, what=n + '收入合计'))
    w(V(a, what=n + '财政拨款'))
    if b: w(V(b))
    w(V(o, what=n + '其他收入'))
w("")
w("二、支出决算情况说明")
para(f"2019年度本年支出合计{V(E,what='本年支出合计')}万元，其中：基本支出{V(basic,what='基本支出')}万元，占{P(esh[0],'基本支出占比')}%；项目支出{V(proj,what='项目支出')}万元，占{P(esh[1],'项目支出占比')}%。")
w("")
w("三、一般公共预算财政拨款支出决算情况说明")
para(f"2019年度一般公共预算财政拨款支出{V(G)}万元，比上年{word(dG)}{V(abs(dG),what='财政拨款支出变动')}万元，{word(dG,'增长','下降')}{P(rG,'财政拨款支出变动率')}%。其中基本支出{V(GB,what='财政拨款基本支出')}万元，项目支出{V(GP,what='财政拨款项目支出')}万元。分项目情况见下表。")
w("")
w("一般公共预算财政拨款支出决算表")
w("单位：万元")
for c in ["科目编码", "科目名称", "合计", "基本支出", "项目支出"]:
    w(c)
w("合计")
for c in [V(G), V(GB), V(GP)]:
    w(c)
for c, n, b, p in items:
    w(c)
    w(n)
    w(V(b + p, what=c))
    if b: w(V(b))
    if p: w(V(p))
w("")
w("四、“三公”经费财政拨款支出决算情况说明")
run, rec, runp, recp = D("32.64"), D("4.18"), D("36.90"), D("5.02")
s, sp = run + rec, runp + recp; ds, rs = chg(s, sp)
para(f"2019年度“三公”经费财政拨款支出{V(s,what='三公经费')}万元，比上年{word(ds)}{V(abs(ds),what='三公变动')}万元，{word(ds,'增长','下降')}{P(rs,'三公变动率')}%。其中：公务用车运行维护费{V(run,what='运行维护费')}万元，主要用于森林防火巡护用车{C(14,'巡护用车')}辆的燃料、维修和保险；公务接待费{V(rec,what='公务接待费')}万元，接待{C(19,'接待批次')}批次、{C(102,'接待人次')}人次。因公出国（境）费和公务用车购置费均为0。")
w("")
w("五、其他重要事项的情况说明")
para(f"（一）机关运行经费：2019年度局机关运行经费{V(D('121.36'),what='机关运行经费')}万元。（二）国有资产占用情况：截至2019年12月31日，共有车辆{C(17,'车辆')}辆，其中应急保障用车{C(14,'应急保障用车')}辆、其他用车{C(3,'其他用车')}辆；单位价值50万元以上通用设备{C(2,'50万元以上设备')}台（套）。")
d.note("the two tables are one cell per line; empty cells (基本支出 or 项目支出 of a 项) are dropped, as pdftotext does without -layout; prose lines are broken every 38 characters (never inside a number).")
d.write("\n".join(t) + "\n")
