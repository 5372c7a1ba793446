using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PublicFinance.FinalAccounts.Disclosures;
using PublicFinance.FinalAccounts.Values;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// <see cref="WrittenYears"/>, the one scan for a year written in four digits that session 49's table-header and share-name
/// readers share: a year of the range where it is written, nothing where the digits run on or the number is out of range.
/// </summary>
public class WrittenYearsTests
{
    [Theory]
    [InlineData("2023年决算数", 0, 2023)]
    [InlineData("上年（2022年）决算数", 3, 2022)]
    [InlineData("12023年", 1, 0)]       // the digits run on before it
    [InlineData("20231年", 0, 0)]       // and after it
    [InlineData("1989年决算数", 0, 0)]  // below the range
    [InlineData("202", 0, 0)]
    public void At_ReadsAFourDigitYearOfTheRange(string text, int at, int year)
        => Assert.Equal(year, WrittenYears.At(text, at));

    [Theory]
    [InlineData("2024年财政拨款收入", 2024)]
    [InlineData("2024财政拨款收入", 0)]   // no 年
    [InlineData("财政拨款收入2024年", 0)]
    public void Leading_IsTheYearANameStartsWith(string name, int year) => Assert.Equal(year, WrittenYears.Leading(name));

    [Theory]
    [InlineData("| 项目 | 2023年决算数 |", 2023)]
    [InlineData("2023年决算数", 2023)]
    [InlineData("1.2023年决算数", 2023)]   // a shorter run first: the first run of four digits decides
    [InlineData("决算数", 0)]
    public void YearOfColumn_IsTheFirstFourDigitRun(string cell, int year)
        => Assert.Equal(year, TextTableReader.YearOfColumn(cell));

    /// <summary>Any year of the range, written between words, is read at its place; a digit joined to it makes it no year.</summary>
    [Property(MaxTest = 200)]
    public Property AYearOfTheRange_IsReadWhereWritten()
        => Prop.ForAll(
            Gen.Choose(FiscalYearRange.First, FiscalYearRange.Last).ToArbitrary(),
            Gen.Elements("", "上年", "本年度（").ToArbitrary(),
            (year, prefix) =>
            {
                var written = year.ToString(CultureInfo.InvariantCulture);
                return WrittenYears.At(prefix + written + "年决算数", prefix.Length) == year
                    && WrittenYears.At(prefix + written + "7年", prefix.Length) == 0;
            });
}
