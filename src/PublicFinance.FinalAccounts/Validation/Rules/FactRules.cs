using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using PublicFinance.FinalAccounts.Classification;
using PublicFinance.FinalAccounts.Values;

namespace PublicFinance.FinalAccounts.Validation.Rules;

/// <summary>三公 counts, assets, personnel, classification codes and completeness (三公数量、资产、人员、科目、完整性).</summary>
internal static class FactRules
{
    private static string I(int i) => i.ToString(CultureInfo.InvariantCulture);

    public static void ThreePublicWithinBasic(ValidationContext context)
    {
        var t6 = context.Report.Tables?.BasicExpenditure;
        var t7 = context.Report.Tables?.ThreePublic?.Final;
        if (t6 is null || t7 is null)
        {
            context.CouldNotRun(t6 is null ? "/tables/basicExpenditure" : "/tables/threePublic/final");
            return;
        }

        foreach (var (code, member, value, zh) in new[]
        {
            ("30212", "overseasTravel", t7.OverseasTravel, "因公出国（境）费"),
            ("30217", "reception", t7.Reception, "公务接待费"),
            ("30231", "vehicleOperation", t7.VehicleOperation, "公务用车运行维护费"),
            ("31013", "vehiclePurchase", t7.VehiclePurchase, "公务用车购置费"),
        })
        {
            var index = t6.Rows.Select((r, i) => (r, i)).Where(x => x.r.Code.Value == code).Select(x => x.i).DefaultIfEmpty(-1).First();
            if (index < 0)
            {
                context.NotApplicable();
                continue;
            }

            if (value is not { } final)
            {
                context.CouldNotRun("/tables/threePublic/final/" + member);
                continue;
            }

            context.CheckLessOrEqual(context.Figure("/tables/basicExpenditure/rows/" + I(index) + "/amount", t6.Rows[index].Amount),
                context.Figure("/tables/threePublic/final/" + member, final),
                $"基本支出中的 {code} 不能超过“三公”经费表的{zh}决算数", $"Basic expenditure {code} cannot exceed the \"three public\" final {member}");
        }
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

    public static void CountsAgreeWithAmounts(ValidationContext context)
    {
        var t = context.Report.Narrative?.ThreePublic;
        if (t is null)
        {
            context.CouldNotRun("/narrative/threePublic");
            return;
        }

        const string ThreePublic = "/narrative/threePublic/";
        Check(context, t.OverseasTravel?.Amount, t.OverseasDelegations, ThreePublic + "overseasTravel/amount", ThreePublic + "overseasDelegations", "因公出国（境）费", "团组", "overseas travel", "delegations");
        Check(context, t.VehiclePurchase?.Amount, t.VehiclesPurchased, ThreePublic + "vehiclePurchase/amount", ThreePublic + "vehiclesPurchased", "公务用车购置费", "购置车辆", "vehicle purchase", "vehicles purchased");
        int? batches = t.DomesticReceptionBatches is null && t.ForeignReceptionBatches is null ? null : (t.DomesticReceptionBatches ?? 0) + (t.ForeignReceptionBatches ?? 0);
        Check(context, t.Reception?.Amount, batches, ThreePublic + "reception/amount", ThreePublic + "domesticReceptionBatches", "公务接待费", "接待批次", "reception", "reception batches");
    }

    private static void Check(ValidationContext context, Amount? amount, int? count, string amountPointer, string countPointer, string zh, string countZh, string en, string countEn)
    {
        if (amount is not { } a || count is not { } n)
        {
            context.NotApplicable();
            return;
        }

        if ((a.Value > 0m) == (n > 0))
        {
            context.Pass();
            return;
        }

        context.Fail(
            $"{zh} {a}，{countZh} {n}：金额与数量一个为零、一个不为零。",
            $"The {en} amount is {a} but the {countEn} count is {n}: one is zero and the other is not.",
            new[] { amountPointer, countPointer });
    }

    public static void PersonTrips(ValidationContext context)
    {
        var t = context.Report.Narrative?.ThreePublic;
        if (t is null)
        {
            context.CouldNotRun("/narrative/threePublic");
            return;
        }

        const string ThreePublic = "/narrative/threePublic/";
        foreach (var (trips, groups, tp, gp, zh, en) in new[]
        {
            (t.OverseasPersonTrips, t.OverseasDelegations, ThreePublic + "overseasPersonTrips", ThreePublic + "overseasDelegations", "因公出国（境）", "overseas travel"),
            (t.DomesticReceptionPersonTrips, t.DomesticReceptionBatches, ThreePublic + "domesticReceptionPersonTrips", ThreePublic + "domesticReceptionBatches", "国内公务接待", "domestic reception"),
            (t.ForeignReceptionPersonTrips, t.ForeignReceptionBatches, ThreePublic + "foreignReceptionPersonTrips", ThreePublic + "foreignReceptionBatches", "外宾接待", "foreign reception"),
        })
        {
            if (trips is null || groups is null)
            {
                context.NotApplicable();
                continue;
            }

            if (trips >= groups && (groups > 0 || trips == 0))
            {
                context.Pass();
                continue;
            }

            context.Fail(
                $"{zh}：{trips} 人次少于 {groups} 个团组／批次，或没有团组／批次却有人次。",
                $"{en}: {trips} person-trips for {groups} groups/batches — each group has at least one person, and no group means no person-trips.",
                new[] { tp, gp }, null, null, trips.Value - groups.Value);
        }
    }

    public static void PersonnelChanges(ValidationContext context)
    {
        var personnel = context.Report.Personnel;
        if (personnel?.Total?.Change is not { } change)
        {
            context.NotApplicable();
            return;
        }

        var parts = new[] { ("active", personnel.Active), ("retiredCadres", personnel.RetiredCadres), ("retired", personnel.Retired) }.Where(p => p.Item2 is not null).ToList();
        if (parts.Count == 0 || parts.Any(p => p.Item2!.Change is null))
        {
            context.CouldNotRun(parts.Where(p => p.Item2?.Change is null).Select(p => "/personnel/" + p.Item1 + "/change").DefaultIfEmpty("/personnel/active").ToArray());
            return;
        }

        context.CheckSum(ValidationContext.Count("/personnel/total/change", change),
            parts.Select(p => (ValidationContext.Count("/personnel/" + p.Item1 + "/change", p.Item2!.Change!.Value), 1)).ToList(),
            "实有人数的增减等于各类人员增减之和", "The change in total staff equals the sum of the changes of its parts");
    }

    // ---- classification --------------------------------------------------------------------------------------

    private const string CodeMember = "code";

    public static void FunctionalNames(ValidationContext context)
    {
        var year = context.FiscalYear;
        var facts = context.Facts;
        foreach (var node in facts.NodesOfType<FunctionalCode>())
        {
            var code = (FunctionalCode)facts.ValueOf(node)!;
            var row = facts.ParentOf(node);
            Judge(context, row, "name", code, year);
            if (code.Level != FunctionalLevel.Class)
            {
                Judge(context, row, "className", code.ClassCode, year);
            }

            if (code.Level == FunctionalLevel.Item && code.Parent is { } section)
            {
                Judge(context, row, "sectionName", section, year);
            }
        }

        // Class rows of the summary table named without a code: the name alone must be a known class.
        var classes = facts.Find("/tables/summary/expenditure/classes");
        foreach (var node in facts.NodesOfType<string>())
        {
            if (classes < 0 || node == classes || !facts.IsWithin(node, classes) || facts.NameOf(node) != "name")
            {
                continue;
            }

            var row = facts.ParentOf(node);
            if (facts.Member(row, CodeMember) >= 0)
            {
                continue;
            }

            if (context.Catalogue.FindFunctionalByName((string)facts.ValueOf(node)!, year).Count > 0)
            {
                context.Pass();
            }
            else
            {
                context.CouldNotRun(facts.PointerOf(node));
            }
        }
    }

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

    public static void NegativeAmounts(ValidationContext context)
    {
        var facts = context.Facts;
        foreach (var node in facts.NodesOfType<Amount>())
        {
            // A change (…/change/…) and a difference (…/difference) are signed by nature.
            if (facts.NameOf(node) == "difference" || facts.HasAncestorNamed(facts.ParentOf(node), "change"))
            {
                continue;
            }

            var amount = (Amount)facts.ValueOf(node)!;
            if (amount.Value >= 0m)
            {
                context.Pass();
                continue;
            }

            context.Fail($"金额 {amount} 为负数，请核实。", $"The amount {amount} is negative; please check.", new[] { facts.PointerOf(node) });
        }
    }

    public static void EmptyTableStatement(ValidationContext context)
    {
        foreach (var (member, table) in new[] { ("governmentFund", context.Report.Tables?.GovernmentFund), ("stateCapital", context.Report.Tables?.StateCapital) })
        {
            if (table is null)
            {
                context.CouldNotRun("/tables/" + member);
                continue;
            }

            var empty = table.IsEmpty == true || (table.Rows.Count == 0 && table.Total is null);
            if (!empty)
            {
                context.NotApplicable();
                continue;
            }

            if (!string.IsNullOrWhiteSpace(table.Note))
            {
                context.Pass();
                continue;
            }

            context.Fail("空表应保留并注明“本年度没有……收入和支出，故本表无数据”。",
                "An empty table must be kept with the statement that the unit had no such income or spending this year.",
                new[] { "/tables/" + member + "/note" });
        }
    }

    public static void EmptySectionStatement(ValidationContext context)
    {
        foreach (var (member, section) in new[] { ("governmentFund", context.Report.Narrative?.GovernmentFund), ("stateCapital", context.Report.Narrative?.StateCapital) })
        {
            if (section is null)
            {
                context.CouldNotRun("/narrative/" + member);
                continue;
            }

            var anyFigure = context.Facts.AnyBelow<Amount>(context.Facts.Find("/narrative/" + member));
            if (anyFigure || !string.IsNullOrWhiteSpace(section.EmptyStatement))
            {
                context.Pass();
                continue;
            }

            context.Fail("该部分既没有数字，也没有“无……收入和支出”的说明。", "The section states neither figures nor that there was no such income or spending.",
                new[] { "/narrative/" + member });
        }
    }
}
