from lib import *
d = Doc("t04", "喀喇沁旗旺业甸实验林场 (赤峰市) 2013 complete 说明 of a **国有林场** (差额事业单位) on the **公共财政预算** basis (2013 codes: 林业 2130204 林业事业机构, 2130205 森林培育, 2130209 森林生态效益补偿, 2130234 林业防灾减灾; 2080502, 2100502, 2210201), **scraped from a web page into one line**: the breadcrumb, `发布时间`, `【字体：大 中 小】` and the whole body joined with spaces, the footer `【打印本页】【关闭窗口】`; wording `比上年增加/下降了…`, `与上年持平`; 三公 with 上年 and a change amount; areas in 万亩/亩; amounts in 万元.")
V, P, C = d.v, d.p, d.c
G, O = D("1862.35"), D("148.60")
G, O = tune([G, O], 1); I = G + O; ish = shares([G, O])
B, Pj = D("1096.42"), D("897.14"); E = B + Pj; esh = shares([B, Pj])
Ip = D("1734.90"); dI, rI = chg(I, Ip); Ep = D("1786.25"); dE, rE = chg(E, Ep)
items = [("2130204", "林业事业机构", D("782.56"), D("746.30")),
         ("2130205", "森林培育", D("356.80"), D("298.45")),
         ("2130209", "森林生态效益补偿", D("412.35"), D("412.35")),
         ("2130234", "林业防灾减灾", D("118.40"), D("86.72")),
         ("2080502", "事业单位离退休", D("96.28"), D("102.64")),
         ("2100502", "事业单位医疗", D("31.46"), D("28.90")),
         ("2210201", "住房公积金", D("58.62"), D("52.18"))]
X = sum(i[2] for i in items); Xp = sum(i[3] for i in items); dX, rX = chg(X, Xp)
assert X <= G
parts = []
def ph(s): parts.append(s)
ph("首页 > 信息公开 > 财政预决算 > 部门决算")
ph("喀喇沁旗旺业甸实验林场2013年度部门决算公开说明")
ph("发布时间：2014-09-12 来源：旺业甸实验林场 【字体：大 中 小】")
ph(f"一、基本情况 旺业甸实验林场为旗林业局所属差额拨款事业单位，经营总面积{V(D('12.6'),'万亩',what='经营总面积（万亩）',nd=1)}万亩，其中有林地{V(D('10.8'),'万亩',what='有林地（万亩）',nd=1)}万亩；下设营林、防火、资源管护等{C(5,'股室')}个股室和{C(7,'营林区')}个营林区，年末在册职工{C(148,'在册职工')}人，离退休人员{C(96,'离退休人员')}人。")
ph(f"二、收入支出决算情况 2013年度收入合计{V(I,what='收入合计')}万元，比上年增加{V(dI,what='收入变动')}万元，增长{P(rI,'收入变动率')}%。其中公共财政预算拨款收入{V(G,what='公共财政预算拨款收入')}万元，占{P(ish[0],'拨款占比')}%；其他收入{V(O,what='其他收入')}万元，占{P(ish[1],'其他收入占比')}%，为林木抚育间伐收入。支出合计{V(E,what='支出合计')}万元，比上年增加{V(dE,what='支出变动')}万元，增长{P(rE,'支出变动率')}%，主要原因是天然林保护工程森林管护和中幼林抚育任务增加。其中基本支出{V(B,what='基本支出')}万元，占{P(esh[0],'基本支出占比')}%；项目支出{V(Pj,what='项目支出')}万元，占{P(esh[1],'项目支出占比')}%。")
s = f"三、公共财政预算拨款支出情况 2013年度公共财政预算拨款支出{V(X,what='拨款支出')}万元，比上年增加{V(dX,what='拨款支出变动')}万元，增长{P(rX,'拨款支出变动率')}%。"
for k, (c, n, a, p) in enumerate(items, 1):
    dd, rr = chg(a, p)
    if dd == 0:
        s += f"{k}.{n}（{c}）{V(a,what=c)}万元，与上年持平；"
    elif dd > 0:
        s += f"{k}.{n}（{c}）{V(a,what=c)}万元，比上年增加{V(dd,what=c+'变动')}万元，增长{P(rr,c+'变动率')}%；"
    else:
        s += f"{k}.{n}（{c}）{V(a,what=c)}万元，比上年下降了{P(rr,c+'变动率')}%；"
s = s[:-1] + "。"
s += f"森林培育支出主要用于人工造林{C(3200,'人工造林（亩）')}亩、中幼林抚育{C(15600,'中幼林抚育（亩）')}亩。"
ph(s)
run, runp, rec = D("14.36"), D("16.08"), D("2.40")
drun = runp - run
shown = swap(drun, 1)
d.plant("公务用车运行维护费 change (a change that is not the difference of the two years)", fmt(shown), fmt(drun),
        f"上年 {fmt(runp)} − 本年 {fmt(run)} = {fmt(drun)}; the text prints {fmt(shown)} (two digits swapped)")
S = run + rec; Sp = runp + rec; dS = Sp - S
ph(f"四、“三公”经费支出情况 2013年度“三公”经费支出{V(S,what='三公经费')}万元，上年{V(Sp,what='三公上年')}万元，比上年下降了{V(dS,what='三公变动')}万元。其中公务用车运行维护费{V(run,what='运行维护费')}万元，上年{V(runp,what='运行维护费上年')}万元，比上年下降了{V(shown,what='运行维护费变动（planted）')}万元，主要原因是严格控制车辆使用；公务接待费{V(rec,what='公务接待费')}万元，与上年持平；未发生因公出国（境）费和公务用车购置费。年末公务用车保有量{C(4,'公务用车')}辆，另有森林防火专用车{C(6,'防火车')}辆。")
ph("五、其他需要说明的事项 本林场无政府性基金预算收入和支出。")
ph("【打印本页】【关闭窗口】")
d.note("one line: the page's parts are joined with a space; `2014-09-12` is a date, `1.`…`7.` list numbers; the 三公 total falls by 1.72 (16.08 − 14.36, the 接待 unchanged), the 运行维护费 line prints 1.27.")
d.note("2130209 is unchanged (`与上年持平`); the falls of 2080502 are given as a rate only (`下降了…%`).")
d.write(" ".join(parts) + "\n")
