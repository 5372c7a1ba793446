using PublicFinance.FinalAccounts.Disclosures;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// Blind round 30, family A (session 32): the 一般公共预算 section lists its 类 with shares, then its 项 items without naming
/// their 类 or 款 ("1.行政运行（项）：年初预算为…，支出决算为…"). Before, the item's name stood alone before its colon, so its
/// budget and final went to the last 类 of the list (卫生健康支出): a false FA2205 and FA8003 per figure. Now the named item is
/// its own subject — with the catalogue's code only where its name is unique (机关事业单位基本养老保险缴费支出 → 2080505), else
/// an entry without a code and a note — and the last 类 of a list is never the subject of the sentences after the list.
/// Every text is invented and consistent, so no Error may be raised on it.
/// </summary>
public sealed class ItemsAfterAClassListTests
{
    private const string Head = "某县林业局2024年度部门决算说明\n\n三、一般公共预算财政拨款支出决算情况说明\n"
        + "（一）一般公共预算财政拨款支出决算总体情况\n2024年度一般公共预算财政拨款支出500.00万元。\n"
        + "（二）一般公共预算财政拨款支出决算具体情况\n";

    /// <summary>The 类 list: 400 + 60 + 40 = 500; 400 / 500 = 80 %, 60 / 500 = 12 %, 40 / 500 = 8 %.</summary>
    private const string Classes = "一般公共服务支出（类）400.00万元，占80.00%；社会保障和就业支出（类）60.00万元，占12.00%；"
        + "卫生健康支出（类）40.00万元，占8.00%。";

    /// <summary>
    /// Three 项 (320 / 300 = 106.67 %, 80 / 50 = 160 %, 60 / 40 = 150 %) in the layouts of the round: each on its own line
    /// numbered 1./（1）/①, all in one paragraph, the numbers written "1、" (a clause break), the level marks in the text's own
    /// full-width brackets; <paramref name="separator"/> is written between the items.
    /// </summary>
    private static string Items(string first, string second, string third, string separator)
        => first + "行政运行（项）：年初预算为300.00万元，支出决算为320.00万元，完成年初预算的106.67%，"
            + "决算数大于年初预算数的主要原因是人员增加。" + separator + second + "一般行政管理事务（项）：年初预算为50.00万元，"
            + "支出决算为80.00万元，完成年初预算的160.00%，决算数大于年初预算数的主要原因是新增工作任务。" + separator + third
            + "机关事业单位基本养老保险缴费支出（项）：年初预算为40.00万元，支出决算为60.00万元，完成年初预算的150.00%，"
            + "决算数大于年初预算数的主要原因是缴费基数调整。";

    private static string? At(DisclosureReadResult read, string pointer) => TextReading.At(read, pointer);

    /// <summary>
    /// The items after the 类 list are their own: 行政运行 320.00 (budget 300.00) and 一般行政管理事务 80.00 (budget 50.00) with no
    /// code — both names stand under several 款 in the catalogue, so their 类 is not guessed — and 机关事业单位基本养老保险缴费支出
    /// (2080505, the catalogue's only one) 60.00 (budget 40.00). The last 类 (卫生健康支出) keeps its 40.00 and gets no budget.
    /// </summary>
    [Theory]
    [InlineData("1.", "2.", "3.", "\n")]
    [InlineData("（1）", "（2）", "（3）", "\n")]
    [InlineData("①", "②", "③", "\n")]
    [InlineData("1.", "2.", "3.", "")]
    [InlineData("1、", "2、", "3、", "")]
    [InlineData("", "", "", "")]
    public void ItemsWithoutTheirClass_AreNotTheLastClasss(string first, string second, string third, string separator)
    {
        var text = Head + Classes + "\n" + Items(first, second, third, separator) + "\n";
        var (read, diagnostics) = TextReading.Read(text);

        Assert.Equal("40.00", At(read, "/narrative/generalBudget/classes/2/amount"));
        Assert.Null(TextReading.JsonAt(read, "/narrative/generalBudget/classes/2/budget"));
        Assert.Equal("行政运行", TextReading.JsonAt(read, "/narrative/generalBudget/items/0/name"));
        Assert.Null(TextReading.JsonAt(read, "/narrative/generalBudget/items/0/code"));
        Assert.Equal("320.00", At(read, "/narrative/generalBudget/items/0/amount"));
        Assert.Equal("300.00", At(read, "/narrative/generalBudget/items/0/budget/budgetAmount"));
        Assert.Equal("人员增加。", TextReading.JsonAt(read, "/narrative/generalBudget/items/0/budget/reason"));
        Assert.Equal("一般行政管理事务", TextReading.JsonAt(read, "/narrative/generalBudget/items/1/name"));
        Assert.Equal("80.00", At(read, "/narrative/generalBudget/items/1/amount"));
        Assert.Equal("50.00", At(read, "/narrative/generalBudget/items/1/budget/budgetAmount"));
        Assert.Equal("2080505", TextReading.JsonAt(read, "/narrative/generalBudget/items/2/code"));
        Assert.Equal("60.00", At(read, "/narrative/generalBudget/items/2/amount"));
        Assert.Equal("40.00", At(read, "/narrative/generalBudget/items/2/budget/budgetAmount"));
        Assert.True(TextReading.Noted(read, "not found in the catalogue"));
        Assert.Empty(TextReading.Errors(diagnostics));
    }

