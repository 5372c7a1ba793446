namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 46 (blind round 43, t06): under a heading of the 一般公共预算 (or 财政拨款) expenditure, a paragraph of its own that
/// opens with the 一般公共预算财政拨款 基本支出 and splits it — "公共财政预算财政拨款基本支出612.58万元，其中人员经费498.36万元，
/// 主要包括…；公用经费114.22万元，…" (2014; the same with 一般公共预算). No heading of the 基本支出 section stands above it, so
/// it was read in the 一般公共预算 section, which has no member for the three figures: three notes. Such a paragraph is the
/// 基本支出 section's (table 6's subject, <c>basicExpenditure</c>), as a sub-heading "（三）…基本支出情况" would make it: it
/// enters that section. Only when the subject opens the paragraph (<see cref="OpeningStatementSection"/>) and the paragraph
/// names both parts (人员经费 and 公用经费); a paragraph that names the 基本支出 beside the 项目支出 stays where it is. The next
/// paragraph is the heading's section's again (<see cref="ReturnFromBasicSplit"/>).
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>The words of the 基本支出 split that the paragraph must name (each).</summary>
    private static readonly string[] BasicSplitWords = ["人员经费", "公用经费"];

    /// <summary>
    /// Enters the 基本支出 section for a paragraph of the 一般公共预算 or 财政拨款 section that opens with the 基本支出 and names
    /// its split (see the type's summary); whether it did.
    /// </summary>
    private bool EnterBasicSplitParagraph(string text)
    {
        if (section is not (Section.GeneralBudget or Section.Appropriation) || OpeningStatementSection(text) != Section.Basic
            || !NamesEvery(text, BasicSplitWords) || text.Contains("项目支出"))
        {
            return false;
        }

        var returnTo = (section, sectionInferred);
        Enter(Section.Basic);   // as its heading would: not inferred, so the parts' words (公务接待费…) move it nowhere
        basicSplitReturn = returnTo;
        return true;
    }

    /// <summary>Whether <paramref name="text"/> holds each of <paramref name="words"/> (a loop: a lambda over
    /// <paramref name="text"/> would allocate its closure on every paragraph, even those that never reach it).</summary>
    private static bool NamesEvery(string text, string[] words)
    {
        foreach (var word in words)
        {
            if (text.IndexOf(word, StringComparison.Ordinal) < 0)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The section a 基本支出 paragraph was entered from (<see cref="EnterBasicSplitParagraph"/>) and whether it was inferred, or
    /// null; any <see cref="Enter"/> after it (a heading) clears it.
    /// </summary>
    private (Section Section, bool Inferred)? basicSplitReturn;

    /// <summary>
    /// At the next paragraph: back to the section the 基本支出 paragraph was entered from, when no heading came between (a
    /// heading's <see cref="Enter"/> clears the return) — the heading's later paragraphs (its 类 and 项) are the heading's again.
    /// </summary>
    private void ReturnFromBasicSplit()
    {
        if (basicSplitReturn is not { } back)
        {
            return;
        }

        Enter(back.Section);
        sectionInferred = back.Inferred;
    }
}
