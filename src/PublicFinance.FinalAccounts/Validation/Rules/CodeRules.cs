using System;
using System.Collections.Generic;

namespace PublicFinance.FinalAccounts.Validation.Rules;

/// <summary>The catalogue entries of the rules implemented in code (代码实现的规则目录).</summary>
internal static class CodeRules
{
    private static CodeRule R(string id, RuleCategory category, Severity severity, string zh, string en, string formula, string basis, Action<ValidationContext> check) =>
        new(new RuleDescriptor(id, category, severity, zh, en, formula, basis), check);

    public static IEnumerable<IValidationRule> All()
    {
        var e = Severity.Error;
        var w = Severity.Warning;

        yield return R("FA1013", RuleCategory.BetweenTables, e, "基本支出中的“三公”科目不超过“三公”经费决算数", "\"Three public\" items of basic expenditure do not exceed the \"three public\" finals",
            "T6 30212 ≤ 三公.因公出国（境）费；30217 ≤ 公务接待费；30231 ≤ 公务用车运行维护费；31013 ≤ 公务用车购置费（决算数）", "domain §2.2 X-13", FactRules.ThreePublicWithinBasic);

        yield return R("FA1014", RuleCategory.BetweenTables, w, "功能分类与经济分类的对应科目金额一致", "Corresponding functional and economic codes agree",
            "T5 基本支出列：2080505 = T6 30108；2080506 = 30109；21011 = 30110 + 30111；2210201 = 30113（对应关系见 correspondences.tsv；未列出的款、项按 0 计，仅当该表按该级次列示时）",
            "issue 10; domain §3.2; src/PublicFinance.FinalAccounts/Validation/Data/correspondences.tsv", CorrespondenceRules.FunctionalEconomic);

        yield return R("FA1109", RuleCategory.TableNarrative, w, "说明列出的人员经费、公用经费科目在基本支出表中不为零", "Basic-expenditure items listed in the narrative are non-zero rows of the table",
            "说明“人员经费包括…；公用经费包括…”中的每一项 = 基本支出决算表中金额不为零的款（不涉及的不列）", "domain §2.3 六", FactRules.ListedBasicItems);

        yield return R("FA2009", RuleCategory.Share, w, "基数为零时不应给出比例", "No percentage on a zero base",
            "占比、增减率、完成率、差异率、执行率的分母为 0 时，比例不可计算（0/0 表述为 0% 或 100% 仅作提示）", "domain §6 zero base", ChangeAndBudgetRules.ZeroBase);

        var c = RuleCategory.Change;
        yield return R("FA2101", c, e, "增减表述与数字一致", "Change wording agrees with the figures",
            "“持平”时增减额、增减率为 0；“增加／减少”后的金额与比例为正数", "domain §6 增减额, 持平", ChangeAndBudgetRules.Direction);
        yield return R("FA2102", c, w, "增减额为零时应表述为“持平”", "A zero change should be worded as unchanged (持平)",
            "增减额 = 0.00 ⇒ 表述为持平，而非“增加 0.00 万元，增长 0%”", "domain §6 持平", ChangeAndBudgetRules.Unchanged);
        yield return R("FA2103", c, e, "增减额与增减率方向一致", "The amount and the rate change in the same direction",
            "“增加…增长／减少…下降”，不得“减少…增长”", "domain §6 增减率", ChangeAndBudgetRules.RateDirection);
        yield return R("FA2104", c, e, "增减率以上年数为基数", "The rate of change is computed on the prior-year base",
            "增减率 = 增减额 / 上年数 × 100，上年数 = 本年数 ∓ 增减额", "domain §6 增减率", ChangeAndBudgetRules.Rate);
        yield return R("FA2105", c, e, "上年数、本年数与增减额一致", "Prior-year figure, current figure and change agree",
            "本年数 = 上年数 ± 增减额", "domain §6 增减额", ChangeAndBudgetRules.PriorYearAmount);
        yield return R("FA2106", c, w, "增减变化应说明原因", "A change should come with its reason",
            "比上年增加或减少时须说明主要原因", "domain §2.3, §6", ChangeAndBudgetRules.Reason);
        yield return R("FA2107", c, e, "由增减额推算的上年数仍满足合计关系", "Prior-year figures reconstructed from changes still add up",
            "上年合计 = Σ 上年各项，其中上年数 = 本年数 ∓ 增减额（合计与各项都给出增减时）", "domain §6 增减额", ChangeAndBudgetRules.PriorYearReconstruction);

        var b = RuleCategory.Budget;
        yield return R("FA2201", b, e, "完成率等于决算数除以预算数", "Completion rate equals final over budget",
            "完成率 = 决算数 / 预算数 × 100", "domain §6 完成率", ChangeAndBudgetRules.CompletionRate);
        yield return R("FA2202", b, e, "预决算差异率", "Budget variance rate",
            "差异率 = (决算数 − 预算数) / 预算数 × 100（与“小于”连用时可为正数）", "domain §6 预决算差异率", ChangeAndBudgetRules.VarianceRate);
        yield return R("FA2203", b, e, "“大于／小于／等于预算数”的表述与数字一致", "Above/below/equal wording agrees with the figures",
            "sign(决算数 − 预算数) 与“大于／小于／等于”一致；无金额时与完成率一致", "domain §6 预决算比较", ChangeAndBudgetRules.Relation);
        yield return R("FA2204", b, e, "预决算差额", "Difference between final and budget",
            "差额 = |决算数 − 预算数|", "domain §6 预决算比较", ChangeAndBudgetRules.Difference);
        yield return R("FA2205", b, e, "预决算对比中的决算数等于该项金额", "The final amount in a budget comparison equals the figure",
            "预决算对比的决算数 = 所述项目金额", "domain §2.3", ChangeAndBudgetRules.FinalAmount);
        yield return R("FA2206", b, w, "决算数与预算数不同时应说明原因", "A budget difference should come with its reason",
            "决算数 ≠ 预算数 ⇒ 说明原因", "domain §6 预决算比较", ChangeAndBudgetRules.BudgetReason);

        var p = RuleCategory.Performance;
        yield return R("FA3005", p, w, "预算执行得分与执行率一致", "The execution score follows the execution rate",
            "得分 = 分值 × min(执行率, 100%)（部分地区按档次计分）", "domain §5.3", PerformanceRules.ExecutionScore);
        yield return R("FA3006", p, w, "指标完成情况与得分一致", "Indicator scores agree with whether targets were met",
            "实际值达到指标值却扣分，或未达到却得满分", "domain §5.3", PerformanceRules.IndicatorScoring);
        yield return R("FA3007", p, e, "评价等级与总分一致", "The grade matches the total score",
            "优 ≥ 90，良 80–90，中 60–80，差 < 60", "domain §5.4", PerformanceRules.Grade);
        yield return R("FA3008", p, e, "项目资金总额等于各资金来源之和", "Project funds total equals its sources",
            "年度资金总额 = 本年财政拨款 + 上年结转 + 其他资金（或 上级 + 本级 + 其他），年初预算、全年预算、执行数各列", "domain §5.2", PerformanceRules.FundLines);
        yield return R("FA3009", p, e, "评价项目资金合计等于公开项目与涉密项目之和", "Evaluated project funds equal disclosed plus classified projects",
            "项目自评资金合计 = Σ 公开项目自评表年度资金总额 + 涉密项目资金", "domain §9", PerformanceRules.ProjectTotals);
        yield return R("FA3010", p, w, "自评项目个数与公开的自评表一致", "The stated number of evaluations matches the disclosed tables",
            "项目自评个数 = 公开项目自评表个数 + 涉密项目个数；部门整体自评个数 = 公开整体自评表个数", "domain §9", PerformanceRules.EvaluationCounts);
        yield return R("FA3011", p, w, "项目自评覆盖全部项目支出", "Project evaluations cover all project expenditure",
            "项目自评资金合计 = 项目支出（未全覆盖时应说明）", "domain §9", PerformanceRules.ProjectCoverage);

        var t = RuleCategory.ThreePublic;
        yield return R("FA4002", t, w, "“三公”金额与数量同时为零或同时不为零", "\"Three public\" amounts and counts are zero together",
            "因公出国（境）费与团组数、购置费与购置数量、公务接待费与接待批次", "domain §4.3", FactRules.CountsAgreeWithAmounts);
        yield return R("FA4003", t, e, "人次不少于团组／批次数", "Person-trips are at least the number of groups",
            "人次 ≥ 团组数（批次）；无团组则无人次", "domain §4.3", FactRules.PersonTrips);

        yield return R("FA4302", RuleCategory.Personnel, e, "人数增减之和一致", "Staff changes add up",
            "实有人数增减 = 在职增减 + 离休增减 + 退休增减", "domain §9", FactRules.PersonnelChanges);

        var k = RuleCategory.Classification;
        yield return R("FA5003", k, w, "功能分类科目名称与当年科目一致", "Functional code names match the catalogue of the year",
            "名称（及类名、款名）= 当年《政府收支分类科目》名称或其别名", "domain §3", FactRules.FunctionalNames);
        yield return R("FA5004", k, w, "经济分类科目名称与科目一致", "Economic code names match the catalogue",
            "名称 = 部门预算支出经济分类科目名称或其别名", "domain §3.2", FactRules.EconomicNames);

        var m = RuleCategory.Completeness;
        yield return R("FA6001", m, w, "金额不应为负数", "Amounts are not expected to be negative",
            "金额 ≥ 0（增减额、差额除外；结转结余在少数情况下可为负）", "domain §2.1 ALL-1", FactRules.NegativeAmounts);
        yield return R("FA6002", m, e, "空表须保留并注明无数据", "An empty table is kept with its no-data statement",
            "T8／T9 为空表 ⇒ 注明“本年度没有……故本表无数据”", "domain §2.1 ALL-2", FactRules.EmptyTableStatement);
        yield return R("FA6003", m, w, "说明中无数字的部分应说明“无此项收支”", "A narrative section without figures states that there was none",
            "政府性基金、国有资本经营预算部分：有数字，或有“无……收入和支出”的说明", "domain §2.3 八／九", FactRules.EmptySectionStatement);

        var presence = RuleCategory.Presence;
        const string RequiredPartsBasis = "issue 10; Validation/Data/required-parts.tsv (listed in rules.md, Required parts)";
        yield return R("FA6101", presence, e, "公开表齐全", "Every required table is published",
            "完整公开（scope = complete）：当年要求的每张表都在，空表注明“本表无数据”；只有说明（scope = narrative）：未随输入提供的表给出一条提示并列出因此无法检查的规则", RequiredPartsBasis, PresenceRules.Tables);
        yield return R("FA6102", presence, w, "说明的必备部分齐全", "Every required narrative section is present",
            "当年要求的每一部分（部门概况、收支总体、收入、支出、财政拨款、一般公共预算、基本支出、政府性基金、国有资本经营、三公、机关运行经费、政府采购、国有资产、绩效、名词解释）都在", RequiredPartsBasis, PresenceRules.Sections);
        yield return R("FA6103", presence, w, "说明的必备要素齐全", "Every required detail of a section is stated",
            "一般公共预算按项说明；人员经费、公用经费所含款；三公的团组数、人次、购置数、保有量、接待批次、人次；政府采购的货物、工程、服务及授予中小企业金额；国有资产中的车辆（金额为零的不要求）", RequiredPartsBasis, PresenceRules.Details);
        yield return R("FA6104", presence, w, "一般公共预算的每一项都有说明", "Every general budget item of the table is explained",
            "T5 中金额不为零的每个项级科目 ∈ 说明“一般公共预算财政拨款支出决算具体情况”所列科目", "issue 10; domain §2.3 五(三)", DetailRules.ItemsExplained);

        var detail = RuleCategory.DetailLevel;
        yield return R("FA6105", detail, w, "一般公共预算支出细化到项", "General budget expenditure is broken down to items (项)",
            "T5 中金额不为零的类、款都有项级科目（227 预备费、229 其他支出除外）；说明按项级科目说明", "issue 10; domain §2.3 五(三), §3.1", DetailRules.GeneralBudgetToItems);
        yield return R("FA6106", detail, w, "基本支出细化到经济分类款", "Basic expenditure is broken down to economic sections (款)",
            "T6 中金额不为零的经济分类类都有款级科目", "issue 10; domain §3.2", DetailRules.BasicToEconomicSections);

        yield return R("FA6201", RuleCategory.Plausibility, w, "行政单位没有事业收入、经营收入、经营支出和结余分配", "An administrative unit has no service or business income, business expenditure or balance distribution",
            "单位类型 = 行政单位（unitType = administrative）⇒ 事业收入 = 经营收入 = 经营支出 = 结余分配 = 0", "issue 10; 《行政单位财务规则》", PlausibilityRules.AdministrativeUnit);

        var years = RuleCategory.AcrossYears;
        yield return R("FA7001", years, w, "年初结转和结余等于上年年末结转和结余", "Opening carry-over equals last year's closing carry-over",
            "本年 年初结转和结余（总表、财政拨款总表各列、政府性基金、国有资本经营、说明）= 上年报告 年末结转和结余", "issue 10; domain §2.2", AcrossYearRules.OpeningEqualsLastClosing);
        yield return R("FA7002", years, w, "所述上年数等于上年报告的数字", "Stated prior-year figures equal last year's report",
            "说明“上年数 X”= 上年报告同一项目的数字（列表中按科目编码对应）", "issue 10; domain §6", AcrossYearRules.PriorYearFigures);
        yield return R("FA7003", years, w, "增减额、增减率与两年报告一致", "Changes agree with both years' reports",
            "本年数 = 上年报告数 ± 增减额；增减率 = |本年数 − 上年报告数| / 上年报告数 × 100；持平 ⇒ 本年数 = 上年报告数", "issue 10; domain §6", AcrossYearRules.ChangesRecomputed);
    }
}
