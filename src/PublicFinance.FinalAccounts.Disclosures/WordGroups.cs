namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Groups of words in order of precedence (a lexicon: section keys, label keys), matched in one scan of a text: at
/// each character only the words that start with it are compared, instead of one search of the whole text per word.
/// <see cref="FirstIn(string, int, int)"/> answers what "the first group, in order, one of whose words the text contains" answered with
/// an <c>IndexOf</c> per word.
/// </summary>
internal sealed class WordGroups
{
    /// <summary>A filter of the first characters (a bit per character modulo <see cref="FilterBits"/>).</summary>
    private readonly ulong[] firstFilter = new ulong[FilterBits / 64];

    /// <summary>The words that start with a character, with their group (in group order, then word order).</summary>
    private readonly Dictionary<char, (string Word, int Group)[]> byFirst = new();

    private const int FilterBits = 1024;

    /// <summary>The groups in order of precedence; empty words are never found.</summary>
    public WordGroups(IEnumerable<string[]> groups)
    {
        var lists = new Dictionary<char, List<(string, int)>>();
        var g = 0;
        foreach (var words in groups)
        {
            foreach (var word in words.Where(w => w.Length > 0))
            {
                if (!lists.TryGetValue(word[0], out var list))
                {
                    lists[word[0]] = list = new List<(string, int)>();
                }

                list.Add((word, g));
                firstFilter[(word[0] % FilterBits) >> 6] |= 1UL << (word[0] & 63);
            }

            g++;
        }

        foreach (var pair in lists)
        {
            byFirst[pair.Key] = pair.Value.ToArray();
        }
    }

    /// <summary>A single group of words: <see cref="FirstIn(string, int, int)"/> then says whether any of them is written.</summary>
    public static WordGroups Of(string[] words) => new([words]);

    /// <summary>
    /// The index of the first group one of whose words is written wholly within [<paramref name="from"/>,
    /// <paramref name="to"/>) of <paramref name="text"/>; −1 when none is.
    /// </summary>
    public int FirstIn(string text, int from, int to)
    {
        var best = int.MaxValue;
        for (var p = from; p < to; p++)
        {
            var c = text[p];
            if ((firstFilter[(c % FilterBits) >> 6] & (1UL << (c & 63))) == 0 || !byFirst.TryGetValue(c, out var words))
            {
                continue;
            }

            foreach (var (word, group) in words)
            {
                if (group < best && Scanner.Starts(text, p, word, to))
                {
                    best = group;
                }
            }

            if (best == 0)
            {
                return 0;
            }
        }

        return best == int.MaxValue ? -1 : best;
    }

    /// <summary><see cref="FirstIn(string, int, int)"/> on the whole of <paramref name="text"/>.</summary>
    public int FirstIn(string text) => FirstIn(text, 0, text.Length);

    /// <summary>Whether a word of any group is written in <paramref name="text"/>.</summary>
    public bool AnyIn(string text) => FirstIn(text) >= 0;
}
