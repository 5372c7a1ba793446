using System;
using System.Diagnostics.CodeAnalysis;

namespace PublicFinance.FinalAccounts.Classification
{
    /// <summary>The level of a functional classification code: 类 (3 digits), 款 (5 digits) or 项 (7 digits).</summary>
    public enum FunctionalLevel
    {
        /// <summary>Class (类), 3 digits, e.g. 201 一般公共服务支出.</summary>
        Class = 1,

        /// <summary>Section (款), 5 digits, e.g. 20103 政府办公厅（室）及相关机构事务.</summary>
        Section = 2,

        /// <summary>Item (项), 7 digits, e.g. 2010301 行政运行.</summary>
        Item = 3,
    }

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
        private readonly string? digits;

        private FunctionalCode(string digits) => this.digits = digits;

        /// <summary>The digits ("2010301").</summary>
        public string Value => digits ?? string.Empty;

        /// <summary>True for <c>default(FunctionalCode)</c>, which is not a code.</summary>
        public bool IsDefault => digits is null;

        /// <summary>The level: 类, 款 or 项.</summary>
        public FunctionalLevel Level => Value.Length switch
        {
            3 => FunctionalLevel.Class,
            5 => FunctionalLevel.Section,
            _ => FunctionalLevel.Item,
        };

        /// <summary>The parent code (款 of a 项, 类 of a 款), or null for a 类.</summary>
        public FunctionalCode? Parent => Value.Length > 3 ? new FunctionalCode(Value.Substring(0, Value.Length - 2)) : null;

        /// <summary>The 类 (class) this code belongs to (itself for a 类).</summary>
        public FunctionalCode ClassCode => new(Value.Substring(0, 3));

        /// <summary>Creates a code from its digits, validating them.</summary>
        /// <param name="digits">3, 5 or 7 ASCII digits starting with 2.</param>
        /// <returns>The code.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="digits"/> is null.</exception>
        /// <exception cref="ArgumentException">The digits are not a functional code.</exception>
        public static FunctionalCode FromDigits(string digits)
        {
            if (digits is null)
            {
                throw new ArgumentNullException(nameof(digits));
            }

            var error = Validate(digits);
            return error is null ? new FunctionalCode(digits) : throw new ArgumentException(error, nameof(digits));
        }

        /// <summary>True when <paramref name="digits"/> are exactly a valid code (no spaces, no name).</summary>
        /// <param name="digits">The candidate digits.</param>
        /// <returns>Whether it is valid.</returns>
        public static bool IsValid(string? digits) => digits is not null && Validate(digits) is null;

        private static string? Validate(string digits)
        {
            if (!CodeText.AllAsciiDigits(digits) || (digits.Length != 3 && digits.Length != 5 && digits.Length != 7))
            {
                return $"'{digits}' is not a functional classification code: expected 3, 5 or 7 digits (类/款/项). “{digits}”不是支出功能分类科目编码：应为 3、5 或 7 位数字。";
            }

            if (digits[0] != '2')
            {
                return $"'{digits}' is not an expenditure functional code: it must start with 2. “{digits}”不是支出功能分类科目编码：应以 2 开头。";
            }

            return null;
        }

        /// <summary>True when this code is a proper ancestor of <paramref name="other"/> (201 of 20103 and of 2010301).</summary>
        /// <param name="other">The possible descendant.</param>
        /// <returns>Whether this is an ancestor.</returns>
        public bool IsAncestorOf(FunctionalCode other)
            => Value.Length < other.Value.Length && other.Value.StartsWith(Value, StringComparison.Ordinal);

        /// <summary>
        /// Parses a code as documents write it: "2010301", "201 03 01", "201|03|01", "[2010301]", full-width digits.
        /// Text after the code is rejected; use <see cref="TryParseLabelled"/> to keep a name.
        /// </summary>
        /// <param name="s">The text.</param>
        /// <param name="provider">Ignored.</param>
        /// <returns>The code.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
        /// <exception cref="FormatException">The text is not a functional code.</exception>
        public static FunctionalCode Parse(string s, IFormatProvider? provider = null)
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
        public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out FunctionalCode result)
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
        public static bool TryParse([NotNullWhen(true)] string? s, out FunctionalCode result) => TryParse(s, null, out result);

        /// <summary>
        /// Parses a code followed by the document's own name: "[2010301]行政运行", "2010301 行政运行", "201 03 01 行政运行".
        /// </summary>
        /// <param name="text">The text.</param>
        /// <param name="code">The code.</param>
        /// <param name="name">The name after the code, trimmed (empty when none).</param>
        /// <returns>Whether a code was found at the start.</returns>
        public static bool TryParseLabelled(string? text, out FunctionalCode code, out string name)
            => TryParseCore(text, out code, out name, out _);

        private static bool TryParseCore(string? text, out FunctionalCode code, out string name, out string error)
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
                error = $"Invalid functional code '{text}': {scanError}.";
                return false;
            }

            var validation = Validate(digits);
            if (validation is not null)
            {
                error = validation;
                return false;
            }

            code = new FunctionalCode(digits);
            name = rest;
            error = string.Empty;
            return true;
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
        public bool Equals(FunctionalCode other) => string.Equals(digits, other.digits, StringComparison.Ordinal);

        /// <inheritdoc/>
        public override bool Equals(object? obj) => obj is FunctionalCode other && Equals(other);

        /// <inheritdoc/>
        public override int GetHashCode() => digits is null ? 0 : StringComparer.Ordinal.GetHashCode(digits);

        /// <inheritdoc/>
        public int CompareTo(FunctionalCode other) => string.CompareOrdinal(Value, other.Value);

        /// <summary>Compares with a boxed <see cref="FunctionalCode"/>; null sorts first.</summary>
        /// <param name="obj">The other object.</param>
        /// <returns>Negative, zero or positive.</returns>
        /// <exception cref="ArgumentException"><paramref name="obj"/> is not a <see cref="FunctionalCode"/>.</exception>
        public int CompareTo(object? obj) => obj switch
        {
            null => 1,
            FunctionalCode other => CompareTo(other),
            _ => throw new ArgumentException("Object must be a FunctionalCode. 对象必须是 FunctionalCode。", nameof(obj)),
        };

        /// <summary>The digits ("2010301").</summary>
        /// <returns>The digits.</returns>
        public override string ToString() => Value;
    }
}
