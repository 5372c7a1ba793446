using PublicFinance.FinalAccounts.Disclosures;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// Table cells converted to the report's 万元 that the numeric contract (at most 12 decimals, 16 integer digits) cannot
/// hold once converted: a cell of 千元 with 12 decimals is 13 decimals of 万元, a cell of 元 with 12 decimals 16. Before
/// session 18's review such a cell threw out of <see cref="DisclosureReader.Read"/>; now it is a note at the cell, and the
/// other cells of the table are read.
/// </summary>
public class ConversionLimitTests
{
    private static string Table(string unit, string receptionFinal) =>
        "某局2021年度部门决算说明\n三、“三公”经费财政拨款支出决算情况\n“三公”经费财政拨款支出决算表\n单位：" + unit + "\n"
        + "项目\t预算数\t决算数\n"
        + "公务接待费\t40.00\t" + receptionFinal + "\n"
        + "公务用车运行维护费\t80.00\t62.00\n";

    [Theory]
    // 千元 → 万元 is ÷ 10 with one decimal more: 12 written decimals would need 13.
    [InlineData("千元", "36.123456789012", "6.200")]
    // 元 → 万元 is ÷ 10,000 with four decimals more: 9 written decimals would need 13.
    [InlineData("元", "36.123456789", "0.006200")]
    public void ACellBeyondTheContractOnceConverted_IsANote_AndTheOtherCellsAreRead(string unit, string cell, string vehicle)
    {
        var read = DisclosureReader.Read(Table(unit, cell));

        // 62.00 千元 = 6.200 万元; 62.00 元 = 0.006200 万元: the row after the refused cell is read, exactly.
        Assert.Contains(read.Claims, c => c.Value == vehicle);
        Assert.DoesNotContain(read.Claims, c => c.Value.Contains("123456789", StringComparison.Ordinal));
        Assert.Contains(read.Notes, n => n.MessageZh == DisclosureMessages.BeyondTheNumericContract.Zh);
    }

    [Fact]
    public void ACellWithTwelveDecimalsInWanYuan_IsStillRead()
    {
        // No conversion: 12 decimals of 万元 are within the contract, so the cell is placed as written.
        var read = DisclosureReader.Read(Table("万元", "36.123456789012"));
        Assert.Contains(read.Claims, c => c.Value == "36.123456789012");
        Assert.DoesNotContain(read.Notes, n => n.MessageZh == DisclosureMessages.BeyondTheNumericContract.Zh);
    }

    [Theory]
    // 12 decimals of 千元 would be 13 of 万元; 9 decimals of 元 would be 13 of 万元. Before the review the whole paragraph
    // was dropped ("无法解析此段"); now only the figure is a note, and the figure after it in the paragraph is read.
    [InlineData("公务接待费3.123456789012千元，公务用车运行维护费6.20万元。")]
    [InlineData("公务接待费3.123456789元，公务用车运行维护费6.20万元。")]
    public void ANarrativeAmountBeyondTheContractOnceConverted_IsANote_AndTheParagraphIsStillRead(string sentence)
    {
        var read = DisclosureReader.Read("某局2021年度部门决算说明\n三、“三公”经费财政拨款支出决算情况\n2021年度" + sentence + "\n");
        Assert.Contains(read.Claims, c => c.Pointer == "/narrative/threePublic/vehicleOperation/amount" && c.Value == "6.20");
        Assert.DoesNotContain(read.Claims, c => c.Value.Contains("123456789", StringComparison.Ordinal));
        Assert.Contains(read.Notes, n => n.MessageZh == DisclosureMessages.BeyondTheNumericContract.Zh);
    }
}
