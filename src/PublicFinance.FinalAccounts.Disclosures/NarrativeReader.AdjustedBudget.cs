using PublicFinance.FinalAccounts.Validation;

namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Both budget bases of a figure (session 26, issue 8, schema 1.6): "支出决算为 499.20 万元，年初预算为 480.00 万元，全年预算为
/// 520.00 万元，完成年初预算的 104.00%，完成全年预算的 96.00%". The first budget stated is the figure's <c>budget</c>; a budget of
/// the other kind that the text names (全年, 调整, 调整后; 年初) opens its <c>secondBudget</c>, and each rate, difference and
/// relation after it goes to the comparison whose basis its clause names — never crossed. Once both are held, a clause that
/// names no basis (完成预算的 96.00%) is of neither: a located note (precision first). Hooks: one line in
/// <c>OpenBudget</c> (NarrativeReader.Figures.cs) and one at the start of each clause (NarrativeReader.cs).
/// </summary>
internal sealed partial class NarrativeReader
{
    private const string BudgetMember = "/budget";
    private const string SecondBudgetMember = "/secondBudget";

    /// <summary>The pointers of the second budgets opened in this text (null until one is).</summary>
    private HashSet<string>? secondBudgets;

    /// <summary>
    /// Opens the comparison of the basis <paramref name="wanted"/> when the figure already holds a budget (at
    /// <paramref name="pointer"/>) of another kind, or holds both. True when handled here (<see cref="budget"/> set or left
    /// null, with a note); false when the ordinary way applies — no budget held yet, the one held is of that kind, a class
    /// line's budget, or a basis the clause does not name beside a budget of the other kind (the ordinary way notes it).
    /// </summary>
    private bool OpenBudgetOfBasis(string pointer, string wanted, SourceSpan span)
    {
        if (classFigureSentence == sentenceStart || b.FindString(pointer, "kind") is not { } held
            || secondBudgets is null && string.Equals(held, wanted, StringComparison.Ordinal))
        {
            return false;   // no budget yet, a class line's, or the ordinary reopening where no second basis was read
        }

        var second = pointer.Substring(0, pointer.Length - BudgetMember.Length) + SecondBudgetMember;
        var secondHeld = b.FindString(second, "kind");
        var named = NamedBudgetBasis();
        if (secondHeld is null)
        {
            if (string.Equals(held, wanted, StringComparison.Ordinal) || !string.Equals(named, wanted, StringComparison.Ordinal)
                || ClassLineOfAWhole(pointer))   // ClassLineBudgets: "其中：教育支出（类）调整预算 600.00 万元" is the class's
            {
                return false;
            }

            budget = second;   // "年初预算 480.00 万元，全年预算 520.00 万元": the other basis, named by the text
            (secondBudgets ??= new(StringComparer.Ordinal)).Add(second);
            b.SetUnder(second, "kind", DraftNode.Of(wanted), span);
            reasonTarget = second;
            return true;
        }

        budget = string.Equals(named, held, StringComparison.Ordinal) ? pointer
            : string.Equals(named, secondHeld, StringComparison.Ordinal) ? second : null;
        if (budget is null)
        {
            b.Note(span, DisclosureMessages.BudgetBasisNotTold.Zh, DisclosureMessages.BudgetBasisNotTold.En);
        }
        else
        {
            reasonTarget = budget;
        }

        return true;
    }

    /// <summary>
    /// At the start of a clause: a budget left open on a figure that holds both bases is closed, so that what the clause
    /// states reopens the comparison of the basis it names (<see cref="OpenBudgetOfBasis"/>) or none. The rate of a budget
    /// difference just read ("较全年预算减少 20.80 万元，下降 4.00%": a clause naming no basis) stays with its difference.
    /// </summary>
    private void CloseBudgetOfTwoBases()
    {
        if (budget is null || secondBudgets is null || budgetDifferencePending && NamedBudgetBasis() is null)
        {
            return;   // most texts never state two bases: nothing to look up
        }

        if (secondBudgets.Contains(budget.EndsWith(SecondBudgetMember, StringComparison.Ordinal) ? budget
            : BudgetOwnerOf(budget) + SecondBudgetMember))
        {
            budget = null;
        }
    }

