using static PublicFinance.FinalAccounts.Tests.Disclosures.TextReading;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// Session 57 (evals57, blind round 53 t02's family): 一般公共预算 items one a line as "（n）名称（编码）：…万元，占…%；" — the lines
/// ending in '；' run into one paragraph, so every entry after the first had its name before a colon in a clause with no
/// figure and its amount and share went unplaced. Invented texts (none copied from the blind rounds): every entry is read
/// with its code, amount and share, the numbering written either way.
/// </summary>
public class ColonCodedItemLinesSessionFiftySevenTests
{
    private const string Head = "某县档案馆2021年度部门决算说明\n四、一般公共预算财政拨款支出决算情况说明\n2021年度一般公共预算财政拨款支出200.00万元，"
        + "比上年增加10.00万元，增长5.26%，主要原因是档案数字化加工量增加。按支出功能分类科目项级分，具体为：\n";

    private const string Lines = "（1）行政运行（2012601）：120.00万元，占60.00%；\n（2）档案馆（2012604）：50.00万元，占25.00%；\n"
        + "（3）机关事业单位基本养老保险缴费支出（2080505）：18.00万元，占9.00%；\n（4）住房公积金（2210201）：12.00万元，占6.00%；\n";

    /// <summary>Each of the four entries is an item with its code, amount and share; no Error.</summary>
    [Theory]
    [InlineData("（", "）")]
    [InlineData("(", ")")]
    public void EveryEntryOfTheLines_IsAnItem(string open, string close)
    {
        var (read, diagnostics) = Read(Head + Lines.Replace("（1）", open + "1" + close).Replace("（2）", open + "2" + close)
            .Replace("（3）", open + "3" + close).Replace("（4）", open + "4" + close));
        Assert.Empty(Errors(diagnostics));
        const string Items = "/narrative/generalBudget/items/";
        string[] codes = ["2012601", "2012604", "2080505", "2210201"];
        string[] amounts = ["120.00", "50.00", "18.00", "12.00"];
        string[] shares = ["60.00", "25.00", "9.00", "6.00"];
        for (var k = 0; k < 4; k++)
        {
            Assert.Equal(codes[k], JsonAt(read, Items + k + "/code"));
            Assert.Equal(amounts[k], At(read, Items + k + "/amount"));
            Assert.Equal(shares[k], At(read, Items + k + "/share"));
        }

        Assert.Null(At(read, Items + "4/amount"));
    }
}
