using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using PublicFinance.FinalAccounts.Classification;
using PublicFinance.FinalAccounts.Model.Tables;

namespace PublicFinance.FinalAccounts.Validation.Rules;

/// <summary>
/// Detail level (细化程度): 一般公共预算 expenditure broken down to 项 in table and narrative, 基本支出 to 经济分类款, and
/// every 项 of the table explained in the narrative. Judged only when the input is a whole narrative or a complete
/// disclosure (a fragment may be an excerpt).
/// </summary>
internal static class DetailRules
{
    private const string T5Rows = "/tables/generalBudgetExpenditure/rows";
    private const string T6Rows = "/tables/basicExpenditure/rows";

    /// <summary>Classes whose 款 may legitimately stand without 项 rows (预备费, 其他支出).</summary>
    private static readonly string[] ClassesWithoutItems = ["227", "229"];

    private static string I(int i) => i.ToString(CultureInfo.InvariantCulture);

    private static bool Judged(ValidationContext context, params string[] pointers)
    {
        if (context.Scope != InputScope.Fragment)
        {
            return true;
        }

        context.CouldNotRun(pointers);
        return false;
    }

    private static bool NonZero(BasicProjectColumns row) => row.Total is { IsZero: false } || row.Basic is { IsZero: false } || row.Project is { IsZero: false };

    public static void GeneralBudgetToItems(ValidationContext context)
    {
        var t5 = context.Report.Tables?.GeneralBudgetExpenditure;
        var narrative = context.Report.Narrative?.GeneralBudget;
        if (t5 is null && narrative is null)
        {
            context.CouldNotRun(T5Rows, "/narrative/generalBudget/items");
            return;
        }

        if (!Judged(context, T5Rows, "/narrative/generalBudget/items"))
        {
            return;
        }

        if (t5 is not null)
        {
            // The 类 and 款 that have at least one 项 row under them (one pass, so the rule stays linear).
            var withItems = new HashSet<string>(StringComparer.Ordinal);
            foreach (var r in t5.Rows.Where(r => r.Code.Value.Length == 7))
            {
                withItems.Add(r.Code.Value.Substring(0, 3));
                withItems.Add(r.Code.Value.Substring(0, 5));
            }

            for (var i = 0; i < t5.Rows.Count; i++)
            {
                var row = t5.Rows[i];
                if (row.Code.Level == FunctionalLevel.Item || !NonZero(row) || Array.IndexOf(ClassesWithoutItems, row.Code.ClassCode.Value) >= 0)
                {
                    context.NotApplicable();
                    continue;
                }

                if (withItems.Contains(row.Code.Value))
                {
                    context.Pass();
                    continue;
                }

                context.Fail($"一般公共预算财政拨款支出决算表的科目 {row.Code} {row.Name} 未细化到项级科目。",
                    $"Code {row.Code} {row.Name} of the general budget expenditure table is not broken down to items (项).", new[] { JsonPointer.Child(JsonPointer.Element(T5Rows, i), "code") });
            }
        }

        if (narrative is null)
        {
            return;
        }

        for (var i = 0; i < narrative.Items.Count; i++)
        {
            var item = narrative.Items[i];
            if (item.Code is not { } code)
            {
                context.CouldNotRun("/narrative/generalBudget/items/" + I(i) + "/code");
                continue;
            }

            if (code.Level == FunctionalLevel.Item)
            {
                context.Pass();
                continue;
            }

            context.Fail($"说明按{(code.Level == FunctionalLevel.Class ? "类" : "款")}级科目 {code} {item.Name} 说明一般公共预算财政拨款支出，未细化到项。",
                $"The narrative explains general budget expenditure at the {(code.Level == FunctionalLevel.Class ? "class" : "section")} code {code} {item.Name}, not at item (项) level.",
                new[] { "/narrative/generalBudget/items/" + I(i) + "/code" });
        }
    }

    public static void BasicToEconomicSections(ValidationContext context)
    {
        var t6 = context.Report.Tables?.BasicExpenditure;
        if (t6 is null)
        {
            context.CouldNotRun(T6Rows);
            return;
        }

        if (!Judged(context, T6Rows))
        {
            return;
        }

        var withSections = new HashSet<string>(t6.Rows.Where(r => r.Code.Value.Length == 5).Select(r => r.Code.Value.Substring(0, 3)), StringComparer.Ordinal);
        for (var i = 0; i < t6.Rows.Count; i++)
        {
            var row = t6.Rows[i];
            if (row.Code.Level != EconomicLevel.Class || row.Amount.IsZero)
            {
                context.NotApplicable();
                continue;
            }

            if (withSections.Contains(row.Code.Value))
            {
                context.Pass();
                continue;
            }

            context.Fail($"基本支出决算表的经济分类 {row.Code} {row.Name} 未细化到款。",
                $"Economic class {row.Code} {row.Name} of the basic expenditure table is not broken down to sections (款).", new[] { JsonPointer.Child(JsonPointer.Element(T6Rows, i), "code") });
        }
    }

    public static void ItemsExplained(ValidationContext context)
    {
        var t5 = context.Report.Tables?.GeneralBudgetExpenditure;
        var narrative = context.Report.Narrative?.GeneralBudget;
        if (t5 is null || narrative is null)
        {
            context.CouldNotRun(T5Rows, "/narrative/generalBudget/items");
            return;
        }

        if (!Judged(context, T5Rows, "/narrative/generalBudget/items"))
        {
            return;
        }

        if (narrative.Items.Count == 0)
        {
            // No item is explained at all: the required-detail rule (FA6103) reports that once.
            context.NotApplicable();
            return;
        }

        var codes = new HashSet<string>(narrative.Items.Where(x => x.Code is not null).Select(x => x.Code!.Value.Value), StringComparer.Ordinal);
        var uncodedNames = new HashSet<string>(narrative.Items.Where(x => x.Code is null).Select(x => ClassificationCatalogue.NormalizeName(x.Name)), StringComparer.Ordinal);
        for (var i = 0; i < t5.Rows.Count; i++)
        {
            var row = t5.Rows[i];
            if (row.Code.Level != FunctionalLevel.Item || !NonZero(row))
            {
                context.NotApplicable();
                continue;
            }

            if (codes.Contains(row.Code.Value) || uncodedNames.Contains(ClassificationCatalogue.NormalizeName(row.Name)))
            {
                context.Pass();
                continue;
            }

            var amount = row.Total ?? row.Basic ?? row.Project;
            context.Fail($"一般公共预算财政拨款支出决算表的项 {row.Code} {row.Name}（{amount}）在说明中没有说明决算数、预算数及增减原因。",
                $"Item {row.Code} {row.Name} ({amount}) of the general budget expenditure table is not explained in the narrative.", new[] { JsonPointer.Child(JsonPointer.Element(T5Rows, i), "code") });
        }
    }
}
