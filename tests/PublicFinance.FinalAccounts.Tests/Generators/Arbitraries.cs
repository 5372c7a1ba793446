using PublicFinance.FinalAccounts.Classification;
using PublicFinance.FinalAccounts.Values;

namespace PublicFinance.FinalAccounts.Tests.Generators;

/// <summary>FsCheck arbitraries for every value type, shared by all property tests.</summary>
public static class Arbitraries
{
    private static readonly string[] ClassCodes = ["201", "204", "205", "206", "207", "208", "210", "212", "213", "221"];

    /// <summary>Amounts with 0–4 written decimals, from −10^12 to 10^12 units of the last digit.</summary>
    public static Arbitrary<Amount> Amount() => Arb.From(AmountGen(), Shrink);

    public static Gen<Amount> AmountGen() =>
        from decimals in Gen.Choose(0, 4)
        from high in Gen.Choose(-1_000_000, 1_000_000)
        from low in Gen.Choose(0, 999_999)
        let units = ((long)high * 1_000_000L) + (high < 0 ? -low : low)
        select global::PublicFinance.FinalAccounts.Values.Amount.FromDecimal(units / Pow10(decimals), decimals);

    /// <summary>Non-negative amounts with exactly 2 decimals (万元 as tables print them).</summary>
    public static Gen<Amount> Wan(long maxFen) =>
        from fen in Gen.Choose(0, (int)Math.Min(maxFen, int.MaxValue))
        select Fen(fen);

    public static Amount Fen(long fen) => global::PublicFinance.FinalAccounts.Values.Amount.FromDecimal(fen / 100m, 2);

    public static Arbitrary<Percent> Percent() => Arb.From(
        from decimals in Gen.Choose(0, 3)
        from units in Gen.Choose(-2_000_000, 2_000_000)
        select global::PublicFinance.FinalAccounts.Values.Percent.Round(units / Pow10(decimals), decimals));

    public static Arbitrary<Quantity> Quantity() => Arb.From(
        from decimals in Gen.Choose(0, 3)
        from units in Gen.Choose(0, 100_000_000)
        select global::PublicFinance.FinalAccounts.Values.Quantity.FromDecimal(
            decimal.Round(units / Pow10(decimals), decimals) + ZeroWithScale(decimals)));

    public static Arbitrary<FunctionalCode> FunctionalCode() => Arb.From(FunctionalCodeGen());

    public static Gen<FunctionalCode> FunctionalCodeGen() =>
        from cls in Gen.Elements(ClassCodes)
        from level in Gen.Choose(1, 3)
        from section in Gen.Choose(1, 99)
        from item in Gen.Choose(1, 99)
        select global::PublicFinance.FinalAccounts.Classification.FunctionalCode.FromDigits(level switch
        {
            1 => cls,
            2 => cls + section.ToString("00"),
            _ => cls + section.ToString("00") + item.ToString("00"),
        });

    public static Arbitrary<EconomicCode> EconomicCode() => Arb.From(
        from cls in Gen.Elements("301", "302", "303", "310", "399", "501", "502")
        from section in Gen.Choose(0, 99)
        from isClass in Gen.Elements(true, false)
        select global::PublicFinance.FinalAccounts.Classification.EconomicCode.FromDigits(isClass ? cls : cls + section.ToString("00")));

    public static Arbitrary<global::PublicFinance.FinalAccounts.Model.FinalAccountsReport> Report()
        => Arb.From(ReportGenerator.Consistent());

    private static IEnumerable<Amount> Shrink(Amount amount)
    {
        if (amount.IsZero)
        {
            yield break;
        }

        yield return global::PublicFinance.FinalAccounts.Values.Amount.FromDecimal(0m, amount.Decimals);
        var half = decimal.Truncate(amount.Value / 2m * Pow10(amount.Decimals)) / Pow10(amount.Decimals);
        if (half != amount.Value)
        {
            yield return global::PublicFinance.FinalAccounts.Values.Amount.FromDecimal(half, amount.Decimals);
        }
    }

    internal static decimal Pow10(int n)
    {
        var result = 1m;
        for (var i = 0; i < n; i++)
        {
            result *= 10m;
        }

        return result;
    }

    internal static decimal ZeroWithScale(int scale) => new(0, 0, 0, false, (byte)scale);
}
