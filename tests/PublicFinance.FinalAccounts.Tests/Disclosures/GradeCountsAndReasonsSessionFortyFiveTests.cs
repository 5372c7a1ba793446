using FsCheck;
using FsCheck.Xunit;
using PublicFinance.FinalAccounts.Disclosures;
using PublicFinance.FinalAccounts.Validation;
using static PublicFinance.FinalAccounts.Tests.Disclosures.TextReading;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// Session 45 (grades45): more wordings of the evaluated projects counted by grade — a grade word with its band in brackets
/// ("优秀（90分以上）6个"), a band after 自评, grades listed before their counts ("优、良、中、差的项目分别为…") — the grades a
/// sentence says no project has ("无中、差等级项目"), which complete the list (<c>gradeCountsCover</c> <c>all</c>, FA3012); the
/// evaluations' coverage share and key-project counts as located notes; and a 三公 reason by reference that names its subject
/// ("决算数小于预算数的原因同上"), given to every budget difference of the section that goes that way. Invented texts, none copied
/// from a blind round.
/// </summary>
public class GradeCountsAndReasonsSessionFortyFiveTests
{
    private const string Head = "某县林业局2024年度部门决算说明\n一、支出决算情况说明\n本年支出合计1800.00万元，其中基本支出1000.00万元，"
        + "项目支出800.00万元。\n二、预算绩效情况说明\n";

    private const string ThreePublic = "/narrative/threePublic/";

    private static (DisclosureReadResult Read, List<Diagnostic> Diagnostics) ReadPerformance(string paragraph)
        => Read(Head + paragraph + "\n");

    /// <summary>
    /// Each new wording: the counts at their pointers with their grade and, where written otherwise than the one-character name,
    /// the band as written; what the breakdown covers; the number of evaluated projects; no Error and no FA3012.
    /// </summary>
    [Theory]
    [InlineData("本部门对9个项目开展了绩效自评，涉及资金420.00万元。自评结果显示：优秀（90分以上）6个，良好（80分至90分）3个，无中、差等级项目。",
        "9", "excellent:6:优秀（90分以上）|good:3:良好（80分至90分）", "all")]
    [InlineData("本部门对15个项目开展绩效自评，涉及资金700.00万元，自评结果为优秀（90分及以上）的10个，良好（80-89分）的4个，中（60-79分）的1个；"
        + "部门整体支出绩效自评得分92.0分。", "15", "excellent:10:优秀（90分及以上）|good:4:良好（80-89分）|fair:1:中（60-79分）", "some")]
    [InlineData("本部门对7个项目开展绩效自评，涉及资金210.00万元，自评90分（含）以上5个、80（含）至90分2个；部门整体支出绩效自评得分90.5分。",
        "7", "excellent:5:90分（含）以上|good:2:80（含）至90分", "some")]
    [InlineData("本部门对20个项目开展了绩效自评，评价等级为优、良、中、差的项目分别为14个、4个、2个和0个。",
        "20", "excellent:14:|good:4:|fair:2:|poor:0:", "all")]
    [InlineData("本部门对9个项目开展了绩效自评，其中评价结果为“优”、“良”的项目分别有7个、2个。", "9", "excellent:7:|good:2:", "all")]
    [InlineData("本部门对10个项目开展了绩效自评，评价等级为优秀、良好的项目分别为7个、2个。", "10", "excellent:7:优秀|good:2:良好", "some")]
    [InlineData("本部门对12个项目开展了绩效自评，自评结果为“优”的8个，“良”的3个，“中”的1个，无“差”等级项目。",
        "12", "excellent:8:|good:3:|fair:1:", "all")]
    [InlineData("本部门对7个项目开展绩效自评，涉及资金210.00万元。自评结果显示：优秀（90分以上）5个，良好（80分至90分）2个。",
        "7", "excellent:5:优秀（90分以上）|good:2:良好（80分至90分）", "some")]
    public void ANewWording_IsRead(string paragraph, string evaluated, string expected, string cover)
    {
        var (read, diagnostics) = ReadPerformance(paragraph);
        Assert.Empty(Errors(diagnostics));
        Assert.DoesNotContain(diagnostics, d => d.RuleId == "FA3012");
        Assert.Equal(evaluated, At(read, "/performance/projectEvaluationCount"));
        Assert.Equal(expected, Breakdown(read));
        Assert.Equal(cover, JsonAt(read, "/performance/gradeCountsCover"));
        Assert.False(Noted(read, "one grade or score band"));
    }

    /// <summary>
    /// "无中、差等级项目" makes the list whole, so counts that fall short of the evaluated projects (6 + 3 of 10) are FA3012's
    /// Error; the same counts without it (some grades only) are nothing.
    /// </summary>
    [Theory]
    [InlineData("，无中、差等级项目。", Severity.Error)]
    [InlineData("。", null)]
    public void ACompletedList_IsCheckedAsTheWhole(string ending, Severity? expected)
    {
        var (_, diagnostics) = ReadPerformance("本部门对10个项目开展了绩效自评。自评结果显示：优秀（90分以上）6个，良好（80分至90分）3个" + ending);
        var found = diagnostics.Where(d => d.RuleId == "FA3012").Select(d => (Severity?)d.Severity).ToList();
        Assert.Equal(expected is null ? new List<Severity?>() : new List<Severity?> { expected }, found);
    }

