using System;
using System.Collections.Generic;
using System.Linq;
using PublicFinance.FinalAccounts.Model;
using PublicFinance.FinalAccounts.Values;
using static PublicFinance.FinalAccounts.Validation.ValidationContext;

namespace PublicFinance.FinalAccounts.Validation.Rules;

/// <summary>Year-over-year changes, budget comparisons and zero bases (同比增减、预决算对比、零基数).</summary>
internal static class ChangeAndBudgetRules
{
    private static string Parent(string pointer) => JsonPointer.ParentOf(pointer);

    private static int Sign(ChangeDirection d) => d == ChangeDirection.Decrease ? -1 : d == ChangeDirection.Increase ? 1 : 0;

    private static string Zh(ChangeDirection d) => d switch { ChangeDirection.Increase => "增加", ChangeDirection.Decrease => "减少", _ => "持平" };

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

    public static void Direction(ValidationContext context)
    {
        foreach (var (pointer, change) in context.Facts.OfType<YearOverYearChange>().Select(p => (p.Key, p.Value)))
        {
            if (change.Direction == ChangeDirection.Unchanged)
            {
                var amountNonZero = change.Amount is { } a && a.Value != 0m;
                var rateNonZero = change.Rate is { } r && r.Value != 0m;
                var priorDiffers = change.PriorYearAmount is { } p && TryCurrent(context, pointer, out var cur) && !context.Range(p).Intersects(cur.Range);
                if (amountNonZero || rateNonZero || priorDiffers)
                {
                    context.Fail(
                        $"表述为“持平”，但同时给出增减额 {change.Amount?.ToString() ?? "—"}、增减率 {change.Rate?.ToString() ?? "—"}。",
                        $"Stated as unchanged (持平) but with a change of {change.Amount?.ToString() ?? "—"} and a rate of {change.Rate?.ToString() ?? "—"}.",
                        new[] { pointer + "/direction", pointer + (amountNonZero ? "/amount" : rateNonZero ? "/rate" : "/priorYearAmount") });
                }
                else
                {
                    context.Pass();
                }

                continue;
            }

            if (change.Amount is { } amount && amount.Value < 0m)
            {
                context.Fail(
                    $"“{Zh(change.Direction)}”后的增减额应为正数，实为 {amount}。",
                    $"The amount after \"{change.Direction}\" should be a magnitude, but it is {amount}.",
                    new[] { pointer + "/amount", pointer + "/direction" });
                continue;
            }

            if (change.Rate is { } rate && rate.Value < 0m)
            {
                context.Fail(
                    $"“{Zh(change.Direction)}”后的增减率应为正数，实为 {rate}。",
                    $"The rate after \"{change.Direction}\" should be a magnitude, but it is {rate}.",
                    new[] { pointer + "/rate", pointer + "/direction" });
                continue;
            }

            context.Pass();
        }
    }

    public static void Unchanged(ValidationContext context)
    {
        foreach (var (pointer, change) in context.Facts.OfType<YearOverYearChange>().Select(p => (p.Key, p.Value)))
        {
            if (change.Direction == ChangeDirection.Unchanged || change.Amount is not { } amount)
            {
                context.NotApplicable();
                continue;
            }

            if (amount.Value == 0m && (change.Rate is null || change.Rate.Value.Value == 0m))
            {
                context.Fail(
                    $"增减额为 {amount}，应表述为“持平”，而不是“{Zh(change.Direction)}”。",
                    $"The change is {amount}; the text should say unchanged (持平) rather than \"{change.Direction}\".",
                    new[] { pointer + "/direction", pointer + "/amount" });
            }
            else
            {
                context.Pass();
            }
        }
    }

    public static void RateDirection(ValidationContext context)
    {
        foreach (var (pointer, change) in context.Facts.OfType<YearOverYearChange>().Select(p => (p.Key, p.Value)))
        {
            if (change.RateDirection is not { } rateDirection)
            {
                context.NotApplicable();
                continue;
            }

            if (rateDirection == change.Direction)
            {
                context.Pass();
                continue;
            }

            context.Fail(
                $"增减额表述为“{Zh(change.Direction)}”，增减率却表述为“{Zh(rateDirection)}”。",
                $"The amount is stated as {change.Direction} but the rate as {rateDirection}.",
                new[] { pointer + "/rateDirection", pointer + "/direction" });
        }
    }

