namespace PublicFinance.FinalAccounts.Disclosures.Tokens;

/// <summary>
/// A text after the token pass (词元化的文本): its tokens in order, covering it without gaps or overlaps; its figures
/// (value, decimals, unit and the figure's span, as <see cref="Scanner.Next"/> gives them); and every place a word of
/// the lexicon is written (<see cref="Words"/>). The three arrays are rented from the shared pools: <see cref="Dispose"/>
/// gives them back, after which none of them may be read.
/// </summary>
internal sealed class TokenizedText : IDisposable
{
    private Token[] tokens;
    private NumberToken[] figures;
    private WordStart[] words;

    /// <summary>The result of a pass over <paramref name="text"/> (see <see cref="Tokenizer.Tokenize(string, TokenLexicon)"/>).</summary>
    internal TokenizedText(
        string text, Token[] tokens, int count, NumberToken[] figures, int figureCount, WordStart[] words, int wordCount)
    {
        this.tokens = tokens;
        this.figures = figures;
        this.words = words;
        Text = text;
        Refill(text, tokens, count, figures, figureCount, words, wordCount);
    }

    /// <summary>The text the tokens cover.</summary>
    public string Text { get; private set; }

    /// <summary>The number of tokens.</summary>
    public int Count { get; private set; }

    /// <summary>The tokens, in text order.</summary>
    public ReadOnlySpan<Token> Tokens => tokens.AsSpan(0, Count);

    /// <summary>The figures, in text order (a <see cref="TokenKind.Figure"/> token's id is its index here).</summary>
    public ReadOnlySpan<NumberToken> Figures => figures.AsSpan(0, FigureCount);

    /// <summary>The number of figures.</summary>
    public int FigureCount { get; private set; }

    /// <summary>Every place a word of the lexicon is written outside a figure, in text order (then longest first).</summary>
    public ReadOnlySpan<WordStart> Words => words.AsSpan(0, WordCount);

    /// <summary>The number of places in <see cref="Words"/>.</summary>
    public int WordCount { get; private set; }

    /// <summary>The number of tokens of <paramref name="kind"/>.</summary>
    public int CountOf(TokenKind kind)
    {
        var n = 0;
        foreach (var token in Tokens)
        {
            if (token.Kind == kind)
            {
                n++;
            }
        }

        return n;
    }

    /// <summary>The index of the token that holds the character at <paramref name="position"/> (binary search).</summary>
    public int IndexAt(int position)
    {
        var lo = 0;
        var hi = Count - 1;
        while (lo < hi)
        {
            var mid = (lo + hi + 1) >> 1;
            if (tokens[mid].Start <= position)
            {
                lo = mid;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return lo;
    }

    /// <summary>
    /// Hands this result's arrays to a new pass (<see cref="Tokenizer.Tokenize(string, TokenLexicon, TokenizedText)"/>),
    /// which fills them again: a reader tokenizing many short texts (a paragraph at a time) rents them once.
    /// </summary>
    internal void TakeArrays(out Token[] tokens, out NumberToken[] figures, out WordStart[] words)
    {
        tokens = this.tokens;
        figures = this.figures;
        words = this.words;
        this.tokens = [];
        this.figures = [];
        this.words = [];
        Count = FigureCount = WordCount = 0;
    }

    /// <summary>Makes this the result of a pass over <paramref name="text"/> (arrays given back by the pass).</summary>
    internal void Refill(
        string text, Token[] tokens, int count, NumberToken[] figures, int figureCount, WordStart[] words, int wordCount)
    {
        Text = text;
        this.tokens = tokens;
        Count = count;
        this.figures = figures;
        FigureCount = figureCount;
        this.words = words;
        WordCount = wordCount;
    }

    /// <summary>Gives the arrays back to the pools (the figures' cleared: they hold the text).</summary>
    public void Dispose()
    {
        Tokenizer.Return(ref tokens, clear: false);
        Tokenizer.Return(ref figures, clear: true);
        Tokenizer.Return(ref words, clear: false);
        Count = FigureCount = WordCount = 0;
    }
}
