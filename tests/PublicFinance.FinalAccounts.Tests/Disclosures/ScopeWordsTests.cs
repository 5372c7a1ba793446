using PublicFinance.FinalAccounts.Disclosures;
using PublicFinance.FinalAccounts.Validation;
using static PublicFinance.FinalAccounts.Tests.Disclosures.TextReading;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// Session 34 (issue 8), on invented texts: whose figure, and of what kind — figures of 本级 or 所属单位 beside the
/// department's, a share's change in 百分点, the kind of report (单位决算) for FA8004, the issuer's name on labelled and split
/// title lines, and the base of the 小微企业 share.
/// </summary>
public class ScopeWordsTests
{
    private const string Title = "某市民政局2022年度部门决算说明\n";

    private static int NotesOf(DisclosureReadResult read, (string Zh, string En) message)
        => read.Notes.Count(n => n.MessageEn == message.En);

    // ---- 1. 本级 / 所属单位 ------------------------------------------------------------------------------------------

    /// <summary>
    /// A part's figures (本级, 机关本级, 所属事业单位, 下属单位, 二级单位) written beside the department's whole figure are
    /// notes, never the department's: no FA8003 "the same figure stated twice" (before: one per figure), the whole figure
    /// stays at its pointer, and each part's amount is a located note (the count given per text).
    /// </summary>
    [Theory]
    [InlineData("一、收入支出决算总体情况说明\n本部门2022年度收入总计3210.50万元，支出总计3210.50万元。机关本级收入总计1860.20万元，"
        + "支出总计1860.20万元；所属事业单位收入总计1350.30万元，支出总计1350.30万元。\n",
        "/narrative/overall/incomeGrandTotal/amount", "3210.50", 4)]
    [InlineData("二、支出决算情况说明\n2022年度本年支出合计3150.40万元，其中：基本支出2010.10万元，项目支出1140.30万元。本级支出合计1800.00万元，"
        + "其中：基本支出1200.00万元，项目支出600.00万元。\n", "/narrative/expenditure/basic/amount", "2010.10", 3)]
    [InlineData("二、收入决算情况说明\n2022年度本年收入合计3200.00万元，其中：财政拨款收入3000.00万元，占93.75%；其他收入200.00万元，占6.25%。"
        + "其中：机关本级收入合计2000.00万元，下属单位收入合计1200.00万元。\n", "/narrative/income/total/amount", "3200.00", 2)]
    [InlineData("二、支出决算情况说明\n2022年度本年支出合计3150.40万元。部门本级支出1800.00万元；其中：基本支出1200.00万元。二级单位支出"
        + "1350.40万元。\n", "/narrative/expenditure/total/amount", "3150.40", 3)]
    public void APartsFigures_AreNotTheDepartments(string body, string pointer, string whole, int notes)
    {
        var (read, diagnostics) = Read(Title + body);
        Assert.Empty(Errors(diagnostics));
        Assert.Equal(whole, At(read, pointer));
        Assert.Equal(notes, NotesOf(read, DisclosureMessages.FigureOfAPart));
    }

    /// <summary>
    /// The 本级's figures stated first ("本级收入总计 1860.20") do not take the department's place: the department's
    /// 3210.50, stated after, is the grand total, and there is no FA8003.
    /// </summary>
    [Fact]
    public void APartStatedFirst_DoesNotTakeTheDepartmentsPlace()
    {
        var (read, diagnostics) = Read(Title + "一、收入支出决算总体情况说明\n2022年度局本级收入总计1860.20万元，支出总计1860.20万元。"
            + "全局收入总计3210.50万元，支出总计3210.50万元。\n");
        Assert.Empty(Errors(diagnostics));
        Assert.Equal("3210.50", At(read, "/narrative/overall/incomeGrandTotal/amount"));
        Assert.Equal("3210.50", At(read, "/narrative/overall/expenditureGrandTotal/amount"));
    }

