using System.Globalization;
using PublicFinance.FinalAccounts.Validation;
using static PublicFinance.FinalAccounts.Tests.Disclosures.TextReading;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// Blind round 38's false findings (issue 8, session 40), on invented texts of our own wording and numbers: sibling 类/款/项
/// blocks whose code follows the level mark (each its own item, never the section total's budget), a class name after
/// "…主要用于" (FA5003), 本年收入 with 财政拨款收入 after 其中 (FA8006), groups received read as delegations sent (FA4002),
/// and a reason that ended at ';' before the next change with its own reason (FA2106).
/// </summary>
public class BlindRoundThirtyEightFixTests
{
    private const string Items = "/narrative/appropriation/items/";

    private const string GeneralItems = "/narrative/generalBudget/items/";

    /// <summary>
    /// Two 类 blocks under the section total's budget comparison, each "名称（类）代码：年初预算为…，支出决算为…，完成年初预算的…%"
    /// (580.20 / 600.00 = 96.70%; 4630.20 / 4400.00 = 105.2318% → 105.23; total 5210.40 / 5000.00 = 104.208% → 104.21).
    /// Each class is its own item with its code; the total keeps its own budget — no FA8003, FA1208, FA2205, FA2201.
    /// </summary>
    [Theory]
    [InlineData("201：", "213：")]
    [InlineData("201，", "213，")]
    [InlineData("（科目编码201）：", "（科目编码213）：")]
    public void ClassBlocks_CodeAfterTheMark_EachItsOwnItem(string firstCode, string secondCode)
    {
        var text = "青山县水利局2019年度部门决算\n四、财政拨款支出决算情况说明\n"
            + "2019年度一般公共预算财政拨款支出5210.40万元，年初预算为5000.00万元，完成年初预算的104.21%。按支出功能分类科目（类级）分：\n"
            + $"（一）一般公共服务支出（类）{firstCode}年初预算为600.00万元，支出决算为580.20万元，完成年初预算的96.70%。"
            + "决算数小于年初预算数的主要原因是会议费压减。\n"
            + $"（二）农林水支出（类）{secondCode}年初预算为4400.00万元，支出决算为4630.20万元，完成年初预算的105.23%。"
            + "决算数大于年初预算数的主要原因是追加防汛经费。\n";
        var (read, diagnostics) = Read(text);

        Assert.Empty(Errors(diagnostics));
        Assert.DoesNotContain("FA8003", RuleIds(diagnostics, Severity.Warning));
        Assert.Equal("201", JsonAt(read, Items + "0/code"));
        Assert.Equal("一般公共服务支出", JsonAt(read, Items + "0/name"));
        Assert.Equal("600.00", JsonAt(read, Items + "0/budget/budgetAmount"));
        Assert.Equal("580.20", JsonAt(read, Items + "0/amount"));
        Assert.Equal("96.70", JsonAt(read, Items + "0/budget/completionRate"));
        Assert.Equal("213", JsonAt(read, Items + "1/code"));
        Assert.Equal("4400.00", JsonAt(read, Items + "1/budget/budgetAmount"));
        Assert.Equal("4630.20", JsonAt(read, Items + "1/amount"));
        Assert.Equal("105.23", JsonAt(read, Items + "1/budget/completionRate"));
        Assert.Equal("5000.00", JsonAt(read, "/narrative/generalBudget/total/budget/budgetAmount"));
        Assert.Null(JsonAt(read, "/narrative/appropriation/budget"));
    }

