namespace PublicFinance.FinalAccounts.Disclosures.Tokens;

/// <summary>
/// Where a word of the <see cref="TokenLexicon"/> is written: every occurrence, overlapping ones too (减增加 and
/// 增加(减少) in 减增加(减少)), as a search for each word would find it — the cover of <see cref="Token"/>s keeps only
/// the longest word at a place.
/// </summary>
internal readonly struct WordStart
{
    /// <summary>The word <paramref name="id"/> written at <paramref name="start"/>.</summary>
    public WordStart(int start, int id)
    {
        Start = start;
        Id = id;
    }

    /// <summary>Where the word starts.</summary>
    public int Start { get; }

    /// <summary>The word's id in the lexicon.</summary>
    public int Id { get; }
}