    /// <summary>
    /// Near misses: a bracketed band of another range, indicators listed by grade, rates listed respectively, fewer counts than
    /// grades — no grade count; a grade both counted and said to be absent, or a 无 that lists no grade (无差别) — the counts
    /// are read but the list is not made whole; a sentence without 项目 after no count of evaluated projects, or one that
    /// speaks of 指标 — no grade count.
    /// </summary>
    [Theory]
    [InlineData("本部门对9个项目开展了绩效自评。自评结果显示：优秀（85分以上）6个，良好（75分至85分）3个，无中、差等级项目。", null)]
    [InlineData("本部门对9个项目开展了绩效自评，评价为优、良、中、差的指标分别为40个、8个、2个和0个。", null)]
    [InlineData("本部门对9个项目开展了绩效自评，项目优秀率、良好率分别为70%、30%。", null)]
    [InlineData("本部门对9个项目开展了绩效自评，评价等级为优、良、中的项目分别为7个、2个。", null)]
    [InlineData("本部门对12个项目开展了绩效自评，自评结果为“优”的8个，“良”的3个，无“良”、“差”等级项目。", "some")]
    [InlineData("本部门对12个项目开展了绩效自评，自评结果为“优”的8个，“良”的4个，各项目评分标准无差别。", "some")]
    [InlineData("本部门开展了部门整体支出绩效自评。自评结果显示：优秀（90分以上）5个，良好（80分至90分）2个。", null)]
    [InlineData("本部门对9个项目开展了绩效自评。绩效指标自评结果：优秀45个，良好5个。", null)]
    public void ANearMiss_IsNotReadOrNotWhole(string paragraph, string? cover)
    {
        var (read, diagnostics) = ReadPerformance(paragraph);
        Assert.Empty(Errors(diagnostics));
        Assert.Equal(cover, JsonAt(read, "/performance/gradeCountsCover"));
        if (cover is null)
        {
            Assert.Empty(read.Report.Performance?.GradeCounts ?? []);
        }
    }

    /// <summary>
    /// The evaluations' coverage ("占一般公共预算项目支出总额的100%") and a count of key projects (绩效监控, 重点绩效评价) are located
    /// notes of their own; the key-project count is never the number of evaluated projects (before: 2 against 11, a false
    /// FA8003).
    /// </summary>
    /// <remarks>Session 46 (schema 1.11): the coverage and a key evaluation's count are placed now
    /// (<c>EvaluationCoverageSessionFortySixTests</c>); a count of monitored key projects stays a note.</remarks>
    [Theory]
    [InlineData("本部门对11个项目开展绩效自评，涉及资金300.00万元；对2个重点项目开展了绩效监控。", "11", "key projects", "2个")]
    public void CoverageAndKeyProjects_AreNotes(string paragraph, string evaluated, string words, string figure)
    {
        var (read, diagnostics) = ReadPerformance(paragraph);
        Assert.Empty(Errors(diagnostics));
        Assert.Equal(evaluated, At(read, "/performance/projectEvaluationCount"));
        var note = Assert.Single(read.Notes, n => n.MessageEn.Contains(words, StringComparison.Ordinal));
        var line = (Head + paragraph).Split('\n')[note.Span.StartLine - 1];
        Assert.StartsWith(figure, line.Substring(note.Span.StartColumn - 1), StringComparison.Ordinal);
        Assert.False(Noted(read, "A share without a figure"));
    }

    private const string Budgets = "某县水务局2024年度部门决算说明\n一、支出决算情况说明\n本年支出合计1500.00万元，其中基本支出900.00万元，"
        + "项目支出600.00万元。\n二、一般公共预算财政拨款支出决算情况说明\n1.农林水支出（类）水利（款）行政运行（项）：年初预算为300.00万元，"
        + "支出决算为280.00万元，完成年初预算的93.33%。\n三、“三公”经费支出决算情况说明\n";

    private static string ThreePublicText(string vehicleFinal, string totalFinal, string reason, string reference)
        => Budgets + "2024年度“三公”经费年初预算15.00万元，支出决算" + totalFinal + "万元，比上年减少1.10万元。其中：公务用车运行维护费"
            + "年初预算10.00万元，支出决算" + vehicleFinal + "万元，与上年持平；公务接待费年初预算5.00万元，支出决算3.60万元，比上年减少"
            + "1.10万元" + reason + "。" + reference + "\n";

    private const string Reason = "，减少的原因是压减接待批次和陪同人数";

