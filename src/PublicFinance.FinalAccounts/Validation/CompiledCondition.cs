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

    // Unknown until first asked (-1); the same on every thread, so a race only works it out twice.
    private int tokenEscapes = -1;

    private static int EscapesOf(string? token) =>
        token is null ? 0
            : (token.AsSpan().IndexOf('~') >= 0 ? TokenTilde : 0) | (token.AsSpan().IndexOf('/') >= 0 ? TokenSlash : 0);
}
