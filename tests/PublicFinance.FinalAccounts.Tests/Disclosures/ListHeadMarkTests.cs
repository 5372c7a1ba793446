using PublicFinance.FinalAccounts.Disclosures;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// Session 36: the 其中 list's mark is a position in the sentence text it was found in. A bracket opening "(其中…" with a
/// reason cut at "；" read the rest as a sentence of its own, and the list's clause test then searched past that text's end
/// (an <see cref="System.IndexOutOfRangeException"/> found by <c>NarrativeCostTests</c>' FsCheck property in CI).
/// </summary>
public sealed class ListHeadMarkTests
{
    [Theory]
    [InlineData("完成预算的3辆单位:元\n比上年增加无差异持平决算数为1.5%无增减(其中基本持平收支总计12.34万元比上年减少：；比上年减少、\n")]
    [InlineData("本年支出合计50.00万元(其中基本支出40.00万元比上年减少：；比上年减少2.00万元。\n")]
    public void AListMarkInABracketCutByAReason_IsReadWithoutThrowing(string text)
    {
        var read = DisclosureReader.Read(text);

        // The text's figures are read or noted; the point is that the read ends with a report, as every text's must.
        Assert.NotNull(read.Report);
        Assert.False(string.IsNullOrEmpty(read.Report.SchemaVersion));
    }
}
