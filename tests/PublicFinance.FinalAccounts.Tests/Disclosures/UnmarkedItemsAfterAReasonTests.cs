using PublicFinance.FinalAccounts.Disclosures;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// Session 33 (issue 8): an item after a reason, named with neither its level mark nor a colon — "…主要原因是人员减少。
/// 2.一般行政管理事务年初预算为 50.00 万元，…". Before, after "。" its figures went to the item before (a false FA2205 and
/// FA2201), and after "；" they were swallowed into the reason. Now the reason stops at a numbered name before its own amount,
/// and a name the catalogue gives only to 项 makes that item the subject; a name the catalogue does not know is a note.
/// Every text is invented and consistent: item 1 is 280 of 300 (below), item 2 is 80 of 50 (160.00%), 280 + 80 = 360.
/// </summary>
public sealed class UnmarkedItemsAfterAReasonTests
{
    private const string Head = "某县水利局2024年度部门决算说明\n\n三、一般公共预算财政拨款支出决算情况说明\n"
        + "（一）一般公共预算财政拨款支出决算总体情况\n2024年度一般公共预算财政拨款支出360.00万元。\n"
        + "（二）一般公共预算财政拨款支出决算具体情况\n";

    private const string Second = "一般行政管理事务年初预算为50.00万元，支出决算为80.00万元，完成年初预算的160.00%。";

    private static string? At(DisclosureReadResult read, string pointer) => TextReading.At(read, pointer);

    /// <summary>
    /// The second item, a catalogue 项 name with no level mark, after "。" or "；", numbered 2./（2）/②: its figures are its
    /// own (80 of 50), item 1 keeps 280 of 300 and its reason ("人员减少", without the next item's words).
    /// </summary>
    [Theory]
    [InlineData("1.", "。", "2.")]
    [InlineData("1.", "；", "2.")]
    [InlineData("（1）", "；", "（2）")]
    [InlineData("（1）", "。", "（2）")]
    [InlineData("①", "。", "②")]
    [InlineData("①", "；", "②")]
    public void CatalogueItemAfterReason_IsItsOwnItem(string first, string stop, string second)
    {
        var text = Head + first + "行政运行（项）年初预算为300.00万元，支出决算为280.00万元，决算数小于预算数，主要原因是人员减少"
            + stop + second + Second + "\n";
        var (read, diagnostics) = TextReading.Read(text);

        Assert.Equal("280.00", At(read, "/narrative/generalBudget/items/0/amount"));
        Assert.Equal("300.00", At(read, "/narrative/generalBudget/items/0/budget/budgetAmount"));
        var reason = TextReading.JsonAt(read, "/narrative/generalBudget/items/0/budget/reason");
        Assert.StartsWith("人员减少", reason, StringComparison.Ordinal);
        Assert.DoesNotContain("一般行政管理事务", reason, StringComparison.Ordinal);
        Assert.Null(At(read, "/narrative/generalBudget/items/0/budget/completionRate"));
        Assert.Equal("一般行政管理事务", TextReading.JsonAt(read, "/narrative/generalBudget/items/1/name"));
        Assert.Equal("80.00", At(read, "/narrative/generalBudget/items/1/amount"));
        Assert.Equal("50.00", At(read, "/narrative/generalBudget/items/1/budget/budgetAmount"));
        Assert.Equal("160.00", At(read, "/narrative/generalBudget/items/1/budget/completionRate"));
        Assert.Empty(TextReading.Errors(diagnostics));
    }

