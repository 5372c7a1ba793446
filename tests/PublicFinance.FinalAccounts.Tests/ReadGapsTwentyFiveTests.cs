using PublicFinance.FinalAccounts.Disclosures;
using PublicFinance.FinalAccounts.Tests.Disclosures;

namespace PublicFinance.FinalAccounts.Tests;

/// <summary>
/// The reader's gaps left by session 24 (issue 8, recall and precision; precision first), each on invented texts of its own
/// in several wordings, with a near miss per pattern that must not be read: a bracketed heading on its own line opens a
/// subsection only inside its parent section (1); a zero change in words (零增长, 与上年相同) and goals that are no change
/// (2). Every text is consistent, so no Error may be raised on it.
/// </summary>
public sealed class ReadGapsTwentyFiveTests
{
    private static (DisclosureReadResult Read, string[] Errors) Read(string text)
    {
        var (read, diagnostics) = TextReading.Read(text);
        return (read, TextReading.Errors(diagnostics));
    }

    private static string? At(DisclosureReadResult read, string pointer) => TextReading.At(read, pointer);

    // ---- 1. A bracketed heading on its own line opens a subsection only inside its parent section ----

    /// <summary>
    /// Under "二、支出决算情况说明" the bracketed heading alone on its line, "（一）基本支出决算情况", is the all-funds 基本支出
    /// (700.00 of the 950.00 支出合计 = 700.00 + 250.00); the 一般公共预算财政拨款 基本支出 is the next top-level section's 600.00
    /// = 人员经费 500.00 + 公用经费 100.00. Before, the heading entered that section: 700.00 took basicExpenditure/total, 600.00
    /// was dropped and FA1206 (700 ≠ 500 + 100) was a false Error. The same text with the heading closed by '。' on the body's
    /// line was fixed in session 24; both forms now agree.
    /// </summary>
    [Theory]
    [InlineData("（一）基本支出决算情况\n本年基本支出700.00万元，占本年支出合计的73.7%。")]
    [InlineData("（一）基本支出决算情况说明\n基本支出700.00万元，主要用于保障机构正常运转。")]
    [InlineData("(二)基本支出决算\n2022年度基本支出700.00万元，占支出合计的73.7%。")]
    [InlineData("（一）基本支出决算情况。本年基本支出700.00万元，占本年支出合计的73.7%。")]
    public void ABracketedHeadingLine_StaysInItsParentSection(string part)
    {
        var (read, errors) = Read("某县某局2022年度部门决算说明\n二、支出决算情况说明\n本年支出合计950.00万元。\n" + part
            + "\n（三）项目支出决算情况\n本年项目支出250.00万元。\n三、一般公共预算财政拨款基本支出决算情况说明\n"
            + "2022年度一般公共预算财政拨款基本支出600.00万元，其中：人员经费500.00万元，公用经费100.00万元。\n");

        Assert.Equal("700.00", At(read, "/narrative/expenditure/basic/amount"));
        Assert.Equal("600.00", At(read, "/narrative/basicExpenditure/total/amount"));
        Assert.Empty(errors);
    }

    /// <summary>
    /// Bracketed heading lines that do open their sections: the parts of an umbrella heading ("三、部门决算情况说明": no section
    /// open) one after another, their siblings (收入 then 支出), and a part of the current section (一般公共预算 inside 财政拨款
    /// 支出). 820.00 = 800.00 + 20.00; 810.00 = 610.00 + 200.00; the 一般公共预算 total 500.00 is its own (not 财政拨款's).
    /// </summary>
    [Fact]
    public void BracketedHeadingLines_OpenTheirParentsParts()
    {
        var (read, errors) = Read("某县某局2022年度部门决算说明\n三、部门决算情况说明\n（一）收入决算情况\n"
            + "本年收入合计820.00万元，其中：财政拨款收入800.00万元，其他收入20.00万元。\n（二）支出决算情况\n"
            + "本年支出合计810.00万元，其中：基本支出610.00万元，项目支出200.00万元。\n四、财政拨款支出决算情况说明\n"
            + "（一）一般公共预算财政拨款支出决算情况\n2022年度一般公共预算财政拨款支出500.00万元，占本年支出合计的61.7%。\n");

        Assert.Equal("820.00", At(read, "/narrative/income/total/amount"));
        Assert.Equal("810.00", At(read, "/narrative/expenditure/total/amount"));
        Assert.Equal("610.00", At(read, "/narrative/expenditure/basic/amount"));
        Assert.Equal("500.00", At(read, "/narrative/generalBudget/total/amount"));
        Assert.Empty(errors);
    }

