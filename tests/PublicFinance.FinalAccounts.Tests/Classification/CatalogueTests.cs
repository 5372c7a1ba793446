using PublicFinance.FinalAccounts.Classification;
using PublicFinance.FinalAccounts.Serialization;

namespace PublicFinance.FinalAccounts.Tests.Classification;

public class CatalogueTests
{
    private static readonly ClassificationCatalogue Catalogue = ClassificationCatalogue.Default;

    [Theory]
    [InlineData("201", 2024, "一般公共服务支出")]
    [InlineData("2010301", 2024, "行政运行")]
    [InlineData("2010308", 2024, "信访事务")]
    [InlineData("207", 2024, "文化旅游体育与传媒支出")]
    [InlineData("207", 2017, "文化体育与传媒支出")]
    [InlineData("210", 2018, "医疗卫生与计划生育支出")]
    [InlineData("2080506", 2024, "机关事业单位职业年金缴费支出")]
    public void TryGetName_IsYearAware(string code, int year, string expected)
    {
        Assert.True(Catalogue.TryGetName(FunctionalCode.FromDigits(code), year, out var name));
        Assert.Equal(expected, name);
    }

    [Fact]
    public void MatchName_IsLenientAboutAliasesAndBrackets()
    {
        var code = FunctionalCode.FromDigits("20103");
        Assert.Equal(NameMatch.Exact, Catalogue.MatchName(code, 2024, "政府办公厅(室)及相关机构事务"));
        Assert.Equal(NameMatch.Alias, Catalogue.MatchName(FunctionalCode.FromDigits("20805"), 2024, "行政事业单位离退休"));
        Assert.Equal(NameMatch.OtherYear, Catalogue.MatchName(FunctionalCode.FromDigits("210"), 2024, "医疗卫生与计划生育支出"));   // 2014–2018 name
        Assert.Equal(NameMatch.Mismatch, Catalogue.MatchName(code, 2024, "外交支出"));
        Assert.Equal(NameMatch.UnknownCode, Catalogue.MatchName(FunctionalCode.FromDigits("2019999"), 2024, "任意"));
        Assert.Equal(NameMatch.Exact, Catalogue.MatchName(EconomicCode.FromDigits("30212"), 2024, "因公出国（境）费用"));
    }

    [Fact]
    public void FindFunctionalByName_ReturnsEveryLevel()
    {
        var codes = Catalogue.FindFunctionalByName("其他科学技术支出", 2024).Select(c => c.Value).ToList();
        Assert.Equal(new[] { "20699", "2069999" }, codes);
    }

    [Fact]
    public void Catalogue_CoversTheDomainAndSeedCodes()
    {
        string[] functional =
        [
            "201", "202", "203", "204", "205", "206", "207", "208", "210", "211", "212", "213", "214", "215", "216", "217", "219", "220",
            "221", "222", "223", "224", "229", "234",
            "2010301", "2010302", "2010308", "2010350", "2010399", "2069999", "2080501", "2080505", "2080506", "2080801",
            "2120801", "2120803",
        ];
        foreach (var code in functional)
        {
            Assert.True(Catalogue.TryGetName(FunctionalCode.FromDigits(code), 2024, out _), code);
        }

        string[] economic =
        [
            "301", "30101", "30114", "30199", "302", "30201", "30231", "30299", "303", "30301", "30399", "310", "31013", "31099",
        ];
        foreach (var code in economic)
        {
            Assert.True(Catalogue.TryGetName(EconomicCode.FromDigits(code), 2024, out _), code);
        }

        Assert.All(Catalogue.Entries, e => Assert.False(string.IsNullOrWhiteSpace(e.Name)));
    }

    [Fact]
    public void SampleItemCodes_MatchTheirNames()
    {
        var report = FinalAccountsJson.Deserialize(TestFiles.SampleJson);
        foreach (var item in report.Narrative!.GeneralBudget!.Items)
        {
            Assert.NotEqual(NameMatch.Mismatch, Catalogue.MatchName(item.Code!.Value, 2024, item.Name));
            Assert.NotEqual(NameMatch.UnknownCode, Catalogue.MatchName(item.Code!.Value, 2024, item.Name));
        }
    }
}