    /// <summary>
    /// "决算数小于预算数的原因同上" after a change's reason: the total's and every item's budget difference below budget take that
    /// reason (with one note), so FA2206 no longer warns for them; the general budget's item without a reason still warns.
    /// </summary>
    [Fact]
    public void ASectionReference_GivesTheReasonToEveryDifferenceThatWay()
    {
        var (read, diagnostics) = Read(ThreePublicText("9.00", "12.60", Reason, "决算数小于预算数的原因同上。"));
        foreach (var subject in new[] { "total", "vehicleOperation", "reception" })
        {
            Assert.Equal("压减接待批次和陪同人数。", JsonAt(read, ThreePublic + subject + "/budget/reason"));
        }

        Assert.Equal(["/narrative/generalBudget/items/0/budget"], FA2206(diagnostics));
        Assert.Single(read.Notes, n => n.MessageEn.Contains("names its subject", StringComparison.Ordinal));
        Assert.Empty(Errors(diagnostics));
    }

    /// <summary>
    /// Near misses: an item above its budget keeps its Warning while the differences below take the reason; the reference of
    /// the other way (决算数大于) gives nothing; with no reason before it nothing is given; a reference that names one item
    /// (公务接待费决算数小于…) is not the section's.
    /// </summary>
    [Theory]
    [InlineData("10.50", "14.10", Reason, "决算数小于预算数的原因同上。", "vehicleOperation")]
    [InlineData("9.00", "12.60", Reason, "决算数大于预算数的原因同上。", "total|vehicleOperation|reception")]
    [InlineData("9.00", "12.60", "", "决算数小于预算数的原因同上。", "total|vehicleOperation|reception")]
    [InlineData("9.00", "12.60", Reason, "公务接待费决算数小于预算数的原因同上。", "total|vehicleOperation|reception")]
    public void ASectionReferenceNearMiss_LeavesTheWarnings(string vehicleFinal, string totalFinal, string reason, string reference,
        string warned)
    {
        var (read, diagnostics) = Read(ThreePublicText(vehicleFinal, totalFinal, reason, reference));
        var expected = new[] { "/narrative/generalBudget/items/0/budget" }
            .Concat(warned.Split('|').Select(s => ThreePublic + s + "/budget")).Order(StringComparer.Ordinal);
        Assert.Equal(expected, FA2206(diagnostics));
        Assert.All(warned.Split('|'), s => Assert.Null(JsonAt(read, ThreePublic + s + "/budget/reason")));
    }

    /// <summary>
    /// Any split of N evaluated projects written as "优、良、中、差的项目分别为a个、b个、c个和d个" is read exactly (every grade named:
    /// the whole), and FA3012 is silent exactly when the counts add up to the number stated, else its Error.
    /// </summary>
    [Property(MaxTest = 40)]
    public bool ARespectiveList_IsReadExactly_AndCheckedAsTheWhole(byte excellent, byte good, byte fair, byte poor, sbyte offset)
    {
        var counts = new[] { excellent % 30, good % 30, fair % 30, poor % 30 };
        var stated = Math.Max(counts.Sum() + offset % 3, 1);
        var n = counts.Select(c => c.ToString(Inv)).ToArray();
        var (read, diagnostics) = ReadPerformance("本部门对" + stated.ToString(Inv) + "个项目开展了绩效自评，评价等级为优、良、中、差的项目分别为"
            + n[0] + "个、" + n[1] + "个、" + n[2] + "个和" + n[3] + "个。");
        var expected = "excellent:" + n[0] + ":|good:" + n[1] + ":|fair:" + n[2] + ":|poor:" + n[3] + ":";
        var finding = diagnostics.FirstOrDefault(d => d.RuleId == "FA3012")?.Severity;
        return Breakdown(read) == expected && JsonAt(read, "/performance/gradeCountsCover") == "all"
            && finding == (stated == counts.Sum() ? null : Severity.Error);
    }

    private static string[] FA2206(List<Diagnostic> diagnostics)
        => [.. diagnostics.Where(d => d.RuleId == "FA2206").SelectMany(d => d.Pointers).Order(StringComparer.Ordinal)];

    /// <summary>The grade counts read, "grade:count:band|…" in order, each count checked at its claimed pointer.</summary>
    private static string Breakdown(DisclosureReadResult read)
    {
        var performance = read.Report.Performance;
        if (performance is null)
        {
            return string.Empty;
        }

        var items = new List<string>();
        for (var i = 0; i < performance.GradeCounts.Count; i++)
        {
            var g = performance.GradeCounts[i];
            var at = "/performance/gradeCounts/" + i.ToString(Inv);
            Assert.Equal(g.Count.ToString(Inv), At(read, at + "/count"));
            items.Add(JsonAt(read, at + "/grade") + ":" + g.Count.ToString(Inv) + ":" + g.Band);
        }

        return string.Join("|", items);
    }

    private static readonly System.Globalization.CultureInfo Inv = System.Globalization.CultureInfo.InvariantCulture;
}