    /// <summary>
    /// Near miss: a top-level heading ("三、…") is no sub-heading and still changes section from anywhere, on its own line or
    /// closed by '。': after 支出决算情况 the 一般公共预算财政拨款 基本支出 section is entered and its 600.00 is basicExpenditure's.
    /// </summary>
    [Theory]
    [InlineData("三、一般公共预算财政拨款基本支出决算情况说明\n")]
    [InlineData("三、一般公共预算财政拨款基本支出决算情况。")]
    public void ATopLevelHeading_StillChangesSection(string heading)
    {
        var (read, errors) = Read("某县某局2022年度部门决算说明\n二、支出决算情况说明\n本年支出合计950.00万元，其中：基本支出"
            + "700.00万元，项目支出250.00万元。\n" + heading
            + "2022年度一般公共预算财政拨款基本支出600.00万元，其中：人员经费500.00万元，公用经费100.00万元。\n");

        Assert.Equal("700.00", At(read, "/narrative/expenditure/basic/amount"));
        Assert.Equal("600.00", At(read, "/narrative/basicExpenditure/total/amount"));
        Assert.Empty(errors);
    }

    // ---- 2. 零增长 / 与上年相同 / 无变化: a change of zero; goals are no change ----

    private const string ThreePublic = "某县某局2022年度部门决算说明\n五、“三公”经费支出决算情况说明\n";

    /// <summary>The 三公 paragraph with <paramref name="sentence"/> about 公务接待费 after its total and two zero items; its
    /// 2.00 is asserted to be the reception's (2.00 = 0.00 + 0.00 + 2.00) in every case.</summary>
    private static (DisclosureReadResult Read, string[] Errors) ReadReception(string sentence)
    {
        var (read, errors) = Read(ThreePublic + "2022年度“三公”经费支出2.00万元，其中：因公出国（境）费0.00万元，公务用车购置及运行费"
            + "0.00万元。" + sentence + "\n");
        Assert.Equal("2.00", At(read, "/narrative/threePublic/reception/amount"));
        return (read, errors);
    }

    /// <summary>
    /// A zero change in words after the item's figure in the same sentence is the item's change, direction unchanged (the
    /// model's change of 0, rate 0 %): 公务接待费 2.00 this year and, by the words, 2.00 the year before. Total 2.00 =
    /// 0.00 + 0.00 + 2.00.
    /// </summary>
    [Theory]
    [InlineData("公务接待费支出2.00万元，与上年相同。")]
    [InlineData("公务接待费支出2.00万元，比上年零增长。")]
    [InlineData("公务接待费支出2.00万元，同比零增长。")]
    [InlineData("公务接待费支出2.00万元，与上年度一致。")]
    [InlineData("公务接待费支出2.00万元，与上年相比无变化。")]
    [InlineData("公务接待费支出2.00万元，较去年无变化，主要是严格执行接待标准。")]
    public void AZeroChangeInWords_IsTheItemsUnchangedChange(string sentence)
    {
        var (read, errors) = ReadReception(sentence);
        Assert.Equal("unchanged", At(read, "/narrative/threePublic/reception/change/direction"));
        Assert.Empty(errors);
    }

    /// <summary>
    /// A goal-like word in an earlier sentence of the paragraph ("原因是严格落实过紧日子要求。") or a fact's "按照要求" does not
    /// make a later 持平 a goal: 因公出国（境）费 0 this year and, by the words, the year before.
    /// </summary>
    [Theory]
    [InlineData("2022年度“三公”经费支出2.00万元，原因是严格落实过紧日子要求。其中：因公出国（境）费0万元，与上年持平；公务接待费2.00万元。")]
    [InlineData("2022年度“三公”经费支出2.00万元。按照要求，因公出国（境）费0万元，与上年持平；公务接待费2.00万元。")]
    public void AGoalWordOfAnotherSentence_LeavesTheChangeRead(string paragraph)
    {
        var (read, errors) = Read(ThreePublic + paragraph + "\n");

        Assert.Equal("unchanged", At(read, "/narrative/threePublic/overseasTravel/change/direction"));
        Assert.Empty(errors);
    }

