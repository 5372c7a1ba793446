using FsCheck.Xunit;
using PublicFinance.FinalAccounts.Classification;
using PublicFinance.FinalAccounts.Model;
using PublicFinance.FinalAccounts.Model.Narrative;
using PublicFinance.FinalAccounts.Serialization;
using PublicFinance.FinalAccounts.Tests.Serialization;
using PublicFinance.FinalAccounts.Validation;
using PublicFinance.FinalAccounts.Values;
using static PublicFinance.FinalAccounts.Tests.Disclosures.TextReading;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// Session 48 (prior48, schema 1.13, rules FA1217 and FA1218): a 类, 款 or 项 stated with its 上年决算数 and no change of its own
/// is the figure's <c>priorYearAmount</c> (before: the amount was dropped with the direction-less change it was put in), and
/// FA1217 checks a class's prior year against its listed items'. Invented texts, none copied from a blind round.
/// </summary>
public class PriorYearItemsSessionFortyEightTests
{
    private const string Head = "青石县水利局2023年度部门决算说明\n五、一般公共预算财政拨款支出决算情况说明\n"
        + "2023年度一般公共预算财政拨款支出1500.00万元。\n";

    private const string Items = "/narrative/generalBudget/items/";

    /// <summary>Each numbered item's 上年决算数 is its prior-year amount; no change is made up and nothing is an Error.</summary>
    [Fact]
    public void AnItemsPriorYearWithoutAChange_IsItsPriorYearAmount()
    {
        var (read, diagnostics) = Read(Head
            + "1.农林水支出（类）水利（款）行政运行（项）[2130301]：本年决算数420.50万元，上年决算数398.20万元，调整预算430.00万元，"
            + "决算数占调整预算的97.79%。变动原因：新增编制内人员。\n"
            + "2.农林水支出（类）水利（款）水利工程建设（项）[2130305]：本年决算数860.00万元，上年决算数910.35万元，调整预算900.00万元，"
            + "决算数占调整预算的95.56%。变动原因：部分工程进度调整。\n");
        Assert.Empty(Errors(diagnostics));
        Assert.Equal("420.50", At(read, Items + "0/amount"));
        Assert.Equal("398.20", At(read, Items + "0/priorYearAmount"));
        Assert.Equal("910.35", At(read, Items + "1/priorYearAmount"));
        Assert.Null(JsonAt(read, Items + "0/change/direction"));
        Assert.Equal("430.00", At(read, Items + "0/budget/budgetAmount"));
        Assert.Equal("1.13", read.Report.SchemaVersion);
    }

    /// <summary>With its change stated, the prior year stays the change's (FA2105 checks it); the item gets none of its own.</summary>
    [Fact]
    public void APriorYearWithItsChange_StaysTheChanges()
    {
        var (read, diagnostics) = Read(Head
            + "1.农林水支出（类）水利（款）行政运行（项）[2130301]：本年决算数420.50万元，上年决算数398.20万元，比上年增加22.30万元，"
            + "主要是新增编制内人员。\n");
        Assert.Empty(Errors(diagnostics));
        Assert.Equal("398.20", At(read, Items + "0/change/priorYearAmount"));
        Assert.Null(At(read, Items + "0/priorYearAmount"));
    }

    /// <summary>Whatever the two amounts, the prior year is read as written and no Error follows from it.</summary>
    [Property(MaxTest = 25)]
    public bool AnyPriorYear_IsReadAsWritten(uint current, uint prior)
    {
        var c = Cents((int)(current % 9000000) + 1);
        var p = Cents((int)(prior % 9000000) + 1);
        var (read, diagnostics) = Read(Head + "1.农林水支出（类）水利（款）行政运行（项）[2130301]：本年决算数" + c + "万元，上年决算数" + p
            + "万元。\n");
        return At(read, Items + "0/amount") == c && At(read, Items + "0/priorYearAmount") == p
            && !diagnostics.Any(d => d.Severity == Severity.Error && d.RuleId is "FA1217" or "FA2105");
    }

