using System.Linq;
using AngleSharp.Dom;
using PublicFinance.FinalAccounts.Model;
using PublicFinance.FinalAccounts.Validation;
using PublicFinance.FinalAccounts.Values;
using Xunit;

namespace PublicFinance.FinalAccounts.Rendering.Tests;

public class HtmlReportRendererTests
{
    [Fact]
    public void Sample_HasNoErrors_AndEveryFindingLinksToAnElementThatLinksBack()
    {
        var report = TestReports.Sample;
        var result = Validator.Default.Validate(report);
        var doc = TestReports.Parse(
            HtmlReportRenderer.Render(report, result, new HtmlRenderOptions { SourceName = "urumqi-government-office-2024.json" }));

        // The README states the sample has 0 errors; the page's badge says so.
        Assert.Equal(0, result.ErrorCount);
        Assert.Equal("0 错误 errors", doc.QuerySelector("[data-count=errors]")!.TextContent);
        var items = doc.QuerySelectorAll("ol.findings > li.finding").ToList();
        Assert.Equal(result.Diagnostics.Count, items.Count);
        Assert.True(items.Count > 0);
        AssertLinksBothWays(doc, items);
        Assert.Empty(TestReports.DuplicateIds(doc));
    }

    [Fact]
    public void ReportWithErrors_MarksThePlantedCellsAsErrors()
    {
        var report = TestReports.WithErrors;
        var result = Validator.Default.Validate(report);
        var doc = TestReports.Parse(HtmlReportRenderer.Render(report, result, HtmlRenderOptions.Default));

        // Planted: table 2 row 0 (201) prints 本年收入合计 810.00 while its columns add to 780.00 + 20.00 = 800.00 (FA0201);
        // table 7 prints 决算 合计 29.00 while 0.00 + 24.00 + 4.00 = 28.00 (FA0701). Both differ by far more than rounding.
        foreach (var (rule, pointer, text) in new[]
        {
            ("FA0201", "/tables/income/rows/0/total", "810.00"), ("FA0701", "/tables/threePublic/final/total", "29.00"),
        })
        {
            var d = Assert.Single(result.Diagnostics, d => d.RuleId == rule && d.Pointers[0] == pointer);
            Assert.Equal(Severity.Error, d.Severity);
            var cell = TestReports.ById(doc, Anchors.Id(pointer));
            Assert.NotNull(cell);
            Assert.Equal(text, TestReports.Text(cell!));
            Assert.Contains("flag", cell.ClassList);
            Assert.Contains("sev-error", cell.ClassList);
            int number = result.Diagnostics.ToList().IndexOf(d) + 1;
            var item = TestReports.ById(doc, "f-" + number)!;
            Assert.Equal(rule, item.GetAttribute("data-rule"));
            Assert.Equal("#" + Anchors.Id(pointer), item.QuerySelector("a.goto.primary")!.GetAttribute("href"));
            Assert.Contains(d.MessageZh, item.TextContent);
            Assert.Contains(d.MessageEn, item.TextContent);
        }
        Assert.True(result.ErrorCount >= 2);
        Assert.Equal(result.ErrorCount + " 错误 errors", doc.QuerySelector("[data-count=errors]")!.TextContent);
        AssertLinksBothWays(doc, [.. doc.QuerySelectorAll("ol.findings > li.finding")]);
        Assert.Empty(TestReports.DuplicateIds(doc));
    }

