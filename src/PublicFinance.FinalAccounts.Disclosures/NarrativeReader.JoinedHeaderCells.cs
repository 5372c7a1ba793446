namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 59 (r56fix, blind round 56 t04): a space-aligned comparison table's header whose last two column words stand
/// one space apart — <c>项目   上年决算数  本年决算数    增减额 增减率（%）</c>. Cut at runs of two spaces the header had
/// one cell <c>增减额 增减率（%）</c> (read as the rate alone): three columns over rows of four figures, every row a note. A
/// header cell holding single spaces is cut there when every piece, of three characters or more, names a column on its
/// own (<see cref="SentenceColumnOf"/>) and no two pieces in a row the same one: 增减额 and 增减率 are two columns. A cell
/// one of whose pieces is shorter or names none (<c>本年 决算数</c>, a word broken by a space) stays one cell.
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>The pieces of the header cell being cut (scratch).</summary>
    private readonly List<(int Start, int End)> joinedHeaderPieces = [];

    /// <summary>
    /// Cuts each cell of <see cref="sentenceCells"/> after the corner that holds single spaces into its pieces when every
    /// piece names a sentence-table column; the other cells are left as they are. Only a line without tab or bar (whose
    /// cells are apart by runs of spaces) is cut, and only when its first cell may be a header's corner.
    /// </summary>
    private void SplitJoinedHeaderCells(string text, int from, int to)
    {
        if (sentenceCells.Count < 2 || HasSeparator(text, from, to)
            || !MayBeCorner(text, sentenceCells[0].Start, sentenceCells[0].End))
        {
            return;
        }

        for (var i = sentenceCells.Count - 1; i >= 1; i--)
        {
            var (start, end) = sentenceCells[i];
            if (text.IndexOf(' ', start, end - start) < 0 || !JoinedColumnWords(text, start, end))
            {
                continue;
            }

            sentenceCells.RemoveAt(i);
            sentenceCells.InsertRange(i, joinedHeaderPieces);
        }
    }

    /// <summary>
    /// Whether the cell [<paramref name="start"/>, <paramref name="end"/>) is two or more words apart by single spaces,
    /// each naming a column; the pieces are left in <see cref="joinedHeaderPieces"/>.
    /// </summary>
    private bool JoinedColumnWords(string text, int start, int end)
    {
        joinedHeaderPieces.Clear();
        SentenceColumn? previous = null;
        var k = start;
        while (k < end)
        {
            var pieceStart = k;
            while (k < end && text[k] != ' ')
            {
                k++;
            }

            string? unitWords = null;
            var piece = SentenceCompact(text, pieceStart, k, ref unitWords);
            if (piece.Length < 3 || SentenceColumnOf(piece, out _) is not { } column || column == previous)
            {
                return false;   // "本年 决算数": a word broken by a space, not two columns
            }

            previous = column;

            joinedHeaderPieces.Add((pieceStart, k));
            k++;
        }

        return joinedHeaderPieces.Count >= 2;
    }

    /// <summary>
    /// Session 59: where a row label's list number ends — after <c>一、</c> … <c>十二、</c> or <c>(一)</c> at the label's
    /// start, when words follow — or -1. A comparison table numbers its total rows so (<c>一、收入合计</c>,
    /// <c>二、支出合计</c>); the row is the 收入合计 row.
    /// </summary>
    private static int RowListMarkEnd(string text, int start, int end)
    {
        var open = start < end && text[start] is '(' or '（';
        var i = open ? start + 1 : start;
        var numerals = i;
        while (i < end && i - numerals < 3 && BlockClassifier.IsChineseNumeral(text[i]))
        {
            i++;
        }

        if (i == numerals || i >= end || text[i] != (open ? ')' : '、') && !(open && text[i] == '）'))
        {
            return -1;
        }

        i++;
        while (i < end && text[i] == ' ')
        {
            i++;
        }

        return i < end ? i : -1;
    }
}
