using System.Collections.Generic;
using System.Linq;

namespace PublicFinance.FinalAccounts.Validation;

/// <summary>The rules on performance, counts and codes that are declared as relations (绩效、数量与科目的勾稽关系).</summary>
public static partial class RuleCatalogue
{
    private const string Evaluations = "/performance/evaluations/*/";
    private const string ThreePublicNarrative = "/narrative/threePublic/";
    private const string Vehicles = "/narrative/assets/vehicles/";

    /// <summary>Lists that hold only 类 (three-digit) codes.</summary>
    private static readonly string[] ClassLists =
        ["/tables/summary/expenditure/classes", "/tables/appropriationSummary/expenditure/classes", "/narrative/generalBudget/classes"];

    /// <summary>Lists that hold only 款 or 项 codes.</summary>
    private static readonly string[] SectionOrItemLists =
        ["/narrative/generalBudget/items", "/narrative/governmentFund/items", "/narrative/stateCapital/items"];

    /// <summary>Tables whose rows form a code hierarchy (the basic-expenditure table holds economic codes).</summary>
    private static readonly string[] CodedTables =
    [
        "/tables/income/rows", "/tables/expenditure/rows", "/tables/generalBudgetExpenditure/rows", "/tables/governmentFund/rows",
        "/tables/stateCapital/rows", "/tables/basicExpenditure/rows",
    ];

    private static InequalityRelation AtMost(string id, string lesser, string greater, AbsentFigures whenAbsent) =>
        new() { RuleId = id, Lesser = lesser, Greater = greater, WhenAbsent = whenAbsent };

    private static IEnumerable<IValidationRule> FactRelationRules()
    {
        var e = Severity.Error;
        var w = Severity.Warning;

        var p = RuleCategory.Performance;
        yield return Rule(D("FA3001", p, e, "绩效自评分值合计为 100", "Self-evaluation weights add up to 100",
                "预算执行分值 + Σ 指标分值 = 100（或所列总分值）", "domain §5.1, §5.2"),
            new SumRelation
            {
                RuleId = "FA3001", Total = Evaluations + "totalWeight", TotalDefault = 100m, WhenAbsent = AbsentFigures.NotApplicable,
                Items = [T(Evaluations + "funds/*/weight?"), T(Evaluations + "indicators/*/weight")],
            });
        yield return Rule(D("FA3002", p, e, "得分不超过分值", "A score does not exceed its weight", "得分 ≤ 分值（每项指标及预算执行）", "domain §5.3"),
            AtMost("FA3002", Evaluations + "funds/*/score", Evaluations + "funds/*/weight", AbsentFigures.NotApplicable),
            AtMost("FA3002", Evaluations + "indicators/*/score", Evaluations + "indicators/*/weight", AbsentFigures.NotApplicable));
        yield return Rule(D("FA3003", p, e, "总分等于各项得分之和", "The total score equals the sum of the scores",
                "总分 = 预算执行得分 + Σ 指标得分", "domain §5.2"),
            new SumRelation
            {
                RuleId = "FA3003", Total = Evaluations + "totalScore", WhenAbsent = AbsentFigures.NotApplicable,
                Items = [T(Evaluations + "funds/*/score?"), T(Evaluations + "indicators/*/score")],
            });

        yield return Rule(D("FA3004", p, e, "预算执行率等于执行数除以预算数", "Execution rate equals executed over budget",
                "执行率 = 全年执行数 / 全年预算数 × 100", "domain §5.3"),
            new RatioRelation
            {
                RuleId = "FA3004", Percent = Evaluations + "funds/*/executionRate", Numerator = Evaluations + "funds/*/executed",
                Denominator = Evaluations + "funds/*/fullYearBudget", DenominatorFallback = Evaluations + "funds/*/initialBudget",
            });

        var t = RuleCategory.ThreePublic;
        yield return Rule(D("FA4001", t, w, "公务用车保有量不超过国有资产中的车辆数", "Official vehicles held do not exceed the vehicles on the books",
                "“三公”公务用车保有量 ≤ 国有资产占用车辆数（不一致时应说明）", "domain §4.5"),
            AtMost("FA4001", ThreePublicNarrative + "vehiclesHeld", Vehicles + "count", AbsentFigures.CouldNotRun));
        yield return Rule(D("FA4004", t, w, "公务用车购置数不超过保有量", "Vehicles bought do not exceed the vehicles held",
                "公务用车购置数 ≤ 公务用车保有量（年末保有量包含当年购置的车辆）", "issue 10; domain §4.3"),
            AtMost("FA4004", ThreePublicNarrative + "vehiclesPurchased", ThreePublicNarrative + "vehiclesHeld", AbsentFigures.CouldNotRun));

        var a = RuleCategory.Assets;
        yield return Rule(D("FA4201", a, e, "车辆总数等于各类车辆之和", "Vehicle count equals the sum of the categories", "共有车辆 = Σ 八类车辆", "domain §4.5, §2.3 十一(三)"),
            new SumRelation { RuleId = "FA4201", Total = Vehicles + "count", Items = [T(Vehicles + "categories/*/count")], WhenAbsent = AbsentFigures.CouldNotRun });
        yield return Rule(D("FA4202", a, e, "车辆类别不重复", "Vehicle categories are not repeated", "每一类车辆只列一次", "domain §4.5"),
            new UniqueRelation { RuleId = "FA4202", List = Vehicles + "categories", Key = "category", PointAtRow = true });

        yield return Rule(D("FA4301", RuleCategory.Personnel, e, "实有人数等于在职、离休、退休人数之和", "Total staff equals active plus retired",
                "实有人数 = 在职 + 离休 + 退休（未披露的不计）", "domain §9"),
            new SumRelation
            {
                RuleId = "FA4301", Total = "/personnel/total/count", WhenAbsent = AbsentFigures.CouldNotRun,
                Items = [T("/personnel/active/count"), T("/personnel/retiredCadres/count?"), T("/personnel/retired/count?")],
            });

        var k = RuleCategory.Classification;
        yield return Rule(D("FA5001", k, e, "科目层级与所在位置一致", "Code level fits its place", "类级列表只列 3 位编码；款项列表只列 5 位或 7 位编码", "domain §3.1"),
            ClassLists.Select(l => (Relation)new PatternRelation { RuleId = "FA5001", List = l, Pattern = "[0-9]{3}" })
                .Concat(SectionOrItemLists.Select(l => new PatternRelation { RuleId = "FA5001", List = l, Pattern = "[0-9]{5}[0-9]*" })));
        yield return Rule(D("FA5002", k, e, "款、项的上级科目已列出", "The parent of every section and item is listed",
                "表中每个 5 位／7 位编码的上级编码也在表中", "domain §2.1 T2-2, §3.1"),
            CodedTables.Select(l => new ParentListedRelation { RuleId = "FA5002", List = l }));
        yield return Rule(D("FA5005", k, e, "科目不重复列出", "No code is listed twice", "同一表（列表）中编码唯一", "domain §3.1"),
            ClassLists.Concat(SectionOrItemLists).Concat(CodedTables).Select(l => new UniqueRelation { RuleId = "FA5005", List = l }));
    }
}