    [Fact]
    public void Tables_AreLaidOutWithTheirOwnColumns_CodesIndentedByLevel()
    {
        var doc = TestReports.Parse(TestReports.Render(TestReports.WithErrors));

        // Table 2's columns are those of the published 收入决算表, after code and name.
        var income = TestReports.ById(doc, "at-tables-income")!;
        var headers = income.QuerySelectorAll("thead th").Select(th => th.TextContent).ToArray();
        Assert.Equal(new[] { "科目编码", "科目名称", "本年收入合计", "财政拨款收入", "上级补助收入", "事业收入", "经营收入", "附属单位上缴收入", "其他收入" }, headers);
        // Row 2 is 2010301 行政运行 (a 项, seven digits); row 0 is the 类 201.
        Assert.Contains("level-7", TestReports.ById(doc, "at-tables-income-rows-2")!.ClassList);
        Assert.Contains("level-3", TestReports.ById(doc, "at-tables-income-rows-0")!.ClassList);
        Assert.Equal("行政运行", TestReports.Text(TestReports.ById(doc, "at-tables-income-rows-2-name")!));
        // Table 1 is two-sided: income side 决算数 of 一、一般公共预算财政拨款收入 is 1,000.00 (grouped by thousands, decimals kept).
        Assert.Equal("1,000.00", TestReports.Text(TestReports.ById(doc, "at-tables-summary-income-generalBudgetAppropriation")!));
        // Table 4's opening carry-over is split by fund type into sub-rows.
        Assert.NotNull(TestReports.ById(doc, "at-tables-appropriationSummary-income-openingCarryOver-governmentFund"));
        // Tables 8 and 9 are printed empty, with their statement.
        Assert.Contains("本表无数据", TestReports.Text(TestReports.ById(doc, "at-tables-governmentFund")!));
        Assert.Contains("故本表为空表", TestReports.Text(TestReports.ById(doc, "at-tables-governmentFund-note")!));
        // Every table is present, so none is listed as absent.
        Assert.Empty(doc.QuerySelectorAll(".absent-table"));
        // The unit line comes from the table's own unit when printed (table 1), else the report's.
        Assert.Contains("万元", TestReports.ById(doc, "at-tables-summary")!.QuerySelector(".unit")!.TextContent);
    }

    [Fact]
    public void Narrative_ShowsEachFigureWithShareChangeAndBudget()
    {
        var doc = TestReports.Parse(TestReports.Render(TestReports.Sample));

        // The sample states 财政拨款收入 3593.65 万元, 占 98.37%.
        Assert.Equal("3,593.65", TestReports.Text(TestReports.ById(doc, "at-narrative-income-fiscalAppropriation-amount")!));
        Assert.Equal("98.37%", TestReports.Text(TestReports.ById(doc, "at-narrative-income-fiscalAppropriation-share")!));
        // 收入支出总体: 减少 23053.86 万元, 下降 86.32%.
        var change = TestReports.ById(doc, "at-narrative-overall-change")!;
        Assert.Contains("减少", change.TextContent);
        Assert.Equal("23,053.86", TestReports.Text(TestReports.ById(doc, "at-narrative-overall-change-amount")!));
        Assert.Equal("86.32%", TestReports.Text(TestReports.ById(doc, "at-narrative-overall-change-rate")!));
        // 一般公共预算 by class: 208 社会保障和就业支出 362.06, as a sub-row of the section's table.
        Assert.Equal("208", TestReports.Text(TestReports.ById(doc, "at-narrative-generalBudget-classes-1-code")!));
        Assert.Equal("362.06", TestReports.Text(TestReports.ById(doc, "at-narrative-generalBudget-classes-1-amount")!));
        // Counts such as 内设机构 16 and personnel 140 are shown too (generic layout).
        Assert.Equal("16", TestReports.Text(TestReports.ById(doc, "at-entity-internalDivisionCount")!));
        Assert.Equal("140", TestReports.Text(TestReports.ById(doc, "at-personnel-total-count")!));
        // The sample has no tables: all nine are listed as not in the input, each with its own anchor.
        Assert.Equal(9, doc.QuerySelectorAll(".absent-table").Length);
    }

