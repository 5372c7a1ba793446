using PublicFinance.FinalAccounts.Disclosures;
using PublicFinance.FinalAccounts.Model;
using PublicFinance.FinalAccounts.Validation;
using static PublicFinance.FinalAccounts.Tests.Disclosures.TextReading;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// Three reader bugs an outside review of session 20 found (issue 8, precision), each with invented sentences: a completion
/// rate against another budget than the one a 比年初预算 difference opened (a false FA2207), a vehicle clause that moved a staff
/// paragraph into 国有资产 (FA4301 never ran), and one category of the establishment counted as two (参照公务员 + 事业编制, or
/// 行政编制和事业编制共 48 人).
/// </summary>
public class ReviewFixesSessionTwentyATests
{
    private const string GeneralBudget = "某市某局2022年度部门决算说明\n三、一般公共预算财政拨款支出决算情况说明\n";

    private const string Opening = "2022年度一般公共预算财政拨款支出4321.50万元，比年初预算增加321.50万元，";

    /// <summary>
    /// The difference opens the 年初 budget: 4321.50 − 321.50 = 4000.00. The rate is against the 调整 / 全年 budget
    /// (4500.00 here, stated nowhere): 4321.50 / 4500.00 = 96.03 %. Written on the 年初 budget, FA2207 would expect
    /// 4321.50 / 4000.00 = 108.04 % and raise a false Error; the rate is of another budget, so it is not the 年初 one's. Since
    /// session 26 (schema 1.6) it is the total's second comparison, of the 全年 kind, with no budget amount (before, a note).
    /// </summary>
    [Theory]
    [InlineData("完成调整预算的96.03%")]
    [InlineData("为全年预算数的96.03%")]
    [InlineData("完成全年预算的96.03%")]
    public void ARateAgainstAnotherBudget_IsNotTheOpenBudgets(string rate)
    {
        var (read, diagnostics) = Read(GeneralBudget + Opening + rate + "，主要原因是年中追加专项资金。\n");
        Assert.Equal("321.50", At(read, "/narrative/generalBudget/total/budget/difference"));
        Assert.Null(At(read, "/narrative/generalBudget/total/budget/completionRate"));
        Assert.Equal("96.03", At(read, "/narrative/generalBudget/total/secondBudget/completionRate"));
        Assert.Equal(BudgetKind.FullYear, read.Report.Narrative!.GeneralBudget!.Total!.SecondBudget!.Kind);
        Assert.DoesNotContain(diagnostics, d => d.RuleId == "FA2207");
        Assert.Empty(Errors(diagnostics));
    }

    /// <summary>
    /// A rate against the same budget, or one that names no kind, is still that budget's and still checked:
    /// 4321.50 / 4000.00 = 1.080375 → 108.04 % is consistent; 100.00 % is FA2207's Error.
    /// </summary>
    [Theory]
    [InlineData("完成年初预算的")]
    [InlineData("完成预算的")]
    public void ARateAgainstTheSameBudget_IsStillChecked(string words)
    {
        var (read, diagnostics) = Read(GeneralBudget + Opening + words + "108.04%，主要原因是年中追加专项资金。\n");
        Assert.Equal("108.04", At(read, "/narrative/generalBudget/total/budget/completionRate"));
        Assert.Empty(Errors(diagnostics));

        var (_, planted) = Read(GeneralBudget + Opening + words + "100.00%，主要原因是年中追加专项资金。\n");
        Assert.Equal("FA2207", Assert.Single(planted, d => d.Severity == Severity.Error).RuleId);
    }

    /// <summary>
    /// A consistent text with both budgets: 年初 4000.00 (4321.50 − 321.50) and 全年 4500.00, 4321.50 / 4500.00 = 0.96033 →
    /// 96.03 %. No Error, whichever budget word the rate names.
    /// </summary>
    [Fact]
    public void BothBudgetsConsistent_RaiseNoError()
    {
        var (_, diagnostics) = Read(GeneralBudget + "2022年度一般公共预算财政拨款支出4321.50万元，年初预算为4000.00万元，"
            + "比年初预算增加321.50万元，完成全年预算4500.00万元的96.03%，主要原因是年中追加专项资金。\n");
        Assert.Empty(Errors(diagnostics));
    }

    private const string StaffSection = "某县某局2021年度部门决算说明\n一、部门基本情况\n（二）人员情况\n";

    /// <summary>
    /// A staff paragraph ending with the vehicles held stays a staff paragraph: 编制 36, 实有 33 = 在职 25 + 离退休 8 are read,
    /// and FA4301 runs — with 实有 written 34 (25 + 8 = 33 ≠ 34) it is an Error. The vehicle clause does not move the
    /// paragraph into 国有资产, so no vehicle count is placed there.
    /// </summary>
    [Fact]
    public void AVehicleClause_InAStaffParagraph_KeepsItStaff()
    {
        const string Line = "本部门编制人数36人，实有人数{0}人，其中在职人员25人，离退休人员8人，现有公务用车3辆。\n";
        var (read, diagnostics) = Read(StaffSection + string.Format(System.Globalization.CultureInfo.InvariantCulture, Line, 33));
        Assert.Equal("36", At(read, "/personnel/authorizedPositions/count"));
        Assert.Equal("33", At(read, "/personnel/total/count"));
        Assert.Equal("25", At(read, "/personnel/active/count"));
        Assert.Equal("8", At(read, "/personnel/retired/count"));
        Assert.Null(At(read, "/narrative/assets/vehicles/count"));
        Assert.Empty(Errors(diagnostics));

        var (_, planted) = Read(StaffSection + string.Format(System.Globalization.CultureInfo.InvariantCulture, Line, 34));
        Assert.Contains(planted, d => d.RuleId == "FA4301" && d.Severity == Severity.Error);
    }

    /// <summary>
    /// One category of the establishment is the whole 编制数: 参照公务员 names the kind of unit, not a second category, and
    /// 行政编制和事业编制 with one count (共 or not) is one whole. 实有 29 = 在职 21 + 离退休 8 stays consistent.
    /// </summary>
    [Theory]
    [InlineData("本单位为参照公务员管理事业单位，核定事业编制31人，实有人数29人，其中在职人员21人，离退休人员8人。", "31")]
    [InlineData("本部门行政编制和事业编制共47人，实有人数29人，其中在职人员21人，离退休人员8人。", "47")]
    [InlineData("本部门行政编制和事业编制47人，实有人数29人，其中在职人员21人，离退休人员8人。", "47")]
    public void OneCategory_IsTheWholeEstablishment(string line, string positions)
    {
        var (read, diagnostics) = Read(StaffSection + line + "\n");
        Assert.Equal(positions, At(read, "/personnel/authorizedPositions/count"));
        Assert.Equal("29", At(read, "/personnel/total/count"));
        Assert.DoesNotContain(read.Notes, n => n.MessageEn == DisclosureMessages.StaffCountNoField(string.Empty).En);
        Assert.Empty(Errors(diagnostics));
    }

    /// <summary>Two categories each with its own count are still parts (行政编制 17 人、事业编制 12 人: two notes).</summary>
    [Fact]
    public void TwoCategoriesWithTheirCounts_AreStillParts()
    {
        var (read, _) = Read(StaffSection + "本部门行政编制17人、事业编制为12人，实有人数27人。\n");
        Assert.Null(At(read, "/personnel/authorizedPositions/count"));
        Assert.Equal(2, read.Notes.Count(n => n.MessageEn == DisclosureMessages.StaffCountNoField(string.Empty).En));
    }
}