    /// <summary>
    /// Near misses, goals and plans: "力争实现零增长", "确保与上年持平" (持平 was read as a change before), "确保“三公”经费只减不增",
    /// "控制在上年水平" say what is aimed at, not what happened: no change direction is read. A 零增长 whose sentence states no
    /// figure of its subject is a note too (which figure is not certain), and "口径与上年一致" names no figure at all.
    /// </summary>
    [Theory]
    [InlineData("公务接待费支出2.00万元，力争实现零增长。", true)]
    [InlineData("公务接待费支出2.00万元，确保与上年持平。", true)]
    [InlineData("公务接待费支出2.00万元，确保“三公”经费只减不增。", false)]
    [InlineData("公务接待费支出2.00万元，控制在上年水平。", false)]
    [InlineData("公务接待费支出2.00万元。今后将严格控制，实现零增长。", true)]
    [InlineData("公务接待费支出2.00万元。比上年零增长。", true)]
    [InlineData("公务接待费支出2.00万元，统计口径与上年一致。", false)]
    public void AGoalOrAnUncertainSubject_IsNoChange(string sentence, bool noted)
    {
        var (read, errors) = ReadReception(sentence);
        Assert.Null(At(read, "/narrative/threePublic/reception/change/direction"));
        Assert.Null(At(read, "/narrative/threePublic/change/direction"));
        Assert.Equal(noted, read.Notes.Any(n => n.MessageEn == DisclosureMessages.ZeroChangeAsAGoal.En
            || n.MessageEn == DisclosureMessages.ZeroChangeWithoutFigure.En));
        Assert.Empty(errors);
    }

    /// <summary>
    /// Review 25 (issue 8): "与上年相同" after another figure of the sentence — a share, a count, a rate, the prior year's
    /// figure — says that figure is the same, not the item's amount: no change is read, a located note. Before, the item's
    /// change was set unchanged beside a prior-year 3.00 (or 7.20) that differs from its 2.00 (6.00): a false FA2101.
    /// The reception is 2.00 in every case (2.00 = 0.00 + 0.00 + 2.00).
    /// </summary>
    [Theory]
    [InlineData("公务接待费支出2.00万元，上年决算3.00万元，与上年相同。")]
    [InlineData("公务接待费支出2.00万元，占“三公”经费的比重为100.0%，与上年相同。")]
    [InlineData("公务接待费支出2.00万元，接待批次5批次，与上年相同。")]
    [InlineData("公务接待费支出2.00万元，预算执行率为80.0%，与上年一致。")]
    [InlineData("公务接待费支出2.00万元，上年决算3.00万元，同比零增长。")]
    [InlineData("公务接待费支出2.00万元，主要用于上级检查接待，与上年相同。")]
    public void AZeroChangeAfterAnotherFigure_IsANote(string sentence)
    {
        var (read, errors) = ReadReception(sentence);

        Assert.Null(At(read, "/narrative/threePublic/reception/change/direction"));
        Assert.Contains(read.Notes, n => n.MessageEn == DisclosureMessages.ZeroChangeWithoutFigure.En);
        Assert.Empty(errors);
    }

