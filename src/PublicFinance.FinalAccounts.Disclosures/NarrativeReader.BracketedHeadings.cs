namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 25, gap 1: a bracketed heading on its own line ("（一）基本支出决算情况" then the body) follows the rule the one-line
/// form ("（一）基本支出决算情况。本年…") has followed since the review of session 24: a bracketed heading is a sub-heading, and
/// it opens a subsection only inside its parent section (<see cref="OpensFromBracket"/>). Under "二、支出决算情况说明" the
/// heading "（一）基本支出决算情况" is the all-funds 基本支出, not the 一般公共预算财政拨款 基本支出 section (before: the all-funds
/// amount took basicExpenditure/total, and FA1206 was a false Error).
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>
    /// Whether a heading line <paramref name="text"/> keyed to <paramref name="target"/> stays in the current section instead
    /// of entering <paramref name="target"/>; when it enters, remembers whether a bracketed heading did (its siblings may then
    /// enter theirs, <see cref="bracketSection"/>). It stays only when the heading is numbered in brackets ("（一）", "(二)"),
    /// the current section and <paramref name="target"/> are both sections of the finance statements (总体, 收入, 支出, 财政拨款,
    /// 一般公共预算, 基本支出, 政府性基金, 国有资本经营) and <see cref="BracketedHeadingMayEnter"/> refuses the move.
    /// </summary>
    private bool HeadingStaysInSection(string text, Section target)
    {
        var bracketed = IsBracketNumbered(text);
        if (bracketed && target != section && !BracketedHeadingMayEnter(target))
        {
            return true;
        }

        bracketSection = bracketed ? target : null;
        return false;
    }

    /// <summary>
    /// Whether a bracketed heading may move the reader from the current section into <paramref name="target"/>: always
    /// between sections outside the finance statements (职能 → 机构人员, 其他事项 → 机关运行经费, …: their headings were never
    /// moved wrongly), else as the one-line form decides (<see cref="OpensFromBracket"/>: no section open, a sibling's
    /// section, or a part of the current section).
    /// </summary>
    private bool BracketedHeadingMayEnter(Section target)
        => !IsStatementSection(section) || !IsStatementSection(target) || OpensFromBracket(target);

    /// <summary>The sections of the finance statements, whose figures a wrong section would put under another basis.</summary>
    private static bool IsStatementSection(Section s)
        => s is Section.Overall or Section.Income or Section.Expenditure or Section.Appropriation or Section.GeneralBudget
            or Section.Basic or Section.GovernmentFund or Section.StateCapital;

    /// <summary>Whether <paramref name="text"/> opens with a Chinese numeral in brackets ("(一)", "(十二)"; normalised
    /// brackets), as a sub-heading is numbered.</summary>
    private static bool IsBracketNumbered(string text)
        => text.Length > 3 && text[0] == '(' && AfterNumerals(text, 1, BlockClassifier.IsChineseNumeral, static c => c == ')') > 0;
}
