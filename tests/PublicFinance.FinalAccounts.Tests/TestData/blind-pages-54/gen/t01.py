from lib import *
d = Doc("t01", "阜阳市人民政府国有资产监督管理委员会 2020 complete 说明 **extracted with `pdftotext -layout`**: a running header and a `第 N 页 共 9 页` footer with form feeds between pages, the 一般公共预算财政拨款支出决算表 (类/款/项 × 合计/基本/项目, thousands separators) **split across two pages with its header repeated**; a 国有资本经营预算 section (`依次为`); 监管企业 资产 in 亿元; amounts in 万元.")
V, P, C = d.v, d.p, d.c
H = "阜阳市人民政府国有资产监督管理委员会 2020 年度部门决算"
# 项: code, name, basic, project
items = [("2150601", "行政运行", D("612.48"), D("0")),
         ("2150602", "一般行政管理事务", D("0"), D("186.35")),
         ("2150650", "事业运行", D("143.27"), D("0")),
         ("2150699", "其他国有资产监管支出", D("0"), D("264.90")),
         ("2080505", "机关事业单位基本养老保险缴费支出", D("78.64"), D("0")),
         ("2080506", "机关事业单位职业年金缴费支出", D("31.46"), D("0")),
         ("2101101", "行政单位医疗", D("29.85"), D("0")),
         ("2101102", "事业单位医疗", D("7.12"), D("0")),
         ("2210201", "住房公积金", D("62.73"), D("0"))]
kuan = {"21506": "国有资产监管", "20805": "行政事业单位养老支出", "21011": "行政事业单位医疗", "22102": "住房改革支出"}
lei = {"215": "资源勘探工业信息等支出", "208": "社会保障和就业支出", "210": "卫生健康支出", "221": "住房保障支出"}
Gb = sum(i[2] for i in items); Gp = sum(i[3] for i in items); G = Gb + Gp
def sums(prefix):
    b = sum(i[2] for i in items if i[0].startswith(prefix)); p = sum(i[3] for i in items if i[0].startswith(prefix)); return b + p, b, p
W = [10, 36, 14, 14, 14]
def row(code, name, t, b, p, ind=0):
    f = lambda x: V(x, what=f"{code or '合计'} {name} " + ("" if False else ""), sep=True) if x else ""
    cells = [V(t, what=f"{code or ''}{name}合计", sep=True) if t else "", V(b, what=f"{code or ''}{name}基本支出", sep=True) if b else "",
             V(p, what=f"{code or ''}{name}项目支出", sep=True) if p else ""]
    return (ljw(code, 12) + ljw("  " * ind + name, 38) + "".join(rjw(c, 14) for c in cells)).rstrip()
hdr = [" " * 18 + "一般公共预算财政拨款支出决算表", " " * 60 + "单位：万元",
       ljw("科目编码", 12) + ljw("科目名称", 38) + rjw("合计", 14) + rjw("基本支出", 14) + rjw("项目支出", 14)]
# state enterprise budget (国有资本经营预算)
soe = [("2230105", "国有企业退休人员社会化管理补助支出", D("318.40")), ("2230201", "国有经济结构调整支出", D("1250.00")),
       ("2230299", "其他国有企业资本金注入", D("486.75"))]
S = sum(x[2] for x in soe)
wrongS = swap(S, 1)
d.plant("国有资本经营预算财政拨款支出 (a total that is not the sum of its parts)", fmt(wrongS), fmt(S),
        f"{' + '.join(fmt(x[2]) for x in soe)} = {fmt(S)}; digits swapped; the 国有资本经营预算财政拨款收入 {fmt(S)} (no carry-over) and the 财政拨款支出 total use {fmt(S)}")
O = D("46.20"); I = G + S + O
Ip = D("3012.57"); dI, rI = chg(I, Ip)
Ebasic = Gb + D("21.08"); Eproj = Gp + S + O - D("21.08") - D("35.40")
E = Ebasic + Eproj
A = D("84.16"); Y = A + I - E
esh = shares([Ebasic, Eproj])
fsh = shares([G, S])
t = []; w = t.append
def page(n):
    w(""); w(" " * 34 + f"第 {n} 页 共 9 页"); w("\f" + " " * 20 + H); w("")
