using System.Collections.Concurrent;
using System.Runtime.CompilerServices;

namespace PublicFinance.FinalAccounts.Validation.Rules;

/// <summary>
/// Presence and completeness (齐全性): the tables, sections and details that <c>required-parts.tsv</c> requires for the
/// report's kind and year, judged according to the run's <see cref="InputScope"/>.
/// </summary>
internal static class PresenceRules
{
    private const string RequiredPartsBasis = "issue 10; Validation/Data/required-parts.tsv (listed in rules.md, Required parts)";

    /// <summary>The rules this file implements, each declared beside its check (本文件实现的规则及其说明).</summary>
    /// <returns>The rules, for <see cref="CodeRules.All"/>.</returns>
    public static IEnumerable<IValidationRule> Rules()
    {
        yield return Presence("FA6101", Severity.Error, "公开表齐全", "Every required table is published",
            "完整公开（scope = complete）：当年要求的每张表都在，空表注明“本表无数据”；只有说明（scope = narrative）：未随输入提供的表给出一条提示并列出因此无法检查的规则",
            Tables);
        yield return Presence("FA6102", Severity.Warning, "说明的必备部分齐全", "Every required narrative section is present",
            "当年要求的每一部分（部门概况、收支总体、收入、支出、财政拨款、一般公共预算、基本支出、政府性基金、国有资本经营、三公、机关运行经费、政府采购、国有资产、绩效、名词解释）都在",
            Sections);
        yield return Presence("FA6103", Severity.Warning, "说明的必备要素齐全", "Every required detail of a section is stated",
            "一般公共预算按项说明；人员经费、公用经费所含款；三公的团组数、人次、购置数、保有量、接待批次、人次；政府采购的货物、工程、服务及授予中小企业金额；国有资产中的车辆（金额为零的不要求）",
            Details);
    }

    /// <summary>A presence rule: category <see cref="RuleCategory.Presence"/>, basis the required parts' table.</summary>
    private static CodeRule Presence(
        string id, Severity severity, string titleZh, string titleEn, string formula, Action<ValidationContext> check) =>
        CodeRule.Declare(id, RuleCategory.Presence, severity, titleZh, titleEn, formula, RequiredPartsBasis, check);

    /// <summary>Every required part by its id: made once (it was made again by every validation).</summary>
    private static readonly Lazy<Dictionary<string, RequiredPart>> PartsById =
        new(() => RequiredPart.All.ToDictionary(p => p.Id, StringComparer.Ordinal));

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
        ContractValues.Present(ContractValues.ValueAt(context.Report, JsonPointer.Parse(pointer).Tokens));

    /// <summary>
    /// <see cref="Present(ValidationContext, string)"/> of a part, by its pointer's tokens parsed once, read from the typed
    /// report (session 24).
    /// </summary>
    private static bool Present(ValidationContext context, RequiredPart part) =>
        ContractValues.Present(part.PointerPath.ValueAt(context.Report));

    /// <summary>The amount a detail's <c>when</c> pointer names, when stated (read from the typed report).</summary>
    private static bool TryWhen(ValidationContext context, RequiredPart part, out Amount amount)
    {
        if (part.WhenPath.ValueAt(context.Report) is Amount stated)
        {
            amount = stated;
            return true;
        }

        amount = default;
        return false;
    }

