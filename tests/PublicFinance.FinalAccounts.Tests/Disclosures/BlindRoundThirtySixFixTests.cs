using PublicFinance.FinalAccounts.Validation;
using static PublicFinance.FinalAccounts.Tests.Disclosures.TextReading;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// Blind round 36's families (issue 8, session 38), on invented texts of our own wording and numbers: a 功能分类 table with
/// the code in its own first column (family A: not read at all, so a wrong 完成率 in it was missed) and the 说明 under it
/// naming the items by code, and a reason marker broken by a pinyin gloss of two syllables (a false FA2106).
/// </summary>
public class BlindRoundThirtySixFixTests
{
    private const string Head = "某县林业局2022年度部门决算说明\n三、一般公共预算财政拨款支出决算情况说明\n"
        + "2022年度一般公共预算财政拨款支出1,250.40万元，较年初预算减少9.60万元，完成年初预算的99.24%。\n"
        + "（三）一般公共预算财政拨款支出决算具体情况（单位：万元）\n";

    /// <summary>The table's rows with a separator (" | " for bars, "\t" for tabs), the 完成率 of the second row given.</summary>
    private static string Table(string sep, string secondRate)
    {
        string Row(params string[] cells) => sep == "\t" ? string.Join("\t", cells) + "\n" : "| " + string.Join(" | ", cells) + " |\n";
        return Row("科目编码", "科目名称", "年初预算", "决算数", "完成率")
            + Row("2130201", "行政运行", "900.00", "884.10", "98.23%")
            + Row("2130234", "林业草原防灾减灾", "210.00", "228.30", secondRate)
            + Row("2210201", "住房公积金", "150.00", "138.00", "92.00%")
            + Row(string.Empty, "合计", "1,260.00", "1,250.40", "99.24%");
    }

    private const string Notes = "说明：1.行政运行（2130201）支出决算小于年初预算，主要原因是退休人员增加。"
        + "2.林业草原防灾减灾（2130234）决算数大于预算数，主要原因是追加森林防火经费。3.其余科目决算数与年初预算基本持平。\n";

    /// <summary>
    /// The table is read as the section's items (code, name, budget, final, rate) and its 合计 as the total: 884.10 / 900.00 =
    /// 98.233% → 98.23, 228.30 / 210.00 = 108.714% → 108.71, 138.00 / 150.00 = 92.00%; 1,250.40 / 1,260.00 = 99.238% → 99.24,
    /// and the items add up to 884.10 + 228.30 + 138.00 = 1,250.40. Each item's reason is its own sentence's (the 说明 names
    /// the items by code), the third's the "其余" sentence; no Error and no Warning (before: a false FA2206 on the total).
    /// </summary>
    [Theory]
    [InlineData(" | ")]
    [InlineData("\t")]
    public void CodedTable_ReadAsItems_WithTheirReasons(string sep)
    {
        var (read, diagnostics) = Read(Head + Table(sep, "108.71%") + Notes);

        Assert.Empty(Errors(diagnostics));
        Assert.Empty(RuleIds(diagnostics, Severity.Warning));
        Assert.Equal("2130201", JsonAt(read, "/narrative/generalBudget/items/0/code"));
        Assert.Equal("行政运行", JsonAt(read, "/narrative/generalBudget/items/0/name"));
        Assert.Equal("884.10", JsonAt(read, "/narrative/generalBudget/items/0/amount"));
        Assert.Equal("900.00", JsonAt(read, "/narrative/generalBudget/items/0/budget/budgetAmount"));
        Assert.Equal("initial", JsonAt(read, "/narrative/generalBudget/items/0/budget/kind"));
        Assert.Equal("退休人员增加。", JsonAt(read, "/narrative/generalBudget/items/0/budget/reason"));
        Assert.Equal("108.71", JsonAt(read, "/narrative/generalBudget/items/1/budget/completionRate"));
        Assert.Equal("追加森林防火经费。", JsonAt(read, "/narrative/generalBudget/items/1/budget/reason"));
        Assert.Equal("2210201", JsonAt(read, "/narrative/generalBudget/items/2/code"));
        Assert.Equal("其余科目决算数与年初预算基本持平。", JsonAt(read, "/narrative/generalBudget/items/2/budget/reason"));
        Assert.Null(JsonAt(read, "/narrative/generalBudget/items/3"));
        Assert.Equal("1260.00", JsonAt(read, "/narrative/generalBudget/total/budget/budgetAmount"));
    }

