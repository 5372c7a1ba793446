namespace PublicFinance.FinalAccounts.Disclosures.Tokens;

/// <summary>
/// One token of the token pass (词元): its kind, where it stands in the text, and its id — the word's id in the
/// <see cref="TokenLexicon"/> for a <see cref="TokenKind.Word"/>, the figure's index in
/// <see cref="TokenizedText.Figures"/> for a <see cref="TokenKind.Figure"/>, 0 otherwise. Twelve bytes, no reference:
/// the array of a text's tokens is one block the collector never walks.
/// </summary>
internal readonly struct Token
{
    /// <summary>A token of <paramref name="kind"/> over [<paramref name="start"/>, start + <paramref name="length"/>).</summary>
    public Token(TokenKind kind, int start, int length, int id)
    {
        Kind = kind;
        Start = start;
        Length = length;
        Id = id;
    }

    /// <summary>The kind.</summary>
    public TokenKind Kind { get; }

    /// <summary>Where the token starts in the text.</summary>
    public int Start { get; }

    /// <summary>The number of characters (at least one).</summary>
    public int Length { get; }

    /// <summary>Where the token ends (exclusive).</summary>
    public int End => Start + Length;

    /// <summary>The word id or the figure index (see the type's summary).</summary>
    public int Id { get; }
}
