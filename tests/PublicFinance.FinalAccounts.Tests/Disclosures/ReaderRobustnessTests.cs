using System.Text;
using PublicFinance.FinalAccounts.Disclosures;
using PublicFinance.FinalAccounts.Serialization;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>Regression tests for the reader defects found by fuzzing (issue 14), each from its reproducer.</summary>
public class ReaderRobustnessTests
{
    private static string Repeat(string line, int chars)
    {
        var sb = new StringBuilder(chars + line.Length);
        while (sb.Length < chars)
        {
            sb.Append(line);
        }

        return sb.ToString(0, chars);   // exactly `chars`: 4 Mi is the reader's limit, one more would be refused unread
    }

    [Theory]
    [InlineData("\t\n")]
    [InlineData("\f\n")]
    [InlineData(" \t \n")]
    [InlineData("收入\t\n")]
    public void WhitespaceOnlyLines_AreReadAsNothing(string line)
    {
        // Their time is the fuzz harness's linear-time check (a ratio at 1 Mi → 4 Mi chars, docs/performance.md); here,
        // the answer: at the reader's limit (4 Mi chars) such lines hold no figure and no claim, and the read returns.
        var read = DisclosureReader.Read(Repeat(line, 4 * 1024 * 1024));
        Assert.Empty(read.Claims);
        Assert.Equal(0, read.FigureCount);
        Assert.DoesNotContain(read.Notes, n => n.MessageEn.Contains("too long", StringComparison.Ordinal));
    }

    [Fact]
    public void MedianOverflow_IsNotAnException()
    {
        // Amounts of 10^25 万元: the magnitude check used median × 10000, beyond decimal.MaxValue (7.9 × 10^28).
        var read = DisclosureReader.Read(TestFiles.Data("reader/median-overflow.txt"));
        // All stated amounts are the same, so none is ten thousand times the median: no magnitude finding.
        Assert.DoesNotContain(
            read.TextFindings,
            f => f.RuleId == TextRules.Magnitude.Id && f.Severity == PublicFinance.FinalAccounts.Validation.Severity.Warning);
        // 10^25 has 26 integer digits, beyond the numeric contract (16, docs/numbers.md): it is not placed as a figure
        // (never rounded), and what was not placed is counted.
        Assert.Null(read.Report.Narrative?.Income?.Total);
        Assert.True(read.UnplacedFigureCount > 0);
    }

    [Fact]
    public void ManyDroppedFragments_KeepEverythingElse()
    {
        // The sample followed by 101 evaluation titles with no table: each title alone does not fit the model (an
        // evaluation needs a name). The old reader gave up after 100 and returned an empty report.
        var text = TestFiles.SampleText + "\n"
            + string.Concat(Enumerable.Repeat("一、绩效\n" + TestFiles.Data("reader/perf-title-only.txt") + "\n", 101));
        var alone = DisclosureReader.Read(TestFiles.SampleText);
        var read = DisclosureReader.Read(text);

        // Everything the sample alone gives is still there: same income total, same number of evaluations.
        Assert.Equal(alone.Report.Narrative!.Overall!.IncomeGrandTotal!.Amount, read.Report.Narrative!.Overall!.IncomeGrandTotal!.Amount);
        Assert.Equal(alone.Report.Performance!.Evaluations.Count, read.Report.Performance!.Evaluations.Count);
        Assert.Equal(alone.Report.Entity, read.Report.Entity);
        // One note per dropped fragment, each located at its own title (lines after the sample).
        var sampleLines = TestFiles.SampleText.Split('\n').Length;
        var dropped = read.Notes
            .Where(n => n.MessageEn.StartsWith("A part read (", StringComparison.Ordinal))   // plain words since blind round 26 (B)
            .ToList();
        Assert.Equal(101, dropped.Count);
        Assert.All(dropped, n => Assert.True(n.Span.StartLine > sampleLines));
        // The report is schema-valid JSON that reads back to itself.
        Assert.Equal(read.Report, FinalAccountsJson.Deserialize(FinalAccountsJson.Serialize(read.Report)));
    }

    [Fact]
    public void UnknownYear_StaysUnknown_UnlessGiven()
    {
        const string Text = "某某局决算说明\n本年收入合计100.00万元。";
        var unknown = DisclosureReader.Read(Text);
        Assert.Null(unknown.FiscalYear);
        Assert.Contains(unknown.Notes, n => n.MessageEn.Contains("fiscal year was not found", StringComparison.Ordinal));

        var given = DisclosureReader.Read(Text, new DisclosureReadOptions { FiscalYear = 2021 });
        Assert.Equal(2021, given.FiscalYear);
        Assert.Equal(2021, given.Report.Entity.FiscalYear);
    }

    [Fact]
    public void FigureCounts_SayWhatWasPlacedAndWhatWasNot()
    {
        // Two sentences of the income section: 3 amounts and 1 share are placed; "5辆" in a 收入 sentence has no field.
        const string Text = "2023年度测试局部门决算\n二、收入决算情况说明\n本年收入合计200.00万元，其中：财政拨款收入150.00万元，占75.00%；其他收入50.00万元。另有车辆5辆。";
        var read = DisclosureReader.Read(Text);
        Assert.Equal(4, read.FigureCount);
        Assert.Equal(1, read.UnplacedFigureCount);
    }
}
