namespace PublicFinance.FinalAccounts.Validation;

/// <summary>
/// A reference of a <see cref="ConditionRelation"/> parsed once (编译后的引用; spec §4.15): the anchor itself (empty),
/// a named figure (<c>$name</c>, by its position), an absolute pointer (resolved once per evaluation), or a relative path
/// (<c>../budget/amount</c>) as steps with their member names unescaped. Made by <see cref="ConditionPlan"/>; immutable.
/// </summary>
internal sealed class ConditionReference
{
    private ConditionReference(string text, ConditionReferenceKind kind, int figure, int slot, Step[] steps)
    {
        Text = text;
        Kind = kind;
        Figure = figure;
        Slot = slot;
        Steps = steps;
    }

    /// <summary>The reference as written (for findings and list lookups).</summary>
    public string Text { get; }

    /// <summary>What the reference names.</summary>
    public ConditionReferenceKind Kind { get; }

    /// <summary>A named figure's position among the relation's figures; -1 when no figure has that name.</summary>
    public int Figure { get; }

    /// <summary>
    /// The reference's cache slot: an absolute one's among the relation's absolute references (kept per evaluation), a
    /// relative one's among its relative references (kept per anchor).
    /// </summary>
    public int Slot { get; }

    /// <summary>The steps of a relative reference, in order.</summary>
    public Step[] Steps { get; }

    /// <summary>
    /// The contract's getter each step last used, with the record type it was found for (session 25: the typed anchor run
    /// follows relative references through the model). A cache filled on first use; two threads that race store equal
    /// entries.
    /// </summary>
    internal TypedStep?[]? Getters { get; set; }

    /// <summary>An absolute reference's path through the model by the contract's getters (session 25), made on first use.</summary>
    internal Rules.ContractPath? Path { get; set; }

    /// <summary>Parses a reference.</summary>
    /// <param name="text">The reference text.</param>
    /// <param name="figure">The named figure's position (-1 when unknown or not a named figure).</param>
    /// <param name="slot">The cache slot of an absolute or relative reference.</param>
    /// <returns>The reference.</returns>
    public static ConditionReference Parse(string text, int figure, int slot)
    {
        if (text.Length == 0)
        {
            return new(text, ConditionReferenceKind.Anchor, -1, -1, []);
        }

        if (text[0] == '$')
        {
            return new(text, ConditionReferenceKind.Named, figure, -1, []);
        }

        if (text[0] == '/')
        {
            return new(text, ConditionReferenceKind.Absolute, -1, slot, []);
        }

        var tokens = text.Split('/');
        var steps = new Step[tokens.Length];
        for (var i = 0; i < tokens.Length; i++)
        {
            var token = tokens[i];
            var name = token.IndexOf('~') < 0 ? token : JsonPointer.TryUnescape(token, out var unescaped) ? unescaped : null;
            // Interned: the contract's member names are literals, so a member is then found by reference first.
            var up = string.Equals(token, "..", System.StringComparison.Ordinal);
            steps[i] = new Step(up, name is null ? null : string.Intern(name), "/" + token);
        }

        return new(text, ConditionReferenceKind.Relative, -1, slot, steps);
    }

    /// <summary>One step of a relative reference: up to the parent (<c>..</c>), or down to a member or element.</summary>
    /// <param name="Up">Whether the step is <c>..</c>.</param>
    /// <param name="Name">The unescaped token; null when the token does not unescape (nothing is found there).</param>
    /// <param name="Suffix">
    /// <c>/</c> and the token as written (escaped), for the text of an absent place: made once, so an absent member names
    /// its place without a concatenation per anchor.
    /// </param>
    internal readonly record struct Step(bool Up, string? Name, string Suffix);
}
