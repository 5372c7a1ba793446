namespace PublicFinance.FinalAccounts.Disclosures.Tokens;

/// <summary>
/// The words a token pass recognises (词表), each with an id (its index in the list it was made from): at each
/// character only the words that start with it are compared — a table of first characters, then the words of that
/// character, longest first.
/// </summary>
internal sealed class TokenLexicon
{
    private readonly string[] words;

    /// <summary>For each first character, the ids of the words that start with it, longest first (then in id order).</summary>
    private readonly Dictionary<char, int[]> byFirst = [];

    /// <summary>A lexicon of <paramref name="words"/> (ids in their order; empty words are never found).</summary>
    public TokenLexicon(IReadOnlyList<string> words)
    {
        this.words = [.. words];
        var lists = new Dictionary<char, List<int>>();
        for (var id = 0; id < this.words.Length; id++)
        {
            var word = this.words[id];
            if (word.Length == 0)
            {
                continue;
            }

            if (!lists.TryGetValue(word[0], out var list))
            {
                lists[word[0]] = list = [];
            }

            list.Add(id);
        }

        foreach (var pair in lists)
        {
            byFirst[pair.Key] = [.. pair.Value.OrderByDescending(id => this.words[id].Length).ThenBy(id => id)];
        }

        FirstCharacters = [.. lists.Keys];
    }

    /// <summary>The characters some word starts with.</summary>
    public IReadOnlyList<char> FirstCharacters { get; }

    /// <summary>The number of words.</summary>
    public int Count => words.Length;

    /// <summary>The word of <paramref name="id"/>.</summary>
    public string this[int id] => words[id];

    /// <summary>
    /// Every word written at <paramref name="at"/> and ending by <paramref name="end"/>, longest first, added to
    /// <paramref name="into"/> (a rented array, grown from the pool; <paramref name="count"/> its entries); returns the
    /// longest one's length (0 when none is written there).
    /// </summary>
    public int AddAt(string text, int at, int end, ref WordStart[] into, ref int count)
    {
        if (!byFirst.TryGetValue(text[at], out var ids))
        {
            return 0;
        }

        var longest = 0;
        foreach (var id in ids)
        {
            var word = words[id];
            if (Scanner.Starts(text, at, word, end))
            {
                Tokenizer.Add(ref into, ref count, new WordStart(at, id));
                longest = Math.Max(longest, word.Length);
            }
        }

        return longest;
    }

    /// <summary>The id of the longest word written at <paramref name="at"/> before <paramref name="end"/>, or -1.</summary>
    public int LongestAt(string text, int at, int end)
    {
        if (!byFirst.TryGetValue(text[at], out var ids))
        {
            return -1;
        }

        foreach (var id in ids)
        {
            if (Scanner.Starts(text, at, words[id], end))
            {
                return id;
            }
        }

        return -1;
    }
}
