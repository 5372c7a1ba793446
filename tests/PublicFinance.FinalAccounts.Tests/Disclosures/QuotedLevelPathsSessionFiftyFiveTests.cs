using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PublicFinance.FinalAccounts.Validation;
using static PublicFinance.FinalAccounts.Tests.Disclosures.TextReading;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// Session 55 (r52fix, blind round 52 t10's layout, our own invented 统战部 texts): Shanghai's item lines
/// <c>1.“一般公共服务支出（类）统战事务（款）行政运行（项）”科目，2024年度财政拨款支出X万元，比2024年年初预算减少Y万元，主要原因是…</c>
/// after a space-aligned coded table of the same items (科目编码 科目名称 年初预算 决算数). At the base (64eed16a) the path
/// resolved to the table row's entry, but the prose's amount was left unplaced and the subject dropped, so the difference
/// and its reason never reached the row: every row with a budget difference got a false FA2206 (no reason), and a prose
/// amount that differs from its row was not compared (no FA8008). A 项 the catalogue has no code for (2013499
/// 其他统战事务支出) became a second entry with no code. And the 类 name kept the opening quote (<c>“一般公共服务支出</c>).
/// Every fact below fails at the base.
/// </summary>
public sealed class QuotedLevelPathsSessionFiftyFiveTests
{
    /// <summary>The items: code, 类, 款, 项 name.</summary>
    private static readonly (string Code, string Class, string Section, string Name)[] Items =
    [
        ("2013401", "一般公共服务支出", "统战事务", "行政运行"),
        ("2013402", "一般公共服务支出", "统战事务", "一般行政管理事务"),
        ("2013499", "一般公共服务支出", "统战事务", "其他统战事务支出"),
        ("2080505", "社会保障和就业支出", "行政事业单位养老支出", "机关事业单位基本养老保险缴费支出"),
    ];

    private static readonly long[] Budgets = [52_460, 38_000, 126_000, 6_280];

    private static readonly long[] Finals = [51_210, 36_484, 119_725, 6_280];

    private static readonly string[] Reasons = ["人员调出", "会议活动按实际结算", "民主党派活动经费按进度拨付", string.Empty];

    /// <summary>
    /// The text: the section's total and budget, the table (when <paramref name="table"/>), then one quoted-path line per
    /// item; <paramref name="proseFinals"/> are the amounts the prose states (the table's by default).
    /// </summary>
    internal static string Text(long[] budgets, long[] finals, bool table = true, long[]? proseFinals = null)
    {
        proseFinals ??= finals;
        var sb = new StringBuilder("中共某市某区委统一战线工作部2024年度部门决算\n\n二、一般公共预算财政拨款支出决算情况说明\n")
            .Append("（一）总体情况。2024年度一般公共预算财政拨款支出").Append(GroupedMoney(finals.Sum())).Append("万元，比2024年年初预算")
            .Append(GroupedMoney(budgets.Sum())).Append("万元减少").Append(GroupedMoney(budgets.Sum() - finals.Sum())).Append("万元。\n");
        if (table)
        {
            sb.Append("（二）决算表。一般公共预算财政拨款支出决算明细如下（单位：万元）：\n\n")
                .Append("  科目编码   科目名称                                  年初预算        决算数\n");
            for (var i = 0; i < Items.Length; i++)
            {
                sb.Append("  ").Append(Items[i].Code).Append("    ").Append(Items[i].Name.PadRight(36, ' '))
                    .Append(GroupedMoney(budgets[i]).PadLeft(14)).Append(GroupedMoney(finals[i]).PadLeft(14)).Append('\n');
            }

            sb.Append("  合计").Append(new string(' ', 46)).Append(GroupedMoney(budgets.Sum()).PadLeft(14))
                .Append(GroupedMoney(finals.Sum()).PadLeft(14)).Append("\n\n");
        }

        sb.Append("（三）主要内容。\n");
        for (var i = 0; i < Items.Length; i++)
        {
            var (_, cls, section, name) = Items[i];
            sb.Append(i + 1).Append(".“").Append(cls).Append("（类）").Append(section).Append("（款）").Append(name)
                .Append("（项）”科目，2024年度财政拨款支出").Append(GroupedMoney(proseFinals[i])).Append("万元，");
            var difference = budgets[i] - finals[i];
            sb.Append(difference == 0 ? "与年初预算持平。\n"
                : (difference > 0 ? "比2024年年初预算减少" : "比2024年年初预算增加") + GroupedMoney(Math.Abs(difference))
                    + "万元，主要原因是" + (Reasons[i].Length > 0 ? Reasons[i] : "工作调整") + "。\n");
        }

        return sb.ToString();
    }

