using System.Text;
using PublicFinance.FinalAccounts.Disclosures;
using PublicFinance.FinalAccounts.Documents;
using PublicFinance.FinalAccounts.Documents.Tests;
using PublicFinance.FinalAccounts.Tests.Disclosures;

namespace PublicFinance.FinalAccounts.Tests;

/// <summary>
/// The reader's gaps left by session 25 (issue 8, recall and precision; precision first), each on invented texts of its own
/// in several wordings, with a near miss per pattern that must not be read: carry-overs without 和结余 (4), a reason paragraph
/// whose items name their subjects (5), the older 持平 path obeying the rule of 与上年相同 (6), heading and item forms FA6102
/// missed (7), a workbook's 编制单位 as the entity name (8). Every text is consistent, so no Error may be raised on it.
/// </summary>
public sealed class GapsTwentySixTests
{
    private static (DisclosureReadResult Read, string[] Errors) Read(string text) => TextReading.ReadWithErrors(text);

    private static string? At(DisclosureReadResult read, string pointer) => TextReading.At(read, pointer);

    // ---- 4. 上年结转 / 结转下年 without 和结余 ----

    private const string Overview = "某县某局2023年度部门决算说明\n一、收入支出决算总体情况说明\n";

    /// <summary>
    /// 结转下年 (年末结转…) in the composition of 支出总计 stands where 年末结转和结余 stands: the closing carry-over. 1000.00 =
    /// 900.00 + 100.00 (收入总计 = 本年收入 + 上年结转, session 25) and 1000.00 = 950.00 + 50.00.
    /// </summary>
    [Theory]
    [InlineData("结转下年50.00万元")]
    [InlineData("结转下年资金50.00万元")]
    [InlineData("年末结转50.00万元")]
    [InlineData("结转至下年度50.00万元")]
    public void ALaterCarryOverInTheExpenditureGrandTotal_IsTheClosingCarryOver(string part)
    {
        var (read, errors) = Read(Overview + "2023年度收入总计1000.00万元，其中：本年收入900.00万元，上年结转100.00万元；支出总计"
            + "1000.00万元，其中：本年支出950.00万元，" + part + "。\n");

        Assert.Equal("50.00", At(read, "/narrative/overall/closingCarryOver/amount"));
        Assert.Equal("100.00", At(read, "/narrative/overall/openingCarryOver/amount"));
        Assert.Empty(errors);
    }

    /// <summary>
    /// Near misses: a 结余 of the same side stated beside the 结转 — in the same sentence or the next — makes each 结转 only a
    /// part of 年初／年末结转和结余 (80.00 + 20.00, 40.00 + 10.00): neither is placed as the whole, and with the overview's
    /// 本年 totals absent FA1210 (收入总计 = 本年收入合计 + 年初结转和结余: 1000.00 against 900.00 + 80.00) must not fire. The
    /// sections' totals are 900.00 and 950.00; 1000.00 = 900.00 + 80.00 + 20.00 = 950.00 + 40.00 + 10.00.
    /// </summary>
    [Theory]
    [InlineData("收入总计1000.00万元，包括上年结转80.00万元、上年结余20.00万元；支出总计1000.00万元，包括结转下年40.00万元、"
        + "年末结余10.00万元。")]
    [InlineData("收入总计1000.00万元，其中：上年结转80.00万元。另有上年结余20.00万元。支出总计1000.00万元，其中：结转下年"
        + "40.00万元，年末结余10.00万元。")]
    public void ACarryOverBesideItsSurplus_IsNoWholeAndMakesNoFa1210(string overview)
    {
        var (read, errors) = Read(Overview + "2023年度" + overview + "\n二、收入决算情况说明\n2023年度本年收入合计900.00万元。\n"
            + "三、支出决算情况说明\n2023年度本年支出合计950.00万元。\n");

        Assert.Null(At(read, "/narrative/overall/openingCarryOver/amount"));
        Assert.Null(At(read, "/narrative/overall/closingCarryOver/amount"));
        Assert.Equal("900.00", At(read, "/narrative/income/total/amount"));
        Assert.DoesNotContain(errors, e => e.StartsWith("FA1210", StringComparison.Ordinal));
        Assert.Empty(errors);
    }

    /// <summary>Near miss: 结转下年 with no 支出总计 before it in its sentence is no part of a grand total — a note.</summary>
    [Fact]
    public void ALaterCarryOverOutsideAGrandTotal_IsNotPlaced()
    {
        var (read, errors) = Read(Overview + "2023年度本年支出950.00万元，结转下年50.00万元。\n");

        Assert.Null(At(read, "/narrative/overall/closingCarryOver/amount"));
        Assert.Empty(errors);
    }

    // ---- 5. A reason paragraph whose items name their subjects ----

    private const string Expenditure = "某县某局2023年度部门决算说明\n二、支出决算情况说明\n";

