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

    private const string CodeMember = "code";

    public static void FunctionalNames(ValidationContext context)
    {
        if (context.Options.TypedCodeRules)
        {
            FunctionalNamesTyped(context);
            return;
        }

        var year = context.FiscalYear;
        var facts = context.Facts;
        // Rows come grouped by class and section: the last class and section codes made are reused while they are the
        // prefix of the row's code (no new code per row).
        FunctionalCode? lastClass = null;
        FunctionalCode? lastSection = null;
        // The rows of one class (section) repeat its name: the catalogue's match of the last class (section) name is
        // reused while the code and the written name are the same (the match depends on nothing else in one run).
        NameMemo ownNames = default;
        NameMemo classNames = default;
        NameMemo sectionNames = default;
        foreach (var node in facts.NodesOfType<FunctionalCode>())
        {
            var code = (FunctionalCode)facts.ValueOf(node)!;
            var row = facts.ParentOf(node);
            Judge(context, row, "name", code, year, ref ownNames);
            if (code.Level != FunctionalLevel.Class)
            {
                lastClass = Reused(lastClass, code) ?? code.ClassCode;
                Judge(context, row, "className", lastClass.Value, year, ref classNames);
            }

            if (code.Level == FunctionalLevel.Item && (Reused(lastSection, code) ?? code.Parent) is { } section)
            {
                lastSection = section;
                Judge(context, row, "sectionName", section, year, ref sectionNames);
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

    private static void Judge(ValidationContext context, int row, string member, FunctionalCode code, int? year, ref NameMemo memo)
    {
        var node = context.Facts.Member(row, member);
        if (context.Facts.TryGet<string>(node, out var name))
        {
            var match = memo.Match(context.Catalogue, code, year, name);
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
            var (zh, en) = ValidationMessages.FunctionalNameMismatch(code, name, year, expected);
            context.Fail(zh, en, new[] { context.Facts.PointerOf(node) });
        }
    }

    public static void EconomicNames(ValidationContext context)
    {
        if (context.Options.TypedCodeRules)
        {
            EconomicNamesTyped(context);
            return;
        }

        var year = context.FiscalYear;
        var facts = context.Facts;
        if (facts.ListCount(BasicRows) <= 0)
        {
            context.CouldNotRun(BasicRows);
            return;
        }

        // The code's record by the node (its parent), its name by the member: a pointer's text is written only for a
        // finding (it was written, and parsed back, for every code).
        foreach (var node in facts.NodesOfType<EconomicCode>())
        {
            var code = (EconomicCode)facts.ValueOf(node)!;
            var row = facts.ParentOf(node);
            if (!facts.TryGet<string>(facts.Member(row, "name"), out var name))
            {
                continue;
            }

            JudgeEconomic(context, code, name, year, RecordPlace.OfNode(facts, row));
        }
    }

    /// <summary>
    /// FA5004 over the typed model (session 24): an economic code is only ever a row's code of table 6
    /// (<c>EconomicRow</c> in <c>BasicExpenditureTable.Rows</c>), so its rows are walked in order, without the index.
    /// </summary>
    private static void EconomicNamesTyped(ValidationContext context)
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
