namespace PublicFinance.FinalAccounts.Validation;

/// <summary>
/// A <see cref="Condition"/> with its references parsed and its constant read once (编译后的条件): what the evaluator
/// walks for every anchor instead of the declared record. Made by <see cref="ConditionPlan"/>; immutable.
/// </summary>
internal sealed class CompiledCondition
{
    /// <summary>The declared condition (its constant is parsed again only to throw the parser's own exception).</summary>
    public required Condition Source { get; init; }

    /// <summary>Which of the condition's forms applies, in the order the evaluator tries them.</summary>
    public required CompiledConditionKind Kind { get; init; }

    /// <summary>The conditions of <c>allOf</c> or <c>anyOf</c>.</summary>
    public CompiledCondition[] Children { get; init; } = [];

    /// <summary>The negated condition of <c>not</c>.</summary>
    public CompiledCondition? Inner { get; init; }

    /// <summary>The tested reference (the anchor when the condition names none).</summary>
    public ConditionReference? Reference { get; init; }

    /// <summary>The other reference of a comparison, a list lookup or <c>sameAs</c>.</summary>
    public ConditionReference? Other { get; init; }

    /// <summary>Whether <see cref="Constant"/> holds the condition's value read as a number.</summary>
    public bool HasConstant { get; init; }

    /// <summary>The value as a number (<c>valueEquals</c>, bounds, <c>length</c>).</summary>
    public decimal Constant { get; init; }

    /// <summary>Whether <see cref="Length"/> holds the value read as a code length (<c>prefixOfRow</c>).</summary>
    public bool HasLength { get; init; }

    /// <summary>The value as a code length.</summary>
    public int Length { get; init; }

    /// <summary>
    /// Whether the value, read as a reference token, holds a <c>~</c> or a <c>/</c> (<see cref="TokenTilde"/>,
    /// <see cref="TokenSlash"/>): worked out once, so that a name test compares a node's name with it without escaping the
    /// name (session 26).
    /// </summary>
    public int TokenEscapes => tokenEscapes >= 0 ? tokenEscapes : tokenEscapes = EscapesOf(Source.Value);

    /// <summary>The bit of <see cref="TokenEscapes"/> for a <c>~</c>.</summary>
    public const int TokenTilde = 1;

    /// <summary>The bit of <see cref="TokenEscapes"/> for a <c>/</c>.</summary>
    public const int TokenSlash = 2;

    /// <summary>
    /// The value read as a list's index, or -1 when it is none (<see cref="JsonPointer.TryParseIndex"/>), worked out once
    /// (session 34): a name test compares an element's index with it without parsing the value at every element.
    /// </summary>
    public int TokenIndex => tokenIndex != Unknown ? tokenIndex : tokenIndex = IndexOf(Source.Value);

    /// <summary>
    /// Which test of the anchor's own name or its ancestors' this is (<see cref="AnchorNamed"/>, <see cref="AnchorWithin"/>),
    /// or <see cref="NoAnchorName"/>; worked out once (session 34), so that the typed run answers these two, asked for every
    /// amount of a report by FA6001, without the general test.
    /// </summary>
    public int AnchorName => anchorName != Unknown ? anchorName : anchorName = AnchorNameOf();

    /// <summary>The value of <see cref="AnchorName"/> for any other condition.</summary>
    public const int NoAnchorName = 0;

    /// <summary>The value of <see cref="AnchorName"/> for <c>named</c> tested on the anchor.</summary>
    public const int AnchorNamed = 1;

    /// <summary>The value of <see cref="AnchorName"/> for <c>within</c> tested on the anchor.</summary>
    public const int AnchorWithin = 2;

    private const int Unknown = -2;

    // Unknown until first asked (-1); the same on every thread, so a race only works it out twice.
    private int tokenEscapes = -1;
    private int tokenIndex = Unknown;
    private int anchorName = Unknown;

    private static int IndexOf(string? token) =>
        token is not null && JsonPointer.TryParseIndex(token.AsSpan(), out var index) ? index : -1;

    private int AnchorNameOf() =>
        Kind != CompiledConditionKind.Test || Reference is not { Kind: ConditionReferenceKind.Anchor } ? NoAnchorName
            : Source.Test == ConditionTest.Named ? AnchorNamed
            : Source.Test == ConditionTest.Within ? AnchorWithin
            : NoAnchorName;

    private static int EscapesOf(string? token) =>
        token is null ? 0
            : (token.AsSpan().IndexOf('~') >= 0 ? TokenTilde : 0) | (token.AsSpan().IndexOf('/') >= 0 ? TokenSlash : 0);
}
