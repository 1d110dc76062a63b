using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using NewsDashboard.Tests.Shared;
using static Microsoft.Playwright.Assertions;

namespace NewsDashboard.EndToEnd.Tests;

/// <summary>The dashboard, its country filter and the wall screen in Chromium, against real extraction of the seed article.</summary>
public sealed class UiBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const string Interactive = "[data-interactive=true]";

    [BrowserFact(Timeout = 120_000)] // a hung browser or server fails the test instead of the run
    public async Task Dashboard_SeedIngested_ShowsEverySeedQuoteWithItsSpeakerInEnglishAndArabic()
    {
        using var app = new NewsApp(SeedArticle.FolderWithOnlyTheSeed());
        await SeedArticle.WaitForArticlesAsync(app);
        var stored = await GetAsync(app, "api/quotes?limit=50");
        await using var context = await browser.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 1600, Height = 1000 } });
        var page = await context.NewPageAsync();

        await page.GotoAsync(app.BaseAddress.ToString());
        await Expect(page.Locator("[data-testid=dashboard]" + Interactive)).ToBeVisibleAsync();

        var cards = page.Locator(".nd-quote");
        await Expect(cards).ToHaveCountAsync(stored.GetArrayLength());
        Assert.True(stored.GetArrayLength() >= 8, $"{stored.GetArrayLength()} quotes extracted from the seed");
        foreach (var speaker in await page.Locator(".nd-quote .nd-person").AllTextContentsAsync())
        {
            Assert.False(string.IsNullOrWhiteSpace(speaker));
        }

        await page.ScreenshotAsync(new() { Path = Browser.ScreenshotPath("dashboard-en.png"), Animations = ScreenshotAnimations.Disabled });

        await page.Locator("[data-testid=language-toggle]").ClickAsync();
        await Expect(page.Locator("html")).ToHaveAttributeAsync("dir", "rtl");
        await Expect(page.Locator("[data-testid=dashboard]" + Interactive)).ToBeVisibleAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("لوحة الأخبار المباشرة");
        await Expect(cards).ToHaveCountAsync(stored.GetArrayLength());
        Assert.Equal("auto", await cards.First.Locator(".nd-quote-text").GetAttributeAsync("dir"));
        await page.ScreenshotAsync(new() { Path = Browser.ScreenshotPath("dashboard-ar.png"), Animations = ScreenshotAnimations.Disabled });

        // Remembered: a fresh visit without ?lang= stays Arabic.
        await page.GotoAsync(app.BaseAddress.ToString());
        await Expect(page.Locator("html")).ToHaveAttributeAsync("dir", "rtl");
    }

    [BrowserFact(Timeout = 120_000)] // a hung browser or server fails the test instead of the run
    public async Task CountryFilter_SyriaChosen_NarrowsTimelineAndSurvivesReload()
    {
        using var app = new NewsApp(SeedArticle.FolderWithOnlyTheSeed());
        await SeedArticle.WaitForArticlesAsync(app);
        await PostEnglishMeetingAsync(app);
        var all = (await GetAsync(app, "api/meetings")).GetArrayLength();
        var syria = (await GetAsync(app, "api/meetings?country=SY")).GetArrayLength();
        Assert.True(syria >= 2 && syria < all, $"{syria} Syrian meetings of {all}");
        await using var context = await browser.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 1600, Height = 1000 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync(app.BaseAddress.ToString());
        await Expect(page.Locator("[data-testid=dashboard]" + Interactive)).ToBeVisibleAsync();
        await Expect(page.Locator(".nd-meeting")).ToHaveCountAsync(all);

        await page.Locator("[data-chip=SY]").ClickAsync();

        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex(@"\?country=SY$"));
        await Expect(page.Locator(".nd-meeting")).ToHaveCountAsync(syria);
        await page.ReloadAsync();
        await Expect(page.Locator("[data-testid=dashboard]" + Interactive)).ToBeVisibleAsync();
        await Expect(page.Locator(".nd-meeting")).ToHaveCountAsync(syria);
        await Expect(page.Locator("[data-chip=SY]")).ToHaveAttributeAsync("data-selected", "true");

        // The evidence sentence is one click away, in place.
        var evidence = page.Locator(".nd-meeting details.nd-evidence").First;
        await evidence.Locator("summary").ClickAsync();
        await Expect(evidence.Locator("mark").First).ToBeVisibleAsync();
    }

    [BrowserFact(Timeout = 120_000)] // a hung browser or server fails the test instead of the run
    public async Task Screen_RussianQuotePostedAfterOpening_AppearsWithinASecondWithoutInteraction()
    {
        using var app = new NewsApp();
        await using var context = await browser.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 1920, Height = 1080 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(app.BaseAddress, "screen?country=RU").ToString());
        await Expect(page.Locator("[data-testid=screen]" + Interactive)).ToBeVisibleAsync();

        var watch = Stopwatch.StartNew();
        Assert.Equal(HttpStatusCode.Created, (await SeedArticle.PostAsync(app)).StatusCode);
        await Expect(page.Locator(".nd-quote").First).ToBeVisibleAsync(new() { Timeout = 1000 });
        var elapsed = watch.Elapsed;

        Assert.True(elapsed < TimeSpan.FromSeconds(1), $"the quote took {elapsed.TotalMilliseconds:0} ms to appear");
        foreach (var flag in await page.Locator(".nd-quote .nd-speaker .nd-country").EvaluateAllAsync<string[]>("els => els.map(e => e.dataset.country)"))
        {
            Assert.Equal("RU", flag);
        }

        await page.ScreenshotAsync(new() { Path = Browser.ScreenshotPath("screen-en.png"), Animations = ScreenshotAnimations.Disabled });
        await page.GotoAsync(new Uri(app.BaseAddress, "screen?country=SY&country=RU&lang=ar").ToString());
        await Expect(page.Locator("[data-testid=screen]" + Interactive)).ToBeVisibleAsync();
        await Expect(page.Locator("html")).ToHaveAttributeAsync("dir", "rtl");
        await page.ScreenshotAsync(new() { Path = Browser.ScreenshotPath("screen-ar.png"), Animations = ScreenshotAnimations.Disabled });
    }

    [BrowserFact(Timeout = 120_000)] // a hung browser or server fails the test instead of the run
    public async Task Screen_NoNewsForSeconds_FreshnessLabelKeepsCounting()
    {
        using var app = new NewsApp();
        await using var context = await browser.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(app.BaseAddress, "screen").ToString());
        await Expect(page.Locator("[data-testid=screen]" + Interactive)).ToBeVisibleAsync();
        Assert.Equal(HttpStatusCode.Created, (await SeedArticle.PostAsync(app)).StatusCode);
        var label = page.Locator("[data-testid=freshness] .nd-freshness-label");
        await Expect(label).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^updated [0-1] s ago$"), new() { Timeout = 2000 });

        // Nothing more is posted: the label moves on by itself, in the browser.
        await Expect(label).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^updated [3-9] s ago$"), new() { Timeout = 8000 });
    }

    [BrowserFact(Timeout = 120_000)] // a hung browser or server fails the test instead of the run
    public async Task Screen_ServerRestarts_ReloadsItselfAndShowsNewQuotes()
    {
        var database = Path.Combine(Path.GetTempPath(), "newsdash-restart", Guid.NewGuid().ToString("N"), "news.db");
        Directory.CreateDirectory(Path.GetDirectoryName(database)!);
        var first = new NewsApp(databasePath: database);
        var port = first.BaseAddress.Port;
        await using var context = await browser.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 1920, Height = 1080 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(first.BaseAddress, "screen?country=RU&panels=quotes,meetings").ToString());
        await Expect(page.Locator("[data-testid=screen]" + Interactive)).ToBeVisibleAsync();
        await page.EvaluateAsync("() => window.__beforeRestart = true");

        first.Dispose();
        await Task.Delay(1500); // the screen notices the outage and keeps retrying
        using var second = new NewsApp(port: port, databasePath: database);

        // The old circuit is gone with the old server: the screen reloads itself into a fresh, live page.
        await Expect(page.Locator("[data-testid=screen]" + Interactive)).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await page.WaitForFunctionAsync("() => window.__beforeRestart === undefined", null, new() { Timeout = 30_000 });
        await Expect(page.Locator("[data-testid=screen]" + Interactive)).ToBeVisibleAsync(new() { Timeout = 30_000 });
        Assert.Equal("quotes,meetings", await page.Locator("[data-testid=screen]").GetAttributeAsync("data-panels"));

        Assert.Equal(HttpStatusCode.Created, (await SeedArticle.PostAsync(second)).StatusCode);
        await Expect(page.Locator(".nd-quote").First).ToBeVisibleAsync(new() { Timeout = 2000 });
    }

    private static async Task<JsonElement> GetAsync(NewsApp app, string path)
    {
        using var client = app.CreateApiClient();
        return await client.GetFromJsonAsync<JsonElement>(path);
    }

    // A meeting with no Syrian side, so choosing Syria visibly narrows the timeline.
    private static async Task PostEnglishMeetingAsync(NewsApp app)
    {
        using var client = app.CreateApiClient();
        var response = await client.PostAsJsonAsync("api/articles", new
        {
            title = "Japanese and Brazilian ministers meet in Tokyo",
            body = "TOKYO, July 30 - Japanese Foreign Minister Takeshi Iwaya met Brazilian Foreign Minister Mauro Vieira in Tokyo on Wednesday to discuss trade.",
            source = "Team Wire",
            published = "2025-07-30",
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }
}
