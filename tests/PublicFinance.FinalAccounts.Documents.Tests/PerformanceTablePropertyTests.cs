using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PublicFinance.FinalAccounts.Values;

namespace PublicFinance.FinalAccounts.Documents.Tests;

/// <summary>
/// 绩效自评表 built in memory (random indicator count, weights and scores in hundredths, 一级/二级 written only on the
/// first row of each run, names wrapped onto a row of their own): every indicator is read, in order, with the figures
/// placed — exactly as printed, at their precision — and its 一级/二级 carried from the row that wrote it.
/// </summary>
public class PerformanceTablePropertyTests
{
    private static readonly string[] Level1 = ["产出指标", "效益指标", "满意度指标"];

    private static Arbitrary<(int Weight, int Score, bool NewGroup, bool Wrapped)[]> Indicators() =>
        (from count in Gen.Choose(1, 12)
         from rows in (from weight in Gen.Choose(0, 5000)
                       from score in Gen.Choose(0, 5000)
                       from newGroup in Gen.Elements(true, false, false)
                       from wrapped in Gen.Elements(true, false, false, false)
                       select (weight, score, newGroup, wrapped)).ArrayOf(count)
         select rows).ToArbitrary();

    private static string Hundredths(int v) => (v / 100m).ToString("0.00", CultureInfo.InvariantCulture);

    private static TableCell[] Row(params string[] texts) => [.. texts.Select(t => new TableCell { Text = t })];

    [Property(MaxTest = 100)]
    public Property IndicatorsAreReadInOrder_WithThePrintedFigures() => Prop.ForAll(Indicators(), indicators =>
    {
        var rows = new System.Collections.Generic.List<TableCell[]>
        {
            Row("项目名称", "随机项目", "", "", "", "", "", ""),
            Row("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"),
        };
        var groups = 0;
        for (var i = 0; i < indicators.Length; i++)
        {
            var (weight, score, newGroup, wrapped) = indicators[i];
            var opens = i == 0 || newGroup;
            groups += opens ? 1 : 0;
            rows.Add(Row(
                opens ? Level1[(groups - 1) % 3] : "", opens ? "二级" + groups : "", "指标" + i, "≥1次", "1次",
                Hundredths(weight), Hundredths(score), ""));
            if (wrapped)
            {
                rows.Add(Row("", "", "续" + i, "", "", "", "", ""));
            }
        }

        var table = new DocumentTable { Title = "项目支出绩效自评表", Columns = ["", "", "", "", "", "", "", ""], Rows = rows };
        var disclosure = PublishedDocumentReader.Combine([new PublishedDocument { Name = "t", Tables = [table] }]);
        var read = disclosure.Report.Performance!.Evaluations.Single().Indicators;

        // Expected, from the rows placed: one indicator per figure row; a wrapped row's text appended to its name;
        // each group's 一级/二级 on every row of the group.
        var expectedGroup = 0;
        var ok = read.Count == indicators.Length;
        for (var i = 0; ok && i < indicators.Length; i++)
        {
            expectedGroup += i == 0 || indicators[i].NewGroup ? 1 : 0;
            var name = "指标" + i + (indicators[i].Wrapped ? "续" + i : string.Empty);
            ok = read[i].Name == name
                && read[i].Level1 == Level1[(expectedGroup - 1) % 3]
                && read[i].Level2 == "二级" + expectedGroup
                && read[i].Weight == Quantity.Parse(Hundredths(indicators[i].Weight))
                && read[i].Score == Quantity.Parse(Hundredths(indicators[i].Score))
                && disclosure.TableSources.ContainsKey("/performance/evaluations/0/indicators/" + i + "/score");
        }

        return ok && disclosure.Notes.Count == 0;
    });
}
