using System.Globalization;
using System.Text;
using PublicFinance.FinalAccounts.Disclosures;
using PublicFinance.FinalAccounts.Values;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// The 绩效自评表 reader writes a cell's figure without parsing and formatting it again when the cell already holds it as
/// the contract writes it (session 13). The figure texts must be exactly what the parse-and-format gave (the oracle
/// here: <c>TryParse</c>, then <c>ToString</c>) for every cell text, written that way or not.
/// </summary>
public class PerformanceTableReaderFigureTests
{
    private static string? AmountOracle(string plain)
        => plain.Length > 0 && Amount.TryParse(plain.AsSpan(), CultureInfo.InvariantCulture, out var a) ? a.ToString() : null;

    private static string? QuantityOracle(string plain)
    {
        var trimmed = plain.TrimEnd('分');
        return trimmed.Length > 0 && Quantity.TryParse(trimmed.AsSpan(), CultureInfo.InvariantCulture, out var q) ? q.ToString() : null;
    }

    private static string? PercentOracle(string plain)
        => plain.Length > 0 && Percent.TryParse(plain.AsSpan(), CultureInfo.InvariantCulture, out var p) ? p.ToString().TrimEnd('%') : null;

    /// <summary>Random cell texts of digits, points, signs, units and separators, with a fixed seed.</summary>
    private static IEnumerable<string> Texts(int count, int seed)
    {
        const string Alphabet = "0123456789001.%％分-+,e ．１";
        var random = new Random(seed);
        for (var n = 0; n < count; n++)
        {
            var chars = new char[random.Next(0, 22)];
            for (var k = 0; k < chars.Length; k++)
            {
                chars[k] = Alphabet[random.Next(Alphabet.Length)];
            }

            yield return new string(chars);
        }
    }

    /// <summary>Numbers near the limits of the fast path and of the numeric contract: 12 to 18 digits, 8 to 14 decimals.</summary>
    private static IEnumerable<string> NearTheLimits()
    {
        var random = new Random(13);
        for (var whole = 0; whole <= 18; whole++)
        {
            for (var decimals = -1; decimals <= 14; decimals++)
            {
                for (var n = 0; n < 4; n++)
                {
                    var sb = new StringBuilder();
                    for (var k = 0; k < whole; k++)
                    {
                        sb.Append((char)('0' + (k == 0 && n % 2 == 0 ? random.Next(1, 10) : random.Next(10))));
                    }

                    if (decimals >= 0)
                    {
                        sb.Append('.');
                        for (var k = 0; k < decimals; k++)
                        {
                            sb.Append((char)('0' + random.Next(10)));
                        }
                    }

                    yield return sb.ToString();
                    yield return sb + "%";
                    yield return sb + "分";
                }
            }
        }
    }

    [Fact]
    public void FigureTexts_AreWhatParsingAndFormattingGave()
    {
        var wrong = new List<string>();
        string[] handMade = ["0", "00", "0.0", "10", "010", ".5", "5.", "3653.30", "100.00%"];
        foreach (var text in Texts(200_000, 8).Concat(NearTheLimits()).Concat(handMade))
        {
            if (PerformanceTableReader.AmountText(text.AsSpan()) != AmountOracle(text)
                || PerformanceTableReader.QuantityText(text.AsSpan()) != QuantityOracle(text)
                || PerformanceTableReader.PercentText(text.AsSpan()) != PercentOracle(text))
            {
                wrong.Add(text);
            }
        }

        Assert.Empty(wrong);
    }

    /// <summary>The fast path is taken for the figures tables hold (so the test above compares it, not only the parse).</summary>
    [Theory]
    [InlineData("3653.30", "3653.30")]
    [InlineData("0", "0")]
    [InlineData("0.00", "0.00")]
    [InlineData("100", "100")]
    [InlineData("010", null)]
    [InlineData("1,000", null)]
    [InlineData("-5", null)]
    [InlineData("5.", null)]
    [InlineData(".5", null)]
    [InlineData("1234567890123456", null)]
    [InlineData("1.12345678901", null)]
    public void AsWritten_OnlyTakesFiguresWrittenAsTheContractWritesThem(string text, string? expected)
        => Assert.Equal(expected, PerformanceTableReader.AsWritten(text.AsSpan()));
}