    [Fact]
    public void EverythingFromTheReportIsEscaped()
    {
        const string Evil = "<script>alert('x')</script><img src=x onerror=alert(1)>";
        var report = TestReports.WithErrors with
        {
            Entity = TestReports.WithErrors.Entity with { Name = Evil },
            Notes = [Evil, "a & b \"quoted\""],
        };
        var rows = report.Tables!.Income!.Rows.ToList();
        rows[0] = rows[0] with { Name = Evil };
        report = report with { Tables = report.Tables with { Income = report.Tables.Income with { Rows = rows } } };
        string html = TestReports.Render(report, new HtmlRenderOptions { SourceName = Evil, SourceText = Evil + "\n第二行" });
        var doc = TestReports.Parse(html);

        Assert.Empty(doc.QuerySelectorAll("script"));
        Assert.Empty(doc.QuerySelectorAll("img"));
        Assert.DoesNotContain(doc.All, e => e.Attributes.Any(a => a.Name.StartsWith("on")));
        Assert.DoesNotContain("<script", html);
        // The text survives as text: in the title, the table cell, the notes and the source text.
        Assert.Contains(Evil, doc.Title);
        Assert.Equal(Evil, TestReports.Text(TestReports.ById(doc, "at-tables-income-rows-0-name")!));
        Assert.Equal(Evil, TestReports.Text(TestReports.ById(doc, "at-notes-0")!));
        Assert.Equal("a & b \"quoted\"", TestReports.Text(TestReports.ById(doc, "at-notes-1")!));
        Assert.Contains(Evil, TestReports.Text(TestReports.ById(doc, "L1")!));
    }

    [Fact]
    public void Page_RequestsNothing_NoScriptsNoExternalUrls()
    {
        foreach (var report in new[] { TestReports.Sample, TestReports.WithErrors })
        {
            var doc = TestReports.Parse(TestReports.Render(report));
            Assert.Empty(doc.QuerySelectorAll("script, iframe, object, embed, img, video, audio, source"));
            foreach (var e in doc.All)
            {
                foreach (var name in new[] { "src", "href", "xlink:href", "action", "srcset" })
                {
                    var value = e.GetAttribute(name);
                    if (value is not null)
                    {
                        Assert.True(value.StartsWith('#') || value.StartsWith("data:"), $"{e.LocalName} {name}={value}");
                    }
                }
            }
            Assert.DoesNotContain("url(", doc.QuerySelector("style")!.TextContent);
            Assert.Contains("default-src 'none'", doc.QuerySelector("meta[http-equiv=Content-Security-Policy]")!.GetAttribute("content"));
        }
    }

    [Fact]
    public void FindingOnAnAbsentFigure_IsPlacedOnItsNearestShownAncestor()
    {
        var report = TestReports.Sample;
        var diagnostic = new Diagnostic
        {
            RuleId = "FA0102", Severity = Severity.Error, Category = RuleCategory.WithinTable, MessageZh = "测试", MessageEn = "test",
            Pointers = ["/tables/summary/income/grandTotal", "previous#/tables/summary/income/grandTotal"],
        };
        var doc = TestReports.Parse(
            HtmlReportRenderer.Render(report, new ValidationResult { Diagnostics = [diagnostic] }, HtmlRenderOptions.Default));

        // The sample has no table 1, so the pointer's nearest shown ancestor is the placeholder of table 1.
        var link = doc.QuerySelector("#f-1 a.goto")!;
        Assert.Equal("#at-tables-summary", link.GetAttribute("href"));
        var placeholder = TestReports.ById(doc, "at-tables-summary")!;
        Assert.Contains("sev-error", placeholder.ClassList);
        Assert.NotNull(placeholder.QuerySelector("a.ref[href='#f-1']"));
        // The pointer into last year's report has no place in this page; it is listed as text.
        Assert.Equal("previous#/tables/summary/income/grandTotal", doc.QuerySelector("#f-1 code.previous")!.TextContent);
    }

    [Fact]
    public void FindingWithoutPointers_IsPlacedOnTheReportHeader()
    {
        var diagnostic = new Diagnostic
        {
            RuleId = "FA9999", Severity = Severity.Warning, Category = RuleCategory.Presence, MessageZh = "整体", MessageEn = "whole",
        };
        var doc = TestReports.Parse(
            HtmlReportRenderer.Render(TestReports.Sample, new ValidationResult { Diagnostics = [diagnostic] }, HtmlRenderOptions.Default));

        Assert.Equal("#at", doc.QuerySelector("#f-1 a.goto")!.GetAttribute("href"));
        var header = TestReports.ById(doc, "at")!;
        Assert.Equal("header", header.LocalName);
        Assert.Contains("sev-warning", header.ClassList);
    }

