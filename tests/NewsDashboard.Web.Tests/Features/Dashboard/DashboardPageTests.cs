using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using MudBlazor.Services;
using DashboardPage = NewsDashboard.Web.Features.Dashboard.Dashboard;
using NewsDashboard.Extraction;
using NewsDashboard.Web.Features.Articles;
using NewsDashboard.Web.Features.Ingestion;
using NewsDashboard.Web.Features.Live;
using NewsDashboard.Web.Components.Shared;
using NewsDashboard.Web.Features.Dashboard;
using NewsDashboard.Web.Features.Names;
using NewsDashboard.Web.Features.Entities;
using NewsDashboard.Web.Features.Localization;
using NewsDashboard.Web.Features.Meetings;
using NewsDashboard.Web.Features.Quotes;
using NewsDashboard.Web.Features.Store;

namespace NewsDashboard.Web.Tests.Features.Dashboard;

public sealed class DashboardPageTests : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "newsdash-bunit", Guid.NewGuid().ToString("N"));
    private readonly BunitContext _context = new();
    private NewsEvents _events = null!;
    private ArticleIngestor _ingestor = null!;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_folder);
        var database = new Database($"Data Source={Path.Combine(_folder, "news.db")}");
        await new Migrator(database, NullLogger<Migrator>.Instance).MigrateAsync();
        _events = new NewsEvents(NullLogger<NewsEvents>.Instance);
        var windows = new MentionWindows(_events, TimeProvider.System);
        _ingestor = new ArticleIngestor(database, new WriteLock(), _events, TimeProvider.System, NullLogger<ArticleIngestor>.Instance, NewsExtractor.Default.Extract);
        await _ingestor.StartAsync(CancellationToken.None);
        _context.Services.AddMudServices();
        _context.Services.AddSingleton(database);
        _context.Services.AddSingleton<ArticleStore>();
        _context.Services.AddSingleton(_events);
        // Timers that never fire: the freshness ticker's renders would otherwise count as the page's.
        _context.Services.AddSingleton<TimeProvider>(new QuietClock());
        _context.Services.AddSingleton(new EntityQueries(database, TimeProvider.System, windows));
        _context.Services.AddSingleton(new MeetingQueries(database));
        _context.Services.AddSingleton(new QuoteQueries(database));
        _context.Services.AddSingleton<EntityNameLookup>();
        _context.Services.AddSingleton<SharedReads>();
        _context.Services.AddSingleton<DashboardQueries>();
        _context.Services.AddScoped(_ => UiText.For(UiText.English));
        _context.JSInterop.Mode = JSRuntimeMode.Loose;
    }

    [Fact]
    public void Dashboard_NoArticles_ShowsEmptyState()
    {
        var page = _context.Render<DashboardPage>();

        page.WaitForAssertion(() => Assert.Contains("No articles yet", page.Find("[data-testid=latest-articles]").TextContent, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Dashboard_ArticleIngestedAfterRender_AppearsWithoutReload()
    {
        var page = _context.Render<DashboardPage>();

        await _ingestor.IngestAsync(new Extraction.ArticleInput("وصل الوفد إلى الرباط صباح اليوم.", "وفد برلماني يزور الرباط"));

        page.WaitForAssertion(
            () => Assert.Contains("وفد برلماني يزور الرباط", page.Find("[data-testid=latest-articles]").TextContent, StringComparison.Ordinal),
            TimeSpan.FromSeconds(5));
        Assert.Equal("auto", page.Find(".nd-article-title").GetAttribute("dir"));
    }

    [Fact]
    public async Task Dashboard_TitleWithScriptTag_RendersAsText()
    {
        var page = _context.Render<DashboardPage>();

        await _ingestor.IngestAsync(new Extraction.ArticleInput("Body text of the article.", "<script>alert('x')</script> Budget vote"));

        page.WaitForAssertion(() => Assert.Contains("<script>alert('x')</script> Budget vote", page.Find(".nd-article-title").TextContent, StringComparison.Ordinal));
        Assert.Empty(page.FindAll("[data-testid=latest-articles] script"));
    }

    [Fact]
    public void Dashboard_BurstOfHundredUpdates_IsCoalescedIntoAFewRefreshes()
    {
        var page = _context.Render<DashboardPage>();
        page.WaitForAssertion(() => Assert.Equal("true", page.Find("[data-testid=dashboard]").GetAttribute("data-interactive")));

        for (var i = 1; i <= 100; i++)
        {
            Publish(i);
        }

        page.WaitForAssertion(() => Assert.Contains("Burst headline 100", page.Markup, StringComparison.Ordinal), TimeSpan.FromSeconds(5));
        // Each refresh re-reads every panel and renders once; a burst rides along instead of queueing 100 of them.
        var refreshes = int.Parse(page.Find("[data-testid=dashboard]").GetAttribute("data-refreshes")!, System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(refreshes, 1, 5);
    }

    private void Publish(long i)
    {
        var article = new ArticleSummary(i, $"Burst headline {i}", "en", null, null, null, DateTimeOffset.UtcNow);
        _events.Publish(new NewsUpdate(article, [], [], [], [], DateTimeOffset.UtcNow));
    }

    public async Task DisposeAsync()
    {
        await _context.DisposeAsync();
        _ingestor.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}

/// <summary>The system clock with timers that never fire, so a test counts only the renders it causes.</summary>
internal sealed class QuietClock : TimeProvider
{
    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) => new Never();

    private sealed class Never : ITimer
    {
        public bool Change(TimeSpan dueTime, TimeSpan period) => true;

        public void Dispose()
        {
        }

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