    public static void Rate(ValidationContext context)
    {
        foreach (var (pointer, change) in context.Facts.OfType<YearOverYearChange>().Select(p => (p.Key, p.Value)))
        {
            if (change.Rate is not { } rate || change.Direction == ChangeDirection.Unchanged)
            {
                context.NotApplicable();
                continue;
            }

            if (!TryCurrent(context, pointer, out var current))
            {
                context.CouldNotRun(Parent(pointer) + "/amount");
                continue;
            }

            var s = Sign(change.Direction);
            DecimalInterval numerator;
            decimal numeratorValue;
            var others = new List<string>();
            if (change.Amount is { } amount)
            {
                numerator = context.Range(amount);
                numeratorValue = amount.Value;
                others.Add(pointer + "/amount");
            }
            else if (change.PriorYearAmount is { } stated)
            {
                var diff = current.Range - context.Range(stated);
                numerator = s > 0 ? diff : -diff;
                numeratorValue = s * (current.Value - stated.Value);
                others.Add(pointer + "/priorYearAmount");
            }
            else
            {
                context.CouldNotRun(pointer + "/amount");
                continue;
            }

            others.Add(current.Pointer);
            if (!TryPrior(context, pointer, change, out var prior))
            {
                context.CouldNotRun(pointer + "/amount");
                continue;
            }

            if (prior.Range.Upper < 0m)
            {
                context.Fail(
                    $"本年 {Show(current.Value)} 比上年{Zh(change.Direction)} {change.Amount}，推算的上年数 {Show(prior.Value)} 为负数。",
                    $"The current figure {Show(current.Value)} with a {change.Direction} of {change.Amount} implies a negative prior-year figure {Show(prior.Value)}.",
                    new[] { pointer + "/amount", current.Pointer });
                continue;
            }

            context.CheckRatio(pointer + "/rate", rate, numerator, numeratorValue, prior.Range, prior.Value, others,
                $"增减率（上年数 {Show(prior.Value)} = 本年 {Show(current.Value)} {(s > 0 ? "−" : "+")} 增减额）",
                $"Rate of change (prior year {Show(prior.Value)} = current {Show(current.Value)} {(s > 0 ? "−" : "+")} change)");
        }
    }

    public static void PriorYearAmount(ValidationContext context)
    {
        foreach (var (pointer, change) in context.Facts.OfType<YearOverYearChange>().Select(p => (p.Key, p.Value)))
        {
            if (change.PriorYearAmount is not { } prior || change.Amount is not { } amount || change.Direction == ChangeDirection.Unchanged)
            {
                context.NotApplicable();
                continue;
            }

            if (!TryCurrent(context, pointer, out var current))
            {
                context.CouldNotRun(Parent(pointer) + "/amount");
                continue;
            }

            context.CheckSum(current, new[] { (context.Figure(pointer + "/priorYearAmount", prior), 1), (context.Figure(pointer + "/amount", amount), Sign(change.Direction)) },
                "本年数 = 上年数 ± 增减额", "Current = prior year ± change");
        }
    }

