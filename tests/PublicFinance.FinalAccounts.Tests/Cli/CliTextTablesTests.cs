using System.Text.Json;

namespace PublicFinance.FinalAccounts.Tests.Cli;

/// <summary>
/// <c>finacct check</c> on a 说明 text with a table pasted in it (issue 8): the table's figures reach the report, a wrong
/// total is an Error placed at the cell's line:column (in the <c>file:line:col:</c> prefix and in the cell description),
/// and <c>--year</c> still applies. A text without tables reads as before (the existing CLI and golden tests pin that).
/// </summary>
public sealed class CliTextTablesTests : CliTestBase
{
    /// <summary>
    /// A narrative sentence and table 5 as <c>|</c> rows. 合计 is printed 96.00, but 基本 70.00 + 项目 25.00 = 95.00 and
    /// the classes 201 (70.00) + 221 (25.00) = 95.00: FA0501 and FA0503 fail on it; every other row adds up.
    /// </summary>
    private const string Text = """
        示例单位部门决算

        一般公共预算财政拨款支出决算表 公开05表
        单位：万元
        | 科目编码 | 科目名称 | 合计 | 基本支出 | 项目支出 |
        |  | 合计 | 96.00 | 70.00 | 25.00 |
        | 201 | 一般公共服务支出 | 70.00 | 60.00 | 10.00 |
        | 20103 | 政府办公厅（室）及相关机构事务 | 70.00 | 60.00 | 10.00 |
        | 2010301 | 行政运行 | 60.00 | 60.00 |  |
        | 2010302 | 一般行政管理事务 | 10.00 |  | 10.00 |
        | 221 | 住房保障支出 | 25.00 | 10.00 | 15.00 |
        | 22102 | 住房改革支出 | 25.00 | 10.00 | 15.00 |
        | 2210201 | 住房公积金 | 25.00 | 10.00 | 15.00 |
        注：本表反映一般公共预算财政拨款支出情况。

        一、收入支出决算总体情况说明
        收入总计130.00万元，支出总计130.00万元。
        """;

    public CliTextTablesTests()
        : base("finacct-texttables-")
    {
    }

    [Fact]
    public void WrongTableTotal_IsAnError_AtItsCell()
    {
        var path = WriteFile("说明.txt", Text);
        var (code, output, _) = Run("check", path, "--year", "2024");

        var (line, start, end) = TestFiles.Locate(Text, "|  | 合计 | 96.00", "96.00");
        Assert.Equal(1, code);
        Assert.Contains($"{path}:{line}:{start}: FA0501 /tables/generalBudgetExpenditure/total/total — line {line}:{start} 公开05表 "
            + "一般公共预算财政拨款支出决算表 row “合计” column 合计", output, StringComparison.Ordinal);
        Assert.Contains($"{path}:{line}:{start}: FA0503 ", output, StringComparison.Ordinal);
        // --year applies to a text with tables as to one without (the text names no year). FA0503 holds with the 合计 at the
        // value FA0501 implies, so it is FA0501's linked Warning (rules spec §5.1): one wrong cell, one Error.
        Assert.Contains(" 2024 — 1 错误 errors, 1 警告 warnings", output, StringComparison.Ordinal);
        Assert.Equal(start + "96.00".Length - 1, end);
    }

    [Fact]
    public void JsonOutput_LocatesTheCell_AndSpansTheFigure()
    {
        var path = WriteFile("说明.txt", Text);
        var (_, output, _) = Run("check", path, "--format", "json");

        var (line, start, end) = TestFiles.Locate(Text, "|  | 合计 | 96.00", "96.00");
        var entry = JsonDocument.Parse(output).RootElement.GetProperty("files")[0];
        var fa0501 = entry.GetProperty("diagnostics").EnumerateArray().First(d => d.GetProperty("ruleId").GetString() == "FA0501");
        var span = fa0501.GetProperty("span");
        Assert.Equal((line, start, line, end), (span.GetProperty("startLine").GetInt32(), span.GetProperty("startColumn").GetInt32(),
            span.GetProperty("endLine").GetInt32(), span.GetProperty("endColumn").GetInt32()));
        Assert.StartsWith($"line {line}:{start} ",
            entry.GetProperty("tableCells").GetProperty("/tables/generalBudgetExpenditure/total/total").GetString(),
            StringComparison.Ordinal);
    }

    [Fact]
    public void TextWithOnlyATable_IsChecked()
    {
        // No narrative figure at all: the table alone is read (a text with neither is still refused).
        var tableOnly = Text[..Text.IndexOf("一、收入支出", StringComparison.Ordinal)];
        var (code, output, error) = Run("check", WriteFile("表.txt", tableOnly));

        Assert.Equal(1, code);
        Assert.Contains("FA0501", output, StringComparison.Ordinal);
        Assert.Equal(string.Empty, error);
    }
}
