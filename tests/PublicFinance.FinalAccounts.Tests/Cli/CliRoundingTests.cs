using System.Text.Json;

namespace PublicFinance.FinalAccounts.Tests.Cli;

/// <summary>
/// <c>--rounding</c> reaches the reading of a published file, not only the validator: a 基本支出 table that prints only
/// its 人员经费 and 公用经费 subtotals (85.50 and 15.25) gets a derived 合计 (100.75) under 四舍五入, but none under
/// truncation, where the sum of two truncated subtotals lies in [100.75, 100.77) and no figure of two decimals stands
/// for it honestly — a note says so instead.
/// </summary>
public sealed class CliRoundingTests : CliTestBase
{
    private const string Page = """
        <!DOCTYPE html>
        <html lang="zh-CN"><head><meta charset="utf-8"><title>示例单位2024年度部门决算</title></head><body>
        <p>公开06表</p>
        <h3>一般公共预算财政拨款基本支出决算表</h3>
        <p>单位：万元</p>
        <table border="1">
          <tr><th colspan="3">人员经费</th><th colspan="3">公用经费</th></tr>
          <tr><th>经济分类科目编码</th><th>科目名称</th><th>决算数</th><th>经济分类科目编码</th><th>科目名称</th><th>决算数</th></tr>
          <tr><td>301</td><td>工资福利支出</td><td>80.00</td><td>302</td><td>商品和服务支出</td><td>15.25</td></tr>
          <tr><td>30302</td><td>退休费</td><td>5.50</td><td>30201</td><td>办公费</td><td>15.25</td></tr>
          <tr><td colspan="2">合计</td><td>85.50</td><td colspan="2">合计</td><td>15.25</td></tr>
        </table></body></html>
        """;

    public CliRoundingTests()
        : base("finacct-rounding-")
    {
    }

    [Fact]
    public void Truncation_ReachesThePublishedFileReader()
    {
        var path = WriteFile("basic.html", Page);

        var nearest = Run("extract", path);
        var truncated = Run("check", path, "--rounding", "truncation", "--format", "json");
        var rounded = Run("check", path, "--format", "json");

        // extract has no --rounding: 四舍五入, so the 合计 is derived from the two subtotals.
        Assert.Equal("100.75", Total(JsonDocument.Parse(nearest.Out).RootElement));
        Assert.DoesNotContain("truncation", rounded.Out, StringComparison.Ordinal);
        Assert.Contains("truncation", truncated.Out, StringComparison.Ordinal);
        Assert.Contains("截尾", truncated.Out, StringComparison.Ordinal);
    }

    private static string? Total(JsonElement report) =>
        report.GetProperty("tables").GetProperty("basicExpenditure").TryGetProperty("total", out var total) ? total.GetString() : null;
}
