using NewsDashboard.Extraction;
using NewsDashboard.Web.Features.Live;
using NewsDashboard.Web.Features.Store;

namespace NewsDashboard.Web.Features.Articles;

/// <summary>The extraction step, a seam so store tests can feed known results.</summary>
public delegate ExtractionResult ArticleExtraction(ArticleInput input, DateTimeOffset? fallbackPublished);

/// <summary>
/// The one way in for every source: duplicate check, extraction, one transaction for the article and everything
/// extracted from it, then one publish after the commit.
/// </summary>
public sealed class ArticleIngestor(Database database, NewsEvents events, TimeProvider clock, ILogger<ArticleIngestor> logger, ArticleExtraction? extraction = null)
    : IDisposable
{
    private readonly ArticleExtraction _extract = extraction ?? NewsExtractor.Default.Extract;

    // SQLite has one writer; queueing here keeps writers from spinning on SQLITE_BUSY.
    private readonly SemaphoreSlim _writeLock = new(1, 1);
    private int _waiting;

    /// <summary>Writers waiting for the lock; the HTTP front door answers 429 past a bound.</summary>
    public int Waiting => Volatile.Read(ref _waiting);

    public async Task<IngestOutcome> IngestAsync(ArticleInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var contentHash = ArticleStore.ContentHash(input.Title ?? string.Empty, input.Body);
        var now = clock.GetUtcNow();

        await using (var probe = await database.OpenAsync(cancellationToken))
        {
            if (await ArticleStore.FindDuplicateAsync(probe, null, input.Url, contentHash) is { } duplicate)
            {
                return new IngestOutcome(IngestStatus.Duplicate, duplicate, null);
            }
        }

        var result = _extract(input, now);

        Interlocked.Increment(ref _waiting);
        NewsUpdate update;
        try
        {
            await _writeLock.WaitAsync(cancellationToken);
        }
        finally
        {
            Interlocked.Decrement(ref _waiting);
        }

        try
        {
            await using var connection = await database.OpenAsync(cancellationToken);
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            if (await ArticleStore.FindDuplicateAsync(connection, transaction, input.Url, contentHash) is { } duplicate)
            {
                return new IngestOutcome(IngestStatus.Duplicate, duplicate, null);
            }

            var id = await ArticleStore.InsertArticleAsync(connection, transaction, input, result, contentHash, now);
            var (quotes, meetings) = await new ExtractionWriter(connection, transaction, id, now, result.Published).WriteAsync(result);
            await transaction.CommitAsync(cancellationToken);

            var summary = new ArticleSummary(id, id, result.Title, result.Language, input.Source, input.Url,
                result.Published?.ToUniversalTime().ToString("O"), now.ToUniversalTime().ToString("O"));
            var countries = result.Entities.Where(e => e.Country is not null).Select(e => e.Country!)
                .Distinct(StringComparer.Ordinal).ToList();
            update = new NewsUpdate(id, summary, countries, quotes, meetings);
        }
        finally
        {
            _writeLock.Release();
        }

        logger.LogInformation("Stored article {ArticleId} ({Language}): {Entities} entities, {Quotes} quotes, {Meetings} meetings",
            update.Seq, result.Language, result.Entities.Count, result.Quotes.Count, result.Meetings.Count);
        events.Publish(update);
        return new IngestOutcome(IngestStatus.Created, update.Seq, result);
    }

    /// <summary>Holds the single-writer lock for a correction that must not interleave with an ingest.</summary>
    public async Task<IAsyncDisposable> WriteLockAsync(CancellationToken cancellationToken)
    {
        await _writeLock.WaitAsync(cancellationToken);
        return new Releaser(_writeLock);
    }

    public void Dispose() => _writeLock.Dispose();

    private sealed class Releaser(SemaphoreSlim semaphore) : IAsyncDisposable
    {
        public ValueTask DisposeAsync()
        {
            semaphore.Release();
            return ValueTask.CompletedTask;
        }
    }
}
