using PublicFinance.FinalAccounts.Disclosures;
using PublicFinance.FinalAccounts.Validation;
using static PublicFinance.FinalAccounts.Tests.Disclosures.TextReading;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// Session 39's precision decisions (issue 8), on invented texts: FA8004 on 本单位 only with evidence of a department of
/// several units; "其余…基本持平" under a coded item table explains only the items it can truthfully describe.
/// </summary>
public class PrecisionDecisionsSessionThirtyNineTests
{
    // ---- 1. FA8004: 本单位 needs a department of several units --------------------------------------------------------

    /// <summary>A body that states no kind and counts no unit, with <paramref name="sentence"/> after its 三公 statement.</summary>
    private static string Body(string sentence) => "2023年度收入合计286.40万元，全部为财政拨款收入。\n"
        + "2023年度“三公”经费支出2.10万元，全部为公务接待费。" + sentence + "\n";

    /// <summary>
    /// A text that never states its kind (no title, no heading saying 部门决算) and never counts its units: the reader only
    /// assumes a 部门决算, so there is no stated kind for 本单位 to contradict — no FA8004 (before: a Warning).
    /// </summary>
    [Theory]
    [InlineData("本单位无公务用车，未发生因公出国（境）费用。")]
    [InlineData("本单位对2023年度2个项目开展了绩效自评。")]
    [InlineData("截至2023年12月31日，本单位共有车辆0辆。")]
    public void UnitWord_KindNotStated_NoUnitsCounted_IsNoWarning(string sentence)
    {
        var (_, diagnostics) = Read(Body(sentence));

        Assert.DoesNotContain(diagnostics, d => d.RuleId == "FA8004");
    }

    /// <summary>
    /// The same texts with evidence of a department of several units warn as before: a title or heading that states
    /// 部门决算 (the kind the wording contradicts), or a count or list of more than one unit (本级 and its 所属单位).
    /// </summary>
    [Theory]
    [InlineData("某县农业农村局2023年度部门决算说明\n", "")]
    [InlineData("二、部门决算情况说明\n", "")]
    [InlineData("", "纳入2023年度部门决算编制范围的单位共3个。")]
    [InlineData("", "所属事业单位2个，均为公益一类。")]
    [InlineData("", "部门决算由局本级和3个所属事业单位的决算汇总而成。")]
    [InlineData("", "纳入2023年度决算编制范围的单位包括：局本级、县农业技术推广中心。")]
    public void UnitWord_WithEvidenceOfSeveralUnits_IsAWarning(string head, string scope)
    {
        var (_, diagnostics) = Read(head + scope + Body("本单位无公务用车。"));

        var finding = Assert.Single(diagnostics, d => d.RuleId == "FA8004");
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Equal(DisclosureMessages.EntityWording(false).Zh, finding.MessageZh);
    }

    /// <summary>
    /// A text that states 部门决算 but says its department is one unit (no 所属单位, only its 本级) speaks of itself as 本单位
    /// rightly: no FA8004. A count of one is not several.
    /// </summary>
    [Theory]
    [InlineData("本局无下属单位。")]
    [InlineData("纳入2023年度部门决算编制范围的单位只有局本级。")]
    [InlineData("纳入2023年度部门决算编制范围的单位共1个。")]
    public void UnitWord_DepartmentOfOneUnit_IsNoWarning(string scope)
    {
        var (_, diagnostics) = Read("某县妇女联合会2023年度部门决算说明\n" + scope + Body("本单位无公务用车。"));

        Assert.DoesNotContain(diagnostics, d => d.RuleId == "FA8004");
    }

    /// <summary>A text that says both 本部门 and 本单位 mixes the two wordings: still reported, with or without a stated kind.</summary>
    [Theory]
    [InlineData("")]
    [InlineData("某县妇女联合会2023年度部门决算说明\n")]
    public void MixedWording_IsStillAWarning(string title)
    {
        var (_, diagnostics) = Read(title + "本部门2023年度收入合计286.40万元。\n本单位无公务用车。\n");

        Assert.Single(diagnostics, d => d.RuleId == "FA8004");
    }

    /// <summary>Counts as written: digits and Chinese numerals from 两/二 up are several; 一, 零, 0 and 1 are not.</summary>
    [Theory]
    [InlineData("2", true)]
    [InlineData("12", true)]
    [InlineData("２", true)]
    [InlineData("两", true)]
    [InlineData("十一", true)]
    [InlineData("1", false)]
    [InlineData("0", false)]
    [InlineData("01", false)]
    [InlineData("一", false)]
    [InlineData("零", false)]
    public void UnitCount_Several(string count, bool several) => Assert.Equal(several, UnitCountWords.Several(count));

    // ---- 2. "其余…基本持平" explains only the items it describes --------------------------------------------------------

    private const string Head = "某县水利局2023年度部门决算说明\n三、一般公共预算财政拨款支出决算情况说明\n"
        + "（三）一般公共预算财政拨款支出决算具体情况（单位：万元）\n";

