using PublicFinance.FinalAccounts.Disclosures;
using PublicFinance.FinalAccounts.Model;
using PublicFinance.FinalAccounts.Validation;
using static PublicFinance.FinalAccounts.Tests.Disclosures.TextReading;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// The families of the session-19 blind excerpts (issue 8), each with invented sentences of its own (not the blind texts):
/// the appropriation income split by fund with no 财政拨款收入 stated, a 政府性基金 sentence in the overview, 三公 item
/// paragraphs headed inline ("（三）公务接待费。年初预算为…"), 为(年初)预算的 X% as a completion rate, reasons opened by 系, 因 or
/// 变动原因, 收入、支出决算总计(均为), and 【】 headings. Each text is consistent, so no Error may be raised on it.
/// </summary>
public class PhrasingRoundSixTests
{
    private const string IncomeHeading = "某镇人民政府2022年度部门决算说明\n二、收入决算情况说明\n";

    /// <summary>
    /// "其中：一般公共预算财政拨款收入 A；政府性基金预算财政拨款收入 B；其他收入 C" with no 财政拨款收入 stated: A is one part of
    /// the appropriation (session 40: appropriation/generalBudgetIncome, with its share), B is the fund's own income, and
    /// nothing is the whole —
    /// 2400.00 + 600.00 + 200.00 = 3200.00, so the whole would be 3000.00, stated nowhere. FA1202 cannot run (it needs the
    /// whole); before, A was taken as the whole and FA1202 said 3200.00 ≠ 2400.00 + 200.00. A's 75.00 % is of 本年收入合计
    /// (2400 / 3200), not of the 财政拨款 income (2400 / 3000 = 80 %), which the model's share of the part is (FA2007): since
    /// session 41 it is a note (FundPartShareBases), never a false FA2007.
    /// </summary>
    [Fact]
    public void IncomeSplitByFund_WithoutTheWhole_IsNeverOneFieldForBoth()
    {
        var (read, diagnostics) = Read(IncomeHeading + "本年收入合计3200.00万元。其中：一般公共预算财政拨款收入2400.00万元，占75.00%；"
            + "政府性基金预算财政拨款收入600.00万元，占18.75%；其他收入200.00万元，占6.25%。\n");
        Assert.Null(At(read, "/narrative/income/fiscalAppropriation/amount"));
        Assert.Equal("600.00", At(read, "/narrative/governmentFund/currentYearIncome/amount"));
        Assert.Equal("200.00", At(read, "/narrative/income/otherIncome/amount"));
        Assert.Equal("2400.00", At(read, "/narrative/appropriation/generalBudgetIncome/amount"));
        Assert.Null(At(read, "/narrative/appropriation/generalBudgetIncome/share"));
        Assert.True(Noted(read, "does not show its base"));
        Assert.DoesNotContain(diagnostics, d => d.RuleId is "FA1202" or "FA1211" or "FA2007");
        Assert.Empty(Errors(diagnostics));
    }

    /// <summary>
    /// The whole stated before its fund parts ("财政拨款收入 3000.00 万元，其中：一般公共预算… 2400.00，政府性基金… 600.00"):
    /// the whole is 财政拨款收入; 3000.00 + 200.00 = 3200.00, so FA1202 runs and passes.
    /// </summary>
    [Fact]
    public void IncomeSplitByFund_WithTheWholeStated_KeepsTheWhole()
    {
        var (read, diagnostics) = Read(IncomeHeading + "本年收入合计3200.00万元，其中：财政拨款收入3000.00万元（一般公共预算财政拨款收入"
            + "2400.00万元，政府性基金预算财政拨款收入600.00万元），其他收入200.00万元。\n");
        Assert.Equal("3000.00", At(read, "/narrative/income/fiscalAppropriation/amount"));
        Assert.Equal("600.00", At(read, "/narrative/governmentFund/currentYearIncome/amount"));
        Assert.Empty(Errors(diagnostics));
    }

