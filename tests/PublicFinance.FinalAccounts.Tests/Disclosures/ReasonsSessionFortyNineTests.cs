using FsCheck;
using FsCheck.Xunit;
using PublicFinance.FinalAccounts.Validation;
using static PublicFinance.FinalAccounts.Tests.Disclosures.TextReading;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// Session 49 (issue 8, reasons): reasons the text gives but the reader did not see, so FA2106 / FA2206 warned falsely — a
/// reason after a table headed "X较上年下降，主要是…"; "X执行率较低，系…" after a list of 项; one "以上…的差异，主要是…" for the
/// whole list; a named reason clause after another ("…的原因是A；公务接待费增加的原因是B") of rows a table states; and a reason
/// "因…" between an item's figure and its budget comparison. Each fact has its twin without the reason, where the Warning
/// stays. Invented texts of our own wording.
/// </summary>
public class ReasonsSessionFortyNineTests
{
    private const string IncomeTable = "某中心医院2022年度单位决算说明\n（一）收入决算情况\n本年收入决算情况见下表（单位：万元）：\n"
        + "| 项目 | 2022年决算数 | 2021年决算数 | 增减率 |\n| --- | --- | --- | --- |\n"
        + "| 财政拨款收入 | 1200.00 | 1500.00 | -20.00% |\n| 事业收入 | 8000.00 | 7600.00 | 5.26% |\n"
        + "| 其他收入 | 90.00 | 100.00 | -10.00% |\n\n";

    private const string ItemList = "某局2022年度部门决算说明\n五、一般公共预算财政拨款支出决算情况说明\n"
        + "2022年度一般公共预算财政拨款支出900.00万元，调整预算950.00万元，执行率94.74%。按项级科目分：\n"
        + "1.行政运行（项）2010301：调整预算600.00万元，决算590.00万元，执行率98.33%。\n"
        + "2.住房公积金（项）2210201：调整预算350.00万元，决算310.00万元，执行率88.57%。\n";

    private const string InitialList = "某站2023年度部门决算说明\n五、一般公共预算财政拨款支出决算情况说明\n"
        + "2023年度一般公共预算财政拨款支出780.00万元。\n"
        + "1.农林水支出（类）农业农村（款）行政运行（项），科目编码2130101：年初预算500.00万元，支出决算520.00万元，完成年初预算的104.00%。\n"
        + "2.农林水支出（类）农业农村（款）病虫害控制（项），科目编码2130108：年初预算300.00万元，支出决算260.00万元，完成年初预算的86.67%。\n";

    private const string ThreePublicTable = "某所2021年度部门决算说明\n六、“三公”经费财政拨款支出决算情况说明\n"
        + "2021年度“三公”经费财政拨款支出情况如下（单位：万元）：\n项目    本年决算    上年决算    增减额    增减率\n"
        + "合计    10.00    11.00    -1.00    -9.09%\n公务用车运行维护费    7.00    8.50    -1.50    -17.65%\n"
        + "公务接待费    3.00    2.50    0.50    20.00%\n";

    private const string CodedLines = "某学校2024年度部门决算说明\n四、一般公共预算财政拨款支出情况\n2024年度一般公共预算财政拨款支出1500.00万元，其中：\n"
        + "教育支出（类）普通教育（款）小学教育（项）[2050202]1320.00万元，{0}较年初预算1280.00万元超支；\n"
        + "住房保障支出（类）住房改革支出（款）住房公积金（项）[2210201]180.00万元。\n";

    private static string Reason(PublicFinance.FinalAccounts.Disclosures.DisclosureReadResult read, string pointer)
        => JsonAt(read, "/narrative/" + pointer + "/reason") ?? string.Empty;

    private static bool Warned(List<Diagnostic> diagnostics, string rule, string pointer)
        => Of(diagnostics, Severity.Warning).Contains(rule + " /narrative/" + pointer);

    /// <summary>Family 1: "财政拨款收入较上年下降，主要是…" after a table is that row's reason; without it the row warns.</summary>
    [Theory]
    [InlineData("财政拨款收入较上年下降，主要是基建补助项目到期。", true)]
    [InlineData("财政拨款收入较上年下降。", false)]
    [InlineData("财政拨款收入较上年增加，主要是基建补助项目到期。", false)]   // near miss: the row fell, the head says it rose
    public void AReasonAfterATable_HeadedWithAComma(string sentence, bool given)
    {
        var (read, diagnostics) = Read(IncomeTable + sentence + "\n");

        Assert.Equal(given ? "基建补助项目到期。" : string.Empty, Reason(read, "income/fiscalAppropriation/change"));
        Assert.Equal(!given, Warned(diagnostics, "FA2106", "income/fiscalAppropriation/change"));
        Assert.True(Warned(diagnostics, "FA2106", "income/otherIncome/change"));   // its twin in the same text: no reason
    }

