using static PublicFinance.FinalAccounts.Tests.Disclosures.TextReading;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// Session 46 (tables43b, blind round 43 t10's family), on invented texts of our own wording and numbers: a coded 项 table
/// (科目编码 / 科目名称 / 年初预算 / 决算数 / 完成率) under the 财政拨款支出决算情况 heading, its rows mixing 一般公共预算 and
/// 政府性基金 codes, in Simplified and in Traditional characters, the unit declared in the line before it. Each row is an
/// item of the 财政拨款 section; with no unit declared the table stays unread.
/// </summary>
public class CodedTablesLateSessionFortySixTests
{
    private const string Simplified =
        "某县水利局2023年度部门决算说明\n"
        + "一、收入支出决算总体情况说明\n"
        + "2023年度收入总计3000.00万元，支出总计3000.00万元。\n"
        + "二、财政拨款支出决算情况\n"
        + "2023年度一般公共预算财政拨款支出1500.00万元，政府性基金预算财政拨款支出900.00万元。主要科目决算情况如下（单位：万元）：\n"
        + "科目编码\t科目名称\t年初预算\t决算数\t完成率\n"
        + "2130301\t行政运行\t400.00\t410.40\t102.60%\n"
        + "2130305\t水利工程建设\t600.00\t540.00\t90.00%\n"
        + "2120802\t土地开发支出\t300.00\t330.00\t110.00%\n"
        + "\n三、“三公”经费支出决算情况\n本单位2023年度无“三公”经费支出。\n";

    private const string Traditional =
        "某縣水利局2023年度部門決算說明\n"
        + "一、收入支出決算總體情況說明\n"
        + "2023年度收入總計3000.00萬元，支出總計3000.00萬元。\n"
        + "二、財政撥款支出決算情況\n"
        + "2023年度一般公共預算財政撥款支出1500.00萬元，政府性基金預算財政撥款支出900.00萬元。主要科目決算情況如下（單位：萬元）：\n"
        + "科目編碼\t科目名稱\t年初預算\t決算數\t完成率\n"
        + "2130301\t行政運行\t400.00\t410.40\t102.60%\n"
        + "2130305\t水利工程建設\t600.00\t540.00\t90.00%\n"
        + "2120802\t土地開發支出\t300.00\t330.00\t110.00%\n"
        + "\n三、“三公”經費支出決算情況\n本單位2023年度無“三公”經費支出。\n";

    /// <summary>
    /// The mixed coded table under the 财政拨款 heading, Simplified or Traditional: every row is an item of the 财政拨款
    /// section at its code — 决算, the 年初预算 and the rate — and no Error.
    /// </summary>
    [Theory]
    [InlineData(Simplified)]
    [InlineData(Traditional)]
    public void AppropriationCodedTable_ReadsEveryRow(string text)
    {
        var (read, diagnostics) = Read(text);

        Assert.Empty(Errors(diagnostics));
        Assert.Equal("2130301", JsonAt(read, "/narrative/appropriation/items/0/code"));
        Assert.Equal("410.40", JsonAt(read, "/narrative/appropriation/items/0/amount"));
        Assert.Equal("400.00", JsonAt(read, "/narrative/appropriation/items/0/budget/budgetAmount"));
        Assert.Equal("102.60", JsonAt(read, "/narrative/appropriation/items/0/budget/completionRate"));
        Assert.Equal("2130305", JsonAt(read, "/narrative/appropriation/items/1/code"));
        Assert.Equal("540.00", JsonAt(read, "/narrative/appropriation/items/1/amount"));
        Assert.Equal("2120802", JsonAt(read, "/narrative/appropriation/items/2/code"));
        Assert.Equal("330.00", JsonAt(read, "/narrative/appropriation/items/2/amount"));
        Assert.Equal("300.00", JsonAt(read, "/narrative/appropriation/items/2/budget/budgetAmount"));
        Assert.Equal("110.00", JsonAt(read, "/narrative/appropriation/items/2/budget/completionRate"));
        Assert.Null(JsonAt(read, "/narrative/appropriation/items/3/code"));
    }

    /// <summary>
    /// A reason after the table naming an item by name and its comparison ("行政运行决算数大于年初预算，主要原因是…"): it goes to
    /// that item's budget, not to the table's last row (another item), which keeps no reason.
    /// </summary>
    [Fact]
    public void AppropriationCodedTable_ReasonByName_GoesToThatItem()
    {
        var text = Simplified.Replace("\n\n三、", "\n行政运行决算数大于年初预算，主要原因是人员增加。\n三、", StringComparison.Ordinal);

        var (read, diagnostics) = Read(text);

        Assert.Empty(Errors(diagnostics));
        Assert.Contains("人员增加", JsonAt(read, "/narrative/appropriation/items/0/budget/reason") ?? "", StringComparison.Ordinal);
        Assert.Equal("330.00", JsonAt(read, "/narrative/appropriation/items/2/amount"));
        Assert.Null(JsonAt(read, "/narrative/appropriation/items/2/budget/reason"));
    }

    /// <summary>
    /// Near miss: the named comparison contradicts the item's figures (行政运行 410.40 against 400.00 is not 小于): the reason is
    /// not given to it, nor to the last row.
    /// </summary>
    [Fact]
    public void AppropriationCodedTable_ContradictedComparison_NotGiven()
    {
        var text = Simplified.Replace("\n\n三、", "\n行政运行决算数小于年初预算，主要原因是人员减少。\n三、", StringComparison.Ordinal);

        var (read, diagnostics) = Read(text);

        Assert.Empty(Errors(diagnostics));
        Assert.Null(JsonAt(read, "/narrative/appropriation/items/0/budget/reason"));
        Assert.Null(JsonAt(read, "/narrative/appropriation/items/2/budget/reason"));
    }

    /// <summary>Near miss: no unit is declared anywhere, and this section has no 合计 to vouch for one — no row is read.</summary>
    [Theory]
    [InlineData(Simplified, "（单位：万元）")]
    [InlineData(Traditional, "（單位：萬元）")]
    public void AppropriationCodedTable_WithoutUnit_StaysUnread(string text, string unit)
    {
        var (read, diagnostics) = Read(text.Replace(unit, string.Empty, StringComparison.Ordinal));

        Assert.Empty(Errors(diagnostics));
        Assert.Null(JsonAt(read, "/narrative/appropriation/items/0/code"));
    }

    /// <summary>Near miss: a header with a 上年决算 column this table layout does not have — the table is not guessed at.</summary>
    [Fact]
    public void AppropriationCodedTable_UnknownColumn_StaysUnread()
    {
        var text = Simplified.Replace("年初预算\t决算数\t完成率", "上年决算\t决算数\t增减率", StringComparison.Ordinal);

        var (read, diagnostics) = Read(text);

        Assert.Empty(Errors(diagnostics));
        Assert.Null(JsonAt(read, "/narrative/appropriation/items/0/code"));
    }
}
