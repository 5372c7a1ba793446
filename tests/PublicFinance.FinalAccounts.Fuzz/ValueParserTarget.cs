using System.Globalization;
using System.Text;
using PublicFinance.FinalAccounts.Classification;
using PublicFinance.FinalAccounts.Values;

namespace PublicFinance.FinalAccounts.Fuzz;

/// <summary>
/// The value parsers on random and mutated strings. Each throws exactly what its XML docs list: <c>TryParse</c> never
/// throws; <c>Parse</c> and <c>ParseWithUnit</c> throw only <see cref="FormatException"/>; what parses lies within the
/// numeric contract and formats back to the same value and decimals; unit conversion throws only
/// <see cref="OverflowException"/>; allocation adds back exactly.
/// </summary>
internal sealed class ValueParserTarget : FuzzTarget
{
    private const string Alphabet = "0123456789０１２３４５６７８９,.，．-－+＋%％ \u3000\t元万亿萬億|[]【】e";
    private Mutator? mutator;

    /// <inheritdoc/>
    public override string Name => "values";

    /// <inheritdoc/>
    public override int BoundedInputs(int requested) => requested * 2;

    /// <inheritdoc/>
    public override string NextInput(Random random)
    {
        mutator ??= new Mutator(random, Mutator.InterestingNumbers);
        switch (random.Next(4))
        {
            case 0:
                return mutator.Next();
            case 1:
                // A long run of one character between digits (the quadratic scanners' shape).
                return random.Next(10).ToString(CultureInfo.InvariantCulture)
                    + new string(Alphabet[random.Next(Alphabet.Length)], random.Next(20_000)) + "2";
            default:
                var sb = new StringBuilder();
                var length = random.Next(40);
                for (var i = 0; i < length; i++)
                {
                    sb.Append(Alphabet[random.Next(Alphabet.Length)]);
                }

                return sb.ToString();
        }
    }

    /// <inheritdoc/>
    public override Finding? Check(string input)
    {
        try
        {
            return CheckAmount(input)
                ?? CheckFigure<Percent>(
                    input, Percent.TryParse, s => Percent.Parse(s, null), p => p.Value, p => p.Decimals, p => p.ToString(), "Percent")
                ?? CheckFigure<Quantity>(
                    input, Quantity.TryParse, s => Quantity.Parse(s, null), q => q.Value, q => q.Decimals, q => q.ToString(), "Quantity")
                ?? CheckCode(input);
        }
        catch (Exception ex)
        {
            return new Finding("values: undocumented " + Describe(ex), ex.ToString());
        }
    }

    private delegate bool TryParser<T>(string? s, IFormatProvider? provider, out T result);

    private static Finding? CheckFigure<T>(
        string input, TryParser<T> tryParse, Func<string, T> parse, Func<T, decimal> value, Func<T, int> decimals,
        Func<T, string> format, string name)
        where T : struct, IEquatable<T>
    {
        var ok = tryParse(input, CultureInfo.InvariantCulture, out var figure);
        try
        {
            var parsed = parse(input);
            if (!ok || !parsed.Equals(figure))
            {
                return new Finding($"values: {name}.Parse and TryParse disagree", input);
            }
        }
        catch (FormatException)
        {
            if (ok)
            {
                return new Finding($"values: {name}.Parse and TryParse disagree", input);
            }

            return null;
        }

        if (!NumericContract.Admits(value(figure), decimals(figure)))
        {
            return new Finding($"values: {name} parsed outside the numeric contract", input);
        }

        return tryParse(format(figure), CultureInfo.InvariantCulture, out var again) && again.Equals(figure)
            ? null
            : new Finding($"values: {name} parse(format(x)) != x", input);
    }

    private static Finding? CheckAmount(string input)
    {
        if (CheckFigure<Amount>(
                input, Amount.TryParse, s => Amount.Parse(s, null), a => a.Value, a => a.Decimals, a => a.ToString(), "Amount")
            is { } finding)
        {
            return finding;
        }

        if (Amount.TryParse(input, CultureInfo.InvariantCulture, out var amount)
            && Amount.Parse(amount.ToString("N", CultureInfo.InvariantCulture), null) != amount)
        {
            return new Finding("values: Amount grouped format does not parse back", input);
        }

        Amount.TryParse(input.AsSpan(), out var withUnit, out var unit);
        foreach (var target in new[] { AmountUnit.Yuan, AmountUnit.WanYuan, AmountUnit.YiYuan })
        {
            try
            {
                var converted = Amount.ParseWithUnit(input, target);
                if (!NumericContract.Admits(converted.Value, converted.Decimals))
                {
                    return new Finding("values: ParseWithUnit outside the numeric contract", input);
                }
            }
            catch (FormatException)
            {
            }

            try
            {
                var converted = withUnit.ConvertUnit(unit ?? AmountUnit.WanYuan, target);
                if (converted.ConvertUnit(target, unit ?? AmountUnit.WanYuan).Value != withUnit.Value)
                {
                    return new Finding("values: ConvertUnit does not convert back", input);
                }
            }
            catch (OverflowException)
            {
            }

            try
            {
                amount.ToChineseUppercase(target);
            }
            catch (OverflowException)
            {
            }
        }

        var parts = amount.Allocate(1, 2, 3, int.MaxValue);
        var sum = 0m;
        foreach (var p in parts)
        {
            sum += p.Value;
        }

        return sum == amount.Value ? null : new Finding("values: Allocate parts do not add back", input);
    }

    private static Finding? CheckCode(string input)
    {
        foreach (var functional in new[] { true, false })
        {
            var ok = functional ? FunctionalCode.TryParse(input, out _) : EconomicCode.TryParse(input, out _);
            if (functional)
            {
                FunctionalCode.TryParseLabelled(input, out _, out _);
            }
            else
            {
                EconomicCode.TryParseLabelled(input, out _, out _);
            }

            try
            {
                _ = functional ? FunctionalCode.Parse(input, null).Value : EconomicCode.Parse(input, null).Value;
                if (!ok)
                {
                    return new Finding("values: code Parse and TryParse disagree", input);
                }
            }
            catch (FormatException)
            {
                if (ok)
                {
                    return new Finding("values: code Parse and TryParse disagree", input);
                }
            }
        }

        return null;
    }
}
