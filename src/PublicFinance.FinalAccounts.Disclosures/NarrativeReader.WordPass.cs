namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 37, the families asked through the word pass: <see cref="HasAnyIn"/> (is one of a family's words within a stretch
/// of the paragraph) answers from <see cref="ParagraphWords"/>' places, the paragraph passed over once when it is first
/// asked; <see cref="HasAny"/> takes its words' character sets from the catalogue (<see cref="NarrativeWords"/>) instead of
/// gathering them at every ask. The families keep their lists and their calls; the old searches are kept as the oracles of
/// the tests (<see cref="HasAnyInBySearch"/>, <see cref="HasAnyBySearch"/>).
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>The shortest text passed over (a shorter one — a name, a label — is searched as before).</summary>
    private const int PassFrom = 48;

    /// <summary>The two texts passed over last on this thread (a paragraph and, now and then, a stretch cut from it).</summary>
    [ThreadStatic]
    private static ParagraphWords? passA;

    /// <summary>The other of the two texts passed over last on this thread.</summary>
    [ThreadStatic]
    private static ParagraphWords? passB;

    /// <summary>Whether <see cref="passA"/> was asked last (the other is replaced by a new text).</summary>
    [ThreadStatic]
    private static bool passALast;

    /// <summary>Whether one of <paramref name="words"/> is written wholly within [start, end) of <paramref name="text"/>.</summary>
    internal static bool HasAnyIn(string text, int start, int end, string[] words)
    {
        if (text.Length < PassFrom || start < 0 || end < start || end > text.Length)
        {
            return HasAnyInBySearch(text, start, end, words);   // the search's own answer (and its exception) for any other
        }

        var ids = NarrativeWords.Of(words, ids: true).Ids;
        if (ids == 0)
        {
            return HasAnyInBySearch(text, start, end, words);   // a list past the catalogue's ids
        }

        return PassOver(text, ids).AnyIn(start, end, ids);
    }

    /// <summary>The pass over <paramref name="text"/> that covers <paramref name="ids"/>: one of the two kept, or a new one.</summary>
    private static ParagraphWords PassOver(string text, ulong ids)
    {
        var a = passA ??= new ParagraphWords();
        var b = passB ??= new ParagraphWords();
        if (ReferenceEquals(a.Text, text))
        {
            passALast = true;
            return (a.Covered & ids) == ids ? a : Rescan(a, text);
        }

        if (ReferenceEquals(b.Text, text))
        {
            passALast = false;
            return (b.Covered & ids) == ids ? b : Rescan(b, text);
        }

        var pass = passALast ? b : a;
        passALast = !passALast;
        return Rescan(pass, text);
    }

    private static ParagraphWords Rescan(ParagraphWords pass, string text)
    {
        pass.Scan(text, NarrativeWords.Current);
        return pass;
    }

    /// <summary><see cref="HasAnyIn"/> by a search per word: the oracle.</summary>
    internal static bool HasAnyInBySearch(string text, int start, int end, string[] words)
    {
        foreach (var w in words)
        {
            if (text.IndexOf(w, start, end - start, StringComparison.Ordinal) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether <paramref name="text"/> contains one of <paramref name="words"/> (ordinal). Session 36: a short text (a label, at
    /// most <see cref="ShortTextForMask"/> characters) is scanned once for its character set (<see cref="WordMask"/>), and a
    /// word one of whose characters is not in it is not searched for; a longer text is searched for every word as before.
    /// Session 37: the words' sets come from the catalogue, made once per list.
    /// </summary>
    internal static bool HasAny(string text, string[] words)
    {
        if (text.Length > ShortTextForMask)
        {
            foreach (var w in words)
            {
                if (text.IndexOf(w, StringComparison.Ordinal) >= 0)
                {
                    return true;
                }
            }

            return false;
        }

        var mask = WordMask.Of(text);
        var masks = NarrativeWords.Of(words).Masks;
        for (var k = 0; k < words.Length; k++)
        {
            if (WordMask.May(mask, masks[k]) && text.IndexOf(words[k], StringComparison.Ordinal) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary><see cref="HasAny"/> as session 36 answered it: the oracle.</summary>
    internal static bool HasAnyBySearch(string text, string[] words)
    {
        var mask = text.Length <= ShortTextForMask ? WordMask.Of(text) : ~0UL;
        foreach (var w in words)
        {
            if (WordMask.May(mask, WordMask.Of(w)) && text.IndexOf(w, StringComparison.Ordinal) >= 0)
            {
                return true;
            }
        }

        return false;
    }
}
