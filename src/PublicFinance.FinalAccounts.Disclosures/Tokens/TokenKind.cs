namespace PublicFinance.FinalAccounts.Disclosures.Tokens;

/// <summary>What a <see cref="Token"/> of the token pass (词元) is: the tokens of a text cover it, in order, without gaps.</summary>
internal enum TokenKind : byte
{
    /// <summary>A stretch of characters that are none of the kinds below (the words between figures and stops).</summary>
    Run,

    /// <summary>A figure (数字): a number with its unit, as <see cref="Scanner.Next"/> finds it; its id is its index in
    /// <see cref="TokenizedText.Figures"/>.</summary>
    Figure,

    /// <summary>A word of the pass's <see cref="TokenLexicon"/> (词); its id is the word's id there.</summary>
    Word,

    /// <summary>A line break (<c>\n</c>): the line and paragraph boundaries.</summary>
    LineBreak,

    /// <summary>A sentence end (句末): 。 ！ ？ ! ?.</summary>
    SentenceEnd,

    /// <summary>A clause end (分句): ， 、 ； ： , ; : — a comma that groups a figure's digits is part of the figure.</summary>
    ClauseEnd,
}
