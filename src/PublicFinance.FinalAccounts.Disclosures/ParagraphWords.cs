namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 37, the word pass (词位): one pass over a text (a paragraph the narrative reads) that records where each word
/// of <see cref="NarrativeWords"/> with an id is written — a first-character table, then the word compared — so that "is
/// one of these words wholly within [start, end)" is answered from the few places found, not by a search of the stretch
/// per word. The places are kept in buffers reused from text to text (no allocation once they are large enough).
/// </summary>
internal sealed class ParagraphWords
{
    /// <summary>Where each place found starts, in the text's order.</summary>
    private int[] at = new int[32];

    /// <summary>The word id found at each place.</summary>
    private byte[] id = new byte[32];

    /// <summary>The number of places found.</summary>
    private int count;

    /// <summary>The text passed over (null: none yet).</summary>
    internal string? Text { get; private set; }

    /// <summary>The ids the pass looked for (the catalogue's when it ran).</summary>
    internal ulong Covered { get; private set; }

    /// <summary>The words by id, as when the pass ran.</summary>
    private string[] words = [];

    /// <summary>The number of places found.</summary>
    internal int Count => count;

    /// <summary>Passes over <paramref name="text"/> once, recording every place a word of <paramref name="words"/> starts.</summary>
    internal void Scan(string text, NarrativeWords.Table words)
    {
        Text = text;
        Covered = words.Ids;
        this.words = words.Words;
        count = 0;
        var first = words.First;
        var list = words.Words;
        var chars = text.AsSpan();
        for (var i = 0; i < chars.Length; i++)
        {
            var c = chars[i];
            var candidates = first[c & 255];
            while (candidates != 0)
            {
                var k = LowestBit(candidates);
                candidates &= candidates - 1;
                var word = list[k];
                if (word[0] == c && word.Length <= chars.Length - i && chars.Slice(i, word.Length).SequenceEqual(word.AsSpan()))
                {
                    Add(i, k);
                }
            }
        }
    }

    /// <summary>Whether a word of the ids <paramref name="ids"/> is written wholly within [<paramref name="start"/>,
    /// <paramref name="end"/>) of <see cref="Text"/> (the ids must be among <see cref="Covered"/>).</summary>
    internal bool AnyIn(int start, int end, ulong ids)
    {
        for (var j = 0; j < count; j++)
        {
            var p = at[j];
            if (p < start)
            {
                continue;
            }

            if (p >= end)
            {
                return false;   // the places are in the text's order
            }

            var k = id[j];
            if ((ids & (1UL << k)) != 0 && p + words[k].Length <= end)
            {
                return true;
            }
        }

        return false;
    }

    private void Add(int place, int word)
    {
        if (count == at.Length)
        {
            Array.Resize(ref at, count * 2);
            Array.Resize(ref id, count * 2);
        }

        at[count] = place;
        id[count] = (byte)word;
        count++;
    }

    /// <summary>The index of the lowest set bit of a non-zero <paramref name="bits"/>.</summary>
    private static int LowestBit(ulong bits)
    {
#if NET
        return System.Numerics.BitOperations.TrailingZeroCount(bits);
#else
        var k = 0;
        while ((bits & 1) == 0)
        {
            bits >>= 1;
            k++;
        }

        return k;
#endif
    }
}
