using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using PublicFinance.FinalAccounts.Values;

namespace PublicFinance.FinalAccounts.Validation.Rules;

/// <summary>
/// Presence and completeness (齐全性): the tables, sections and details that <c>required-parts.tsv</c> requires for the
/// report's kind and year, judged according to the run's <see cref="InputScope"/>.
/// </summary>
internal static class PresenceRules
{
    /// <summary>Tables whose blank-without-statement case rule FA6002 already judges.</summary>
    private static readonly string[] JudgedByEmptyTableRule = ["/tables/governmentFund", "/tables/stateCapital"];

    /// <summary>The code rules (not declared relations) that need the tables.</summary>
    private static readonly (string Table, string RuleId)[] CodeRulesOnTables =
    [
        ("/tables/generalBudgetExpenditure", "FA1014"), ("/tables/basicExpenditure", "FA1014"), ("/tables/basicExpenditure", "FA1109"),
        ("/tables/basicExpenditure", "FA5004"),
    ];

    /// <summary>True when the report states the part: the object exists, the list is non-empty, or the value is given.</summary>
    public static bool Present(ValidationContext context, string pointer) =>
        context.Facts.Contains(pointer) && context.Facts.ListCount(pointer) != 0;

    public static void Tables(ValidationContext context)
    {
        var absent = new List<RequiredPart>();
        foreach (var part in RequiredPart.For(context.Report, RequiredPartKind.Table))
        {
            if (Present(context, part.Pointer))
            {
                if (context.Scope == InputScope.Fragment)
                {
                    context.Pass();
                }
                else
                {
                    JudgeBlankTable(context, part);
                }

                continue;
            }

            switch (context.Scope)
            {
                case InputScope.Complete:
                    context.Fail($"缺少公开表：{part.NameZh}。完整的决算公开应包含该表，无数据时保留空表并注明“本表无数据”。",
                        $"The table is missing: {part.NameEn}. A complete disclosure includes it; without data it is kept empty with a no-data statement.",
                        new[] { part.Pointer });
                    break;
                default:
                    absent.Add(part);
                    break;
            }
        }

        if (absent.Count == 0)
        {
            return;
        }

        var pointers = absent.Select(p => p.Pointer).ToArray();
        if (context.Scope != InputScope.Narrative)
        {
            context.CouldNotRun(pointers);
            return;
        }

        var rules = RulesNeeding(context, pointers);
        context.CouldNotRunWithNote(
            $"输入中没有以下公开表（说明所附表格未随输入提供，不是公开缺项）：{string.Join("、", absent.Select(p => p.NameZh))}。因此以下规则无法检查：{string.Join("、", rules)}。",
            $"The input does not hold these tables (published as attachments to the narrative, not missing from the disclosure): {string.Join("; ", absent.Select(p => p.NameEn))}. " +
            $"These rules could therefore not run: {string.Join(", ", rules)}.",
            pointers);
    }

    public static void Sections(ValidationContext context)
    {
        var notFound = new List<RequiredPart>();
        foreach (var part in RequiredPart.For(context.Report, RequiredPartKind.Section))
        {
            Judge(context, part, notFound, $"说明缺少“{part.NameZh}”部分。", $"The narrative lacks the section “{part.NameEn}”.");
        }

        NoteNotFound(context, notFound);
    }

    public static void Details(ValidationContext context)
    {
        var parents = RequiredPart.All.ToDictionary(p => p.Id, StringComparer.Ordinal);
        var notFound = new List<RequiredPart>();
        foreach (var part in RequiredPart.For(context.Report, RequiredPartKind.Detail))
        {
            if (!parents.TryGetValue(part.Parent, out var parent) || !Present(context, parent.Pointer))
            {
                // Without its section the detail is the section rule's business (one finding per missing section).
                context.NotApplicable();
                continue;
            }

            if (part.When.Length > 0 && !(context.Facts.TryGet<Amount>(part.When, out var amount) && !amount.IsZero))
            {
                context.NotApplicable();
                continue;
            }

            Judge(context, part, notFound, $"“{parent.NameZh}”部分未说明{part.NameZh}。", $"The section “{parent.NameEn}” does not state: {part.NameEn}.");
        }

        NoteNotFound(context, notFound);
    }

