namespace PublicFinance.FinalAccounts.Validation;

/// <summary>
/// Where a figure is, without building its pointer text (事实位置): a node of a <see cref="ReportFacts"/> index, or the
/// nearest present ancestor plus the escaped rest of the path when nothing is there, or a pointer text given by a caller.
/// The text is made only when a diagnostic, a verification or a "could not run" entry needs it.
/// </summary>
internal readonly struct FactPointer
{
    private readonly ReportFacts? facts;
    private readonly string? text;
    private readonly string? suffix;

    private FactPointer(ReportFacts? facts, int node, int ancestor, string? suffix, string? text)
    {
        this.facts = facts;
        Node = node;
        Ancestor = ancestor;
        this.suffix = suffix;
        this.text = text;
    }

    /// <summary>The node there, or -1 when nothing is present (or the location was given as text).</summary>
    public int Node { get; }

    /// <summary>The nearest present node on the way (the node itself when present), or -1 for a text location.</summary>
    public int Ancestor { get; }

    /// <summary>A present node of an index.</summary>
    /// <param name="facts">The index.</param>
    /// <param name="node">The node.</param>
    /// <returns>The location.</returns>
    public static FactPointer At(ReportFacts facts, int node) => new(facts, node, node, null, null);

    /// <summary>An absent location: a present ancestor and the escaped path below it (starting with <c>/</c>).</summary>
    /// <param name="facts">The index.</param>
    /// <param name="ancestor">The nearest present node.</param>
    /// <param name="suffix">The escaped rest of the pointer.</param>
    /// <returns>The location.</returns>
    public static FactPointer Below(ReportFacts facts, int ancestor, string suffix) => new(facts, -1, ancestor, suffix, null);

    /// <summary>A location given as pointer text and resolved in an index (the text is kept as given).</summary>
    /// <param name="facts">The index.</param>
    /// <param name="pointer">Pointer text.</param>
    /// <returns>The location.</returns>
    public static FactPointer Resolve(ReportFacts facts, string pointer)
    {
        var node = facts.Locate(pointer, out var ancestor);
        return new(facts, node, ancestor, null, pointer);
    }

    /// <summary>Whether the location is absent and names a direct member of its present ancestor (one token below it).</summary>
    public bool IsMemberOfAncestor => Node < 0 && Ancestor >= 0 && (suffix is not null
        ? suffix.LastIndexOf('/') == 0
        : text is not null && facts is not null && facts.Locate(JsonPointer.ParentOf(text), out _) == Ancestor);

    /// <summary>A location given as pointer text (not resolved).</summary>
    /// <param name="pointer">Pointer text.</param>
    /// <returns>The location.</returns>
    public static FactPointer Of(string pointer) => new(null, -1, -1, null, pointer);

    /// <summary>Whether two locations are the same place: the same node of one index, else the same pointer text.</summary>
    /// <param name="other">The other location.</param>
    /// <returns>Whether they name one place.</returns>
    public bool SameAs(FactPointer other) =>
        Node >= 0 && other.Node >= 0 && text is null && other.text is null && ReferenceEquals(facts, other.facts)
            ? Node == other.Node
            : string.Equals(ToString(), other.ToString(), System.StringComparison.Ordinal);

    /// <summary>The pointer text (made on demand).</summary>
    /// <returns>The JSON Pointer.</returns>
    public override string ToString()
    {
        if (text is not null || facts is null)
        {
            return text ?? string.Empty;
        }

        return Node >= 0 ? facts.PointerOf(Node) : facts.PointerOf(Ancestor) + suffix;
    }
}
