using System.Buffers;

namespace PublicFinance.FinalAccounts.Disclosures.Tokens;

/// <summary>
/// The token pass (词元化): one walk over a normalised text giving its tokens — figures, the lexicon's words, line
/// breaks, sentence and clause ends, and the runs between — with the figures themselves and every place a word is
/// written, so that the stages after it can consume tokens instead of scanning the characters again.
/// </summary>
/// <remarks>
/// The figures are exactly <see cref="Scanner.Next"/>'s over the whole text (the pass asks the scanner for the next
/// figure ahead of it and stops there), so they agree with today's scanner by construction; between two figures the
/// pass jumps from one character that matters (a stop or a word's first character) to the next by
/// <see cref="CharSearch.IndexOf"/>. No word is looked for inside a figure (a figure's characters are digits, signs,
/// separators and its unit).
/// </remarks>
internal static class Tokenizer
{
    /// <summary>The first size of the rented token array (grown by doubling).</summary>
    private const int FirstCapacity = 256;

    /// <summary>The line break, sentence and clause ends (normalised text has the ASCII forms; the full-width ones too).</summary>
    internal const string Stops = "\n。！？!?，、；：,;:";

    /// <summary>The pass over <paramref name="text"/> with the words of <paramref name="lexicon"/>.</summary>
    public static TokenizedText Tokenize(string text, TokenLexicon lexicon) => Tokenize(text, Tables.For(lexicon));

    /// <summary>
    /// The pass over <paramref name="text"/> into <paramref name="reuse"/>, a result of an earlier pass with the same
    /// lexicon whose arrays it refills (the earlier result is gone: its tokens, figures and words are this text's).
    /// </summary>
    public static TokenizedText Tokenize(string text, TokenLexicon lexicon, TokenizedText reuse)
        => Tokenize(text, Tables.For(lexicon), reuse);

    /// <summary>The pass over <paramref name="text"/> with <paramref name="tables"/> made once for a lexicon.</summary>
    internal static TokenizedText Tokenize(string text, Tables tables, TokenizedText? reuse = null)
    {
        var lexicon = tables.Lexicon;
        var n = text.Length;
        Token[] tokens;
        NumberToken[] figures;
        WordStart[] words;
        if (reuse is null)
        {
            tokens = ArrayPool<Token>.Shared.Rent(Math.Max(FirstCapacity, n / 8));
            figures = ArrayPool<NumberToken>.Shared.Rent(Math.Max(FirstCapacity, n / 64));
            words = ArrayPool<WordStart>.Shared.Rent(FirstCapacity);
        }
        else
        {
            reuse.TakeArrays(out tokens, out figures, out words);
        }

        var count = 0;
        var figureCount = 0;
        var wordCount = 0;
        var scanAt = 0;
        var figureStart = Scanner.Next(text, ref scanAt, out var figure) ? figure.Start : n;
        var runStart = -1;
        var i = 0;
        while (i < n)
        {
            if (i == figureStart)
            {
                Flush(ref tokens, ref count, ref runStart, i);
                Add(ref tokens, ref count, new Token(TokenKind.Figure, figure.Start, figure.End - figure.Start, figureCount));
                Add(ref figures, ref figureCount, figure);
                i = figure.End;
                figureStart = Scanner.Next(text, ref scanAt, out figure) ? figure.Start : n;
                continue;
            }

            var c = text[i];
            if (tables.WordFirst[c] && lexicon.AddAt(text, i, n, ref words, ref wordCount) > 0
                && lexicon.LongestAt(text, i, figureStart) is var id && id >= 0)
            {
                Flush(ref tokens, ref count, ref runStart, i);
                var length = lexicon[id].Length;
                Add(ref tokens, ref count, new Token(TokenKind.Word, i, length, id));
                for (var p = i + 1; p < i + length; p++)
                {
                    if (tables.WordFirst[text[p]])
                    {
                        lexicon.AddAt(text, p, n, ref words, ref wordCount);   // a word overlapping this one (减增加 in 减增加(减少))
                    }
                }

                i += length;
                continue;
            }

            var kind = StopKind(c);
            if (kind != TokenKind.Run)
            {
                Flush(ref tokens, ref count, ref runStart, i);
                Add(ref tokens, ref count, new Token(kind, i, 1, 0));
                i++;
                continue;
            }

            if (runStart < 0)
            {
                runStart = i;
            }

#if NET
            i = CharSearch.IndexOf(text, i + 1, figureStart, tables.Special, tables.SpecialValues);
#else
            i = CharSearch.IndexOf(text, i + 1, figureStart, tables.Special);
#endif
        }

        Flush(ref tokens, ref count, ref runStart, n);
        if (reuse is null)
        {
            return new TokenizedText(text, tokens, count, figures, figureCount, words, wordCount);
        }

        reuse.Refill(text, tokens, count, figures, figureCount, words, wordCount);
        return reuse;
    }