    /// <summary>
    /// Present: passed. Absent: not judged in a fragment, noted when the scope was inferred, a finding when it was declared.
    /// </summary>
    private static void Judge(ValidationContext context, RequiredPart part, List<RequiredPart> notFound, string absentZh, string absentEn)
    {
        if (Present(context, part.Pointer))
        {
            context.Pass();
        }
        else if (context.Scope == InputScope.Fragment)
        {
            context.CouldNotRun(part.Pointer);
        }
        else if (!context.ScopeDeclared)
        {
            notFound.Add(part);
        }
        else
        {
            context.Fail(absentZh, absentEn, new[] { part.Pointer });
        }
    }

    /// <summary>
    /// With an inferred scope (<see cref="InputScope.Auto"/>) an absent part may be one the reader did not recognise: one
    /// Info lists them instead of a finding per part.
    /// </summary>
    private static void NoteNotFound(ValidationContext context, List<RequiredPart> notFound)
    {
        if (notFound.Count == 0)
        {
            return;
        }

        context.CouldNotRunWithNote(
            $"输入中未找到：{string.Join("、", notFound.Select(p => p.NameZh))}。原文若有这些内容，可能是读取时未能识别；声明输入范围（scope = narrative 或 complete）后缺项才作为问题报告。",
            $"Not found in the input: {string.Join("; ", notFound.Select(p => p.NameEn))}. If the document has them they may not have been recognised; declare the input scope (narrative or complete) to report absent parts as findings.",
            [.. notFound.Select(p => p.Pointer)]);
    }

    private static void JudgeBlankTable(ValidationContext context, RequiredPart part)
    {
        if (Array.IndexOf(JudgedByEmptyTableRule, part.Pointer) >= 0)
        {
            context.Pass();
            return;
        }

        var prefix = part.Pointer + "/";
        var anyFigure = context.Facts.AnyBelow<Amount>(context.Facts.Find(part.Pointer));
        if (anyFigure || context.Facts.TryGet<string>(prefix + "note", out var note) && note.Trim().Length > 0)
        {
            context.Pass();
            return;
        }

        context.Fail($"{part.NameZh}没有数字，也没有“本表无数据”的说明。", $"{part.NameEn} has no figures and no statement that it has no data.", new[] { part.Pointer });
    }

    /// <summary>
    /// The absolute pointers each rule's relations name, per list of relations (a validator hands every run the same list):
    /// gathered once, not per report; and the answer of <see cref="RulesNeeding"/> per set of absent tables.
    /// </summary>
    private static readonly ConditionalWeakTable<IReadOnlyList<Relation>, RelationPointers> PointersByRelations = new();

    private sealed class RelationPointers(IReadOnlyList<Relation> relations)
    {
        public readonly (string RuleId, string[] Pointers)[] ByRelation = [.. relations.Select(r => (r.RuleId, PointersOf(r).ToArray()))];
        public readonly ConcurrentDictionary<string, List<string>> ByTables = new(StringComparer.Ordinal);
    }

    /// <summary>The ids of the rules that need a figure under one of the tables.</summary>
    private static List<string> RulesNeeding(ValidationContext context, string[] tables)
    {
        var known = PointersByRelations.GetValue(context.Relations, static r => new RelationPointers(r));
        return known.ByTables.GetOrAdd(string.Join("|", tables), _ => Needing(known, tables));
    }

    private static List<string> Needing(RelationPointers known, string[] tables)
    {
        bool Under(string pointer)
        {
            foreach (var t in tables)
            {
                if (pointer.StartsWith(t, StringComparison.Ordinal) && (pointer.Length == t.Length || pointer[t.Length] == '/'))
                {
                    return true;
                }
            }

            return false;
        }

        var ids = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var (ruleId, pointers) in known.ByRelation)
        {
            if (pointers.Any(Under))
            {
                ids.Add(ruleId);
            }
        }

        foreach (var (table, id) in CodeRulesOnTables)
        {
            if (tables.Contains(table))
            {
                ids.Add(id);
            }
        }

        return [.. ids];
    }

    private static IEnumerable<string> PointersOf(Relation relation) => relation switch
    {
        SumRelation s => s.Items.Select(i => i.Pointer).Append(s.Total),
        HierarchyRelation h => new[] { h.Rows },
        RollupRelation r => new[] { r.Parents, r.Children },
        MatchRelation m => new[] { m.Left, m.Right },
        InequalityRelation q => new[] { q.Lesser, q.Greater },
        RatioRelation t => new[] { t.Percent, t.Numerator, t.Denominator },
        UniqueRelation u => new[] { u.List },
        PatternRelation p => new[] { p.List },
        ParentListedRelation l => new[] { l.List },
        ConditionRelation c => ConditionRelationEvaluator.AbsoluteReferences(c),
        _ => Array.Empty<string>(),
    };
}