    /// <summary>
    /// The reviewer's texts (rg1, rg8): the vehicles' 6.00 against a prior year of 7.20, then a share (60.0 % = 6.00 / 10.00)
    /// or a count (5 辆) "与上年相同". No change of any figure is read unchanged, and no Error is raised (before: FA2101, a
    /// change of 0 beside 7.20 → 6.00).
    /// </summary>
    [Theory]
    [InlineData("2022年度“三公”经费支出决算10.00万元，上年决算12.00万元。公务用车购置及运行费支出6.00万元，上年决算7.20万元，"
        + "占“三公”经费的比重为60.0%，与上年相同。")]
    [InlineData("2022年度“三公”经费支出决算10.00万元。公务用车购置及运行费支出6.00万元，上年决算7.20万元，年末公务用车保有量5辆，"
        + "与上年相同。")]
    public void TheReviewersShareAndCount_AreNoChange(string paragraph)
    {
        var (read, errors) = Read("某县某局2022年度部门决算说明\n一、“三公”经费支出决算情况说明\n" + paragraph + "\n");

        Assert.DoesNotContain(read.Claims, c => c.Pointer is { } p && p.EndsWith("/change/direction", StringComparison.Ordinal));
        Assert.Contains(read.Notes, n => n.MessageEn == DisclosureMessages.ZeroChangeWithoutFigure.En);
        Assert.Empty(errors);
    }

    /// <summary>
    /// A zero change directly after the item's amount is still read when another figure follows it (the share 100.0 % =
    /// 2.00 / 2.00), or when the prior year stated after it is the same 2.00.
    /// </summary>
    [Theory]
    [InlineData("公务接待费支出2.00万元，与上年相同，占“三公”经费的比重为100.0%。")]
    [InlineData("公务接待费支出2.00万元，与上年相同，上年决算2.00万元。")]
    public void AZeroChangeDirectlyAfterTheAmount_IsStillRead(string sentence)
    {
        var (read, errors) = ReadReception(sentence);

        Assert.Equal("unchanged", At(read, "/narrative/threePublic/reception/change/direction"));
        Assert.Empty(errors);
    }

    /// <summary>
    /// 实现／保持零增长 is a compliance phrase (did not increase), often said of a decrease: a note, never a change of 0. And
    /// a zero change whose sentence states a prior-year figure that differs (3.00 ≠ 2.00) is no change either. The
    /// reception is 2.00 in every case; before, FA2101 was a false Error beside the prior year's 3.00.
    /// </summary>
    [Theory]
    [InlineData("公务接待费支出2.00万元，实现零增长。", true)]
    [InlineData("公务接待费支出2.00万元，保持零增长。", true)]
    [InlineData("公务接待费支出2.00万元，同比实现了零增长。", true)]
    [InlineData("公务接待费支出2.00万元，实现零增长，上年决算3.00万元。", true)]
    [InlineData("公务接待费支出2.00万元，比上年零增长，上年决算3.00万元。", false)]
    public void ZeroGrowthAsComplianceOrBesideADifferentPriorYear_IsANote(string sentence, bool compliance)
    {
        var (read, errors) = ReadReception(sentence);

        Assert.Null(At(read, "/narrative/threePublic/reception/change/direction"));
        var message = compliance ? DisclosureMessages.ZeroGrowthAsCompliance : DisclosureMessages.ZeroChangeWithoutFigure;
        Assert.Contains(read.Notes, n => n.MessageEn == message.En);
        Assert.Empty(errors);
    }

    /// <summary>
    /// The reviewer's rg2: the 三公 total fell by 2.00 and the reception's 2.00 "实现零增长" against a prior year of 3.00 (a
    /// decrease of 1.00): no change of 0 is read, no Error.
    /// </summary>
    [Fact]
    public void TheReviewersZeroGrowthAfterADecrease_IsNoChange()
    {
        var (read, errors) = Read("某县某局2022年度部门决算说明\n一、“三公”经费支出决算情况说明\n2022年度“三公”经费支出决算8.00万元，"
            + "较上年减少2.00万元。其中公务接待费支出2.00万元，实现零增长，上年决算3.00万元。\n");

        Assert.Null(At(read, "/narrative/threePublic/reception/change/direction"));
        Assert.Contains(read.Notes, n => n.MessageEn == DisclosureMessages.ZeroGrowthAsCompliance.En);
        Assert.Empty(errors);
    }

    // ---- 4. 上年结转 / 以前年度结转资金: the opening carry-over in a grand total's composition, else a note ----

