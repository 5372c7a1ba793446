using PublicFinance.FinalAccounts.Model;

namespace PublicFinance.FinalAccounts.Validation;

/// <summary>
/// One wrong figure, one Error (连带结果分析; docs/rules/spec.md §5.1): a post-pass over a run's findings. An Error of an
/// identity (a sum or equality whose failure has a printed difference) implicates each of its figures; replacing one
/// figure by the value the identity implies gives a counterfactual report, validated with the same rules and options.
/// When that makes the root hold, every other Error that names the figure hold too, and no new failure appear, the
/// figure <em>explains</em> the Errors that no longer fail. An Error explained by one figure whose explanation strictly
/// contains every other figure's explanation of it is a <em>consequence</em> of that figure's root: it is kept, as a
/// Warning linked to the root (<see cref="Diagnostic.ConsequenceOf"/>). Anything ambiguous stays an Error.
/// </summary>
/// <remarks>
/// Deterministic and independent of rule order: every candidate is judged on its own counterfactual run and the decision
/// depends only on the sets of findings explained. Costs nothing on a report with fewer than two Errors; otherwise at
/// most three validations per (Error, shared figure) pair, and the work is bounded: a report with more than
/// <see cref="MaxErrors"/> Errors, or one needing more than <see cref="MaxTrials"/> trials, is left as it is (every
/// finding keeps its severity), so the pass never multiplies the cost of a report full of findings and its outcome
/// does not depend on where a budget ran out.
/// </remarks>
internal static class ConsequenceAnalysis
{
    /// <summary>Above this many Errors the pass leaves the result as it is (a report with many findings is not one slip).</summary>
    internal const int MaxErrors = 12;

    /// <summary>Above this many (Error, figure) trials the pass leaves the result as it is.</summary>
    internal const int MaxTrials = 48;

    /// <summary>The result with consequences downgraded and linked; the same result when there are none.</summary>
    /// <param name="result">The run's result.</param>
    /// <param name="report">The report validated.</param>
    /// <param name="validate">Validates a counterfactual report with the run's rules and options, without this pass.</param>
    /// <returns>The result.</returns>
    public static ValidationResult Apply(
        ValidationResult result, FinalAccountsReport report, Func<FinalAccountsReport, ValidationResult> validate)
    {
        var diagnostics = result.Diagnostics;
        var errors = new List<int>();
        for (var i = 0; i < diagnostics.Count; i++)
        {
            if (diagnostics[i].Severity == Severity.Error)
            {
                errors.Add(i);
            }
        }

        if (errors.Count > MaxErrors)
        {
            return result;
        }

        var failing = new HashSet<string>(diagnostics.Where(d => d.Severity != Severity.Info).Select(Key), StringComparer.Ordinal);
        var candidates = Candidates(diagnostics, errors, failing, new FigureSubstitution(report), validate);
        if (candidates.Count == 0)
        {
            return result;
        }

        var changed = diagnostics.ToList();
        foreach (var j in errors)
        {
            if (Explaining(candidates, diagnostics, j) is { } c && c.Root != j)
            {
                var root = diagnostics[c.Root];
                var pointers = diagnostics[j].Pointers;
                var own = pointers.Count == 0 || string.Equals(pointers[0], c.Figure, StringComparison.Ordinal);
                var (zh, en) = own ? ValidationMessages.Consequence(root.RuleId, root.Pointers[0], c.Figure, c.Value)
                    : ValidationMessages.ConsequenceOfAnotherFigure(root.RuleId, root.Pointers[0], c.Figure, c.Value);
                changed[j] = diagnostics[j] with
                {
                    Severity = Severity.Warning,
                    MessageZh = diagnostics[j].MessageZh + zh,
                    MessageEn = diagnostics[j].MessageEn + en,
                    ConsequenceOf = new ConsequenceLink
                    {
                        RootRuleId = root.RuleId, RootPointers = root.Pointers, Figure = c.Figure, ImpliedValue = c.Value,
                        OriginalSeverity = diagnostics[j].Severity,
                    },
                };
            }
        }

        return result with { Diagnostics = changed };
    }

