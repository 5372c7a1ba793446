using System;
using System.IO;
using System.Threading.Tasks;
using Microsoft.Playwright;
using Xunit;

namespace PublicFinance.FinalAccounts.Rendering.Tests;

/// <summary>
/// One headless Chromium for the browser tests: Debian's <c>/usr/bin/chromium</c> driven by Playwright (its own browser
/// download is not used). When Chromium is missing the fixture throws, so every browser test FAILS rather than skips;
/// <c>.ci/run</c> installs the package first.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    /// <summary>Where Debian's chromium package puts the browser.</summary>
    public const string ChromiumPath = "/usr/bin/chromium";

    private IPlaywright? playwright;

    /// <summary>The launched browser.</summary>
    public IBrowser Browser { get; private set; } = null!;

    /// <summary>The folder that keeps the pages and screenshots (TestResults/render under the test output folder).</summary>
    public static string ArtefactFolder
    {
        get
        {
            string dir = Path.Combine(AppContext.BaseDirectory, "TestResults", "render");
            Directory.CreateDirectory(dir);
            return dir;
        }
    }

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException(
                $"Chromium was not found at {ChromiumPath}. "
                + "Install Debian's package: apt-get install -y chromium (.ci/run does this when it is missing). " +
                $"未找到 Chromium（{ChromiumPath}），请安装：apt-get install -y chromium。");
        }
        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args =
            [
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--disable-sync",
            ],
        });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        playwright?.Dispose();
    }
}