    [Fact]
    public void SourceText_MarksTheSpanOfAFinding()
    {
        // Line 2 is "收入合计 123.45 万元"; columns 6–11 (1-based, inclusive) are "123.45".
        const string Text = "第一行\n收入合计 123.45 万元\n第三行";
        var diagnostic = new Diagnostic
        {
            RuleId = "FA1001", Severity = Severity.Error, Category = RuleCategory.TableNarrative,
            MessageZh = "数字不符", MessageEn = "mismatch",
            Pointers = ["/narrative/income/total/amount"], Span = new SourceSpan(2, 6, 2, 11),
        };
        var doc = TestReports.Parse(HtmlReportRenderer.Render(TestReports.Sample, new ValidationResult { Diagnostics = [diagnostic] },
            new HtmlRenderOptions { SourceText = Text }));

        var mark = TestReports.ById(doc, "src-f-1")!;
        Assert.Equal("mark", mark.LocalName);
        Assert.Equal("123.45", mark.TextContent);
        Assert.Contains("sev-error", mark.ClassList);
        Assert.Equal("#src-f-1", doc.QuerySelector("#f-1 a.goto-source")!.GetAttribute("href"));
        Assert.Equal("收入合计 123.45 万元", TestReports.Text(TestReports.ById(doc, "L2")!.QuerySelector(".lt")!));
        Assert.NotNull(TestReports.ById(doc, "L2")!.QuerySelector("a.ref[href='#f-1']"));
    }

    [Fact]
    public void Coverage_ListsEveryRuleWithItsOutcome()
    {
        var report = TestReports.WithErrors;
        var result = Validator.Default.Validate(report);
        var doc = TestReports.Parse(HtmlReportRenderer.Render(report, result, HtmlRenderOptions.Default));

        var rows = doc.QuerySelectorAll("table.coverage tbody tr");
        Assert.Equal(result.Coverage.Count, rows.Length);
        // FA0201 failed (the planted row total); its row says so.
        var fa0201 = TestReports.ById(doc, "rule-FA0201")!;
        Assert.Contains("failed", fa0201.ClassList);
        Assert.Contains("未通过", fa0201.TextContent);
        // The totals add up to the number of rules.
        int sum = doc.QuerySelectorAll(".coverage-totals .badge").Sum(b => int.Parse(b.TextContent.Split('：')[1]));
        Assert.Equal(result.Coverage.Count, sum);

        var without = TestReports.Parse(
            HtmlReportRenderer.Render(report, result, new HtmlRenderOptions { IncludeCoverage = false, IncludeCharts = false }));
        Assert.Null(TestReports.ById(without, "coverage"));
        Assert.Null(TestReports.ById(without, "charts"));
    }

    [Fact]
    public void Charts_DrawIncomeFunctionBasicProjectAndThreePublicOverTwoYears()
    {
        var doc = TestReports.Parse(TestReports.Render(TestReports.Sample));

        // Income by source from the narrative: six sources stated (财政拨款 3593.65, 其他 59.65, four zeros) → six labels;
        // the two non-zero ones get visible bars.
        var income = TestReports.ById(doc, "chart-income")!;
        Assert.Equal(6, income.QuerySelectorAll("svg text.label").Length);
        Assert.Contains("3,593.65", income.TextContent);
        // Expenditure by function from the narrative's classes: 201 and 208.
        var function = TestReports.ById(doc, "chart-function")!;
        Assert.Equal(2, function.QuerySelectorAll("svg text.label").Length);
        // 三公 total: 102.36 this year, 减少 118.68 → 221.04 last year (102.36 + 118.68).
        var three = TestReports.ById(doc, "chart-three-public")!;
        Assert.Contains("221.04", three.TextContent);
        Assert.Contains("102.36", three.TextContent);
        // Basic/project from the narrative: 2926.12 and 727.18.
        var basic = TestReports.ById(doc, "chart-basic-project")!;
        Assert.Contains("2,926.12", basic.TextContent);
        Assert.Contains("727.18", basic.TextContent);
    }

