namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Blind round 26 (B), c1: a large department that writes every amount in 亿元 with two decimals (“本年收入合计312.48亿元”).
/// Converted to 万元 each became “31248” — a figure exact to the 万元 that the text never stated — so each was refused as
/// coarser than the report's unit and 5 of 56 figures were read. <see cref="AmountUnit.YiYuan"/> is a unit of the model
/// (<c>/unit</c> = yiYuan): a text whose amounts are all in 亿元 (three at least, no amount in 万元, 元 or 千元) gets that report
/// unit and keeps each amount as written, with its own precision (0.01 亿元 = 100 万元), as a 元 document keeps 元.
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>Set by <see cref="Begin"/> when every amount of the text is in 亿元 (<see cref="IsYiYuanDocument"/>).</summary>
    private bool yiYuanDocument;

    /// <summary>
    /// Whether every amount of the text is in 亿元: three 亿元 at least, and no 万元, 元 or 千元 figure (元 that follows 亿 only),
    /// no figure in 万 whose 元 is dropped (“356.20万”, revfixa: it was read as 356.20 亿元), no “单位：” declaring another unit
    /// (“单位：亿元” agrees); <paramref name="firstYi"/> is where the first 亿元 is.
    /// </summary>
    internal static bool IsYiYuanDocument(string text, out int firstYi)
    {
        firstYi = -1;
        var yi = 0;
        if (HasWanFigure(text))
        {
            return false;   // "决算为356.20万": an amount in 万元 whose 元 is dropped (the scanner reads it as 万元)
        }

        for (var at = text.IndexOf('元'); at >= 0; at = text.IndexOf('元', at + 1))
        {
            var before = at > 0 ? text[at - 1] : ' ';
            if (before != '亿')
            {
                return false;   // 万元, 千元 or 元: a text with amounts in another unit keeps 万元 (or 元)
            }

            firstYi = yi++ == 0 ? at - 1 : firstYi;
        }

        return yi >= 3 && text.IndexOf("单位:", StringComparison.Ordinal) is var unit
            && (unit < 0 || string.CompareOrdinal(text, unit, DeclaredYiYuan, 0, DeclaredYiYuan.Length) == 0);
    }

    /// <summary>The declaration that agrees with a 亿元 text (the text's colons are ASCII after normalization).</summary>
    private const string DeclaredYiYuan = "单位:亿元";

    /// <summary>
    /// Whether the text has a figure in 万 that is an amount: a digit (spaces between allowed) before 万, and no count word
    /// (人, 张, 份, 次, 户) after it — the form <see cref="Scanner.UnitAt"/> reads as 万元 with its 元 dropped, and, unless
    /// <paramref name="withYuan"/> is false, 万元 itself (<see cref="IsMostlyYiYuanDocument"/> asks for the dropped 元 only).
    /// </summary>
    private static bool HasWanFigure(string text, bool withYuan = true)
    {
        for (var at = text.IndexOf('万'); at >= 0; at = text.IndexOf('万', at + 1))
        {
            var next = at + 1 < text.Length ? text[at + 1] : '\0';
            if (DigitBefore(text, at) && next is not ('人' or '张' or '份' or '次' or '户') && (withYuan || next != '元'))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a digit stands before <paramref name="at"/> (spaces between allowed).</summary>
    private static bool DigitBefore(string text, int at)
    {
        var d = at - 1;
        while (d >= 0 && text[d] == ' ')
        {
            d--;
        }

        return d >= 0 && Scanner.IsDigit(text[d]);
    }

    /// <summary>
    /// Before the first block, after the 元 test: a 亿元 text (<see cref="IsYiYuanDocument"/>) gets <c>/unit</c> = yiYuan, at its
    /// first 亿元.
    /// </summary>
    private void BeginYiYuan()
    {
        var first = -1;
        yiYuanDocument = !yuanDocument && (IsYiYuanDocument(b.Text, out first) || IsMostlyYiYuanDocument(b.Text, out first));
        appropriationStatements.SkipsWanYuan = yiYuanDocument;   // MixedYiYuan: its 万元 figures would be taken as 亿元
        if (yiYuanDocument)
        {
            b.SetString("/unit", "yiYuan", b.TextSpan(first, first + 2));
        }
    }
}
