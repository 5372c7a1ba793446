using System.Globalization;
using System.Text;
using PublicFinance.FinalAccounts.Disclosures;
using PublicFinance.FinalAccounts.Model;
using PublicFinance.FinalAccounts.Serialization;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// Sentences generated from random figures, in the documents' phrasings, read back to the same figures; and no input breaks
/// the reader.
/// </summary>
public class ReaderPropertyTests
{
    /// <summary>How a document may write a figure.</summary>
    public sealed record Writing(bool Grouped, bool FullWidth, bool SpaceBeforeUnit, bool FullWidthPunctuation);

    private static string Digits(decimal value, int decimals, Writing w)
    {
        var format = (w.Grouped ? "N" : "F") + decimals.ToString(CultureInfo.InvariantCulture);
        var text = value.ToString(format, CultureInfo.InvariantCulture);
        if (!w.FullWidth)
        {
            return text;
        }

        var sb = new StringBuilder();
        foreach (var c in text)
        {
            sb.Append(c >= '0' && c <= '9' ? (char)(c - '0' + '０') : c == '.' ? '．' : c == ',' ? '，' : c);
        }

        return sb.ToString();
    }

    private static string Money(long fen, Writing w) => Digits(fen / 100m, 2, w) + (w.SpaceBeforeUnit ? " " : string.Empty) + "万元";

    private static string Pct(decimal value, Writing w) =>
        Digits(value, 2, w) + (w.SpaceBeforeUnit ? " " : string.Empty) + (w.FullWidthPunctuation ? "％" : "%");

    private static Gen<Writing> Writings() =>
        from a in Gen.Elements(true, false)
        from b in Gen.Elements(true, false)
        from c in Gen.Elements(true, false)
        from d in Gen.Elements(true, false)
        select new Writing(a, b, c, d);

    private static Gen<long> Fen() => Gen.Choose(0, int.MaxValue).Select(v => (long)v);

    [Property(MaxTest = 500)]
    public Property IncomeSentences_ReadBackToTheirFigures()
    {
        var gen =
            from w in Writings()
            from fiscal in Fen()
            from other in Fen()
            from prior in Gen.Choose(1, int.MaxValue)
            from increase in Gen.Elements(true, false)
            from verbs in Gen.Elements(("增加", "增长"), ("增加", "上升"), ("减少", "下降"), ("减少", "降低"))
            from lead in Gen.Elements("比上年", "较上年", "同比", "比去年", "与上年相比，")
            select (w, fiscal, other, prior, verbs, lead);
        return Prop.ForAll(gen.ToArbitrary(), t =>
        {
            var (w, fiscal, other, prior, verbs, lead) = t;
            var total = fiscal + other;
            var comma = t.w.FullWidthPunctuation ? "，" : ",";
            var colon = t.w.FullWidthPunctuation ? "：" : ":";
            var fiscalShare = total == 0 ? 0m : Math.Round(fiscal * 100m / total, 2, MidpointRounding.AwayFromZero);
            var change = Math.Abs(total - prior);
            var rate = Math.Round(change * 100m / prior, 2, MidpointRounding.AwayFromZero);
            var text = "本年收入 " + Money(total, w) + comma + lead + verbs.Item1 + " " + Money(change, w) + comma
                + verbs.Item2 + " " + Pct(rate, w) + comma + "其中" + colon +
                "财政拨款收入 " + Money(fiscal, w) + comma + "占 " + Pct(fiscalShare, w) + "；其他收入 " + Money(other, w) + "。";
            var income = PhrasingTests.Read("二、收入决算情况说明", text).Report.Narrative?.Income;
            var ok = income?.Total?.Amount.Value == total / 100m
                && income.FiscalAppropriation?.Amount.Value == fiscal / 100m
                && income.OtherIncome?.Amount.Value == other / 100m
                && income.FiscalAppropriation.Share?.Value == fiscalShare
                && income.Total.Change?.Amount?.Value == change / 100m
                && income.Total.Change.Rate?.Value == rate
                && income.Total.Change.Direction == (verbs.Item1 == "增加" ? ChangeDirection.Increase : ChangeDirection.Decrease);
            return ok.Label(text);
        });
    }

