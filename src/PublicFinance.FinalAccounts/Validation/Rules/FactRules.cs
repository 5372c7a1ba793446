using PublicFinance.FinalAccounts.Classification;

namespace PublicFinance.FinalAccounts.Validation.Rules;

/// <summary>
/// Facts of the model checked in code (按模型检查的事实): the basic-expenditure items the narrative lists (FA1109) and the
/// names of the functional and economic codes against the catalogue (FA5003, FA5004).
/// </summary>
internal static partial class FactRules
{
    /// <summary>The rows of the basic expenditure table (基本支出决算表).</summary>
    private const string BasicRows = "/tables/basicExpenditure/rows";

    /// <summary>The rules this file implements, each declared beside its check (本文件实现的规则及其说明).</summary>
    /// <returns>The rules, for <see cref="CodeRules.All"/>.</returns>
    public static IEnumerable<IValidationRule> Rules()
    {
        yield return CodeRule.Declare(
            "FA1109", RuleCategory.TableNarrative, Severity.Warning,
            "说明列出的人员经费、公用经费科目在基本支出表中不为零", "Basic-expenditure items listed in the narrative are non-zero rows of the table",
            "说明“人员经费包括…；公用经费包括…”中的每一项 = 基本支出决算表中金额不为零的款（不涉及的不列）",
            "domain §2.3 六",
            ListedBasicItems);

        yield return CodeRule.Declare(
            "FA5003", RuleCategory.Classification, Severity.Warning,
            "功能分类科目名称与当年科目一致", "Functional code names match the catalogue of the year",
            "名称（及类名、款名）= 当年《政府收支分类科目》名称或其别名",
            "domain §3",
            FunctionalNames);

        yield return CodeRule.Declare(
            "FA5004", RuleCategory.Classification, Severity.Warning,
            "经济分类科目名称与科目一致", "Economic code names match the catalogue",
            "名称 = 部门预算支出经济分类科目名称或其别名",
            "domain §3.2",
            EconomicNames);
    }

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
            context.CouldNotRun(BasicRows);
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
                    var (zh, en) = ValidationMessages.ListedItemNotARow(items[i]);
                    context.Fail(zh, en, new[] { pointer, BasicRows });
                    continue;
                }

                if (t6.Rows[row].Amount.Value != 0m)
                {
                    context.Pass();
                    continue;
                }

                var (zeroZh, zeroEn) = ValidationMessages.ListedItemZero(items[i]);
                context.Fail(zeroZh, zeroEn, new[] { pointer, JsonPointer.Child(JsonPointer.Element(BasicRows, row), "amount") });
            }
        }
    }

    // ---- classification --------------------------------------------------------------------------------------

    public static void FunctionalNames(ValidationContext context) => FunctionalNamesTyped(context);

    /// <summary>An earlier ancestor code when it is the prefix of <paramref name="code"/> (and shorter), else null.</summary>
    private static FunctionalCode? Reused(FunctionalCode? earlier, FunctionalCode code) =>
        earlier is { } e && e.Value.Length < code.Value.Length && code.Value.StartsWith(e.Value, StringComparison.Ordinal) ? e : null;

    /// <summary>
    /// FA5004 over the typed model (session 24): an economic code is only ever a row's code of table 6
    /// (<c>EconomicRow</c> in <c>BasicExpenditureTable.Rows</c>), so its rows are walked in order, without the index.
    /// </summary>
    public static void EconomicNames(ValidationContext context)
    {
        var rows = context.Report.Tables?.BasicExpenditure?.Rows;
        if (rows is null || rows.Count == 0)
        {
            context.CouldNotRun(BasicRows);
            return;
        }

        var year = context.FiscalYear;
        for (var i = 0; i < rows.Count; i++)
        {
            if (rows[i] is { Name: { } name } row)
            {
                JudgeEconomic(context, row.Code, name, year, RecordPlace.InList(BasicRows, i));
            }
        }
    }

    private static void JudgeEconomic(ValidationContext context, EconomicCode code, string name, int? year, RecordPlace row)
    {
        var match = context.Catalogue.MatchName(code, year, name);
        if (match is NameMatch.Exact or NameMatch.Alias)
        {
            context.Pass();
        }
        else if (match == NameMatch.UnknownCode)
        {
            context.CouldNotRun(row.At("name"));
        }
        else
        {
            // The message is written only for a mismatch (a name that matches formats nothing).
            var expected = context.Catalogue.TryGetName(code, year, out var n) ? n : string.Empty;
            var (zh, en) = ValidationMessages.EconomicNameMismatch(code, name, expected);
            context.Fail(zh, en, new[] { row.At("name") });
        }
    }

}
