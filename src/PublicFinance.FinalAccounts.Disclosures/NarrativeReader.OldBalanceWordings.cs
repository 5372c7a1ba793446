using PublicFinance.FinalAccounts.Validation;

namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 41 (tables41, blind round 38 t09; issue 8): the old wordings of the two balances stated beside the year's flows,
/// in a sentence of their own — "收入总计 502.19 万元，支出总计 502.19 万元。…本年收入 486.37 万元，上年结转 15.82 万元；本年支出
/// 479.94 万元，结转下年 22.25 万元。" 上年结转 / 上年结余 are the old names of 年初结转和结余, 结转下年 / 结转下年使用 of 年末结转和结余.
/// Session 25/26 placed them only in the composition of a grand total (right after 收入总计 / 支出总计 in the sentence);
/// elsewhere they stayed notes, as either may be a part only (the 结余 not stated). Here, in the overview or the 财政拨款
/// section (the section makes the field certain), each is placed only when it closes its side exactly: the section's grand
/// total equals its 本年收入 (本年支出) plus this figure, written to the same precision — then it is the whole balance by
/// the section's own identity and no check can find it wrong. A figure that does not close the sum stays the located note.
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>The old names of 年初结转和结余 that name the 结余 only (上年结余…): the whole only when the sum closes.</summary>
    private static readonly string[] EarlierSurplusNames = ["上年度结余", "上年结余", "年初结余"];

    /// <summary>
    /// Whether <paramref name="label"/> (compact) names the opening balance in an old wording: a carry-over of earlier years
    /// (<see cref="IsEarlierCarryOver"/>), or 上年结余 / 年初结余 after a list's lead only (the caller places either only when
    /// it closes the sum, so a 结余 that is a part beside a 结转 is never the whole).
    /// </summary>
    private static bool IsEarlierBalance(string label)
    {
        if (IsEarlierCarryOver(label, out _))
        {
            return true;
        }

        var end = label.Length > 0 && label[label.Length - 1] is '为' or '是' or ':' ? label.Length - 1 : label.Length;
        foreach (var name in EarlierSurplusNames)
        {
            var at = end - name.Length;
            if (at >= 0 && string.CompareOrdinal(label, at, name, 0, name.Length) == 0 && LeadsCarryOver(label, at))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// An unplaced amount labelled 结转下年 / 结转下年使用 / 结转至下年… (<see cref="IsLaterCarryOver"/>, not a 年末 name — those are
    /// <see cref="BareClosingPart"/>'s, with its own guards) in the overview, the expenditure section or the 财政拨款 section,
    /// when no closing balance is held and the section's 支出总计 equals its 本年支出 plus this amount exactly (see the type's
    /// summary): that section's <c>closingCarryOver</c>. Not with a fund or 财政拨款 in an overview's label. True when placed.
    /// </summary>
    private bool LaterCarryOverClosingTheSum(ClauseView clause, NumberToken token, string label, SourceSpan span)
    {
        var fund = section switch
        {
            Section.Overall or Section.Expenditure => "overall",
            Section.Appropriation => "appropriation",
            _ => null,
        };
        if (fund is null || !IsLaterCarryOver(label) || label.Contains("年末") || label.Contains("预算")
            || fund == "overall" && label.Contains("财政拨款") || b.Has(N + fund + "/closingCarryOver/amount"))
        {
            return false;
        }

        var amount = AmountNode(token, span);
        if (!ClosesTheSum(fund + "/expenditureGrandTotal", fund + "/currentYearExpenditure", amount))
        {
            return false;
        }

        b.Set(N + fund + "/closingCarryOver/amount", amount, span, ClaimKind.Amount, clause.Text);
        return true;
    }
}