    /// <summary>A wrong 完成率 in a row (118.71% for 228.30 / 210.00 = 108.71%) is that item's FA2201 Error, the only one.</summary>
    [Theory]
    [InlineData(" | ")]
    [InlineData("\t")]
    public void CodedTable_WrongRate_IsTheItemsError(string sep)
    {
        var (_, diagnostics) = Read(Head + Table(sep, "118.71%") + Notes);

        var error = Assert.Single(diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal("FA2201", error.RuleId);
        Assert.Equal("/narrative/generalBudget/items/1/budget/completionRate", error.Pointers[0]);
    }

    /// <summary>
    /// Without the 说明 the items' differences have no reason: one FA2206 Warning per item that differs (three), none on
    /// the total (its items' own), and the reasons are not guessed from another paragraph.
    /// </summary>
    [Fact]
    public void CodedTable_WithoutNotes_WarnsPerItem()
    {
        var (read, diagnostics) = Read(Head + Table(" | ", "108.71%") + "四、政府性基金预算财政拨款支出决算情况说明\n本部门无政府性基金预算财政拨款支出。\n");

        Assert.Empty(Errors(diagnostics));
        Assert.Equal(["FA2206", "FA2206", "FA2206"], RuleIds(diagnostics, Severity.Warning));
        Assert.Null(JsonAt(read, "/narrative/generalBudget/items/2/budget/reason"));
    }

    /// <summary>
    /// A header of other columns (a 预算数 without 年初 or 调整) is not this table: nothing of it is read as items.
    /// </summary>
    [Theory]
    [InlineData("| 科目编码 | 科目名称 | 预算数 | 决算数 | 完成率 |\n")]
    public void OtherHeaders_AreNotRead(string header)
    {
        var rows = header.Count(c => c == '|') == 5 ? "| 2130201 | 行政运行 | 900.00 | 884.10 |\n"
            : "| 2130201 | 行政运行 | 900.00 | 884.10 | 98.23% |\n";
        var (read, _) = Read(Head + header + rows);

        Assert.Null(JsonAt(read, "/narrative/generalBudget/items"));
    }

    /// <summary>
    /// Session 59: a 上年决算数 column beside 决算数 is each item's prior year (at session 36 the table was not read at all):
    /// the item's amount is the 决算数 cell, its prior year the 上年 cell, and no budget is made of it.
    /// </summary>
    [Fact]
    public void PriorYearColumn_IsTheItemsPriorYear()
    {
        var (read, diagnostics) = Read(Head + "| 科目编码 | 科目名称 | 上年决算数 | 决算数 |\n| 2130201 | 行政运行 | 900.00 | 884.10 |\n");

        Assert.Equal("2130201", JsonAt(read, "/narrative/generalBudget/items/0/code"));
        Assert.Equal("884.10", JsonAt(read, "/narrative/generalBudget/items/0/amount"));
        Assert.Equal("900.00", JsonAt(read, "/narrative/generalBudget/items/0/priorYearAmount"));
        Assert.Null(JsonAt(read, "/narrative/generalBudget/items/0/budget"));
        Assert.Empty(Errors(diagnostics));
    }

    /// <summary>
    /// A reason marker with a pinyin gloss of two syllables ("原因(yuán yīn)：") in a paragraph of its own after the 三公
    /// sub-items is the 三公 change's reason: no FA2106. A one-syllable gloss was dropped before; two were not.
    /// </summary>
    [Theory]
    [InlineData("原因(yuán yīn)：")]
    [InlineData("原因（yuán yīn）：")]
    [InlineData("原(yuán)因(yīn)：")]
    public void GlossedReasonMarker_GivesTheReason(string marker)
    {
        const string Text = "某市档案馆2019年度部门决算说明\n三、“三公”经费财政拨款支出决算情况说明\n"
            + "2019年度“三公”经费财政拨款支出20.50万元，比上年减少3.10万元，下降13.14%。其中：\n"
            + "（一）因公出国（境）费0万元。\n（二）公务用车购置及运行费15.20万元。\n（三）公务接待费5.30万元。\n";
        var (read, diagnostics) = Read(Text + "“三公”经费减少的" + marker + "压减公务用车运行开支。\n");

        Assert.Empty(Errors(diagnostics));
        Assert.DoesNotContain("FA2106", RuleIds(diagnostics, Severity.Warning));
        Assert.Equal("3.10", JsonAt(read, "/narrative/threePublic/total/change/amount"));
        Assert.Equal("压减公务用车运行开支。", JsonAt(read, "/narrative/threePublic/total/change/reason"));
    }
}
