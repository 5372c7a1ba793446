using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using PublicFinance.FinalAccounts.Disclosures;
using PublicFinance.FinalAccounts.Validation;
using PublicFinance.FinalAccounts.Values;

namespace PublicFinance.FinalAccounts.Documents.Tests;

/// <summary>
/// Session 33 (issue 8, blind rounds 29 and 30, families G and F4): tables inside a 说明 excerpt. (G) A 12-column 三公 table
/// aligned by spaces, 预算数 and 决算数 each over 合计 · 因公出国（境）费 · 公务用车购置及运行费 · 购置费 · 运行费 · 公务接待费, is read
/// by its header text, and ends where the prose starts again, with or without a blank line; a group line whose 决算数 is centred
/// over its columns stays a note. (F4) A table whose title marks it as an excerpt (（摘要）, （摘录）, （节选）, （部分）) is not
/// read — its 合计 is no sum of the rows it gives — and a note says why. Every text is invented; sums in the comments.
/// </summary>
public sealed class TablesInExcerptsTests
{
    private const string Head = "某县林业局2023年度部门决算\n\n七、“三公”经费支出决算情况说明\n\n"
        + "2023年度“三公”经费财政拨款支出决算为12.00万元，比年初预算减少3.00万元，完成年初预算的80.00%，决算数小于预算数的主要原因是厉行节约。\n\n";

    private const string OperatingExpenses = "八、机关运行经费支出情况说明\n\n"
        + "2023年度本部门机关运行经费支出30.00万元，比上年减少2.00万元，下降6.25%，主要原因是压减办公费。\n";

    private static readonly string[] Leaves = ["合计", "因公出国（境）费", "公务用车购置及运行费", "购置费", "运行费", "公务接待费"];

    /// <summary>预算: 15.00 = 0.00 + 10.00 + 5.00, 10.00 = 0.00 + 10.00; 决算: 12.00 = 0.00 + 8.00 + 4.00, 8.00 = 0.00 + 8.00.</summary>
    private static readonly string[] Values =
        ["15.00", "0.00", "10.00", "0.00", "10.00", "5.00", "12.00", "0.00", "8.00", "0.00", "8.00", "4.00"];

    /// <summary>Display width: a CJK or full-width character counts two, as a monospaced export sets it.</summary>
    private static int Width(string s) => s.Sum(c => c >= '\u2E80' || c is >= '\u2010' and <= '\u2027' ? 2 : 1);

    private static string Pad(string s, int width) => s + new string(' ', width - Width(s));

    /// <summary>
    /// The 12-column table aligned by spaces: the group line (预算数 over the first six columns, 决算数 over the last six —
    /// at its first column, or <paramref name="centred"/> two columns further), the leaf names, the values.
    /// </summary>
    private static string SpaceTable(bool centred)
    {
        var names = Leaves.Concat(Leaves).ToArray();
        var widths = names.Select((n, k) => Math.Max(Width(n), Values[k].Length) + 3).ToArray();
        var groupAt = widths.Take(centred ? 8 : 6).Sum();
        return "2023年度财政拨款“三公”经费支出决算表\n单位：万元\n"
            + Pad("预算数", groupAt) + "决算数\n"
            + string.Concat(names.Select((n, k) => Pad(n, widths[k]))).TrimEnd() + "\n"
            + string.Concat(Values.Select((v, k) => Pad(v, widths[k]))).TrimEnd() + "\n";
    }

    /// <summary>The text read as `finacct check` reads it: the narrative and the tables pasted in it.</summary>
    private static (PublishedDisclosure Disclosure, List<string> Errors) Check(string text)
    {
        var read = DisclosureReader.Read(text);
        var d = PublishedDocumentReader.Combine(read, [PublishedDocumentReader.ReadText(text, "说明.txt")], RoundingMode.RoundToNearest);
        var errors = read.TextFindings.Concat(Validator.Default.Validate(d.Report, read.Sources).Diagnostics)
            .Where(x => x.Severity == Severity.Error).Select(x => x.RuleId + " " + string.Join(",", x.Pointers)).ToList();
        return (d, errors);
    }

