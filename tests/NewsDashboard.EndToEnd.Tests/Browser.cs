using Microsoft.Playwright;

namespace NewsDashboard.EndToEnd.Tests;

/// <summary>
/// Debian's Chromium driven by Playwright. Browser tests skip themselves, saying why, when Chromium is missing,
/// except under CI=true, where a missing browser is a failure.
/// </summary>
public static class Browser
{
    public static string ExecutablePath =>
        Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } configured ? configured : "/usr/bin/chromium";

    public static bool Available => File.Exists(ExecutablePath);

    public static bool RequiredByCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    public static async Task<(IPlaywright Playwright, IBrowser Browser)> LaunchAsync()
    {
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args =
            [
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
            ],
        });
        return (playwright, browser);
    }

    /// <summary>Where screenshots go: <c>artifacts/screenshots</c> at the repository root.</summary>
    public static string ScreenshotPath(string name)
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "NewsDashboard.sln")))
        {
            dir = dir.Parent;
        }

        var folder = Path.Combine(dir?.FullName ?? Path.GetTempPath(), "artifacts", "screenshots");
        Directory.CreateDirectory(folder);
        return Path.Combine(folder, name);
    }
}

/// <summary>A fact that needs Chromium.</summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (!Browser.Available && !Browser.RequiredByCi)
        {
            Skip = $"Chromium not found at {Browser.ExecutablePath}: install it (apt-get install chromium) or set CHROMIUM_PATH to run browser tests.";
        }
    }
}

/// <summary>A theory that needs Chromium.</summary>
public sealed class BrowserTheoryAttribute : TheoryAttribute
{
    public BrowserTheoryAttribute()
    {
        if (!Browser.Available && !Browser.RequiredByCi)
        {
            Skip = $"Chromium not found at {Browser.ExecutablePath}: install it (apt-get install chromium) or set CHROMIUM_PATH to run browser tests.";
        }
    }
}

/// <summary>One Chromium for a test class.</summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        if (!Tests.Browser.Available && !Tests.Browser.RequiredByCi)
        {
            return;
        }

        (_playwright, Browser) = await Tests.Browser.LaunchAsync();
    }

    public async Task DisposeAsync()
    {
        if (_playwright is not null)
        {
            await Browser.DisposeAsync();
            _playwright.Dispose();
        }
    }
}
