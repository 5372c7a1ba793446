using PublicFinance.FinalAccounts.Validation;

namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 40 (fam40, issue 8): 年末结转 or 年末结余 alone, outside a composition of 支出总计 — "本年收入合计 600.00 万元，本年支出
/// 合计 604.40 万元，年初结转和结余 50.00 万元，年末结转 45.60 万元" after "收入总计 650.00 万元，支出总计 650.00 万元。". The model
/// has one closing balance (年末结转和结余, <c>closingCarryOver</c>) and no member for either half; session 26's
/// <see cref="LaterCarryOver"/> takes 年末结转 as the whole only right after 支出总计 in its sentence. Here either half alone is
/// the section's <c>closingCarryOver</c> only when it is certainly the whole: the label is the bare name (no fund or other
/// qualifier, and in the overview a sentence that names no fund or 财政拨款), the paragraph states no other closing balance
/// (年末 written once, no 结转下年, the other half not after it), and the section's 支出总计 equals its 本年支出 plus this
/// amount exactly, written to the same precision — then the other half is 0 by the section's own identity and no check can
/// find the figure wrong. Anything else stays the located note of an amount the reader could not place.
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>The bare names of one half of the closing balance.</summary>
    private static readonly string[] BareClosingPartNames = ["年末结转", "年末结余"];

    /// <summary>Words by which a paragraph states money carried to the next year in another wording.</summary>
    private static readonly string[] NextYearCarryWords = ["结转下年", "结转至下年", "结转到下年"];

    /// <summary>
    /// An unplaced amount labelled 年末结转 or 年末结余 alone in the overview or the 财政拨款 section that closes that
    /// section's expenditure side exactly (see the type's summary), or in a fund's section that closes the fund's year
    /// (<see cref="FundYearClosesWith"/>, session 46): its <c>closingCarryOver</c>. True when placed.
    /// </summary>
    private bool BareClosingPart(ClauseView clause, NumberToken token, string compact, SourceSpan span)
    {
        var fund = section switch
        {
            Section.Overall => "overall",
            Section.Appropriation => "appropriation",
            Section.GovernmentFund => "governmentFund",   // session 46: "…收入310.00万元，支出260.00万元，…年末结转50.00万元"
            Section.StateCapital => "stateCapital",
            _ => null,
        };
        var name = compact.Length > 0 && compact[compact.Length - 1] is '为' or '是' or ':'
            ? compact.Substring(0, compact.Length - 1) : compact;
        if (fund is null || !IsOneOf(name.AsSpan(), BareClosingPartNames) || b.Has(N + fund + "/closingCarryOver/amount"))
        {
            return false;
        }

        var p = currentSentence;
        if (!ReferenceEquals(clause.Sentence.Text, p)
            || fund == "overall" && (FundOfSentence() is not null
                || p.IndexOf("财政拨款", currentSentenceFrom, currentSentenceTo - currentSentenceFrom, StringComparison.Ordinal) >= 0))
        {
            return false;
        }

        var at = Math.Min(clause.Start + token.Start, p.Length);
        var first = p.IndexOf("年末", StringComparison.Ordinal);
        if (first < 0 || p.IndexOf("年末", first + 2, StringComparison.Ordinal) >= 0 || HasAnyIn(p, 0, p.Length, NextYearCarryWords)
            || (name == "年末结转" ? SurplusAfter(p, at) : p.IndexOf("结转", at, StringComparison.Ordinal) >= 0))
        {
            return false;   // another closing balance in the paragraph: this one may be a part only
        }

        var amount = AmountNode(token, span);
        if (!ClosesTheSum(fund + "/expenditureGrandTotal", fund + "/currentYearExpenditure", amount)
            && !FundYearClosesWith(fund, amount) && !FundYearWithOpeningClosesWith(fund, amount))   // session 58
        {
            return false;   // a half that does not close 支出总计: the other half may be unstated (CarryOverClosingTheSum)
        }

        b.Set(N + fund + "/closingCarryOver/amount", amount, span, ClaimKind.Amount, clause.Text);
        return true;
    }

    /// <summary>
    /// Session 46 (blind round 43, t01): a fund's statement (政府性基金, 国有资本经营) that states no grand total and no opening
    /// balance, whose 本年收入 minus 本年支出 is the half exactly ("收入310.00万元，支出260.00万元，…年末结转50.00万元"): the
    /// opening is then 0 and the other half 0 by the fund's own identity, so the half is the whole closing balance.
    /// </summary>
    private bool FundYearClosesWith(string fund, DraftNode amount)
        => fund is "governmentFund" or "stateCapital" && !b.Has(N + fund + "/openingCarryOver")
            && !b.Has(N + fund + "/incomeGrandTotal")
            && ClosesTheSum(fund + "/currentYearIncome", fund + "/currentYearExpenditure", amount);
}