    /// <summary>
    /// A sentence about the 政府性基金 in the overview ("…政府性基金预算财政拨款年初结转和结余0万元，本年收入…，年末结转和结余…")
    /// states the fund's figures, never the department's: the overview's 年初结转和结余 stays 300.00 (3200.00 + 300.00 =
    /// 3500.00), and the fund's are its own (0 + 600.00 = 550.00 + 50.00).
    /// </summary>
    [Fact]
    public void AFundSentenceInTheOverview_IsTheFundsOwn()
    {
        const string Fund = "2022年度政府性基金预算财政拨款年初结转和结余0万元，本年收入600.00万元，本年支出550.00万元，年末结转和结余50.00万元。\n";
        var (read, diagnostics) = Read("某镇2022年度部门决算说明\n一、收入支出决算总体情况说明\n2022年度收入总计3500.00万元，"
            + "本年收入合计3200.00万元，年初结转和结余300.00万元；支出总计3500.00万元，本年支出合计3100.00万元，年末结转和结余400.00万元。\n"
            + Fund);
        Assert.Equal("300.00", At(read, "/narrative/overall/openingCarryOver/amount"));
        Assert.Equal("400.00", At(read, "/narrative/overall/closingCarryOver/amount"));
        Assert.Equal("0", At(read, "/narrative/governmentFund/openingCarryOver/amount"));
        Assert.Equal("600.00", At(read, "/narrative/governmentFund/currentYearIncome/amount"));
        Assert.Equal("50.00", At(read, "/narrative/governmentFund/closingCarryOver/amount"));
        Assert.Empty(Errors(diagnostics));

        // Alone, the fund's sentence still sets none of the overview's figures.
        var (alone, _) = Read("某镇2022年度部门决算说明\n一、收入支出决算总体情况说明\n" + Fund);
        Assert.Null(At(alone, "/narrative/overall/openingCarryOver/amount"));
        Assert.Null(At(alone, "/narrative/overall/closingCarryOver/amount"));
        Assert.Equal("50.00", At(alone, "/narrative/governmentFund/closingCarryOver/amount"));
    }

    /// <summary>
    /// 三公 items headed inline, each heading a sentence of its own ending in 。 (after a line break or not): the sentences
    /// after it are the item's, up to the next heading. 16.00 + 9.00 = 25.00 (出国 nothing); 16.00 / 20.00 = 80.00%,
    /// 9.00 / 10.00 = 90.00%; shares of the 三公 total 16.00 / 25.00 = 64.00%, 9.00 / 25.00 = 36.00%.
    /// </summary>
    [Theory]
    [InlineData("")]
    [InlineData("\n")]
    public void ThreePublicItemsHeadedInline_SwitchTheSubject(string lineBreak)
    {
        var (read, diagnostics) = Read("某区某局2019年度“三公”经费支出决算情况说明\n2019年度“三公”经费财政拨款支出年初预算为30.00万元，"
            + "支出决算为25.00万元。（一）因公出国（境）费。本年未安排预算，未发生支出。" + lineBreak
            + "（二）公务用车购置及运行维护费。年初预算为20.00万元，支出决算为16.00万元，为预算的80.00%，占“三公”经费支出决算的64.00%。"
            + lineBreak + "（三）公务接待费。年初预算为10.00万元，支出决算为9.00万元，为预算的90.00%，占“三公”经费支出决算的36.00%。\n");
        Assert.Equal("16.00", At(read, "/narrative/threePublic/vehiclesSubtotal/amount"));
        Assert.Equal("64.00", At(read, "/narrative/threePublic/vehiclesSubtotal/share"));
        Assert.Equal("80.00", At(read, "/narrative/threePublic/vehiclesSubtotal/budget/completionRate"));
        Assert.Equal("9.00", At(read, "/narrative/threePublic/reception/amount"));
        Assert.Equal("36.00", At(read, "/narrative/threePublic/reception/share"));
        Assert.Equal("10.00", At(read, "/narrative/threePublic/reception/budget/budgetAmount"));
        Assert.Equal("90.00", At(read, "/narrative/threePublic/reception/budget/completionRate"));
        Assert.Null(At(read, "/narrative/threePublic/total/share"));
        Assert.Equal("25.00", At(read, "/narrative/threePublic/total/amount"));
        Assert.Empty(Errors(diagnostics));
    }

    /// <summary>
    /// Only a sentence that is an item's name (after its number, with 支出/情况) heads; a sentence saying more of the item
    /// does not.
    /// </summary>
    [Theory]
    [InlineData("(二)公务用车购置及运行维护费。", "/narrative/threePublic/vehiclesSubtotal")]
    [InlineData("2.公务接待费支出情况", "/narrative/threePublic/reception")]
    [InlineData("公务接待费", "/narrative/threePublic/reception")]
    [InlineData("三、因公出国(境)费。", "/narrative/threePublic/overseasTravel")]
    [InlineData("公务接待费未发生。", null)]
    [InlineData("公务接待费标准从严", null)]
    [InlineData("(二)三公经费", null)]
    public void AnItemHeading_IsOnlyTheItemsName(string sentence, string? expected)
        => Assert.Equal(expected, NarrativeReader.ThreePublicItemHeading(sentence, 0, sentence.Length));

