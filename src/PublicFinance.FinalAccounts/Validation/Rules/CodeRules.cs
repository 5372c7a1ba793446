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

        yield return R("FA1014", RuleCategory.BetweenTables, w, "功能分类与经济分类的对应科目金额一致", "Corresponding functional and economic codes agree",
            "T5 基本支出列：2080505 = T6 30108；2080506 = 30109；21011 = 30110 + 30111；2210201 = 30113（对应关系见 correspondences.tsv；未列出的款、项按 0 计，仅当该表按该级次列示时）",
            "issue 10; domain §3.2; src/PublicFinance.FinalAccounts/Validation/Data/correspondences.tsv", CorrespondenceRules.FunctionalEconomic);

        yield return R("FA1109", RuleCategory.TableNarrative, w, "说明列出的人员经费、公用经费科目在基本支出表中不为零", "Basic-expenditure items listed in the narrative are non-zero rows of the table",
            "说明“人员经费包括…；公用经费包括…”中的每一项 = 基本支出决算表中金额不为零的款（不涉及的不列）", "domain §2.3 六", FactRules.ListedBasicItems);

        var c = RuleCategory.Change;
        yield return R("FA2107", c, e, "由增减额推算的上年数仍满足合计关系", "Prior-year figures reconstructed from changes still add up",
            "上年合计 = Σ 上年各项，其中上年数 = 本年数 ∓ 增减额（合计与各项都给出增减时）", "domain §6 增减额", PriorYearRules.PriorYearReconstruction);

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

        var k = RuleCategory.Classification;
        yield return R("FA5003", k, w, "功能分类科目名称与当年科目一致", "Functional code names match the catalogue of the year",
            "名称（及类名、款名）= 当年《政府收支分类科目》名称或其别名", "domain §3", FactRules.FunctionalNames);
        yield return R("FA5004", k, w, "经济分类科目名称与科目一致", "Economic code names match the catalogue",
            "名称 = 部门预算支出经济分类科目名称或其别名", "domain §3.2", FactRules.EconomicNames);

        var presence = RuleCategory.Presence;
        const string RequiredPartsBasis = "issue 10; Validation/Data/required-parts.tsv (listed in rules.md, Required parts)";
        yield return R("FA6101", presence, e, "公开表齐全", "Every required table is published",
            "完整公开（scope = complete）：当年要求的每张表都在，空表注明“本表无数据”；只有说明（scope = narrative）：未随输入提供的表给出一条提示并列出因此无法检查的规则", RequiredPartsBasis, PresenceRules.Tables);
        yield return R("FA6102", presence, w, "说明的必备部分齐全", "Every required narrative section is present",
            "当年要求的每一部分（部门概况、收支总体、收入、支出、财政拨款、一般公共预算、基本支出、政府性基金、国有资本经营、三公、机关运行经费、政府采购、国有资产、绩效、名词解释）都在", RequiredPartsBasis, PresenceRules.Sections);
        yield return R("FA6103", presence, w, "说明的必备要素齐全", "Every required detail of a section is stated",
            "一般公共预算按项说明；人员经费、公用经费所含款；三公的团组数、人次、购置数、保有量、接待批次、人次；政府采购的货物、工程、服务及授予中小企业金额；国有资产中的车辆（金额为零的不要求）", RequiredPartsBasis, PresenceRules.Details);

        var years = RuleCategory.AcrossYears;
        yield return R("FA7001", years, w, "年初结转和结余等于上年年末结转和结余", "Opening carry-over equals last year's closing carry-over",
            "本年 年初结转和结余（总表、财政拨款总表各列、政府性基金、国有资本经营、说明）= 上年报告 年末结转和结余", "issue 10; domain §2.2", AcrossYearRules.OpeningEqualsLastClosing);
        yield return R("FA7002", years, w, "所述上年数等于上年报告的数字", "Stated prior-year figures equal last year's report",
            "说明“上年数 X”= 上年报告同一项目的数字（列表中按科目编码对应）", "issue 10; domain §6", AcrossYearRules.PriorYearFigures);
        yield return R("FA7003", years, w, "增减额、增减率与两年报告一致", "Changes agree with both years' reports",
            "本年数 = 上年报告数 ± 增减额；增减率 = |本年数 − 上年报告数| / 上年报告数 × 100；持平 ⇒ 本年数 = 上年报告数", "issue 10; domain §6", AcrossYearRules.ChangesRecomputed);
    }
}
