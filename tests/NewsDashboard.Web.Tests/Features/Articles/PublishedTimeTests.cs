using Bunit;
using NewsDashboard.Extraction;
using NewsDashboard.Web.Features.Articles;
using NewsDashboard.Web.Features.Entities;
using NewsDashboard.Web.Features.Localization;
using static NewsDashboard.Web.Tests.Support.Facts;
using static NewsDashboard.Web.Tests.Support.StoreFixture;
using DashboardPage = NewsDashboard.Web.Features.Dashboard.Dashboard;

namespace NewsDashboard.Web.Tests.Features.Articles;

/// <summary>
/// A time that describes news is when it was published (ticker, quote cards, entity and article pages); the receive
/// time is shown where it matters (the article page, the freshness label), and stands in, saying so, when an article
/// gave no publication time. The mention windows count by arrival and say so.
/// </summary>
public sealed class PublishedTimeTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Published = new(2025, 7, 31, 9, 30, 0, TimeSpan.Zero);

    private UiHost _host = null!;

    public async Task InitializeAsync() => _host = await UiHost.CreateAsync();

    [Fact]
    public async Task Ticker_ArticlePublishedLastYear_ShowsItsPublishedDateAndTimeNotTheReceiveTime()
    {
        await IngestPublishedAsync();

        var page = _host.Context.Render<DashboardPage>();

        page.WaitForAssertion(() => Assert.Equal("2025-07-31 09:30 UTC", page.Find("[data-testid=latest-articles] time").TextContent));
        var time = page.Find("[data-testid=latest-articles] time");
        Assert.Equal("2025-07-31T09:30:00Z", time.GetAttribute("datetime"));
        Assert.StartsWith("Published 2025-07-31 09:30 UTC · received ", time.GetAttribute("title"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task QuoteCard_QuoteFromAnArticlePublishedLastYear_ShowsThePublishedTime()
    {
        await IngestPublishedAsync();

        var page = _host.Context.Render<DashboardPage>();

        page.WaitForAssertion(() => Assert.Equal("2025-07-31 09:30 UTC", page.Find(".nd-quote time").TextContent));
        Assert.Equal("2025-07-31T09:30:00Z", page.Find(".nd-quote time").GetAttribute("datetime"));
    }

    [Fact]
    public async Task Screen_CardsAndHeadlines_ShowThePublishedTimeWithoutTooltips()
    {
        await IngestPublishedAsync();
        _host.Navigation.NavigateTo("/screen?panels=quotes,headlines");

        var screen = _host.Context.Render<NewsDashboard.Web.Features.Screen.Screen>();

        screen.WaitForAssertion(() => Assert.Equal(["2025-07-31 09:30 UTC", "2025-07-31 09:30 UTC"], screen.FindAll("time.nd-published").Select(t => t.TextContent).ToArray()));
        Assert.Empty(screen.FindAll("[title]"));
    }

    [Fact]
    public async Task EntityPage_Articles_ShowTheirPublishedTime()
    {
        await IngestPublishedAsync();
        var lavrov = Assert.Single(await _host.Store.Entities.TopAsync("person", MentionWindow.All, 10));

        var page = _host.Context.Render<EntityPage>(p => p.Add(e => e.Id, lavrov.Id));

        page.WaitForAssertion(() => Assert.Equal("2025-07-31 09:30 UTC", page.Find("[data-testid=entity-articles] time").TextContent));
    }

    [Fact]
    public async Task ArticlePage_ShowsPublishedAndReceivedTimes()
    {
        var id = await IngestPublishedAsync();

        var page = _host.Context.Render<ArticlePage>(p => p.Add(a => a.Id, id));

        page.WaitForAssertion(() => Assert.Equal("Published: 2025-07-31 09:30 UTC", page.Find("[data-testid=article-published]").TextContent));
        Assert.StartsWith("Received: " + DateTimeOffset.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            page.Find("[data-testid=article-received]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Article_WithoutAPublishedTime_IsStoredWithoutOne()
    {
        var id = (await _host.IngestAsync("No date here.", Result("en", []))).Id;

        var article = await new ArticleStore(_host.Store.Database).GetAsync(id);

        Assert.Null(article!.Published);
    }

    [Theory]
    [InlineData(UiText.English, "received ", "The article gave no publication time")]
    [InlineData(UiText.Arabic, "وصلت ", "لم تذكر المقالة وقت نشرها")]
    public async Task Ticker_ArticleWithoutAPublishedTime_ShowsTheReceiveTimeAndSaysSo(string language, string label, string hint)
    {
        await using var host = await UiHost.CreateAsync(language);
        await host.IngestAsync("No date here.", Result("en", []));

        var page = host.Context.Render<DashboardPage>();

        page.WaitForAssertion(() => Assert.StartsWith(label, page.Find("[data-testid=latest-articles] time").TextContent, StringComparison.Ordinal));
        var time = page.Find("[data-testid=latest-articles] time");
        Assert.Contains("nd-received-only", time.ClassList);
        Assert.StartsWith(hint, time.GetAttribute("title"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(UiText.English, "1h", "Counts the articles received in the last 1 h, whatever their publication time", "Time since the last article was received")]
    [InlineData(UiText.Arabic, "24h", "يَعُدّ المقالات التي وصلت في آخر ٢٤ ساعة، أيًّا كان وقت نشرها", "الوقت منذ وصول آخر مقالة")]
    public async Task Dashboard_WindowsAndFreshness_SayTheyCountByArrival(string language, string window, string windowHint, string freshnessHint)
    {
        await using var host = await UiHost.CreateAsync(language);

        var page = host.Context.Render<DashboardPage>();

        page.WaitForAssertion(() => Assert.Equal(windowHint, page.Find($"button.nd-window[data-window=\"{window}\"]").GetAttribute("title")));
        Assert.Equal(freshnessHint, page.Find("[data-testid=freshness]").GetAttribute("title"));
    }

    private async Task<long> IngestPublishedAsync()
    {
        const string body = "Lavrov said: \"We hope the talks go on.\"";
        var result = Result("en", [Person("lavrov", "Sergey Lavrov", "RU")], quotes: [Quote("lavrov", "Sergey Lavrov", "RU", "We hope the talks go on.")]);
        return (await _host.IngestAsync(new ArticleInput(body, result.Title, Published: Published, Language: "en"), result)).Id;
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();
}
