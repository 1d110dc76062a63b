using System.Text.Json;
using Microsoft.Extensions.Options;
using NewsDashboard.Extraction;

using NewsDashboard.Web.Features.Articles;

namespace NewsDashboard.Web.Features.Ingestion;

/// <summary>At first start (an empty store) ingests the articles in <c>Ingest:SeedsPath</c>.</summary>
internal sealed class SeedLoader(
    ArticleStore store, ArticleIngestor ingestor, IOptions<IngestOptions> options, IOptions<ArticleLimits> limits, IHostEnvironment environment, ILogger<SeedLoader> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await LoadOnceAsync(stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
#pragma warning disable CA1031 // A failed seed load is logged; the dashboard keeps serving.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            logger.LogError(ex, "Loading the seed articles failed");
        }
    }

    /// <returns>How many articles were stored.</returns>
    public async Task<int> LoadOnceAsync(CancellationToken cancellationToken)
    {
        var configured = options.Value.SeedsPath;
        if (string.IsNullOrWhiteSpace(configured) || await store.CountAsync(cancellationToken) > 0)
        {
            return 0;
        }

        var folder = PathResolver.FindUpwards(environment.ContentRootPath, configured);
        if (folder is null)
        {
            logger.LogWarning("Seeds folder {Folder} not found; starting empty", configured);
            return 0;
        }

        var stored = 0;
        foreach (var file in Directory.EnumerateFiles(folder, "*.txt").Order(StringComparer.Ordinal))
        {
            var input = ArticleText.Parse(await File.ReadAllTextAsync(file, cancellationToken), Path.GetFileName(file));
            if (input.Published is null)
            {
                input = input with { Published = await PublishedFromGoldAsync(file, cancellationToken) };
            }

            if (string.IsNullOrWhiteSpace(input.Body))
            {
                continue;
            }

            // The same validator as every other source: a bad seed is logged and skipped, the others still load.
            var check = ArticleValidator.Check(input, limits.Value.MaxArticleBytes);
            if (check.Article is null)
            {
                logger.LogWarning("Seed {File} skipped: {Reason}", Path.GetFileName(file), check.Reason);
                continue;
            }

            var outcome = await ingestor.IngestAsync(check.Article, cancellationToken);
            stored += outcome.Status == IngestStatus.Created ? 1 : 0;
        }

        logger.LogInformation("Loaded {Count} seed articles from {Folder}", stored, folder);
        return stored;
    }

    // A seed without front matter takes its publication date from its annotation, when it has one.
    private static async Task<DateTimeOffset?> PublishedFromGoldAsync(string file, CancellationToken cancellationToken)
    {
        var gold = Path.ChangeExtension(file, ".gold.json");
        if (!File.Exists(gold))
        {
            return null;
        }

        await using var stream = File.OpenRead(gold);
        using var json = await JsonDocument.ParseAsync(stream, cancellationToken: cancellationToken);
        return json.RootElement.TryGetProperty("published", out var p) && p.ValueKind == JsonValueKind.String
            ? Dates.ParsePublished(p.GetString())
            : null;
    }
}

internal static class PathResolver
{
    /// <summary>A relative folder is looked for in the content root, then in its parents (the repository root when run from source).</summary>
    public static string? FindUpwards(string contentRoot, string path)
    {
        if (Path.IsPathRooted(path))
        {
            return Directory.Exists(path) ? path : null;
        }

        for (var dir = new DirectoryInfo(contentRoot); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, path);
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
