namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 39 (issue 8): the last character of a set before a place in a sentence, found by a scan that goes on from
/// where the last ask stopped. A question asked at every figure of a sentence ("is there a ';' or a 级 between the
/// sentence's start and this figure") searched back to the sentence's start each time: n figures × the sentence's length,
/// quadratic in a long sentence without a full stop (up to <see cref="Paragraphs.MaxParagraphLength"/> characters). Asked
/// at places that go forward in one sentence — as a sentence's figures are read — each character is looked at once.
/// </summary>
/// <remarks>
/// The answer is always that of the plain search, <c>text.LastIndexOfAny(chars, at - 1, at - start)</c> (−1 when
/// <c>at &lt;= start</c>): an ask for another text (by reference) or another start begins the scan afresh, and an ask
/// before the place scanned to is answered by the plain search without losing the scan.
/// </remarks>
internal sealed class LastCharBefore
{
    private readonly char[] chars;

    /// <summary>The text scanned (by reference: a string does not change).</summary>
    private string? text;

    /// <summary>The start of the stretch scanned (the sentence's).</summary>
    private int start;

    /// <summary>The end of the stretch scanned so far: [<see cref="start"/>, <see cref="scanned"/>) has been looked at.</summary>
    private int scanned;

    /// <summary>The last index of a character of the set in [<see cref="start"/>, <see cref="scanned"/>), or −1.</summary>
    private int last = -1;

    /// <param name="chars">The set of characters looked for.</param>
    public LastCharBefore(char[] chars) => this.chars = chars;

    /// <summary>
    /// The last index in [<paramref name="from"/>, <paramref name="at"/>) of <paramref name="text"/> whose character is in
    /// the set, or −1 (also when <paramref name="at"/> ≤ <paramref name="from"/>).
    /// </summary>
    public int Find(string text, int from, int at)
    {
        if (at <= from)
        {
            return -1;
        }

        if (!ReferenceEquals(text, this.text) || from != start)
        {
            (this.text, start, scanned, last) = (text, from, from, -1);
        }
        else if (at < scanned)
        {
            return text.LastIndexOfAny(chars, at - 1, at - from);   // asked behind the scan: the plain search
        }

        if (at > scanned)
        {
            var found = text.LastIndexOfAny(chars, at - 1, at - scanned);
            if (found >= 0)
            {
                last = found;
            }

            scanned = at;
        }

        return last;
    }
}