    /// <summary>A coded table of three items; the third's budget 200.00 and final as given, and the 合计 to match.</summary>
    private static string Table(string third, string total) =>
        "| 科目编码 | 科目名称 | 年初预算 | 决算数 |\n"
        + "| 2130101 | 行政运行 | 500.00 | 480.00 |\n"
        + "| 2130135 | 农业生产发展 | 300.00 | 340.00 |\n"
        + "| 2210201 | 住房公积金 | 200.00 | " + third + " |\n"
        + "| | 合计 | 1,000.00 | " + total + " |\n";

    private const string Notes = "说明：1.行政运行（2130101）支出决算小于年初预算，主要原因是人员减少。"
        + "2.农业生产发展（2130135）决算数大于预算数，主要原因是追加农田水利补助。3.其余科目决算数与年初预算基本持平。\n";

    /// <summary>
    /// The unnamed item within 持平 of its budget — 196.00 (2 % under 200.00), 212.50 (6.25 % over), 200.00 (equal) — takes the
    /// 其余 sentence as its reason: no FA2206 anywhere. The named items have their own reasons.
    /// </summary>
    [Theory]
    [InlineData("196.00", "1,016.00")]
    [InlineData("212.50", "1,032.50")]
    [InlineData("200.00", "1,020.00")]
    public void RestRoughlyLevel_ExplainsAnItemWithinLevel(string third, string total)
    {
        var (read, diagnostics) = Read(Head + Table(third, total) + Notes);

        Assert.DoesNotContain(diagnostics, d => d.RuleId == "FA2206");
        Assert.Equal("其余科目决算数与年初预算基本持平。", JsonAt(read, "/narrative/generalBudget/items/2/budget/reason"));
        Assert.Equal("人员减少。", JsonAt(read, "/narrative/generalBudget/items/0/budget/reason"));
    }

    /// <summary>
    /// An unnamed item far from its budget — 120.00 (40 % under 200.00), 260.00 (30 % over), 178.00 (11 % under, past the
    /// 10 % line) — is not what "基本持平" describes: the sentence is not its reason, and FA2206 warns on that item alone.
    /// </summary>
    [Theory]
    [InlineData("120.00", "940.00")]
    [InlineData("260.00", "1,080.00")]
    [InlineData("178.00", "998.00")]
    public void RestRoughlyLevel_DoesNotExplainAWideGap(string third, string total)
    {
        var (read, diagnostics) = Read(Head + Table(third, total) + Notes);

        var finding = Assert.Single(diagnostics, d => d.RuleId == "FA2206");
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Contains("/narrative/generalBudget/items/2/budget", finding.Pointers);
        Assert.Null(JsonAt(read, "/narrative/generalBudget/items/2/budget/reason"));
        Assert.Equal(third, JsonAt(read, "/narrative/generalBudget/items/2/amount"));
    }

    // ---- 3. 无… read as a stated 0 only when it states that member's absence -----------------------------------------

    /// <summary>财政拨款 600.00 against 一般公共预算 500.00, with each other fund's section saying what it has not.</summary>
    private static string Funds(string governmentFund) => "某县文化馆2023年度部门决算说明\n"
        + "四、财政拨款收入支出决算总体情况说明\n2023年度财政拨款支出600.00万元。\n"
        + "五、一般公共预算财政拨款支出决算情况说明\n2023年度一般公共预算财政拨款支出500.00万元。\n"
        + "六、政府性基金预算财政拨款支出决算情况说明\n" + governmentFund + "\n"
        + "七、国有资本经营预算财政拨款支出决算情况说明\n本年度无国有资本经营预算财政拨款收入支出。\n";

    /// <summary>
    /// "本年度无政府性基金预算财政拨款收入" says nothing of the fund's expenditure (it may be paid out of the year's opening
    /// carry-over): no emptyStatement, the fund stays unknown, and FA1208 cannot say 600.00 ≠ 500.00 + 0 (before: a false
    /// Error). The same when the next clause speaks of an expenditure paid otherwise.
    /// </summary>
    [Theory]
    [InlineData("本年度无政府性基金预算财政拨款收入。")]
    [InlineData("本年度无政府性基金预算财政拨款收入，支出由上年结转资金安排。")]
    public void IncomeOnlyDeclaration_IsNoStatedZero(string governmentFund)
    {
        var (read, diagnostics) = Read(Funds(governmentFund));

        Assert.DoesNotContain(diagnostics, d => d.RuleId == "FA1208");
        Assert.Null(JsonAt(read, "/narrative/governmentFund/emptyStatement"));
        Assert.Equal("本年度无国有资本经营预算财政拨款收入支出。", JsonAt(read, "/narrative/stateCapital/emptyStatement"));
    }

