using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.Playwright;
using PublicFinance.FinalAccounts.Model;
using PublicFinance.FinalAccounts.Validation;
using Xunit;

namespace PublicFinance.FinalAccounts.Rendering.Tests;

/// <summary>The rendered page in a real browser: loads from file:// without console errors or requests, every finding is
/// visible, its link scrolls to its place and the place links back; a full-page screenshot is kept.</summary>
public sealed class BrowserTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private const string InViewport =
        "id => { const e = document.getElementById(id); if (!e) return false; const r = e.getBoundingClientRect();" +
        " return r.width > 0 && r.height > 0 && r.top >= -1 && r.top < window.innerHeight; }";

    [Theory]
    [InlineData("sample")]
    [InlineData("errors")]
    public async Task Page_LoadsCleanly_EveryFindingIsVisibleAndLinkedBothWays(string name)
    {
        var (report, file) = Report(name);
        var result = Validator.Default.Validate(report);
        string html = HtmlReportRenderer.Render(report, result, new HtmlRenderOptions { SourceName = file });
        string path = Path.Combine(BrowserFixture.ArtefactFolder, name + ".html");
        await File.WriteAllTextAsync(path, html);
        string url = new Uri(path).AbsoluteUri;

        await using var context = await fixture.Browser.NewContextAsync(
            new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        var page = await context.NewPageAsync();
        var problems = new List<string>();
        var requests = new List<string>();
        page.Console += (_, m) => { if (m.Type == "error") { problems.Add("console: " + m.Text); } };
        page.PageError += (_, e) => problems.Add("page error: " + e);
        page.Request += (_, r) => requests.Add(r.Url);
        page.RequestFailed += (_, r) => problems.Add("request failed: " + r.Url);

        await page.GotoAsync(url, new PageGotoOptions { WaitUntil = WaitUntilState.Load });

        var items = page.Locator("ol.findings > li.finding");
        Assert.Equal(result.Diagnostics.Count, await items.CountAsync());
        if (name == "errors")
        {
            Assert.True(result.ErrorCount >= 2, "the planted errors are found");
        }
        else
        {
            Assert.Equal(0, result.ErrorCount);
        }

        for (int i = 0; i < result.Diagnostics.Count; i++)
        {
            var item = items.Nth(i);
            string id = (await item.GetAttributeAsync("id"))!;
            Assert.True(await item.IsVisibleAsync(), $"{id} is visible");
            var link = item.Locator("a.goto.primary");
            string target = (await link.GetAttributeAsync("data-target"))!;
            await link.ClickAsync();
            Assert.Equal("#" + target, await page.EvaluateAsync<string>("() => location.hash"));
            Assert.True(await page.EvaluateAsync<bool>(InViewport, target), $"{id}: {target} scrolled into view");
            // The place carries a visible back-link to the finding, and following it scrolls back.
            var back = page.Locator($"[id='{target}'] a.ref[href='#{id}']").First;
            Assert.True(await back.IsVisibleAsync(), $"{target} shows a back-link to {id}");
            await back.ClickAsync();
            Assert.True(await page.EvaluateAsync<bool>(InViewport, id), $"{id} scrolled back into view");
        }

        // Charts are drawn (inline SVG with a size).
        Assert.Equal(4, await page.Locator("figure.chart").CountAsync());
        var svgBox = await page.Locator("#chart-income svg").BoundingBoxAsync();
        Assert.True(svgBox is { Width: > 100, Height: > 20 });

        await page.EvaluateAsync("() => window.scrollTo(0, 0)");
        string png = Path.Combine(BrowserFixture.ArtefactFolder, name + ".png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = png, FullPage = true });
        byte[] head = [.. (await File.ReadAllBytesAsync(png)).Take(24)];
        Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, head.Take(4));
        int width = (head[16] << 24) | (head[17] << 16) | (head[18] << 8) | head[19];
        Assert.Equal(1280, width);

        Assert.Empty(problems);
        // The only request is the page itself (file://); nothing goes to the network.
        Assert.All(requests, r => Assert.True(r == url || r.StartsWith("data:", StringComparison.Ordinal), "unexpected request " + r));
    }

    private static (FinalAccountsReport Report, string File) Report(string name) => name == "sample"
        ? (TestReports.Sample, "urumqi-government-office-2024.json")
        : (TestReports.WithErrors, "with-tables-and-errors.json");
}
