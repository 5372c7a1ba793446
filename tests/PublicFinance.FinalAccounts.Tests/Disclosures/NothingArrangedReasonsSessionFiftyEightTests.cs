using System.Text;
using static PublicFinance.FinalAccounts.Tests.Disclosures.TextReading;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// Session 58 (r55fix, blind round 55 t05's wording, our own invented 地震局 texts): a 三公 item's decrease followed by a clause
/// saying nothing was arranged, with no reason word — <c>因公出国（境）费0万元，比上年减少3.60万元，本年未安排出国（境）团组（上年1个团组2人次）。</c>.
/// At the base (b035b99f) the change had no reason and FA2106 warned (a false Warning). Now that clause is the decrease's
/// reason; an increase, a clause that is not the last of its part, or a clause with a figure of its own takes none.
/// </summary>
public sealed class NothingArrangedReasonsSessionFiftyEightTests
{
    /// <summary>A 三公 block whose 出国 line is <paramref name="overseas"/> (the other items level with last year).</summary>
    private static string Text(string overseas, string total = "12.40")
        => new StringBuilder("某市地震局2016年度部门决算说明\n\n六、“三公”经费支出情况\n")
            .Append("2016年度“三公”经费支出").Append(total).Append("万元，比上年减少2.10万元，主要是压减一般性支出。具体是：\n")
            .Append("（1）").Append(overseas).Append('\n')
            .Append("（2）公务用车购置费0万元，与上年持平。\n")
            .Append("（3）公务用车运行维护费8.40万元，与上年持平。\n")
            .Append("（4）公务接待费4.00万元，比上年增加1.50万元，主要是上级检查增加。\n")
            .ToString();

    private const string Change = "/narrative/threePublic/overseasTravel/change";

    /// <summary>The family's wordings: each is the decrease's reason, and no FA2106 is given for it.</summary>
    [Theory]
    [InlineData("本年未安排出国（境）团组（上年1个团组2人次）")]
    [InlineData("本年度未发生因公出国（境）支出")]
    [InlineData("当年未组织出国（境）团组")]
    [InlineData("本年无出国（境）团组")]
    [InlineData("未派出出国（境）团组")]
    public void NothingArranged_IsTheDecreaseReason(string clause)
    {
        var (read, diagnostics) = Read(Text("因公出国（境）费0万元，比上年减少3.60万元，" + clause + "。"));

        Assert.Equal("decrease", JsonAt(read, Change + "/direction"));
        Assert.Equal("3.60", JsonAt(read, Change + "/amount"));
        Assert.Equal(clause, JsonAt(read, Change + "/reason"));
        Assert.DoesNotContain(diagnostics, d => d.RuleId == "FA2106" && d.Pointers.Contains(Change));
    }

    /// <summary>An increase is not explained by nothing arranged: no reason is read, FA2106 still asks for one.</summary>
    [Fact]
    public void Increase_TakesNoSuchReason()
    {
        var (read, _) = Read(Text("因公出国（境）费3.60万元，比上年增加3.60万元，本年未安排其他团组。", "16.00"));

        Assert.Null(JsonAt(read, Change + "/reason"));
    }

    /// <summary>A clause that is not the last of its part, or that states a figure of its own, is no reason.</summary>
    [Theory]
    [InlineData("本年未安排出国（境）团组，另支付上年团组费用1.20万元。")]
    [InlineData("本年未安排出国团组3个。")]
    [InlineData("无变化。")]
    public void OtherClauses_AreNoReason(string clause)
    {
        var (read, diagnostics) = Read(Text("因公出国（境）费1.20万元，比上年减少2.40万元，" + clause, "13.60"));

        Assert.Null(JsonAt(read, Change + "/reason"));
        Assert.Empty(Errors(diagnostics));
    }
}
