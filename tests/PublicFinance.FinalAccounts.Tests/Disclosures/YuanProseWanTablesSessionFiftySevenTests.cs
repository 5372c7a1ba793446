using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PublicFinance.FinalAccounts.Disclosures;
using static PublicFinance.FinalAccounts.Tests.Disclosures.TextReading;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// Session 57 (units57, blind round 53 t07's family, our own invented 气象服务中心 texts): a 单位决算 说明 whose every amount
/// is in 元 with thousands separators (<c>本年收入合计5,318,462.17元</c>) while one table under a title ending in 表 declares
/// its own <c>单位：万元</c>. At the base (674a7e96) that declaration refused the 元 document: the report stayed in 万元 and
/// every 元 amount was converted with six decimals (FA8005 Info each, <c>"unit": "wanYuan"</c>), so the facts below fail
/// there. A declaration that is not a table's (in a sentence), or a 万元 amount in the prose, still refuses it.
/// </summary>
public sealed class YuanProseWanTablesSessionFiftySevenTests
{
    /// <summary>
    /// The invented text: totals, income and expenditure parts in 元 (amounts in hundredths), then a 结转结余 table
    /// in 万元 under its title (<paramref name="tableUnitLine"/> is the line after the title).
    /// </summary>
    internal static string Text(long appropriation, long other, long basic, long project,
        string tableUnitLine = "单位：万元")
    {
        var income = appropriation + other;
        var expenditure = basic + project;
        return "某县气象服务中心2021年度单位决算说明\n"
            + "一、单位基本情况\n"
            + "本中心为县气象局所属公益一类事业单位，内设3个科室，年末实有人员18人。\n"
            + "二、收入支出决算总体情况\n"
            + $"2021年度本年收入合计{GroupedMoney(income)}元，本年支出合计{GroupedMoney(expenditure)}元。\n"
            + "三、收入决算情况\n"
            + $"本年收入合计{GroupedMoney(income)}元，其中：财政拨款收入{GroupedMoney(appropriation)}元，"
            + $"占{PercentOf(appropriation, income)}%；其他收入{GroupedMoney(other)}元，占{PercentOf(other, income)}%。\n"
            + "四、支出决算情况\n"
            + $"本年支出合计{GroupedMoney(expenditure)}元，其中：基本支出{GroupedMoney(basic)}元，占{PercentOf(basic, expenditure)}%；"
            + $"项目支出{GroupedMoney(project)}元，占{PercentOf(project, expenditure)}%。\n"
            + "五、结转结余情况\n"
            + "财政拨款结转结余情况表\n"
            + tableUnitLine + "\n"
            + "项目        年初结转和结余    年末结转和结余\n"
            + "合计                 12.40             18.75\n"
            + "项目支出             12.40             18.75\n";
    }

    private static readonly string Clean = Text(498_126_400, 33_719_817, 362_870_150, 161_204_327);

    /// <summary>The 元 prose beside a 万元 table keeps its unit and every amount as written; no FA8005, no Error.</summary>
    [Fact]
    public void YuanProse_BesideAWanYuanTable_KeepsTheAmountsAsWritten()
    {
        var (read, diagnostics) = Read(Clean);
        Assert.Equal("yuan", JsonAt(read, "/unit"));
        Assert.Equal("5318462.17", JsonAt(read, "/narrative/overall/currentYearIncome/amount"));
        Assert.Equal("4981264.00", JsonAt(read, "/narrative/income/fiscalAppropriation/amount"));
        Assert.Equal("1612043.27", JsonAt(read, "/narrative/expenditure/project/amount"));
        Assert.DoesNotContain(diagnostics, d => d.RuleId == "FA8005");
        Assert.Empty(Errors(diagnostics));
    }

    /// <summary>
    /// A carry-over split by kind, then by source (<c>；按资金来源分，财政拨款结转结余…元，其他资金结转结余…元</c>): the 财政拨款 part is
    /// the 财政拨款 statement's carry-over of that side (at the base a note: "an amount the reader could not place"); the 其他资金
    /// part is placed nowhere.
    /// </summary>
    [Fact]
    public void AppropriationPartOfASourceSplit_IsTheAppropriationCarryOver()
    {
        var text = Clean + "年初结转和结余186,420.50元，其中：基本支出结转0元，项目支出结转和结余186,420.50元；按资金来源分，"
            + "财政拨款结转结余124,000.00元，其他资金结转结余62,420.50元。\n"
            + "年末结转和结余201,870.25元，其中：基本支出结转13,000.00元，项目支出结转和结余188,870.25元；按资金来源分，"
            + "财政拨款结转结余187,500.00元，其他资金结转结余14,370.25元。\n";
        var (read, diagnostics) = Read(text);
        Assert.Equal("186420.50", JsonAt(read, "/narrative/overall/openingCarryOver/amount"));
        Assert.Equal("124000.00", JsonAt(read, "/narrative/appropriation/openingCarryOver/amount"));
        Assert.Equal("187500.00", JsonAt(read, "/narrative/appropriation/closingCarryOver/amount"));
        Assert.DoesNotContain(read.Claims, c => c.Value is "62420.50" or "14370.25");
        Assert.Empty(Errors(diagnostics));
    }