    /// <summary>The figure (or statement) whose comparison <paramref name="comparison"/> (…/budget or …/secondBudget) is.</summary>
    private static string BudgetOwnerOf(string comparison) => comparison.Substring(0, comparison.Length
        - (comparison.EndsWith(SecondBudgetMember, StringComparison.Ordinal) ? SecondBudgetMember.Length : BudgetMember.Length));

    /// <summary>
    /// The budget basis the current clause names: "initial" for 年初预算 (年初批复预算, 年初部门预算), "fullYear" for 全年预算,
    /// 调整预算, 调整后预算 (调整后的预算, 全年调整预算, 预算调整数); else the basis of a "与…预算相比" phrase of this sentence; null when the
    /// clause names both or neither.
    /// </summary>
    private string? NamedBudgetBasis()
    {
        var clause = clauseView;
        var initial = clause.Contains("年初预算") || clause.Contains("年初批复预算") || clause.Contains("年初部门预算");
        var fullYear = clause.Contains("全年预算") || clause.Contains("调整预算") || clause.Contains("调整后预算")
            || clause.Contains("调整后的预算") || clause.Contains("全年调整") || clause.Contains("预算调整数") || clause.Contains("全年部门预算");
        return initial && fullYear ? null : initial ? "initial" : fullYear ? "fullYear"
            : pendingBudgetKind is { } pending && pendingBudgetSentence == sentenceStart ? pending : null;
    }

    /// <summary>The words that make a budget label an increment (追加, 调增, 调减, 追减, 年中调整), not a budget level.</summary>
    private static readonly string[] BudgetIncrementWords = ["追加", "调增", "调减", "追减", "年中调整", "调整增加", "调整减少"];

    /// <summary>
    /// revfixb (review 26, item 1): "年初预算为 480.00 万元，追加调整预算 40.00 万元，全年预算为 520.00 万元": a budget label
    /// that names an increment (<see cref="BudgetIncrementWords"/>) states how much the budget changed during the year, not
    /// a budget of either basis — only a 全年预算 / 调整后预算 / 调整预算数 level opens the second comparison. Noted, not placed.
    /// </summary>
    private bool BudgetIncrementNoted(string label, SourceSpan span, ClauseView clause)
    {
        if (!LabelHas(label, "预算") || !HasAny(label, BudgetIncrementWords) || AdjustedBudgetLevel(label))   // session 39
        {
            return false;
        }

        Note(span, DisclosureMessages.BudgetIncrementNotALevel, clause);
        return true;
    }

    /// <summary>The words of a budget basis a relation after a reason may name (<see cref="BasisRelationStop"/>).</summary>
    private static readonly string[] RelationBasisWords = ["年初预算", "全年预算", "调整预算", "调整后预算", "年初批复预算"];

    /// <summary>
    /// revfixb (review 26, item 3): "…大于年初预算数的主要原因是 A；决算数小于全年预算数的主要原因是 B。": a reason ends at the
    /// first ';' after which a clause starts with 决算 and relates it to a named budget basis (<see cref="RelationBasisWords"/>,
    /// <see cref="BudgetRelationWords"/>) — that relation and its reason are read as a sentence of their own, so they go to the
    /// comparison of the basis they name. Looked for only when a ';' follows the reason marker.
    /// </summary>
    private static int BasisRelationStop(string t, int reasonAt, int to)
    {
        if (reasonAt < 0 || t.IndexOf(';', reasonAt, to - reasonAt) < 0)
        {
            return to;
        }

        for (var s = t.IndexOf(';', reasonAt, to - reasonAt); s >= 0 && s + 1 < to; s = t.IndexOf(';', s + 1, to - s - 1))
        {
            var rest = s + 1;
            while (rest < to && char.IsWhiteSpace(t[rest]))
            {
                rest++;
            }

            var clauseEnd = ClauseEndAt(t, rest, to);
            if (Scanner.Starts(t, rest, "决算", clauseEnd) && HasAnyIn(t, rest, clauseEnd, RelationBasisWords)
                && HasAnyIn(t, rest, clauseEnd, BudgetRelationWords))
            {
                return s;
            }
        }

        return to;
    }
}
