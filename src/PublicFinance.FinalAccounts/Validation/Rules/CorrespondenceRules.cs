using System;
using System.Collections.Generic;
using System.Linq;
using PublicFinance.FinalAccounts.Values;

namespace PublicFinance.FinalAccounts.Validation.Rules;

/// <summary>
/// 功能分类 ↔ 经济分类 correspondences (科目对应关系): the basic expenditure of a functional code in table 5 equals the
/// amounts of its economic codes in table 6, for the pairs declared in <c>correspondences.tsv</c>.
/// </summary>
internal static class CorrespondenceRules
{
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
            var t6AtSectionLevel = t6.Rows.Any(r => r.Code.Value.Length == 5 && pair.Economic.Any(e => e.StartsWith(r.Code.ClassCode.Value, StringComparison.Ordinal)));
            var t5AtThatLevel = t5.Rows.Any(r => pair.Functional.Any(f => r.Code.Value.Length >= f.Length && r.Code.ClassCode.Value == f.Substring(0, 3)));
            if (functional is null && !t5AtThatLevel || economic.Count == 0 && !t6AtSectionLevel)
            {
                context.CouldNotRun(T5Rows, T6Rows);
                continue;
            }

            var total = functional ?? new Figure(T5Rows, 0m, DecimalInterval.Exact(0m));
            context.CheckSum(total, economic, $"{pair.NameZh}：一般公共预算财政拨款基本支出功能分类 {string.Join("+", pair.Functional)} 应等于经济分类 {string.Join("+", pair.Economic)}",
                $"{pair.NameEn}: basic expenditure of functional {string.Join("+", pair.Functional)} should equal economic {string.Join("+", pair.Economic)}");
        }
    }

    /// <summary>The basic column of the functional codes: each code's own row, or the sum of its 项 rows when that row is not printed.</summary>
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
                : Enumerable.Range(0, rows.Count).Where(i => rows[i].Code.Value.Length == 7 && rows[i].Code.Value.StartsWith(code, StringComparison.Ordinal)).ToArray();
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
