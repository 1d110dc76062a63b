using System.Net;
using System.Net.Http.Json;
using Microsoft.Playwright;
using NewsDashboard.Tests.Shared;
using static Microsoft.Playwright.Assertions;

namespace NewsDashboard.EndToEnd.Tests;

public sealed class DashboardBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [BrowserFact]
    public async Task Dashboard_ArticlePostedFromOutside_AppearsWithoutReload()
    {
        using var app = new NewsApp();
        await using var context = await browser.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 1440, Height = 900 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync(app.BaseAddress.ToString());
        await Expect(page.Locator("[data-testid=dashboard][data-interactive=true]")).ToBeVisibleAsync();
        // A marker that a reload would wipe.
        await page.EvaluateAsync("() => window.__noReload = 42");

        using var client = app.CreateApiClient();
        var response = await client.PostAsJsonAsync("api/articles", new
        {
            title = "Coastal states sign fisheries accord in Lisbon",
            body = "Ministers from five coastal states signed a fisheries accord in Lisbon on Wednesday after two days of talks.",
            source = "Team Wire",
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);

        await Expect(page.Locator(".nd-article-title", new() { HasText = "Coastal states sign fisheries accord in Lisbon" }))
            .ToBeVisibleAsync(new() { Timeout = 5000 });
        Assert.Equal(42, await page.EvaluateAsync<int>("() => window.__noReload"));
        await page.ScreenshotAsync(new() { Path = Browser.ScreenshotPath("dashboard-en.png"), FullPage = true, Animations = ScreenshotAnimations.Disabled });
    }

    [BrowserFact]
    public async Task SignalRJavaScriptClient_ArticlePosted_ReceivesArticleIngested()
    {
        using var app = new NewsApp();
        await using var context = await browser.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(app.BaseAddress.ToString());
        await page.AddScriptTagAsync(new() { Url = "/lib/signalr/signalr.min.js" });
        await page.EvaluateAsync("""
            async () => {
                const connection = new signalR.HubConnectionBuilder().withUrl("/hubs/news").build();
                window.__received = new Promise(resolve => connection.on("ArticleIngested", a => resolve(a)));
                await connection.start();
            }
            """);

        using var client = app.CreateApiClient();
        await client.PostAsJsonAsync("api/articles", new { title = "Grain corridor talks extended", body = "Delegations agreed to extend the grain corridor talks by a week." });

        var title = await page.EvaluateAsync<string>("async () => (await window.__received).title");
        Assert.Equal("Grain corridor talks extended", title);
    }
}
