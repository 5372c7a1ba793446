using System;
using System.Collections.Generic;
using PublicFinance.FinalAccounts.Classification;
using PublicFinance.FinalAccounts.Model;
using PublicFinance.FinalAccounts.Model.Narrative;
using PublicFinance.FinalAccounts.Model.Performance;
using PublicFinance.FinalAccounts.Values;

namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Builds the model records straight from the draft (草稿直接成为报告): one walk of the <see cref="DraftNode"/> tree
/// calling the records' initialisers, with no JSON text written and read back. It accepts only what the contract's
/// deserializer (<see cref="Serialization.FinalAccountsJson"/>) accepts from the draft's JSON — the same strict figure
/// form, strict enum names, bounded counts and years, non-empty names and reasons, required members — and gives up
/// (returns null) at the first member, shape or value it does not know to be valid, including every part of the model
/// the reader never drafts (the nine tables, dates, addresses). The caller then takes the JSON path, which drops
/// what does not fit with a located note. So the report is the same either way; only its cost differs.
/// </summary>
internal sealed partial class DraftMaterializer
{
    private bool failed;

    private DraftMaterializer()
    {
    }

    /// <summary>The report the draft describes, or null when the JSON path must decide (see the class remarks).</summary>
    /// <param name="root">The draft's root object.</param>
    /// <returns>The report, or null.</returns>
    public static FinalAccountsReport? TryBuild(DraftNode root)
    {
        var builder = new DraftMaterializer();
        FinalAccountsReport? report;
        try
        {
            report = builder.Report(root);
        }
        catch (ArgumentException)
        {
            // A record's initialiser refusing a value the checks here let through (none is known): the JSON path, which
            // wraps the same refusal as a located error, decides instead.
            return null;
        }

        return builder.failed ? null : report;
    }

    private FinalAccountsReport? Report(DraftNode node)
    {
        if (!IsObject(node))
        {
            return null;
        }

        string? version = null;
        ReportingEntity? entity = null;
        AmountUnit unit = default;
        SourceDocument? source = null;
        Personnel? personnel = null;
        NarrativeSections? narrative = null;
        PerformanceStatement? performance = null;
        ClassifiedProjects? classified = null;
        IReadOnlyList<GlossaryEntry>? glossary = null;
        IReadOnlyList<string>? notes = null;
        for (var i = 0; i < node.Count; i++)
        {
            var v = node.At(i);
            switch (node.NameAt(i))
            {
                case "schemaVersion":
                    version = Str(v) is "1.0" or "1.1" or "1.2" ? v.Text : Fail<string>();
                    break;
                case "entity":
                    entity = Entity(v);
                    break;
                case "unit":
                    unit = EnumValue<AmountUnit>(v);
                    break;
                case "source":
                    source = Source(v);
                    break;
                case "personnel":
                    personnel = Personnel(v);
                    break;
                case "narrative":
                    narrative = Narrative(v);
                    break;
                case "performance":
                    performance = Performance(v);
                    break;
                case "classifiedProjects":
                    classified = Classified(v);
                    break;
                case "glossary":
                    glossary = List(v, Glossary);
                    break;
                case "notes":
                    notes = Strings(v);
                    break;
                default:
                    return Fail<FinalAccountsReport>();   // the tables, or a member the model does not have
            }
        }

        if (entity is null || failed)
        {
            return Fail<FinalAccountsReport>();
        }

        return new FinalAccountsReport
        {
            SchemaVersion = version!,
            Entity = entity,
            Unit = unit,
            Source = source,
            Personnel = personnel,
            Narrative = narrative,
            Performance = performance,
            ClassifiedProjects = classified,
            Glossary = glossary!,
            Notes = notes!,
        };
    }

    private ReportingEntity? Entity(DraftNode node)
    {
        if (!IsObject(node))
        {
            return null;
        }

        string? name = null;
        ReportKind kind = default;
        int? year = null;
        string? region = null;
        IReadOnlyList<string>? functions = null;
        IReadOnlyList<ConstituentUnit>? units = null;
        int? divisionCount = null;
        IReadOnlyList<string>? divisions = null;
        for (var i = 0; i < node.Count; i++)
        {
            var v = node.At(i);
            switch (node.NameAt(i))
            {
                case "name":
                    name = Str(v);   // the entity's name may be empty (the reader's placeholder when no title names one)
                    break;
                case "kind":
                    kind = EnumValue<ReportKind>(v);
                    break;
                case "fiscalYear":
                    year = Year(v);
                    break;
                case "region":
                    region = Str(v);
                    break;
                case "functions":
                    functions = Strings(v);
                    break;
                case "units":
                    units = List(v, Unit);
                    break;
                case "internalDivisionCount":
                    divisionCount = Count(v);
                    break;
                case "internalDivisions":
                    divisions = Strings(v);
                    break;
                default:
                    return Fail<ReportingEntity>();
            }
        }

        return name is null
            ? Fail<ReportingEntity>()
            : new ReportingEntity
            {
                Name = name,
                Kind = kind,
                FiscalYear = year,
                Region = region,
                Functions = functions!,
                Units = units!,
                InternalDivisionCount = divisionCount,
                InternalDivisions = divisions!,
            };
    }

