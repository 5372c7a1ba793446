from lib import *
d = Doc("t08", "开封市归国华侨联合会 2022 complete 说明 of a 群团 (侨联; 群众团体事务 2012901…2012999): prose with `较上年` changes and 类 shares, and the 一般公共预算财政拨款支出 table **pasted from Excel as tab-separated values** (`科目编码⇥科目名称⇥合计⇥基本支出⇥项目支出`) with 类, 款 and 项 rows, the 合计 row first and empty cells for zero; amounts in 万元.")
V, P, C = d.v, d.p, d.c
items = [("2012901", "行政运行", D("186.42"), D("0")),
         ("2012902", "一般行政管理事务", D("0"), D("38.60")),
         ("2012999", "其他群众团体事务", D("0"), D("64.35")),
         ("2080505", "机关事业单位基本养老保险缴费支出", D("24.18"), D("0")),
         ("2080506", "机关事业单位职业年金缴费支出", D("9.67"), D("0")),
         ("2101101", "行政单位医疗", D("8.36"), D("0")),
         ("2210201", "住房公积金", D("18.90"), D("0"))]
kuan = {"20129": "群众团体事务", "20805": "行政事业单位养老支出", "21011": "行政事业单位医疗", "22102": "住房改革支出"}
cn = {"201": "一般公共服务支出", "208": "社会保障和就业支出", "210": "卫生健康支出", "221": "住房保障支出"}
Gb = sum(i[2] for i in items); Gp_ = sum(i[3] for i in items); G = Gb + Gp_
cls = {}
for c, n, b, p in items: cls[c[:3]] = cls.get(c[:3], D(0)) + b + p
csh = shares(list(cls.values()))
wrong = D("85.26"); assert csh[0] == D("82.56"), csh
c201 = list(cls.values())[0]
d.plant("一般公共服务支出 share of the 一般公共预算财政拨款支出", "85.26", "82.56", f"{c201} / {G} = 82.56%; digits swapped; with the stated 85.26 the four shares add to {wrong + sum(csh[1:])}")
F = G; O = D("1.26"); I = F + O; E = G + D("0.84")
Ip, Ep = D("371.05"), D("368.92"); dI, rI = chg(I, Ip); dE, rE = chg(E, Ep)
ish = shares([F, O]); basic = Gb + D("0.84"); proj = Gp_; esh = shares([basic, proj])
A = D("12.46"); Y = A + I - E
Bud = D("362.00"); Gpv = D("366.73"); dG, rG = chg(G, Gpv)
t = []; w = t.append
w("开封市归国华侨联合会2022年度部门决算"); w("")
w("第一部分　部门概况"); w("")
w("一、主要职能")
w("开封市归国华侨联合会是由全市归侨、侨眷组成的人民团体，主要职责是维护归侨侨眷和海外侨胞的合法权益，联系海外侨胞，开展侨界文化交流，为开封经济社会发展服务。")
w("二、机构设置")
w(f"本部门为一级预算单位，无下属单位。内设办公室、联络部、权益保障部{C(3,'内设机构')}个部室，行政编制{C(12,'行政编制')}名，年末实有人员{C(11,'实有人员')}人。")
w("")
w("第二部分　2022年度部门决算情况说明"); w("")
w("一、收入支出决算总体情况说明")
w(f"2022年度收入总计{V(A+I,what='收入总计')}万元，支出总计{V(A+I)}万元。本年收入合计{V(I,what='本年收入合计')}万元，较上年{word(dI)}{V(abs(dI),what='本年收入变动')}万元，{word(dI,'增长','下降')}{P(rI,'本年收入变动率')}%；本年支出合计{V(E,what='本年支出合计')}万元，较上年{word(dE)}{V(abs(dE),what='本年支出变动')}万元，{word(dE,'增长','下降')}{P(rE,'本年支出变动率')}%，主要原因是受疫情影响，海外联谊活动和侨界文化交流活动减少。")
w("")
w("二、收入决算情况说明")
w(f"本年收入合计{V(I)}万元，其中：财政拨款收入{V(F,what='财政拨款收入')}万元，占{P(ish[0],'财政拨款占比')}%；其他收入{V(O,what='其他收入')}万元，占{P(ish[1],'其他收入占比')}%。")
w("")
w("三、支出决算情况说明")
w(f"本年支出合计{V(E)}万元，其中：基本支出{V(basic,what='基本支出')}万元，占{P(esh[0],'基本支出占比')}%；项目支出{V(proj,what='项目支出')}万元，占{P(esh[1],'项目支出占比')}%。年初结转和结余{V(A,what='年初结转和结余')}万元，年末结转和结余{V(Y,what='年末结转和结余')}万元。")
w("")
w("四、一般公共预算财政拨款支出决算情况说明")
w(f"2022年度一般公共预算财政拨款支出{V(G,what='一般公共预算财政拨款支出')}万元，较上年{word(dG)}{V(abs(dG),what='财政拨款支出变动')}万元，{word(dG,'增长','下降')}{P(rG,'财政拨款支出变动率')}%；年初预算{V(Bud,what='年初预算')}万元，支出决算完成年初预算的{P(pct(G,Bud),'完成年初预算%')}%。")
parts = []
for k, ((c, a), s) in enumerate(zip(cls.items(), csh)):
    parts.append(f"{cn[c]}{V(a,what=c)}万元，占{P(wrong if k == 0 else s, c+'占比' + ('（错）' if k == 0 else ''))}%")
