using PublicFinance.FinalAccounts.Validation;

namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 41 (tables41, blind round 38 t08; issue 8): the 基本支出 part of the 一般公共预算财政拨款支出 in its own section —
/// "2017年度一般公共预算财政拨款支出3512.64万元，…。其中：基本支出487.78万元，项目支出3024.86万元。" The 一般公共预算 section has no
/// member for its basic and project parts, so both were notes; but the 一般公共预算财政拨款 基本支出 is the subject of the
/// 基本支出 section (一般公共预算财政拨款基本支出决算情况说明, table 6), whose total is <c>basicExpenditure/total</c>. So the
/// 基本支出 after a list's lead only (其中, 包括…) in a paragraph that names the 一般公共预算 (公共财政预算) 财政拨款支出 is placed
/// there when nothing is held; held already, it stays the note (a differing figure is not pressed as a conflict). The
/// 项目支出 part has no member and stays a note; a share or change after the part is no one's (the subject is closed, so
/// "其中：基本支出 200.00 万元，占 80.00%" gives the whole no share); in the other funds' sections nothing changes.
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>The names of the section's whole that make a 基本支出 part the appropriation's basic expenditure.</summary>
    private static readonly string[] GeneralBudgetWholeNames = ["一般公共预算财政拨款支出", "公共财政预算财政拨款支出"];

    /// <summary>
    /// An unplaced amount in the 一般公共预算 section labelled 基本支出 after a list's lead only, in a paragraph naming the
    /// section's whole (<see cref="GeneralBudgetWholeNames"/>): <c>basicExpenditure/total</c> when free. True when placed.
    /// </summary>
    private bool GeneralBudgetBasicPart(ClauseView clause, NumberToken token, string compact, SourceSpan span)
    {
        const string Target = N + "basicExpenditure/total/amount";
        var end = compact.Length > 0 && compact[compact.Length - 1] is '为' or '是' or ':' ? compact.Length - 1 : compact.Length;
        var at = end - 4;
        if (section != Section.GeneralBudget || at < 0 || string.CompareOrdinal(compact, at, "基本支出", 0, 4) != 0
            || !LeadsCarryOver(compact, at) || b.Has(Target)
            || !HasAnyIn(currentSentence, 0, currentSentence.Length, GeneralBudgetWholeNames))
        {
            return false;
        }

        b.Set(Target, AmountNode(token, span), span, ClaimKind.Amount, clause.Text);
        subject = null;   // its share (of the 一般公共预算 whole) or change after it is neither the whole's nor table 6's total's
        budget = null;
        return true;
    }
}
