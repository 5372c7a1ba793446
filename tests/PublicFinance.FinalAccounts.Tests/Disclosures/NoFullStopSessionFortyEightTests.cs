using System.Globalization;
using System.Text;
using PublicFinance.FinalAccounts.Validation;
using static PublicFinance.FinalAccounts.Tests.Disclosures.TextReading;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// Session 48 (nopunct48): paragraphs that end without 。 (web pages, Word exports). A line without a sentence end is joined
/// to the next one (the join that repairs PDF line breaks); a "(二)…" item line was prose, not a list item, so it was joined
/// to the item before it when that ended without 。 and the two items' figures were read as one 类 (a false FA8003 for each
/// figure). A "(一)" … "(十二)" item line now starts its own paragraph as "一、" and "1." item lines always did.
/// </summary>
public class NoFullStopSessionFortyEightTests
{
    private const string Title = "某县农业农村局2023年度部门决算说明\n三、一般公共预算财政拨款支出决算情况\n"
        + "2023年度一般公共预算财政拨款支出880.00万元。按支出功能分类科目（类级）说明如下：\n";

    private const string Classes = "/narrative/generalBudget/classes/";

    private static string Item(string number, string name, string budget, string adjusted, string final, string reason, bool stop)
        => $"（{number}）{name}（类）。年初预算为{budget}万元，全年预算为{adjusted}万元，支出决算为{final}万元。"
            + $"决算数与年初预算数不同的主要原因是{reason}" + (stop ? "。" : string.Empty) + "\n";

    private static string Text(bool stop) => Title
        + Item("一", "农林水支出", "300.00", "330.00", "320.00", "追加高标准农田建设资金", stop)
        + Item("二", "社会保障和就业支出", "60.00", "60.00", "58.00", "退休人员减少", stop)
        + Item("三", "住房保障支出", "500.00", "500.00", "502.00", "公积金缴存基数调整", stop);

    /// <summary>Each item's figures go to its own 类, with and without the 。 that ends each item, and no Error is given.</summary>
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void ClassItems_WithoutFullStop_EachKeepItsFigures(bool stop)
    {
        var (read, diagnostics) = Read(Text(stop));

        Assert.Empty(Of(diagnostics, Severity.Error));
        Assert.Equal("320.00", JsonAt(read.Report, Classes + "0/amount"));
        Assert.Equal("58.00", JsonAt(read.Report, Classes + "1/amount"));
        Assert.Equal("502.00", JsonAt(read.Report, Classes + "2/amount"));
        Assert.Equal("60.00", JsonAt(read.Report, Classes + "1/secondBudget/budgetAmount"));
    }

    /// <summary>
    /// Near miss: a "(一)" that is no item mark ("(一般)…", a bracket without a closing numeral) still continues the sentence
    /// broken before it, so the figure after it stays the 财政拨款收入's (as before session 48).
    /// </summary>
    [Fact]
    public void BracketWithoutItemNumber_StillContinuesTheSentence()
    {
        var (read, diagnostics) = Read("某县农业农村局2023年度部门决算说明\n一、收入决算情况\n2023年度本年收入合计\n"
            + "（一般公共预算财政拨款收入为主）880.00万元。\n");

        Assert.Empty(Of(diagnostics, Severity.Error));
        Assert.Equal("880.00", JsonAt(read.Report, "/narrative/income/fiscalAppropriation/amount"));
    }

    private static string[] Claims(string text)
        => [.. Read(text).Read.Claims.Select(c => c.Pointer + "=" + c.Value).Order(StringComparer.Ordinal)];

    private static string[] Errors(string text) => [.. Of(Read(text).Diagnostics, Severity.Error).Order(StringComparer.Ordinal)];

    private static string Amount(int cents) => (cents / 100m).ToString("0.00", CultureInfo.InvariantCulture);

    /// <summary>
    /// Property: a generated 说明 of several paragraphs (a total, two to five 类 items with their budgets and reasons) reads the
    /// same claims and the same Errors with and without the 。 at each paragraph's end.
    /// </summary>
    [Property(MaxTest = 30)]
    public Property ParagraphEndFullStop_DoesNotChangeTheReading()
    {
        string[] names = ["一般公共服务支出", "教育支出", "科学技术支出", "农林水支出", "卫生健康支出"];
        string[] numerals = ["一", "二", "三", "四", "五"];
        var gen =
            from count in Gen.Choose(2, 5)
            from budgets in Gen.ArrayOf(Gen.Choose(1_000, 9_000_000), count)
            from finals in Gen.ArrayOf(Gen.Choose(1_000, 9_000_000), count)
            select (count, budgets, finals);
        return Prop.ForAll(gen.ToArbitrary(), t =>
        {
            string Build(bool stop)
            {
                var s = new StringBuilder("某县农业农村局2023年度部门决算说明\n三、一般公共预算财政拨款支出决算情况\n")
                    .Append("2023年度一般公共预算财政拨款支出").Append(Amount(t.finals.Sum())).Append("万元")
                    .Append(stop ? "。" : string.Empty).Append('\n');
                for (var i = 0; i < t.count; i++)
                {
                    s.Append(Item(numerals[i], names[i], Amount(t.budgets[i]), Amount(t.budgets[i]), Amount(t.finals[i]),
                        "项目执行进度调整", stop));
                }

                return s.ToString();
            }

            var (with, without) = (Build(true), Build(false));
            return (Claims(with).SequenceEqual(Claims(without)) && Errors(with).SequenceEqual(Errors(without)))
                .Label(string.Join("; ", Claims(with).Except(Claims(without))) + "\n" + without);
        });
    }
}
