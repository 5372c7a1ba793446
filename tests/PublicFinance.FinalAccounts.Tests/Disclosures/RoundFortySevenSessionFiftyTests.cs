using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PublicFinance.FinalAccounts.Validation;
using static PublicFinance.FinalAccounts.Tests.Disclosures.TextReading;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// Session 50 (round47): blind round 47's false Errors, as families of our own invented texts — a 财政拨款 change whose label
/// names 财政拨款支出 (no 总计) is the stated year's expenditure's, its rate on that figure's base (false FA2104 on the grand total
/// less the change); a heading numbered in 【】 ("【十一】其他重要事项") ends the section before it (the procurement total was read as
/// 国有资本经营 spending: a false FA1208).
/// </summary>
public sealed class RoundFortySevenSessionFiftyTests
{
    private static string Appropriation(string current, string change, string rate) => "东湖县林业局2021年度部门决算说明\n\n"
        + "四、财政拨款收入支出决算总体情况说明\n"
        + "2021年度财政拨款收入总计2600.00万元、支出总计2600.00万元。其中：年初财政拨款结转和结余100.00万元，本年财政拨款收入2500.00万元；"
        + $"本年财政拨款支出{current}万元，年末财政拨款结转和结余150.00万元。与2020年度相比，财政拨款支出增加{change}万元，增长{rate}%。"
        + "主要原因是新增森林防火项目。\n";

    /// <summary>The change and its rate are the year's expenditure's (2450 − 200 = 2250: 8.89 %); no Error.</summary>
    [Fact]
    public void AppropriationChange_NamingTheExpenditure_IsTheYearsExpenditures()
    {
        var (read, diagnostics) = Read(Appropriation("2450.00", "200.00", "8.89"));
        Assert.Empty(Errors(diagnostics));
        Assert.Equal("200.00", JsonAt(read, "/narrative/appropriation/currentYearExpenditure/change/amount"));
        Assert.Equal("8.89", JsonAt(read, "/narrative/appropriation/currentYearExpenditure/change/rate"));
        Assert.Null(JsonAt(read, "/narrative/appropriation/change/amount"));
    }

    /// <summary>A rate wrong on the year's expenditure's base is still an Error (9.89 % for 8.89 %).</summary>
    [Fact]
    public void AppropriationChange_NamingTheExpenditure_WrongRate_IsAnError()
    {
        var (_, diagnostics) = Read(Appropriation("2450.00", "200.00", "9.89"));
        Assert.Contains(Errors(diagnostics), e => e.StartsWith("FA2104", StringComparison.Ordinal));
    }

    /// <summary>"财政拨款收入、支出总计各增加…" names the totals: the statement's change, as before.</summary>
    [Fact]
    public void AppropriationChange_NamingTheTotals_StaysTheStatements()
    {
        var (read, _) = Read("东湖县林业局2021年度部门决算说明\n\n四、财政拨款收入支出决算总体情况说明\n"
            + "2021年度财政拨款收入总计2600.00万元、支出总计2600.00万元。与2020年度相比，财政拨款收入、支出总计各增加200.00万元，增长8.33%。"
            + "主要原因是新增森林防火项目。\n");
        Assert.Equal("200.00", JsonAt(read, "/narrative/appropriation/change/amount"));
    }

    /// <summary>
    /// Property: whatever the year's change (the rate written as the change on its own base), a change
    /// naming 财政拨款支出 raises no Error and is that figure's.
    /// </summary>
    [Property(MaxTest = 20)]
    public Property AppropriationChangeRate_IsOnTheNamedFiguresBase()
    {
        // the year's expenditure stays 2450.00 (+ 150.00 carried over = the 2600.00 总计); its change varies
        var changes = Gen.Choose(10, 20000);
        return Prop.ForAll(changes.ToArbitrary(), c =>
        {
            var current = 2450.00m;
            var change = c / 10m;
            var rate = Math.Round(change / (current - change) * 100m, 2, MidpointRounding.AwayFromZero);
            var (read, diagnostics) = Read(Appropriation(Text(current), Text(change), Text(rate)));
            return !diagnostics.Any(d => d.Severity == Severity.Error)
                && JsonAt(read, "/narrative/appropriation/currentYearExpenditure/change/amount") == Text(change);
        });
    }

    /// <summary>
    /// A heading numbered in 【】 after the 国有资本经营 section ends it: the procurement total is procurement, no Error.
    /// </summary>
    [Fact]
    public void LenticularNumberedHeading_EndsTheSectionBeforeIt()
    {
        var (read, diagnostics) = Read("南湖职业学院2022年度部门决算说明\n\n【五】财政拨款收入支出决算总体情况\n"
            + "2022年度财政拨款收入总计900.00万元，本年财政拨款支出880.00万元。\n"
            + "【六】一般公共预算财政拨款支出决算情况\n2022年度一般公共预算财政拨款支出880.00万元。\n"
            + "【七】国有资本经营预算财政拨款支出决算情况\n本单位2022年度无国有资本经营预算财政拨款支出。\n\n"
            + "【八】其他重要事项\n（1）政府采购情况。2022年度政府采购支出总额310.00万元，其中：政府采购货物支出210.00万元、政府采购服务支出100.00万元。\n");
        Assert.Empty(Errors(diagnostics));
        Assert.Null(JsonAt(read, "/narrative/stateCapital/currentYearExpenditure/amount"));
        Assert.Equal("310.00", JsonAt(read, "/narrative/procurement/total/amount"));
    }

    private static string Text(decimal value) => value.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture);
}