    /// <summary>FA1217: a class's prior year equal to its items' passes; one beyond rounding is an Error naming the class.</summary>
    [Fact]
    public void AClassPriorYearAboveItsItems_IsAnError()
    {
        Assert.DoesNotContain(Validator.Default.Validate(WithClass(80870, 39820, 41050)).Diagnostics,
            d => d.RuleId == "FA1217" && d.Severity != Severity.Info);
        var finding = Assert.Single(Validator.Default.Validate(WithClass(81870, 39820, 41050)).Diagnostics, d => d.RuleId == "FA1217");
        Assert.Equal(Severity.Error, finding.Severity);
    }

    /// <summary>FA1217's invariant: the items' sum passes, any offset of at least 0.03 fails; no class prior year, no check.</summary>
    [Property(MaxTest = 60)]
    public bool AClassPriorYear_IsItsItemsSum(uint first, uint second, short offset)
    {
        var a = (int)(first % 5000000);
        var b = (int)(second % 5000000);
        var k = offset % 400;
        var extra = k is >= 0 and < 3 ? k + 3 : k is < 0 and > -3 ? k - 3 : k;
        Severity? Finding(FinalAccountsReport report) => Validator.Default.Validate(report).Diagnostics
            .Where(d => d.RuleId == "FA1217").Select(d => (Severity?)d.Severity).FirstOrDefault();
        return Finding(WithClass(a + b, a, b)) is null
            && (a + b + extra < 0 || Finding(WithClass(a + b + extra, a, b)) == Severity.Error)
            && Finding(WithClass(null, a, b)) is null;
    }

    /// <summary>The new member round-trips through the JSON contract at 1.13; a 1.12 document without it still reads.</summary>
    [Fact]
    public void TheNewMember_RoundTrips()
    {
        var report = WithClass(80870, 39820, 41050) with { SchemaVersion = "1.13" };
        var json = FinalAccountsJson.Serialize(report, indented: false);
        Assert.Contains("\"priorYearAmount\":\"808.70\"", json, StringComparison.Ordinal);
        ContractRoundTrip.AssertWhole(report, json, "1.13");
        const string Old = "{\"schemaVersion\":\"1.12\",\"entity\":{\"name\":\"测试单位\",\"fiscalYear\":2023},"
            + "\"narrative\":{\"generalBudget\":{\"total\":{\"amount\":\"1500.00\"}}}}";
        Assert.Equal("1.12", FinalAccountsJson.Deserialize(Old).SchemaVersion);
    }

    private static FinalAccountsReport WithClass(int? classPrior, int firstPrior, int secondPrior) => new()
    {
        Entity = new ReportingEntity { Name = "测试单位", FiscalYear = 2023 },
        Narrative = new NarrativeSections
        {
            GeneralBudget = new GeneralBudgetStatement
            {
                Total = new StatedFigure { Amount = Amount.Parse("1280.50") },
                Classes =
                [
                    new FunctionalFigure
                    {
                        Code = FunctionalCode.Parse("213"), Name = "农林水支出", Amount = Amount.Parse("1280.50"),
                        PriorYearAmount = classPrior is { } c ? Amount.Parse(Cents(c)) : null,
                    },
                ],
                Items =
                [
                    new FunctionalFigure
                    {
                        Code = FunctionalCode.Parse("2130301"), Name = "行政运行", Amount = Amount.Parse("420.50"),
                        PriorYearAmount = Amount.Parse(Cents(firstPrior)),
                    },
                    new FunctionalFigure
                    {
                        Code = FunctionalCode.Parse("2130305"), Name = "水利工程建设", Amount = Amount.Parse("860.00"),
                        PriorYearAmount = Amount.Parse(Cents(secondPrior)),
                    },
                ],
            },
        },
    };

    private static string Cents(int cents) => (cents / 100m).ToString("0.00", System.Globalization.CultureInfo.InvariantCulture);
}
