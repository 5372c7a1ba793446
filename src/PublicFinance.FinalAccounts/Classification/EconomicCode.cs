using System.Diagnostics.CodeAnalysis;

namespace PublicFinance.FinalAccounts.Classification;

/// <summary>
/// A code of the expenditure economic classification (支出经济分类科目编码): 类 = 3 digits, 款 = 5 digits. Codes
/// 3xx belong to 部门预算支出经济分类, 5xx to 政府预算支出经济分类. A code not in any catalogue is still a valid code.
/// </summary>
/// <remarks>
/// Ordering is ordinal. <c>default(EconomicCode)</c> is not a valid code; <see cref="IsDefault"/> tells it apart.
/// This type is an immutable value type and is thread-safe.
/// </remarks>
public readonly struct EconomicCode : IEquatable<EconomicCode>, IComparable<EconomicCode>, IComparable
#if NET7_0_OR_GREATER
    , IParsable<EconomicCode>
#endif
{
    private readonly CodeDigits digits;

    internal EconomicCode(CodeDigits digits) => this.digits = digits;

    private EconomicCode(string digits) => this.digits = new CodeDigits(digits);

    /// <summary>The digits ("30101").</summary>
    public string Value => digits.Value;

    /// <summary>True for <c>default(EconomicCode)</c>, which is not a code.</summary>
    public bool IsDefault => digits.IsDefault;

    /// <summary>The level: 类 or 款.</summary>
    public EconomicLevel Level => Value.Length == 3 ? EconomicLevel.Class : EconomicLevel.Section;

    /// <summary>The scheme: departmental (3xx) or government (5xx).</summary>
    public EconomicScheme Scheme => Value.Length > 0 && Value[0] == '5' ? EconomicScheme.Government : EconomicScheme.Departmental;

    /// <summary>The parent 类 of a 款, or null for a 类.</summary>
    public EconomicCode? Parent => digits.ParentDigits is { } parent ? new EconomicCode(parent) : null;

    /// <summary>The 类 this code belongs to (itself for a 类).</summary>
    public EconomicCode ClassCode => new(digits.ClassDigits);

    /// <summary>Creates a code from its digits, validating them.</summary>
    /// <param name="digits">3 or 5 ASCII digits starting with 3 or 5.</param>
    /// <returns>The code.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="digits"/> is null.</exception>
    /// <exception cref="ArgumentException">The digits are not an economic code.</exception>
    public static EconomicCode FromDigits(string digits) => new(CodeScheme.Economic.FromDigits(digits));

    /// <summary>True when <paramref name="digits"/> are exactly a valid code.</summary>
    /// <param name="digits">The candidate digits.</param>
    /// <returns>Whether it is valid.</returns>
    public static bool IsValid(string? digits) => CodeScheme.Economic.IsValid(digits);

    /// <summary>True when this code is the 类 of <paramref name="other"/>.</summary>
    /// <param name="other">The possible 款.</param>
    /// <returns>Whether this is its parent class.</returns>
    public bool IsAncestorOf(EconomicCode other) => digits.IsAncestorOf(other.digits);

    /// <summary>Parses a code as documents write it: "30101", "301 01", "301|01", "[30101]", full-width digits.</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored.</param>
    /// <returns>The code.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    /// <exception cref="FormatException">The text is not an economic code.</exception>
    public static EconomicCode Parse(string s, IFormatProvider? provider = null) => new(CodeScheme.Economic.Parse(s));

    /// <summary>Tries to parse a code; see <see cref="Parse"/>.</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored.</param>
    /// <param name="result">The code, or default on failure.</param>
    /// <returns>Whether the text was a code.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out EconomicCode result)
    {
        var ok = CodeScheme.Economic.TryParse(s, out var parsed);
        result = new EconomicCode(parsed);
        return ok;
    }

    /// <summary>Tries to parse a code; see <see cref="Parse"/>.</summary>
    /// <param name="s">The text.</param>
    /// <param name="result">The code, or default on failure.</param>
    /// <returns>Whether the text was a code.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, out EconomicCode result) => TryParse(s, null, out result);

    /// <summary>Parses a code followed by the document's own name: "[30101]基本工资", "30101 基本工资".</summary>
    /// <param name="text">The text.</param>
    /// <param name="code">The code.</param>
    /// <param name="name">The name after the code, trimmed (empty when none).</param>
    /// <returns>Whether a code was found at the start.</returns>
    public static bool TryParseLabelled(string? text, out EconomicCode code, out string name)
    {
        var ok = CodeScheme.Economic.TryParseLabelled(text, out var parsed, out name, out _);
        code = new EconomicCode(parsed);
        return ok;
    }

    /// <summary>Equality of the digits.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(EconomicCode left, EconomicCode right) => left.Equals(right);

    /// <summary>Inequality of the digits.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns>True when not equal.</returns>
    public static bool operator !=(EconomicCode left, EconomicCode right) => !left.Equals(right);

    /// <summary>Ordinal ordering.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns>The comparison.</returns>
    public static bool operator <(EconomicCode left, EconomicCode right) => left.CompareTo(right) < 0;

    /// <summary>Ordinal ordering.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns>The comparison.</returns>
    public static bool operator >(EconomicCode left, EconomicCode right) => left.CompareTo(right) > 0;

    /// <summary>Ordinal ordering.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns>The comparison.</returns>
    public static bool operator <=(EconomicCode left, EconomicCode right) => left.CompareTo(right) <= 0;

    /// <summary>Ordinal ordering.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns>The comparison.</returns>
    public static bool operator >=(EconomicCode left, EconomicCode right) => left.CompareTo(right) >= 0;

    /// <inheritdoc/>
    public bool Equals(EconomicCode other) => digits.Equals(other.digits);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is EconomicCode other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => digits.GetHashCode();

    /// <inheritdoc/>
    public int CompareTo(EconomicCode other) => digits.CompareTo(other.digits);

    /// <summary>Compares with a boxed <see cref="EconomicCode"/>; null sorts first.</summary>
    /// <param name="obj">The other object.</param>
    /// <returns>Negative, zero or positive.</returns>
    /// <exception cref="ArgumentException"><paramref name="obj"/> is not an <see cref="EconomicCode"/>.</exception>
    public int CompareTo(object? obj) => obj switch
    {
        null => 1,
        EconomicCode other => CompareTo(other),
        _ => throw new ArgumentException(Messages.ObjectMustBe(nameof(EconomicCode)), nameof(obj)),
    };

    /// <summary>The digits ("30101").</summary>
    /// <returns>The digits.</returns>
    public override string ToString() => Value;
}
