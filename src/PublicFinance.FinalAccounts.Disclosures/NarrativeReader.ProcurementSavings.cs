using PublicFinance.FinalAccounts.Validation;

namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 46 (schema 1.11, blind round 43's t01, t03, t04, t08 and t09): the procurement budget and what was saved against
/// it — "政府采购预算1003.20万元，实际采购金额956.62万元，节约资金46.58万元，节约率4.64%". 政府采购预算(数) →
/// <c>procurement/budget</c>; 节约资金 / 节约财政资金 / 节支金额 → <c>procurement/savings</c>; 节约率 / 节支率 / 资金节约率 →
/// <c>procurement/savingsRate</c> (rules FA4105, FA4106). 实际采购(金额) is the procurement total (a label of
/// <c>procurement/total</c>). Not read: a budget of another year (2026年政府采购预算 in a 2025 text, 下年度), a 预留 budget
/// (面向中小企业预留), a 压减 (a cut of spending, not a saving against a purchase budget), a negative figure.
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>Words of the funds saved against the procurement budget.</summary>
    private static readonly string[] ProcurementSavingsWords = ["节约资金", "节约财政资金", "节约采购资金", "节约金额", "节支金额", "节约"];

    /// <summary>Words of the savings rate.</summary>
    private static readonly string[] ProcurementSavingsRateWords = ["节约率", "节支率", "节约比例", "节支比例"];

    /// <summary>Words of a budget of a later year (a budget document's figure, not the year's).</summary>
    private static readonly string[] LaterYearWords = ["下年", "明年", "下一年", "来年"];

    /// <summary>
    /// An amount of the procurement section that is its budget or its savings (true: placed); false leaves it to the section's
    /// reader as before.
    /// </summary>
    private bool ProcurementBudgetOrSavings(ClauseView clause, NumberToken token, string label, SourceSpan span)
    {
        if (label.IndexOf('采') < 0 && !b.Has(N + "procurement/budget"))
        {
            return false;   // session 47: both readings need 采购 in the label or a budget read before (no compact copy made)
        }

        var compact = CompactLabel(label);
        if (token.Value < 0 || NamesAnotherYearThanTheReport(compact) || HasAny(compact, ProcurementSavingsRateWords))
        {
            return false;
        }

        if (compact.Contains("采购预算") && !HasAny(compact, ProcurementBudgetNotWholeWords) && !HasAny(compact, ProcurementSavingsWords))
        {
            return PlaceProcurementFigure("budget", token, span, clause);
        }

        var procurement = compact.Contains("采购") || b.Has(N + "procurement/budget");
        return procurement && HasAny(compact, ProcurementSavingsWords) && !compact.Contains("压减") && !compact.Contains("预留")
            && PlaceProcurementFigure("savings", token, span, clause);
    }

    /// <summary>Words that make a procurement budget a part's or another thing's (预留, 中小企业, 执行).</summary>
    private static readonly string[] ProcurementBudgetNotWholeWords = ["预留", "中小企业", "小微", "执行", "货物", "工程", "服务"];

    /// <summary>A percentage of the procurement section that is its savings rate (true: placed).</summary>
    private bool ProcurementSavingsRate(ClauseView clause, NumberToken token, string label, SourceSpan span)
    {
        var compact = CompactLabel(label);
        return token.Value >= 0 && HasAny(compact, ProcurementSavingsRateWords) && !NamesAnotherYearThanTheReport(compact)
            && (compact.Contains("采购") || b.Has(N + "procurement/budget") || b.Has(N + "procurement/savings"))
            && PlaceProcurementFigure("savingsRate", token, span, clause);
    }

    /// <summary>Sets a 1.11 procurement member once (a second one is left to the section's reader, as before).</summary>
    private bool PlaceProcurementFigure(string member, NumberToken token, SourceSpan span, ClauseView clause)
    {
        var pointer = N + "procurement/" + member;
        if (b.Has(pointer))
        {
            return false;
        }

        subject = null;   // a change or a share after it is not the total's
        if (member == "savingsRate")
        {
            b.Set(pointer, PercentNode(token), span, ClaimKind.Share, clause.Text);
        }
        else
        {
            b.Set(pointer, AmountNode(token, span), span, ClaimKind.Amount, clause.Text);
        }

        return true;
    }

    /// <summary>
    /// Whether a label names a year other than the report's ("2026年政府采购预算" in a 2025 text) or a later year in words
    /// (下年度, 明年).
    /// </summary>
    private bool NamesAnotherYearThanTheReport(string label)
    {
        if (HasAny(label, LaterYearWords))
        {
            return true;
        }

        for (var at = label.IndexOf('年'); at >= 4; at = label.IndexOf('年', at + 1))
        {
            if (int.TryParse(label.Substring(at - 4, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var named)
                && named is >= FiscalYearRange.First and <= FiscalYearRange.Last && year > 0 && named != year)
            {
                return true;
            }
        }

        return false;
    }
}