    /// <summary>A label with a side or another fund before the name is not a part of the split.</summary>
    [Theory]
    [InlineData("按资金来源分，财政拨款结转结余", true)]
    [InlineData("财政拨款结转和结余", true)]
    [InlineData("年末财政拨款结转和结余", false)]
    [InlineData("其他资金及财政拨款结转结余", false)]
    [InlineData("政府性基金财政拨款结转结余", false)]
    [InlineData("财政拨款结转", false)]
    public void AppropriationPartNames(string label, bool expected)
        => Assert.Equal(expected, NarrativeReader.NamesAppropriationCarryOverPart(label));

    /// <summary>The title's own line may carry the declaration (<c>…情况表　（单位：万元）</c>).</summary>
    [Fact]
    public void DeclarationOnTheTitlesLine_IsTheTables()
    {
        const string Text = "财政拨款结转结余情况表　（单位:万元）\n合计 12.40 18.75";
        Assert.True(NarrativeReader.DeclaresATablesUnit(Text, Text.IndexOf('单', StringComparison.Ordinal)));
    }

    /// <summary>
    /// A declaration that heads no table (in a sentence, or after a line that is no title) still refuses the 元 document,
    /// and so does a 万元 amount in the prose; five 元 at least are needed beside a 万元 table.
    /// </summary>
    [Fact]
    public void OtherDeclarations_AndWanYuanProse_StillRefuse()
    {
        Assert.False(NarrativeReader.IsYuanDocument(Text(498_126_400, 33_719_817, 362_870_150, 161_204_327,
            "本部分金额单位:万元"), out _));
        Assert.False(NarrativeReader.IsYuanDocument("收入合计5,318,462.17元。支出合计4,000.00元。\n单位:万元\n合计 1.00", out _));
        Assert.False(NarrativeReader.IsYuanDocument(
            "甲情况表\n单位:万元\n合计 1.00\n收入1.00元，支出2.00元，结余3.00元，人均4.00元，其中5.00万元。", out _));
        Assert.False(NarrativeReader.IsYuanDocument("甲情况表\n单位:万元\n合计 1.00\n收入1.00元，支出2.00元，结余3.00元，人均4.00元。",
            out _));
        Assert.True(NarrativeReader.IsYuanDocument(
            "甲情况表\n单位:万元\n合计 1.00\n收入1.00元，支出2.00元，结余3.00元，人均4.00元，其他5.00元。", out _));
    }

    /// <summary>
    /// Property: a title ending in 表 (with white space after it) then <c>单位:万元</c> declares the table's unit, and so does
    /// <c>本表单位:万元</c> anywhere; the same line after a line that does not end in 表 does not.
    /// </summary>
    [Property(MaxTest = 200)]
    public Property TablesDeclaration_FollowsATitle()
    {
        var gen =
            from title in Gen.Elements("收入支出决算表", "财政拨款结转结余变动情况表", "三公经费支出表", "支出决算情况")
            from gap in Gen.Elements("", " ", "　", "\n")
            from prefix in Gen.Elements("", "  ", "（", "本表")
            select (title, gap, prefix);
        return Prop.ForAll(gen.ToArbitrary(), t =>
        {
            var text = t.title + t.gap + "\n" + t.prefix + "单位:万元\n合计 1.00";
            var expected = t.prefix == "本表" || t.title.EndsWith('表') && t.prefix is "" or "  " or "（";
            return (NarrativeReader.DeclaresATablesUnit(text, text.IndexOf("单位", StringComparison.Ordinal)) == expected)
                .Label(text);
        });
    }

    /// <summary>Property: for any amounts, the 元 prose beside the 万元 table reads back as written with no Error.</summary>
    [Property(MaxTest = 10)]
    public Property AnyAmounts_ReadBackInYuan()
    {
        var gen =
            from appropriation in Gen.Choose(1_000_000, 900_000_000)
            from other in Gen.Choose(1_000, 90_000_000)
            from basic in Gen.Choose(1_000_000, 600_000_000)
            from project in Gen.Choose(1_000, 300_000_000)
            select (appropriation, other, basic, project);
        return Prop.ForAll(gen.ToArbitrary(), t =>
        {
            var (read, diagnostics) = Read(Text(t.appropriation, t.other, t.basic, t.project));
            return (JsonAt(read, "/unit") == "yuan"
                && JsonAt(read, "/narrative/income/fiscalAppropriation/amount") == PlainMoney(t.appropriation)
                && JsonAt(read, "/narrative/expenditure/basic/amount") == PlainMoney(t.basic)
                && Errors(diagnostics).Length == 0).Label(string.Join(",", Errors(diagnostics)));
        });
    }
}
