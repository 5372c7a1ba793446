namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 37, the narrative's word table (词表): one catalogue of the word lists the families ask a text for, each list
/// declared where its family is (a <c>static readonly string[]</c>) and entered here the first time it is asked — by
/// reference, never copied. Each list keeps its words' character sets (<see cref="WordMask"/>), made once, and the first
/// <see cref="MaxIds"/> distinct words of the lists asked of a paragraph's stretches get a word id, which
/// <see cref="ParagraphWords"/>'s one pass over a paragraph records where it finds them.
/// </summary>
internal static class NarrativeWords
{
    /// <summary>The most word ids (a bit each of a 64-bit set); a list with a word past them is searched as before.</summary>
    internal const int MaxIds = 64;

    /// <summary>The most lists kept: a list asked past them (one made per call would be) is given an entry not kept.</summary>
    internal const int MaxLists = 256;

    /// <summary>A word list of the catalogue.</summary>
    internal sealed class Entry
    {
        /// <summary>Makes the entry of <paramref name="list"/>.</summary>
        internal Entry(string[] list, ulong[] masks, ulong ids, bool identified)
        {
            List = list;
            Masks = masks;
            Ids = ids;
            Identified = identified;
        }

        /// <summary>Whether the list was entered to be asked through the pass (its words given ids while there were any).</summary>
        internal bool Identified { get; }

        /// <summary>The family's own list (the same array).</summary>
        internal string[] List { get; }

        /// <summary>The character set of each word of <see cref="List"/>, in its order.</summary>
        internal ulong[] Masks { get; }

        /// <summary>The word ids of the list's words; 0 when the list has a word without one (or an empty word).</summary>
        internal ulong Ids { get; }
    }

    /// <summary>The words with an id, and the first-character table of the pass (immutable: replaced whole when it grows).</summary>
    internal sealed class Table
    {
        /// <summary>Makes a table of <paramref name="words"/> (index = id).</summary>
        internal Table(string[] words, Entry[] entries)
        {
            Words = words;
            Entries = entries;
            First = new ulong[256];
            for (var id = 0; id < words.Length; id++)
            {
                First[words[id][0] & 255] |= 1UL << id;
                Ids |= 1UL << id;
            }
        }

        /// <summary>The words by id.</summary>
        internal string[] Words { get; }

        /// <summary>Every id of <see cref="Words"/>.</summary>
        internal ulong Ids { get; }

        /// <summary>For a character's low eight bits, the ids of the words whose first character has the same bits.</summary>
        internal ulong[] First { get; }

        /// <summary>The lists entered so far.</summary>
        internal Entry[] Entries { get; }
    }

    private static readonly object Gate = new();

    private static volatile Table table = new([], []);

    /// <summary>The catalogue as it stands.</summary>
    internal static Table Current => table;

    /// <summary>
    /// The entry of <paramref name="list"/>, entering it on its first ask; with <paramref name="ids"/>, its words are given
    /// ids (the lists asked of a paragraph's stretches: <c>HasAnyIn</c>) — a list entered without them is entered again.
    /// </summary>
    internal static Entry Of(string[] list, bool ids = false)
    {
        foreach (var entry in table.Entries)
        {
            if (ReferenceEquals(entry.List, list) && (!ids || entry.Identified))
            {
                return entry;
            }
        }

        return Enter(list, ids);
    }

    private static Entry Enter(string[] list, bool identify)
    {
        lock (Gate)
        {
            var now = table;
            var at = -1;
            for (var e = 0; e < now.Entries.Length; e++)
            {
                if (ReferenceEquals(now.Entries[e].List, list))
                {
                    if (!identify || now.Entries[e].Identified)
                    {
                        return now.Entries[e];
                    }

                    at = e;   // entered without ids: replaced
                }
            }

            var words = new List<string>(now.Words);
            var masks = new ulong[list.Length];
            var ids = 0UL;
            var complete = true;
            for (var k = 0; k < list.Length; k++)
            {
                var word = list[k];
                masks[k] = WordMask.Of(word);
                var id = !identify || word.Length == 0 ? -1 : words.IndexOf(word);
                if (identify && id < 0 && word.Length > 0 && words.Count < MaxIds)
                {
                    id = words.Count;
                    words.Add(word);
                }

                if (id < 0)
                {
                    complete = false;
                }
                else
                {
                    ids |= 1UL << id;
                }
            }

            var made = new Entry(list, masks, identify && complete ? ids : 0UL, identify);
            if (at < 0 && now.Entries.Length >= MaxLists)
            {
                return new Entry(list, masks, 0UL, identify);   // not kept (its words' ids, if new, are not kept either)
            }

            var entries = new Entry[now.Entries.Length + (at < 0 ? 1 : 0)];
            Array.Copy(now.Entries, entries, now.Entries.Length);
            entries[at < 0 ? now.Entries.Length : at] = made;
            table = new Table([.. words], entries);
            return made;
        }
    }
}
