using PublicFinance.FinalAccounts.Model.Tables;

namespace PublicFinance.FinalAccounts.Validation.Rules;

/// <summary>
/// 功能分类 ↔ 经济分类 correspondences (科目对应关系): the basic expenditure of a functional code in table 5 equals the
/// amounts of its economic codes in table 6, for the pairs declared in <c>correspondences.tsv</c>.
/// </summary>
internal static class CorrespondenceRules
{
    /// <summary>The rules this file implements, each declared beside its check (本文件实现的规则及其说明).</summary>
    /// <returns>The rules, for <see cref="CodeRules.All"/>.</returns>
    public static IEnumerable<IValidationRule> Rules()
    {
        yield return CodeRule.Declare(
            "FA1014", RuleCategory.BetweenTables, Severity.Warning,
            "功能分类与经济分类的对应科目金额一致", "Corresponding functional and economic codes agree",
            "T5 基本支出列：2080505 = T6 30108；2080506 = 30109；21011 = 30110 + 30111；2210201 = 30113（2018年前为 30311；"
            + "对应关系及其适用年度见 correspondences.tsv；未列出的款、项按 0 计，仅当该表按该级次列示时）",
            "issue 10; domain §3.2; src/PublicFinance.FinalAccounts/Validation/Data/correspondences.tsv",
            FunctionalEconomic);
    }

    private const string T5Rows = "/tables/generalBudgetExpenditure/rows";
    private const string T6Rows = "/tables/basicExpenditure/rows";

    public static void FunctionalEconomic(ValidationContext context)
    {
        var t5 = context.Report.Tables?.GeneralBudgetExpenditure;
        var t6 = context.Report.Tables?.BasicExpenditure;
        if (t5 is null || t6 is null || t5.Rows.Count == 0 || t6.Rows.Count == 0)
        {
            context.CouldNotRun(T5Rows, T6Rows);
            return;
        }

        foreach (var pair in Correspondence.All)
        {
            if (!Judged(pair, context.FiscalYear, t6.Rows))
            {
                continue;
            }

            var functional = FunctionalSide(context, pair);
            var economic = new List<(Figure Item, int Weight)>();
            for (var i = 0; i < t6.Rows.Count; i++)
            {
                if (pair.Economic.Contains(t6.Rows[i].Code.Value))
                {
                    economic.Add((context.Figure(JsonPointer.Child(JsonPointer.Element(T6Rows, i), "amount"), t6.Rows[i].Amount), 1));
                }
            }

            if (functional is null && economic.Count == 0)
            {
                context.NotApplicable();
                continue;
            }

            // An absent row counts as zero only when its table is printed at that level for the same class.
            var t6AtSectionLevel = t6.Rows.Any(r => r.Code.Value.Length == 5
                && pair.Economic.Any(e => e.StartsWith(r.Code.ClassCode.Value, StringComparison.Ordinal)));
            var t5AtThatLevel = t5.Rows.Any(r => pair.Functional.Any(f => r.Code.Value.Length >= f.Length
                && r.Code.ClassCode.Value == f.Substring(0, 3)));
            if (functional is null && !t5AtThatLevel || economic.Count == 0 && !t6AtSectionLevel)
            {
                context.CouldNotRun(T5Rows, T6Rows);
                continue;
            }

            var total = functional ?? new Figure(T5Rows, 0m, DecimalInterval.Exact(0m));
            var (zh, en) = ValidationMessages.CorrespondenceAgrees(pair.NameZh, pair.NameEn, pair.Functional, pair.Economic);
            context.CheckSum(total, economic, zh, en);
        }
    }

    /// <summary>
    /// Whether <paramref name="pair"/> is the one to judge its functional codes by: the pair of the report's year —
    /// unless the table prints none of its economic codes and prints those of a later classification's pair for the same
    /// functional codes (a table adopting the 2018 codes early: that pair is judged instead, never both, never an absent
    /// code of one classification counted as zero against a table printed in the other). A report of unknown year is judged by the
    /// present classification only.
    /// </summary>
    private static bool Judged(Correspondence pair, int? year, IReadOnlyList<EconomicRow> t6)
    {
        var printed = Prints(t6, pair);
        var others = Correspondence.All.Where(o => !ReferenceEquals(o, pair) && o.Functional.SequenceEqual(pair.Functional));
        if (year is null)
        {
            return pair.AppliesTo(year); // an unknown year: the present classification, no switching on a guess
        }

        return pair.AppliesTo(year)
            ? printed || !others.Any(o => Later(o, year) && Prints(t6, o))
            : Later(pair, year) && printed && !others.Any(o => o.AppliesTo(year) && Prints(t6, o)) && others.Any(o => o.AppliesTo(year));
    }

    /// <summary>
    /// Whether the pair belongs to a classification later than <paramref name="year"/>: its codes did not exist then, so a
    /// table printing them follows the later classification (a code of an earlier one may mean something else today —
    /// 30311 is 代缴社会保险费 from 2018 — and is never switched back to).
    /// </summary>
    private static bool Later(Correspondence pair, int? year) => pair.FromYear > year;

    private static bool Prints(IReadOnlyList<EconomicRow> t6, Correspondence pair) =>
        t6.Any(r => pair.Economic.Contains(r.Code.Value));

    /// <summary>
    /// The basic column of the functional codes: each code's own row, or the sum of its 项 rows when that row is not printed.
    /// </summary>
    private static Figure? FunctionalSide(ValidationContext context, Correspondence pair)
    {
        var rows = context.Report.Tables!.GeneralBudgetExpenditure!.Rows;
        var figures = new List<Figure>();
        foreach (var code in pair.Functional)
        {
            var own = -1;
            for (var i = 0; i < rows.Count; i++)
            {
                if (rows[i].Code.Value == code)
                {
                    own = i;
                }
            }

            var indexes = own >= 0
                ? [own]
                : Enumerable.Range(0, rows.Count)
                    .Where(i => rows[i].Code.Value.Length == 7 && rows[i].Code.Value.StartsWith(code, StringComparison.Ordinal)).ToArray();
            foreach (var i in indexes)
            {
                if (rows[i].Basic is { } basic)
                {
                    figures.Add(context.Figure(JsonPointer.Child(JsonPointer.Element(T5Rows, i), "basic"), basic));
                }
            }
        }

        if (figures.Count == 0)
        {
            return null;
        }

        var range = figures.Skip(1).Aggregate(figures[0].Range, (r, f) => r + f.Range);
        return new Figure(figures[0].Pointer, figures.Sum(f => f.Value), range);
    }
}