    /// <summary>
    /// An item whose 类 and 款 the text names ("一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）行政运行（项）：…") has the
    /// catalogue's code 2010301 though 行政运行 alone is ambiguous; its figures are its own (320 / 300 = 106.67 %). (After a 类
    /// list whose 一般公共服务支出 is 400.00, a lone 项 of 320.00 is not placed at all: the text lists only some of the class's
    /// items, a rule of session 23.)
    /// </summary>
    [Fact]
    public void ItemNamingItsClassAndSection_HasItsCode()
    {
        var text = Head + "一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）行政运行（项）：年初预算为300.00万元，"
            + "支出决算为320.00万元，完成年初预算的106.67%。\n";
        var (read, diagnostics) = TextReading.Read(text);

        Assert.Equal("2010301", TextReading.JsonAt(read, "/narrative/generalBudget/items/0/code"));
        Assert.Equal("320.00", At(read, "/narrative/generalBudget/items/0/amount"));
        Assert.Equal("300.00", At(read, "/narrative/generalBudget/items/0/budget/budgetAmount"));
        Assert.Empty(TextReading.Errors(diagnostics));
    }

    /// <summary>
    /// 项 lines that name their 款 but not their 类: the 款 decides the code where the catalogue knows it (政府办公厅（室）及相关
    /// 机构事务 → 2010301, 财政事务 → 2010601); a 款 it does not know (人力资源事务) leaves 行政运行 without a code — and a
    /// 行政运行 of another 款 is another entry, never the one before of the same name (before, its 30.00 and 30.00 went to
    /// 2010301, whose 320.00 then failed FA2205 and whose budget FA8003).
    /// </summary>
    [Theory]
    [InlineData("：")]
    [InlineData("")]
    public void ItemsNamingTheirSectionOnly_AreEachTheirOwn(string colon)
    {
        var text = Head + "1.政府办公厅（室）及相关机构事务（款）行政运行（项）" + colon + "年初预算为300.00万元，支出决算为320.00万元。\n"
            + "2.人力资源事务（款）行政运行（项）" + colon + "年初预算为30.00万元，支出决算为30.00万元。\n"
            + "3.财政事务（款）行政运行（项）" + colon + "年初预算为10.00万元，支出决算为12.00万元。\n";
        var (read, diagnostics) = TextReading.Read(text);

        Assert.Equal("2010301", TextReading.JsonAt(read, "/narrative/generalBudget/items/0/code"));
        Assert.Equal("320.00", At(read, "/narrative/generalBudget/items/0/amount"));
        Assert.Equal("300.00", At(read, "/narrative/generalBudget/items/0/budget/budgetAmount"));
        Assert.Null(TextReading.JsonAt(read, "/narrative/generalBudget/items/1/code"));
        Assert.Equal("人力资源事务", TextReading.JsonAt(read, "/narrative/generalBudget/items/1/sectionName"));
        Assert.Equal("30.00", At(read, "/narrative/generalBudget/items/1/amount"));
        Assert.Equal("2010601", TextReading.JsonAt(read, "/narrative/generalBudget/items/2/code"));
        Assert.Equal("12.00", At(read, "/narrative/generalBudget/items/2/amount"));
        Assert.Equal("10.00", At(read, "/narrative/generalBudget/items/2/budget/budgetAmount"));
        Assert.Empty(TextReading.Errors(diagnostics));
    }