    [Theory]
    [InlineData("\n")]   // a blank line after the rows
    [InlineData("")]   // the next heading right under them
    public void TwelveColumnThreePublicTable_IsReadByItsHeaderText(string gap)
    {
        var (d, errors) = Check(Head + SpaceTable(centred: false) + gap + OperatingExpenses);

        var t = d.Report.Tables!.ThreePublic!;
        Assert.Equal((Amount.Parse("15.00"), Amount.Parse("10.00"), Amount.Parse("5.00")),
            (t.Budget!.Total, t.Budget.VehiclesSubtotal, t.Budget.Reception));
        Assert.Equal((Amount.Parse("0.00"), Amount.Parse("10.00")), (t.Budget.VehiclePurchase, t.Budget.VehicleOperation));
        Assert.Equal((Amount.Parse("12.00"), Amount.Parse("0.00"), Amount.Parse("8.00"), Amount.Parse("4.00")),
            (t.Final!.Total, t.Final.OverseasTravel, t.Final.VehiclesSubtotal, t.Final.Reception));
        Assert.Equal(Amount.Parse("8.00"), t.Final.VehicleOperation);
        Assert.DoesNotContain(d.Notes, n => n.MessageZh.Contains("表格文本未读入", StringComparison.Ordinal));
        // The narrative after the table reads as it does without it: 机关运行经费 30.00, down 2.00.
        var operating = d.Report.Narrative!.OperatingExpenses!.AdministrativeOperatingExpenses!;
        Assert.Equal(Amount.Parse("30.00"), operating.Amount);
        Assert.Empty(errors);
    }

    [Fact]
    public void ProseRightUnderTheRows_EndsTheTable()
    {
        // No blank line and no heading: a sentence broken before its 。 ("…减少2.00万元，" / "下降6.25%…") starts right under the
        // values. Before, it was taken as a row and the whole table was a note; now the table ends there and is read.
        var prose = "2023年度本部门机关运行经费支出30.00万元，比上年减少2.00万元，\n下降6.25%，主要原因是压减办公费。\n";
        var (d, errors) = Check(Head + SpaceTable(centred: false) + prose);

        Assert.Equal(Amount.Parse("12.00"), d.Report.Tables!.ThreePublic!.Final!.Total);
        Assert.Empty(errors);
    }

    [Fact]
    public void CentredGroupName_StaysANote()
    {
        // 决算数 two columns right of the seventh column's 合计: it may be centred over the last six columns or stand over the
        // last four. Not guessed: no table, a note.
        var (d, errors) = Check(Head + SpaceTable(centred: true) + "\n" + OperatingExpenses);

        Assert.Null(d.Report.Tables?.ThreePublic);
        Assert.Contains(d.Notes, n => n.MessageZh.Contains("表格文本未读入", StringComparison.Ordinal));
        Assert.Empty(errors);
    }

    [Theory]
    [InlineData("（摘要）")]
    [InlineData("（摘录）")]
    [InlineData("(节选)")]
    [InlineData("（部分）")]
    public void ExcerptTitle_TableNotReadAndNoted(string mark)
    {
        // The excerpt gives two of the classes: 60.00 + 20.00 = 80.00 of a 合计 of 100.00 (the other classes are left out).
        // Read as a whole table it would raise FA0503 three times; as an excerpt it is not read, and a note says so.
        var table = "一般公共预算财政拨款支出决算表" + mark + "\n单位：万元\n"
            + "| 科目编码 | 科目名称 | 合计 | 基本支出 | 项目支出 |\n|---|---|---|---|---|\n"
            + "| | 合计 | 100.00 | 80.00 | 20.00 |\n"
            + "| 201 | 一般公共服务支出 | 60.00 | 50.00 | 10.00 |\n"
            + "| 208 | 社会保障和就业支出 | 20.00 | 20.00 | 0.00 |\n\n";
        var (d, errors) = Check("某县林业局2023年度部门决算\n\n" + table + OperatingExpenses);

        Assert.Null(d.Report.Tables?.GeneralBudgetExpenditure);
        var note = Assert.Single(d.Notes);
        Assert.Contains("一般公共预算财政拨款支出决算表：标题注明为摘录", note.MessageZh, StringComparison.Ordinal);
        Assert.Equal(3, note.Location!.TextLine);
        Assert.Empty(errors);
        Assert.Equal(Amount.Parse("30.00"), d.Report.Narrative!.OperatingExpenses!.AdministrativeOperatingExpenses!.Amount);
    }

    [Fact]
    public void SameTableWithoutTheMark_IsReadAndChecked()
    {
        // The control: the same rows under a plain title are the whole table, and its 合计 is checked (FA0503 per column).
        var table = "一般公共预算财政拨款支出决算表\n单位：万元\n"
            + "| 科目编码 | 科目名称 | 合计 | 基本支出 | 项目支出 |\n|---|---|---|---|---|\n"
            + "| | 合计 | 100.00 | 80.00 | 20.00 |\n"
            + "| 201 | 一般公共服务支出 | 60.00 | 50.00 | 10.00 |\n"
            + "| 208 | 社会保障和就业支出 | 20.00 | 20.00 | 0.00 |\n\n";
        var (d, errors) = Check("某县林业局2023年度部门决算\n\n" + table + OperatingExpenses);

        Assert.NotNull(d.Report.Tables!.GeneralBudgetExpenditure);
        Assert.Contains(errors, e => e.StartsWith("FA0503", StringComparison.Ordinal));
    }
}
