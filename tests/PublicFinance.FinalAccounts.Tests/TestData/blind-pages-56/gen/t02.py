from lib import *
d = Doc("t02", "常德市消防救援支队 2020 complete 说明 of a **消防救援支队** (2240201…2240299 消防事务): a **space-aligned 一般公共预算财政拨款支出决算表 with 类, 款 and 项 in separate columns** (`类  款  项  科目名称  合计  基本支出  项目支出`, 类/款 subtotal rows, blank cells), the 类 shares in prose, `较上年增加/减少…万元，增长/下降…%`; 三公 (公务用车 only); 国有资产 (房屋 平方米, 消防车 辆, 单价50万元以上设备); amounts in 万元.")
V, P, C = d.v, d.p, d.c
# (类, 款, 项, name, basic, project)
rows = [("224", "02", "01", "行政运行", D("2856.40"), D("0")),
        ("224", "02", "02", "一般行政管理事务", D("0"), D("412.75")),
        ("224", "02", "04", "消防应急救援", D("0"), D("1638.92")),
        ("224", "02", "99", "其他消防事务支出", D("0"), D("264.30")),
        ("208", "05", "05", "机关事业单位基本养老保险缴费支出", D("318.46"), D("0")),
        ("208", "05", "06", "机关事业单位职业年金缴费支出", D("127.38"), D("0")),
        ("210", "11", "01", "行政单位医疗", D("146.27"), D("0")),
        ("221", "02", "01", "住房公积金", D("235.80"), D("0"))]
names = {"224": "灾害防治及应急管理支出", "22402": "消防事务", "208": "社会保障和就业支出", "20805": "行政事业单位养老支出",
         "210": "卫生健康支出", "21011": "行政事业单位医疗", "221": "住房保障支出", "22102": "住房改革支出"}
def lei_tot(rs):
    out = {}
    for r in rs: out[r[0]] = out.get(r[0], 0) + r[4] + r[5]
    return out
lt = lei_tot(rows)
order = ["224", "208", "210", "221"]
tuned = tune([lt[k] for k in order], 3)
rows[7] = rows[7][:4] + (rows[7][4] + tuned[3] - lt["221"], D("0"))
lt = lei_tot(rows); lsh = shares([lt[k] for k in order])
T = sum(lt.values()); TB = sum(r[4] for r in rows); TP = sum(r[5] for r in rows)
true_row = D("1638.92"); planted = swap(true_row, 2)
d.plant("2240204 消防应急救援 合计 in the table (a total not the sum of 基本支出 + 项目支出)", fmt(planted), fmt(true_row),
        f"基本支出 blank + 项目支出 1638.92 = 1638.92; the 款 22402 subtotal {fmt(sum(r[4]+r[5] for r in rows if r[0]=='224'))} also takes 1638.92")
