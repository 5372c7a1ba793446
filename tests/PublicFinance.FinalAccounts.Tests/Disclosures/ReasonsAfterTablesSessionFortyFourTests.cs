using FsCheck;
using FsCheck.Xunit;
using PublicFinance.FinalAccounts.Validation;
using static PublicFinance.FinalAccounts.Tests.Disclosures.TextReading;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// Session 44 (issue 8, reasons after tables; blind round 40 t07's false FA2106 on the reception): a reason headed by a
/// direction only, right after a sentence that names a 三公 item and a direction and nothing else
/// (<c>公务接待费略有增加。增加的原因是…</c>), after a table that states the item's change. The table rows are placed after the
/// narrative, so the reason waits for them and goes to the named row's change only when the statement, the reason's head and
/// the row go the same way. Near misses: a row that went the other way, a statement against the head, a reason in the next
/// section or after another sentence. The `|`, tab, space and one-line tables read alike. Invented texts of our own wording.
/// </summary>
public class ReasonsAfterTablesSessionFortyFourTests
{
    private const string Title = "某县司法局2022年度部门决算说明\n三、“三公”经费支出情况\n2022年度“三公”经费支出10.00万元，具体如下（单位：万元）：\n";

    private const string Reception = "/narrative/threePublic/reception/change";

    private const string VehicleOperation = "/narrative/threePublic/vehicleOperation/change";

    private const string ReasonNote = "A reason was found without a change";

    private const string VehicleReason = "公务用车运行维护费减少的原因是两辆执勤车辆报废，油料费用下降。";

    private const string Hosting = "承办全市法律援助工作交流会";

    /// <summary>The rows (label, this year, the prior year, the change, its rate) when the reception rose or fell.</summary>
    private static string[][] Rows(bool receptionUp) => receptionUp
        ?
        [
            ["合计", "10.00", "11.00", "-1.00", "-9.09%"],
            ["公务用车运行维护费", "7.00", "8.50", "-1.50", "-17.65%"],
            ["公务接待费", "3.00", "2.50", "0.50", "20.00%"],
        ]
        :
        [
            ["合计", "10.00", "12.00", "-2.00", "-16.67%"],
            ["公务用车运行维护费", "7.00", "8.50", "-1.50", "-17.65%"],
            ["公务接待费", "3.00", "3.50", "-0.50", "-14.29%"],
        ];

    private static readonly string[] Header = ["项目", "本年决算", "上年决算", "增减额", "增减率"];

    /// <summary>The table in one of the layouts: 0 `|`, 1 tab, 2 spaces (a row a line), 3 spaces on one line (a web page's).</summary>
    private static string Table(int layout, bool receptionUp)
    {
        var lines = new[] { Header }.Concat(Rows(receptionUp));
        return layout switch
        {
            0 => string.Concat(lines.Select(r => "| " + string.Join(" | ", r) + " |\n")),
            1 => string.Concat(lines.Select(r => string.Join("\t", r) + "\n")),
            2 => string.Concat(lines.Select(r => string.Join("    ", r) + "\n")),
            _ => string.Join(" ", lines.Select(r => string.Join("    ", r))) + " ",
        };
    }

    /// <summary>The whole text: the title lines, the table, then <paramref name="after"/>; on one line for layout 3.</summary>
    private static string Text(int layout, bool receptionUp, string after)
        => layout == 3
            ? Title.Replace('\n', ' ') + Table(layout, receptionUp) + after + " 四、机关运行经费支出情况 2022年度机关运行经费52.00万元。\n"
            : Title + Table(layout, receptionUp) + after + "\n";

    /// <summary>
    /// The t07 family in each table layout: the vehicle row's reason headed by its name, then the reception's headed by a
    /// direction after <c>公务接待费略有增加。</c> — both rows take their reasons, no note and no FA2106 is left.
    /// </summary>
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void ADirectionStatement_NamesTheNextReasonsRow(int layout)
    {
        var (read, diagnostics) = Read(Text(layout, true, VehicleReason + "公务接待费略有增加。增加的原因是" + Hosting + "。全年接待12批次。"));

        Assert.Equal("0.50", JsonAt(read, Reception + "/amount"));
        Assert.Equal("increase", JsonAt(read, Reception + "/direction"));
        Assert.Equal(Hosting + "。", JsonAt(read, Reception + "/reason"));
        Assert.StartsWith("两辆执勤车辆报废", JsonAt(read, VehicleOperation + "/reason"), StringComparison.Ordinal);
        Assert.DoesNotContain(read.Notes, n => n.MessageEn.StartsWith(ReasonNote, StringComparison.Ordinal));
        Assert.DoesNotContain("FA2106", RuleIds(diagnostics, Severity.Warning));
        Assert.Empty(RuleIds(diagnostics, Severity.Error));
    }