    /// <summary>
    /// A name the catalogue gives a single 项 (机关事业单位基本养老保险缴费支出 → 2080505): the item gets its code. 20 of 20 = 100.00%.
    /// </summary>
    [Fact]
    public void UniqueCatalogueName_GetsItsCode()
    {
        var text = Head + "1.行政运行（项）年初预算为300.00万元，支出决算为340.00万元，决算数大于预算数，主要原因是人员增加。"
            + "2.机关事业单位基本养老保险缴费支出年初预算为20.00万元，支出决算为20.00万元，完成年初预算的100.00%。\n";
        var (read, diagnostics) = TextReading.Read(text);

        Assert.Equal("340.00", At(read, "/narrative/generalBudget/items/0/amount"));
        Assert.Equal("2080505", TextReading.JsonAt(read, "/narrative/generalBudget/items/1/code"));
        Assert.Equal("20.00", At(read, "/narrative/generalBudget/items/1/amount"));
        Assert.Equal("20.00", At(read, "/narrative/generalBudget/items/1/budget/budgetAmount"));
        Assert.Empty(TextReading.Errors(diagnostics));
    }

    /// <summary>
    /// A name the catalogue does not know ("防汛抗旱专项业务"), or gives a 款 too ("其他一般公共服务支出": a 款 and a 项 of that
    /// name): the reason still stops before it, but its level and parent are a guess, so its figures are not placed — not the
    /// item before's (no FA2205/FA8003) — and a note says so.
    /// </summary>
    [Theory]
    [InlineData("。", "防汛抗旱专项业务")]
    [InlineData("；", "防汛抗旱专项业务")]
    [InlineData("。", "其他一般公共服务支出")]
    [InlineData("；", "其他一般公共服务支出")]
    public void UnknownNameAfterReason_IsANote(string stop, string name)
    {
        var text = Head + "1.行政运行（项）年初预算为300.00万元，支出决算为280.00万元，决算数小于预算数，主要原因是人员减少" + stop
            + "2." + name + "年初预算为50.00万元，支出决算为80.00万元，完成年初预算的160.00%。\n";
        var (read, diagnostics) = TextReading.Read(text);

        Assert.Equal("280.00", At(read, "/narrative/generalBudget/items/0/amount"));
        Assert.Equal("300.00", At(read, "/narrative/generalBudget/items/0/budget/budgetAmount"));
        Assert.DoesNotContain(name, TextReading.JsonAt(read, "/narrative/generalBudget/items/0/budget/reason"), StringComparison.Ordinal);
        Assert.Null(TextReading.JsonAt(read, "/narrative/generalBudget/items/1"));
        Assert.DoesNotContain(read.Claims, c => c.Value == "50.00" || c.Value == "80.00");
        Assert.Contains(read.Notes, n => n.MessageZh == FinalAccounts.Disclosures.DisclosureMessages.UnknownItemAfterItem.Zh);
        Assert.Empty(TextReading.Errors(diagnostics));
    }

    /// <summary>
    /// A reason that lists its own parts by name and a direction ("主要原因是：（1）人员经费决算数增加 …；（2）公用经费决算数减少 …")
    /// goes on across its "；": "公用经费决算数减少" is no name before its own amount.
    /// </summary>
    [Fact]
    public void ReasonListOfParts_GoesOn()
    {
        var text = Head + "1.行政运行（项）年初预算为300.00万元，支出决算为360.00万元，决算数大于预算数，主要原因是："
            + "（1）人员经费决算数增加70.00万元；（2）公用经费决算数减少10.00万元。\n";
        var (read, diagnostics) = TextReading.Read(text);

        var reason = TextReading.JsonAt(read, "/narrative/generalBudget/items/0/budget/reason");
        Assert.Contains("人员经费", reason, StringComparison.Ordinal);
        Assert.Contains("公用经费", reason, StringComparison.Ordinal);
        Assert.Null(TextReading.JsonAt(read, "/narrative/generalBudget/items/1"));
        Assert.Empty(TextReading.Errors(diagnostics));
    }

