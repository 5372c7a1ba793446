namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 52 (tables52, blind round 48 t03 and t08): a rule line of a table drawn as a box (表格框线) — an ASCII box's
/// <c>+------+------+</c>, or a box-drawn table's <c>┌───┬───┐</c>, <c>├───┼───┤</c>, <c>└───┴───┘</c>, <c>╔═══╦═══╗</c>.
/// Such a line holds no figure and no word; read as prose it ended the table around it (a 三公 table's header and its
/// rows were parted by a paragraph) and ran into the prose after it. It is dropped as a page mark is: the rows above and
/// below it are one table. The cell borders of a box-drawn row (│ ┃ ║) are normalised to <c>|</c> (<see cref="SourceText"/>),
/// so its rows are bar rows. A Markdown separator (<c>|---|---|</c>) is not such a line: it starts with a bar and stays
/// the table row the table readers already skip.
/// </summary>
internal static class BoxRuleLine
{
    /// <summary>
    /// Whether the trimmed line [<paramref name="s"/>, <paramref name="e"/>) of <paramref name="text"/> is a box rule: it
    /// starts with a corner or junction (<c>+</c>, <c>┌</c>, <c>├</c>, <c>└</c>, …), holds only rule characters (dashes,
    /// corners, junctions, <c>=</c>, <c>:</c>, spaces), at least two junctions or corners and a dash.
    /// </summary>
    internal static bool Is(string text, int s, int e)
    {
        if (e - s < 3 || !IsJunction(text[s]))
        {
            return false;
        }

        var junctions = 0;
        var dashes = 0;
        for (var i = s; i < e; i++)
        {
            var c = text[i];
            if (IsJunction(c))
            {
                junctions++;
            }
            else if (c is '-' or '=' or '—' or (>= '\u2500' and <= '\u250B') or (>= '\u254C' and <= '\u2550'))
            {
                dashes++;
            }
            else if (c is not (' ' or ':'))
            {
                return false;
            }
        }

        return junctions >= 2 && dashes > 0;
    }

    /// <summary>A corner or junction of a box: '+' or a box-drawing corner, tee or cross (U+250C–U+254B, U+2552–U+256C).</summary>
    private static bool IsJunction(char c) => c == '+' || c is >= '\u250C' and <= '\u254B' || c is >= '\u2552' and <= '\u256C';
}
