using System;
using System.Diagnostics.CodeAnalysis;

namespace PublicFinance.FinalAccounts.Classification
{
    /// <summary>The scheme of an economic classification code.</summary>
    public enum EconomicScheme
    {
        /// <summary>部门预算支出经济分类 (departmental budget), classes 301–399; used in 部门决算 (table 6).</summary>
        Departmental = 0,

        /// <summary>政府预算支出经济分类 (government budget), classes 501–599.</summary>
        Government = 1,
    }

    /// <summary>The level of an economic classification code: 类 (3 digits) or 款 (5 digits).</summary>
    public enum EconomicLevel
    {
        /// <summary>Class (类), 3 digits, e.g. 301 工资福利支出.</summary>
        Class = 1,

        /// <summary>Section (款), 5 digits, e.g. 30101 基本工资.</summary>
        Section = 2,
    }

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
        private readonly string? digits;

        private EconomicCode(string digits) => this.digits = digits;

        /// <summary>The digits ("30101").</summary>
        public string Value => digits ?? string.Empty;

        /// <summary>True for <c>default(EconomicCode)</c>, which is not a code.</summary>
        public bool IsDefault => digits is null;

        /// <summary>The level: 类 or 款.</summary>
        public EconomicLevel Level => Value.Length == 3 ? EconomicLevel.Class : EconomicLevel.Section;

        /// <summary>The scheme: departmental (3xx) or government (5xx).</summary>
        public EconomicScheme Scheme => Value.Length > 0 && Value[0] == '5' ? EconomicScheme.Government : EconomicScheme.Departmental;

        /// <summary>The parent 类 of a 款, or null for a 类.</summary>
        public EconomicCode? Parent => Value.Length == 5 ? new EconomicCode(Value.Substring(0, 3)) : null;

        /// <summary>The 类 this code belongs to (itself for a 类).</summary>
        public EconomicCode ClassCode => new(Value.Substring(0, 3));

        /// <summary>Creates a code from its digits, validating them.</summary>
        /// <param name="digits">3 or 5 ASCII digits starting with 3 or 5.</param>
        /// <returns>The code.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="digits"/> is null.</exception>
        /// <exception cref="ArgumentException">The digits are not an economic code.</exception>
        public static EconomicCode FromDigits(string digits)
        {
            if (digits is null)
            {
                throw new ArgumentNullException(nameof(digits));
            }

            var error = Validate(digits);
            return error is null ? new EconomicCode(digits) : throw new ArgumentException(error, nameof(digits));
        }

        /// <summary>True when <paramref name="digits"/> are exactly a valid code.</summary>
        /// <param name="digits">The candidate digits.</param>
        /// <returns>Whether it is valid.</returns>
        public static bool IsValid(string? digits) => digits is not null && Validate(digits) is null;

        private static string? Validate(string digits)
        {
            if (!CodeText.AllAsciiDigits(digits) || (digits.Length != 3 && digits.Length != 5))
            {
                return $"'{digits}' is not an economic classification code: expected 3 or 5 digits (类/款). “{digits}”不是支出经济分类科目编码：应为 3 或 5 位数字。";
            }

            if (digits[0] != '3' && digits[0] != '5')
            {
                return $"'{digits}' is not an economic classification code: it must start with 3 (部门) or 5 (政府). “{digits}”不是支出经济分类科目编码：应以 3 或 5 开头。";
            }

            return null;
        }

        /// <summary>True when this code is the 类 of <paramref name="other"/>.</summary>
        /// <param name="other">The possible 款.</param>
        /// <returns>Whether this is its parent class.</returns>
        public bool IsAncestorOf(EconomicCode other)
            => Value.Length < other.Value.Length && other.Value.StartsWith(Value, StringComparison.Ordinal);

        /// <summary>Parses a code as documents write it: "30101", "301 01", "301|01", "[30101]", full-width digits.</summary>
        /// <param name="s">The text.</param>
        /// <param name="provider">Ignored.</param>
        /// <returns>The code.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
        /// <exception cref="FormatException">The text is not an economic code.</exception>
        public static EconomicCode Parse(string s, IFormatProvider? provider = null)
        {
            if (s is null)
            {
                throw new ArgumentNullException(nameof(s));
            }

            if (!TryParseCore(s, out var code, out var name, out var error))
            {
                throw new FormatException(error);
            }

            return name.Length == 0 ? code : throw new FormatException($"Unexpected text after the code in '{s}'. “{s}”中编码后有多余文字。");
        }

        /// <summary>Tries to parse a code; see <see cref="Parse"/>.</summary>
        /// <param name="s">The text.</param>
        /// <param name="provider">Ignored.</param>
        /// <param name="result">The code, or default on failure.</param>
        /// <returns>Whether the text was a code.</returns>
        public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out EconomicCode result)
        {
            result = default;
            if (s is null || !TryParseCore(s, out var code, out var name, out _) || name.Length != 0)
            {
                return false;
            }

            result = code;
            return true;
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
            => TryParseCore(text, out code, out name, out _);

        private static bool TryParseCore(string? text, out EconomicCode code, out string name, out string error)
        {
            code = default;
            name = string.Empty;
            if (text is null)
            {
                error = "No text. 没有文本。";
                return false;
            }

            if (!CodeText.TryScan(text, out var digits, out var rest, out var scanError))
            {
                error = $"Invalid economic code '{text}': {scanError}.";
                return false;
            }

            var validation = Validate(digits);
            if (validation is not null)
            {
                error = validation;
                return false;
            }

            code = new EconomicCode(digits);
            name = rest;
            error = string.Empty;
            return true;
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
        public bool Equals(EconomicCode other) => string.Equals(digits, other.digits, StringComparison.Ordinal);

        /// <inheritdoc/>
        public override bool Equals(object? obj) => obj is EconomicCode other && Equals(other);

        /// <inheritdoc/>
        public override int GetHashCode() => digits is null ? 0 : StringComparer.Ordinal.GetHashCode(digits);

        /// <inheritdoc/>
        public int CompareTo(EconomicCode other) => string.CompareOrdinal(Value, other.Value);

        /// <summary>Compares with a boxed <see cref="EconomicCode"/>; null sorts first.</summary>
        /// <param name="obj">The other object.</param>
        /// <returns>Negative, zero or positive.</returns>
        /// <exception cref="ArgumentException"><paramref name="obj"/> is not an <see cref="EconomicCode"/>.</exception>
        public int CompareTo(object? obj) => obj switch
        {
            null => 1,
            EconomicCode other => CompareTo(other),
            _ => throw new ArgumentException("Object must be an EconomicCode. 对象必须是 EconomicCode。", nameof(obj)),
        };

        /// <summary>The digits ("30101").</summary>
        /// <returns>The digits.</returns>
        public override string ToString() => Value;
    }
}
