using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PublicFinance.FinalAccounts.Model;
using PublicFinance.FinalAccounts.Serialization;
using PublicFinance.FinalAccounts.Validation;

namespace PublicFinance.FinalAccounts.Tests.Validation;

/// <summary>
/// FA5002 (款、项的上级科目已列出) since spec 5.0 (session 40, blind round 38): a code whose parent's level the table never
/// lists is not applicable — a condensed table of 类 and 项 rows, or a 说明's excerpt of 项 rows, leaves out a whole level by
/// its layout — while a parent missing from a level the table does list still fails, as before.
/// </summary>
public class ParentLevelListedTests
{
    /// <summary>A report whose 一般公共预算 expenditure table lists rows of <paramref name="codes"/> (also session 47's tests).</summary>
    internal static FinalAccountsReport Report(params string[] codes)
    {
        var rows = new JsonArray();
        foreach (var code in codes)
        {
            rows.Add(new JsonObject { ["code"] = code, ["name"] = "科目" + code });
        }

        var root = new JsonObject
        {
            ["schemaVersion"] = "1.0",
            ["entity"] = new JsonObject { ["name"] = "测试单位", ["fiscalYear"] = 2024 },
            ["unit"] = "wanYuan",
            ["tables"] = new JsonObject { ["generalBudgetExpenditure"] = new JsonObject { ["rows"] = rows } },
        };
        return FinalAccountsJson.Deserialize(root.ToJsonString());
    }

    private static ValidationResult Validate(params string[] codes) => Validator.Default.WithRules("FA5002").Validate(Report(codes));

    private static string[] Failed(ValidationResult result)
        => result.Diagnostics.Where(d => d.RuleId == "FA5002").Select(d => d.Pointers[0]).ToArray();

    [Fact]
    public void ClassAndItemRowsOnly_NoFinding()
    {
        // 类 and 项 rows, no 款 at all (a condensed table): before 5.0, one Error per 项.
        var result = Validate("201", "2010101", "2010199", "208", "2080505");
        Assert.Empty(Failed(result));
        Assert.Equal(CheckOutcome.NotApplicable, result.CoverageOf("FA5002")!.Outcome);
    }

    [Fact]
    public void ExcerptOfItemRows_NoFinding()
    {
        var result = Validate("2140101", "2140104", "2140106");
        Assert.Empty(Failed(result));
        Assert.Equal(CheckOutcome.NotApplicable, result.CoverageOf("FA5002")!.Outcome);
    }

    [Fact]
    public void ParentMissingFromAListedLevel_StillFails()
    {
        // 款 20101 is listed, so the 款 level is in the table: 2010301's 款 20103 is missing.
        var result = Validate("201", "20101", "2010101", "2010301");
        Assert.Equal(["/tables/generalBudgetExpenditure/rows/3/code"], Failed(result));
        Assert.Equal(Severity.Error, Assert.Single(result.Diagnostics, d => d.RuleId == "FA5002").Severity);
    }

    [Fact]
    public void ClassMissingFromAListedClassLevel_Fails()
    {
        // 类 201 is listed, 类 208 is not: 20805's parent is missing.
        var result = Validate("201", "20101", "20805");
        Assert.Equal(["/tables/generalBudgetExpenditure/rows/2/code"], Failed(result));
    }

    /// <summary>
    /// Over random code sets: a code fails exactly when its parent's level is listed and its parent is not; dropping every
    /// code of one level never makes a code of the level below fail.
    /// </summary>
    [Property(MaxTest = 200)]
    public Property Fails_ExactlyWhenTheParentsLevelIsListedAndTheParentIsNot()
    {
        var code = Gen.Elements("201", "208", "20101", "20103", "20805", "2010101", "2010301", "2080505", "2080599");
        return Prop.ForAll(code.ArrayOf().Select(l => l.Distinct().ToArray()).ToArbitrary(), codes =>
        {
            var lengths = codes.Select(c => c.Length).ToHashSet();
            var expected = codes.Select((c, i) => (c, i))
                .Where(x => x.c.Length > 3 && lengths.Contains(x.c.Length - 2) && !codes.Contains(x.c[..^2]))
                .Select(x => $"/tables/generalBudgetExpenditure/rows/{x.i}/code");
            Assert.Equal(expected, Failed(Validate(codes)));
        });
    }
}
