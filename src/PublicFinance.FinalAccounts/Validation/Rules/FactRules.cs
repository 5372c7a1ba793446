using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using PublicFinance.FinalAccounts.Classification;

namespace PublicFinance.FinalAccounts.Validation.Rules;

/// <summary>三公 counts, assets, personnel, classification codes and completeness (三公数量、资产、人员、科目、完整性).</summary>
internal static class FactRules
{
    private static string I(int i) => i.ToString(CultureInfo.InvariantCulture);

    public static void ListedBasicItems(ValidationContext context)
    {
        var statement = context.Report.Narrative?.BasicExpenditure;
        var t6 = context.Report.Tables?.BasicExpenditure;
        if (statement is null || (statement.PersonnelItems.Count == 0 && statement.PublicItems.Count == 0))
        {
            context.NotApplicable();
            return;
        }

        if (t6 is null || t6.Rows.Count == 0)
        {
            context.CouldNotRun("/tables/basicExpenditure/rows");
            return;
        }

        var rows = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < t6.Rows.Count; i++)
        {
            var key = ClassificationCatalogue.NormalizeName(t6.Rows[i].Name);
            if (!rows.ContainsKey(key))
            {
                rows[key] = i;
            }
        }

        foreach (var (member, items) in new[] { ("personnelItems", statement.PersonnelItems), ("publicItems", statement.PublicItems) })
        {
            for (var i = 0; i < items.Count; i++)
            {
                var pointer = JsonPointer.Element(JsonPointer.Child("/narrative/basicExpenditure", member), i);
                if (!rows.TryGetValue(ClassificationCatalogue.NormalizeName(items[i]), out var row))
                {
                    context.Fail($"说明列出的“{items[i]}”在基本支出决算表中没有对应科目。", $"\"{items[i]}\" is listed in the narrative but is not a row of the basic expenditure table.",
                        new[] { pointer, "/tables/basicExpenditure/rows" });
                    continue;
                }

                if (t6.Rows[row].Amount.Value != 0m)
                {
                    context.Pass();
                    continue;
                }

                context.Fail($"说明列出的“{items[i]}”在基本支出决算表中为 0（不涉及的科目不应列出）。", $"\"{items[i]}\" is listed in the narrative but is 0 in the basic expenditure table (items not incurred are not listed).",
                    new[] { pointer, "/tables/basicExpenditure/rows/" + I(row) + "/amount" });
            }
        }
    }

    // ---- classification --------------------------------------------------------------------------------------

    private const string CodeMember = "code";

    public static void FunctionalNames(ValidationContext context)
    {
        var year = context.FiscalYear;
        var facts = context.Facts;
        // Rows come grouped by class and section: the last class and section codes made are reused while they are the
        // prefix of the row's code (no new code per row).
        FunctionalCode? lastClass = null;
        FunctionalCode? lastSection = null;
        foreach (var node in facts.NodesOfType<FunctionalCode>())
        {
            var code = (FunctionalCode)facts.ValueOf(node)!;
            var row = facts.ParentOf(node);
            Judge(context, row, "name", code, year);
            if (code.Level != FunctionalLevel.Class)
            {
                lastClass = Reused(lastClass, code) ?? code.ClassCode;
                Judge(context, row, "className", lastClass.Value, year);
            }

            if (code.Level == FunctionalLevel.Item && (Reused(lastSection, code) ?? code.Parent) is { } section)
            {
                lastSection = section;
                Judge(context, row, "sectionName", section, year);
            }
        }

        // Class rows of the summary table named without a code: the name alone must be a known class. The list's
        // values follow it in document order.
        var classes = facts.Find("/tables/summary/expenditure/classes");
        var first = classes < 0 ? -1 : facts.NextInDocumentOrder(classes);
        for (var node = first; node >= 0 && facts.IsWithin(node, classes); node = facts.NextInDocumentOrder(node))
        {
            if (!facts.TryGet<string>(node, out var name) || facts.NameOf(node) != "name")
            {
                continue;
            }

            var row = facts.ParentOf(node);
            if (facts.Member(row, CodeMember) >= 0)
            {
                continue;
            }

            if (context.Catalogue.FindFunctionalByName(name, year).Count > 0)
            {
                context.Pass();
            }
            else
            {
                context.CouldNotRun(FactPointer.At(facts, node));
            }
        }
    }

    /// <summary>An earlier ancestor code when it is the prefix of <paramref name="code"/> (and shorter), else null.</summary>
    private static FunctionalCode? Reused(FunctionalCode? earlier, FunctionalCode code) =>
        earlier is { } e && e.Value.Length < code.Value.Length && code.Value.StartsWith(e.Value, StringComparison.Ordinal) ? e : null;

    private static void Judge(ValidationContext context, int row, string member, FunctionalCode code, int? year)
    {
        var node = context.Facts.Member(row, member);
        if (context.Facts.TryGet<string>(node, out var name))
        {
            var match = context.Catalogue.MatchName(code, year, name);
            if (match is NameMatch.Exact or NameMatch.Alias)
            {
                context.Pass();
                return;
            }

            if (match == NameMatch.UnknownCode)
            {
                context.CouldNotRun(FactPointer.At(context.Facts, node));
                return;
            }

            var expected = context.Catalogue.TryGetName(code, year, out var n) ? n : string.Empty;
            JudgeName(context, context.Facts.PointerOf(node), match, $"科目 {code} 的名称“{name}”与 {year?.ToString(CultureInfo.InvariantCulture) ?? "任一"} 年科目名称“{expected}”不符。",
                $"The name \"{name}\" of code {code} does not match the {year?.ToString(CultureInfo.InvariantCulture) ?? "any year's"} catalogue name \"{expected}\".");
        }
    }

    private static void JudgeName(ValidationContext context, string namePointer, NameMatch match, string mismatchZh, string mismatchEn)
    {
        if (match is NameMatch.Exact or NameMatch.Alias)
        {
            context.Pass();
        }
        else if (match == NameMatch.UnknownCode)
        {
            context.CouldNotRun(namePointer);
        }
        else
        {
            context.Fail(mismatchZh, mismatchEn, new[] { namePointer });
        }
    }

    public static void EconomicNames(ValidationContext context)
    {
        var year = context.FiscalYear;
        if (context.Facts.ListCount("/tables/basicExpenditure/rows") <= 0)
        {
            context.CouldNotRun("/tables/basicExpenditure/rows");
            return;
        }

        foreach (var (pointer, code) in context.Facts.OfType<EconomicCode>().Select(p => (p.Key, p.Value)))
        {
            var namePointer = JsonPointer.Child(JsonPointer.ParentOf(pointer), "name");
            if (!context.Facts.TryGet<string>(namePointer, out var name))
            {
                continue;
            }

            var expected = context.Catalogue.TryGetName(code, year, out var n) ? n : string.Empty;
            JudgeName(context, namePointer, context.Catalogue.MatchName(code, year, name), $"经济分类 {code} 的名称“{name}”与科目名称“{expected}”不符。",
                $"The name \"{name}\" of economic code {code} does not match the catalogue name \"{expected}\".");
        }
    }

    // ---- completeness ----------------------------------------------------------------------------------------

}
