namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// A text without headings (H, blind rounds 29 and 30; issue 8): paragraphs that state the totals, then the 一般公共预算
/// expenditure, its 基本支出, 三公 and 机关运行经费 one after another, none under a heading. The 三公, 机关运行经费, 政府采购,
/// 资产 and overview paragraphs already gave their sections (<c>InferredSection</c>); a paragraph that opens with the
/// 一般公共预算财政拨款 expenditure stayed in the section before it, so its budget comparison went to the overview's
/// (<c>/narrative/overall/budget</c>, a false FA2206) and its 基本支出 to the whole 本年支出's. Such a paragraph now enters
/// its own section when the section before it was itself inferred from a subject — never under a heading.
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>How far into a paragraph its subject may start ("2023年度本部门", "本年度本单位", "（二）").</summary>
    private const int SubjectReach = 16;

    /// <summary>
    /// The statement section a paragraph's opening subject names: 一般公共预算财政拨款支出 → the 一般公共预算 section,
    /// 一般公共预算财政拨款基本支出 → 基本支出 — the subject written within <see cref="SubjectReach"/> characters of the paragraph's
    /// start, before any figure; else none. "收入总计 500 万元，其中一般公共预算财政拨款收入…" names no statement section here.
    /// </summary>
    private static Section OpeningStatementSection(string text)
    {
        const string Fund = "一般公共预算财政拨款";
        var at = text.IndexOf(Fund, 0, Math.Min(text.Length, SubjectReach + Fund.Length), StringComparison.Ordinal);
        if (at < 0 || HasDigitBefore(text, at))
        {
            return Section.None;
        }

        var after = at + Fund.Length;
        return string.CompareOrdinal(text, after, "支出", 0, 2) == 0 ? Section.GeneralBudget
            : string.CompareOrdinal(text, after, "基本支出", 0, 4) == 0 ? Section.Basic
            : Section.None;
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
    /// inferred from a subject (no heading gave it) and is another; whether it did.
    /// </summary>
    private bool EnterOpeningStatementSection(string text)
    {
        if (!sectionInferred || section is Section.None or Section.Other or Section.Performance)
        {
            return false;
        }

        var statement = OpeningStatementSection(text);
        if (statement == Section.None || statement == section)
        {
            return false;
        }

        Enter(statement);
        sectionInferred = true;
        return true;
    }
}
