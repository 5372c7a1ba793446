namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 36 (issue 8; found by the session's own probe round): "一、部门决算收支总体情况：…" then "二、收入情况：本年收入合计…" and
/// "三、支出情况：本年支出合计…" — short top-level headings of the income and the expenditure after the overview. Neither was
/// entered (<see cref="ShortSectionHeading"/> took 支出情况 only from inside the income, and 收入情况 not at all): the
/// income's and the expenditure's figures were read in the overview (本年支出合计 not placed, 基本支出's bracketed parts and the
/// 类 of the expenditure unplaced). A heading numbered "二、" (not bracketed: "（一）收入情况" may be a fund's subsection) whose
/// body is 收入情况 / 支出情况 (说明) now enters the income or the expenditure from the overview or from the income.
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>The bodies of a short top-level heading of the whole income (收入情况).</summary>
    private static readonly string[] IncomeHeadingBodies = ["收入情况", "收入情况说明", "收入说明"];

    /// <summary>
    /// Whether a top-level (not bracketed) short heading of the income or the expenditure (<paramref name="body"/>, its
    /// words after "二、") entered its section from the overview or the income.
    /// </summary>
    private bool TopLevelFlowHeading(bool bracketed, ReadOnlySpan<char> body)
    {
        if (bracketed || section is not (Section.Overall or Section.Income))
        {
            return false;
        }

        if (section == Section.Overall && IsOneOf(body, IncomeHeadingBodies))
        {
            Enter(Section.Income);
            bracketSection = null;
            return true;
        }

        if (IsOneOf(body, ExpenditureHeadingBodies))
        {
            Enter(Section.Expenditure);
            bracketSection = null;
            return true;
        }

        return false;
    }
}
