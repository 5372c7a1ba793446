namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 26, gap 7: heading and item forms by which FA6102 (说明的必备部分齐全) missed a section that was there (blind round
/// 25 C, F11). Headings numbered "1）" / "4)" ("4）预算绩效管理情况", <see cref="BlockClassifier"/>), the functions named 部门主要职责
/// / 单位职能 (<c>SectionKeys</c>) and listed "（一）…" (<see cref="BracketedItem"/>), and a glossary whose terms are numbered
/// "1." / "1、" / "(1)" ("1. 财政拨款收入：指…") — the 一、 form was the only one read.
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>
    /// A glossary entry numbered with digits: "1. 财政拨款收入：指…", "2、事业收入:…", "(3)经营收入：…". The term (1–20 characters,
    /// no digit, no clause mark) runs from after the number to the first ':'; the definition follows it. Anything else is
    /// not an entry (nothing is read).
    /// </summary>
    private void GlossaryNumberedEntry(Fragment paragraph)
    {
        var text = paragraph.Text;
        var i = 0;
        var bracket = i < text.Length && text[i] == '(';
        i += bracket ? 1 : 0;
        var digits = i;
        while (i < text.Length && i - digits < 2 && Scanner.IsDigit(text[i]))
        {
            i++;
        }

        if (i == digits || i >= text.Length || !(bracket ? text[i] == ')' : text[i] is '.' or '、' or ')'))
        {
            return;
        }

        i++;
        while (i < text.Length && text[i] == ' ')
        {
            i++;
        }

        var colon = text.IndexOf(':', i);
        if (colon - i is < 1 or > 20 || colon + 1 >= text.Length)
        {
            return;
        }

        for (var k = i; k < colon; k++)
        {
            if (char.IsDigit(text[k]) || text[k] is ',' or ';' or '。' or '、')
            {
                return;
            }
        }

        var span = b.Span(paragraph, 0, paragraph.Length);
        var pointer = b.Append("/glossary");
        b.SetUnder(pointer, "term", DraftNode.Of(b.Raw(paragraph, i, colon).Trim()), span);
        b.SetUnder(pointer, "definition", DraftNode.Of(b.Raw(paragraph, colon + 1, paragraph.Length).Trim()), span);
    }

    /// <summary>
    /// Whether <paramref name="text"/> opens with a bracketed item number — "(一)", "(十二)", "(1)" (normalised brackets) —
    /// followed by its content: a function listed "（一）负责…。" (a bracketed line that is a heading never reaches here).
    /// <paramref name="contentStart"/> is where the content starts.
    /// </summary>
    private static bool BracketedItem(string text, out int contentStart)
    {
        contentStart = 0;
        var close = text.Length > 2 && text[0] == '(' ? text.IndexOf(')', 1, Math.Min(4, text.Length - 1)) : -1;
        if (close < 2)
        {
            return false;
        }

        for (var i = 1; i < close; i++)
        {
            if (!BlockClassifier.IsChineseNumeral(text[i]) && !Scanner.IsDigit(text[i]))
            {
                return false;
            }
        }

        contentStart = close + 1;
        while (contentStart < text.Length && text[contentStart] == ' ')
        {
            contentStart++;
        }

        return contentStart < text.Length;
    }
}
