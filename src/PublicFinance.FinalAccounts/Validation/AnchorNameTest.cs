namespace PublicFinance.FinalAccounts.Validation;

/// <summary>
/// A leaf's test of the anchor's own name or its ancestors' (锚点名称检验; session 35), read once per plan: which test it is
/// (<see cref="CompiledCondition.AnchorName"/>), the token it names, and the token's escapes and index — what the typed run
/// reads for every amount FA6001 visits, without the condition's lazily worked-out properties.
/// </summary>
internal readonly struct AnchorNameTest
{
    /// <summary>The test of a leaf.</summary>
    /// <param name="leaf">The leaf.</param>
    public AnchorNameTest(CompiledCondition leaf)
    {
        Kind = leaf.AnchorName;
        Token = leaf.Source.Value;
        Escapes = leaf.TokenEscapes;
        Index = leaf.TokenIndex;
    }

    /// <summary><see cref="CompiledCondition.AnchorNamed"/>, <see cref="CompiledCondition.AnchorWithin"/> or none.</summary>
    public int Kind { get; }

    /// <summary>The token the test names (escaped, as written), or null.</summary>
    public string? Token { get; }

    /// <summary>The token's escapes (<see cref="CompiledCondition.TokenEscapes"/>).</summary>
    public int Escapes { get; }

    /// <summary>The token read as a list's index, or -1 (<see cref="CompiledCondition.TokenIndex"/>).</summary>
    public int Index { get; }
}
