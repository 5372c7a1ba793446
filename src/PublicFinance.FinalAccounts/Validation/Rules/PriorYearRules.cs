using System.Runtime.CompilerServices;
using PublicFinance.FinalAccounts.Model;

namespace PublicFinance.FinalAccounts.Validation.Rules;

/// <summary>
/// Prior-year figures reconstructed from stated changes, FA2107 (由增减额推算上年数). Works on the index's nodes: the
/// relations' templates are expanded into locations and pointer text is written only for a finding or a verification.
/// </summary>
internal static partial class PriorYearRules
{
    /// <summary>The rules this file implements, each declared beside its check (本文件实现的规则及其说明).</summary>
    /// <returns>The rules, for <see cref="CodeRules.All"/>.</returns>
    public static IEnumerable<IValidationRule> Rules()
    {
        yield return CodeRule.Declare(
            "FA2107", RuleCategory.Change, Severity.Error,
            "由增减额推算的上年数仍满足合计关系", "Prior-year figures reconstructed from changes still add up",
            "上年合计 = Σ 上年各项，其中上年数 = 本年数 ∓ 增减额（合计与各项都给出增减时）",
            "domain §6 增减额",
            PriorYearReconstruction);
    }

    private const string AmountMember = "amount";
    private const string ChangeMember = "change";
    private const string CodeMember = "code";
    private static readonly CheckLabel Label = CheckLabel.Of(ValidationMessages.PriorYearReconstruction);

    private static int Sign(ChangeDirection d) => d == ChangeDirection.Decrease ? -1 : d == ChangeDirection.Increase ? 1 : 0;

    /// <summary>A member of a present node: the node there, or the absent place below it.</summary>
    private static FactPointer MemberOf(ReportFacts facts, int node, string member)
    {
        var child = facts.Member(node, member);
        return child >= 0 ? FactPointer.At(facts, child) : FactPointer.Below(facts, node, "/" + JsonPointer.Escape(member));
    }

    /// <summary>The current-year figure a change refers to: the figure's own amount, or a statement's grand total.</summary>
    private static bool TryCurrent(ValidationContext context, int change, out Figure current)
    {
        var facts = context.Facts;
        var parent = facts.ParentOf(change);
        if (RelationEvaluator.TryFigure(context, MemberOf(facts, parent, AmountMember), out current))
        {
            return true;
        }

        var total = facts.Member(parent, "incomeGrandTotal");
        var candidate = total >= 0 ? MemberOf(facts, total, AmountMember) : FactPointer.Below(facts, parent, "/incomeGrandTotal/amount");
        return RelationEvaluator.TryFigure(context, candidate, out current);
    }

    /// <summary>The prior-year interval reconstructed from a stated change (or the stated prior-year amount).</summary>
    private static bool TryPrior(ValidationContext context, int changeNode, YearOverYearChange change, out Figure prior)
    {
        prior = default;
        var facts = context.Facts;
        if (change.PriorYearAmount is { } stated)
        {
            prior = context.Figure(MemberOf(facts, changeNode, "priorYearAmount"), stated);
            return true;
        }

        if (!TryCurrent(context, changeNode, out var current))
        {
            return false;
        }

        var at = FactPointer.At(facts, changeNode);
        if (change.Direction == ChangeDirection.Unchanged)
        {
            prior = new Figure(at, current.Value, current.Range);
            return true;
        }

        if (change.Amount is not { } amount)
        {
            return false;
        }

        var s = Sign(change.Direction);
        var range = context.Range(amount);
        prior = new Figure(at, current.Value - s * amount.Value, s > 0 ? current.Range - range : current.Range + range);
        return true;
    }

    public static void PriorYearReconstruction(ValidationContext context)
    {
        if (context.Options.TypedCodeRules)
        {
            ReconstructTyped(context, Steps.GetValue(context.Relations, static r => PriorYearStep.Of(r)));
            return;
        }

        var facts = context.Facts;
        var items = new List<FactPointer>();
        var figures = new List<(Figure, int)>();
        var totals = Expansions.Rent();
        var terms = Expansions.Rent();
        try
        {
            // The prior-year relations of this validator, in their order, with their templates parsed: found once per
            // list of relations (a validator hands every run the same list), not by a pass over all 337 per report.
            foreach (var step in Steps.GetValue(context.Relations, static r => PriorYearStep.Of(r)))
            {
                if (step.Rollup is { } rollup)
                {
                    Rollup(context, rollup, items, figures);
                    continue;
                }

                step.Total!.Expand(facts, [], totals, out _);
                for (var t = 0; t < totals.Count; t++)
                {
                    items.Clear();
                    for (var k = 0; k < step.Items.Length; k++)
                    {
                        step.Items[k].Expand(facts, totals.IndicesOf(t), terms, out _);
                        for (var i = 0; i < terms.Count; i++)
                        {
                            if (terms.LocationAt(i).Node >= 0 || !step.Optional[k])
                            {
                                items.Add(terms.LocationAt(i));
                            }
                        }
                    }

                    CheckPrior(context, totals.LocationAt(t), items, figures);
                }
            }
        }
        finally
        {
            Expansions.Return(totals);
            Expansions.Return(terms);
        }
    }

    /// <summary>The prior-year steps of each list of relations (made on its first validation).</summary>
    private static readonly ConditionalWeakTable<IReadOnlyList<Relation>, PriorYearStep[]> Steps = new();

    /// <summary>A prior-year sum (its total's and items' templates) or a prior-year roll-up.</summary>
    internal sealed class PriorYearStep
    {
        public PointerTemplate? Total { get; private init; }