    /// <summary>Three changes, none with a reason: the total +120.00 over 1380.00 (8.7 %), 基本支出 +150.00 over 750.00
    /// (20.0 %), 项目支出 −30.00 over 630.00 (4.8 %); 1500.00 = 900.00 + 600.00 and 1380.00 = 750.00 + 630.00.</summary>
    private const string ThreeChanges = "2023年度本年支出合计1500.00万元，比上年增加120.00万元，增长8.7%。其中：基本支出900.00万元，"
        + "比上年增加150.00万元，增长20.0%；项目支出600.00万元，比上年减少30.00万元，下降4.8%。\n";

    /// <summary>
    /// A reason paragraph of items each naming its subject gives each item to that subject's change — in either order and
    /// after any reason marker; the total, named by no item, keeps no reason (FA2106 may warn: acceptable).
    /// </summary>
    [Theory]
    [InlineData("变动原因：一是基本支出增加，主要是人员调资；二是项目支出减少，主要是部分项目完成。")]
    [InlineData("增减变化的主要原因是：一是项目支出减少，主要是部分项目完成；二是基本支出增加，主要是人员调资。")]
    [InlineData("主要原因：一是基本支出较上年增加150.00万元，主要是人员调资；二是项目支出较上年减少30.00万元，主要是部分项目完成。")]
    [InlineData("变动原因：一是人员调资，基本支出相应增加；二是部分项目完成，项目支出相应减少。")]
    public void ReasonItemsNamingTheirSubjects_AreTheirChangesReasons(string reason)
    {
        var (read, errors) = Read(Expenditure + ThreeChanges + reason + "\n");

        var expenditure = read.Report.Narrative!.Expenditure!;
        Assert.Contains("人员调资", expenditure.Basic!.Change!.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain("项目完成", expenditure.Basic!.Change!.Reason, StringComparison.Ordinal);
        Assert.Contains("部分项目完成", expenditure.Project!.Change!.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain("人员调资", expenditure.Project!.Change!.Reason, StringComparison.Ordinal);
        Assert.Null(expenditure.Total!.Change!.Reason);
        Assert.Empty(errors);
    }

    /// <summary>
    /// Near misses: items that name no subject, an item naming two, two items naming one, and an item whose direction
    /// contradicts its change (基本支出 rose; "一是基本支出减少") — which change each explains is not certain, so none is
    /// attached and the reason stays the located note of session 25.
    /// </summary>
    [Theory]
    [InlineData("变动原因：一是人员调资；二是部分项目完成。")]
    [InlineData("变动原因：一是基本支出和项目支出结构调整；二是项目支出减少，主要是部分项目完成。")]
    [InlineData("变动原因：一是基本支出增加，主要是人员调资；二是基本支出中公用经费增加。")]
    [InlineData("变动原因：一是基本支出减少，主要是人员调资；二是项目支出增加，主要是部分项目完成。")]
    [InlineData("变动原因：主要是基本支出增加。")]
    public void ReasonItemsNotNamingOneSubjectEach_AreANote(string reason)
    {
        var (read, errors) = Read(Expenditure + ThreeChanges + reason + "\n");

        var expenditure = read.Report.Narrative!.Expenditure!;
        Assert.Null(expenditure.Basic!.Change!.Reason);
        Assert.Null(expenditure.Project!.Change!.Reason);
        Assert.Null(expenditure.Total!.Change!.Reason);
        Assert.Contains(read.Notes, n => n.MessageEn == DisclosureMessages.ReasonWithoutTarget.En);
        Assert.Empty(errors);
    }

    // ---- 6. The older 持平 path: a change of 0 only right after its subject's amount ----

    private const string ThreePublic = "某县某局2023年度部门决算说明\n五、“三公”经费支出决算情况说明\n2023年度“三公”经费支出2.00万元，"
        + "其中：因公出国（境）费0.00万元，公务用车购置及运行费0.00万元。";

    /// <summary>
    /// 持平 / 无增减变化 directly after the item's amount (公务接待费 2.00 = the total 2.00 − 0.00 − 0.00) is the item's change,
    /// direction unchanged; so is a clause that names its own item ("公务接待费支出与上一年度持平").
    /// </summary>
    [Theory]
    [InlineData("公务接待费支出2.00万元，与上年持平。")]
    [InlineData("公务接待费2.00万元，比上年持平，主要是严格执行接待标准。")]
    [InlineData("公务接待费2.00万元，与上年度相比无增减变化。")]
    [InlineData("公务接待费2.00万元，与上年相比没有变化。")]
    [InlineData("公务接待费支出与上一年度持平。")]
    public void LevelRightAfterTheAmount_IsTheItemsUnchangedChange(string sentence)
    {
        var (read, errors) = Read(ThreePublic + sentence + "\n");

        Assert.Equal("unchanged", At(read, "/narrative/threePublic/reception/change/direction"));
        Assert.Empty(errors);
    }

    /// <summary>
    /// Near misses: a share, a prior-year figure or a count between the amount and 持平, and a goal (力争与上年持平) — which
    /// figure is level is not certain (the share's? the count's?), so no change is read: a located note. 决算数与预算数持平 right
    /// after the amount compares with the budget, never the prior year (the old path read it as a change of 0).
    /// </summary>
    [Theory]
    [InlineData("公务接待费支出2.00万元，占“三公”经费的100.0%，与上年持平。")]
    [InlineData("公务接待费支出2.00万元，上年决算3.00万元，与上年持平。")]
    [InlineData("公务接待费支出2.00万元，接待12批次，与上年持平。")]
    [InlineData("公务接待费支出2.00万元，力争与上年持平。")]
    [InlineData("公务接待费支出2.00万元，决算数与预算数持平。")]
    public void LevelNotRightAfterTheAmount_IsNoChange(string sentence)
    {
        var (read, errors) = Read(ThreePublic + sentence + "\n");

        Assert.Equal("2.00", At(read, "/narrative/threePublic/reception/amount"));
        Assert.Null(At(read, "/narrative/threePublic/reception/change/direction"));
        Assert.Empty(errors);
    }

    /// <summary>
    /// A 持平 clause that names its figure in the next sentence ("与上年相比，收入支出总计持平" after "收入支出总计1000.00万元")
    /// is that figure's change: the overview's grand totals' change (1000.00 both years).
    /// </summary>
    [Fact]
    public void LevelNamingItsFigure_IsItsChange()
    {
        var (read, errors) = Read(Overview + "2023年度收入支出总计1000.00万元。与上年相比，收入支出总计持平。\n");

        Assert.Equal("unchanged", At(read, "/narrative/overall/change/direction"));
        Assert.Empty(errors);
    }

    /// <summary>
    /// Near miss outside 三公: "基本支出700.00万元，占73.7%，与上年持平" states the share level, not 基本支出 (700.00 of 950.00 =
    /// 73.7 %): 基本支出's change is not read; the same words right after the amount are.
    /// </summary>
    [Fact]
    public void LevelAfterAShare_IsNoChangeOfTheFigure()
    {
        var (read, errors) = Read(Expenditure + "2023年度本年支出合计950.00万元。其中：基本支出700.00万元，占73.7%，与上年持平；"
            + "项目支出250.00万元，占26.3%。\n");
        Assert.Null(At(read, "/narrative/expenditure/basic/change/direction"));
        Assert.Empty(errors);

        var (level, _) = Read(Expenditure + "2023年度本年支出合计950.00万元。其中：基本支出700.00万元，与上年持平；"
            + "项目支出250.00万元，占26.3%。\n");
        Assert.Equal("unchanged", At(level, "/narrative/expenditure/basic/change/direction"));
    }

    // ---- 7. Heading and item forms FA6102 missed ----

    /// <summary>
    /// "4）预算绩效管理情况" on its own line is a heading: the 绩效 section is entered and the project's self-evaluation prose
    /// is read (预算 103.07, 执行 98.77: 95.83 %), not left in the 机关运行经费 section before it ("1）…", 12.00 万元).
    /// </summary>
    [Theory]
    [InlineData("4）预算绩效管理情况")]
    [InlineData("4)预算绩效管理情况")]
    [InlineData("2）项目支出绩效自评情况")]
    public void AHeadingNumberedWithABracket_OpensItsSection(string heading)
    {
        var (read, errors) = Read("某县某局2023年度部门决算说明\n第三部分 2023年度部门决算情况说明\n1）机关运行经费支出情况\n"
            + "2023年度本部门机关运行经费支出12.00万元。\n" + heading + "\n2023年度，本部门对社区保洁服务项目开展了绩效自评，"
            + "项目全年预算数103.07万元，执行数98.77万元，预算执行率95.83%，自评得分93.58分。\n");

        Assert.Equal("12.00", At(read, "/narrative/operatingExpenses/administrativeOperatingExpenses/amount"));
        Assert.NotNull(read.Report.Performance);
        Assert.NotEmpty(read.Report.Performance!.Evaluations);
        Assert.Empty(errors);
    }

    /// <summary>Near miss: a line numbered "1）" that states a figure is no heading — its figure is still read in its section
    /// (公务接待费 2.00 of the 三公 total 2.00).</summary>
    [Fact]
    public void ABracketNumberedLineWithAFigure_IsNoHeading()
    {
        var (read, errors) = Read("某县某局2023年度部门决算说明\n五、“三公”经费支出决算情况说明\n2023年度“三公”经费支出2.00万元。\n"
            + "1）公务接待费支出2.00万元情况\n");

        Assert.Equal("2.00", At(read, "/narrative/threePublic/reception/amount"));
        Assert.Empty(errors);
    }

    /// <summary>The functions named 部门主要职责 or 单位职能 are the entity's functions (two items each).</summary>
    [Theory]
    [InlineData("一、部门主要职责\n（一）负责全区住房保障工作。\n（二）负责城乡建设管理工作。")]
    [InlineData("（一）单位职能\n1.承担全省工程质量检测任务。\n2.开展检测技术研究。")]
    public void FunctionsUnderOtherHeadings_AreRead(string part)
    {
        var (read, _) = Read("某县某局2023年度部门决算说明\n第一部分 部门概况\n" + part + "\n二、机构设置\n本部门设5个内设机构。\n");

        Assert.Equal(2, read.Report.Entity.Functions.Count);
    }

    /// <summary>
    /// A glossary numbered "1." / "2、" / "(3)" is read term by term; a numbered line without a term before its ':' ("4.本表
    /// 金额单位为万元") or with digits in it is not an entry.
    /// </summary>
    [Fact]
    public void AGlossaryNumberedWithDigits_IsRead()
    {
        var (read, _) = Read("某县某局2023年度部门决算说明\n第四部分 名词解释\n1. 财政拨款收入：指本级财政当年拨付的资金。\n"
            + "2、事业收入：指事业单位开展专业业务活动取得的收入。\n(3)经营收入：指非独立核算经营活动取得的收入。\n"
            + "4.本表金额单位为万元。\n5. 2023年收入：说明。\n");

        Assert.Equal(["财政拨款收入", "事业收入", "经营收入"], read.Report.Glossary.Select(g => g.Term).ToArray());
        Assert.StartsWith("指本级财政", read.Report.Glossary[0].Definition, StringComparison.Ordinal);
    }

    // ---- 8. A workbook's 编制单位 as the entity name ----

    /// <summary>A one-sheet 收入决算表 in 元 with <paramref name="caption"/> as the rows between its title and header
    /// (合计 1000.00 = 财政拨款收入 1000.00).</summary>
    private static byte[] Workbook(params string[][] caption)
    {
        var rows = new List<string[]> { new[] { "收入决算表" } };
        rows.AddRange(caption);
        rows.Add(["科目编码", "科目名称", "本年收入合计", "财政拨款收入"]);
        rows.Add(["", "合计", "1000.00", "1000.00"]);
        rows.Add(["201", "一般公共服务支出", "1000.00", "1000.00"]);
        return MinimalXlsx.Write("公开02表", rows, "General");
    }

    private static string EntityOf(params PublishedDocument[] documents)
        => PublishedDocumentReader.Combine(documents).Report.Entity.Name;

    /// <summary>
    /// A workbook alone names no entity in a 说明, so the 编制单位 of its caption is the entity's name — beside the unit in
    /// other cells, in one cell with the unit after it, or with the name in the cell after the label.
    /// </summary>
    [Theory]
    [InlineData("编制单位：某市某区某街道办事处", "", "单位：元")]
    [InlineData("编制单位：某市某区某街道办事处    单位：元", "", "")]
    [InlineData("填报单位:某市某区某街道办事处", "", "金额单位：元")]
    [InlineData("编制单位：", "某市某区某街道办事处", "单位：元")]
    public void AWorkbooksIssuer_IsTheEntityWhenTheNarrativeNamesNone(string first, string second, string third)
    {
        var document = PublishedDocumentReader.Read(Workbook([first, second, third]), "附表.xlsx");

        Assert.Equal("某市某区某街道办事处", EntityOf(document));
    }

    /// <summary>
    /// Near misses: no 编制单位 row (only 单位：元), a label with no name (the next cell is the unit), and a 说明 that names its
    /// entity (its title) — the 说明's name is kept, the workbook's never replaces it.
    /// </summary>
    [Fact]
    public void AWorkbookWithoutAnIssuerOrBesideANamedNarrative_GivesNoOtherName()
    {
        Assert.Equal(string.Empty, EntityOf(PublishedDocumentReader.Read(Workbook(["单位：元"]), "附表.xlsx")));
        Assert.Equal(string.Empty, EntityOf(PublishedDocumentReader.Read(Workbook(["编制单位：", "单位：元"]), "附表.xlsx")));

        var narrative = PublishedDocumentReader.Read(
            Encoding.UTF8.GetBytes("某县财政局2023年度部门决算说明\n一、收入支出决算总体情况说明\n2023年度收入总计1000.00万元。\n"),
            "说明.txt");
        var workbook = PublishedDocumentReader.Read(Workbook(["编制单位：某市某区某街道办事处", "", "单位：元"]), "附表.xlsx");
        Assert.StartsWith("某县财政局", EntityOf(narrative, workbook), StringComparison.Ordinal);
    }
}
