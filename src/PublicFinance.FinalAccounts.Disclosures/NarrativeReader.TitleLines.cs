namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// The title after a line that is no part of the document (网页残留), and a title with a Latin gloss (拼音注音): a mirror
/// site's or a portal's line before the title ("[镜像站 … 转载] 原文链接已失效", "来源：…", "当前位置：首页") does not end
/// a sentence, so the title line is joined to it in one paragraph, and a pinyin gloss after the title
/// ("…部门决算说明 (Píngyáng Xiàn …)") makes it longer than a title is. Either way the year and the issuer were lost.
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>The longest a title is, its Latin gloss not counted.</summary>
    private const int TitleMaxLength = 60;

    /// <summary>
    /// Where the title starts in <paramref name="paragraph"/> (a paragraph with 决算 and 年 but no figure and no 。): the
    /// start of its last line (a place where joined lines meet) when that line alone is a title's length and holds 决算 and
    /// 年, and the lines before it are a web page's residue or make the whole too long for a title; else 0 when the whole is
    /// short enough (a title broken over lines, "某县水利局" / "2016年度部门决算说明"); else −1.
    /// </summary>
    private static int TitleStart(Fragment paragraph)
    {
        var text = paragraph.Text;
        var whole = TitleLength(text, 0) < TitleMaxLength;
        var last = text.Length - 1;
        while (last > 0 && paragraph.IsContiguous(last - 1, last + 1))
        {
            last--;
        }

        if (last > 0 && TitleLength(text, last) < TitleMaxLength && text.IndexOf("决算", last, StringComparison.Ordinal) >= 0
            && text.IndexOf('年', last) >= 0 && (!whole || IsWebResidue(text, last)))
        {
            return last;
        }

        return whole ? 0 : -1;
    }

    /// <summary>Marks of a web page's line that no title has: brackets of a site's note, a trail, a colon, Latin letters.</summary>
    private static readonly char[] WebResidueMarks = ['[', ']', '【', '】', '>', '»', '›', ':', '|'];

    /// <summary>Whether the first <paramref name="length"/> characters of <paramref name="text"/> look like a web page's line.</summary>
    private static bool IsWebResidue(string text, int length)
    {
        if (text.IndexOfAny(WebResidueMarks, 0, length) >= 0)
        {
            return true;
        }

        for (var i = 0; i < length; i++)
        {
            if (text[i] is >= 'a' and <= 'z' or >= 'A' and <= 'Z')
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The length of <paramref name="text"/> from <paramref name="start"/> without white space at its ends and without a
    /// gloss in brackets at its end made of Latin letters only ("(Píngyáng Xiàn Jiàoyùjú)": letters, marks, spaces,
    /// apostrophes and hyphens; no digit, no Chinese).
    /// </summary>
    private static int TitleLength(string text, int start)
    {
        var end = text.Length;
        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end - start > 2 && text[end - 1] == ')')
        {
            var open = text.LastIndexOf('(', end - 2, end - 1 - start);
            if (open > start && IsLatinGloss(text, open + 1, end - 1))
            {
                end = open;
            }
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return end - start;
    }

    /// <summary>Whether [<paramref name="start"/>, <paramref name="end"/>) holds a Latin letter and nothing but Latin text.</summary>
    private static bool IsLatinGloss(string text, int start, int end)
    {
        var letter = false;
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            if (c < 0x2B0 && char.IsLetter(c))
            {
                letter = true;
            }
            else if (!(c is ' ' or '\'' or '-' or '’' || c is >= '\u0300' and <= '\u036F'))
            {
                return false;
            }
        }

        return letter;
    }
}