    private ConstituentUnit? Unit(DraftNode node)
    {
        if (!IsObject(node))
        {
            return null;
        }

        string? name = null;
        UnitRole? role = null;
        string? note = null;
        for (var i = 0; i < node.Count; i++)
        {
            var v = node.At(i);
            switch (node.NameAt(i))
            {
                case "name":
                    name = NonEmpty(v);
                    break;
                case "role":
                    role = EnumValue<UnitRole>(v);
                    break;
                case "note":
                    note = Str(v);
                    break;
                default:
                    return Fail<ConstituentUnit>();
            }
        }

        return name is null ? Fail<ConstituentUnit>() : new ConstituentUnit { Name = name, Role = role, Note = note };
    }

    private SourceDocument? Source(DraftNode node)
    {
        if (!IsObject(node))
        {
            return null;
        }

        string? title = null;
        for (var i = 0; i < node.Count; i++)
        {
            // The address and the date have patterns the contract checks; the reader never drafts them.
            if (node.NameAt(i) != "title")
            {
                return Fail<SourceDocument>();
            }

            title = Str(node.At(i));
        }

        return new SourceDocument { Title = title };
    }

    private Personnel? Personnel(DraftNode node)
    {
        if (!IsObject(node))
        {
            return null;
        }

        PersonnelCount? authorized = null, total = null, active = null, retiredCadres = null, retired = null;
        for (var i = 0; i < node.Count; i++)
        {
            var v = node.At(i);
            switch (node.NameAt(i))
            {
                case "authorizedPositions":
                    authorized = Head(v);
                    break;
                case "total":
                    total = Head(v);
                    break;
                case "active":
                    active = Head(v);
                    break;
                case "retiredCadres":
                    retiredCadres = Head(v);
                    break;
                case "retired":
                    retired = Head(v);
                    break;
                default:
                    return Fail<Personnel>();
            }
        }

        return new Personnel
        {
            AuthorizedPositions = authorized,
            Total = total,
            Active = active,
            RetiredCadres = retiredCadres,
            Retired = retired,
        };
    }

    private PersonnelCount? Head(DraftNode node)
    {
        if (!IsObject(node))
        {
            return null;
        }

        int? count = null;
        int? change = null;
        for (var i = 0; i < node.Count; i++)
        {
            var v = node.At(i);
            switch (node.NameAt(i))
            {
                case "count":
                    count = Count(v);
                    break;
                case "change":
                    change = Int(v, int.MinValue, int.MaxValue);
                    break;
                default:
                    return Fail<PersonnelCount>();
            }
        }

        return count is { } c ? new PersonnelCount { Count = c, Change = change } : Fail<PersonnelCount>();
    }

    private ClassifiedProjects? Classified(DraftNode node)
    {
        if (!IsObject(node))
        {
            return null;
        }

        int? count = null;
        Amount? budget = null, executed = null;
        for (var i = 0; i < node.Count; i++)
        {
            var v = node.At(i);
            switch (node.NameAt(i))
            {
                case "count":
                    count = Count(v);
                    break;
                case "budget":
                    budget = Amt(v);
                    break;
                case "executed":
                    executed = Amt(v);
                    break;
                default:
                    return Fail<ClassifiedProjects>();
            }
        }

        return new ClassifiedProjects { Count = count, Budget = budget, Executed = executed };
    }

    private GlossaryEntry? Glossary(DraftNode node)
    {
        if (!IsObject(node))
        {
            return null;
        }

        string? term = null, definition = null;
        for (var i = 0; i < node.Count; i++)
        {
            var v = node.At(i);
            switch (node.NameAt(i))
            {
                case "term":
                    term = NonEmpty(v);
                    break;
                case "definition":
                    definition = NonEmpty(v);
                    break;
                default:
                    return Fail<GlossaryEntry>();
            }
        }

        return term is null || definition is null ? Fail<GlossaryEntry>() : new GlossaryEntry { Term = term, Definition = definition };
    }

