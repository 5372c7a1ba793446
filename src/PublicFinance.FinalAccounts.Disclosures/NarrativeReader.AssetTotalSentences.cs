namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 62 (prose62, blind round 58 t08): the assets' total after a sentence of purchases in the same paragraph —
/// "2013年度政府采购支出36.80万元，全部为货物，购置种子检验检测仪器6台（套）。截至2013年12月31日，本站资产总额486.25万元，其中固定资产…".
/// <see cref="AssetValue"/> looked for a word of a movement (购置, 新增, 处置…) in everything before the clause — the whole
/// paragraph, since a clause is a range of it — so the 购置 of the sentence before made the year-end 资产总额 a movement (a note),
/// while its part (固定资产) was read. A total is now a movement only by its own label or its own sentence's words; a
/// category's 原值 / 净值 keeps the paragraph's (a lead sentence "本年处置资产如下。" may name the movement of the values after it).
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>
    /// The words of the current sentence before <paramref name="clause"/> (from the sentence's start, not the paragraph's);
    /// the text before the clause when the clause is not of the current sentence.
    /// </summary>
    private string OwnSentenceHead(ClauseView clause)
    {
        var from = ReferenceEquals(clause.Sentence.Text, currentSentence) && currentSentenceFrom <= clause.Start ? currentSentenceFrom : 0;
        return clause.Sentence.Text.Substring(from, clause.Start - from);
    }
}