    /// <summary>The stop <paramref name="c"/> is, or <see cref="TokenKind.Run"/> for any other character.</summary>
    internal static TokenKind StopKind(char c) => c switch
    {
        '\n' => TokenKind.LineBreak,
        '。' or '！' or '？' or '!' or '?' => TokenKind.SentenceEnd,
        '，' or '、' or '；' or '：' or ',' or ';' or ':' => TokenKind.ClauseEnd,
        _ => TokenKind.Run,
    };

    private static void Flush(ref Token[] tokens, ref int count, ref int runStart, int at)
    {
        if (runStart >= 0)
        {
            Add(ref tokens, ref count, new Token(TokenKind.Run, runStart, at - runStart, 0));
            runStart = -1;
        }
    }

    /// <summary>Appends <paramref name="item"/> to a rented array, growing it from the pool (doubling) when full.</summary>
    internal static void Add<T>(ref T[] items, ref int count, T item)
    {
        if (count == items.Length)
        {
            var larger = ArrayPool<T>.Shared.Rent(Math.Max(FirstCapacity, items.Length * 2));
            items.AsSpan(0, count).CopyTo(larger);
            Return(ref items, clear: typeof(T) == typeof(NumberToken));   // a figure holds the text: not kept by the pool
            items = larger;
        }

        items[count++] = item;
    }

    /// <summary>Gives a rented array back to the pool (an empty one is not the pool's) and leaves an empty one.</summary>
    internal static void Return<T>(ref T[] items, bool clear)
    {
        var rented = items;
        items = [];
        if (rented.Length > 0)
        {
            ArrayPool<T>.Shared.Return(rented, clear);
        }
    }

    /// <summary>The per-character tables of a lexicon (made once: a lexicon's pass reuses them).</summary>
    internal sealed class Tables
    {
        private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<TokenLexicon, Tables> Made = new();

        private Tables(TokenLexicon lexicon)
        {
            Lexicon = lexicon;
            WordFirst = CharSearch.Table(lexicon.FirstCharacters);
            var special = lexicon.FirstCharacters.Concat(Stops).Distinct().ToArray();
            Special = CharSearch.Table(special);
#if NET
            SpecialValues = SearchValues.Create(special);
#endif
        }

        /// <summary>The lexicon.</summary>
        public TokenLexicon Lexicon { get; }

        /// <summary>One flag per UTF-16 code unit: a word's first character.</summary>
        public bool[] WordFirst { get; }

        /// <summary>One flag per UTF-16 code unit: a word's first character or a stop.</summary>
        public bool[] Special { get; }

#if NET
        /// <summary>The same characters as <see cref="Special"/>, for the vectorised search.</summary>
        public SearchValues<char> SpecialValues { get; }
#endif

        /// <summary>The tables of <paramref name="lexicon"/>, made at its first pass.</summary>
        public static Tables For(TokenLexicon lexicon) => Made.GetValue(lexicon, l => new Tables(l));
    }
}
