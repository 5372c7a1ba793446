namespace PublicFinance.FinalAccounts.Classification;

/// <summary>
/// The digits of a classification code (科目编码), the one core that <see cref="FunctionalCode"/> and
/// <see cref="EconomicCode"/> wrap: ordinal equality and ordering, the hierarchy by two-digit extension (类 → 款 → 项).
/// </summary>
/// <remarks><c>default</c> holds no digits: <see cref="IsDefault"/> is true and <see cref="Value"/> is empty.</remarks>
internal readonly struct CodeDigits : IEquatable<CodeDigits>, IComparable<CodeDigits>
{
    /// <summary>The digits of a 类 (class), the top level of both classifications.</summary>
    public const int ClassLength = 3;

    /// <summary>How many digits each level below the 类 adds (款 adds two to its 类, 项 two to its 款).</summary>
    public const int LevelStep = 2;

    private readonly string? digits;

    /// <summary>Wraps digits the caller has validated.</summary>
    /// <param name="digits">The digits.</param>
    public CodeDigits(string digits) => this.digits = digits;

    /// <summary>The digits, or empty for <c>default</c>.</summary>
    public string Value => digits ?? string.Empty;

    /// <summary>True for <c>default</c>, which holds no code.</summary>
    public bool IsDefault => digits is null;

    /// <summary>The digits of the parent (the code less its last level), or null for a 类.</summary>
    public string? ParentDigits => Value.Length > ClassLength ? Value.Substring(0, Value.Length - LevelStep) : null;

    /// <summary>The digits of the 类 the code belongs to (itself for a 类).</summary>
    public string ClassDigits => Value.Substring(0, ClassLength);

    /// <summary>True when this code is a proper ancestor of <paramref name="other"/>.</summary>
    /// <param name="other">The possible descendant.</param>
    /// <returns>Whether this is an ancestor.</returns>
    public bool IsAncestorOf(CodeDigits other)
        => Value.Length < other.Value.Length && other.Value.StartsWith(Value, StringComparison.Ordinal);

    /// <inheritdoc/>
    public bool Equals(CodeDigits other) => string.Equals(digits, other.digits, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is CodeDigits other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => digits is null ? 0 : StringComparer.Ordinal.GetHashCode(digits);

    /// <summary>Ordinal ordering of the digits, which lists a class before its sections and each section before its items.</summary>
    /// <param name="other">The other code.</param>
    /// <returns>Negative, zero or positive.</returns>
    public int CompareTo(CodeDigits other) => string.CompareOrdinal(Value, other.Value);

    /// <summary>The digits.</summary>
    /// <returns>The digits, or empty for <c>default</c>.</returns>
    public override string ToString() => Value;
}
