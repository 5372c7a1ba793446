namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 39 (issue 8; blind round 36's family E): the 2015–2017 templates name the 财政拨款收入 of the income breakdown
/// without 收入 — "其中：公共财政拨款 2198.40 万元，占 95.0%；事业收入 116.27 万元", "公共财政预算拨款 800.50 万元",
/// "一般预算财政拨款 400.00 万元". In the 收入 section 公共财政拨款 and 一般预算财政拨款 resolved already (the key 财政拨款), but
/// 公共财政预算拨款 did not, and in the overview none did (an overview part needs 收入 in its label): each was "an amount the
/// reader could not place", and its share was lost. Such a label is read as <c>income/fiscalAppropriation</c> only when it is
/// exactly one of <see cref="OlderAppropriationIncomeNames"/> (after a list's lead: 其中, a colon, a comma), and in the overview
/// only while the subject is an income figure (本年收入, 收入合计, 收入总计, or a part of it): never 公共财政 in another word
/// (公共财政预算 as a heading word, 公共财政拨款支出, 公共财政预算结转). The guard for a fund's part applies after it as to
/// 一般公共预算财政拨款收入: beside a 政府性基金 part in the paragraph it is one part of the 财政拨款收入, a note.
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>The older names of the (general budget) 财政拨款收入 that carry no 收入.</summary>
    private static readonly string[] OlderAppropriationIncomeNames =
        ["公共财政拨款", "公共财政预算拨款", "公共财政预算财政拨款", "一般预算财政拨款", "一般预算拨款"];

    /// <summary>The leads a label may have before the older name (a list's, after a bracket or a clause mark).</summary>
    private static readonly string[] OlderNameLeads = ["其中:", "其中", "包括:", "包括", ""];

    /// <summary>
    /// <c>income/fiscalAppropriation</c> when <paramref name="label"/> is an older name of the 财政拨款收入
    /// (<see cref="OlderAppropriationIncomeNames"/>) after a list's lead at most — in the 收入 section, or in the overview while the
    /// subject is an income figure — else null.
    /// </summary>
    private string? OlderAppropriationIncome(string label)
    {
        if (section is not (Section.Overall or Section.Income) || label.IndexOf("拨款", StringComparison.Ordinal) < 0)
        {
            return null;
        }

        var compact = CompactLabel(label);
        if (compact.Length > 0 && compact[compact.Length - 1] is '为' or '是' or ':')
        {
            compact = compact.Substring(0, compact.Length - 1);
        }

        var named = false;
        foreach (var lead in OlderNameLeads)
        {
            if (!compact.StartsWith(lead, StringComparison.Ordinal))
            {
                continue;
            }

            var rest = compact.AsSpan(lead.Length);
            if (IsOneOf(rest, OlderAppropriationIncomeNames))
            {
                named = true;
                break;
            }
        }

        if (!named)
        {
            return null;
        }

        return section == Section.Income || SubjectIsIncome() ? "income/fiscalAppropriation" : null;
    }

    /// <summary>Whether the subject is an income figure of the overview or the 收入 section (its total or one of its parts).</summary>
    private bool SubjectIsIncome()
        => subject is N + "overall/currentYearIncome" or N + "overall/incomeGrandTotal"
            || subject is not null && subject.StartsWith(N + "income/", StringComparison.Ordinal);
}
