namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 37 (blind round 34, M4): a text without headings written as one long line that runs through several subjects
/// (收支 → 三公 → 机关运行经费 → 财政拨款 → 政府采购, cut by '。'). The section of a paragraph that no heading placed was
/// inferred from the whole paragraph, where 三公 comes first: the 收支 figures at its start were read in the 三公 section
/// and left unplaced ("未能归类的金额"), their changes without a figure. The paragraph's first sentence now says where it
/// starts — the whole paragraph's subject only when the first sentence names none that a later sentence would not take
/// over — and each later sentence enters its own subject's section, as it already did (<see cref="Sentence"/>).
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>
    /// The section a paragraph without a heading starts in: <paramref name="whole"/> (its whole text's inferred section)
    /// when it is one sentence; else its first sentence's own section — the one its subject gives, or the one a total
    /// opening it gives (收入合计 → 收入, 支出合计 → 支出), or the overview when it states both totals — which may be none;
    /// the next sentence that names a subject enters its section.
    /// </summary>
    private static Section OpeningSection(string text, Section whole)
    {
        var end = text.IndexOf('。');
        if (end < 0 || end >= text.Length - 2)
        {
            return whole;
        }

        var first = text.Substring(0, end);
        var own = InferredSection(first);
        own = own != Section.None ? own : OpeningStatementSection(first);   // 收入合计 / 支出合计 opening the sentence (UnheadedSections)
        return own != Section.None || !NamesBothFlows(first) ? own : Section.Overall;
    }

    /// <summary>
    /// Whether a sentence states the year's income and expenditure totals both (收入合计 … 支出合计, 本年收入 … 本年支出):
    /// an overview of both flows.
    /// </summary>
    private static bool NamesBothFlows(string sentence)
        => (sentence.Contains("收入合计") || sentence.Contains("本年收入")) && (sentence.Contains("支出合计") || sentence.Contains("本年支出"))
            && ContainsFigure(sentence);
}