    private YearOverYearChange? Change(DraftNode node)
    {
        if (!IsObject(node))
        {
            return null;
        }

        ChangeDirection? direction = null, rateDirection = null;
        Amount? amount = null, prior = null;
        Percent? rate = null;
        string? reason = null;
        for (var i = 0; i < node.Count; i++)
        {
            var v = node.At(i);
            switch (node.NameAt(i))
            {
                case "direction":
                    direction = EnumValue<ChangeDirection>(v);
                    break;
                case "amount":
                    amount = Amt(v, unsigned: true);
                    break;
                case "rate":
                    rate = Pct(v, unsigned: true);
                    break;
                case "rateDirection":
                    rateDirection = EnumValue<ChangeDirection>(v);
                    break;
                case "priorYearAmount":
                    prior = Amt(v);
                    break;
                case "reason":
                    reason = NonEmpty(v);
                    break;
                default:
                    return Fail<YearOverYearChange>();
            }
        }

        return direction is { } d
            ? new YearOverYearChange
            {
                Direction = d,
                Amount = amount,
                Rate = rate,
                RateDirection = rateDirection,
                PriorYearAmount = prior,
                Reason = reason,
            }
            : Fail<YearOverYearChange>();
    }

    private BudgetComparison? Budget(DraftNode node)
    {
        if (!IsObject(node))
        {
            return null;
        }

        BudgetKind? kind = null;
        Amount? budget = null, final = null, difference = null;
        Percent? completion = null, variance = null;
        BudgetRelation? relation = null;
        string? reason = null;
        for (var i = 0; i < node.Count; i++)
        {
            var v = node.At(i);
            switch (node.NameAt(i))
            {
                case "kind":
                    kind = EnumValue<BudgetKind>(v);
                    break;
                case "budgetAmount":
                    budget = Amt(v);
                    break;
                case "finalAmount":
                    final = Amt(v);
                    break;
                case "completionRate":
                    completion = Pct(v);
                    break;
                case "varianceRate":
                    variance = Pct(v);
                    break;
                case "difference":
                    difference = Amt(v, unsigned: true);
                    break;
                case "relation":
                    relation = EnumValue<BudgetRelation>(v);
                    break;
                case "reason":
                    reason = NonEmpty(v);
                    break;
                default:
                    return Fail<BudgetComparison>();
            }
        }

        return kind is { } k
            ? new BudgetComparison
            {
                Kind = k,
                BudgetAmount = budget,
                FinalAmount = final,
                CompletionRate = completion,
                VarianceRate = variance,
                Difference = difference,
                Relation = relation,
                Reason = reason,
            }
            : Fail<BudgetComparison>();
    }

    /// <summary>The members a <see cref="StatedFigure"/> and a <see cref="FunctionalFigure"/> share.</summary>
    private struct FigureParts
    {
        public Amount? Amount;
        public Percent? Share;
        public string? ShareBasis;
        public YearOverYearChange? Change;
        public BudgetComparison? Budget;
    }

    /// <summary>Reads a member of a stated figure into <paramref name="parts"/>; false when it is not one.</summary>
    private bool FigureMember(string name, DraftNode v, ref FigureParts parts)
    {
        switch (name)
        {
            case "amount":
                parts.Amount = Amt(v);
                return true;
            case "share":
                parts.Share = Pct(v);
                return true;
            case "shareBasis":
                parts.ShareBasis = Str(v);
                return true;
            case "change":
                parts.Change = Change(v);
                return true;
            case "budget":
                parts.Budget = Budget(v);
                return true;
            default:
                return false;
        }
    }

    private StatedFigure? Figure(DraftNode node)
    {
        if (!IsObject(node))
        {
            return null;
        }

        var parts = default(FigureParts);
        for (var i = 0; i < node.Count; i++)
        {
            if (!FigureMember(node.NameAt(i), node.At(i), ref parts))
            {
                return Fail<StatedFigure>();
            }
        }

        return parts.Amount is { } amount
            ? new StatedFigure
            {
                Amount = amount,
                Share = parts.Share,
                ShareBasis = parts.ShareBasis,
                Change = parts.Change,
                Budget = parts.Budget,
            }
            : Fail<StatedFigure>();
    }

    private FunctionalFigure? Functional(DraftNode node)
    {
        if (!IsObject(node))
        {
            return null;
        }

        var parts = default(FigureParts);
        FunctionalCode? code = null;
        string? className = null, sectionName = null, name = null;
        for (var i = 0; i < node.Count; i++)
        {
            var v = node.At(i);
            var member = node.NameAt(i);
            switch (member)
            {
                case "code":
                    code = Code(v);
                    break;
                case "className":
                    className = NonEmpty(v);
                    break;
                case "sectionName":
                    sectionName = NonEmpty(v);
                    break;
                case "name":
                    name = NonEmpty(v);
                    break;
                default:
                    if (!FigureMember(member, v, ref parts))
                    {
                        return Fail<FunctionalFigure>();
                    }

                    break;
            }
        }

        return parts.Amount is { } amount && name is not null
            ? new FunctionalFigure
            {
                Amount = amount,
                Share = parts.Share,
                ShareBasis = parts.ShareBasis,
                Change = parts.Change,
                Budget = parts.Budget,
                Code = code,
                ClassName = className,
                SectionName = sectionName,
                Name = name,
            }
            : Fail<FunctionalFigure>();
    }
}