    /// <summary>
    /// The figure whose explanation of Error <paramref name="j"/> strictly contains every other figure's; else, when every
    /// figure that explains it does so through one root Error and one of them is that root's checked figure, that figure
    /// (one failed identity, whichever of its figures is wrong: e.g. a share computed on a sum's total, when moving the
    /// total or the wrong summand both make the share agree); else null (ambiguous: two roots could each explain it).
    /// </summary>
    private static Candidate? Explaining(List<Candidate> candidates, IReadOnlyList<Diagnostic> diagnostics, int j)
    {
        var explaining = candidates.Where(c => c.Explained.Contains(j)).ToList();
        if (explaining.FirstOrDefault(c => explaining.All(o => ReferenceEquals(o, c) || c.Explained.IsProperSupersetOf(o.Explained)))
            is { } widest)
        {
            return widest;
        }

        if (explaining.Count < 2 || explaining.Any(c => c.Root != explaining[0].Root))
        {
            return null;
        }

        var checkedFigure = diagnostics[explaining[0].Root].Pointers[0];
        return explaining.FirstOrDefault(c => c.CheckedFigure && string.Equals(c.Figure, checkedFigure, StringComparison.Ordinal));
    }

    /// <summary>Every figure that explains Errors, with its root, implied value and the Errors it explains.</summary>
    private static List<Candidate> Candidates(
        IReadOnlyList<Diagnostic> diagnostics, List<int> errors, HashSet<string> failing, FigureSubstitution document,
        Func<FinalAccountsReport, ValidationResult> validate)
    {
        var byFigure = new SortedDictionary<string, List<Candidate>>(StringComparer.Ordinal);
        var trials = 0;
        foreach (var i in errors)
        {
            var root = diagnostics[i];
            if (root.Difference is not { } delta || delta == 0m)
            {
                continue;
            }

            foreach (var figure in root.Pointers.Distinct(StringComparer.Ordinal))
            {
                if (!errors.Any(j => j != i && diagnostics[j].Pointers.Contains(figure, StringComparer.Ordinal))
                    || !document.TryRead(figure, out var value, out var integer))
                {
                    continue;
                }

                if (++trials > MaxTrials)
                {
                    return [];
                }

                var checkedFigure = string.Equals(root.Pointers[0], figure, StringComparison.Ordinal);
                if (Explain(diagnostics, errors, failing, document, validate, i, figure, value, integer, checkedFigure) is { } c)
                {
                    if (!byFigure.TryGetValue(figure, out var list))
                    {
                        byFigure[figure] = list = [];
                    }

                    list.Add(c);
                }
            }
        }

        var candidates = new List<Candidate>();
        foreach (var list in byFigure.Values)
        {
            // Two identities implying different values for one figure: it explains nothing for certain.
            if (list.Any(c => c.Value != list[0].Value))
            {
                continue;
            }

            // The root: an Error whose checked figure this is (its own identity), else the first in the result's order.
            var root = list.OrderBy(c => c.CheckedFigure ? 0 : 1).ThenBy(c => c.Root).First();
            candidates.Add(root.CheckedFigure ? root : PointedAt(diagnostics, root));
        }

        return candidates;
    }

    /// <summary>
    /// The candidate rooted at the first Error it explains that points at the figure itself (its checked figure, e.g. a
    /// bound such as "score ≤ weight" on the wrong score), when the identity that implied the value checks another figure:
    /// the finding that names the wrong figure stays the Error, and the identity's becomes its consequence.
    /// </summary>
    private static Candidate PointedAt(IReadOnlyList<Diagnostic> diagnostics, Candidate candidate)
    {
        foreach (var k in candidate.Explained.OrderBy(k => k))
        {
            if (string.Equals(diagnostics[k].Pointers[0], candidate.Figure, StringComparison.Ordinal))
            {
                return candidate with { Root = k, CheckedFigure = true };
            }
        }

        return candidate;
    }