    /// <summary>Degree and basis words in the statement (有所, 较上年, 了) name the same row.</summary>
    [Theory]
    [InlineData("公务接待费有所增加。")]
    [InlineData("公务接待费较上年略有增加。")]
    [InlineData("公务接待费增加了。")]
    public void StatementWordings_NameTheRow(string statement)
    {
        var (read, _) = Read(Text(1, true, VehicleReason + statement + "增加的主要原因是" + Hosting + "。"));

        Assert.Equal(Hosting + "。", JsonAt(read, Reception + "/reason"));
    }

    /// <summary>
    /// Near miss: the statement and the head say 增加 but the row fell (-0.50): the reason is no one's — a note, the row's
    /// FA2106 stays, and the vehicle row's decrease does not take it either.
    /// </summary>
    [Fact]
    public void ARowThatWentTheOtherWay_KeepsTheNote()
    {
        var (read, diagnostics) = Read(Text(1, false, VehicleReason + "公务接待费略有增加。增加的原因是" + Hosting + "。"));

        Assert.Equal("decrease", JsonAt(read, Reception + "/direction"));
        Assert.Null(JsonAt(read, Reception + "/reason"));
        Assert.StartsWith("两辆执勤车辆报废", JsonAt(read, VehicleOperation + "/reason"), StringComparison.Ordinal);
        Assert.Single(read.Notes, n => n.MessageEn.StartsWith(ReasonNote, StringComparison.Ordinal));
        Assert.Contains("FA2106 " + Reception, Of(diagnostics, Severity.Warning));
    }

    /// <summary>Near miss: the statement says 减少, the head 增加 — whose reason it is is not certain: a note, no reason.</summary>
    [Fact]
    public void AStatementAgainstTheHead_KeepsTheNote()
    {
        var (read, _) = Read(Text(1, true, VehicleReason + "公务接待费略有减少。增加的原因是" + Hosting + "。"));

        Assert.Null(JsonAt(read, Reception + "/reason"));
        Assert.Single(read.Notes, n => n.MessageEn.StartsWith(ReasonNote, StringComparison.Ordinal));
    }

    /// <summary>
    /// Near misses: the reason in the next section (after its heading), or one sentence further (a count between), is not
    /// the statement's: the reception keeps no reason.
    /// </summary>
    [Theory]
    [InlineData("公务接待费略有增加。\n四、机关运行经费支出情况\n增加的原因是" + Hosting + "。")]
    [InlineData("公务接待费略有增加。全年接待12批次。增加的原因是" + Hosting + "。")]
    public void AReasonNotRightAfterTheStatement_IsNotTheRows(string after)
    {
        var (read, _) = Read(Text(1, true, VehicleReason + after));

        Assert.Null(JsonAt(read, Reception + "/reason"));
    }

    /// <summary>
    /// In prose, the statement names which of the changes stated that way the reason is: the reception's, not the vehicle
    /// operation's that also rose (a bare head after both would cover both).
    /// </summary>
    [Fact]
    public void InProse_TheStatementNamesTheOneChange()
    {
        var (read, _) = Read("某县司法局2022年度部门决算说明\n三、“三公”经费支出情况\n2022年度公务用车运行维护费7.00万元，比上年增加0.20万元，"
            + "增长2.94%；公务接待费3.00万元，比上年增加0.50万元，增长20.00%。公务接待费略有增加。增加的原因是" + Hosting + "。\n");

        Assert.Equal(Hosting + "。", JsonAt(read, Reception + "/reason"));
        Assert.Null(JsonAt(read, VehicleOperation + "/reason"));
    }

    /// <summary>
    /// Property: in any of the four layouts, with the reception's row rising or falling and the statement and the head saying
    /// either way, the reason goes to the reception's change exactly when all three agree — else it is a note, and it never
    /// reaches the vehicle row (whose own reason stands) or the total.
    /// </summary>
    [Property(MaxTest = 24)]
    public bool TheReasonIsTheRowsOnlyWhenAllThreeAgree(byte layout, bool rowUp, bool statementUp, bool headUp)
    {
        string Way(bool up) => up ? "增加" : "减少";
        var (read, _) = Read(Text(layout % 4, rowUp, VehicleReason + "公务接待费略有" + Way(statementUp) + "。" + Way(headUp)
            + "的原因是" + Hosting + "。"));

        var agree = rowUp == statementUp && statementUp == headUp;
        var reason = JsonAt(read, Reception + "/reason");
        return (agree ? reason == Hosting + "。" : reason is null)
            && JsonAt(read, VehicleOperation + "/reason") is { } own && own.StartsWith("两辆执勤车辆报废", StringComparison.Ordinal)
            && JsonAt(read, "/narrative/threePublic/total/change/reason") is null
            && read.Notes.Count(n => n.MessageEn.StartsWith(ReasonNote, StringComparison.Ordinal)) == (agree ? 0 : 1);
    }