    /// <summary>
    /// A carry-over of earlier years named without 和结余, listed in the composition of the overview's 收入总计, stands where
    /// 年初结转和结余 stands: 900.00 = 本年收入 800.00 + 100.00 (FA1201 holds with it; it would fail without it).
    /// </summary>
    [Theory]
    [InlineData("上年结转100.00万元")]
    [InlineData("上年结转资金100.00万元")]
    [InlineData("以前年度结转资金100.00万元")]
    [InlineData("以前年度结转和结余100.00万元")]
    public void AnEarlierCarryOverInTheGrandTotal_IsTheOpeningCarryOver(string part)
    {
        var (read, errors) = Read("某县某局2022年度部门决算说明\n一、收入支出决算总体情况说明\n2022年度收入总计900.00万元，其中：本年收入"
            + "800.00万元，" + part + "。支出总计900.00万元，其中：本年支出850.00万元，年末结转和结余50.00万元。\n");

        Assert.Equal("100.00", At(read, "/narrative/overall/openingCarryOver/amount"));
        Assert.Equal("800.00", At(read, "/narrative/overall/currentYearIncome/amount"));
        Assert.Empty(errors);
    }

    /// <summary>
    /// Review 25 (rg3): the carry-over in the income half of a sentence whose expenditure half names 年末结转和结余 is still the
    /// opening carry-over — the test for a 结余 of its own stops at the expenditure grand total. 900.00 = 800.00 + 100.00 and
    /// 900.00 = 850.00 + 50.00.
    /// </summary>
    [Theory]
    [InlineData("；")]
    [InlineData("，")]
    public void AnEarlierCarryOverBeforeTheExpenditureHalf_IsTheOpeningCarryOver(string mark)
    {
        var (read, errors) = Read("某县某局2022年度部门决算说明\n一、收入支出决算总体情况说明\n2022年度收入总计900.00万元，其中：本年收入"
            + "800.00万元，上年结转100.00万元" + mark + "支出总计900.00万元，其中：本年支出850.00万元，年末结转和结余50.00万元。\n");

        Assert.Equal("100.00", At(read, "/narrative/overall/openingCarryOver/amount"));
        Assert.Equal("50.00", At(read, "/narrative/overall/closingCarryOver/amount"));
        Assert.Empty(errors);
    }

    /// <summary>
    /// Near miss: a 上年结余 of its own in the income half, before the expenditure grand total, still makes 上年结转 only a part
    /// of 年初结转和结余 (80.00 + 20.00): not placed, and the opening carry-over stays unread.
    /// </summary>
    [Fact]
    public void AnEarlierSurplusBeforeTheExpenditureHalf_StillKeepsTheNote()
    {
        var (read, _) = Read("某县某局2022年度部门决算说明\n一、收入支出决算总体情况说明\n2022年度收入总计900.00万元，其中：本年收入"
            + "800.00万元，上年结转80.00万元，上年结余20.00万元；支出总计900.00万元，其中：本年支出850.00万元，年末结转和结余50.00万元。\n");

        Assert.Null(At(read, "/narrative/overall/openingCarryOver/amount"));
        Assert.DoesNotContain(read.Claims, c => c.Value == "80.00" && c.Pointer is not null);
    }

    /// <summary>
    /// The 财政拨款 section's grand total: 750.00 = 本年财政拨款收入 700.00 + 以前年度结转资金 50.00 → the section's opening
    /// carry-over (a 财政拨款 in the label belongs to the section there).
    /// </summary>
    [Theory]
    [InlineData("以前年度结转资金50.00万元")]
    [InlineData("上年财政拨款结转50.00万元")]
    public void AnEarlierCarryOverInTheAppropriationTotal_IsItsOpeningCarryOver(string part)
    {
        var (read, errors) = Read("某县某局2022年度部门决算说明\n三、财政拨款收入支出决算总体情况说明\n2022年度财政拨款收入总计750.00万元，"
            + "其中：本年财政拨款收入700.00万元，" + part + "。\n");

        Assert.Equal("50.00", At(read, "/narrative/appropriation/openingCarryOver/amount"));
        Assert.Empty(errors);
    }