    /// <summary>
    /// Each table row is the prose's item: its budget difference and reason are the row's (the reason text is read), there is
    /// one entry per row (2013499 too: no second entry without a code), and no Warning or Error (eight false FA2206 in the
    /// blind text at the base).
    /// </summary>
    [Fact]
    public void TableThenQuotedPaths_ReasonsReachTheRows()
    {
        var (read, diagnostics) = Read(Text(Budgets, Finals));

        Assert.Empty(Errors(diagnostics));
        Assert.Empty(Warnings(diagnostics));
        for (var i = 0; i < Items.Length; i++)
        {
            Assert.Equal(Items[i].Code, JsonAt(read, $"/narrative/generalBudget/items/{i}/code"));
            Assert.Equal(PlainMoney(Finals[i]), JsonAt(read, $"/narrative/generalBudget/items/{i}/amount"));
            Assert.Equal(PlainMoney(Budgets[i]), JsonAt(read, $"/narrative/generalBudget/items/{i}/budget/budgetAmount"));
        }

        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(PlainMoney(Budgets[i] - Finals[i]), JsonAt(read, $"/narrative/generalBudget/items/{i}/budget/difference"));
            Assert.Equal(Reasons[i] + "。", JsonAt(read, $"/narrative/generalBudget/items/{i}/budget/reason"));
        }

        Assert.Null(JsonAt(read, $"/narrative/generalBudget/items/{Items.Length}"));
    }

    /// <summary>
    /// The prose states 512.01 for the row's 512.10 (digits swapped): the table against the text (FA8008) at the row's
    /// amount, naming both figures; no Error.
    /// </summary>
    [Fact]
    public void ProseAmountOtherThanTheRow_IsComparedWithIt()
    {
        long[] prose = [51_201, Finals[1], Finals[2], Finals[3]];
        var (read, diagnostics) = Read(Text(Budgets, Finals, proseFinals: prose));

        Assert.Empty(Errors(diagnostics));
        var differ = Assert.Single(diagnostics, d => d.RuleId == "FA8008");
        Assert.Equal("/narrative/generalBudget/items/0/amount", differ.Pointers[0]);
        Assert.Contains("512.10", differ.MessageEn, StringComparison.Ordinal);
        Assert.Contains("512.01", differ.MessageEn, StringComparison.Ordinal);
        Assert.Equal("512.10", JsonAt(read, "/narrative/generalBudget/items/0/amount"));
    }

    /// <summary>Without a table the lines are read as before, and the 类 name has no opening quote.</summary>
    [Fact]
    public void QuotedPathWithoutTable_ClassNameWithoutQuote()
    {
        var (read, diagnostics) = Read(Text(Budgets, Finals, table: false));

        Assert.Empty(Errors(diagnostics));
        Assert.Equal("一般公共服务支出", JsonAt(read, "/narrative/generalBudget/items/0/className"));
        Assert.Equal("统战事务", JsonAt(read, "/narrative/generalBudget/items/0/sectionName"));
        Assert.Equal("2013401", JsonAt(read, "/narrative/generalBudget/items/0/code"));
        Assert.Equal("人员调出。", JsonAt(read, "/narrative/generalBudget/items/0/budget/reason"));
    }

    /// <summary>
    /// Property: for any budgets and finals (either direction, or level), the read is deterministic, gives no Error and no
    /// FA2206, and every row keeps the table's amount and budget with the prose's difference.
    /// </summary>
    [Property(MaxTest = 10)]
    public Property AnyFigures_EveryRowGetsItsDifference()
    {
        var gen =
            from finals in Gen.ArrayOf(Gen.Choose(100, 900_000).Select(v => (long)v), Items.Length)
            from deltas in Gen.ArrayOf(Gen.Choose(-5_000, 5_000).Select(v => (long)v), Items.Length)
            select (finals, budgets: finals.Zip(deltas, (f, d) => Math.Max(1, f + d)).ToArray());
        return Prop.ForAll(gen.ToArbitrary(), t =>
        {
            var text = Text(t.budgets, t.finals);
            var (read, diagnostics) = Read(text);
            var again = Read(text).Read;
            var ok = Errors(diagnostics).Length == 0 && !diagnostics.Any(d => d.RuleId == "FA2206")
                && JsonAt(read, $"/narrative/generalBudget/items/{Items.Length}") is null;
            for (var i = 0; i < Items.Length; i++)
            {
                var p = $"/narrative/generalBudget/items/{i}";
                ok &= JsonAt(read, p + "/amount") == PlainMoney(t.finals[i])
                    && JsonAt(read, p + "/budget/budgetAmount") == PlainMoney(t.budgets[i])
                    && JsonAt(again, p + "/amount") == JsonAt(read, p + "/amount")
                    && (t.budgets[i] == t.finals[i]
                        || JsonAt(read, p + "/budget/difference") == PlainMoney(Math.Abs(t.budgets[i] - t.finals[i])));
            }

            return ok.Label(string.Join(",", t.finals) + " / " + string.Join(",", t.budgets));
        });
    }
}