    public static void Tables(ValidationContext context)
    {
        var absent = new List<RequiredPart>();
        foreach (var part in RequiredPart.Applying(context.Report, RequiredPartKind.Table))
        {
            if (Present(context, part))
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
                    var (zh, en) = ValidationMessages.TableMissing(part.NameZh, part.NameEn);
                    context.Fail(zh, en, new[] { part.Pointer });
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

        var (noteZh, noteEn) = TablesNote(context, absent, pointers);
        context.CouldNotRunWithNote(noteZh, noteEn, pointers);
    }

    public static void Sections(ValidationContext context)
    {
        var notFound = new List<RequiredPart>();
        foreach (var part in RequiredPart.Applying(context.Report, RequiredPartKind.Section))
        {
            if (IsFinding(context, part, notFound))
            {
                var (zh, en) = ValidationMessages.SectionMissing(part.NameZh, part.NameEn);
                context.Fail(zh, en, new[] { part.Pointer });
            }
        }

        NoteNotFound(context, notFound);
    }

    public static void Details(ValidationContext context)
    {
        var parents = PartsById.Value;
        var notFound = new List<RequiredPart>();
        foreach (var part in RequiredPart.Applying(context.Report, RequiredPartKind.Detail))
        {
            if (!parents.TryGetValue(part.Parent, out var parent) || !Present(context, parent))
            {
                // Without its section the detail is the section rule's business (one finding per missing section).
                context.NotApplicable();
                continue;
            }

            if (part.When.Length > 0
                && !(TryWhen(context, part, out var amount) && !amount.IsZero))
            {
                context.NotApplicable();
                continue;
            }

            if (IsFinding(context, part, notFound))
            {
                var (zh, en) = ValidationMessages.DetailMissing(parent.NameZh, parent.NameEn, part.NameZh, part.NameEn);
                context.Fail(zh, en, new[] { part.Pointer });
            }
        }

        NoteNotFound(context, notFound);
    }

    /// <summary>
    /// Present: passed. Absent: not judged in a fragment, noted when the scope was inferred, a finding when it was declared
    /// — then true, and the caller reports it (its message is written only then).
    /// </summary>
    private static bool IsFinding(ValidationContext context, RequiredPart part, List<RequiredPart> notFound)
    {
        if (Present(context, part))
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
            return true;
        }

        return false;
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

        var (zh, en) = ValidationMessages.NotFoundInInput(notFound.Select(p => p.NameZh), notFound.Select(p => p.NameEn));
        context.CouldNotRunWithNote(zh, en, [.. notFound.Select(p => p.Pointer)]);
    }

    private static readonly string[] NoteToken = ["note"];

    private static void JudgeBlankTable(ValidationContext context, RequiredPart part)
    {
        if (Array.IndexOf(JudgedByEmptyTableRule, part.Pointer) >= 0)
        {
            context.Pass();
            return;
        }

        var table = part.PointerPath.ValueAt(context.Report);
        var anyFigure = ContractValues.AnyBelow<Amount>(table);
        var note = table is null ? null : ContractValues.ValueAt(table, NoteToken) as string;

        if (anyFigure || note is not null && note.Trim().Length > 0)
        {
            context.Pass();
            return;
        }

        var (zh, en) = ValidationMessages.BlankTable(part.NameZh, part.NameEn);
        context.Fail(zh, en, new[] { part.Pointer });
    }

    /// <summary>
    /// The absolute pointers each rule's relations name, per list of relations (a validator hands every run the same list):
    /// gathered once, not per report; and the answer of <see cref="TablesNote"/> per set of absent tables.
    /// </summary>
    private static readonly ConditionalWeakTable<IReadOnlyList<Relation>, RelationPointers> PointersByRelations = new();

    private sealed class RelationPointers(IReadOnlyList<Relation> relations)
    {
        public readonly (string RuleId, string[] Pointers)[] ByRelation = [.. relations.Select(r => (r.RuleId, PointersOf(r).ToArray()))];
        public readonly ConcurrentDictionary<string, List<string>> ByTables = new(StringComparer.Ordinal);
        public readonly ConcurrentDictionary<string, (RequiredPart[] Parts, string Zh, string En)> Notes = new(StringComparer.Ordinal);
    }

    /// <summary>
    /// The note on tables absent from a narrative input, with the ids of the rules that need a figure under one of them:
    /// written once per list of relations and set of absent parts (every report of a bulk run without tables has the same
    /// note), not per report.
    /// </summary>
    private static (string Zh, string En) TablesNote(ValidationContext context, List<RequiredPart> absent, string[] tables)
    {
        var known = PointersByRelations.GetValue(context.Relations, static r => new RelationPointers(r));
        var key = string.Join("|", tables);
        if (known.Notes.TryGetValue(key, out var note) && note.Parts.SequenceEqual(absent))
        {
            return (note.Zh, note.En);
        }

        var rules = known.ByTables.GetOrAdd(key, _ => Needing(known, tables));
        var (zh, en) = ValidationMessages.TablesNotInInput(absent.Select(p => p.NameZh), absent.Select(p => p.NameEn), rules);
        known.Notes[key] = ([.. absent], zh, en);
        return (zh, en);
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
