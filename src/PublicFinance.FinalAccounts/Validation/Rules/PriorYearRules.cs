using System.Runtime.CompilerServices;
using PublicFinance.FinalAccounts.Model;

namespace PublicFinance.FinalAccounts.Validation.Rules;

/// <summary>
/// Prior-year figures reconstructed from stated changes, FA2107 (由增减额推算上年数). Reads the typed model (session 25;
/// <c>PriorYearRules.Typed.cs</c>): the relations' templates are expanded by the contract's getters and pointer text is
/// written only for a sum that does not pass by its printed values. The fact index is not read.
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

    public static void PriorYearReconstruction(ValidationContext context) =>
        // The prior-year relations of this validator, in their order, with their templates parsed: found once per list of
        // relations (a validator hands every run the same list), not by a pass over all of them per report.
        ReconstructTyped(context, Steps.GetValue(context.Relations, static r => PriorYearStep.Of(r)));

    /// <summary>The prior-year steps of each list of relations (made on its first validation).</summary>
    private static readonly ConditionalWeakTable<IReadOnlyList<Relation>, PriorYearStep[]> Steps = new();

    /// <summary>A prior-year sum (its total's and items' templates over the typed model) or a prior-year roll-up.</summary>
    internal sealed class PriorYearStep
    {
        /// <summary>The total's template over the typed model.</summary>
        public TypedTemplate? TypedTotal { get; private init; }

        /// <summary>The items' templates over the typed model.</summary>
        public TypedTemplate[] TypedItems { get; private init; } = [];

        /// <summary>Whether each item is optional (left out when absent).</summary>
        public bool[] Optional { get; private init; } = [];

        /// <summary>Whether the sum's stated items are a lower bound when an optional one is absent (session 36).</summary>
        public bool LowerBoundWhenPartial { get; private init; }

        /// <summary>Whether each item closes its list (when stated, the list is complete: <see cref="SumTerm.ClosesList"/>).</summary>
        public bool[] Closing { get; private init; } = [];

        /// <summary>The roll-up, for a prior-year roll-up.</summary>
        public RollupRelation? Rollup { get; private init; }

        /// <summary>The roll-up's parents' and children's lists over the typed model (null: not a pointer, nothing there).</summary>
        public (ContractPath? Parents, ContractPath? Children) TypedRollup { get; private init; }

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
                            Optional = [.. sum.Items.Select(i => i.Optional)],
                            LowerBoundWhenPartial = sum.LowerBoundWhenPartial,
                            Closing = [.. sum.Items.Select(i => i.ClosesList)],
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

        /// <summary>A list pointer's path, or null when it is not a pointer (then nothing is found there, as in the index).</summary>
        private static ContractPath? PathOrNone(string pointer) =>
            JsonPointer.TryParse(pointer, out var parsed) ? new ContractPath(parsed.Tokens) : null;
    }
}
