using System.Diagnostics.CodeAnalysis;

namespace PublicFinance.FinalAccounts.Classification;

/// <summary>
/// A code of the expenditure functional classification (支出功能分类科目编码): 类 = 3 digits (2xx), 款 = 5 digits,
/// 项 = 7 digits; each level extends its parent by two digits. A code not in any catalogue is still a valid code.
/// </summary>
/// <remarks>
/// Ordering is ordinal on the digits, which lists a class before its sections and each section before its items.
/// <c>default(FunctionalCode)</c> is not a valid code; <see cref="IsDefault"/> tells it apart. This type is an
/// immutable value type and is thread-safe.
/// </remarks>
public readonly struct FunctionalCode : IEquatable<FunctionalCode>, IComparable<FunctionalCode>, IComparable
#if NET7_0_OR_GREATER
    , IParsable<FunctionalCode>
#endif
{
    private readonly CodeDigits digits;

    internal FunctionalCode(CodeDigits digits) => this.digits = digits;

    private FunctionalCode(string digits) => this.digits = new CodeDigits(digits);

    /// <summary>The digits ("2010301").</summary>
    public string Value => digits.Value;

    /// <summary>True for <c>default(FunctionalCode)</c>, which is not a code.</summary>
    public bool IsDefault => digits.IsDefault;

    /// <summary>The level: 类, 款 or 项.</summary>
    public FunctionalLevel Level => Value.Length switch
    {
        3 => FunctionalLevel.Class,
        5 => FunctionalLevel.Section,
        _ => FunctionalLevel.Item,
    };

    /// <summary>The parent code (款 of a 项, 类 of a 款), or null for a 类.</summary>
    public FunctionalCode? Parent => digits.ParentDigits is { } parent ? new FunctionalCode(parent) : null;

    /// <summary>The 类 (class) this code belongs to (itself for a 类).</summary>
    public FunctionalCode ClassCode => new(digits.ClassDigits);

    /// <summary>Creates a code from its digits, validating them.</summary>
    /// <param name="digits">3, 5 or 7 ASCII digits starting with 2.</param>
    /// <returns>The code.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="digits"/> is null.</exception>
    /// <exception cref="ArgumentException">The digits are not a functional code.</exception>
    public static FunctionalCode FromDigits(string digits) => new(CodeScheme.Functional.FromDigits(digits));

    /// <summary>True when <paramref name="digits"/> are exactly a valid code (no spaces, no name).</summary>
    /// <param name="digits">The candidate digits.</param>
    /// <returns>Whether it is valid.</returns>
    public static bool IsValid(string? digits) => CodeScheme.Functional.IsValid(digits);

    /// <summary>True when this code is a proper ancestor of <paramref name="other"/> (201 of 20103 and of 2010301).</summary>
    /// <param name="other">The possible descendant.</param>
    /// <returns>Whether this is an ancestor.</returns>
    public bool IsAncestorOf(FunctionalCode other) => digits.IsAncestorOf(other.digits);

    /// <summary>
    /// Parses a code as documents write it: "2010301", "201 03 01", "201|03|01", "[2010301]", full-width digits.
    /// Text after the code is rejected; use <see cref="TryParseLabelled"/> to keep a name.
    /// </summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored.</param>
    /// <returns>The code.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    /// <exception cref="FormatException">The text is not a functional code.</exception>
    public static FunctionalCode Parse(string s, IFormatProvider? provider = null) => new(CodeScheme.Functional.Parse(s));

    /// <summary>Tries to parse a code; see <see cref="Parse"/>.</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored.</param>
    /// <param name="result">The code, or default on failure.</param>
    /// <returns>Whether the text was a code.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out FunctionalCode result)
    {
        var ok = CodeScheme.Functional.TryParse(s, out var parsed);
        result = new FunctionalCode(parsed);
        return ok;
    }

    /// <summary>Tries to parse a code; see <see cref="Parse"/>.</summary>
    /// <param name="s">The text.</param>
    /// <param name="result">The code, or default on failure.</param>
    /// <returns>Whether the text was a code.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, out FunctionalCode result) => TryParse(s, null, out result);

    /// <summary>
    /// Parses a code followed by the document's own name: "[2010301]行政运行", "2010301 行政运行", "201 03 01 行政运行".
    /// </summary>
    /// <param name="text">The text.</param>
    /// <param name="code">The code.</param>
    /// <param name="name">The name after the code, trimmed (empty when none).</param>
    /// <returns>Whether a code was found at the start.</returns>
    public static bool TryParseLabelled(string? text, out FunctionalCode code, out string name)
    {
        var ok = CodeScheme.Functional.TryParseLabelled(text, out var parsed, out name, out _);
        code = new FunctionalCode(parsed);
        return ok;
    }

    /// <summary>Equality of the digits.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(FunctionalCode left, FunctionalCode right) => left.Equals(right);

    /// <summary>Inequality of the digits.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns>True when not equal.</returns>
    public static bool operator !=(FunctionalCode left, FunctionalCode right) => !left.Equals(right);

    /// <summary>Ordinal ordering of the digits.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns>The comparison.</returns>
    public static bool operator <(FunctionalCode left, FunctionalCode right) => left.CompareTo(right) < 0;

    /// <summary>Ordinal ordering of the digits.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns>The comparison.</returns>
    public static bool operator >(FunctionalCode left, FunctionalCode right) => left.CompareTo(right) > 0;

    /// <summary>Ordinal ordering of the digits.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns>The comparison.</returns>
    public static bool operator <=(FunctionalCode left, FunctionalCode right) => left.CompareTo(right) <= 0;

    /// <summary>Ordinal ordering of the digits.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns>The comparison.</returns>
    public static bool operator >=(FunctionalCode left, FunctionalCode right) => left.CompareTo(right) >= 0;

    /// <inheritdoc/>
    public bool Equals(FunctionalCode other) => digits.Equals(other.digits);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is FunctionalCode other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => digits.GetHashCode();

    /// <inheritdoc/>
    public int CompareTo(FunctionalCode other) => digits.CompareTo(other.digits);

    /// <summary>Compares with a boxed <see cref="FunctionalCode"/>; null sorts first.</summary>
    /// <param name="obj">The other object.</param>
    /// <returns>Negative, zero or positive.</returns>
    /// <exception cref="ArgumentException"><paramref name="obj"/> is not a <see cref="FunctionalCode"/>.</exception>
    public int CompareTo(object? obj) => obj switch
    {
        null => 1,
        FunctionalCode other => CompareTo(other),
        _ => throw new ArgumentException(Messages.ObjectMustBe(nameof(FunctionalCode)), nameof(obj)),
    };

    /// <summary>The digits ("2010301").</summary>
    /// <returns>The digits.</returns>
    public override string ToString() => Value;
}
