namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 40 (issue 8): whether a character stands in the first characters of a text, from the text's first such
/// character, found once for the text. A question asked at every figure of a paragraph ("is there a 安 between the
/// paragraph's start and this clause") searched from the paragraph's start each time: n figures × the paragraph's length,
/// up to <see cref="Paragraphs.MaxParagraphLength"/> characters.
/// </summary>
/// <remarks>
/// The answer is always that of the plain search, <c>text.IndexOf(c, 0, length) &gt;= 0</c>: the first index of the
/// character is kept for the last text asked (by reference: a string does not change), and an ask for another text finds
/// that text's first index.
/// </remarks>
internal sealed class FirstCharBefore
{
    private readonly char c;

    /// <summary>The text last asked (by reference).</summary>
    private string? text;

    /// <summary>The first index of <see cref="c"/> in <see cref="text"/>, or −1.</summary>
    private int first = -1;

    /// <param name="c">The character asked for.</param>
    public FirstCharBefore(char c) => this.c = c;

    /// <summary>Whether the character is among the first <paramref name="length"/> characters of <paramref name="text"/>.</summary>
    /// <param name="text">The text.</param>
    /// <param name="length">How many of its first characters are looked at (at most its length).</param>
    public bool In(string text, int length)
    {
        if (!ReferenceEquals(text, this.text))
        {
            first = text.IndexOf(c);
            this.text = text;
        }

        return first >= 0 && first < length;
    }
}