w("从支出结构看，" + "；".join(parts) + "。具体见下表：")
w("")
w("一般公共预算财政拨款支出决算表")
w("单位：万元")
T = "\t"
w(T.join(["科目编码", "科目名称", "合计", "基本支出", "项目支出"]))
def cell(x): return fmt(x) if x else ""
w(T.join(["", "合计", V(G), V(Gb, what='表 基本支出合计'), V(Gp_, what='表 项目支出合计')]))
seen = set()
for c, n, b, p in items:
    if c[:3] not in seen:
        seen.add(c[:3]); cb = sum(i[2] for i in items if i[0][:3] == c[:3]); cp = sum(i[3] for i in items if i[0][:3] == c[:3])
        w(T.join([c[:3], cn[c[:3]], fmt(cb + cp), cell(cb), cell(cp)]))
        if cp: V(cp, what=c[:3] + '项目'); 
        if cb: V(cb, what=c[:3] + '基本')
    if c[:5] not in seen:
        seen.add(c[:5]); kb = sum(i[2] for i in items if i[0][:5] == c[:5]); kp = sum(i[3] for i in items if i[0][:5] == c[:5])
        w(T.join([c[:5], kuan[c[:5]], V(kb + kp, what=c[:5]), cell(kb), cell(kp)]))
        if kb: V(kb, what=c[:5] + '基本')
    w(T.join([c, n, V(b + p, what=c), cell(b), cell(p)]))
w("")
w("五、“三公”经费财政拨款支出决算情况说明")
rec = D("1.86"); recp = D("2.74"); dR, rR = chg(rec, recp)
w(f"2022年度“三公”经费财政拨款支出{V(rec,what='三公合计')}万元，全部为公务接待费，较上年{word(dR)}{V(abs(dR),what='三公变动')}万元，{word(dR,'增长','下降')}{P(rR,'三公变动率')}%，共接待{C(6,'接待批次')}批次{C(35,'接待人次')}人次。本部门无因公出国（境）费，无公务用车购置及运行维护费，年末无公务用车。")
w("")
w("六、机关运行经费支出情况说明")
w(f"2022年度机关运行经费支出{V(D('27.54'),what='机关运行经费')}万元，主要用于办公费、水电费、邮电费和差旅费等。")
w("")
w("七、政府采购和国有资产情况说明")
w(f"2022年度政府采购支出总额{V(D('6.80'),what='政府采购总额')}万元，全部为货物类，授予中小企业合同金额{V(D('6.80'))}万元。截至2022年12月31日，本部门固定资产原值{V(D('74.62'),what='固定资产原值')}万元，无车辆，无单位价值50万元以上通用设备。")
t.append("")
d.note("表为 Excel 复制出的制表符分隔文本；合计行科目编码为空，零值单元格为空。类、款、项的合计/基本/项目各列都可由下级求和。")
d.note("收入总计＝支出总计，财政拨款收入＝一般公共预算财政拨款支出，政府采购总额＝中小企业合同金额（各同值一次）；表中与正文相同的金额同值一次。")
d.write("\n".join(t))
