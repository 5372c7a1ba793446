using System.Globalization;
using System.Text;
using PublicFinance.FinalAccounts.Utility;

namespace PublicFinance.FinalAccounts.Tests.Values;

/// <summary>
/// <see cref="DecimalFigure.ScanNumber"/> gathers a number's digits on the stack without its insignificant leading zeros
/// (session 15; before, a <see cref="StringBuilder"/> and a string per number). The oracle is independent: the stretch
/// the scan consumed, its separators dropped and full-width characters mapped to ASCII, parsed by
/// <see cref="decimal.Parse(string, NumberStyles, IFormatProvider)"/> — the same value, written decimals and sign.
/// </summary>
public class ScanNumberTests
{
    private static readonly string[] Pieces =
    [
        "0", "00", "000000000000000000000000000000", "1", "9", "12", "123", "1,234", "1，234", "０", "５", "７８", ",", "，",
        ".", "．", "-", "－", "+", "＋", " ", "\u3000", "a", "万", "%", "1234567890123456", "12345678901234567",
        ".000000000001", ".0000000000001", "9999999999999999.999999999999",
    ];

    private static readonly Gen<string> Texts =
        from count in Gen.Choose(1, 8)
        from pieces in Gen.ArrayOf(Gen.Elements(Pieces), count)
        select string.Concat(pieces);

    /// <summary>Every successful scan, from every start of every generated text, agrees with the oracle.</summary>
    [Property(MaxTest = 2000)]
    public Property SuccessfulScan_IsTheConsumedStretchParsed()
        => Prop.ForAll(Texts.ToArbitrary(), text =>
        {
            for (var start = 0; start <= text.Length; start++)
            {
                var scan = DecimalFigure.ScanNumber(text.AsSpan(), start);
                if (!scan.Success)
                {
                    continue;
                }

                var (value, decimals) = Oracle(text.Substring(start, scan.End - start));
                if (scan.Value != value || scan.Decimals != decimals
                    || scan.Value.ToString(CultureInfo.InvariantCulture) != value.ToString(CultureInfo.InvariantCulture))
                {
                    return false.Label($"{text} from {start}: {scan.Value} ({scan.Decimals}) against {value} ({decimals})");
                }
            }

            return true.ToProperty();
        });

    [Theory]
    // Insignificant leading zeros, however many, are not digits of the contract and not parsed.
    [InlineData("000000000000000000000000000000000000000012.50", "12.50", 2)]
    [InlineData("-0000000000000000000000000000000000.5", "-0.5", 1)]
    [InlineData("0000000000000000000000000000000000000000", "0", 0)]
    [InlineData("-0.00", "0.00", 2)]
    // The largest forms the contract admits fill the buffer exactly: sign, 16 digits, point, 12 decimals.
    [InlineData("-9,999,999,999,999,999.999999999999", "-9999999999999999.999999999999", 12)]
    [InlineData("１２３．４５", "123.45", 2)]
    public void Scan_Examples(string text, string expected, int decimals)
    {
        var scan = DecimalFigure.ScanNumber(text.AsSpan(), 0);
        Assert.True(scan.Success, scan.Error);
        Assert.Equal(decimal.Parse(expected, CultureInfo.InvariantCulture), scan.Value);
        Assert.Equal(decimals, scan.Decimals);
        Assert.Equal(text.Length, scan.End);
    }

    [Theory]
    // Beyond the contract (17 significant integer digits, 13 decimals, a hundred digits): refused, never parsed from a
    // truncated buffer.
    [InlineData("12345678901234567")]
    [InlineData("0.1234567890123")]
    [InlineData("1234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890")]
    [InlineData("1.1234567890123456789012345678901234567890")]
    public void Scan_BeyondTheContract_IsRefused(string text)
    {
        var scan = DecimalFigure.ScanNumber(text.AsSpan(), 0);
        Assert.False(scan.Success);
        Assert.Equal(Messages.NumberBeyondContract, scan.Error);
        Assert.Equal(0, scan.ErrorIndex);
    }

    /// <summary>The consumed stretch as <see cref="decimal.Parse(string, NumberStyles, IFormatProvider)"/> reads it.</summary>
    private static (decimal Value, int Decimals) Oracle(string stretch)
    {
        var plain = new StringBuilder();
        foreach (var c in stretch.TrimStart(' ', '\u3000'))
        {
            switch (c)
            {
                case ',' or '，':
                    break;
                case >= '０' and <= '９':
                    plain.Append((char)('0' + (c - '０')));
                    break;
                case '．':
                    plain.Append('.');
                    break;
                case '－':
                    plain.Append('-');
                    break;
                case '＋':
                    plain.Append('+');
                    break;
                default:
                    plain.Append(c);
                    break;
            }
        }

        var text = plain.ToString();
        var point = text.IndexOf('.');
        var value = decimal.Parse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
        return (value, point < 0 ? 0 : text.Length - point - 1);
    }
}
