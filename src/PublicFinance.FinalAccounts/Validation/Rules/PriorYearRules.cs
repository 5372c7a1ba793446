using System;
using System.Collections.Generic;
using System.Linq;
using PublicFinance.FinalAccounts.Model;

namespace PublicFinance.FinalAccounts.Validation.Rules;

/// <summary>Prior-year figures reconstructed from stated changes, FA2107 (由增减额推算上年数).</summary>
internal static class PriorYearRules
{
    private static string Parent(string pointer) => JsonPointer.ParentOf(pointer);

    private static int Sign(ChangeDirection d) => d == ChangeDirection.Decrease ? -1 : d == ChangeDirection.Increase ? 1 : 0;

    /// <summary>The current-year figure a change refers to: the figure's own amount, or a statement's grand total.</summary>
    public static bool TryCurrent(ValidationContext context, string changePointer, out Figure current)
    {
        var parent = Parent(changePointer);
        foreach (var candidate in new[] { parent + "/amount", parent + "/incomeGrandTotal/amount" })
        {
            if (RelationEvaluator.TryFigure(context, candidate, out current))
            {
                return true;
            }
        }

        current = default;
        return false;
    }

    /// <summary>The prior-year interval reconstructed from a stated change (or the stated prior-year amount).</summary>
    public static bool TryPrior(ValidationContext context, string changePointer, YearOverYearChange change, out Figure prior)
    {
        prior = default;
        if (change.PriorYearAmount is { } stated)
        {
            prior = context.Figure(changePointer + "/priorYearAmount", stated);
            return true;
        }

        if (!TryCurrent(context, changePointer, out var current))
        {
            return false;
        }

        if (change.Direction == ChangeDirection.Unchanged)
        {
            prior = new Figure(changePointer, current.Value, current.Range);
            return true;
        }

        if (change.Amount is not { } amount)
        {
            return false;
        }

        var s = Sign(change.Direction);
        var range = context.Range(amount);
        prior = new Figure(changePointer, current.Value - s * amount.Value, s > 0 ? current.Range - range : current.Range + range);
        return true;
    }

    public static void PriorYearReconstruction(ValidationContext context)
    {
        foreach (var relation in context.Relations)
        {
            switch (relation)
            {
                case SumRelation { PriorYear: true } sum:
                    foreach (var (totalPointer, indices) in RelationEvaluator.Expand(context.Facts, sum.Total, [], out _))
                    {
                        var items = new List<string>();
                        foreach (var term in sum.Items)
                        {
                            foreach (var (p, _) in RelationEvaluator.Expand(context.Facts, term.Pointer, indices, out _))
                            {
                                if (context.Facts.Contains(p) || !term.Optional)
                                {
                                    items.Add(p);
                                }
                            }
                        }

                        CheckPrior(context, totalPointer, items);
                    }

                    break;
                case RollupRelation { PriorYear: true } rollup:
                    var parents = context.Facts.ListCount(rollup.Parents);
                    var children = context.Facts.ListCount(rollup.Children);
                    if (Enumerable.Range(0, Math.Max(0, children)).Any(j => !context.Facts.Contains(JsonPointer.Child(JsonPointer.Element(rollup.Children, j), "code"))))
                    {
                        context.NotApplicable();   // a child without a code could belong to any parent
                        break;
                    }

                    for (var i = 0; i < parents; i++)
                    {
                        var row = JsonPointer.Element(rollup.Parents, i);
                        if (!context.Facts.TryGetValue(row + "/code", out var code))
                        {
                            continue;
                        }

                        var c = code.ToString()!;
                        var items = new List<string>();
                        for (var j = 0; j < children; j++)
                        {
                            var child = JsonPointer.Element(rollup.Children, j);
                            if (context.Facts.TryGetValue(child + "/code", out var cc) && cc.ToString() is { } s && s.Length > c.Length && s.StartsWith(c, StringComparison.Ordinal))
                            {
                                items.Add(JsonPointer.Child(child, rollup.Value));
                            }
                        }

                        if (items.Count > 0)
                        {
                            CheckPrior(context, JsonPointer.Child(row, rollup.Value), items);
                        }
                    }

                    break;
            }
        }
    }

    private static void CheckPrior(ValidationContext context, string totalPointer, List<string> itemPointers)
    {
        // No item stated (a list of classes left empty): nothing to rebuild the total from, not a sum of zero.
        if (itemPointers.Count == 0 || !TryPriorOf(context, totalPointer, out var total))
        {
            context.NotApplicable();
            return;
        }

        var items = new List<(Figure, int)>();
        foreach (var p in itemPointers)
        {
            if (!TryPriorOf(context, p, out var prior))
            {
                context.NotApplicable();
                return;
            }

            items.Add((prior, 1));
        }

        context.CheckSum(total, items, "由增减额推算的上年数：合计应等于各项之和", "Prior-year figures reconstructed from the stated changes: the total should equal the sum of the items");
    }

    private static bool TryPriorOf(ValidationContext context, string amountPointer, out Figure prior)
    {
        prior = default;
        if (!amountPointer.EndsWith("/amount", StringComparison.Ordinal))
        {
            return false;
        }

        var changePointer = Parent(amountPointer) + "/change";
        return context.Facts.TryGet<YearOverYearChange>(changePointer, out var change) && TryPrior(context, changePointer, change, out prior);
    }
}