    /// <summary>
    /// "为年初预算的 X%", "为预算的 X%", "为全年预算的 X%": the final as a part of its budget, a completion rate. 1900.00 /
    /// 2000.00 = 95.00%; the budget 2000.00 − 1900.00 = 100.00 less, 5.00%.
    /// </summary>
    [Theory]
    [InlineData("为年初预算的", "initial")]
    [InlineData("为预算的", "initial")]
    [InlineData("为全年预算的", "fullYear")]
    public void PartOfTheBudget_IsACompletionRate(string words, string kind)
    {
        var (read, diagnostics) = Read("某研究所2021年度单位决算\n四、一般公共预算财政拨款支出决算情况说明\n2021年度一般公共预算财政拨款支出"
            + "1900.00万元，" + words + "95.00%，比年初预算减少100.00万元，下降5.00%。\n");
        Assert.Equal("95.00", At(read, "/narrative/generalBudget/total/budget/completionRate"));
        var expected = kind == "fullYear" ? BudgetKind.FullYear : BudgetKind.Initial;
        Assert.Equal(expected, read.Report.Narrative?.GeneralBudget?.Total?.Budget?.Kind);
        Assert.Empty(Errors(diagnostics));
    }

    /// <summary>A share of something else is not a completion rate: 占, 比 and words without 为 before the budget.</summary>
    [Theory]
    [InlineData("为年初预算的", true)]
    [InlineData("支出决算为预算数的", true)]
    [InlineData("占年初预算的", true)]   // 为 absent but 占 is excluded by the caller; the helper speaks only of 为 … 预算的
    [InlineData("比年初预算的", false)]
    [InlineData("为上年的", false)]
    [InlineData("年初预算的", false)]
    public void IsShareOfBudget_NeedsWeiBeforeTheBudget(string label, bool expected)
        => Assert.Equal(expected && label.Contains('为'), NarrativeReader.IsShareOfBudget(label));

    /// <summary>
    /// Reasons opened by 系 (…所致), 因, or 变动原因：(also in a sentence of its own) after a change: the change's reason, so no
    /// FA2106. 1300.00 − 1200.00 = 100.00, 100.00 / 1300.00 = 7.69%; 100.00 − 90.00 = 10.00, 10.00%.
    /// </summary>
    [Theory]
    [InlineData("，系培训项目压缩所致。", "培训项目压缩所致")]
    [InlineData("，主要系培训项目压缩所致。", "培训项目压缩所致")]
    [InlineData("，因培训项目压缩。", "培训项目压缩")]
    [InlineData("。变动原因：培训项目压缩。", "培训项目压缩")]
    public void ReasonsOpenedBySystemWords_AreTheChangesReason(string tail, string reason)
    {
        var (read, diagnostics) = Read("某组织部2020年度部门决算说明\n一、收入支出决算总体情况说明\n2020年度收入总计1200.00万元，"
            + "支出总计1200.00万元，比2019年度减少100.00万元，下降7.69%" + tail + "\n");
        var change = read.Report.Narrative?.Overall?.Change;
        Assert.NotNull(change);
        Assert.Contains(reason, change!.Reason ?? string.Empty, StringComparison.Ordinal);
        Assert.DoesNotContain(diagnostics, d => d.RuleId == "FA2106");
        Assert.Empty(Errors(diagnostics));
    }

    /// <summary>因 and 系 open a reason only at a clause's start after a direction word (or 小于), not as 因公, 因此, 系统, 系列.</summary>
    [Theory]
    [InlineData("支出减少1.00万元,因会议减少", 11)]
    [InlineData("支出减少1.00万元,系会议减少所致", 11)]
    [InlineData("支出减少1.00万元,因公出国(境)费未发生", -1)]
    [InlineData("支出减少1.00万元,因此压缩", -1)]
    [InlineData("支出减少1.00万元,系统运维费未发生", -1)]
    [InlineData("支出1.00万元,因会议", -1)]
    [InlineData("决算数小于预算数,因项目延期", 9)]
    [InlineData("支出减少1.00万元,原因会议", -1)]
    public void OneCharacterReasonMarkers_OpenAClause(string sentence, int expected)
        => Assert.Equal(expected, NarrativeReader.ReasonMarkerAt(sentence, 0, sentence.Length, out _));