    /// <summary>
    /// A 款 after "…支出主要用于", then its 项 each "名称（项）代码：…" (820.30 / 800.00 = 102.5375% → 102.54; 430.20 / 400.00 =
    /// 107.55%; 款 1250.50 / 1200.00 = 104.208% → 104.21): the class name is 农林水支出, not the sentence head (no FA5003), and
    /// each 项 is its own item with its code — the 款's budget never meets a 项's final (no FA2205, FA2201, FA2203).
    /// </summary>
    [Fact]
    public void ItemsAfterTheirSection_CodeAfterTheMark_EachItsOwnItem()
    {
        var text = "青山县水利局2019年度部门决算\n五、一般公共预算财政拨款支出决算情况说明\n"
            + "2019年度一般公共预算财政拨款支出主要用于农林水支出（类）水利（款），年初预算为1200.00万元，支出决算为1250.50万元，"
            + "完成年初预算的104.21%。其中：行政运行（项）2130301：年初预算为800.00万元，支出决算为820.30万元，完成年初预算的102.54%，"
            + "决算数大于年初预算数的主要原因是人员增资。水利工程运行与维护（项）2130306：年初预算为400.00万元，支出决算为430.20万元，"
            + "完成年初预算的107.55%，决算数大于年初预算数的主要原因是追加维修经费。\n";
        var (read, diagnostics) = Read(text);

        Assert.Empty(Errors(diagnostics));
        Assert.DoesNotContain("FA5003", RuleIds(diagnostics, Severity.Warning));
        Assert.DoesNotContain("FA2201", RuleIds(diagnostics, Severity.Warning));
        Assert.Equal("农林水支出", JsonAt(read, GeneralItems + "0/className"));
        Assert.Equal("水利", JsonAt(read, GeneralItems + "0/name"));
        Assert.Equal("1250.50", JsonAt(read, GeneralItems + "0/amount"));
        Assert.Equal("2130301", JsonAt(read, GeneralItems + "1/code"));
        Assert.Equal("行政运行", JsonAt(read, GeneralItems + "1/name"));
        Assert.Equal("800.00", JsonAt(read, GeneralItems + "1/budget/budgetAmount"));
        Assert.Equal("820.30", JsonAt(read, GeneralItems + "1/amount"));
        Assert.Equal("102.54", JsonAt(read, GeneralItems + "1/budget/completionRate"));
        Assert.Equal("2130306", JsonAt(read, GeneralItems + "2/code"));
        Assert.Equal("430.20", JsonAt(read, GeneralItems + "2/amount"));
        Assert.Equal("107.55", JsonAt(read, GeneralItems + "2/budget/completionRate"));
    }

    /// <summary>
    /// "名称（项）（科目编码 代码）：调整预算…" lines, one decimal (430.0 / 400.0 = 107.50%; 290.0 / 300.0 = 96.667% → 96.67): each
    /// its own item with its code; the total's budget is the total's (720.0 / 700.0 = 102.857% → 102.86).
    /// </summary>
    [Theory]
    [InlineData("科目编码")]
    [InlineData("编码：")]
    public void ItemLines_CodeWordInBrackets_EachItsOwnItem(string codeWord)
    {
        var text = "青山县水利局2019年度部门决算\n五、一般公共预算财政拨款支出决算情况说明\n"
            + "2019年度一般公共预算财政拨款支出720.0万元，调整预算700.0万元，完成调整预算的102.86%。具体如下：\n"
            + $"行政运行（项）（{codeWord}2130301）：调整预算400.0万元，支出决算430.0万元，完成调整预算的107.50%。\n"
            + $"水利工程建设（项）（{codeWord}2130305）：调整预算300.0万元，支出决算290.0万元，完成调整预算的96.67%。\n";
        var (read, diagnostics) = Read(text);

        Assert.Empty(Errors(diagnostics));
        Assert.Equal("2130301", JsonAt(read, GeneralItems + "0/code"));
        Assert.Equal("430.0", JsonAt(read, GeneralItems + "0/amount"));
        Assert.Equal("2130305", JsonAt(read, GeneralItems + "1/code"));
        Assert.Equal("290.0", JsonAt(read, GeneralItems + "1/amount"));
        Assert.Equal("96.67", JsonAt(read, GeneralItems + "1/budget/completionRate"));
        Assert.Equal("720.0", JsonAt(read, "/narrative/generalBudget/total/amount"));
    }

    /// <summary>
    /// Near misses: a number after the mark that is no code of its level (three digits after （项）, a year) is never the
    /// item's code.
    /// </summary>
    [Theory]
    [InlineData("行政运行（项）213：年初预算为800.00万元，支出决算为820.30万元。", "213")]
    [InlineData("农林水支出（类）2019年度年初预算为800.00万元，支出决算为820.30万元。", "2019")]
    public void NumberAfterTheMark_OfAnotherLength_IsNoCode(string line, string number)
    {
        var (read, _) = Read("青山县水利局2019年度部门决算\n五、一般公共预算财政拨款支出决算情况说明\n" + line + "\n");

        Assert.NotEqual(number, JsonAt(read, GeneralItems + "0/code"));
        Assert.NotEqual(number, JsonAt(read, "/narrative/generalBudget/classes/0/code"));
    }

