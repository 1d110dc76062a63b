using System.Diagnostics;
using NewsDashboard.Extraction;

namespace NewsDashboard.Web.Features.Ingestion;

/// <summary>
/// Loads the extraction engine's lexicons and trained name tagger when the app starts, in the background, so the
/// first article a newsroom posts is on screen as fast as the next one (the load takes most of a second).
/// </summary>
internal sealed class ExtractionWarmUp(ILogger<ExtractionWarmUp> logger) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) => Task.Run(
        () =>
        {
            var watch = Stopwatch.StartNew();
            NewsExtractor.Default.Extract(new ArticleInput("Warm-up: the engine loads its word lists and model.", "Warm-up", Language: "en"));
            logger.LogInformation("Extraction engine ready in {Milliseconds} ms", watch.ElapsedMilliseconds);
        },
        stoppingToken);
}