    /// <summary>
    /// Near misses, all left the located note they were: beside 本年收入 in the income section (never a part of 本年收入, whose
    /// sources stay 财政拨款收入 700.00 only); after 支出总计 (no income total before it in the sentence); 上年结转 beside a
    /// 上年结余 of its own (then the 结转 is only a part of 年初结转和结余); a use of it (动用上年结转).
    /// </summary>
    [Theory]
    [InlineData("二、收入决算情况说明\n2022年度本年收入合计700.00万元，其中：财政拨款收入700.00万元。上年结转资金100.00万元。\n")]
    [InlineData("一、收入支出决算总体情况说明\n2022年度支出总计900.00万元，上年结转100.00万元。\n")]
    [InlineData("一、收入支出决算总体情况说明\n2022年度收入总计900.00万元，其中：本年收入780.00万元，上年结转100.00万元，上年结余20.00万元。\n")]
    [InlineData("一、收入支出决算总体情况说明\n2022年度收入总计900.00万元，其中：本年收入800.00万元，动用上年结转100.00万元。\n")]
    public void AnEarlierCarryOverElsewhere_StaysANote(string body)
    {
        var (read, _) = Read("某县某局2022年度部门决算说明\n" + body);

        Assert.Null(At(read, "/narrative/overall/openingCarryOver/amount"));
        Assert.DoesNotContain(read.Claims, c => c.Value == "100.00" && c.Pointer is not null);
        Assert.Contains(read.Notes, n => n.MessageZh.Contains("结转", StringComparison.Ordinal));
    }

    // ---- 3. A reason in a paragraph of its own: attached only when one change is open before it ----

    private const string Income = "某县某局2022年度部门决算说明\n二、收入决算情况说明\n";

    /// <summary>
    /// A reason paragraph after a paragraph that stated one change is that change's reason, whatever its marker (the total
    /// 800.00 = 700.00 + 100.00, +100.00 over 700.00 = 14.3 %).
    /// </summary>
    [Theory]
    [InlineData("变动原因：主要是新增人员经费。")]
    [InlineData("增减变化的主要原因是新增人员经费。")]
    [InlineData("主要原因：新增人员经费。")]
    [InlineData("主要是新增人员经费。")]
    public void AReasonParagraphAfterOneChange_IsItsReason(string reason)
    {
        var (read, errors) = Read(Income + "2022年度本年收入合计800.00万元，比上年增加100.00万元，增长14.3%。\n" + reason + "\n");

        var report = read.Report.Narrative!.Income!.Total!.Change!;
        Assert.Contains("新增人员经费", report.Reason, StringComparison.Ordinal);
        Assert.Empty(errors);
    }

    /// <summary>
    /// Near miss: the paragraph before left three changes without a reason (the total +100.00, 财政拨款收入 +110.00, 其他收入
    /// −10.00): which one "变动原因：…" explains is not certain, so none gets it (before, both changes of the last sentence got
    /// it — an increase and a decrease sharing one reason) and it is a located note. A reason inside the paragraph, after its
    /// own change, is still that change's.
    /// </summary>
    [Fact]
    public void AReasonParagraphAfterSeveralChanges_IsANote()
    {
        var (read, errors) = Read(Income + "2022年度本年收入合计800.00万元，比上年增加100.00万元，增长14.3%。其中：财政拨款收入780.00万元，"
            + "比上年增加110.00万元；其他收入20.00万元，比上年减少10.00万元。\n变动原因：主要是新增人员经费。\n");

        var income = read.Report.Narrative!.Income!;
        Assert.Null(income.Total!.Change!.Reason);
        Assert.Null(income.FiscalAppropriation!.Change!.Reason);
        Assert.Null(income.OtherIncome!.Change!.Reason);
        Assert.Contains(read.Notes, n => n.MessageEn == DisclosureMessages.ReasonWithoutTarget.En);
        Assert.Empty(errors);

        var (own, _) = Read(Income + "2022年度本年收入合计800.00万元，比上年增加100.00万元，增长14.3%，主要是新增人员经费。其中：财政拨款收入"
            + "780.00万元，比上年增加110.00万元；其他收入20.00万元，比上年减少10.00万元。\n");
        Assert.Contains("新增人员经费", own.Report.Narrative!.Income!.Total!.Change!.Reason, StringComparison.Ordinal);
    }
}