    /// <summary>
    /// Property: any two 类 blocks with their codes after the marks, with random budgets and finals (and the rate computed
    /// from them), read each to its own item — never one into the other's, and never an FA8003.
    /// </summary>
    [Property(MaxTest = 40)]
    public Property ClassBlocks_NeverShareASlot()
    {
        var gen =
            from budgetA in Gen.Choose(10000, 900000)
            from finalA in Gen.Choose(10000, 900000)
            from budgetB in Gen.Choose(10000, 900000)
            from finalB in Gen.Choose(10000, 900000)
            select (budgetA / 100m, finalA / 100m, budgetB / 100m, finalB / 100m);
        return Prop.ForAll(gen.ToArbitrary(), figures =>
        {
            var (budgetA, finalA, budgetB, finalB) = figures;
            var text = "某县教育局2020年度部门决算\n四、财政拨款支出决算情况说明\n"
                + $"（一）教育支出（类）205：年初预算为{F(budgetA)}万元，支出决算为{F(finalA)}万元，完成年初预算的{Rate(finalA, budgetA)}%。\n"
                + $"（二）卫生健康支出（类）210：年初预算为{F(budgetB)}万元，支出决算为{F(finalB)}万元，完成年初预算的{Rate(finalB, budgetB)}%。\n";
            var (read, diagnostics) = Read(text);
            return Errors(diagnostics).Length == 0
                && JsonAt(read, Items + "0/budget/budgetAmount") == F(budgetA) && JsonAt(read, Items + "0/amount") == F(finalA)
                && JsonAt(read, Items + "1/budget/budgetAmount") == F(budgetB) && JsonAt(read, Items + "1/amount") == F(finalB);
        });
    }

    private static string F(decimal value) => value.ToString("F2", CultureInfo.InvariantCulture);

    private static string Rate(decimal final, decimal budget)
        => Math.Round(final / budget * 100m, 2, MidpointRounding.AwayFromZero).ToString("F2", CultureInfo.InvariantCulture);

    private const string AppropriationHead = "# excerpt\n三、财政拨款收入支出决算总体情况说明\n";

    /// <summary>
    /// "本年收入 X 万元，其中财政拨款收入 Y 万元，事业收入 Z 万元" in the 财政拨款 section: X is all sources' income (session 41:
    /// placed as <c>overall/currentYearIncome</c>, Z as the income section's 事业收入; before, a note); Y is the appropriation's
    /// income, and the fund parts add up to it (2700.30 + 280.00 = 2980.30): no FA8006.
    /// </summary>
    [Theory]
    [InlineData("其中财政拨款收入")]
    [InlineData("其中：财政拨款收入")]
    public void IncomeWithAppropriationAmongItsParts_IsNotTheAppropriations(string part)
    {
        var (read, diagnostics) = Read(AppropriationHead
            + $"2021年度本单位本年收入3120.50万元，{part}2980.30万元，事业收入140.20万元。\n"
            + "财政拨款收入2980.30万元中：一般公共预算财政拨款收入2700.30万元；政府性基金预算财政拨款收入280.00万元。\n");

        Assert.DoesNotContain("FA8006", RuleIds(diagnostics, Severity.Error));
        Assert.DoesNotContain("FA8006", RuleIds(diagnostics, Severity.Warning));
        Assert.NotEqual("3120.50", JsonAt(read, "/narrative/appropriation/currentYearIncome/amount"));
        Assert.Equal("3120.50", JsonAt(read, "/narrative/overall/currentYearIncome/amount"));
        Assert.Equal("140.20", JsonAt(read, "/narrative/income/serviceIncome/amount"));
    }

