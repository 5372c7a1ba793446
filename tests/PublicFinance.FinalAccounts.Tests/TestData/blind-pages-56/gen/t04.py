from lib import *
d = Doc("t04", "包头市青山区档案馆 2014 complete 说明 of an **档案馆** (事业单位) on the **公共财政预算** basis (2012604 档案馆, 2012699, 2080502, 2100502): **two `单位：万元` tables whose columns are aligned with spaces**, both with **`上年决算数` / `本年决算数` columns** (the first also `增减额` and `增减率（%）`, signed with `-`), then prose; 三公 with 上年; amounts in 万元.")
V, P, C = d.v, d.p, d.c
items = [("2012604", "档案馆", D("186.42"), D("201.37")),
         ("2012699", "其他档案事务支出", D("35.00"), D("48.60")),
         ("2080502", "事业单位离退休", D("24.60"), D("23.08")),
         ("2100502", "事业单位医疗", D("9.86"), D("10.42")),
         ("2210201", "住房公积金", D("12.30"), D("13.15"))]
rows2 = None
Gp = sum(i[2] for i in items); G = sum(i[3] for i in items)
Op, O = D("4.65"), D("4.20"); Ip, I = Gp + Op, G + O
Pp, Pj = D("35.00"), D("48.60")  # 项目支出 = 2012699
Bp, B = Ip - Pp, I - Pj
rows = [("一、收入合计", Ip, I, "收入合计"), ("  公共财政预算拨款收入", Gp, G, "公共财政预算拨款收入"), ("  其他收入", Op, O, "其他收入"),
        ("二、支出合计", Ip, I, "支出合计"), ("  基本支出", Bp, B, "基本支出"), ("  项目支出", Pp, Pj, "项目支出")]
t = []; w = t.append
w("包头市青山区档案馆2014年度部门决算公开说明")
w("")
w("一、基本情况")
w(f"青山区档案馆为区政府直属全额拨款事业单位，负责全区党政机关、企事业单位档案的接收、保管和开发利用，指导全区档案工作。核定事业编制{C(15,'事业编制')}名，年末实有在职人员{C(14,'在职人员')}人，退休人员{C(6,'退休人员')}人。年末馆藏档案{C(126843,'馆藏档案（卷）')}卷，全年接待查档利用{C(3215,'查档人次')}人次。")
w("")
w("二、收入支出决算情况")
w("表一 收入支出决算对比表")
w("                                                        单位：万元")
W = [26, 12, 12, 10, 12]
def line(cells):
    return (ljw(cells[0], W[0]) + "".join(rjw(c, wd) for c, wd in zip(cells[1:], W[1:]))).rstrip()
w(line(["项目", "上年决算数", "本年决算数", "增减额", "增减率（%）"]))
for lbl, p, c, what in rows:
    dd, rr = chg(c, p)
    w(line([lbl, V(p, what=what + '上年'), V(c, what=what + '本年'), V(dd, what=what + '增减额'), ("-" if dd < 0 else "") + P(rr, what + '增减率')]))
w("")
w(f"2014年度收入合计{V(I)}万元，其中公共财政预算拨款收入{V(G)}万元，占{P(pct(G,I),'财政拨款占比')}%；其他收入{V(O)}万元，为档案复制服务收入。支出合计{V(I)}万元，与收入相等，无年末结转和结余。收入、支出较上年增加，主要是新增馆藏档案数字化加工项目。")
w("")
w("三、公共财政预算拨款支出决算情况")
w("表二 公共财政预算拨款支出决算表（按功能分类项级科目）")
w("                                                        单位：万元")
W2 = [10, 26, 12, 12]
def line2(cells):
    return (cells[0].ljust(W2[0]) + ljw(cells[1], W2[1]) + "".join(rjw(c, wd) for c, wd in zip(cells[2:], W2[2:]))).rstrip()
w(line2(["科目编码", "科目名称", "上年决算数", "本年决算数"]))
w(line2(["", "合计", V(Gp), V(G)]))
for c, n, p, a in items:
    w(line2([c, n, V(p, what=c + '上年'), V(a, what=c)]))
w("")
w(f"其中，档案馆（2012604）支出{V(D('201.37'))}万元，主要用于人员工资和馆舍日常运转；其他档案事务支出（2012699）{V(D('48.60'))}万元，用于{C(4200,'数字化档案（卷）')}卷重点档案数字化扫描和著录。")
w("")
w("四、“三公”经费支出情况")
run, rec, runp, recp = D("2.84"), D("0.46"), D("3.12"), D("0.71")
s, sp = run + rec, runp + recp; ds, rs = chg(s, sp)
w(f"2014年度“三公”经费支出{V(s,what='三公经费')}万元，比上年{word(ds)}{V(abs(ds),what='三公变动')}万元，{word(ds,'增长','下降')}{P(rs,'三公变动率')}%。其中：公务用车运行维护费{V(run,what='运行维护费')}万元，上年{V(runp,what='运行维护费上年')}万元；公务接待费{V(rec,what='公务接待费')}万元，上年{V(recp,what='公务接待费上年')}万元；因公出国（境）费和公务用车购置费均为0。年末公务用车保有量{C(1,'公务用车')}辆。")
d.note("in table 一 the 支出合计 row repeats the 收入合计 row (recorded once); 项目支出 = 2012699 (recorded once); 增减额 and 增减率 of decreases carry `-` (truth by absolute value).")
d.note("表二's 合计 row equals 公共财政预算拨款收入 (上年 and 本年).")
d.write("\n".join(t) + "\n")