w(" " * 20 + H); w("")
w("                       阜阳市人民政府国有资产监督管理委员会")
w("                           2020 年度部门决算情况说明"); w("")
w("第一部分  部门概况")
w("  一、主要职能")
w("  市国资委为市政府直属特设机构，根据授权代表市政府履行出资人职责，监管市属国有企业的国有资产，推进国有企业改革和")
w("重组，指导国有企业建立现代企业制度。")
w("  二、机构设置及人员情况")
w(f"  本部门决算包括委机关和所属事业单位阜阳市国有企业服务中心。委机关内设{C(9,'内设机构')}个机构，行政编制{C(26,'行政编制')}名，事业编制")
w(f"{C(12,'事业编制')}名；年末实有人员{C(35,'实有人员')}人。截至 2020 年底，市国资委履行出资人职责的企业{C(11,'监管企业户数')}户，资产总额{V(D('586.32'),'亿元','监管企业资产总额')}亿元，")
w(f"同比增长{P(D('7.45'),'资产总额增长率')}%。")
page(1)
w("第二部分  2020 年度部门决算情况说明")
w("  一、收入支出决算总体情况说明")
w(f"  2020 年度收入总计{V(A+I,what='收入总计',sep=True)}万元、支出总计{V(A+I,sep=True)}万元。本年收入合计{V(I,what='本年收入合计',sep=True)}万元，较上年增加")
w(f"{V(dI,what='本年收入变动')}万元，增长{P(rI,'本年收入增长率')}%，主要是国有资本经营预算安排的资本金注入增加；本年支出合计{V(E,what='本年支出合计',sep=True)}万元；")
w(f"年初结转和结余{V(A,what='年初结转和结余')}万元，年末结转和结余{V(Y,what='年末结转和结余')}万元。")
w("  二、收入决算情况说明")
w(f"  本年收入合计{V(I,sep=True)}万元，其中：一般公共预算财政拨款收入{V(G,what='一般公共预算财政拨款收入',sep=True)}万元，国有资本经营预算财政拨款收入")
w(f"{V(S,what='国有资本经营预算财政拨款收入',sep=True)}万元，其他收入{V(O,what='其他收入')}万元。")
w("  三、支出决算情况说明")
w(f"  本年支出合计{V(E,sep=True)}万元，其中：基本支出{V(Ebasic,what='基本支出',sep=True)}万元，占{P(esh[0],'基本支出占比')}%；项目支出{V(Eproj,what='项目支出',sep=True)}万元，占")
w(f"{P(esh[1],'项目支出占比')}%。")
w("  四、财政拨款支出决算总体情况说明")
w(f"  2020 年度财政拨款支出{V(G+S,what='财政拨款支出合计',sep=True)}万元，其中一般公共预算财政拨款支出占{P(fsh[0],'一般公共预算占比')}%，国有资本经营预算财政")
w(f"拨款支出占{P(fsh[1],'国有资本经营预算占比')}%。")
w("  五、一般公共预算财政拨款支出决算情况说明")
w(f"  2020 年度一般公共预算财政拨款支出{V(G,sep=True)}万元，具体见下表。")
w("")
rows = [("", "合计") + sums("")]
for L in ["215", "208"]:
    rows.append((L, lei[L]) + sums(L))
    for K in [k for k in kuan if k.startswith(L)]:
        rows.append((K, kuan[K]) + sums(K))
        for it in items:
            if it[0].startswith(K): rows.append((it[0], it[1], it[2] + it[3], it[2], it[3]))
rows2 = []
for L in ["210", "221"]:
    rows2.append((L, lei[L]) + sums(L))
    for K in [k for k in kuan if k.startswith(L)]:
        rows2.append((K, kuan[K]) + sums(K))
        for it in items:
            if it[0].startswith(K): rows2.append((it[0], it[1], it[2] + it[3], it[2], it[3]))
for h in hdr: w(h)
for r in rows: w(row(r[0], r[1], r[2], r[3], r[4], ind=(len(r[0]) - 3) // 2 if r[0] else 0))
page(2)
w(" " * 18 + "一般公共预算财政拨款支出决算表（续）")
w(hdr[2])
for r in rows2: w(row(r[0], r[1], r[2], r[3], r[4], ind=(len(r[0]) - 3) // 2))
w("")
w("  六、国有资本经营预算财政拨款支出决算情况说明")
w(f"  2020 年度国有资本经营预算财政拨款支出{V(wrongS,what='国有资本经营预算财政拨款支出（错）',sep=True)}万元，依次为：国有企业退休人员社会化管理补助支出（2230105）")
w(f"{V(soe[0][2],what='2230105')}万元，国有经济结构调整支出（2230201）{V(soe[1][2],what='2230201',sep=True)}万元，其他国有企业资本金注入（2230299）{V(soe[2][2],what='2230299')}万元。")
w("主要用于市属企业退休人员社会化移交补助和市投资集团、市城建集团的资本金注入。")
w("  七、机关运行经费支出情况说明")
w(f"  2020 年度委机关运行经费支出{V(D('58.63'),what='机关运行经费')}万元，较上年减少{V(D('4.17'),what='机关运行经费变动')}万元，下降{P(pct(D('4.17'),D('62.80')),'机关运行经费下降率')}%，主要是压减")
w("会议费和差旅费。")
page(3)
w("第三部分  名词解释")
w("  1．国有资本经营预算财政拨款收入：指本级财政当年拨付的国有资本经营预算资金。")
w("  2．年初结转和结余：指以前年度尚未完成、结转到本年按有关规定继续使用的资金。")
w("")
w(" " * 34 + "第 4 页 共 9 页")
d.note("pdftotext -layout：页眉（部门名与年度）、页脚 `第 N 页 共 9 页`、换页符 \\f；表跨页，续页重复表头；页码、年度、`2020 年底`不是数字。")
d.note("类/款/项同值金额只记一次（如 2080505 行与其款合计不同值时分别记）；收入总计＝支出总计只记一次。")
d.note("国有资本经营预算财政拨款收入 = 三项支出之和（无年初结转），印刷的支出合计数字对调。")
d.write("\n".join(t) + "\n")
