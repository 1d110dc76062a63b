using System.Net.Http.Json;
using NewsDashboard.Tests.Shared;
using NewsDashboard.Web.Features.Articles;
using NewsDashboard.Web.Features.Ingestion;
using NewsDashboard.Web.Features.Live;

namespace NewsDashboard.Web.Tests.Features.Ingestion;

public sealed class SeedLoaderTests
{
    [Fact]
    public async Task FirstStart_WithSeedsFolder_IngestsEachSeedOnce()
    {
        var seeds = Directory.CreateTempSubdirectory("newsdash-seeds");
        await File.WriteAllTextAsync(Path.Combine(seeds.FullName, "001_en_port.txt"),
            "---\nsource: Team Wire\npublished: 2025-03-04T08:00:00Z\n---\nPort strike ends after talks\n\nDockworkers returned to work on Tuesday after a deal was signed.\n");
        await File.WriteAllTextAsync(Path.Combine(seeds.FullName, "002_fr_vote.txt"),
            "Le Parlement adopte le budget\n\nLes députés ont adopté mardi le budget de l'État après trois jours de débats.\n");

        using var app = new NewsApp(seeds.FullName);
        using var client = app.CreateApiClient();

        List<ArticleSummary>? articles = null;
        for (var attempt = 0; attempt < 100 && (articles is null || articles.Count < 2); attempt++)
        {
            await Task.Delay(100);
            articles = await client.GetFromJsonAsync<List<ArticleSummary>>("api/articles");
        }

        Assert.NotNull(articles);
        Assert.Equal(["Le Parlement adopte le budget", "Port strike ends after talks"], articles.Select(a => a.Title).Order(StringComparer.Ordinal));
        Assert.Equal("Team Wire", articles.Single(a => a.Title.StartsWith("Port", StringComparison.Ordinal)).Source);
        seeds.Delete(recursive: true);
    }
}