    /// <summary>
    /// Numbered items named without a level mark ("1.行政运行：年初预算为…") after a 类 list: a name the catalogue gives only to
    /// 项 is that item, as "行政运行（项）：" is (320 / 300 = 106.67 %; 80 / 50 = 160 %), without a code (both names stand under
    /// several 款); the last 类 keeps no budget (before: 300.00 and 320.00 went to 卫生健康支出, whose 40.00 failed FA2205).
    /// </summary>
    [Theory]
    [InlineData("\n")]
    [InlineData("")]
    public void UnmarkedItemsAfterAClassList_AreTheirOwn(string separator)
    {
        var text = Head + Classes + separator + "1.行政运行：年初预算为300.00万元，支出决算为320.00万元，完成年初预算的106.67%。"
            + separator + "2.一般行政管理事务：年初预算为50.00万元，支出决算为80.00万元。\n";
        var (read, diagnostics) = TextReading.Read(text);

        Assert.Equal("40.00", At(read, "/narrative/generalBudget/classes/2/amount"));
        Assert.Null(TextReading.JsonAt(read, "/narrative/generalBudget/classes/2/budget"));
        Assert.Equal("行政运行", TextReading.JsonAt(read, "/narrative/generalBudget/items/0/name"));
        Assert.Null(TextReading.JsonAt(read, "/narrative/generalBudget/items/0/code"));
        Assert.Equal("320.00", At(read, "/narrative/generalBudget/items/0/amount"));
        Assert.Equal("300.00", At(read, "/narrative/generalBudget/items/0/budget/budgetAmount"));
        Assert.Equal("一般行政管理事务", TextReading.JsonAt(read, "/narrative/generalBudget/items/1/name"));
        Assert.Equal("80.00", At(read, "/narrative/generalBudget/items/1/amount"));
        Assert.Equal("50.00", At(read, "/narrative/generalBudget/items/1/budget/budgetAmount"));
        Assert.Empty(TextReading.Errors(diagnostics));
    }

    /// <summary>
    /// A label before a colon that is no 项 name only the catalogue's 项 bear — a 类 name ("1.教育支出：…"), or words that name no
    /// item ("1.其他事项：…") — is not an item: its figures are notes, never the last 类's.
    /// </summary>
    [Theory]
    [InlineData("1.教育支出：")]
    [InlineData("1.其他事项：")]
    [InlineData("年初预算情况：")]
    public void OtherLabelsAfterAClassList_AreNoItems(string label)
    {
        var text = Head + Classes + "\n" + label + "年初预算为300.00万元，支出决算为320.00万元。\n";
        var (read, diagnostics) = TextReading.Read(text);

        Assert.Null(TextReading.JsonAt(read, "/narrative/generalBudget/items"));
        Assert.DoesNotContain(read.Claims, c => c.Pointer.Contains("/budget", StringComparison.Ordinal));
        Assert.Empty(TextReading.Errors(diagnostics));
    }

    /// <summary>
    /// A 类 stated alone in its sentence stays the subject of the next one: "卫生健康支出（类）100.00 万元，占 20.00%。年初预算为
    /// 90.00 万元，支出决算为 100.00 万元" is that class's comparison (100 / 90 = 111.11 %), as before.
    /// </summary>
    [Fact]
    public void ClassAloneInItsSentence_KeepsItsBudget()
    {
        var text = "某县林业局2024年度部门决算说明\n\n三、一般公共预算财政拨款支出决算情况说明\n"
            + "（一）一般公共预算财政拨款支出决算结构情况\n卫生健康支出（类）100.00万元，占20.00%。年初预算为90.00万元，支出决算为100.00万元，完成年初预算的111.11%。\n";
        var (read, diagnostics) = TextReading.Read(text);

        Assert.Equal("90.00", At(read, "/narrative/generalBudget/classes/0/budget/budgetAmount"));
        Assert.Equal("111.11", At(read, "/narrative/generalBudget/classes/0/budget/completionRate"));
        Assert.Empty(TextReading.Errors(diagnostics));
    }

    /// <summary>
    /// A 类 of the list restated with its own comparison after the list ("卫生健康支出（类）40.00 万元。年初预算为 35.00 万元…")
    /// is that class again (listed once), and its budget its own (40 / 35 = 114.29 %).
    /// </summary>
    [Fact]
    public void ClassRestatedAfterTheList_KeepsItsBudget()
    {
        var text = Head + Classes + "\n卫生健康支出（类）40.00万元。年初预算为35.00万元，支出决算为40.00万元，完成年初预算的114.29%，"
            + "决算数大于年初预算数主要是人员增加。\n";
        var (read, diagnostics) = TextReading.Read(text);

        Assert.Equal("35.00", At(read, "/narrative/generalBudget/classes/2/budget/budgetAmount"));
        Assert.Equal("114.29", At(read, "/narrative/generalBudget/classes/2/budget/completionRate"));
        Assert.Empty(TextReading.Errors(diagnostics));
    }

    /// <summary>
    /// <see cref="NarrativeReader.EndsWithLevelMark"/>: a clause ending "(项)" or "(款)" (white space after allowed) may name an
    /// item alone; "(类)", a bare word and a mark too short to follow a name are not.
    /// </summary>
    [Theory]
    [InlineData("行政运行(项)", true)]
    [InlineData("政府办公厅(室)及相关机构事务(款) ", true)]
    [InlineData("一般公共服务支出(类)", false)]
    [InlineData("(项)", false)]
    [InlineData("行政运行", false)]
    public void EndsWithLevelMark_IsTheMarkAtTheEnd(string clause, bool expected)
        => Assert.Equal(expected, NarrativeReader.EndsWithLevelMark(clause));
}
