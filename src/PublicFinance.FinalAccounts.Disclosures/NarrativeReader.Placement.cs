using PublicFinance.FinalAccounts.Disclosures.Statements;
using PublicFinance.FinalAccounts.Validation;

namespace PublicFinance.FinalAccounts.Disclosures;

internal sealed partial class NarrativeReader
{
    /// <summary>
    /// The report field of a typed 财政拨款 statement's subject: 一般公共预算 expenditure → generalBudget/total,
    /// 政府性基金 / 国有资本经营 income or expenditure → their statement's currentYearIncome / currentYearExpenditure, all
    /// 财政拨款 → appropriation/…, 一般公共预算 income → appropriation/generalBudgetIncome (schema 1.5).
    /// </summary>
    private static string? FieldOf(StatementFund fund, StatementFlow flow) => (fund, flow) switch
    {
        (StatementFund.GeneralBudget, StatementFlow.Income) => N + "appropriation/generalBudgetIncome",
        (StatementFund.GeneralBudget, StatementFlow.Expenditure) => N + "generalBudget/total",
        (StatementFund.GovernmentFund, StatementFlow.Income) => N + "governmentFund/currentYearIncome",
        (StatementFund.GovernmentFund, StatementFlow.Expenditure) => N + "governmentFund/currentYearExpenditure",
        (StatementFund.StateCapital, StatementFlow.Income) => N + "stateCapital/currentYearIncome",
        (StatementFund.StateCapital, StatementFlow.Expenditure) => N + "stateCapital/currentYearExpenditure",
        (StatementFund.Appropriation, StatementFlow.Income) => N + "appropriation/currentYearIncome",
        (StatementFund.Appropriation, StatementFlow.Expenditure) => N + "appropriation/currentYearExpenditure",
        _ => null,
    };

    /// <summary>
    /// Whether a typed statement's clause names no whole 财政拨款 before its figure: no 财政拨款 at all ("基本支出 1200.00 万元"
    /// after "财政拨款支出中，"), or one followed by 中 ("财政拨款支出中基本支出 1200.00 万元") — a part, never the whole.
    /// </summary>
    private static bool NamesNoWholeAppropriation(Statement s)
    {
        var at = s.Text.IndexOf(s.Digits, StringComparison.Ordinal);
        var label = at > 0 ? s.Text.Substring(0, at) : s.Text;
        return !label.Contains("财政拨款", StringComparison.Ordinal) || NamesAppropriationPart(label);
    }

    /// <summary>
    /// Places the typed statements of 财政拨款 paragraphs that the clause reader left unplaced, where the model has a
    /// field for their fund and flow: "一般公共预算财政拨款本年支出 869.0 万元，比上年增加 240.09 万元，增长 38%" fills
    /// generalBudget/total and its change; "政府性基金预算财政拨款本年收入 225.58 万元…" governmentFund/currentYearIncome;
    /// "本年支出 1094.65 万元，增加 207.42 万元" the change of appropriation/currentYearExpenditure. Only the year's amount
    /// and its changes against the prior year, each paired with the amount of the same fund and flow just before it in
    /// its paragraph; a field already set is never overwritten, and no figure is placed twice.
    /// </summary>
    private void PlaceStatements()
    {
        if (b.Statements.Count == 0)
        {
            return;
        }

        // The spans claimed before this pass, sorted in an array rented from the shared pool when first asked (no set of
        // them per read); the claims this pass adds are not among them, as they were not in the set this replaced.
        var claimed = new ClaimedSpans(b.Claims);
        try
        {
            PlaceStatements(ref claimed);
        }
        finally
        {
            claimed.Return();
        }
    }

