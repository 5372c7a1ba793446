namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Texts without headings whose first paragraph introduces the unit before its figures (session 38, blind round 35 M3):
/// "本单位为县农业农村局所属事业单位，本报告为2023年度单位决算说明。2023年度本年收入合计 3120.50 万元，其中财政拨款收入…". The
/// subject (收入合计) stood past <see cref="SubjectReach"/>, so no section was entered and every figure of the paragraph was a
/// note (未能归类). A first sentence with no figure but a year is an introduction: the paragraph's subject is looked for after
/// it, as at the paragraph's start. And the text's first paragraph, when it states the year's income and expenditure together
/// ("2023年度本年收入合计 3120.50 万元，本年支出合计 3050.20 万元。") with no section open, is the overview's (总体情况), where
/// both are read as 本年收入合计 and 本年支出合计; before, nothing of such a text was read. A paragraph that opens with the
/// 财政拨款 expenditure of all funds (<see cref="OpensWithAppropriationExpenditure"/>) is the 财政拨款 section's: its functional
/// items by code ("按支出功能分类，主要用于：2130101行政运行（项）620.40万元") are that section's items, as under its heading.
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>How long an introductory first sentence may be (<see cref="OpeningAfterIntroduction"/>).</summary>
    private const int IntroductionReach = 80;

    /// <summary>
    /// <see cref="OpeningStatementSection"/> of the paragraph, else of what follows an introductory first sentence (one ending
    /// at '。' within <see cref="IntroductionReach"/> with no figure but a year); and, when no section is open yet, the
    /// overview for a paragraph that opens with the year's income total and states the expenditure total too.
    /// </summary>
    private Section OpeningAfterIntroduction(string text)
    {
        var opened = OpeningStatementSection(text);
        var body = text;
        if (opened == Section.None)
        {
            var dot = text.IndexOf('。', 0, Math.Min(text.Length, IntroductionReach));
            if (dot > 0 && dot + 1 < text.Length && !HasDigitBefore(text, dot))
            {
                body = text.Substring(dot + 1);
                opened = OpeningStatementSection(body);
            }
        }

        if (opened == Section.None && OpensWithAppropriationExpenditure(body))
        {
            return Section.Appropriation;
        }

        return opened == Section.None && section == Section.None && OpensWithBothTotals(body) ? Section.Overall : opened;
    }

    /// <summary>
    /// Whether a paragraph opens with the 财政拨款 expenditure of all funds — "2023年度财政拨款支出 2980.50 万元，按支出功能分类，
    /// 主要用于：2130101行政运行（项）…" — within <see cref="SubjectReach"/>, after nothing but the year
    /// (<see cref="OnlyPeriodBefore"/>): not a fund's (一般公共预算, 公共财政), not a 三公 statement's, not after totals. The
    /// paragraph is the 财政拨款 section's, whose list of functional items (appropriation/items) the items it lists enter.
    /// </summary>
    private static bool OpensWithAppropriationExpenditure(string text)
    {
        const string Subject = "财政拨款支出";
        var at = text.IndexOf(Subject, 0, Math.Min(text.Length, SubjectReach + Subject.Length), StringComparison.Ordinal);
        return at >= 0 && OnlyPeriodBefore(text, at);
    }

    /// <summary>
    /// Whether nothing but the year stands before <paramref name="at"/> ("2023年度", "本年", "2023年，"): the subject opens
    /// the paragraph. "2022年度“三公”经费财政拨款支出…" (a 三公 statement), "一般公共预算财政拨款支出…" (a fund's) and
    /// "收入总计…财政拨款支出" are not the 财政拨款 expenditure of all funds opening a paragraph.
    /// </summary>
    private static bool OnlyPeriodBefore(string text, int at)
    {
        for (var i = 0; i < at; i++)
        {
            if (!(text[i] is (>= '0' and <= '9') or '年' or '度' or '本' or '，' or ',' or ' ' or '\u3000'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Whether a paragraph opens with 收入合计 (within <see cref="SubjectReach"/>, before any figure but a year) and states
    /// 支出合计 after it: "2023年度本年收入合计 X 万元，本年支出合计 Y 万元".
    /// </summary>
    private static bool OpensWithBothTotals(string text)
    {
        const string Income = "收入合计";
        var at = text.IndexOf(Income, 0, Math.Min(text.Length, SubjectReach + Income.Length), StringComparison.Ordinal);
        return at >= 0 && !HasDigitBefore(text, at) && text.IndexOf("总计", 0, at, StringComparison.Ordinal) < 0
            && text.IndexOf("支出合计", at, StringComparison.Ordinal) > at;
    }
}
