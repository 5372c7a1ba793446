namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 63 (prose63, blind round 58 t03): numbered 项 lines of the 一般公共预算 section written without a code, a level mark or
/// an amount phrase — "1.城乡社区环境卫生支出4862.35万元，比2013年增加344.15万元，增幅7.62%", "2.事业单位离退休支出386.74万元，…" —
/// the item's name, then 支出, then its amount at once. Before, the label "事业单位离退休支出" named nothing ("未能归类的金额") and
/// the change after it none either. Read as the paragraph head of such an item (<see cref="UnmarkedItemHead"/>) only where the
/// name without 支出 is one the catalogue gives only to 项 for the year (<see cref="ItemNameAt"/>), and the name with 支出 is no
/// catalogue name of its own ("其他城乡社区支出"); the code is the catalogue's only 项 of that name (else the entry has none and
/// a note says so, as for "1.行政运行：…"). A name the catalogue also gives a 款 or a 类 ("城乡社区环境卫生", "教育") or does not
/// know ("城市绿化") stays the note it was.
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>The word between an item's name and its amount (<see cref="ItemNameBeforeSpending"/>).</summary>
    private const string SpendingWord = "支出";

    /// <summary>
    /// Whether <paramref name="text"/> from <paramref name="start"/> (after its entry number) is a 项's name followed by 支出 and
    /// at once by its amount: <paramref name="nameEnd"/> is where 支出 starts, <paramref name="figureAt"/> where the amount does.
    /// The name has 2 to <see cref="UnmarkedNameLength"/> characters, no digit, bracket, space or clause mark.
    /// </summary>
    private bool ItemNameBeforeSpending(string text, int start, out int nameEnd, out int figureAt)
    {
        nameEnd = figureAt = -1;
        var limit = Math.Min(text.Length - SpendingWord.Length, start + UnmarkedNameLength);
        for (var i = start; i <= limit; i++)
        {
            var c = text[i];
            if (Scanner.IsDigit(c) || c is '(' or ')' or ',' or ':' or ';' or '、' or '。' or ' ')
            {
                return false;
            }

            if (i - start < 2 || string.CompareOrdinal(text, i, SpendingWord, 0, SpendingWord.Length) != 0)
            {
                continue;
            }

            var at = i + SpendingWord.Length;
            if (at >= text.Length || !Scanner.IsDigit(text[at]) || !StartsWithFigure(text, at, ClauseEndAt(text, at, text.Length))
                || !ItemNameAt(text, start, i, YearOrDefault)
                || Classification.ClassificationCatalogue.Default.FindFunctionalByName(text.Substring(start, at - start), null).Count > 0)
            {
                return false;   // the first 支出 decides: "事业单位医疗支出决算…" or a name the catalogue does not give only to 项
            }

            (nameEnd, figureAt) = (i, at);
            return true;
        }

        return false;
    }
}