    [Fact]
    public void Charts_PriorYear_FollowsTheStatedDirection()
    {
        Amount A(string s) => Amount.Parse(s);
        // Increase of 12.80 to 12.80 → last year 0.00; decrease of 1.00 to 4.00 → 5.00; unchanged → the same; a stated
        // prior-year amount wins over the change.
        Assert.Equal(A("0.00"), Charts.PriorYear(new StatedFigure
        {
            Amount = A("12.80"), Change = new YearOverYearChange { Direction = ChangeDirection.Increase, Amount = A("12.80") },
        }));
        Assert.Equal(A("5.00"), Charts.PriorYear(new StatedFigure
        {
            Amount = A("4.00"), Change = new YearOverYearChange { Direction = ChangeDirection.Decrease, Amount = A("1.00") },
        }));
        Assert.Equal(A("7.5"), Charts.PriorYear(new StatedFigure
        {
            Amount = A("7.5"), Change = new YearOverYearChange { Direction = ChangeDirection.Unchanged },
        }));
        Assert.Equal(A("9.00"), Charts.PriorYear(new StatedFigure
        {
            Amount = A("4.00"),
            Change = new YearOverYearChange { Direction = ChangeDirection.Decrease, Amount = A("1.00"), PriorYearAmount = A("9.00") },
        }));
        Assert.Null(Charts.PriorYear(new StatedFigure { Amount = A("4.00") }));
        Assert.Null(Charts.PriorYear(new StatedFigure
        {
            Amount = A("4.00"), Change = new YearOverYearChange { Direction = ChangeDirection.Decrease },
        }));
    }

    [Fact]
    public void Render_RejectsNullArguments()
    {
        var result = new ValidationResult();
        Assert.Throws<System.ArgumentNullException>(() => HtmlReportRenderer.Render(null!, result, HtmlRenderOptions.Default));
        Assert.Throws<System.ArgumentNullException>(() => HtmlReportRenderer.Render(TestReports.Sample, null!, HtmlRenderOptions.Default));
        Assert.Throws<System.ArgumentNullException>(() => HtmlReportRenderer.Render(TestReports.Sample, result, null!));
    }

    [Fact]
    public void MinimalReport_RendersWithoutTablesOrNarrative()
    {
        var report = new FinalAccountsReport { Entity = new ReportingEntity { Name = "最小单位", FiscalYear = 2024 } };
        var doc = TestReports.Parse(HtmlReportRenderer.Render(report, new ValidationResult(), HtmlRenderOptions.Default));

        Assert.Contains("没有发现问题", TestReports.Text(TestReports.ById(doc, "findings")!));
        Assert.Contains("No narrative", TestReports.Text(TestReports.ById(doc, "at-narrative")!));
        Assert.Equal(4, doc.QuerySelectorAll("figure.chart p.absent").Length);
        Assert.Empty(TestReports.DuplicateIds(doc));
    }

    /// <summary>Every finding links to an existing element, and that element (or the element its link names) carries a
    /// back-link to the finding.</summary>
    private static void AssertLinksBothWays(IDocument doc, System.Collections.Generic.List<IElement> items)
    {
        foreach (var item in items)
        {
            var links = item.QuerySelectorAll("a.goto").ToList();
            Assert.NotEmpty(links);
            foreach (var link in links)
            {
                string id = link.GetAttribute("href")!.TrimStart('#');
                var target = TestReports.ById(doc, id);
                Assert.True(target is not null, $"{item.Id}: no element {id}");
                Assert.True(target!.QuerySelector("a.ref[href='#" + item.Id + "']") is not null, $"{id} has no back-link to {item.Id}");
                Assert.Contains("flag", target.ClassList);
            }
        }
    }
}