    /// <summary>What replacing one figure of Error <paramref name="i"/> by its implied value explains, or null.</summary>
    private static Candidate? Explain(
        IReadOnlyList<Diagnostic> diagnostics, List<int> errors, HashSet<string> failing, FigureSubstitution document,
        Func<FinalAccountsReport, ValidationResult> validate, int i, string figure, decimal value, bool integer, bool checkedFigure)
    {
        var root = diagnostics[i];
        var delta = root.Difference!.Value;
        // The checked figure is stated − difference; an item is + difference for weight +1, − difference for −1.
        foreach (var sign in checkedFigure ? [-1m] : new[] { 1m, -1m })
        {
            var implied = value + (sign * delta);
            if (integer && implied != decimal.Truncate(implied))
            {
                continue;
            }

            List<string> moved = [figure];
            if (document.With(moved, implied, integer) is not { } changed)
            {
                continue;
            }

            var run = validate(changed);
            var still = new HashSet<string>(run.Diagnostics.Where(d => d.Severity != Severity.Info).Select(Key), StringComparer.Ordinal);
            if (still.Contains(Key(root)))
            {
                continue;
            }

            // Session 37: the figure restated elsewhere with the same value (本年收入合计 in the overall and the income
            // sections) is one figure stated twice: moved alone, the equality between the two would be a new failure.
            if (Restatements(run, failing, document, figure, value, integer) is { Count: > 0 } restated)
            {
                moved.AddRange(restated);
                if (document.With(moved, implied, integer) is not { } together)
                {
                    continue;
                }

                run = validate(together);
                still = new HashSet<string>(run.Diagnostics.Where(d => d.Severity != Severity.Info).Select(Key), StringComparer.Ordinal);
                if (still.Contains(Key(root)))
                {
                    continue;
                }
            }

            // An identity has one value (up to rounding): at the other side of it, as far again, the root fails. An
            // inequality would hold there too, and its boundary is no implied value.
            var reflected = implied + (sign * delta);
            if (document.With(moved, reflected, integer) is not { } mirrored
                || !validate(mirrored).Diagnostics.Any(d => d.Severity != Severity.Info && Key(d) == Key(root)))
            {
                return null;
            }

            // Only Errors that name the figure: a check that merely stops applying at the implied value is not explained.
            var explained = new HashSet<int>(errors.Where(j =>
                !still.Contains(Key(diagnostics[j])) && diagnostics[j].Pointers.Contains(figure, StringComparer.Ordinal)));
            var everyUse = errors.All(j => explained.Contains(j) || !diagnostics[j].Pointers.Contains(figure, StringComparer.Ordinal));
            var nothingNew = still.All(failing.Contains);
            return everyUse && nothingNew ? new Candidate(i, figure, implied, checkedFigure, explained) : null;
        }

        return null;
    }

    /// <summary>
    /// The figures that restate <paramref name="figure"/>: the other figures, written with the same value
    /// (<paramref name="value"/>, of the same kind), of the findings that fail in <paramref name="run"/> (the figure moved)
    /// and did not fail before. Moving such a figure alone breaks the equality between its two statements; the figure and
    /// its restatement are one figure, moved together. Empty when moving it made no new failure.
    /// </summary>
    private static List<string> Restatements(
        ValidationResult run, HashSet<string> failing, FigureSubstitution document, string figure, decimal value, bool integer)
    {
        List<string> restated = [];
        foreach (var d in run.Diagnostics)
        {
            if (d.Severity == Severity.Info || failing.Contains(Key(d)) || !d.Pointers.Contains(figure, StringComparer.Ordinal))
            {
                continue;
            }

            foreach (var other in d.Pointers)
            {
                if (!string.Equals(other, figure, StringComparison.Ordinal) && !restated.Contains(other, StringComparer.Ordinal)
                    && document.TryRead(other, out var otherValue, out var otherInteger) && otherValue == value
                    && otherInteger == integer)
                {
                    restated.Add(other);
                }
            }
        }

        return restated;
    }

    /// <summary>A finding's identity across runs: its rule and its pointers (positions, not values).</summary>
    private static string Key(Diagnostic d) => d.RuleId + " " + string.Join(",", d.Pointers);

    /// <summary>A figure that explains Errors: the root Error's index, the figure, its implied value, what it explains.</summary>
    private sealed record Candidate(int Root, string Figure, decimal Value, bool CheckedFigure, HashSet<int> Explained);
}
