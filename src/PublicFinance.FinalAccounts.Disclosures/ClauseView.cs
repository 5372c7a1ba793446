namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// A clause (分句) read in place: the characters [<see cref="Start"/>, <see cref="End"/>) of its sentence's fragment.
/// Its decisions look at the characters where they stand; <see cref="Text"/> is cut out only when something keeps it
/// (a claim's or a note's text), and then once. The narrative reuses one view from clause to clause: a view is never
/// kept, only its text.
/// </summary>
internal sealed class ClauseView
{
    private static readonly Fragment NoSentence = new(string.Empty, OffsetMap.From([]));

    private string? text;

    private ulong mask;

    private bool masked;

    /// <summary>The fragment the clause is a stretch of (positions of figures are given in its text).</summary>
    public Fragment Sentence { get; private set; } = NoSentence;

    /// <summary>Where the clause starts in <see cref="Sentence"/>.</summary>
    public int Start { get; private set; }

    /// <summary>Where the clause ends in <see cref="Sentence"/> (exclusive).</summary>
    public int End { get; private set; }

    /// <summary>The number of characters.</summary>
    public int Length => End - Start;

    /// <summary>The clause's characters, in place.</summary>
    public ReadOnlySpan<char> Chars => Sentence.Text.AsSpan(Start, End - Start);

    /// <summary>The clause as a string, as <c>Sentence.Slice(Start, End).Text</c> — made on first use, then kept.</summary>
    public string Text => text ??= Start == 0 && End == Sentence.Text.Length
        ? Sentence.Text
        : Sentence.Text.Substring(Start, End - Start);

    /// <summary>Makes this the view of [<paramref name="start"/>, <paramref name="end"/>) of <paramref name="sentence"/>.</summary>
    public void Reset(Fragment sentence, int start, int end)
    {
        Sentence = sentence;
        Start = start;
        End = end;
        text = null;
        masked = false;
    }

    /// <summary>
    /// The set of the clause's characters (<see cref="WordMask"/>), made on first use, then kept (session 35): the families
    /// that ask a clause for their words ask this set first, so the clause is scanned once however many words are asked for,
    /// and a word one of whose characters is not in it is never searched for.
    /// </summary>
    public ulong Mask
    {
        get
        {
            if (!masked)
            {
                mask = WordMask.Of(Chars);
                masked = true;
            }

            return mask;
        }
    }

    /// <summary>Whether <paramref name="word"/> is written in the clause (ordinal, as <c>Text.Contains(word)</c>).</summary>
    public bool Contains(string word)
        => WordMask.MayHold(Mask, word) && Sentence.Text.IndexOf(word, Start, End - Start, StringComparison.Ordinal) >= 0;
}
