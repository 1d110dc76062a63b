using System.Net;
using System.Net.Http.Json;
using NewsDashboard.Tests.Shared;
using static Microsoft.Playwright.Assertions;

namespace NewsDashboard.EndToEnd.Tests;

/// <summary>What the dashboard's layout does with real-world shapes of data, measured in Chromium.</summary>
public sealed class DashboardLayoutBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    // Our own words: a long Arabic headline, longer than a 1440 px screen on one line.
    private const string LongArabicHeadline =
        "وزراء خارجية الدول العربية يجتمعون في القاهرة لبحث خطة إعادة إعمار المدن المتضررة وتنسيق المساعدات الإنسانية "
        + "وفتح المعابر الحدودية أمام القوافل الإغاثية قبل حلول فصل الشتاء في المنطقة، ويتوقع أن يصدر عن الاجتماع بيان ختامي "
        + "يحدد مواعيد المراحل الأولى من الخطة ومصادر تمويلها";

    [BrowserTheory]
    [InlineData("en")]
    [InlineData("ar")]
    public async Task Ticker_LongArabicHeadline_ShowsItsFirstWordInsideTheTicker(string language)
    {
        using var app = new NewsApp();
        using (var client = app.CreateApiClient())
        {
            var response = await client.PostAsJsonAsync("api/articles", new
            {
                title = LongArabicHeadline,
                body = "اجتمع الوزراء في القاهرة يوم الأحد لبحث خطة إعادة الإعمار.",
                language = "ar",
            });
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        }

        await using var context = await browser.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 1440, Height = 900 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(app.BaseAddress, "?lang=" + language).ToString());
        await Expect(page.Locator("[data-testid=dashboard][data-interactive=true]")).ToBeVisibleAsync();
        var title = page.Locator(".nd-ticker .nd-article-title").First;
        await Expect(title).ToBeVisibleAsync();

        var ticker = (await page.Locator(".nd-ticker").BoundingBoxAsync())!;
        var box = (await title.BoundingBoxAsync())!;
        // An Arabic headline starts on the right: the link's right edge inside the ticker means its first word shows.
        Assert.InRange(box.X + box.Width, ticker.X, ticker.X + ticker.Width);
        Assert.InRange(box.X, ticker.X, ticker.X + ticker.Width);
        Assert.Equal("rtl", await title.EvaluateAsync<string>("e => getComputedStyle(e).direction"));
        Assert.Equal(LongArabicHeadline, await title.GetAttributeAsync("title"));
    }

    [BrowserTheory]
    [InlineData("en", "Лавров")]
    [InlineData("ar", "لافروف")]
    public async Task SearchBox_NameInAnotherScript_FindsThePersonAndOpensHisQuoteOnItsArticle(string language, string query)
    {
        using var app = new NewsApp();
        long id;
        using (var client = app.CreateApiClient())
        {
            var response = await client.PostAsJsonAsync("api/articles", new
            {
                title = "Lavrov and Fidan discuss grain corridor",
                body = "Russian Foreign Minister Sergey Lavrov met Turkish Foreign Minister Hakan Fidan in Ankara on Monday. "
                    + "\"The talks were useful and frank,\" Lavrov said after the meeting.",
                language = "en",
            });
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
            id = (await response.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("id").GetInt64();
        }

        await using var context = await browser.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 1440, Height = 900 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(app.BaseAddress, "?lang=" + language).ToString());
        await Expect(page.Locator("[data-testid=dashboard][data-interactive=true]")).ToBeVisibleAsync();

        var box = page.Locator("[data-testid=search-box] input[name=q]");
        await box.FillAsync(query);
        await box.PressAsync("Enter");

        await Expect(page.Locator("[data-testid=search-page]")).ToBeVisibleAsync();
        await Expect(page.Locator(".nd-search-hit[data-kind=entity] a")).ToHaveTextAsync(["Sergey Lavrov"]);
        var quote = page.Locator(".nd-search-hit[data-kind=quote] a").First;
        await Expect(quote).ToContainTextAsync("The talks were useful and frank");
        await quote.ClickAsync();

        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex($"/articles/{id}\\?quote=\\d+$"));
    }
}
