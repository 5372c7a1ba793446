using FsCheck.Xunit;
using PublicFinance.FinalAccounts.Disclosures;
using static PublicFinance.FinalAccounts.Tests.Disclosures.TextReading;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// Session 48 (prior48, blind round 44 t09): a space-aligned table row whose label opens with "其中：" is a row, not prose —
/// before, its colon made it a sentence, the table's header was lost and every row after it went unread (公务接待费 in a 三公
/// table, then a false finding on the total). Invented texts.
/// </summary>
public class SpaceTablePartRowsSessionFortyEightTests
{
    private static string Table(string reception) => "青石县水利局2023年度部门决算说明\n六、“三公”经费财政拨款支出决算情况说明\n单位：万元\n"
        + "项目                    预算数      决算数      上年决算      增减额      增减率\n"
        + "合计                    12.00      10.50      9.80      0.70      7.14%\n"
        + "因公出国（境）费          0.00       0.00      0.00      0.00         —\n"
        + "公务用车购置及运行维护费    8.00       7.20      7.00      0.20      2.86%\n"
        + "  其中：公务用车购置费      0.00       0.00      0.00      0.00         —\n"
        + "        公务用车运行维护费  8.00       7.20      7.00      0.20      2.86%\n"
        + "公务接待费                4.00       " + reception + "      2.80      0.50     17.86%\n"
        + "2023年度“三公”经费支出10.50万元。\n";

    /// <summary>The rows after the 其中 row are read: 运行维护费 and 公务接待费 with their budgets, prior years and changes.</summary>
    [Fact]
    public void RowsAfterAPartRow_AreRead()
    {
        var (read, diagnostics) = Read(Table("3.30"));
        Assert.Empty(Errors(diagnostics));
        Assert.Equal("0.00", At(read, "/narrative/threePublic/vehiclePurchase/budget/budgetAmount"));
        Assert.Equal("7.20", At(read, "/narrative/threePublic/vehicleOperation/amount"));
        Assert.Equal("3.30", At(read, "/narrative/threePublic/reception/amount"));
        Assert.Equal("4.00", At(read, "/narrative/threePublic/reception/budget/budgetAmount"));
        Assert.Equal("2.80", At(read, "/narrative/threePublic/reception/change/priorYearAmount"));
        Assert.Equal("17.86", At(read, "/narrative/threePublic/reception/change/rate"));
    }

    /// <summary>
    /// Only 其中 before the colon (the normalised text's ASCII one): another word before a colon, or a colon later, stays prose.
    /// </summary>
    [Theory]
    [InlineData("  其中:公务用车购置费      0.00       0.00      0.00", true)]
    [InlineData("其中:公务用车购置费      0.00       0.00      0.00", true)]
    [InlineData("说明:公务用车购置费      0.00       0.00      0.00", false)]
    [InlineData("公务用车购置费      0.00       0.00      其中:0.00", false)]
    public void OnlyAPartLabelsColon_IsPartOfARow(string line, bool row)
        => Assert.Equal(row, BlockClassifier.IsSpaceAlignedRow(line, 0, line.Length));

    /// <summary>Whatever the last row's amount, it is read from the table after the 其中 row.</summary>
    [Property(MaxTest = 25)]
    public bool TheLastRow_IsReadWhateverItsAmount(ushort cents)
    {
        var amount = (cents % 100000 / 100m).ToString("0.00", System.Globalization.CultureInfo.InvariantCulture);
        var (read, _) = Read(Table(amount));
        return At(read, "/narrative/threePublic/reception/amount") == amount;
    }
}
