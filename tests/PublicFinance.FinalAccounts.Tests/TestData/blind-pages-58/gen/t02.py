from lib import *
d = Doc("t02", "遂宁市船山区劳动人事争议仲裁院 2016 complete 说明 of a **劳动人事争议仲裁院** (参公; 2080112 劳动人事争议调解仲裁, 2080101, 2080505, 2101101, 2210201) **scraped from a web page into one line with full-width digits** (`３８６．４２万元`, `９６．８０％`): breadcrumb, `发布时间：`, `浏览次数：`, sections joined by spaces, footer; `比上年增加/减少…万元，增长/下降…％`; counts of 件 and 结案率; 三公 with 上年; 机关运行经费; 政府采购; amounts in 万元.")
def F(x, unit="万元", what="", nd=2):
    return fw(d.v(x, unit, what, nd))
def FP(x, what): return fw(d.p(x, what))
def FC(n, what): return fw(d.c(n, what))
G, O = D("368.74"), D("17.68"); G, O = tune([G, O], 1); I = G + O; ish = shares([G, O])
B, Pj = D("312.64"), D("68.95"); E = B + Pj; esh = shares([B, Pj])
Ip, Ep = D("352.18"), D("349.27"); dI, rI = chg(I, Ip); dE, rE = chg(E, Ep)
E_shown = swap(E, 1)
d.plant("本年支出合计 (a total that is not the sum of its parts)", fmt(E_shown), fmt(E),
        f"基本支出 {fmt(B)} + 项目支出 {fmt(Pj)} = {fmt(E)}; the text prints {fmt(E_shown)} (two digits swapped; the shares and the change are computed with {fmt(E)})")
items = [("2080112", "劳动人事争议调解仲裁", D("246.37"), D("221.05")), ("2080505", "机关事业单位基本养老保险缴费支出", D("38.62"), D("0")),
         ("2101101", "行政单位医疗", D("14.85"), D("13.92")), ("2210201", "住房公积金", D("27.46"), D("25.80"))]
X = sum(i[2] for i in items); Xp = sum(i[3] for i in items); dX, rX = chg(X, Xp)
cases, closed = 1286, 1248
s = []; w = s.append
w("首页 > 政务公开 > 财政预决算 > 部门决算")
w(f"遂宁市船山区劳动人事争议仲裁院{fw('2016')}年度部门决算公开说明 发布时间：{fw('2017-09-18 10:26')} 浏览次数：{fw('316')} 【字体：大 中 小】")
w(f"第一部分 部门概况 一、主要职能 受理、调解和裁决辖区内劳动人事争议案件，指导基层调解组织开展工作。二、机构设置 本院为区人力资源和社会保障局所属参照公务员法管理的事业单位，内设立案庭、仲裁庭、综合办公室{FC(3,'内设机构')}个，编制{FC(18,'编制')}名，实有人员{FC(16,'实有人员')}人。{fw('2016')}年受理劳动人事争议案件{FC(cases,'受理案件（件）')}件，结案{FC(closed,'结案（件）')}件，结案率{FP(pct(closed,cases),'结案率')}％。")
w(f"第二部分 {fw('2016')}年度部门决算情况说明 一、收入支出决算总体情况 {fw('2016')}年度本年收入合计{F(I,what='本年收入合计')}万元，比上年{word(dI)}{F(abs(dI),what='收入变动额')}万元，{word(dI,'增长','下降')}{FP(rI,'收入变动率')}％。其中：财政拨款收入{F(G,what='财政拨款收入')}万元，占{FP(ish[0],'财政拨款收入占比')}％；其他收入{F(O,what='其他收入')}万元，占{FP(ish[1],'其他收入占比')}％，为上级业务经费补助。本年支出合计{F(E_shown,what='本年支出合计（planted）')}万元，比上年{word(dE)}{F(abs(dE),what='支出变动额')}万元，{word(dE,'增长','下降')}{FP(rE,'支出变动率')}％，主要原因是新增仲裁庭标准化建设项目。其中：基本支出{F(B,what='基本支出')}万元，占{FP(esh[0],'基本支出占比')}％；项目支出{F(Pj,what='项目支出')}万元，占{FP(esh[1],'项目支出占比')}％。")
parts = []
for k, (c, n, a, p) in enumerate(items, 1):
    if p:
        dd, rr = chg(a, p)
        parts.append(f"（{fw(str(k))}）{n}（{fw(c)}）{F(a,what=c)}万元，比上年{word(dd)}{F(abs(dd),what=c+'变动额')}万元，{word(dd,'增长','下降')}{FP(rr,c+'变动率')}％")
    else:
        parts.append(f"（{fw(str(k))}）{n}（{fw(c)}）{F(a,what=c)}万元，上年无此项支出")
w(f"二、财政拨款支出决算情况 {fw('2016')}年度财政拨款支出{F(X,what='财政拨款支出')}万元，比上年{word(dX)}{F(abs(dX),what='财政拨款支出变动额')}万元，{word(dX,'增长','下降')}{FP(rX,'财政拨款支出变动率')}％。其中：" + "；".join(parts) + "。")
veh, vehp, rec, recp = D("3.84"), D("4.26"), D("0.92"), D("1.35")
sa, sp = veh + rec, vehp + recp; dS, rS = chg(sa, sp)
w(f"三、“三公”经费支出情况 {fw('2016')}年度“三公”经费支出{F(sa,what='三公合计')}万元，比上年{word(dS)}{F(abs(dS),what='三公变动额')}万元，{word(dS,'增长','下降')}{FP(rS,'三公变动率')}％。其中：因公出国（境）费为{fw('0')}；公务用车运行维护费{F(veh,what='公务用车运行维护费')}万元，上年{F(vehp,what='公务用车运行维护费上年')}万元，年末公务用车保有量{FC(2,'公务用车')}辆；公务接待费{F(rec,what='公务接待费')}万元，上年{F(recp,what='公务接待费上年')}万元，接待{FC(7,'接待批次')}批次{FC(38,'接待人次')}人次。")
ro, rop = D("41.26"), D("39.58"); dR, rR = chg(ro, rop)
w(f"四、机关运行经费支出情况 {fw('2016')}年度机关运行经费{F(ro,what='机关运行经费')}万元，比上年{word(dR)}{F(abs(dR),what='机关运行经费变动额')}万元，{word(dR,'增长','下降')}{FP(rR,'机关运行经费变动率')}％。")
pg, ps = D("18.40"), D("9.60")
w(f"五、政府采购支出情况 {fw('2016')}年度政府采购支出总额{F(pg+ps,what='政府采购总额')}万元，其中政府采购货物支出{F(pg,what='采购货物')}万元，政府采购服务支出{F(ps,what='采购服务')}万元。")
w(f"第三部分 名词解释 （一）财政拨款收入：指区级财政当年拨付的资金。（二）机关运行经费：指为保障行政单位（含参照公务员法管理的事业单位）运行用于购买货物和服务的各项资金。 【打印本页】【关闭窗口】 主办：遂宁市船山区人民政府办公室")
d.note("the whole page is one line with full-width digits (`．` decimal point, `％`); the truth is in half-width digits. Not figures: the dates `2017-09-18 10:26`, the 浏览次数 316, the year 2016, the codes, `（1）`… list numbers, 因公出国（境）费 `为0`.")
d.note("2080505 has no prior-year figure (`上年无此项支出`).")
d.write(" ".join(s) + "\n")
