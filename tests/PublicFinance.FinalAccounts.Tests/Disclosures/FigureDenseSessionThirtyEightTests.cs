using PublicFinance.FinalAccounts.Disclosures;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// Session 38 (issue 8, docs/performance.md "Session 38: figure-dense text"): <c>FundSourcePart</c> cut out the whole
/// paragraph before each expenditure figure's clause (the clause's "sentence" is its paragraph's fragment) to look for
/// 安排的支出 there; a figure-dense paragraph was quadratic. It now cuts only when a 安 stands before the clause, which every
/// word it looks for begins with. These tests hold that shortcut against the plain answer and the note it still gives.
/// </summary>
public sealed class FigureDenseSessionThirtyEightTests
{
    private static readonly string[] Words = ["安排的支出", "安排支出"];

    /// <summary>Only a 安 before the bound counts: at the bound, or none at all, the answer is no.</summary>
    [Theory]
    [InlineData("国有土地使用权出让收入安排的支出", 16, true)]
    [InlineData("本年支出100.00万元，安排", 13, false)]   // 4 + 6 + 2 + 1 characters before it: 安 stands at index 13
    [InlineData("本年支出100.00万元，安排", 14, true)]
    [InlineData("本年支出100.00万元，", 13, false)]
    [InlineData("", 0, false)]
    public void HasSourceWordStart_LooksBeforeTheBound(string text, int length, bool expected)
        => Assert.Equal(expected, NarrativeReader.HasSourceWordStart(text, length));

    /// <summary>
    /// Texts of the words' characters, spaces and figures, any bound: whenever no 安 stands before the bound, the text
    /// before it with its spaces removed holds neither word (what the old path would have searched and not found). Edge
    /// cases the generator reaches: the empty text, a bound of 0 or of the whole text, a word split by spaces, 安 at the bound.
    /// </summary>
    [Property(MaxTest = 3000)]
    public Property NoSourceWordStart_MeansNoWordBefore()
    {
        var texts = Gen.Elements("安", "排", "的", "支", "出", " ", "1", "万元", "，", "安排的支出", "安 排支出")
            .ArrayOf().Select(parts => string.Concat(parts));
        var cases = from text in texts from length in Gen.Choose(0, text.Length) select (text, length);
        return Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var compact = c.text.Substring(0, c.length).Replace(" ", string.Empty);
            var found = Words.Any(w => compact.Contains(w, StringComparison.Ordinal));
            return NarrativeReader.HasSourceWordStart(c.text, c.length) || !found;
        });
    }

    /// <summary>
    /// The sentence before the clause still names the source when the 安 is there ("国有土地使用权出让收入安排的支出主要用于…，
    /// 其中征地和拆迁补偿支出 600.00 万元"): the figure is the source's part, a note (700.00 stays the fund's whole).
    /// </summary>
    [Fact]
    public void SourceNamedBeforeTheClause_IsStillAPart()
    {
        var (read, _) = TextReading.Read("某县某局2022年度部门决算说明\n四、政府性基金预算财政拨款支出决算情况\n"
            + "政府性基金预算财政拨款支出700.00万元。\n国有土地使用权出让收入安排的支出主要用于城市建设，其中征地和拆迁补偿支出600.00万元。\n");

        Assert.Equal("700.00", TextReading.At(read, "/narrative/governmentFund/currentYearExpenditure/amount"));
        Assert.Contains(read.Notes, n => n.MessageZh.StartsWith("某项收入来源安排的支出", StringComparison.Ordinal));
    }
}
