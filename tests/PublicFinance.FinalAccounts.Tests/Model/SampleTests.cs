using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using PublicFinance.FinalAccounts.Model.Performance;
using PublicFinance.FinalAccounts.Serialization;
using Xunit;

namespace PublicFinance.FinalAccounts.Tests.Model
{
    public class SampleTests
    {
        private static readonly PublicFinance.FinalAccounts.Model.FinalAccountsReport Report = FinalAccountsJson.Deserialize(TestFiles.SampleJson);

        private static HashSet<string> JsonStrings()
        {
            var result = new HashSet<string>();
            void Walk(JsonElement e)
            {
                switch (e.ValueKind)
                {
                    case JsonValueKind.Object: foreach (var p in e.EnumerateObject()) Walk(p.Value); break;
                    case JsonValueKind.Array: foreach (var i in e.EnumerateArray()) Walk(i); break;
                    case JsonValueKind.String: result.Add(e.GetString()!); break;
                    case JsonValueKind.Number: result.Add(e.GetRawText()); break;
                }
            }

            using var doc = JsonDocument.Parse(TestFiles.SampleJson);
            Walk(doc.RootElement);
            return result;
        }

        [Fact]
        public void EveryAmountAndPercentOfTheNarrative_IsInTheSample()
        {
            var text = TestFiles.SampleText;
            var narrative = text.Substring(0, text.IndexOf("\n部门整体支出绩效自评表", System.StringComparison.Ordinal))
                + text.Substring(text.LastIndexOf("十二、其他需说明的事项", System.StringComparison.Ordinal));
            var strings = JsonStrings();
            var amounts = Regex.Matches(narrative, @"(-?[0-9][0-9,]*(?:\.[0-9]+)?)\s*(?:万元|%)").Select(m => m.Groups[1].Value.Replace(",", string.Empty)).Distinct().ToList();
            Assert.True(amounts.Count > 60, $"found only {amounts.Count} figures");
            var missing = amounts.Where(a => !strings.Contains(a)).ToList();
            Assert.True(missing.Count == 0, "figures of the text missing from the sample: " + string.Join(", ", missing));
        }

        [Fact]
        public void EveryFigureOfThePerformanceTables_IsInTheSample()
        {
            var text = TestFiles.SampleText;
            var tables = text.Substring(text.IndexOf("\n部门整体支出绩效自评表", System.StringComparison.Ordinal), text.LastIndexOf("十二、其他需说明的事项", System.StringComparison.Ordinal) - text.IndexOf("\n部门整体支出绩效自评表", System.StringComparison.Ordinal));
            var strings = JsonStrings();
            var cells = tables.Split('\n').Where(l => l.Contains('\t')).SelectMany(l => l.Split('\t'))
                .Select(c => c.Trim().Replace(",", string.Empty).Replace(" 分", string.Empty).TrimEnd('%'))
                .Where(c => Regex.IsMatch(c, @"^[0-9]+(\.[0-9]+)?$")).Distinct().ToList();
            Assert.True(cells.Count > 20);
            var missing = cells.Where(c => !strings.Contains(c) && !strings.Any(s => s.Contains(c, System.StringComparison.Ordinal))).ToList();
            Assert.True(missing.Count == 0, "table figures missing: " + string.Join(", ", missing));
        }

        [Fact]
        public void Sample_HasTheSeedsStructure()
        {
            Assert.Equal("乌鲁木齐市人民政府办公室", Report.Entity.Name);
            Assert.Equal(12, Report.Entity.Functions.Count);
            Assert.Equal(16, Report.Entity.InternalDivisions.Count);
            Assert.Equal(-379, Report.Personnel!.Retired!.Change);
            Assert.Equal(9, Report.Performance!.Evaluations.Count);
            Assert.Equal(EvaluationKind.DepartmentOverall, Report.Performance.Evaluations[0].Kind);
            Assert.Equal(10, Report.Narrative!.GeneralBudget!.Items.Count);
            Assert.Equal(36, Report.Narrative.ThreePublic!.VehiclesHeld);
            Assert.Equal(10, Report.Narrative.Assets!.Vehicles!.Categories.Sum(c => c.Count));
            Assert.Equal(14, Report.Glossary.Count);
            Assert.Equal(4, Report.ClassifiedProjects!.Count);
            Assert.Equal("98.95", Report.Performance.Evaluations.Single(e => e.Name == "市政府办公室总值班室业务专项经费").TotalScore.ToString());
            // 8 disclosed project budgets + 4 classified (177.30) = 项目支出 727.18
            var disclosed = Report.Performance.Evaluations.Where(e => e.Kind == EvaluationKind.Project).Sum(e => e.Funds.Single(f => f.Kind == FundLineKind.Total).FullYearBudget!.Value.Value);
            Assert.Equal(549.88m, disclosed);
            Assert.Equal(Report.Narrative.Expenditure!.Project!.Amount.Value, disclosed + Report.ClassifiedProjects.Budget!.Value.Value);
        }

        [Fact]
        public void IndicatorValues_AreTheParseOfTheirText()
        {
            foreach (var indicator in Report.Performance!.Evaluations.SelectMany(e => e.Indicators))
            {
                Assert.Equal(IndicatorValue.Parse(indicator.Target!.Text), indicator.Target);
                Assert.Equal(IndicatorValue.Parse(indicator.Actual!.Text), indicator.Actual);
            }
        }

        [Theory]
        [InlineData(">=4 次", Comparator.GreaterOrEqual, "4", "次")]
        [InlineData("≤37.49 万 元", Comparator.LessOrEqual, "37.49", "万元")]
        [InlineData("=100%", Comparator.Equal, "100", "%")]
        [InlineData("＞＝95％", Comparator.GreaterOrEqual, "95", "%")]
        [InlineData("14 次", null, "14", "次")]
        public void IndicatorValue_Parse_Quantitative(string text, Comparator? comparator, string value, string unit)
        {
            var parsed = IndicatorValue.Parse(text);
            Assert.Equal(comparator, parsed.Comparator);
            Assert.Equal(value, parsed.Value.ToString());
            Assert.Equal(unit, parsed.Unit);
            Assert.Equal(text.Trim(), parsed.Text);
        }

        [Theory]
        [InlineData("有效提升", null)]
        [InlineData("<=2023 年 6 月 1 日 -2024 年 5 月 31 日", Comparator.LessOrEqual)]
        public void IndicatorValue_Parse_Qualitative(string text, Comparator? comparator)
        {
            var parsed = IndicatorValue.Parse(text);
            Assert.Equal(comparator, parsed.Comparator);
            Assert.Null(parsed.Value);
            Assert.Null(parsed.Unit);
        }
    }
}
