using PublicFinance.FinalAccounts.Disclosures;
using PublicFinance.FinalAccounts.Validation;
using PublicFinance.FinalAccounts.Values;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// Three real Shanghai 2024 disclosures in another layout than the seed (pdftotext output of the PDFs in
/// shared/data/real-disclosures: hard-wrapped lines, tables as one cell per line, Shanghai wording). The reader must
/// place their figures without inventing conflicts, and the checks must find exactly the real errors.
/// </summary>
public class RealDisclosureTests
{
    private static (DisclosureReadResult Read, ValidationResult Result) Check(string name)
    {
        var read = DisclosureReader.Read(TestFiles.Data("real/" + name));
        return (read, Validator.Default.Validate(read.Report, read.Sources));
    }

    private static string[] Errors(DisclosureReadResult read, ValidationResult result) =>
        [..
            read.TextFindings.Concat(result.Diagnostics)
                .Where(d => d.Severity == Severity.Error)
                .Select(d => d.RuleId + " " + (d.Pointers.Count > 0 ? d.Pointers[0] : d.Span?.ToString()))
                .OrderBy(x => x)
        ];

    [Fact]
    public void FinanceBureau_OneRealError_AShareThatDoesNotRecompute()
    {
        var (read, result) = Check("shanghai-putuo-finance-bureau-2024.txt");
        var n = read.Report.Narrative!;
        Assert.Equal("上海市普陀区财政局", read.Report.Entity.Name);
        Assert.Equal(Amount.Parse("2995.39"), n.Overall!.IncomeGrandTotal!.Amount);
        Assert.Equal(Amount.Parse("2946.25"), n.Income!.Total!.Amount);
        Assert.Equal(Amount.Parse("2940.05"), n.GeneralBudget!.Total!.Amount);
        Assert.Equal(Amount.Parse("251.25"), n.Procurement!.Total!.Amount);
        // 一般公共服务支出 2,106.66 / 2,940.05 = 71.65%, printed 71.73%.
        Assert.Equal(new[] { "FA2004 /narrative/generalBudget/classes/0/share" }, Errors(read, result));
    }

    [Fact]
    public void PlanningResources_TheTemplateResidue下降增长_IsFound()
    {
        var (read, result) = Check("shanghai-putuo-planning-resources-2024.txt");
        Assert.Equal("上海市普陀区规划和自然资源局", read.Report.Entity.Name);
        Assert.Equal(Amount.Parse("9746.50"), read.Report.Narrative!.GeneralBudget!.Total!.Amount);
        // "减少 0.15 万元，下降（增长）27.78%": residue, and a rate worded in both directions; the residue is located on
        // the words 下降（增长） themselves, found in the text.
        var residue = TestFiles.Locate(TestFiles.Data("real/shanghai-putuo-planning-resources-2024.txt"), "下降（增长）27.78%", "下降（增长）");
        Assert.Equal(
            new[]
            {
                "FA2103 /narrative/threePublic/total/change/rateDirection",
                $"FA8001 {residue.Line}:{residue.StartColumn}-{residue.Line}:{residue.EndColumn}",
            },
            Errors(read, result));
    }

    [Fact]
    public void SocialWorkDepartment_NoErrors_ZeroBaseRatesWarned()
    {
        var (read, result) = Check("shanghai-putuo-social-work-dept-2024.txt");
        Assert.Equal("中共上海市普陀区委社会工作部", read.Report.Entity.Name);
        Assert.Empty(Errors(read, result));
        // The department was founded in 2024: "增长 100.00%" on a zero base — of the overall totals, the 财政拨款 totals (both
        // of its grand totals read from "财政拨款收入支出总计" since session 17), the 一般公共预算 total and 机关运行经费; and
        // (session 26, schema 1.6) "完成年初预算的95.89%" on its 年初预算 of 0, now placed on that basis beside the 全年 one.
        Assert.Equal(5, result.Diagnostics.Count(d => d.RuleId == "FA2009" && d.Severity == Severity.Warning));
    }

    [Fact]
    public void RealTexts_ReadWithoutConflictsOrDroppedFragments()
    {
        foreach (var name in new[]
        {
            "shanghai-putuo-finance-bureau-2024.txt",
            "shanghai-putuo-planning-resources-2024.txt",
            "shanghai-putuo-social-work-dept-2024.txt",
        })
        {
            var (read, _) = Check(name);
            Assert.DoesNotContain(read.TextFindings, f => f.RuleId == "FA8003");
            Assert.DoesNotContain(read.Notes, n => n.MessageEn.Contains("dropped"));
            Assert.True(read.Claims.Count > 60, name + ": " + read.Claims.Count + " claims");
        }
    }
}