    /// <summary>
    /// A declaration that covers the expenditure (收入支出, 收支, 支出, a list with 支出, an empty table) is the fund's stated
    /// absence: 500.00 + 0 + 0 ≠ 600.00 is
    /// the text contradicting itself, FA1208's Error (difference 100.00), as before.
    /// </summary>
    [Theory]
    [InlineData("本年度无政府性基金预算财政拨款收入支出。")]
    [InlineData("本年度无政府性基金预算财政拨款收支。")]
    [InlineData("本年度无政府性基金预算财政拨款支出。")]
    [InlineData("本年度无政府性基金预算财政拨款收入、支出及结转和结余。")]
    [InlineData("本年度无政府性基金预算财政拨款收入，本表为空表。")]
    public void ExpenditureDeclaration_IsAStatedZero(string governmentFund)
    {
        var (read, diagnostics) = Read(Funds(governmentFund));

        var finding = Assert.Single(diagnostics, d => d.RuleId == "FA1208");
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal(governmentFund, JsonAt(read, "/narrative/governmentFund/emptyStatement"));
    }

    /// <summary>
    /// In the 财政拨款 paragraph, "无政府性基金预算财政拨款收入支出" (收入 and 支出 written together) now declares the fund none,
    /// as 收入和支出 did: the fund's emptyStatement is that sentence.
    /// </summary>
    [Fact]
    public void IncomeAndExpenditureWrittenTogether_InTheAppropriationParagraph_DeclaresNone()
    {
        var (read, _) = Read("某县文化馆2023年度部门决算说明\n四、财政拨款收入支出决算总体情况说明\n"
            + "2023年度财政拨款支出500.00万元，全部为一般公共预算财政拨款，本单位无政府性基金预算财政拨款收入支出。\n");

        Assert.Contains("无政府性基金预算财政拨款收入支出", JsonAt(read, "/narrative/governmentFund/emptyStatement") ?? string.Empty,
            StringComparison.Ordinal);
    }

    // ---- 4. codes read as numbers ------------------------------------------------------------------------------------

    /// <summary>
    /// A list number before a 7-digit code ("1.2010101行政运行") is no decimal 1.2010101: the line is a list entry and the item
    /// is read by its code (the catalogue's name), at the start of a paragraph or after "；" inside one.
    /// </summary>
    [Theory]
    [InlineData("1.2010101行政运行30.00万元。\n2.2080505机关事业单位基本养老保险缴费支出20.00万元。\n")]
    [InlineData("1.2010101行政运行30.00万元；2.2080505机关事业单位基本养老保险缴费支出20.00万元。\n")]
    [InlineData("主要用于以下方面：1.2010101行政运行30.00万元；2.2080505机关事业单位基本养老保险缴费支出20.00万元。\n")]
    public void ListNumberBeforeACode_IsNoDecimal(string list)
    {
        var (read, _) = Read("某县文化馆2023年度部门决算说明\n一、一般公共预算财政拨款支出决算具体情况\n"
            + "2023年度一般公共预算财政拨款支出50.00万元。\n" + list);

        Assert.Equal("2010101", JsonAt(read, "/narrative/generalBudget/items/0/code"));
        Assert.Equal("30.00", JsonAt(read, "/narrative/generalBudget/items/0/amount"));
        Assert.Equal("2080505", JsonAt(read, "/narrative/generalBudget/items/1/code"));
        Assert.Equal("20.00", JsonAt(read, "/narrative/generalBudget/items/1/amount"));
    }

    /// <summary>
    /// "20101人大事务": 人 begins the item's name (人大), it is no count unit after the code — the scanner reads no count there,
    /// while a count of persons ("12人", "5人次") is read as before, and a decimal before 人 is no code.
    /// </summary>
    [Theory]
    [InlineData("20101人大事务", 5, false)]
    [InlineData("1.20101人大事务", 7, false)]
    [InlineData("20405人民法院", 5, false)]
    [InlineData("年末实有人数12人。", 8, true)]
    [InlineData("接待205人次", 5, true)]
    [InlineData("共有205人", 5, true)]
    [InlineData("共有1,205人民警察", 7, true)]
    public void CodeBeforeAName_OfPersons_IsNoCount(string text, int numberEnd, bool count)
    {
        var (unit, _, _) = Scanner.UnitAt(text, numberEnd, text.Length);
        var (oracle, _, _) = Scanner.UnitAtByComparison(text, numberEnd, text.Length);

        Assert.Equal(count, unit == FigureUnit.Count);
        Assert.Equal(unit, oracle);
    }

    /// <summary>The 人大事务 list of a 人大 office: the item read by its code, its 150.00 no head count and no unplaced figure.</summary>
    [Fact]
    public void PeoplesCongressItem_IsReadByItsCode()
    {
        var (read, _) = Read("某县人大常委会办公室2023年度部门决算说明\n一、一般公共预算财政拨款支出决算具体情况\n"
            + "2023年度一般公共预算财政拨款支出200.00万元。\n1.20101人大事务150.00万元，占75.00%。\n"
            + "2.2080505机关事业单位基本养老保险缴费支出50.00万元，占25.00%。\n");

        Assert.Equal("20101", JsonAt(read, "/narrative/generalBudget/items/0/code"));
        Assert.Equal("150.00", JsonAt(read, "/narrative/generalBudget/items/0/amount"));
        Assert.DoesNotContain(read.Claims, c => c.Kind == ClaimKind.Count);
    }
}
