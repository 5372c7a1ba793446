using System.Buffers;

namespace PublicFinance.FinalAccounts.Disclosures.Tokens;

/// <summary>
/// Every place a word of a <see cref="TokenLexicon"/> is written in one text (词位), found in one pass and kept in order
/// of position (overlapping words too: 减增加 and 增加 in 减增加), so that "is a word of this set written wholly within
/// [from, to)" walks the places of that stretch instead of searching the stretch once per word. One object refilled
/// text after text (the narrative's paragraph after paragraph); its array is rented and given back by
/// <see cref="Dispose"/>.
/// </summary>
internal sealed class WordPlaces : IDisposable
{
    private readonly TokenLexicon lexicon;

    /// <summary>The lexicon's tables, made once per lexicon (not per read).</summary>
    private readonly LexiconTables tables;

    private WordStart[] places = ArrayPool<WordStart>.Shared.Rent(64);

    private int count;

    /// <summary>The text <see cref="Holds"/> fills on its first question (<see cref="Expect"/>).</summary>
    private string? expected;

    /// <summary>Places of the words of <paramref name="lexicon"/>, empty until <see cref="Fill"/>.</summary>
    public WordPlaces(TokenLexicon lexicon)
    {
        this.lexicon = lexicon;
        tables = LexiconTables.For(lexicon);
    }

    /// <summary>The text whose places these are (null before the first <see cref="Fill"/>).</summary>
    public string? Text { get; private set; }

    /// <summary>The number of places.</summary>
    public int Count => count;

    /// <summary>The <paramref name="k"/>-th place, in order of position.</summary>
    public WordStart this[int k] => places[k];

    /// <summary>
    /// Makes <paramref name="text"/> the one whose places <see cref="Holds"/> finds when first asked about it: a text that is
    /// never asked about is never passed over.
    /// </summary>
    public void Expect(string text) => expected = text;

    /// <summary>
    /// Whether the places are <paramref name="text"/>'s (the same string, by reference), finding them first when it is the
    /// expected one; false for any other string.
    /// </summary>
    public bool Holds(string text)
    {
        if (ReferenceEquals(Text, text))
        {
            return true;
        }

        if (!ReferenceEquals(expected, text))
        {
            return false;
        }

        Fill(text);
        return true;
    }

    /// <summary>Finds every place of a word in <paramref name="text"/> (one pass), replacing the text before.</summary>
    public void Fill(string text)
    {
        Text = text;
        count = 0;
        var end = text.Length;
        var first = tables.First;
        var second = tables.Second;
        var single = tables.Single;
#if NET
        var values = tables.FirstValues;
        for (var i = CharSearch.IndexOf(text, 0, end, first, values); i < end; i = CharSearch.IndexOf(text, i + 1, end, first, values))
#else
        for (var i = CharSearch.IndexOf(text, 0, end, first); i < end; i = CharSearch.IndexOf(text, i + 1, end, first))
#endif
        {
            // A word of two or more characters is written at i only if its second character follows: most first characters
            // (上, 大, 收 …) are passed without looking the words up.
            if (i + 1 < end && second[text[i + 1]] || single[text[i]])
            {
                lexicon.AddAt(text, i, end, ref places, ref count);
            }
        }
    }

    /// <summary>
    /// Whether a word whose id is set in <paramref name="set"/> is written wholly within [<paramref name="from"/>,
    /// <paramref name="to"/>) of <see cref="Text"/> — what an ordinal <c>IndexOf</c> of each of those words in that stretch
    /// answers, in O(log n + the places in the stretch).
    /// </summary>
    public bool AnyIn(int from, int to, bool[] set)
    {
        var lengths = tables.Lengths;
        for (var k = FirstAtOrAfter(from); k < count && places[k].Start < to; k++)
        {
            var place = places[k];
            if (set[place.Id] && place.Start + lengths[place.Id] <= to)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Where word <paramref name="id"/> is first written wholly within [<paramref name="from"/>, <paramref name="to"/>) of
    /// <see cref="Text"/>, or −1 — an ordinal <c>IndexOf</c> of the word in that stretch.
    /// </summary>
    public int IndexOf(int id, int from, int to)
    {
        var length = tables.Lengths[id];
        for (var k = FirstAtOrAfter(from); k < count && places[k].Start < to; k++)
        {
            var place = places[k];
            if (place.Id == id && place.Start + length <= to)
            {
                return place.Start;
            }
        }

        return -1;
    }

    /// <summary>The first place that starts at or after <paramref name="from"/> (binary search), or <see cref="Count"/>.</summary>
    private int FirstAtOrAfter(int from)
    {
        var lo = 0;
        var hi = count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (places[mid].Start < from)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    /// <summary>A set of word ids of <paramref name="lexicon"/> (for <see cref="AnyIn"/>): the ids of <paramref name="words"/>.</summary>
    public static bool[] Set(TokenLexicon lexicon, IEnumerable<string> words)
    {
        var set = new bool[lexicon.Count];
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var id = 0; id < lexicon.Count; id++)
        {
            ids[lexicon[id]] = id;
        }

        foreach (var word in words)
        {
            set[ids[word]] = true;
        }

        return set;
    }

    /// <summary>Gives the array back to the pool; the places of no text are held any more.</summary>
    public void Dispose()
    {
        Tokenizer.Return(ref places, clear: false);
        count = 0;
        Text = null;
        expected = null;
    }

    /// <summary>The per-character table and word lengths of a lexicon (made once: every read's places reuse them).</summary>
    private sealed class LexiconTables
    {
        private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<TokenLexicon, LexiconTables> Made = new();

        private LexiconTables(TokenLexicon lexicon)
        {
            Lengths = new int[lexicon.Count];
            for (var id = 0; id < lexicon.Count; id++)
            {
                Lengths[id] = lexicon[id].Length;
            }

            First = CharSearch.Table(lexicon.FirstCharacters);
            var words = Enumerable.Range(0, lexicon.Count).Select(id => lexicon[id]).Where(w => w.Length > 0).ToList();
            Second = CharSearch.Table(words.Where(w => w.Length > 1).Select(w => w[1]));
            Single = CharSearch.Table(words.Where(w => w.Length == 1).Select(w => w[0]));
#if NET
            FirstValues = SearchValues.Create([.. lexicon.FirstCharacters]);
#endif
        }

        /// <summary>The length of each word, by id.</summary>
        public int[] Lengths { get; }

        /// <summary>One flag per UTF-16 code unit: some word starts with it.</summary>
        public bool[] First { get; }

        /// <summary>One flag per UTF-16 code unit: the second character of some word.</summary>
        public bool[] Second { get; }

        /// <summary>One flag per UTF-16 code unit: a word of one character.</summary>
        public bool[] Single { get; }

#if NET
        /// <summary>The same characters as <see cref="First"/>, for the vectorised search.</summary>
        public SearchValues<char> FirstValues { get; }
#endif

        /// <summary>The tables of <paramref name="lexicon"/>, made at its first use.</summary>
        public static LexiconTables For(TokenLexicon lexicon) => Made.GetValue(lexicon, l => new LexiconTables(l));
    }
}