    public static void Reason(ValidationContext context)
    {
        foreach (var (pointer, change) in context.Facts.OfType<YearOverYearChange>().Select(p => (p.Key, p.Value)))
        {
            if (change.Direction == ChangeDirection.Unchanged || change.Amount is { Value: 0m })
            {
                context.NotApplicable();
                continue;
            }

            if (!string.IsNullOrWhiteSpace(change.Reason))
            {
                context.Pass();
                continue;
            }

            context.Fail(
                $"比上年{Zh(change.Direction)}，但未说明原因。",
                $"A {change.Direction.ToString().ToLowerInvariant()} over the prior year is stated without a reason.",
                new[] { pointer });
        }
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

    // ---- budget comparisons ----------------------------------------------------------------------------------

    private static IEnumerable<(string Pointer, BudgetComparison Budget, Figure? Final, Figure? BudgetFigure)> Budgets(ValidationContext context)
    {
        foreach (var (pointer, budget) in context.Facts.OfType<BudgetComparison>().Select(p => (p.Key, p.Value)))
        {
            Figure? final = null;
            if (budget.FinalAmount is { } f)
            {
                final = context.Figure(pointer + "/finalAmount", f);
            }
            else if (RelationEvaluator.TryFigure(context, Parent(pointer) + "/amount", out var parentAmount))
            {
                final = parentAmount;
            }

            Figure? budgetFigure = budget.BudgetAmount is { } b ? context.Figure(pointer + "/budgetAmount", b) : null;
            yield return (pointer, budget, final, budgetFigure);
        }
    }

    public static void CompletionRate(ValidationContext context)
    {
        foreach (var (pointer, budget, final, budgetFigure) in Budgets(context))
        {
            if (budget.CompletionRate is not { } rate)
            {
                context.NotApplicable();
                continue;
            }

            if (final is not { } f || budgetFigure is not { } b)
            {
                context.CouldNotRun(final is null ? pointer + "/finalAmount" : pointer + "/budgetAmount");
                continue;
            }

            context.CheckRatio(pointer + "/completionRate", rate, f.Range, f.Value, b.Range, b.Value, new[] { f.Pointer, b.Pointer },
                "完成率（决算数 / 预算数）", "Completion rate (final / budget)");
        }
    }

    public static void VarianceRate(ValidationContext context)
    {
        foreach (var (pointer, budget, final, budgetFigure) in Budgets(context))
        {
            if (budget.VarianceRate is not { } rate)
            {
                context.NotApplicable();
                continue;
            }

            if (final is not { } f || budgetFigure is not { } b)
            {
                context.CouldNotRun(final is null ? pointer + "/finalAmount" : pointer + "/budgetAmount");
                continue;
            }

            var numerator = f.Range - b.Range;
            var numeratorValue = f.Value - b.Value;
            if (rate.Value > 0m && numeratorValue < 0m && budget.Relation == BudgetRelation.FinalBelowBudget)
            {
                // "小于预算 X%": the rate is given as a magnitude next to the word.
                numerator = -numerator;
                numeratorValue = -numeratorValue;
            }

            context.CheckRatio(pointer + "/varianceRate", rate, numerator, numeratorValue, b.Range, b.Value, new[] { f.Pointer, b.Pointer },
                "预决算差异率（(决算数 − 预算数) / 预算数）", "Budget variance rate ((final − budget) / budget)");
        }
    }

    public static void Relation(ValidationContext context)
    {
        foreach (var (pointer, budget, final, budgetFigure) in Budgets(context))
        {
            if (budget.Relation is not { } relation)
            {
                context.NotApplicable();
                continue;
            }

            string word = relation switch { BudgetRelation.FinalAboveBudget => "决算数大于预算数", BudgetRelation.FinalBelowBudget => "决算数小于预算数", _ => "决算数等于预算数" };
            if (final is { } f && budgetFigure is { } b)
            {
                var diff = f.Value - b.Value;
                var ok = relation switch { BudgetRelation.FinalAboveBudget => diff > 0m, BudgetRelation.FinalBelowBudget => diff < 0m, _ => diff == 0m };
                if (ok)
                {
                    context.Pass();
                    continue;
                }

                context.Fail(
                    $"表述为“{word}”，但决算数 {Show(f.Value)}、预算数 {Show(b.Value)}（差额 {Show(diff)}）。",
                    $"The text says {relation}, but final is {Show(f.Value)} and budget {Show(b.Value)} (difference {Show(diff)}).",
                    new[] { pointer + "/relation", f.Pointer, b.Pointer }, null, null, diff, null);
                continue;
            }

            if (budget.CompletionRate is { } rate)
            {
                var r = context.Range(rate);
                var ok = relation switch { BudgetRelation.FinalAboveBudget => r.Upper > 100m, BudgetRelation.FinalBelowBudget => r.Lower < 100m, _ => r.Contains(100m) };
                if (ok)
                {
                    context.Pass();
                    continue;
                }

                context.Fail(
                    $"表述为“{word}”，但完成率为 {rate}。",
                    $"The text says {relation}, but the completion rate is {rate}.",
                    new[] { pointer + "/relation", pointer + "/completionRate" });
                continue;
            }

            context.CouldNotRun(pointer + "/budgetAmount");
        }
    }

    public static void Difference(ValidationContext context)
    {
        foreach (var (pointer, budget, final, budgetFigure) in Budgets(context))
        {
            if (budget.Difference is not { } difference)
            {
                context.NotApplicable();
                continue;
            }

            if (final is not { } f || budgetFigure is not { } b)
            {
                context.CouldNotRun(final is null ? pointer + "/finalAmount" : pointer + "/budgetAmount");
                continue;
            }

            var below = budget.Relation == BudgetRelation.FinalBelowBudget || (budget.Relation is null && f.Value < b.Value);
            context.CheckSum(context.Figure(pointer + "/difference", difference), new[] { (f, below ? -1 : 1), (b, below ? 1 : -1) },
                "预决算差额", "Difference between final and budget");
        }
    }

    public static void FinalAmount(ValidationContext context)
    {
        foreach (var (pointer, budget) in context.Facts.OfType<BudgetComparison>().Select(p => (p.Key, p.Value)))
        {
            if (budget.FinalAmount is not { } final || !RelationEvaluator.TryFigure(context, Parent(pointer) + "/amount", out var amount))
            {
                context.NotApplicable();
                continue;
            }

            context.CheckSum(amount, new[] { (context.Figure(pointer + "/finalAmount", final), 1) }, "预决算对比中的决算数等于该项金额", "The final amount in the budget comparison equals the figure");
        }
    }

    public static void BudgetReason(ValidationContext context)
    {
        foreach (var (pointer, budget, final, budgetFigure) in Budgets(context))
        {
            var differs = budget.Relation is BudgetRelation.FinalAboveBudget or BudgetRelation.FinalBelowBudget ||
                (budget.Relation is null && final is { } f && budgetFigure is { } b && f.Value != b.Value);
            if (!differs)
            {
                context.NotApplicable();
                continue;
            }

            if (!string.IsNullOrWhiteSpace(budget.Reason))
            {
                context.Pass();
                continue;
            }

            context.Fail("决算数与预算数不同，但未说明原因。", "Final differs from budget but no reason is given.", new[] { pointer });
        }
    }

    // ---- zero bases -----------------------------------------------------------------------------------------

    private static bool IsShare(Relation relation) =>
        RuleCatalogue.TryGetRule(relation.RuleId, out var rule) && rule.Descriptor.Category == RuleCategory.Share;

    public static void ZeroBase(ValidationContext context)
    {
        // Shares (占比) of the ratio relations; the execution rate (FA3004, also a ratio) is judged below with its own zero parts.
        foreach (var relation in context.Relations.OfType<RatioRelation>().Where(IsShare))
        {
            foreach (var (pointer, indices) in RelationEvaluator.Expand(context.Facts, relation.Percent, [], out _))
            {
                if (!context.Facts.TryGet<Percent>(pointer, out var percent))
                {
                    continue;
                }

                var num = RelationEvaluator.Bind(context.Facts, relation.Numerator, indices);
                var den = RelationEvaluator.Bind(context.Facts, relation.Denominator, indices);
                Judge(context, pointer, percent, num, den, "占比", "share", zeroPartAllowed: [0m]);
            }
        }

        foreach (var (pointer, change) in context.Facts.OfType<YearOverYearChange>().Select(p => (p.Key, p.Value)))
        {
            if (change.Rate is not { } rate || change.Direction == ChangeDirection.Unchanged)
            {
                continue;
            }

            if (!TryPrior(context, pointer, change, out var prior))
            {
                continue;
            }

            if (prior.Value != 0m)
            {
                context.Pass();
                continue;
            }

            context.Fail(
                $"上年数为 0（基数为零），增减率不可比，却表述为{Zh(change.Direction)} {rate}。",
                $"The prior-year figure is 0 (zero base), so no rate of change exists, yet {rate} is stated.",
                new[] { pointer + "/rate", pointer + "/amount" });
        }

        foreach (var (pointer, budget) in context.Facts.OfType<BudgetComparison>().Select(p => (p.Key, p.Value)))
        {
            var finalPointer = budget.FinalAmount is null ? Parent(pointer) + "/amount" : pointer + "/finalAmount";
            if (budget.CompletionRate is { } completion)
            {
                Judge(context, pointer + "/completionRate", completion, finalPointer, pointer + "/budgetAmount", "完成率", "completion rate", [0m, 100m]);
            }

            if (budget.VarianceRate is { } variance)
            {
                Judge(context, pointer + "/varianceRate", variance, finalPointer, pointer + "/budgetAmount", "预决算差异率", "variance rate", [0m]);
            }
        }

        foreach (var (pointer, line) in context.Facts.OfType<Model.Performance.FundLine>().Select(p => (p.Key, p.Value)))
        {
            if (line.ExecutionRate is { } rate)
            {
                var basis = line.FullYearBudget is null ? "/initialBudget" : "/fullYearBudget";
                Judge(context, pointer + "/executionRate", rate, pointer + "/executed", pointer + basis, "执行率", "execution rate", [0m, 100m]);
            }
        }
    }

    private static void Judge(ValidationContext context, string percentPointer, Percent percent, string numeratorPointer, string denominatorPointer, string zh, string en, decimal[] zeroPartAllowed)
    {
        if (!RelationEvaluator.TryFigure(context, denominatorPointer, out var denominator))
        {
            return;
        }

        if (denominator.Value != 0m)
        {
            context.Pass();
            return;
        }

        var zeroOverZero = RelationEvaluator.TryFigure(context, numeratorPointer, out var numerator) && numerator.Value == 0m;
        if (zeroOverZero && zeroPartAllowed.Contains(percent.Value))
        {
            // 0/0 stated as 0% (or 100% for a completion rate): the conventional wording for "nothing budgeted, nothing
            // spent"; mathematically undefined but not misleading, so it passes silently.
            context.Pass();
            return;
        }

        context.Fail(
            $"{zh}的基数为 0，比例不可计算，却表述为 {percent}。",
            $"The {en} has a zero base, so it cannot be computed, yet {percent} is stated.",
            new[] { percentPointer, denominatorPointer });
    }
}
