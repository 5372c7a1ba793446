using FsCheck;
using FsCheck.Xunit;
using static PublicFinance.FinalAccounts.Tests.Disclosures.TextReading;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// The components of 机关运行经费 listed in the sentence right after the one that states the total (session 44, issue 8:
/// "机关运行经费支出 188.55 万元，比上年增加 13.22 万元。其中：办公费 38.42 万元、…"), a name with a one- or two-character
/// alternative in brackets (维修（护）费) and the closing 其他: each to <c>operatingExpenses/components</c> in order; a list
/// sentence that is not right after the total's, that opens with no list word, or that follows another total stays notes.
/// </summary>
public class OperatingComponentsSessionFortyFourTests
{
    private const string Head = "某县农业农村局2023年度部门决算说明\n五、机关运行经费支出情况说明\n";

    private static string[] Components(string text, out string[] amounts)
    {
        var (read, _) = ReadWithErrors(text);
        var list = read.Report.Narrative?.OperatingExpenses?.Components ?? [];
        amounts = [.. list.Select(c => c.Amount.ToString())];
        return [.. list.Select(c => c.Name)];
    }

    [Theory]
    [InlineData("2023年度机关运行经费支出96.30万元，比上年减少4.20万元，下降4.18%。其中：办公费21.50万元、水电费13.80万元、维修（护）费8.00万元、其他5.10万元。")]
    [InlineData("本部门机关运行经费96.30万元，与上年持平。主要包括：办公费21.50万元，水电费13.80万元，维修(护)费8.00万元，其他5.10万元。")]
    [InlineData("机关运行经费支出96.30万元。具体为：办公费 21.50 万元；水电费 13.80 万元；维修（护）费 8.00 万元；其他 5.10 万元。")]
    public void AListOpeningTheNextSentence_IsTheTotalsComponents(string sentence)
    {
        var names = Components(Head + sentence + "\n", out var amounts);
        Assert.Equal(["办公费", "水电费", "维修(护)费", "其他"], names);
        Assert.Equal(["21.50", "13.80", "8.00", "5.10"], amounts);
    }

    [Fact]
    public void TheTotalAndItsChange_StayTheTotals()
    {
        var (read, errors) = ReadWithErrors(Head
            + "2023年度机关运行经费支出96.30万元，比上年减少4.20万元，下降4.18%。其中：办公费21.50万元、水电费13.80万元。\n");
        Assert.Empty(errors);
        Assert.Equal("96.30", At(read, "/narrative/operatingExpenses/administrativeOperatingExpenses/amount"));
        Assert.Equal("4.20", At(read, "/narrative/operatingExpenses/administrativeOperatingExpenses/change/amount"));
        Assert.Equal("21.50", At(read, "/narrative/operatingExpenses/components/0/amount"));
    }

    [Theory]
    [InlineData("机关运行经费支出96.30万元。办公费21.50万元，水电费13.80万元。")]                                 // no list word
    [InlineData("机关运行经费支出96.30万元。主要用于保障机关正常运转。其中：办公费21.50万元，水电费13.80万元。")]      // not the next sentence
    [InlineData("机关运行经费支出96.30万元。公用经费支出80.00万元。其中：办公费21.50万元，水电费13.80万元。")]        // another total between
    [InlineData("机关运行经费支出96.30万元，主要包括维修（及护理）费21.50万元。")]                                 // a bracket of three characters
    [InlineData("机关运行经费支出96.30万元，主要包括（护）费21.50万元。")]                                         // a bracket opening the name
    public void ANearMiss_IsNoComponent(string sentence)
        => Assert.Empty(Components(Head + sentence + "\n", out _));

    [Fact]
    public void OtherOutsideAList_IsNoComponent()
        => Assert.Empty(Components(Head + "机关运行经费支出96.30万元。其他5.10万元。\n", out _));

    /// <summary>
    /// Property: any list of two to five components (distinct names ending in 费) in the sentence after the total is read in
    /// order with the amounts as written.
    /// </summary>
    [Property(MaxTest = 30)]
    public bool AnyList_IsReadInOrder(PositiveInt seed, PositiveInt size)
    {
        string[] vocabulary = ["办公费", "印刷费", "水电费", "邮电费", "差旅费", "取暖费", "物业管理费", "会议费", "培训费"];
        var n = 2 + (size.Get % 4);
        var names = vocabulary.Skip(seed.Get % (vocabulary.Length - n + 1)).Take(n).ToArray();
        var values = names.Select((_, i) => ((seed.Get * (i + 7)) % 9000 + 100) / 100m).ToArray();
        var list = string.Join("、", names.Select((name, i) => $"{name}{values[i]:0.00}万元"));
        var total = values.Sum() + 1m;
        var read = Components(Head + $"机关运行经费支出{total:0.00}万元，比上年增加1.00万元。其中：{list}。\n", out var amounts);
        var written = values.Select(v => v.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture));
        return read.SequenceEqual(names) && amounts.SequenceEqual(written);
    }
}