    /// <summary>
    /// The part's change and share go with it: "本级支出 1800.00 万元，比上年增加 60.00 万元，增长 3.45%" is not the total's
    /// change (the total's own 100.00 / 3.28% stays, 100 / (3150.40 − 100) = 3.28%), and no FA2104 comes of it.
    /// </summary>
    [Fact]
    public void APartsChangeAndShare_AreNotTheTotals()
    {
        var (read, diagnostics) = Read(Title + "二、支出决算情况说明\n2022年度本年支出合计3150.40万元，比上年增加100.00万元，增长3.28%，主要原因是"
            + "人员增加。其中：本级支出1800.00万元，比上年增加60.00万元，增长3.45%，占57.14%；所属事业单位支出1350.40万元，比上年增加40.00万元，"
            + "增长3.05%，占42.86%。\n");
        Assert.Empty(Errors(diagnostics));
        Assert.Equal("100.00", At(read, "/narrative/expenditure/total/change/amount"));
        Assert.Equal("3.28", At(read, "/narrative/expenditure/total/change/rate"));
        Assert.Null(At(read, "/narrative/expenditure/total/share"));
        Assert.Equal(8, NotesOf(read, DisclosureMessages.FigureOfAPart));   // 2 amounts, 2 changes, 2 rates, 2 shares
    }

    /// <summary>
    /// The control: the same second sentence without a part's word is the department's figure stated again with another
    /// value, and FA8003 still reports it.
    /// </summary>
    [Fact]
    public void TheSameFigureWithoutAPartsWord_IsStillAConflict()
    {
        var (_, diagnostics) = Read(Title + "二、支出决算情况说明\n2022年度本年支出合计3150.40万元，其中：基本支出2010.10万元，项目支出1140.30万元。"
            + "本年支出合计1800.00万元。\n");
        Assert.Contains("FA8003 /narrative/expenditure/total/amount", Of(diagnostics, Severity.Error));
    }

    /// <summary>
    /// Not a part: a government's own level (区本级, 镇本级 — the report's scope), a source of funds (本级财政拨款), the whole
    /// (本级和所属单位), a title that says 本级, a text that says the department is its 本级 alone, and the 机关's 机关运行经费.
    /// Each figure is read as before.
    /// </summary>
    [Theory]
    [InlineData("某镇人民政府2022年度部门决算说明\n三、“三公”经费支出情况说明\n2022年度镇本级“三公”经费支出18.64万元，比上年减少1.20万元，"
        + "下降6.05%，主要原因是压减公务接待。\n", "/narrative/threePublic/total/amount", "18.64")]
    [InlineData(Title + "二、收入决算情况说明\n2022年度本年收入合计3200.00万元，其中：本级财政拨款收入3000.00万元，其他收入200.00万元。\n",
        "/narrative/income/total/amount", "3200.00")]
    [InlineData(Title + "二、支出决算情况说明\n2022年度局机关本级和所属单位本年支出合计3150.40万元。\n",
        "/narrative/expenditure/total/amount", "3150.40")]
    [InlineData("某市民政局（本级）2022年度部门决算说明\n二、支出决算情况说明\n2022年度本级本年支出合计3150.40万元。\n",
        "/narrative/expenditure/total/amount", "3150.40")]
    [InlineData(Title + "一、部门决算单位构成\n本部门决算仅包括局机关本级。\n二、支出决算情况说明\n2022年度局机关本级本年支出合计3150.40万元。\n",
        "/narrative/expenditure/total/amount", "3150.40")]
    [InlineData(Title + "三、机关运行经费支出情况说明\n2022年度局机关本级机关运行经费支出142.60万元，比上年减少3.40万元，下降2.33%，"
        + "主要原因是压减会议费。\n", "/narrative/operatingExpenses/administrativeOperatingExpenses/amount", "142.60")]
    public void WordsThatAreNoPart_ReadAsBefore(string text, string pointer, string value)
    {
        var (read, diagnostics) = Read(text);
        Assert.Empty(Errors(diagnostics));
        Assert.Equal(value, At(read, pointer));
        Assert.Equal(0, NotesOf(read, DisclosureMessages.FigureOfAPart));
    }

    /// <summary>
    /// The units a 部门决算 covers, listed whole in the template's scope sentence, are read into the entity's units: 本级 /
    /// 机关 as self, the others as subordinate ("住房和城乡建设局" stays one name).
    /// </summary>
    [Theory]
    [InlineData("纳入本部门2022年度部门决算编制范围的单位共3个，包括：局本级、市环境卫生管理中心、市园林管理所。",
        "局本级:self|市环境卫生管理中心:subordinate|市园林管理所:subordinate")]
    [InlineData("纳入本部门2022年度部门决算编制范围的二级预算单位包括：市图书馆、市博物馆、市文化馆。",
        "市图书馆:subordinate|市博物馆:subordinate|市文化馆:subordinate")]
    [InlineData("纳入本部门2022年度部门决算编制范围的单位包括局机关本级和县卫生监督所。", "局机关本级:self|县卫生监督所:subordinate")]
    [InlineData("纳入本部门2022年度部门决算编制范围的单位共2个，包括：某市住房和城乡建设局机关、某市住房保障中心。",
        "某市住房和城乡建设局机关:self|某市住房保障中心:subordinate")]
    [InlineData("纳入2022年度部门决算编制范围的单位为局机关本级，无下属预算单位。", "局机关本级:self")]
    public void AWholeListOfUnits_IsRead(string sentence, string units)
    {
        var (read, _) = Read(Title + "一、部门决算单位构成\n" + sentence + "\n");
        var self = FinalAccounts.Model.UnitRole.Self;
        var listed = read.Report.Entity.Units.Select(u => u.Name + ":" + (u.Role == self ? "self" : "subordinate"));
        Assert.Equal(units, string.Join("|", listed));
    }