    [Property(MaxTest = 300)]
    public Property BudgetSentences_ReadBackToTheirFigures()
    {
        var gen =
            from w in Writings()
            from final in Fen()
            from budget in Gen.Choose(1, int.MaxValue)
            from kind in Gen.Elements("年初", "全年")
            select (w, final, (long)budget, kind);
        return Prop.ForAll(gen.ToArbitrary(), t =>
        {
            var (w, final, budget, kind) = t;
            var variance = Math.Round((final - budget) * 100m / budget, 2, MidpointRounding.AwayFromZero);
            var comma = w.FullWidthPunctuation ? "，" : ",";
            var text = "一般公共预算财政拨款支出 " + Money(final, w) + "。与" + kind + "预算相比" + comma
                + kind + "预算数 " + Money(budget, w) + comma + "决算数 " + Money(final, w) +
                comma + "预决算差异率" + Pct(variance, w) + comma + "主要原因是：测试。";
            var b = PhrasingTests.Read("五、一般公共预算财政拨款支出决算情况说明", text).Report.Narrative?.GeneralBudget?.Total?.Budget;
            var ok = b?.BudgetAmount?.Value == budget / 100m && b.FinalAmount?.Value == final / 100m && b.VarianceRate?.Value == variance
                && b.Kind == (kind == "全年" ? BudgetKind.FullYear : BudgetKind.Initial) && b.Reason == "测试。";
            return ok.Label(text);
        });
    }

    /// <summary>No text makes the reader throw, and reading is deterministic.</summary>
    [Property(MaxTest = 500)]
    public Property AnyText_IsReadWithoutException(string text)
    {
        var input = (text ?? string.Empty) + "\n本年收入 1 万元，占 5%。增加（减少）\t|\n## 三、支出决算情况说明\n";
        var first = DisclosureReader.Read(input);
        var second = DisclosureReader.Read(input);
        return (FinalAccountsJson.Serialize(first.Report) == FinalAccountsJson.Serialize(second.Report)
            && first.Claims.SequenceEqual(second.Claims)).ToProperty();
    }

    private static string Repeat(string unit, int length)
    {
        var sb = new StringBuilder(length + unit.Length);
        while (sb.Length < length)
        {
            sb.Append(unit);
        }

        return sb.ToString();
    }

    /// <summary>
    /// 1 MB adversarial inputs: long numbers, separators, nesting, tables, no sentence ends. Time is measured in the benchmarks.
    /// </summary>
    [Theory]
    [InlineData("1,")]
    [InlineData("9")]
    [InlineData("(")]
    [InlineData("占")]
    [InlineData("本年收入 1.00 万元，")]
    [InlineData("比上年增加 1.00 万元，增长 1.00%，")]
    [InlineData("1. 一般公共服务支出(类)")]
    [InlineData("\t1\t")]
    [InlineData("\n\n")]
    [InlineData("XX")]
    public void OneMegabyteAdversarialInput_IsRead(string unit)
    {
        var text = "# 测试局 2023 年度部门决算公开说明\n## 二、收入决算情况说明\n" + Repeat(unit, 1_000_000);
        var result = DisclosureReader.Read(text);
        Assert.Equal("测试局", result.Report.Entity.Name);
        Assert.True(Serialization.SchemaTests.Evaluate(FinalAccountsJson.Serialize(result.Report)).IsValid);
        Assert.Equal(FinalAccountsJson.Serialize(result.Report), FinalAccountsJson.Serialize(DisclosureReader.Read(text).Report));
    }

    [Fact]
    public void TooLongInput_IsRefusedWithANote()
    {
        var result = DisclosureReader.Read(new string('字', DisclosureReader.MaxLength + 1));
        Assert.Contains("too long", Assert.Single(result.Notes).MessageEn);
        Assert.Empty(result.Claims);
    }

    [Fact]
    public void EmptyOrForeignText_GivesAnEmptyReportAndNotes()
    {
        var result = DisclosureReader.Read("Hello, world.");
        Assert.Equal(string.Empty, result.Report.Entity.Name);
        Assert.Equal(2, result.Notes.Count);
    }
}
