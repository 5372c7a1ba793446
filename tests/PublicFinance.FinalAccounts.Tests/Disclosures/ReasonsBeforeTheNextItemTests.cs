using PublicFinance.FinalAccounts.Disclosures;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// Blind round 30, family C (session 32): an item ends with a comparison that has no figure of its own and its reason
/// ("决算数大于年初预算数，主要原因是…；"), and the next numbered item follows after "；". Before, the reason ran on across the
/// next item's name ("（3）机关事业单位基本养老保险缴费支出（项）。") — or, where the paragraph's own marker had been taken off,
/// across the whole next item — so the next item's 年初预算 and 支出决算 went to the item before (a false FA2205 and FA8003),
/// or were lost in its reason. Now a reason ends before the next functional item of the list. Every text is invented and
/// consistent, so no Error may be raised on it.
/// </summary>
public sealed class ReasonsBeforeTheNextItemTests
{
    private const string Head = "某县水利局2024年度部门决算说明\n\n三、一般公共预算财政拨款支出决算情况说明\n"
        + "（一）一般公共预算财政拨款支出决算总体情况\n2024年度一般公共预算财政拨款支出360.00万元。\n"
        + "（二）一般公共预算财政拨款支出决算具体情况\n";

    private static string? At(DisclosureReadResult read, string pointer) => TextReading.At(read, pointer);

    /// <summary>
    /// Three items, the first two ending with a bare comparison and its reason, in the round's wordings: numbered 1./（1）/①,
    /// the name before its figures, before a colon (with its level mark or without) or as a sentence of its own; the reason
    /// after 主要是 or after "，主要原因是".
    /// Item 1: 280 of 300 (below); item 2: 80 of 50 (above); item 3: 0 of 20. Each reason is its own item's, and each
    /// figure its own item's.
    /// </summary>
    [Theory]
    [InlineData("1.行政运行（项）年初预算为300.00万元，支出决算为280.00万元，决算数小于预算数主要是厉行节约；"
        + "2.一般行政管理事务（项）年初预算为50.00万元，支出决算为80.00万元，决算数大于年初预算数，主要原因是新增工作任务；"
        + "3.机关事业单位基本养老保险缴费支出（项）年初预算为20.00万元，支出决算为0万元。")]
    [InlineData("（1）行政运行（项）。年初预算为300.00万元，支出决算为280.00万元，决算数小于预算数，主要原因是厉行节约；"
        + "（2）一般行政管理事务（项）。年初预算为50.00万元，支出决算为80.00万元，决算数大于年初预算数，主要原因是新增工作任务；"
        + "（3）机关事业单位基本养老保险缴费支出（项）。年初预算为20.00万元，支出决算为0万元。")]
    [InlineData("①行政运行（项）：年初预算为300.00万元，支出决算为280.00万元，决算数小于预算数主要是厉行节约；"
        + "②一般行政管理事务（项）：年初预算为50.00万元，支出决算为80.00万元，决算数大于年初预算数主要是新增工作任务；"
        + "③机关事业单位基本养老保险缴费支出（项）：年初预算为20.00万元，支出决算为0万元。")]
    [InlineData("具体情况如下：1.行政运行（项）：年初预算为300.00万元，支出决算为280.00万元，决算数小于预算数主要是厉行节约；"
        + "2.一般行政管理事务（项）：支出决算为80.00万元，年初预算为50.00万元，决算数大于年初预算数主要是新增工作任务；"
        + "3.机关事业单位基本养老保险缴费支出（项）：支出决算为0万元，年初预算为20.00万元。")]
    [InlineData("1.行政运行：年初预算为300.00万元，支出决算为280.00万元，决算数小于预算数主要是厉行节约；"
        + "2.一般行政管理事务：年初预算为50.00万元，支出决算为80.00万元，决算数大于年初预算数，主要原因是新增工作任务；"
        + "3.机关事业单位基本养老保险缴费支出：年初预算为20.00万元，支出决算为0万元。")]
    [InlineData("1.行政运行（项）年初预算为300.00万元，支出决算为280.00万元，决算数小于预算数主要是厉行节约。"
        + "2.一般行政管理事务（项）年初预算为50.00万元，支出决算为80.00万元，决算数大于年初预算数，主要原因是新增工作任务。"
        + "3.机关事业单位基本养老保险缴费支出（项）年初预算为20.00万元，支出决算为0万元。")]
    public void BareComparisonReason_StopsBeforeTheNextItem(string items)
    {
        var (read, diagnostics) = TextReading.Read(Head + items + "\n");

        Assert.Equal("280.00", At(read, "/narrative/generalBudget/items/0/amount"));
        Assert.Equal("300.00", At(read, "/narrative/generalBudget/items/0/budget/budgetAmount"));
        Assert.Equal("finalBelowBudget", TextReading.JsonAt(read, "/narrative/generalBudget/items/0/budget/relation"));
        Assert.StartsWith("厉行节约", TextReading.JsonAt(read, "/narrative/generalBudget/items/0/budget/reason"), StringComparison.Ordinal);
        Assert.DoesNotContain("一般行政管理事务", TextReading.JsonAt(read, "/narrative/generalBudget/items/0/budget/reason"),
            StringComparison.Ordinal);
        Assert.Equal("一般行政管理事务", TextReading.JsonAt(read, "/narrative/generalBudget/items/1/name"));
        Assert.Equal("80.00", At(read, "/narrative/generalBudget/items/1/amount"));
        Assert.Equal("50.00", At(read, "/narrative/generalBudget/items/1/budget/budgetAmount"));
        Assert.StartsWith("新增工作任务", TextReading.JsonAt(read, "/narrative/generalBudget/items/1/budget/reason"),
            StringComparison.Ordinal);
        Assert.DoesNotContain("机关事业单位", TextReading.JsonAt(read, "/narrative/generalBudget/items/1/budget/reason"),
            StringComparison.Ordinal);
        Assert.Null(TextReading.JsonAt(read, "/narrative/generalBudget/items/1/budget/finalAmount"));
        Assert.Equal("2080505", TextReading.JsonAt(read, "/narrative/generalBudget/items/2/code"));
        Assert.Equal("0", At(read, "/narrative/generalBudget/items/2/amount"));
        Assert.Equal("20.00", At(read, "/narrative/generalBudget/items/2/budget/budgetAmount"));
        Assert.Empty(TextReading.Errors(diagnostics));
    }

    /// <summary>
    /// A reason that is a list of its own goes on across its "；": "主要原因是：（1）行政运行（项）增加 20.00 万元；（2）…" names
    /// items with a direction before the figure, so it is the reason's, not a new item (the reason keeps both parts).
    /// </summary>
    [Fact]
    public void ReasonListNamingItems_GoesOn()
    {
        var text = Head + "一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）行政运行（项）年初预算为300.00万元，支出决算为320.00万元，"
            + "决算数大于年初预算数，主要原因是：（1）行政运行（项）增加15.00万元；（2）一般行政管理事务（项）增加5.00万元。\n";
        var (read, diagnostics) = TextReading.Read(text);

        Assert.Equal("2010301", TextReading.JsonAt(read, "/narrative/generalBudget/items/0/code"));
        var reason = TextReading.JsonAt(read, "/narrative/generalBudget/items/0/budget/reason");
        Assert.Contains("行政运行（项）增加15.00万元", reason, StringComparison.Ordinal);
        Assert.Contains("一般行政管理事务（项）增加5.00万元", reason, StringComparison.Ordinal);
        Assert.Null(TextReading.JsonAt(read, "/narrative/generalBudget/items/1"));
        Assert.Empty(TextReading.Errors(diagnostics));
    }
}