    /// <summary>
    /// Family 2: "住房公积金执行率较低，系…" names the row and its comparison: the row's budget takes the reason; the other row
    /// (no reason) still warns; a level the row's figures contradict (较高 for a row below its budget) gives no one the reason.
    /// </summary>
    [Theory]
    [InlineData("住房公积金执行率较低，系部分人员调出，缴存额减少。", "items/1/budget")]
    [InlineData("", null)]
    [InlineData("住房公积金执行率较高，系部分人员调出，缴存额减少。", null)]
    public void ARowsRateLevel_GivesItsReason(string sentence, string? owner)
    {
        var (read, diagnostics) = Read(ItemList + sentence + "\n");

        Assert.Equal(owner is not null, Reason(read, "generalBudget/items/1/budget").StartsWith("部分人员调出", StringComparison.Ordinal));
        Assert.Equal(owner is null, Warned(diagnostics, "FA2206", "generalBudget/items/1/budget"));
        Assert.Equal(string.Empty, Reason(read, "generalBudget/items/0/budget"));
        Assert.True(Warned(diagnostics, "FA2206", "generalBudget/items/0/budget"));
    }

    /// <summary>Family 3: "以上决算数与年初预算数的差异，主要是…" is the reason of every differing item of the list above it.</summary>
    [Theory]
    [InlineData("以上决算数与年初预算数的差异，主要是年中追加防治任务及项目按进度结转。", true)]
    [InlineData("", false)]
    public void OneSentenceForTheList_CoversEachItem(string sentence, bool given)
    {
        var (read, diagnostics) = Read(InitialList + sentence + "\n");

        foreach (var item in new[] { "generalBudget/items/0/budget", "generalBudget/items/1/budget" })
        {
            Assert.Equal(given, Reason(read, item).StartsWith("年中追加防治任务", StringComparison.Ordinal));
            Assert.Equal(!given, Warned(diagnostics, "FA2206", item));
        }
    }

    /// <summary>
    /// Family 4: after a table whose rows are placed later, "…减少的原因是A；公务接待费增加的原因是B" gives each row its own
    /// clause — the first reason stops before the second head. With the second clause absent, the reception row warns.
    /// </summary>
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void ANamedClause_StopsTheReasonBeforeIt(bool second)
    {
        var text = "公务用车运行维护费减少的原因是两辆执法用车报废" + (second ? "；公务接待费增加的原因是承接省级现场会" : string.Empty) + "。\n";
        var (read, diagnostics) = Read(ThreePublicTable + text);

        Assert.Equal("两辆执法用车报废", Reason(read, "threePublic/vehicleOperation/change").TrimEnd('。', '；'));
        Assert.Equal(second, Reason(read, "threePublic/reception/change").StartsWith("承接省级现场会", StringComparison.Ordinal));
        Assert.Equal(!second, Warned(diagnostics, "FA2106", "threePublic/reception/change"));
    }

    /// <summary>Family 5: "X 万元，因…，较年初预算 Y 万元超支；" — the reason between the figure and its budget comparison.</summary>
    [Theory]
    [InlineData("因新增两个教学班，", true)]
    [InlineData("", false)]
    public void AReasonBeforeTheBudgetComparison(string clause, bool given)
    {
        var (read, diagnostics) = Read(CodedLines.Replace("{0}", clause, StringComparison.Ordinal));

        Assert.Equal(given ? "新增两个教学班" : string.Empty, Reason(read, "generalBudget/items/0/budget"));
        Assert.Equal(!given, Warned(diagnostics, "FA2206", "generalBudget/items/0/budget"));
    }

    /// <summary>The forms a row's reason may take after a 三公 table (and none).</summary>
    private enum ReasonForm
    {
        /// <summary>No reason at all.</summary>
        None,

        /// <summary>"公务接待费增加的原因是R。"</summary>
        OwnSentence,

        /// <summary>"公务接待费较上年增加，主要是R。"</summary>
        HeadAndComma,

        /// <summary>"公务用车运行维护费减少的原因是A；公务接待费增加的原因是R。"</summary>
        AfterAnotherClause,
    }

    /// <summary>
    /// Property: a row's change with its reason in any of the forms above gives no FA2106 on that row and the reason is the
    /// row's; without a reason the row warns. The reason's words are generated (no digit, no marker).
    /// </summary>
    [Property(MaxTest = 16)]
    public bool AReasonInAnyForm_IsSeen(byte formPick, byte pick)
    {
        var form = (ReasonForm)(formPick % 4);
        var words = new[] { "承接省级现场会", "接待考察团组增多", "举办行业交流活动", "上级检查任务增加" };
        var reason = words[pick % words.Length];
        var sentence = form switch
        {
            ReasonForm.OwnSentence => $"公务接待费增加的原因是{reason}。",
            ReasonForm.HeadAndComma => $"公务接待费较上年增加，主要是{reason}。",
            ReasonForm.AfterAnotherClause => $"公务用车运行维护费减少的原因是车辆报废；公务接待费增加的原因是{reason}。",
            _ => string.Empty,
        };
        var (read, diagnostics) = Read(ThreePublicTable + sentence + "\n");

        var own = Reason(read, "threePublic/reception/change").TrimEnd('。');
        var warned = Warned(diagnostics, "FA2106", "threePublic/reception/change");
        return form == ReasonForm.None ? warned && own.Length == 0 : !warned && own.StartsWith(reason, StringComparison.Ordinal);
    }
}