    /// <summary>
    /// The same items as paragraphs of their own (the paragraph head, <c>UnmarkedItemHead</c>): "2."/"（2）" before a catalogue 项
    /// name and its amount phrase, and item 1 with no level mark either. Each item's figures are its own.
    /// </summary>
    [Theory]
    [InlineData("1.行政运行（项）", "2.")]
    [InlineData("1.行政运行（项）", "（2）")]
    [InlineData("1.行政运行", "2.")]
    [InlineData("（1）行政运行", "（2）")]
    public void ItemParagraphs_EachItsOwn(string first, string second)
    {
        var text = Head + first + "年初预算为300.00万元，支出决算为280.00万元，决算数小于预算数，主要原因是人员减少。\n"
            + second + Second + "\n";
        var (read, diagnostics) = TextReading.Read(text);

        Assert.Equal("行政运行", TextReading.JsonAt(read, "/narrative/generalBudget/items/0/name"));
        Assert.Equal("280.00", At(read, "/narrative/generalBudget/items/0/amount"));
        Assert.Equal("300.00", At(read, "/narrative/generalBudget/items/0/budget/budgetAmount"));
        Assert.StartsWith("人员减少", TextReading.JsonAt(read, "/narrative/generalBudget/items/0/budget/reason"), StringComparison.Ordinal);
        Assert.Equal("一般行政管理事务", TextReading.JsonAt(read, "/narrative/generalBudget/items/1/name"));
        Assert.Equal("80.00", At(read, "/narrative/generalBudget/items/1/amount"));
        Assert.Equal("50.00", At(read, "/narrative/generalBudget/items/1/budget/budgetAmount"));
        Assert.Equal("160.00", At(read, "/narrative/generalBudget/items/1/budget/completionRate"));
        Assert.Null(At(read, "/narrative/generalBudget/total/budget/budgetAmount"));
        Assert.Empty(TextReading.Errors(diagnostics));
    }

    /// <summary>
    /// A paragraph that opens with a name the catalogue does not know, after an item's paragraph: its first sentence is a note
    /// (no figure of it read, none given to item 1); the sentence after it, naming a 项 by its level mark, is read as before.
    /// 280 + 80 + 0 = 360 would hold, but only items 1 and 3 are placed (items need not add up to the total).
    /// </summary>
    [Fact]
    public void UnknownNameParagraph_IsANote_AndTheRestIsRead()
    {
        var text = Head + "1.行政运行（项）年初预算为300.00万元，支出决算为280.00万元，决算数小于预算数，主要原因是人员减少。\n"
            + "2.防汛抗旱专项业务年初预算为50.00万元，支出决算为80.00万元，完成年初预算的160.00%。"
            + "3.机关事业单位基本养老保险缴费支出（项）年初预算为20.00万元，支出决算为0万元。\n";
        var (read, diagnostics) = TextReading.Read(text);

        Assert.Equal("280.00", At(read, "/narrative/generalBudget/items/0/amount"));
        Assert.Equal("300.00", At(read, "/narrative/generalBudget/items/0/budget/budgetAmount"));
        Assert.DoesNotContain(read.Claims, c => c.Value == "50.00" || c.Value == "80.00");
        Assert.Contains(read.Notes, n => n.MessageZh == FinalAccounts.Disclosures.DisclosureMessages.UnknownItemAfterItem.Zh);
        Assert.Equal("2080505", TextReading.JsonAt(read, "/narrative/generalBudget/items/1/code"));
        Assert.Equal("20.00", At(read, "/narrative/generalBudget/items/1/budget/budgetAmount"));
        Assert.Empty(TextReading.Errors(diagnostics));
    }

    /// <summary>The shared recogniser: a level name before its mark, or a name the catalogue gives only to 项.</summary>
    [Theory]
    [InlineData("一般行政管理事务(项)", true)]
    [InlineData("档案事务(款)", true)]
    [InlineData("行政运行", true)]
    [InlineData("一般行政管理事务", true)]
    [InlineData("教育支出", false)]
    [InlineData("普通教育", false)]
    [InlineData("防汛抗旱专项业务", false)]
    [InlineData("其他一般公共服务支出", false)]
    public void ItemNameAt_IsOneRecogniser(string name, bool expected)
        => Assert.Equal(expected, NarrativeReader.ItemNameAt(name, 0, name.Length, null));
}
