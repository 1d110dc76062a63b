using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using NewsDashboard.Tests.Shared;
using static Microsoft.Playwright.Assertions;

namespace NewsDashboard.EndToEnd.Tests;

/// <summary>
/// A link from a card lands on the exact words, in Chromium against real extraction: <c>/articles/{id}?quote=</c>,
/// <c>?meeting=</c> and <c>?entity=</c> mark that quote, that meeting's evidence sentence or that entity's mentions,
/// each kind in its own class, and scroll the first mark into view, in the English and the Arabic interface. Cards on
/// <c>/</c> show when the news was published, not when it was received.
/// </summary>
public sealed class ClickThroughBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const string Title = "Foreign ministers meet in Geneva";
    private const string Quote = "We will keep talking until the ceasefire holds";

    // Written for this test. Enough paragraphs before the facts that they start below the fold of a 1440×900 window.
    private static readonly string Body = string.Join("\n", Enumerable.Range(1, 40).Select(i =>
        $"Paragraph {i}: delegations arrived through the morning, the agenda was circulated and the rooms were prepared.")) +
        "\nSergey Lavrov met Hakan Fidan in Geneva on Monday.\n" +
        "\"" + Quote + ",\" Lavrov told reporters after the talks.\n" +
        "The next round was not announced.";

    private static readonly DateTimeOffset Published = new(2025, 7, 30, 8, 15, 0, TimeSpan.Zero);

    [BrowserFact(Timeout = 180_000)] // a hung browser or server fails the test instead of the run
    public async Task ArticlePage_LinkedFromQuoteMeetingAndEntity_MarksExactlyThoseWordsPerKindAndScrollsToThem()
    {
        using var app = new NewsApp();
        var (articleId, extraction) = await PostAsync(app);
        var text = Title + "\n\n" + Body;

        var quote = Single(await GetAsync(app, "api/quotes?limit=50"), q => q.GetProperty("text").GetString() == Quote);
        var meeting = (await GetAsync(app, "api/meetings")).EnumerateArray().Single();
        var evidence = extraction.GetProperty("meetings")[0];
        var lavrov = Single(await GetAsync(app, "api/entities?type=person&limit=50"), e => e.GetProperty("name").GetString() == "Sergey Lavrov");
        var mentions = Single(extraction.GetProperty("entities"), e => e.GetProperty("id").GetString() == "person/sergey-lavrov");

        string[] evidenceSentences = [.. Slices(text, evidence.GetProperty("evidenceSpans"))];
        Assert.Equal(evidence.GetProperty("evidence").GetString(), string.Join(" ", evidenceSentences));
        string[] names = [.. Slices(text, mentions.GetProperty("spans"))];
        Assert.True(names.Length >= 2, $"{names.Length} mentions of Lavrov");

        foreach (var language in new[] { "en", "ar" })
        {
            await using var context = await browser.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 1440, Height = 900 } });
            var page = await context.NewPageAsync();

            await ExpectMarksAsync(page, app, $"articles/{articleId}?quote={quote.GetProperty("id").GetInt64()}&lang={language}", "quote", [Quote]);
            await ExpectMarksAsync(page, app, $"articles/{articleId}?meeting={meeting.GetProperty("id").GetInt64()}&lang={language}", "meeting", evidenceSentences);
            await ExpectMarksAsync(page, app, $"articles/{articleId}?entity={lavrov.GetProperty("id").GetInt64()}&lang={language}", "entity", names);
            await Expect(page.Locator("html")).ToHaveAttributeAsync("dir", language == "ar" ? "rtl" : "ltr");
            await page.ScreenshotAsync(new() { Path = Browser.ScreenshotPath($"article-entity-{language}.png"), Animations = ScreenshotAnimations.Disabled });
        }
    }

    [BrowserFact(Timeout = 120_000)] // a hung browser or server fails the test instead of the run
    public async Task Dashboard_ArticlePublishedLastYear_CardsShowThePublishedTime()
    {
        using var app = new NewsApp();
        var (articleId, _) = await PostAsync(app);
        await using var context = await browser.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 1440, Height = 900 } });
        var page = await context.NewPageAsync();

        foreach (var language in new[] { "en", "ar" })
        {
            await page.GotoAsync(new Uri(app.BaseAddress, $"?lang={language}").ToString());
            await Expect(page.Locator("[data-testid=dashboard][data-interactive=true]")).ToBeVisibleAsync();

            var ticker = page.Locator($"[data-testid=latest-articles] [data-article-id=\"{articleId}\"] time");
            await Expect(ticker).ToHaveTextAsync("2025-07-30 08:15 UTC");
            await Expect(ticker).ToHaveAttributeAsync("datetime", "2025-07-30T08:15:00Z");
            var card = page.Locator(".nd-quote time").First;
            await Expect(card).ToHaveTextAsync("2025-07-30 08:15 UTC");
        }
    }

    private static async Task ExpectMarksAsync(IPage page, NewsApp app, string path, string kind, string[] expected)
    {
        await page.GotoAsync(new Uri(app.BaseAddress, path).ToString());
        var marks = page.Locator("[data-testid=article-body] mark");
        await Expect(marks).ToHaveCountAsync(expected.Length);
        Assert.Equal(expected, await marks.AllTextContentsAsync());
        for (var i = 0; i < expected.Length; i++)
        {
            await Expect(marks.Nth(i)).ToHaveClassAsync(new Regex($"\\bnd-mark-{kind}\\b"));
        }

        // The page scrolls the first mark into the window (the quote and the sentence start below the fold).
        var first = await marks.First.ElementHandleAsync();
        await page.WaitForFunctionAsync(
            "m => { const r = m.getBoundingClientRect(); return r.top >= 0 && r.bottom <= window.innerHeight; }", first,
            new() { Timeout = 15_000 });
        if (kind != "entity")
        {
            Assert.True(await page.EvaluateAsync<double>("() => window.scrollY") > 0, $"{path}: the page did not scroll");
        }
    }

    private static async Task<(long Id, JsonElement Extraction)> PostAsync(NewsApp app)
    {
        using var client = app.CreateApiClient();
        var response = await client.PostAsJsonAsync("api/articles", new
        {
            title = Title,
            body = Body,
            source = "Team Wire",
            published = Published.ToString("O"),
            language = "en",
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var created = await response.Content.ReadFromJsonAsync<JsonElement>();
        var id = created.GetProperty("id").GetInt64();
        var article = await client.GetFromJsonAsync<JsonElement>($"api/articles/{id}");
        return (id, article.GetProperty("extraction"));
    }

    private static async Task<JsonElement> GetAsync(NewsApp app, string path)
    {
        using var client = app.CreateApiClient();
        return await client.GetFromJsonAsync<JsonElement>(path);
    }

    private static JsonElement Single(JsonElement array, Func<JsonElement, bool> predicate)
        => array.EnumerateArray().Single(predicate);

    private static IEnumerable<string> Slices(string text, JsonElement ranges)
        => ranges.EnumerateArray().Select(r => text.Substring(r.GetProperty("start").GetInt32(), r.GetProperty("length").GetInt32()));
}