        /// <summary>The total's template over the typed model.</summary>
        public TypedTemplate? TypedTotal { get; private init; }

        /// <summary>The items' templates over the typed model.</summary>
        public TypedTemplate[] TypedItems { get; private init; } = [];

        /// <summary>The roll-up's parents' and children's lists over the typed model.</summary>
        public (ContractPath? Parents, ContractPath? Children) TypedRollup { get; private init; }

        public PointerTemplate[] Items { get; private init; } = [];

        public bool[] Optional { get; private init; } = [];

        public RollupRelation? Rollup { get; private init; }

        public static PriorYearStep[] Of(IReadOnlyList<Relation> relations)
        {
            var steps = new List<PriorYearStep>();
            foreach (var relation in relations)
            {
                switch (relation)
                {
                    case SumRelation { PriorYear: true } sum:
                        steps.Add(new PriorYearStep
                        {
                            Total = PointerTemplate.Of(sum.Total),
                            Items = [.. sum.Items.Select(i => PointerTemplate.Of(i.Pointer))],
                            Optional = [.. sum.Items.Select(i => i.Optional)],
                            TypedTotal = new TypedTemplate(sum.Total),
                            TypedItems = [.. sum.Items.Select(i => new TypedTemplate(i.Pointer))],
                        });
                        break;
                    case RollupRelation { PriorYear: true } rollup:
                        steps.Add(new PriorYearStep
                        {
                            Rollup = rollup,
                            TypedRollup = (PathOrNone(rollup.Parents), PathOrNone(rollup.Children)),
                        });
                        break;
                }
            }

            return [.. steps];
        }

        /// <summary>A list pointer's tokens, or null when it is not a pointer (then nothing is found there, as in the index).</summary>
        private static ContractPath? PathOrNone(string pointer) =>
            JsonPointer.TryParse(pointer, out var parsed) ? new ContractPath(parsed.Tokens) : null;
    }

    private static void Rollup(ValidationContext context, RollupRelation rollup, List<FactPointer> items, List<(Figure, int)> figures)
    {
        var facts = context.Facts;
        var parentList = facts.Find(rollup.Parents);
        var childList = facts.Find(rollup.Children);
        var parents = facts.ListCountOf(parentList);
        var children = facts.ListCountOf(childList);
        for (var j = 0; j < children; j++)
        {
            if (facts.Member(facts.Element(childList, j), CodeMember) < 0)
            {
                context.NotApplicable();   // a child without a code could belong to any parent
                return;
            }
        }

        for (var i = 0; i < parents; i++)
        {
            var row = facts.Element(parentList, i);
            if (facts.ValueOf(facts.Member(row, CodeMember)) is not { } code)
            {
                continue;
            }

            var c = code.ToString()!;
            items.Clear();
            for (var j = 0; j < children; j++)
            {
                var child = facts.Element(childList, j);
                var childCode = facts.ValueOf(facts.Member(child, CodeMember))?.ToString();
                if (childCode is { } s && s.Length > c.Length && s.StartsWith(c, StringComparison.Ordinal)
                    && !HasListedChild(facts, childList, children, s))
                {
                    items.Add(MemberOf(facts, child, rollup.Value));
                }
            }

            if (items.Count > 0)
            {
                CheckPrior(context, MemberOf(facts, row, rollup.Value), items, figures);
            }
        }
    }

    /// <summary>
    /// Whether a child row's code is a proper prefix of another child's code (a 款 whose 项 are listed): the roll-up counts
    /// the 项 and not the 款 as well (one level per parent).
    /// </summary>
    private static bool HasListedChild(ReportFacts facts, int childList, int children, string code)
    {
        for (var k = 0; k < children; k++)
        {
            var other = facts.ValueOf(facts.Member(facts.Element(childList, k), CodeMember))?.ToString();
            if (other is { } o && o.Length > code.Length && o.StartsWith(code, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static void CheckPrior(ValidationContext context, FactPointer total, List<FactPointer> itemLocations, List<(Figure, int)> items)
    {
        // No item stated (a list of classes left empty): nothing to rebuild the total from, not a sum of zero.
        if (itemLocations.Count == 0 || !TryPriorOf(context, total, out var totalPrior))
        {
            context.NotApplicable();
            return;
        }

        items.Clear();
        foreach (var location in itemLocations)
        {
            if (!TryPriorOf(context, location, out var prior))
            {
                context.NotApplicable();
                return;
            }

            items.Add((prior, 1));
        }

        context.CheckSum(totalPrior, items, Label);
    }

    /// <summary>The reconstructed prior-year figure of an amount (a location named <c>amount</c> beside a <c>change</c>).</summary>
    private static bool TryPriorOf(ValidationContext context, FactPointer amount, out Figure prior)
    {
        prior = default;
        var facts = context.Facts;
        int row;
        if (amount.Node > ReportFacts.Root)
        {
            if (!string.Equals(facts.NameOf(amount.Node), AmountMember, StringComparison.Ordinal))
            {
                return false;
            }

            row = facts.ParentOf(amount.Node);
        }
        else
        {
            // An absent amount: its row, found from the text (rare: a non-optional item that is not stated).
            var text = amount.ToString();
            if (!text.EndsWith("/" + AmountMember, StringComparison.Ordinal))
            {
                return false;
            }

            row = facts.Find(JsonPointer.ParentOf(text));
        }

        var change = facts.Member(row, ChangeMember);
        return facts.TryGet<YearOverYearChange>(change, out var stated) && TryPrior(context, change, stated, out prior);
    }
}
