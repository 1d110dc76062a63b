using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Playwright;
using NewsDashboard.Tests.Shared;
using NewsDashboard.Web.Features.Articles;
using NewsDashboard.Web.Features.Ingestion;
using NewsDashboard.Web.Features.Live;
using static Microsoft.Playwright.Assertions;

namespace NewsDashboard.EndToEnd.Tests;

/// <summary>
/// The app as the README's first command starts it: an empty store, <c>Ingest:SeedsPath</c> at its default
/// (<c>seeds</c>, found upwards from the content root, the repository's folder), so the first screen shows the real
/// seed article and nothing invented. What the seed must show is read from its annotation, <c>seeds/000_….gold.json</c>.
/// </summary>
public sealed class FirstStartBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const string Headline = "مباحثات مشتركة بين وزير الدفاع السوري ونظيره الروسي";

    [BrowserFact(Timeout = 120_000)] // a hung browser or server fails the test instead of the run
    public async Task Dashboard_FirstStartWithRepositorySeeds_ShowsOnlyTheRealArticleWithItsQuotesMeetingsAndPeople()
    {
        using var app = new NewsApp("seeds");
        await SeedLoadFinishedAsync(app);
        using var gold = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(SeedArticle.SeedsFolder, "000_7bba44013deafea9.gold.json")));

        using (var client = app.CreateApiClient(null))
        {
            var articles = await client.GetFromJsonAsync<List<JsonElement>>("api/articles?limit=100");
            var only = Assert.Single(articles!);
            Assert.Equal(Headline, only.GetProperty("title").GetString());
        }

        await using var context = await browser.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 1600, Height = 1000 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync(app.BaseAddress.ToString());
        await Expect(page.Locator("[data-testid=dashboard][data-interactive=true]")).ToBeVisibleAsync();

        // The ticker: the seed's headline, and nothing else.
        var ticker = page.Locator("[data-testid=latest-articles] .nd-article");
        await Expect(ticker).ToHaveCountAsync(1);
        await Expect(ticker.Locator(".nd-article-title")).ToHaveTextAsync(Headline);
        await Expect(ticker.Locator(".nd-article-title")).ToBeVisibleAsync();

        // Every statement the annotation requires is on a card, with one of its speaker's names.
        var quotes = Required(gold.RootElement.GetProperty("quotes")).ToList();
        Assert.NotEmpty(quotes);
        foreach (var quote in quotes)
        {
            var text = quote.GetProperty("text").GetString()!;
            var card = page.Locator(".nd-quote").Filter(new() { Has = page.Locator(".nd-quote-text", new() { HasTextString = text }) });
            await Expect(card).ToHaveCountAsync(1);
            await Expect(card).ToBeVisibleAsync();
            var speaker = (await card.Locator(".nd-speaker .nd-person").TextContentAsync())?.Trim();
            Assert.Contains(speaker, Strings(quote.GetProperty("speaker")));
        }

        // Both meetings of that Thursday in Moscow are on the timeline: who, where and when.
        var meetings = Required(gold.RootElement.GetProperty("meetings")).ToList();
        Assert.Equal(2, meetings.Count);
        foreach (var meeting in meetings)
        {
            var item = page.Locator(".nd-meeting")
                .Filter(new() { Has = page.Locator($"time.nd-date[datetime='{meeting.GetProperty("date").GetString()}']") })
                .Filter(new() { Has = page.Locator(".nd-location", new() { HasTextString = Strings(meeting.GetProperty("location")).First() }) });
            foreach (var participant in meeting.GetProperty("participants").EnumerateArray())
            {
                var person = Strings(participant.GetProperty("aliases")).FirstOrDefault();
                var who = person is not null
                    ? page.Locator(".nd-participant", new() { Has = page.Locator(".nd-person", new() { HasTextString = person }) })
                    : page.Locator(".nd-participant", new() { HasTextString = participant.GetProperty("role").GetString() });
                item = item.Filter(new() { Has = who.Filter(new() { Has = page.Locator($".nd-country[data-country='{participant.GetProperty("country").GetString()}']") }) });
            }

            await Expect(item).ToHaveCountAsync(1);
            await Expect(item).ToBeVisibleAsync();
        }

        // Most mentioned, ranked by mentions (the default ranks by articles, one each here): every person the
        // annotation counts, with that count.
        await page.Locator("[data-testid=mentions] button[data-rank=mentions]").ClickAsync();
        await Expect(page.Locator("[data-testid=mentions][data-rank=mentions]")).ToBeVisibleAsync();
        var mentions = page.Locator("[data-testid=mentions][data-type=person] .nd-bar-row");
        var people = gold.RootElement.GetProperty("entities").EnumerateArray()
            .Where(e => e.GetProperty("type").GetString() == "person" && e.TryGetProperty("mentions", out _)).ToList();
        Assert.Contains(people, p => Strings(p.GetProperty("aliases")).Contains("Sergey Lavrov"));
        foreach (var person in people)
        {
            var row = mentions.Filter(new() { Has = page.Locator(".nd-bar-name", new() { HasTextString = Strings(person.GetProperty("aliases")).First() }) });
            await Expect(row).ToBeVisibleAsync();
            await Expect(row.Locator(".nd-bar-count")).ToHaveTextAsync(person.GetProperty("mentions").GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        await page.ScreenshotAsync(new() { Path = Browser.ScreenshotPath("first-start-en.png"), FullPage = true, Animations = ScreenshotAnimations.Disabled });
    }

    // The seed loader runs once in the background at start; the test looks at the app after it is done, so a seeds
    // folder with more articles than the one shows them all instead of racing the count.
    private static async Task SeedLoadFinishedAsync(NewsApp app)
    {
        var loader = app.Services.GetServices<IHostedService>().OfType<SeedLoader>().Single();
        for (var i = 0; i < 600 && loader.ExecuteTask is null; i++)
        {
            await Task.Delay(100);
        }

        await loader.ExecuteTask!.WaitAsync(TimeSpan.FromSeconds(60));
    }

    private static IEnumerable<JsonElement> Required(JsonElement items)
        => items.EnumerateArray().Where(i => !(i.TryGetProperty("optional", out var o) && o.GetBoolean()));

    private static IEnumerable<string> Strings(JsonElement array) => array.EnumerateArray().Select(a => a.GetString()!);
}
