using PublicFinance.FinalAccounts.Model;
using PublicFinance.FinalAccounts.Serialization;
using PublicFinance.FinalAccounts.Validation;

namespace PublicFinance.FinalAccounts.Tests.Validation;

/// <summary>
/// FA4301 (实有人数 = 在职 + 离休 + 退休) runs only when the retirees are stated: a text that gives 实有 and lists 在职 alone
/// ("实有人数11人，其中在职人员9人") leaves the other part unstated, and counting it as 0 was a false Error (session 21's
/// outside review). 离休 may still be left out (rare since the 2000s).
/// </summary>
public class PersonnelTotalTests
{
    private static ValidationResult Validate(string personnel) => Validator.Default.Validate(FinalAccountsJson.Deserialize(
        "{\"schemaVersion\":\"1.0\",\"entity\":{\"name\":\"测试单位\",\"fiscalYear\":2024},\"unit\":\"wanYuan\",\"personnel\":"
        + personnel + "}"));

    private static RuleCoverage Coverage(ValidationResult result) => result.Coverage.Single(c => c.Rule.Id == "FA4301");

    [Fact]
    public void WithoutRetirees_FA4301CouldNotRun()
    {
        // 11 ≠ 9, but the two may be the unstated retirees: no finding, one "could not run".
        var result = Validate("{\"total\":{\"count\":11},\"active\":{\"count\":9}}");
        Assert.DoesNotContain(result.Diagnostics, d => d.RuleId == "FA4301");
        Assert.Equal(1, Coverage(result).CouldNotRun);
    }

    [Fact]
    public void WithRetirees_AndNoRetiredCadres_FA4301Checks()
    {
        // 11 = 9 + 2 passes; 12 ≠ 9 + 2 fails (离休 absent counts as none).
        Assert.Equal(1, Coverage(Validate("{\"total\":{\"count\":11},\"active\":{\"count\":9},\"retired\":{\"count\":2}}")).Passed);
        var failed = Validate("{\"total\":{\"count\":12},\"active\":{\"count\":9},\"retired\":{\"count\":2}}");
        Assert.Contains(failed.Diagnostics, d => d.RuleId == "FA4301" && d.Severity == Severity.Error);
    }
}
