using PublicFinance.FinalAccounts.Validation;

namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 43 (issue 8, blind round 40): a 三公 budget broken down by item before the actual spending — "“三公”经费年初预算
/// 20.00 万元，其中因公出国（境）费 10.00 万元、公务用车购置及运行维护费 6.00 万元、公务接待费 4.00 万元。全年实际支出 5.20 万元，比上年
/// 增加 0.80 万元，增长 18.18%。". The items of the 其中 list right after the total's budget amount are the items' budgets
/// (each item's <c>budget</c>, of the total budget's kind; a note when the item's budget field holds another kind), never
/// their actual amounts (before: a false FA1207 against the items' actuals stated later). The first amount after the list,
/// with nothing but words between, labelled as the actual spending (实际支出, 全年实际支出, 支出决算…) and naming no item, is the
/// 三公 total's amount; a change after it is the total's. An item list after an actual figure ("决算 X 万元，其中…") is read as
/// before.
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>Words before an actual-spending label that name its period only ("全年实际支出", "本年支出决算").</summary>
    private static readonly string[] BreakdownActualPeriods = ["全年", "本年", "当年", "年度"];

    /// <summary>
    /// The 三公 budget breakdown being read: the kind of the total's budget, and the normalised offset where its last figure
    /// ends (-1: none).
    /// </summary>
    private (string Kind, int End) threePublicBreakdown = (string.Empty, -1);

    /// <summary>The 三公 total's pointer.</summary>
    private const string ThreePublicTotal = N + "threePublic/total";

    /// <summary>
    /// Reads an amount of a 三公 budget breakdown (see the type): true when placed or noted here. Asked for every amount of
    /// the 三公 section before the ordinary branches.
    /// </summary>
    private bool ThreePublicBreakdown(ClauseView clause, NumberToken token, string label, SourceSpan span)
    {
        if (section != Section.ThreePublic || LabelDirection(label) is not null)
        {
            return false;
        }

        var at = clause.Sentence.At(clause.Start + token.Start);   // the token is the clause's
        if (threePublicBreakdown.End >= 0 && !OnlyWordsBetween(threePublicBreakdown.End, at, true))
        {
            threePublicBreakdown = (string.Empty, -1);
        }

        var item = SubjectFrom(label);
        var isItem = item is not null && item.StartsWith(N + "threePublic/", StringComparison.Ordinal) && item != ThreePublicTotal;
        if (isItem && BreakdownOpens(clause, token, at, out var kind))
        {
            threePublicBreakdown = (kind, -1);
        }

        if (threePublicBreakdown.Kind.Length == 0)
        {
            return false;
        }

        var inList = threePublicBreakdown.End < 0 || OnlyWordsBetween(threePublicBreakdown.End, at, false);
        if (isItem && inList)
        {
            subject = item;
            budget = null;
            OpenBudget(threePublicBreakdown.Kind, span);
            if (budget is not null && !b.Has(budget, "budgetAmount"))
            {
                b.SetUnder(budget, "budgetAmount", AmountNode(token, span), span, ClaimKind.BudgetAmount, clause.Text);
            }
            else
            {
                budget = null;
                Note(span, DisclosureMessages.ThreePublicItemBudgetNotPlaced, clause);
            }

            threePublicBreakdown = (threePublicBreakdown.Kind, EndOf(clause.Sentence, clause.Start + token.End));
            return true;
        }

        var actual = BreakdownActualLabel(label);
        threePublicBreakdown = (string.Empty, -1);
        if (!actual || b.Has(ThreePublicTotal, "amount"))
        {
            return false;
        }

        subject = ThreePublicTotal;
        budget = b.Has(ThreePublicTotal + "/budget", "kind") ? ThreePublicTotal + "/budget" : null;
        b.SetUnder(ThreePublicTotal, "amount", AmountNode(token, span), span, ClaimKind.Amount, clause.Text);
        reasonTarget = ThreePublicTotal;
        return true;
    }

    /// <summary>
    /// Whether the amount at <paramref name="token"/> opens a breakdown: the 三公 total's budget is open with its amount, the
    /// sentence's last figure before the token is that budget amount, and 其中 is written between them.
    /// </summary>
    private bool BreakdownOpens(ClauseView clause, NumberToken token, int at, out string kind)
    {
        kind = string.Empty;
        if (budget != ThreePublicTotal + "/budget" || b.FindString(budget, "kind") is not { } held
            || b.Find(budget + "/budgetAmount") is null)
        {
            return false;
        }

        var before = new List<NumberToken>();
        ClauseFigures(clause.Sentence.Text, currentSentenceFrom, clause.Start + token.Start, before);
        if (before.Count == 0 || !before[before.Count - 1].IsMoney)
        {
            return false;
        }

        var last = before[before.Count - 1];
        var lastSpan = b.Span(clause.Sentence, last.Start, last.End);
        Claim? placed = null;
        for (var i = b.Claims.Count - 1; i >= 0 && placed is null; i--)
        {
            placed = b.Claims[i].Span == lastSpan ? b.Claims[i] : null;
        }

        if (placed is null || placed.Kind != ClaimKind.BudgetAmount
            || !string.Equals(placed.Pointer, budget + "/budgetAmount", StringComparison.Ordinal))
        {
            return false;
        }

        var from = EndOf(clause.Sentence, last.End);
        if (b.Text.IndexOf("其中", from, Math.Max(0, at - from), StringComparison.Ordinal) < 0)
        {
            return false;
        }

        kind = held;
        return true;
    }

    /// <summary>The normalised offset right after a figure ending at <paramref name="end"/> of <paramref name="sentence"/>.</summary>
    private static int EndOf(Fragment sentence, int end) => sentence.At(end - 1) + 1;

    /// <summary>
    /// Whether only words lie between the normalised offsets <paramref name="from"/> and <paramref name="to"/>: no digit and,
    /// unless <paramref name="acrossSentences"/>, no sentence end (。；).
    /// </summary>
    private bool OnlyWordsBetween(int from, int to, bool acrossSentences)
    {
        var text = b.Text;
        if (from > to || to > text.Length)
        {
            return false;
        }

        for (var i = from; i < to; i++)
        {
            var c = text[i];
            if (c is >= '0' and <= '9' || !acrossSentences && c is '。' or '；' or ';')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Whether <paramref name="label"/> is an actual spending with no item named: 实际支出 (<see cref="IsActualSpendingLabel"/>)
    /// or a final (支出决算, 决算数…) of at most five characters, after a period word (全年, 本年…) taken off.
    /// </summary>
    private bool BreakdownActualLabel(string label)
    {
        var written = Trimmed(label);
        foreach (var period in BreakdownActualPeriods)
        {
            if (written.StartsWith(period, StringComparison.Ordinal))
            {
                written = written.Substring(period.Length);
                break;
            }
        }

        return IsActualSpendingLabel(written) || written.Length <= 5 && IsFinalLabel(written);
    }
}