    /// <summary>Near miss: 财政拨款本年收入 with its fund parts after 其中 is the appropriation's (and FA8006 still checks it).</summary>
    [Fact]
    public void AppropriationIncomeWithFundParts_StaysTheAppropriations()
    {
        var (read, diagnostics) = Read(AppropriationHead
            + "2021年度财政拨款本年收入2990.30万元，其中：一般公共预算财政拨款收入2700.30万元，政府性基金预算财政拨款收入280.00万元。\n");

        Assert.Equal("2990.30", JsonAt(read, "/narrative/appropriation/currentYearIncome/amount"));
        Assert.Contains("FA8006", RuleIds(diagnostics, Severity.Warning).Concat(RuleIds(diagnostics, Severity.Error)));
    }

    private const string ThreePublicHead = "# excerpt\n七、一般公共预算财政拨款“三公”经费支出决算情况说明\n";

    /// <summary>
    /// "接待来访团组 N 个、来宾 M 人次" is a reception's — its batches and person-visits — never 因公出国 delegations (no FA4002
    /// against the 出国 amount 0).
    /// </summary>
    [Theory]
    [InlineData("全年共接待来访团组12个、来宾96人次")]
    [InlineData("接待来华团组12个，来宾96人次")]
    public void GroupsReceived_AreReceptionBatches(string counts)
    {
        var (read, diagnostics) = Read(ThreePublicHead
            + $"2022年度因公出国（境）费支出0万元。公务接待费支出5.60万元，{counts}，主要是承接全省档案工作交流。\n");

        Assert.DoesNotContain("FA4002", RuleIds(diagnostics, Severity.Warning));
        Assert.Null(JsonAt(read, "/narrative/threePublic/overseasDelegations"));
        Assert.Null(JsonAt(read, "/narrative/threePublic/overseasPersonTrips"));
        Assert.Equal("12", JsonAt(read, "/narrative/threePublic/domesticReceptionBatches"));
        Assert.Equal("96", JsonAt(read, "/narrative/threePublic/domesticReceptionPersonTrips"));
    }

    /// <summary>Near miss: 因公出国（境）团组 stays the delegations sent.</summary>
    [Fact]
    public void DelegationsSent_StayDelegations()
    {
        var (read, _) = Read(ThreePublicHead + "2022年度因公出国（境）费支出12.30万元，全年因公出国（境）团组2个、6人次。\n");

        Assert.Equal("2", JsonAt(read, "/narrative/threePublic/overseasDelegations"));
        Assert.Equal("6", JsonAt(read, "/narrative/threePublic/overseasPersonTrips"));
    }

    private const string IncomeHead = "# excerpt\n三、收入决算情况说明\n"
        + "2020年度本年收入合计2450.00万元，其中：财政拨款收入2100.00万元，占85.71%；事业收入350.00万元，占14.29%。";

    /// <summary>
    /// "…主要是 A；事业收入比上年减少 X 万元，下降 Y%，主要是 B": A is the first change's reason, B the second's (no FA2106);
    /// 2100.00 / 1980.00 = +6.06%, 50.00 / 400.00 = −12.50%.
    /// </summary>
    [Theory]
    [InlineData("比上年")]
    [InlineData("较上年")]
    public void ReasonEndsBeforeTheNextChangeWithItsOwnReason(string basis)
    {
        var (read, diagnostics) = Read(IncomeHead + "财政拨款收入较上年增加120.00万元，增长6.06%，主要是人员经费标准提高；"
            + $"事业收入{basis}减少50.00万元，下降12.50%，主要是培训收费项目停办。\n");

        Assert.DoesNotContain("FA2106", RuleIds(diagnostics, Severity.Warning));
        Assert.Equal("人员经费标准提高", JsonAt(read, "/narrative/income/fiscalAppropriation/change/reason")?.TrimEnd('。', ';'));
        Assert.Equal("50.00", JsonAt(read, "/narrative/income/serviceIncome/change/amount"));
        Assert.StartsWith("培训收费项目停办", JsonAt(read, "/narrative/income/serviceIncome/change/reason"));
    }

    /// <summary>Near miss: the change after ';' with no reason of its own still owes one (FA2106 stays).</summary>
    [Fact]
    public void ChangeAfterReasonWithoutItsOwn_StillOwesOne()
    {
        var (_, diagnostics) = Read(IncomeHead + "财政拨款收入较上年增加120.00万元，增长6.06%，主要是人员经费标准提高；"
            + "事业收入比上年减少50.00万元。\n");

        Assert.Contains("FA2106", RuleIds(diagnostics, Severity.Warning));
    }
}