    /// <summary>"收入、支出决算总计均为 X 万元": both grand totals.</summary>
    [Theory]
    [InlineData("收入、支出决算总计均为")]
    [InlineData("收入、支出总计均为")]
    public void IncomeAndExpenditureTotalsTogether_SetBoth(string words)
    {
        var (read, diagnostics) = Read("某研究院2024年度单位决算\n一、收入支出决算总体情况说明\n2024年度" + words + "1500.00万元，与2023年度持平。\n");
        Assert.Equal("1500.00", At(read, "/narrative/overall/incomeGrandTotal/amount"));
        Assert.Equal("1500.00", At(read, "/narrative/overall/expenditureGrandTotal/amount"));
        Assert.Empty(Errors(diagnostics));
    }

    /// <summary>"【收入决算情况】" on a line of its own is a heading: the next line is read in its section (3000.00 + 200.00 = 3200.00).</summary>
    [Fact]
    public void ABracketedHeading_OpensItsSection()
    {
        var (read, diagnostics) = Read("某街道2021年度部门决算\n【收入决算情况】\n本年收入合计3200.00万元。其中：财政拨款收入3000.00万元，"
            + "占93.75%；其他收入200.00万元，占6.25%。\n");
        Assert.Equal("3000.00", At(read, "/narrative/income/fiscalAppropriation/amount"));
        Assert.Equal("93.75", At(read, "/narrative/income/fiscalAppropriation/share"));
        Assert.Empty(Errors(diagnostics));
    }

    /// <summary>
    /// A fund named and denied in the sentence's first clause ("本部门未安排政府性基金预算财政拨款，收入总计…") does not make the
    /// sentence the fund's: the totals are the department's (review of session 19; before, both went to the fund).
    /// </summary>
    [Fact]
    public void AFundDeniedInTheFirstClause_LeavesTheTotalsTheDepartments()
    {
        var (read, _) = Read("某局2024年度部门决算说明\n一、收入支出决算总体情况说明\n2024年度本部门未安排政府性基金预算财政拨款，"
            + "收入总计1000.00万元，支出总计1000.00万元。\n");
        Assert.Equal("1000.00", At(read, "/narrative/overall/incomeGrandTotal/amount"));
        Assert.Equal("1000.00", At(read, "/narrative/overall/expenditureGrandTotal/amount"));
        Assert.Null(At(read, "/narrative/governmentFund/incomeGrandTotal/amount"));
    }

    /// <summary>
    /// A consequence in a later sentence that names a subject of its own ("因此会议费减少") is not the reason of the change read
    /// before it (the 三公 total's): that change keeps no reason, so FA2106 still asks for one (review of session 19). A
    /// generic consequence ("因此支出减少") still gives it (<see cref="PhrasingRoundFiveTests"/>).
    /// </summary>
    [Fact]
    public void AConsequenceNamingAnotherSubject_GivesNoReasonToTheChangeBefore()
    {
        var (read, diagnostics) = Read("某局2024年度部门决算说明\n八、“三公”经费支出情况说明\n“三公”经费支出10.00万元，比上年减少2.00万元。"
            + "本年严格控制会议规模，因此会议费减少。\n");
        Assert.Equal("2.00", At(read, "/narrative/threePublic/total/change/amount"));
        Assert.Null(read.Report.Narrative!.ThreePublic!.Total!.Change!.Reason);
        Assert.Contains(diagnostics, d => d.RuleId == "FA2106");
    }

    /// <summary>
    /// A second "包括:" inside the first list of basic-expenditure items ("…奖金，其中包括：绩效工资；公用经费…") is that list's
    /// text: the paragraph is read (200.00 + 100.00 = 300.00), not dropped by an exception (review of session 19).
    /// </summary>
    [Fact]
    public void ASecondIncludesInsideAList_IsReadAsItsText()
    {
        var (read, _) = Read("某局2024年度部门决算说明\n六、一般公共预算财政拨款基本支出决算情况说明\n2024年度一般公共预算财政拨款基本支出"
            + "300.00万元，其中：人员经费200.00万元，主要包括：基本工资、津贴补贴、奖金，其中包括：绩效工资；公用经费100.00万元，主要包括："
            + "办公费、印刷费。\n");
        Assert.Equal("300.00", At(read, "/narrative/basicExpenditure/total/amount"));
        var basic = read.Report.Narrative!.BasicExpenditure!;
        Assert.Equal("基本工资", basic.PersonnelItems[0]);
        Assert.Equal("办公费", basic.PublicItems[0]);
        Assert.DoesNotContain(read.Notes, n => n.MessageEn.Contains("Exception", StringComparison.Ordinal));
    }
}
