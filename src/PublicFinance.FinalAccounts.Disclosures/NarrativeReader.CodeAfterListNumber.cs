namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 39 (issue 8): a list number written right before a functional code — "1.2240101行政运行…", "2.2080505机关事业单位
/// 基本养老保险缴费支出…" — was read as one decimal (1.2240101), so the line was no list entry and its item had no name; in a
/// label (the list inside a paragraph) the code was not found behind the number.
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>
    /// Where the code starts in a label that opens with a list number and a code ("1.2240101行政运行", "2、20101人大事务"): after
    /// the list number's 1 or 2 digits and its '.' or '、' when a code follows (<see cref="CodeAfterListNumber"/>); 0 otherwise.
    /// </summary>
    private static int ListNumberBeforeCode(string label)
    {
        var d = 0;
        while (d < label.Length && d < 2 && Scanner.IsDigit(label[d]))
        {
            d++;
        }

        return d > 0 && d < label.Length && label[d] is '.' or '、' && CodeAfterListNumber(label, d + 1) ? d + 1 : 0;
    }

    /// <summary>
    /// Whether the digits at <paramref name="at"/> (right after a list number's '.' or '、') are a functional code and not a
    /// decimal's fraction: 3, 5 or 7 digits, the first a 2, followed (after spaces) by a name — a character that is no digit, no '.' or ','
    /// and no unit ("1.205万元" and "1.25%" are decimals), or 人 that begins 人大, 人民… (<see cref="Scanner.CodeBeforePersonWord"/>).
    /// </summary>
    private static bool CodeAfterListNumber(string text, int at)
    {
        var end = at;
        while (end < text.Length && Scanner.IsDigit(text[end]))
        {
            end++;
        }

        if (end - at is not (3 or 5 or 7) || text[at] != '2' || end >= text.Length)
        {
            return false;
        }

        while (end < text.Length - 1 && text[end] == ' ')
        {
            end++;   // "1.2240101 行政运行": a space between the code and its name
        }

        var c = text[end];
        if (c is < '\u4e00' or > '\u9fff')
        {
            return false;   // a bracket, a point, a comma or a % after the digits: no name written there
        }

        var next = end + 1 < text.Length ? text[end + 1] : '\0';
        return !FigureStarts.IsUnitStart(c) && c is not ('年' or '月' or '日')
            || Scanner.CodeBeforePersonWord(text, end, end, next);
    }
}