    /// <summary>A list that is not whole (等, 上述, a summary entry, fewer names than the count stated) reads no unit.</summary>
    [Theory]
    [InlineData("纳入本部门2022年度部门决算编制范围的单位共18个，包括局机关和17家基层医疗卫生机构。")]
    [InlineData("纳入本部门2022年度部门决算编制范围的单位共9个，包括局机关本级、县第一中学、县实验小学及各乡镇中心校等。")]
    [InlineData("纳入本部门2022年度部门决算编制范围的单位共4个，包括：局本级、市环境卫生管理中心、市园林管理所。")]
    [InlineData("纳入本部门2022年度部门决算编制范围的单位包括：局机关本级及上述2个事业单位。")]
    public void APartialListOfUnits_ReadsNone(string sentence)
    {
        var (read, _) = Read(Title + "一、部门决算单位构成\n" + sentence + "\n");
        Assert.Empty(read.Report.Entity.Units);
    }

    // ---- 2. 百分点 ---------------------------------------------------------------------------------------------------

    /// <summary>
    /// A share's change in points is never the figure's rate of change nor its share: "比上年提高 2.30%个百分点" (with the %
    /// written) was read as the rate — beside the change 50.00 on 2010.10 (50 / 1960.10 = 2.55%) that is a false FA2104;
    /// now it is a located note in every wording, and the share stays 63.80.
    /// </summary>
    [Theory]
    [InlineData("，比上年提高2.30%个百分点。")]
    [InlineData("，较上年上升2.30% 百分点。")]
    [InlineData("，比上年提高2.30个百分点。")]
    [InlineData("，同比上升了2.30个百分点。")]
    public void ASharesChangeInPoints_IsNoRate(string points)
    {
        var (read, diagnostics) = Read(Title + "二、支出决算情况说明\n2022年度本年支出合计3150.40万元，比上年增加100.00万元，增长3.28%，主要原因是"
            + "人员增加。其中：基本支出2010.10万元，比上年增加50.00万元，占63.80%" + points + "\n");
        Assert.Empty(Errors(diagnostics));
        Assert.DoesNotContain(diagnostics, d => d.RuleId == "FA2104");
        Assert.Null(At(read, "/narrative/expenditure/basic/change/rate"));
        Assert.Equal("63.80", At(read, "/narrative/expenditure/basic/share"));
        Assert.Equal(1, NotesOf(read, DisclosureMessages.ShareChangeInPoints));
    }

    /// <summary>The control: "增长 2.30%" (no 百分点) is the basic expenditure's rate, and FA2104 checks it against 50.00.</summary>
    [Fact]
    public void ARateWithoutPoints_IsStillARate()
    {
        var (read, diagnostics) = Read(Title + "二、支出决算情况说明\n2022年度基本支出2010.10万元，比上年增加50.00万元，增长2.30%，"
            + "主要原因是人员经费增加。\n");
        Assert.Equal("2.30", At(read, "/narrative/expenditure/basic/change/rate"));
        Assert.Contains(diagnostics, d => d.RuleId == "FA2104");
    }

    // ---- 3. FA8004 in a 单位决算 ------------------------------------------------------------------------------------

    private const string UnitBody = "一、收入支出决算总体情况说明\n2021年度收入总计460.20万元，支出总计460.20万元，比上年增加30.10万元，增长6.99%，"
        + "主要原因是本单位人数增加。\n";