    /// <summary>
    /// A change whose item's amount is never stated (<c>公务用车购置费为0。公务用车运行维护费同比减少0.68万元，下降10.00%</c>): the
    /// model holds a change only beside the figure it changes (the amount is required), and the amount is not derived (not
    /// 6.12 − 0 from the subtotal): the item is not placed, a located note names it, and the subtotal stays as written.
    /// </summary>
    [Fact]
    public void AChangeWithoutItsAmount_IsANoteNotAFigure()
    {
        var (read, diagnostics) = Read("某区政协机关2018年度部门决算说明\n六、“三公”经费支出决算情况说明\n"
            + "2018年度“三公”经费支出9.00万元，其中：因公出国（境）费3.00万元，公务用车购置及运行维护费4.50万元，公务接待费1.50万元。公务用车购置费为0。公务用车运行维护费同比减少0.50万元，下降10.00%，"
            + "主要是维修费用得到控制。\n");

        Assert.Null(JsonAt(read, "/narrative/threePublic/vehicleOperation/change"));
        Assert.Equal("4.50", JsonAt(read, "/narrative/threePublic/vehiclesSubtotal/amount"));
        const string Operation = "/narrative/threePublic/vehicleOperation";
        var note = Assert.Single(read.Notes, n => n.MessageEn.Contains(Operation, StringComparison.Ordinal));
        Assert.Contains("amount", note.MessageEn, StringComparison.Ordinal);
        Assert.Equal(3, note.Span.StartLine);
        Assert.Empty(RuleIds(diagnostics, Severity.Error));
    }

    /// <summary>
    /// Session 44 (a weak point): a neutral difference after a budget finds its budget amount by the claim's own place, not by
    /// the first place its text is written — the same 1100.00 written earlier as the prior year, before 比上年, does not make
    /// the difference a year-on-year change; the year's change stays the 比上年 one.
    /// </summary>
    [Fact]
    public void ANeutralDifferenceAfterABudget_FindsTheBudgetByItsPlace()
    {
        const string Total = "/narrative/generalBudget/total/";
        var (read, diagnostics) = Read("某局2024年度部门决算说明\n五、一般公共预算财政拨款支出决算情况说明\n2024年度一般公共预算财政拨款支出决算1000.00万元，"
            + "上年决算1100.00万元，比上年减少100.00万元，下降9.09%；年初预算1100.00万元，增减额-100.00万元，增减率-9.09%。\n");

        Assert.Equal("100.00", JsonAt(read, Total + "budget/difference"));
        Assert.Equal("finalBelowBudget", JsonAt(read, Total + "budget/relation"));
        Assert.Equal("9.09", JsonAt(read, Total + "budget/varianceRate"));
        Assert.Equal("1100.00", JsonAt(read, Total + "change/priorYearAmount"));
        Assert.Equal("decrease", JsonAt(read, Total + "change/direction"));
        Assert.Empty(RuleIds(diagnostics, Severity.Error));
    }

    /// <summary>
    /// Session 44 (a weak point): when an "other" kind (其他支出) makes the kinds of 本年支出 incomplete, the note that withdraws
    /// 项目支出's amount is located at that amount (line 3, column 49: 350.00万元) — never at the text's first character.
    /// </summary>
    [Fact]
    public void TheWithdrawnKindsNote_IsLocated()
    {
        var (read, _) = Read("某局2024年度部门决算说明\n三、支出决算情况说明\n2024年度本年支出1000.00万元，其中：基本支出600.00万元，占60.00%；"
            + "项目支出350.00万元，占35.00%；其他支出50.00万元，占5.00%。\n");

        var note = Assert.Single(read.Notes, n => n.MessageEn.StartsWith("The kinds of the year's expenditure", StringComparison.Ordinal));
        Assert.Equal((3, 49), (note.Span.StartLine, note.Span.StartColumn));
        Assert.Null(JsonAt(read, "/narrative/expenditure/project/amount"));
    }
}