Tp = D("5681.37"); dT, rT = chg(T, Tp)
O = D("86.20"); G = T + D("31.75"); I = G + O; ish = shares([G, O])
t = []; w = t.append
w("常德市消防救援支队2020年度部门决算公开说明")
w("")
w("一、部门基本情况")
w(f"常德市消防救援支队负责全市火灾预防、火灾扑救和以抢救人员生命为主的应急救援工作。支队机关设{C(8,'机关处室')}个处室，下辖{C(9,'大队')}个大队、{C(23,'消防救援站')}个消防救援站，年末在编消防救援人员{C(612,'在编消防救援人员')}名，政府专职消防队员{C(287,'政府专职消防队员')}名。")
w("")
w("二、收入支出决算总体情况")
w(f"2020年度本年收入合计{V(I,what='本年收入合计')}万元，其中：财政拨款收入{V(G,what='财政拨款收入')}万元，占{P(ish[0],'财政拨款收入占比')}%；其他收入{V(O,what='其他收入')}万元，占{P(ish[1],'其他收入占比')}%。本年支出合计{V(T+O,what='本年支出合计')}万元，年末结转和结余{V(G-T,what='年末结转和结余')}万元。")
w("")
w("三、一般公共预算财政拨款支出决算情况")
w(f"2020年度一般公共预算财政拨款支出{V(T,what='一般公共预算财政拨款支出')}万元，较上年{word(dT)}{V(abs(dT),what='财政拨款支出变动')}万元，{word(dT,'增长','下降')}{P(rT,'财政拨款支出变动率')}%，主要原因是新增灭火救援装备购置和特勤站建设项目。按支出功能分类，灾害防治及应急管理支出{V(lt['224'],what='224 类')}万元，占{P(lsh[0],'224 占比')}%；社会保障和就业支出{V(lt['208'],what='208 类')}万元，占{P(lsh[1],'208 占比')}%；卫生健康支出{V(lt['210'],what='210 类')}万元，占{P(lsh[2],'210 占比')}%；住房保障支出{V(lt['221'],what='221 类')}万元，占{P(lsh[3],'221 占比')}%。")
w("")
w("一般公共预算财政拨款支出决算表")
w("单位：万元")
W = [4, 4, 4, 36, 11, 11, 11]
def line(c1, c2, c3, nm, a, b, p):
    return (c1.ljust(W[0]) + c2.ljust(W[1]) + c3.ljust(W[2]) + ljw(nm, W[3]) + rjw(a, W[4]) + rjw(b, W[5]) + rjw(p, W[6])).rstrip()
def cell(x, what=""):
    return V(x, what=what) if x != 0 else ""
w(line("类", "款", "项", "科目名称", "合计", "基本支出", "项目支出"))
w(line("", "", "", "合计", V(T), V(TB, what='基本支出'), V(TP, what='项目支出')))
for L in order:
    rs = [r for r in rows if r[0] == L]
    w(line(L, "", "", names[L], V(lt[L]), cell(sum(r[4] for r in rs), L+' 基本'), cell(sum(r[5] for r in rs), L+' 项目')))
    for K in dict.fromkeys(r[1] for r in rs):
        ks = [r for r in rs if r[1] == K]
        kb, kp = sum(r[4] for r in ks), sum(r[5] for r in ks)
        w(line("", K, "", names[L+K], V(kb+kp, what=L+K+' 款'), cell(kb, L+K+' 基本'), cell(kp, L+K+' 项目')))
        for r in ks:
            code = r[0] + r[1] + r[2]
            tot = r[4] + r[5]
            shown = planted if code == "2240204" else tot
            w(line("", "", r[2], r[3], V(shown, what=code + ('（planted 合计）' if shown != tot else '')), cell(r[4], code+' 基本'), cell(r[5], code + ' 项目')))
w("")
w("四、“三公”经费支出决算情况")
run = D("42.36"); runp = D("47.90"); dr, rr = chg(run, runp)
w(f"2020年度“三公”经费支出{V(run,what='三公经费 = 公务用车运行维护费')}万元，全部为公务用车运行维护费，较上年{word(dr)}{V(abs(dr),what='三公变动')}万元，{word(dr,'增长','下降')}{P(rr,'三公变动率')}%；因公出国（境）费、公务用车购置费和公务接待费均为0。年末保有公务用车{C(14,'公务用车')}辆（不含执勤消防车辆）。")
w("")
w("五、国有资产占用情况")
w(f"截至2020年12月31日，支队共有房屋{V(D('68420.5'),'平方米',what='房屋面积',nd=1)}平方米，其中营房{V(D('51236.8'),'平方米',what='营房面积',nd=1)}平方米；执勤消防车辆{C(96,'执勤消防车辆')}辆；单价50万元以上通用设备{C(11,'50万元以上通用设备')}台（套），单价100万元以上专用设备{C(27,'100万元以上专用设备')}台（套）。")
d.note("the 行政运行 row's 合计 equals its 基本支出 (recorded once), and 款 rows equal their 类 row where a 类 has one 款 (recorded once).")
d.note("the 合计 row's 合计 is the 一般公共预算财政拨款支出 of the prose.")
d.write("\n".join(t) + "\n")