    /// <summary>
    /// A 单位决算 says 本单位: no FA8004, and the report is a unit's — whether its title names no unit, states no kind, or
    /// is missing, when its title or headings say 单位决算 or 单位概况.
    /// </summary>
    [Theory]
    [InlineData("二〇二一年度单位决算说明\n第一部分 单位概况\n本单位为区教育局所属事业单位。\n")]
    [InlineData("第一部分 单位概况\n本单位为区教育局所属公益一类事业单位。\n第二部分 2021年度单位决算情况说明\n")]
    [InlineData("某区教育局2021年度决算公开\n第一部分 单位概况\n本单位为区教育局所属事业单位。\n第二部分 单位决算情况说明\n")]
    [InlineData("2021年度单位决算\n本单位主要承担学前教育。\n")]
    public void UnitWordsInAUnitsReport_AreNoWarning(string head)
    {
        var (read, _) = Read(head + UnitBody);
        Assert.DoesNotContain(read.TextFindings, f => f.RuleId == "FA8004");
        Assert.Equal("unit", JsonAt(read, "/entity/kind"));
    }

    /// <summary>
    /// A 部门决算 (its title says so) that writes 本单位 still warns, even under a heading that says 单位概况; and a 单位决算
    /// that writes 本部门 warns the other way.
    /// </summary>
    [Theory]
    [InlineData("某市教育局2021年度部门决算\n第一部分 部门概况\n纳入本部门决算编制范围的单位共12个。\n", false)]
    [InlineData("某市教育局2021年度部门决算\n第一部分 单位概况\n纳入本部门决算编制范围的单位共12个。\n", false)]
    [InlineData("某区实验小学2021年度单位决算\n第一部分 单位概况\n本部门主要承担义务教育。\n", true)]
    public void MixedWording_IsStillAWarning(string head, bool unitReport)
    {
        var (read, _) = Read(head + UnitBody);
        var finding = Assert.Single(read.TextFindings, f => f.RuleId == "FA8004");
        Assert.Equal(DisclosureMessages.EntityWording(unitReport).Zh, finding.MessageZh);
    }

    // ---- 4. the issuer's name ------------------------------------------------------------------------------------

    private const string Body = "一、收入支出决算总体情况说明\n2023年度收入总计860.20万元，支出总计860.20万元，比上年增加30.10万元，增长3.63%，"
        + "主要原因是人员增加。\n";

    /// <summary>
    /// The issuer's name in the shapes a title or cover takes: one line, 关于…的说明, a title after 目录, two lines (name, then
    /// year and kind; or name and year, then the kind), a labelled line (单位名称：, 编制单位：, 公开单位：) and a Chinese year.
    /// </summary>
    [Theory]
    [InlineData("某区教育局2023年度部门决算\n", "某区教育局")]
    [InlineData("某县人民医院2023年度单位决算公开\n", "某县人民医院")]
    [InlineData("关于某镇人民政府2023年度部门决算的说明\n", "某镇人民政府")]
    [InlineData("某区市场监督管理局\n2023年度部门决算\n", "某区市场监督管理局")]
    [InlineData("目录\n第一部分 部门概况\n第二部分 部门决算情况说明\n某区司法局2023年度部门决算\n", "某区司法局")]
    [InlineData("2023年度部门决算\n单位名称：某区司法局\n", "某区司法局")]
    [InlineData("2023年度部门决算公开\n编制单位：某县农业农村局\n公开日期：2024年9月1日\n", "某县农业农村局")]
    [InlineData("2023年度部门决算\n公开单位：某县统计局 金额单位：万元\n", "某县统计局")]
    [InlineData("某区财政局2023年度\n部门决算公开说明\n", "某区财政局")]
    [InlineData("某区城市管理综合行政执法局二〇二三年度\n部门决算\n", "某区城市管理综合行政执法局")]
    // A cover with the name over two lines before the kind: the first line (中共…区委, …县) is the name's head, not dropped.
    [InlineData("中共某市某区委\n宣传部2023年度\n部门决算\n", "中共某市某区委宣传部")]
    [InlineData("某省某县\n林业局2023年度\n部门决算公开说明\n", "某省某县林业局")]
    // A line that is not a name's head stays out: "目录" and a heading end in no level word.
    [InlineData("目录\n某区档案馆2023年度\n部门决算\n", "某区档案馆")]
    public void TheIssuersName_IsRead(string head, string name)
    {
        var (read, _) = Read(head + Body);
        Assert.Equal(name, JsonAt(read, "/entity/name"));
        Assert.Equal("2023", JsonAt(read, "/entity/fiscalYear"));
        Assert.Equal("860.20", At(read, "/narrative/overall/incomeGrandTotal/amount"));
    }

