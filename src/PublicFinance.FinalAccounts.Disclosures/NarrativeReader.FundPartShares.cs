using PublicFinance.FinalAccounts.Disclosures.Statements;

namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 40 (issue 8; blind round 38's t05): the funds' parts of the 财政拨款 income listed with their shares in the 财政拨款
/// section — "财政拨款收入 1000.00 万元中：一般公共预算财政拨款收入 800.00 万元，占 80.00%；政府性基金预算财政拨款收入 150.00
/// 万元，占 15.00%；…" (also after "其中："). The typed statements place each part's amount on its fund's field; the share
/// after it was stored on the clause's subject, the whole 财政拨款 income (80.00 as the whole's share, the other two noted as
/// "another kind"), or not at all. A part's amount is never the subject of the clause reader now (its share is the part's),
/// and the share typed after the part (<see cref="StatementRelation.Share"/>, a bare 占 / 占比 only) goes on the part's field,
/// as <c>FundIncomeShares</c> does in the income section. Income only: FA2007 checks these shares (session 41, when their base
/// is the 财政拨款 income: <c>FundPartShareBases</c>), and an expenditure part's
/// field (generalBudget/total) is another statement's.
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>
    /// Places the typed share <paramref name="s"/> on <paramref name="owner"/>, the field of the fund part placed just before it
    /// (null when the share follows no part of its fund and flow in its paragraph): only a part of one fund's income, where
    /// the part's amount is placed and no share is held, and the share's span was not placed by the clause reader.
    /// </summary>
    private void PlaceFundPartShare(Statement s, string? owner, ref ClaimedSpans claimed)
    {
        if (owner is null || s.Fund is StatementFund.Appropriation or StatementFund.Unspecified || s.Flow != StatementFlow.Income
            || claimed.Contains(s.Span) || !b.Has(owner, "amount") || b.Has(owner, "share") || SetAsideSpan(s.Span))
        {
            return;
        }

        b.RemoveNotesAt(s.Span);
        if (FundPartShareHeld(owner, null, DraftNode.Of(s.Digits), s.End, s.Span, s.Text))
        {
            return;   // session 41: a share after a list led by another whole than 财政拨款收入 (FundPartShareBases, FA2007)
        }

        b.Context = "typedFund=" + s.Fund.ToString() + ";flow=" + s.Flow.ToString() + ";";
        b.SetUnder(owner, "share", DraftNode.Of(s.Digits), s.Span, ClaimKind.Share, s.Text);
    }
}
