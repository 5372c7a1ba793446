using System;
using System.Collections.Generic;
using System.Text.Json;
using PublicFinance.FinalAccounts.Classification;
using PublicFinance.FinalAccounts.Values;

namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>The values of <see cref="DraftMaterializer"/>: each read as the contract's converter reads it, or refused.</summary>
internal sealed partial class DraftMaterializer
{
    /// <summary>The most integer digits of a figure (the numeric contract, docs/numbers.md).</summary>
    private const int MaxIntegerDigits = 16;

    /// <summary>The most decimals of a figure.</summary>
    private const int MaxDecimals = 12;

    /// <summary>The most digits read here (19 always fit in 64 bits); longer figures are left to the JSON path.</summary>
    private const int MaxDigits = 19;

    /// <summary>Gives up: the JSON path decides. Returns null so that callers can return it.</summary>
    private T? Fail<T>()
        where T : class
    {
        failed = true;
        return null;
    }

    private bool IsObject(DraftNode node)
    {
        if (node.Kind == DraftKind.Object)
        {
            return true;
        }

        failed = true;
        return false;
    }

    /// <summary>A string member (any text, the empty string included).</summary>
    private string? Str(DraftNode node) => node.Kind == DraftKind.String && IsText(node.Text) ? node.Text : Fail<string>();

    /// <summary>A member the contract requires to be non-empty (names, reasons, labels, glossary entries).</summary>
    private string? NonEmpty(DraftNode node) => Str(node) is { Length: > 0 } text ? text : Fail<string>();

    /// <summary>
    /// Whether a string is well-formed UTF-16 (no lone surrogate): what the JSON writer and reader carry unchanged.
    /// Anything else is left to the JSON path, which treats it as it always has.
    /// </summary>
    private static bool IsText(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c < '\uD800' || c > '\uDFFF')
            {
                continue;
            }

            if (!char.IsHighSurrogate(c) || i + 1 >= text.Length || !char.IsLowSurrogate(text[i + 1]))
            {
                return false;
            }

            i++;
        }

        return true;
    }

    /// <summary>A whole number within [min, max] (the contract's bounded integers).</summary>
    private int? Int(DraftNode node, int min, int max)
    {
        if (node.Kind == DraftKind.Number && node.Number >= min && node.Number <= max)
        {
            return node.Number;
        }

        failed = true;
        return null;
    }

    /// <summary>A count (≥ 0): every integer of the model but the year and a personnel change.</summary>
    private int? Count(DraftNode node) => Int(node, 0, int.MaxValue);

    private int? Year(DraftNode node) => Int(node, FiscalYearRange.First, FiscalYearRange.Last);

    private Amount? Amt(DraftNode node, bool unsigned = false)
        => Figure(node, unsigned, out var value) ? Amount.FromDecimal(value) : null;

    private Percent? Pct(DraftNode node, bool unsigned = false)
        => Figure(node, unsigned, out var value) ? Percent.FromDecimal(value) : null;

    private Quantity? Qty(DraftNode node, bool unsigned = false)
        => Figure(node, unsigned, out var value) ? Quantity.FromDecimal(value) : null;

    private bool Figure(DraftNode node, bool unsigned, out decimal value)
    {
        value = 0m;
        if (node.Kind == DraftKind.String && TryFigure(node.Text, unsigned, out value))
        {
            return true;
        }

        failed = true;
        return false;
    }

    /// <summary>
    /// Reads a figure in the contract's strict form, <c>-?(0|[1-9][0-9]{0,15})(\.[0-9]{1,12})?</c>, as the JSON reader
    /// does: the value with the written decimals as its scale. Refused (left to the JSON path): anything else, more than
    /// <see cref="MaxDigits"/> digits, a negative zero, and a sign where the member is unsigned.
    /// </summary>
    private static bool TryFigure(string text, bool unsigned, out decimal value)
    {
        value = 0m;
        var negative = text.Length > 0 && text[0] == '-';
        if (negative && unsigned)
        {
            return false;
        }

        var i = negative ? 1 : 0;
        var intStart = i;
        ulong mantissa = 0;
        var digits = 0;
        while (i < text.Length && text[i] is >= '0' and <= '9')
        {
            if (++digits > MaxDigits)
            {
                return false;
            }

            mantissa = (mantissa * 10) + (ulong)(text[i] - '0');
            i++;
        }

        var intDigits = i - intStart;
        if (intDigits == 0 || intDigits > MaxIntegerDigits || (intDigits > 1 && text[intStart] == '0'))
        {
            return false;
        }

        var decimals = 0;
        if (i < text.Length && text[i] == '.')
        {
            i++;
            var fracStart = i;
            while (i < text.Length && text[i] is >= '0' and <= '9')
            {
                if (++digits > MaxDigits)
                {
                    return false;
                }

                mantissa = (mantissa * 10) + (ulong)(text[i] - '0');
                i++;
            }

            decimals = i - fracStart;
            if (decimals is 0 or > MaxDecimals)
            {
                return false;
            }
        }

        if (i != text.Length || (negative && mantissa == 0))
        {
            return false;
        }

        // The 64-bit mantissa as the decimal's low and middle words (their bits, not their values: unchecked).
        value = new decimal(unchecked((int)(uint)mantissa), unchecked((int)(uint)(mantissa >> 32)), 0, negative, (byte)decimals);
        return true;
    }

    /// <summary>An enum member by its exact camelCase name, as the contract's enum converter reads it.</summary>
    private T EnumValue<T>(DraftNode node)
        where T : struct, Enum
    {
        if (node.Kind == DraftKind.String && EnumNames<T>.TryGet(node.Text, out var value))
        {
            return value;
        }

        failed = true;
        return default;
    }

    private FunctionalCode? Code(DraftNode node)
    {
        if (node.Kind == DraftKind.String && FunctionalCode.IsValid(node.Text))
        {
            return FunctionalCode.FromDigits(node.Text);
        }

        failed = true;
        return null;
    }

    /// <summary>A list of records, each built by <paramref name="item"/>; null (and failed) when one cannot be.</summary>
    private List<T>? List<T>(DraftNode node, Func<DraftNode, T?> item)
        where T : class
    {
        if (node.Kind != DraftKind.Array)
        {
            return Fail<List<T>>();
        }

        var list = new List<T>(node.Count);
        for (var i = 0; i < node.Count; i++)
        {
            if (item(node.At(i)) is not { } built)
            {
                return Fail<List<T>>();
            }

            list.Add(built);
        }

        return list;
    }

    private List<string>? Strings(DraftNode node) => List(node, Str);

    /// <summary>The camelCase names of an enum's defined members, as the contract writes and reads them.</summary>
    private static class EnumNames<T>
        where T : struct, Enum
    {
        private static readonly Dictionary<string, T> ByName = Build();

        public static bool TryGet(string name, out T value) => ByName.TryGetValue(name, out value);

        public static bool IsDefined(T value) => ByName.ContainsValue(value);

        private static Dictionary<string, T> Build()
        {
            var names = new Dictionary<string, T>(StringComparer.Ordinal);
#if NET5_0_OR_GREATER
            foreach (var name in System.Enum.GetNames<T>())
            {
                names[JsonNamingPolicy.CamelCase.ConvertName(name)] = System.Enum.Parse<T>(name, ignoreCase: false);
            }
#else
            foreach (var name in System.Enum.GetNames(typeof(T)))
            {
                names[JsonNamingPolicy.CamelCase.ConvertName(name)] = (T)System.Enum.Parse(typeof(T), name, ignoreCase: false);
            }
#endif
            return names;
        }
    }
}