    /// <summary>A heading is never the name: "第一部分 部门概况" after a title without one leaves the name empty (a note).</summary>
    [Theory]
    [InlineData("2023年度部门决算\n第一部分 部门概况\n")]
    [InlineData("2023年度部门决算\n单位名称：第一部分\n")]
    [InlineData("2023年度部门决算\n编制单位：XX局\n")]
    public void AHeading_IsNeverTheName(string head)
    {
        var (read, _) = Read(head + Body);
        Assert.Equal(string.Empty, JsonAt(read, "/entity/name"));
        Assert.Equal("2023", JsonAt(read, "/entity/fiscalYear"));
    }

    // ---- 5. the 小微企业 share ----------------------------------------------------------------------------------------

    private const string Procurement = "某区人民法院2020年度部门决算说明\n一、政府采购支出情况\n2020年度本部门政府采购支出总额320.50万元。"
        + "授予中小企业合同金额256.40万元，占政府采购支出总额的80.00%，其中授予小微企业合同金额153.60万元，";

    /// <summary>
    /// The 小微 share of the SME contracts (153.60 / 256.40 = 59.91%), written with that base or with none: a note, never
    /// the model's share of the total (before, the bare "占59.91%" was read so: a false FA2006, 47.93% computed).
    /// </summary>
    [Theory]
    [InlineData("占59.91%。", true)]
    [InlineData("占比59.91%。", true)]
    [InlineData("占授予中小企业合同金额的59.91%。", false)]
    public void AMicroSmallShareOfTheSmeBase_IsANote(string share, bool baseUnwritten)
    {
        var (read, diagnostics) = Read(Procurement + share + "\n");
        Assert.Empty(Errors(diagnostics));
        Assert.Equal("153.60", At(read, "/narrative/procurement/microSmallContracts/amount"));
        Assert.Null(At(read, "/narrative/procurement/microSmallContracts/share"));
        // Session 45 (schema 1.10): the share written with the SME base is microSmallShareOfSme; the bare one stays a note
        // (the SME contracts, 256.40, are not the whole total, 320.50: two bases).
        var note = baseUnwritten ? DisclosureMessages.MicroSmallShareBase : DisclosureMessages.ShareOfAnotherBase;
        Assert.Equal(baseUnwritten ? 1 : 0, NotesOf(read, note));
        Assert.Equal(baseUnwritten ? null : "59.91", JsonAt(read, "/narrative/procurement/microSmallShareOfSme"));
    }

    /// <summary>A 小微 share of the total, written so (153.60 / 320.50 = 47.93%), is read; a wrong one (49.93) is FA2006.</summary>
    [Theory]
    [InlineData("47.93", false)]
    [InlineData("49.93", true)]
    public void AMicroSmallShareOfTheTotal_IsRead(string share, bool fails)
    {
        var (read, diagnostics) = Read(Procurement + "占政府采购支出总额的" + share + "%。\n");
        Assert.Equal(share, At(read, "/narrative/procurement/microSmallContracts/share"));
        Assert.Equal(fails, Errors(diagnostics).Any(e => e.StartsWith("FA2006 ", StringComparison.Ordinal)));
    }

    // ---- 6. 绩效自评 prose (M4) ----------------------------------------------------------------------------------------

    /// <summary>
    /// Already read at e5b3ee6 under a 绩效 heading (blind 31's t09 lost them to its heading, M2): the count of projects
    /// (24), their funds (14806.50) and the department's score (94.6) go to the model's members; the share of project
    /// spending and the score bands have none and are not placed; nothing is an Error.
    /// </summary>
    [Fact]
    public void SelfEvaluationProse_IsReadIntoThePerformanceMembers()
    {
        var (read, diagnostics) = Read("某县住房和城乡建设局2024年度部门决算说明\n一、预算绩效情况说明\n根据预算绩效管理要求，本部门对2024年度项目支出"
            + "开展绩效自评，对24个项目开展绩效自评，涉及资金14806.50万元，占项目支出的97.94%；其中得分90分以上21个，80-90分3个；部门整体支出"
            + "绩效自评得分94.6分。\n");
        Assert.Empty(Errors(diagnostics));
        Assert.Equal("24", JsonAt(read, "/performance/projectEvaluationCount"));
        Assert.Equal("14806.50", JsonAt(read, "/performance/projectFunds"));
        Assert.Equal("94.6", JsonAt(read, "/performance/selfEvaluationScore"));
    }
}
