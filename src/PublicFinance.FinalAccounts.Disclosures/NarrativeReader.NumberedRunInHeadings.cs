namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 62 (prose62, blind round 58 t05 and t08): two forms of a numbered heading run into its text that
/// <see cref="OneLineHeading"/> did not enter, so the statement's total and its 项 lines after it stayed in the section before
/// ("功能分类科目…本部分在模型中没有对应的科目列表", the total "未能归类" and its change given to the overview):
/// <list type="bullet">
/// <item>a statement's name closed by '。' without 情况 — "（三）财政拨款支出决算。2023年度财政拨款支出…": read as its 情况 form
/// ("财政拨款支出决算情况"), which was entered already; so is a fund's 财政拨款支出 alone ("（三）一般公共预算财政拨款支出。…");</item>
/// <item>a heading numbered with an Arabic numeral — "3、公共财政预算财政拨款支出情况。2013年度…", "(2)…", "2.…": a sub-heading, read
/// by the bracketed heading's rules (closed by '。', <see cref="BracketedHeadingMayEnter"/>).</item>
/// </list>
/// Precision first: the new forms only ever enter a section other than the current one (else the paragraph is read whole, as
/// before); the 决算 form only a section of the finance statements; the Arabic form only when closed by '。' (a list item
/// "1.行政运行（2010301）…" has a digit before any '。' and is no heading).
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>
    /// The index after an Arabic heading number at the start of <paramref name="text"/> — "3、", "3." (no digit after the
    /// point), "(3)" — of one or two digits; 0 when the text opens with no such number.
    /// </summary>
    private static int ArabicHeadingNumberEnd(string text)
    {
        if (text.Length > 3 && text[0] == '(')
        {
            var closed = AfterNumerals(text, 1, Scanner.IsDigit, static c => c == ')');
            return closed is > 0 and <= 4 ? closed : 0;
        }

        var at = AfterNumerals(text, 0, Scanner.IsDigit, static c => c is '、' or '.');
        return at is > 0 and <= 3 && at < text.Length && !Scanner.IsDigit(text[at]) ? at : 0;
    }

    /// <summary>
    /// The words that make a numbered heading closed by '。' its 情况 form, or null: after a statement's name ending in 决算
    /// ("财政拨款支出决算", "收入决算") 情况; after a fund's 财政拨款支出 ("一般公共预算财政拨款支出") 决算情况 — the form's key must name a
    /// section of the finance statements, for the 支出 form a fund's 财政拨款 statement (a bare "基本支出" or "支出" may be the
    /// all-funds part and is not taken). Never under 其他需要说明的事项 or 绩效.
    /// </summary>
    private string? StatementNameHeading(string heading, bool closedBySentence)
    {
        if (!closedBySentence || section is Section.Other or Section.Performance)
        {
            return null;
        }

        var fundExpenditure = heading.EndsWith("支出", StringComparison.Ordinal) && heading.Contains("财政拨款");
        var suffix = heading.EndsWith("决算", StringComparison.Ordinal) ? "情况" : fundExpenditure ? "决算情况" : null;
        if (suffix is null || SectionKeyIndex.FirstIn(heading + suffix) is not (var key and >= 0))
        {
            return null;
        }

        var target = SectionKeys[key].Section;
        return (fundExpenditure ? IsAppropriationSection(target) : IsStatementSection(target)) ? suffix : null;
    }

    /// <summary>Whether <paramref name="s"/> is a fund's 财政拨款 statement: 财政拨款, 一般公共预算, 政府性基金 or 国有资本经营.</summary>
    private static bool IsAppropriationSection(Section s)
        => s is Section.Appropriation or Section.GeneralBudget or Section.GovernmentFund or Section.StateCapital;
}
