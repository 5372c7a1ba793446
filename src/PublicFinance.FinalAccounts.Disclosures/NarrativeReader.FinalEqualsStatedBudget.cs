namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 58 (prose58, blind round 54 t07): an entry whose final is stated in words as equal to a budget written before it on
/// its line — "（2080505）机关事业单位基本养老保险缴费支出：年初预算118.30万元，调整预算121.64万元，决算数与调整预算数一致。" No
/// amount is written, so the entry had none and was dropped with its two budgets. The clause says the 决算数 is the named
/// budget's figure: the entry's amount is that budget's (the figure as written), and the budget's relation is
/// <c>finalEqualsBudget</c>. Read only for the last entry of its list, with no amount yet, when the clause is only such a
/// statement (决算[数] 与 / 等于 a budget of one basis, then 一致 / 相同 / 相等 / 持平) and the entry holds a budget of that basis
/// with its figure; else the clause is left to the readers before it.
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>The words that say two figures are the same (the end of the statement).</summary>
    private static readonly string[] SameFigureWords = ["一致", "相同", "相等", "持平"];

    /// <summary>The budgets the statement may name (a basis word, then 预算, optionally 数).</summary>
    private static readonly string[] NamedBudgetWords = ["调整后预算数", "调整后预算", "调整预算数", "调整预算", "全年预算数", "全年预算",
        "年初预算数", "年初预算", "预算数", "预算"];

    /// <summary>
    /// Reads "决算数与调整预算数一致" (and its kin) as the subject entry's amount; true when read.
    /// </summary>
    private bool FinalEqualsStatedBudget(ClauseView clause)
    {
        if (!clause.Contains("决算") || !SubjectIsListedEntry() || b.Has(subject, "amount") || !SubjectIsLastEntry())
        {
            return false;
        }

        var text = clause.Text.Trim();
        var at = text.StartsWith("支出", StringComparison.Ordinal) ? 2 : 0;
        if (string.CompareOrdinal(text, at, "决算", 0, 2) != 0)
        {
            return false;
        }

        at += 2;
        at += at < text.Length && text[at] == '数' ? 1 : 0;
        var equalsWord = string.CompareOrdinal(text, at, "等于", 0, 2) == 0;
        if (!equalsWord && (at >= text.Length || text[at] != '与'))
        {
            return false;
        }

        at += equalsWord ? 2 : 1;
        var named = -1;
        for (var w = 0; w < NamedBudgetWords.Length && named < 0; w++)
        {
            named = string.CompareOrdinal(text, at, NamedBudgetWords[w], 0, NamedBudgetWords[w].Length) == 0 ? w : -1;
        }

        if (named < 0)
        {
            return false;
        }

        at += NamedBudgetWords[named].Length;
        var rest = text.Length - at;
        var ends = equalsWord ? rest == 0 : rest == 2 && HasAnyIn(text, at, text.Length, SameFigureWords);
        if (!ends || BudgetOfBasis(subject!, NamedBudgetBasis()) is not { } comparison
            || b.FindString(comparison, "budgetAmount") is not { } stated)
        {
            return false;
        }

        var span = b.Span(clause.Sentence, clause.Start, clause.End);
        b.SetUnder(subject!, "amount", DraftNode.Of(stated), span, ClaimKind.Amount, clause);
        b.SetUnder(comparison, "relation", DraftNode.Of("finalEqualsBudget"), span, ClaimKind.BudgetRelation, text);
        budget = comparison;
        reasonTarget = comparison;
        return true;
    }

    /// <summary>Whether the subject (an entry of its section's list) is the last entry read into that list.</summary>
    private bool SubjectIsLastEntry()
    {
        var list = FunctionalList(false)!;
        var index = ReportBuilder.Index(subject!, list.Length + 1, subject!.Length);
        return index >= 0 && index == b.Count(list) - 1;
    }

    /// <summary>
    /// The comparison of <paramref name="owner"/> of the basis <paramref name="basis"/> ("initial", "fullYear"), or its only
    /// comparison when no basis is named (null when it has two); null when it has none of it.
    /// </summary>
    private string? BudgetOfBasis(string owner, string? basis)
    {
        var first = owner + BudgetMember;
        var second = owner + SecondBudgetMember;
        var firstKind = b.FindString(first, "kind");
        var secondKind = b.FindString(second, "kind");
        if (basis is null)
        {
            return secondKind is null && firstKind is not null ? first : null;
        }

        return string.Equals(firstKind, basis, StringComparison.Ordinal) ? first
            : string.Equals(secondKind, basis, StringComparison.Ordinal) ? second : null;
    }
}
