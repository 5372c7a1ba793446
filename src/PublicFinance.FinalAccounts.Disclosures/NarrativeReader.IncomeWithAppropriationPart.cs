using PublicFinance.FinalAccounts.Disclosures.Statements;
using PublicFinance.FinalAccounts.Validation;

namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// 本年收入 in the 财政拨款 section with 财政拨款收入 among its own parts (blind round 38, family 3): "本年收入 5902.41 万元，其中
/// 财政拨款收入 5653.56 万元，事业收入 248.85 万元". In that section a bare 本年收入 is usually the appropriation's; here its 其中
/// list names the appropriation as a part, so it is the department's income of all sources. Before, it was read as 财政拨款本年收入
/// and FA8006 weighed it against the fund parts (a false Error by the 事业收入). Now it is a note; the part after 其中 is read
/// as before. Session 41 (tables41): the whole is placed where all sources' income goes (<c>overall/currentYearIncome</c>,
/// when that is free; else the note), and each later part of its 其中 list that names an income source other than the
/// appropriation (事业收入, 经营收入, 其他收入…) goes to that source's field of the income section (<c>income/…</c>), never
/// to the 财政拨款 section's; the 财政拨款收入 part stays the appropriation's income as before.
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>The words after 其中 that name the appropriation's income as a part.</summary>
    private static readonly string[] AppropriationIncomePartWords = ["财政拨款收入", "拨款收入"];

    /// <summary>
    /// Whether the amount of <paramref name="clause"/>, labelled without 拨款, is followed in its sentence by "其中" naming the
    /// appropriation's income (<see cref="AppropriationIncomePartWords"/>, after an optional ':').
    /// </summary>
    private bool IncomeListsAppropriationPart(string label, ClauseView clause)
    {
        if (LabelHas(label, "拨款"))
        {
            return false;
        }

        var t = clause.Sentence.Text;
        var end = ReferenceEquals(t, currentSentence) ? Math.Min(currentSentenceTo, t.Length) : t.Length;
        var part = clause.End < end ? t.IndexOf("其中", clause.End, end - clause.End, StringComparison.Ordinal) : -1;
        if (part < 0)
        {
            return false;
        }

        var at = part + 2;
        while (at < end && t[at] is ':' or ' ')
        {
            at++;
        }

        foreach (var word in AppropriationIncomePartWords)
        {
            if (at + word.Length <= end && string.CompareOrdinal(t, at, word, 0, word.Length) == 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The figure at <paramref name="span"/> is all sources' income: never placed as the appropriation's by the typed
    /// statements (<see cref="PlaceStatements()"/>), and its typed statement — read with the paragraph before its clauses,
    /// as the appropriation's income — is taken back, so FA8006 weighs the fund parts against the 财政拨款收入 after 其中.
    /// </summary>
    private void AllSourcesIncome(SourceSpan span)
    {
        (notTheAppropriationIncome ??= new()).Add(span);
        b.Statements.RemoveAll(s => s.Span == span && s.Fund == StatementFund.Appropriation && s.Flow == StatementFlow.Income
            && s.Relation == StatementRelation.Amount);
    }

    /// <summary>Where the all-sources 本年收入 with an appropriation part was read: the sentence's text and start (null: none).</summary>
    private (string Text, int From)? allSourcesIncomeSentence;

    /// <summary>
    /// Places the all-sources 本年收入 at <paramref name="span"/> as <c>overall/currentYearIncome</c> when nothing is held there,
    /// and opens its 其中 list for <see cref="AllSourcesIncomePart"/>. True when placed.
    /// </summary>
    private bool AllSourcesIncomePlaced(ClauseView clause, NumberToken token, SourceSpan span)
    {
        allSourcesIncomeSentence = (currentSentence, currentSentenceFrom);
        if (b.Has(N + "overall/currentYearIncome/amount"))
        {
            return false;
        }

        b.Set(N + "overall/currentYearIncome/amount", AmountNode(token, span), span, ClaimKind.Amount, clause.Text);
        return true;
    }

    /// <summary>
    /// An amount no label placed, in the 财政拨款 section, in the sentence of an all-sources 本年收入 whose 其中 names the
    /// appropriation (<see cref="AllSourcesIncomePlaced"/>), after it: when its label names an income source of the income
    /// section other than the appropriation (事业收入 → <c>income/serviceIncome</c>…) and not a fund, that source's figure.
    /// True when placed.
    /// </summary>
    private bool AllSourcesIncomePart(ClauseView clause, NumberToken token, string label, SourceSpan span)
    {
        if (section != Section.Appropriation || allSourcesIncomeSentence is not { } open
            || !ReferenceEquals(open.Text, currentSentence) || open.From != currentSentenceFrom
            || !ReferenceEquals(clause.Sentence.Text, currentSentence) || LabelHas(label, "拨款") || LabelHas(label, "预算")
            || Resolve(Section.Income, label) is not { } target || target is "income/total" or "income/fiscalAppropriation"
            || b.Has(N + target + "/amount"))
        {
            return false;
        }

        b.Set(N + target + "/amount", AmountNode(token, span), span, ClaimKind.Amount, clause.Text);
        return true;
    }
}
