namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 54 (recall54; blind round 48 t05): a classification item stated on a line of its own with its cells apart by
/// runs of spaces — <c>    2010301  行政运行  1,482.36万元</c>: a code of 3, 5 or 7 digits, a name without digits, and one
/// amount that carries its money unit (万元, 元, 千元, 亿元), nothing after it. Such a line is a coded item line (prose),
/// as the same line with single or full-width spaces already was; before, its runs of two spaces made it a space-aligned
/// table row (<see cref="BlockClassifier.IsSpaceAlignedRow"/>) with no header, and every item of the list was lost. A table's
/// row does not write the unit in its cells (the unit is the table's), so a row of cells stays a row.
/// </summary>
internal static class CodedAmountLine
{
    /// <summary>Whether [<paramref name="s"/>, <paramref name="e"/>) is such a line: code, name, amount with its unit.</summary>
    internal static bool Is(string text, int s, int e)
    {
        var k = s;
        while (k < e && text[k] is ' ' or '\u3000')
        {
            k++;
        }

        var codeStart = k;
        while (k < e && Scanner.IsDigit(text[k]))
        {
            k++;
        }

        var codeLength = k - codeStart;
        if (codeLength is not (3 or 5 or 7) || !SpaceRun(text, ref k, e))
        {
            return false;   // most lines: no code first
        }

        var nameStart = k;
        while (k < e && !(text[k] == ' ' && k + 1 < e && text[k + 1] == ' '))
        {
            if (Scanner.IsDigit(text[k]) || text[k] is '。' or '，' or '；' or ',' or ';' or ':' or '：' or '、')
            {
                return false;   // a name has no figure and no clause mark
            }

            k++;
        }

        if (k == nameStart || !SpaceRun(text, ref k, e) || k >= e || !Scanner.IsDigit(text[k]))
        {
            return false;
        }

        while (k < e && (Scanner.IsDigit(text[k]) || text[k] == '.' || text[k] == ',' && Scanner.IsGroupComma(text, s, e, k)))
        {
            k++;
        }

        var (unit, _, end) = Scanner.UnitAt(text, k, e);
        if (unit is not (FigureUnit.WanYuan or FigureUnit.Yuan or FigureUnit.QianYuan or FigureUnit.YiYuan) || end == k)
        {
            return false;
        }

        while (end < e && text[end] is ' ' or '\u3000')
        {
            end++;
        }

        return end == e;
    }

    /// <summary>Moves <paramref name="k"/> past a run of two spaces or more (or full-width spaces); false when there is none.
    /// </summary>
    private static bool SpaceRun(string text, ref int k, int e)
    {
        var start = k;
        var wide = false;
        while (k < e && text[k] is ' ' or '\u3000')
        {
            wide |= text[k] == '\u3000';
            k++;
        }

        return k - start >= 2 || wide;
    }
}
