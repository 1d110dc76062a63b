using System.Net;
using System.Net.Http.Json;
using Microsoft.Playwright;
using NewsDashboard.Tests.Shared;
using static Microsoft.Playwright.Assertions;

namespace NewsDashboard.EndToEnd.Tests;

/// <summary>
/// The app run from its build output in Production (as <c>dotnet run --no-launch-profile</c> does), a process of its
/// own: the scripts are served whole and the dashboard becomes interactive and live.
/// </summary>
public sealed class ProductionBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const string Key = "production-test-key";

    [BrowserFact(Timeout = 120_000)]
    public async Task Dashboard_InProductionFromTheBuildOutput_ServesTheScriptsAndBecomesLive()
    {
        var folder = Path.Combine(Path.GetTempPath(), "newsdash-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var address = new Uri($"http://127.0.0.1:{WebAppProcess.FreePort()}/");
        var settings = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["ConnectionStrings__News"] = $"Data Source={Path.Combine(folder, "news.db")}",
            ["Api__Keys__0"] = Key,
            ["Ingest__SeedsPath"] = string.Empty,
        };
        using var server = await WebAppProcess.StartAsync(address, settings, _ => { }, TimeSpan.FromSeconds(60));
        try
        {
            using var client = new HttpClient { BaseAddress = address };
            foreach (var script in new[] { "_framework/blazor.web.js", "reconnect.js", "lib/signalr/signalr.min.js", "app.css" })
            {
                var response = await client.GetAsync(new Uri(script, UriKind.Relative));
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                Assert.True((await response.Content.ReadAsByteArrayAsync()).Length > 1000, $"{script} is served empty");
            }

            await using var context = await browser.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 1440, Height = 900 } });
            var page = await context.NewPageAsync();
            await page.GotoAsync(address.ToString());
            await Expect(page.Locator("[data-testid=dashboard][data-interactive=true]")).ToBeVisibleAsync(new() { Timeout = 20_000 });

            client.DefaultRequestHeaders.Add("X-Api-Key", Key);
            var posted = await client.PostAsJsonAsync("api/articles", new
            {
                title = "Harbour talks resume in Valletta",
                body = "Delegations from three Mediterranean states resumed harbour talks in Valletta on Tuesday.",
            });
            Assert.Equal(HttpStatusCode.Created, posted.StatusCode);
            await Expect(page.Locator(".nd-article-title", new() { HasText = "Harbour talks resume in Valletta" }))
                .ToBeVisibleAsync(new() { Timeout = 10_000 });
        }
        finally
        {
            server.Kill(entireProcessTree: true);
            await server.WaitForExitAsync();
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }
}
