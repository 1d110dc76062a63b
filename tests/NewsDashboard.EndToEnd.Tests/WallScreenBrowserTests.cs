using Microsoft.Playwright;
using NewsDashboard.Tests.Shared;
using static Microsoft.Playwright.Assertions;

namespace NewsDashboard.EndToEnd.Tests;

/// <summary>
/// The wall screen at wall sizes, filled with the team's fixture articles, measured in Chromium: type readable from
/// across the room (names ≥ 32 px, status ≥ 28 px at 1920×1080, proportionally larger at 3840×2160), whole cards only,
/// the newest item of each panel in full view, no boxes overlapping, a clock; a rotating screen shows its one panel
/// large and says what comes next.
/// </summary>
public sealed class WallScreenBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const string Interactive = "[data-interactive=true]";

    private static string Fixtures => Path.Combine(Path.GetDirectoryName(SeedArticle.SeedsFolder)!, "tests", "fixtures", "articles");

    // Every size the screen shows, smallest first, per kind (names, status), and every card's box against its panel's.
    private const string Measure = """
        () => {
          const px = sel => [...document.querySelectorAll(sel)].filter(e => e.getClientRects().length)
              .map(e => parseFloat(getComputedStyle(e).fontSize));
          const inside = (c, p) => c.left >= p.left - 1 && c.right <= p.right + 1 && c.top >= p.top - 1 && c.bottom <= p.bottom + 1;
          const meets = (c, p) => c.left < p.right && c.right > p.left && c.top < p.bottom && c.bottom > p.top;
          const panels = [...document.querySelectorAll('.nd-screen-panel')];
          const clipped = [], firstHidden = [], overlaps = [];
          for (const panel of panels) {
            const p = panel.getBoundingClientRect();
            const cards = [...panel.querySelectorAll('.nd-quote, .nd-meeting, .nd-bar-row, .nd-article')];
            for (const card of cards) {
              const c = card.getBoundingClientRect();
              if (meets(c, p) && !inside(c, p)) clipped.push(card.className + ' in ' + panel.className);
            }
            if (cards.length && !inside(cards[0].getBoundingClientRect(), p)) firstHidden.push(panel.className);
          }
          const boxes = [document.querySelector('.nd-screen-head'), ...panels].map(e => e.getBoundingClientRect());
          for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) if (meets(boxes[i], boxes[j])) overlaps.push(i + '/' + j);
          return {
            names: Math.min(...px('.nd-bar-name, .nd-screen .nd-person, .nd-speaker, .nd-screen .nd-article-title')),
            status: Math.min(...px('.nd-status, .nd-freshness, .nd-trend, .nd-clock')),
            clipped, firstHidden, overlaps,
            cards: panels.map(p => p.querySelectorAll('.nd-quote, .nd-meeting, .nd-bar-row, .nd-article').length),
          };
        }
        """;

    // Settable properties: what Playwright fills from the script's result.
    private sealed class Layout
    {
        public double Names { get; set; }

        public double Status { get; set; }

        public string[] Clipped { get; set; } = [];

        public string[] FirstHidden { get; set; } = [];

        public string[] Overlaps { get; set; } = [];

        public int[] Cards { get; set; } = [];
    }

    [BrowserTheory(Timeout = 180_000)]
    [InlineData(1920, 1080, "en")]
    [InlineData(3840, 2160, "en")]
    [InlineData(1920, 1080, "ar")]
    [InlineData(3840, 2160, "ar")]
    public async Task Screen_AtWallSize_ReadableFromAcrossTheRoomWithWholeCardsAndAClock(int width, int height, string language)
    {
        using var app = new NewsApp(seedsFolder: Fixtures);
        await using var context = await browser.Browser.NewContextAsync(new() { ViewportSize = new() { Width = width, Height = height } });
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(app.BaseAddress, "screen?lang=" + language).ToString());
        await Expect(page.Locator("[data-testid=screen]" + Interactive)).ToBeVisibleAsync();
        await Expect(page.Locator(".nd-meeting").First).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await Expect(page.Locator(".nd-quote").First).ToBeVisibleAsync();

        var layout = await page.EvaluateAsync<Layout>(Measure);

        var scale = width / 1920.0;
        Assert.True(layout.Names >= (32 * scale) - 0.5, $"names at {layout.Names} px");
        Assert.True(layout.Status >= (28 * scale) - 0.5, $"status at {layout.Status} px");
        Assert.Empty(layout.Clipped);
        Assert.Empty(layout.FirstHidden);
        Assert.Empty(layout.Overlaps);
        Assert.All(layout.Cards, n => Assert.True(n > 0));
        await Expect(page.Locator("[data-testid=clock]")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^\d\d:\d\d$"));
        if (width == 1920 || language == "en")
        {
            await page.ScreenshotAsync(new() { Path = Browser.ScreenshotPath($"screen-{width}x{height}-{language}.png"), Animations = ScreenshotAnimations.Disabled });
        }
    }

    [BrowserFact(Timeout = 180_000)]
    public async Task Screen_Rotating_ShowsItsOnePanelLargeAndSaysWhatComesNext()
    {
        using var app = new NewsApp(seedsFolder: Fixtures);
        await using var context = await browser.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 1920, Height = 1080 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(app.BaseAddress, "screen?panels=quotes,meetings&rotate=30s").ToString());
        await Expect(page.Locator("[data-testid=screen]" + Interactive)).ToBeVisibleAsync();
        await Expect(page.Locator(".nd-quote").First).ToBeVisibleAsync(new() { Timeout = 30_000 });

        Assert.Equal(1, await page.Locator(".nd-screen-panel").CountAsync());
        var panel = (await page.Locator(".nd-screen-panel").BoundingBoxAsync())!;
        Assert.True(panel.Height >= 0.75 * 1080, $"the panel is {panel.Height} px high");
        Assert.True(panel.Width >= 0.9 * 1920, $"the panel is {panel.Width} px wide");
        await Expect(page.Locator("[data-testid=next-panel]")).ToHaveTextAsync("Next: Meetings");
        var speaker = await page.Locator(".nd-speaker").First.EvaluateAsync<double>("e => parseFloat(getComputedStyle(e).fontSize)");
        Assert.True(speaker >= 40, $"speaker at {speaker} px"); // larger than on a fixed screen of four panels (32 px)
        var layout = await page.EvaluateAsync<Layout>(Measure);
        Assert.Empty(layout.Clipped);
    }
}
