namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// A text without headings (H, blind rounds 29 and 30; issue 8): paragraphs that state the totals, then the 一般公共预算
/// expenditure, its 基本支出, 三公 and 机关运行经费 one after another, none under a heading. The 三公, 机关运行经费, 政府采购,
/// 资产 and overview paragraphs already gave their sections (<c>InferredSection</c>); a paragraph that opens with the
/// 一般公共预算财政拨款 expenditure stayed in the section before it, so its budget comparison went to the overview's
/// (<c>/narrative/overall/budget</c>, a false FA2206) and its 基本支出 to the whole 本年支出's. Such a paragraph now enters
/// its own section when the section before it was itself inferred from a subject, or when none is open — never under a
/// heading. So do the 政府性基金 expenditure, the 财政拨款 totals and a paragraph opening with 收入合计 or 支出合计.
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>How far into a paragraph its subject may start ("2023年度本部门", "本年度本单位", "（二）").</summary>
    private const int SubjectReach = 16;

    /// <summary>
    /// The subjects that open a statement section's paragraph, most specific first: the 一般公共预算 expenditure and its 基本支出,
    /// the 政府性基金 expenditure, the 财政拨款 totals, and the year's income or expenditure (收入合计 / 支出合计, each only in a
    /// paragraph that does not speak of the other flow).
    /// </summary>
    private static readonly (string Subject, Section Section)[] OpeningSubjects =
    [
        ("一般公共预算财政拨款基本支出", Section.Basic), ("公共财政预算财政拨款基本支出", Section.Basic),   // s46: the 2014 name
        ("一般公共预算财政拨款支出", Section.GeneralBudget),
        ("政府性基金预算财政拨款支出", Section.GovernmentFund), ("财政拨款收入支出总计", Section.Appropriation),
        ("财政拨款收、支总计", Section.Appropriation), ("财政拨款收支总计", Section.Appropriation),
        ("收入合计", Section.Income), ("支出合计", Section.Expenditure),
    ];

    /// <summary>
    /// The statement section a paragraph's opening subject names (<see cref="OpeningSubjects"/>): the subject written within
    /// <see cref="SubjectReach"/> characters of the paragraph's start, before any figure but a year; else none.
    /// "收入总计 500 万元，其中一般公共预算财政拨款收入…" names no statement section here.
    /// </summary>
    private static Section OpeningStatementSection(string text)
    {
        foreach (var (subject, opened) in OpeningSubjects)
        {
            var at = text.IndexOf(subject, 0, Math.Min(text.Length, SubjectReach + subject.Length), StringComparison.Ordinal);
            if (at < 0 || HasDigitBefore(text, at) || text.IndexOf("总计", 0, at, StringComparison.Ordinal) >= 0)
            {
                continue;
            }

            if (opened == Section.Income && text.Contains("支出") || opened == Section.Expenditure && text.Contains("收入"))
            {
                return Section.None;   // "本年收入合计 450 万元，本年支出合计 460 万元": an overview of both flows
            }

            return opened;
        }

        return Section.None;
    }

    /// <summary>Whether a digit other than a year's ("2023年度") comes before <paramref name="at"/>.</summary>
    private static bool HasDigitBefore(string text, int at)
    {
        for (var i = 0; i < at; i++)
        {
            if (!Scanner.IsDigit(text[i]))
            {
                continue;
            }

            var end = i;
            while (end < at && Scanner.IsDigit(text[end]))
            {
                end++;
            }

            if (end - i != 4 || end >= at || text[end] != '年')
            {
                return true;
            }

            i = end;
        }

        return false;
    }

    /// <summary>
    /// Enters the statement section a paragraph opens with (<see cref="OpeningStatementSection"/>) when the section it is in was
    /// inferred from a subject (no heading gave it) and is another, or when no section is open yet (no heading nor subject
    /// gave one); whether it did.
    /// </summary>
    private bool EnterOpeningStatementSection(string text)
    {
        if (!(sectionInferred || section == Section.None) || section is Section.Other or Section.Performance)
        {
            return false;
        }

        var statement = OpeningAfterIntroduction(text);   // UnheadedOpenings (session 38): after an introductory sentence
        statement = statement == Section.None ? OwnedFlowOpening(text) : statement;   // OwnedFlowOpenings (session 39): 本部门本年收入
        if (statement == Section.None || statement == section)
        {
            return false;
        }

        Enter(statement);
        sectionInferred = true;
        return true;
    }
}