    /// <summary>The loop of <see cref="PlaceStatements()"/> over the statements, asking <paramref name="claimed"/>.</summary>
    private void PlaceStatements(ref ClaimedSpans claimed)
    {
        string? owner = null;
        Statement? amount = null;
        foreach (var s in b.Statements)
        {
            if (s.Relation == StatementRelation.Amount && s.Basis == StatementBasis.Current)
            {
                amount = s;
                owner = FieldOf(s.Fund, s.Flow);
                var noted = unplacedAmountSpans.Contains(s.Span);
                if (owner is not null && !claimed.Contains(s.Span) && !b.Has(owner, "amount")
                    && !(noted && s.Fund == StatementFund.Appropriation && NamesNoWholeAppropriation(s))
                    && notTheAppropriationIncome?.Contains(s.Span) != true && !SetAsideSpan(s.Span))   // Blind26A
                {
                    if (noted)
                    {
                        // A fund's own figure the clause reader left unplaced ("其中：政府性基金预算财政拨款收入 2300.00 万元"):
                        // placed here, so no longer noted. A noted figure whose clause does not name 财政拨款 ("财政拨款支出中，
                        // 基本支出 1200.00 万元") is a part of the whole, never placed as it (a false FA1208, review 21).
                        b.RemoveNotesAt(s.Span);
                    }

                    b.Context = "typedFund=" + s.Fund.ToString() + ";flow=" + s.Flow.ToString() + ";";
                    b.SetUnder(owner, "amount", DraftNode.Of(s.Digits), s.Span, ClaimKind.Amount, s.Text);
                }

                continue;
            }

            var paired = amount is not null && owner is not null && s.Paragraph == amount.Paragraph && s.Fund == amount.Fund
                && s.Flow == amount.Flow;
            if (s.Relation == StatementRelation.Share)
            {
                PlaceFundPartShare(s, paired ? owner : null, ref claimed);
                continue;
            }

            if (!paired || s.Basis != StatementBasis.PriorYear || claimed.Contains(s.Span) || !b.Has(owner, "amount")
                || SetAsideSpan(s.Span))   // Blind26A: an adjusted comparison, another year's value
            {
                continue;
            }

            var change = owner + "/change";
            var direction = s.Value < 0 ? "decrease" : "increase";
            if (b.FindString(change, "direction") is { } d && d != direction)
            {
                continue;   // an amount and a rate of opposite directions: left to the clause reader's reading
            }

            b.Context = "typedFund=" + s.Fund.ToString() + ";flow=" + s.Flow.ToString() + ";";
            if (s.Relation == StatementRelation.Change && !b.Has(change, "amount"))
            {
                b.SetUnder(change, "direction", DraftNode.Of(direction), s.Span);
                b.SetUnder(change, "amount", DraftNode.Of(s.Digits.TrimStart('-', '+')), s.Span, ClaimKind.ChangeAmount, s.Text);
            }
            else if (s.Relation == StatementRelation.ChangeRate && !b.Has(change, "rate"))
            {
                b.SetUnder(change, "direction", DraftNode.Of(direction), s.Span);
                b.SetUnder(change, "rate", DraftNode.Of(s.Digits.TrimStart('-', '+')), s.Span, ClaimKind.ChangeRate, s.Text);
            }
            else
            {
                continue;
            }

            if (!b.Has(change, "reason") && (StatementReason(s.End) ?? NextSentenceStatementReason(s.End, s.Flow)) is { } reason)
            {
                b.SetUnder(change, "reason", DraftNode.Of(reason.Text), reason.Span);
            }
        }
    }

    /// <summary>
    /// The reason written right after a placed change ("…增加 240.09 万元，增长 38%，主要是人员经费增加；本年…"): a reason
    /// marker in the same sentence with no amount between (a rate of the same change may stand there), up to the next
    /// ';' or the end of the sentence, as written.
    /// </summary>
    private static int EndOfPart(string text, int from)
    {
        var end = from;
        while (end < text.Length && text[end] is not ('。' or ';' or '\n'))
        {
            end++;
        }

        return end;
    }

    private static bool StartsWithReason(string text, int at)
    {
        while (at < text.Length && text[at] == ' ')
        {
            at++;
        }

        foreach (var marker in ReasonMarkers)
        {
            if (Scanner.Starts(text, at, marker))
            {
                return true;
            }
        }

        return false;
    }

    private (string Text, SourceSpan Span)? StatementReason(int from)
    {
        var text = b.Text;
        var end = EndOfPart(text, from);
        if (end < text.Length && text[end] == ';' && StartsWithReason(text, end + 1))
        {
            end = EndOfPart(text, end + 1);   // "…增长 253%;主要是…": the reason may open the next part
        }

        var stretch = text.Substring(from, end - from);
        var at = -1;
        var length = 0;
        foreach (var marker in ReasonMarkers)
        {
            var i = Array.IndexOf(PurposeMarkers, marker) >= 0 ? -1 : stretch.IndexOf(marker, StringComparison.Ordinal);
            if (i >= 0 && (at < 0 || i < at))   // session 39: 主要用于 is a purpose (PurposeClauses)
            {
                at = i;
                length = marker.Length;
            }
        }

        if (at < 0)
        {
            return null;
        }

        var next = 0;
        var before = stretch.Substring(0, at);
        while (Scanner.Next(before, ref next, out var n))
        {
            if (n.Unit is not (FigureUnit.Percent or FigureUnit.None))
            {
                return null;   // another amount first: the reason is that figure's
            }
        }

        var start = from + at + length;
        if (start > end)
        {
            return null;
        }

        var reason = b.RawRange(start, end).Trim();
        return reason.Length == 0 ? null : (reason, b.TextSpan(start, end));
    }
}
