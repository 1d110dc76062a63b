using System.Threading.Channels;
using NewsDashboard.Extraction;
using NewsDashboard.Web.Features.Articles;
using NewsDashboard.Web.Features.Live;
using NewsDashboard.Web.Features.Store;

namespace NewsDashboard.Web.Features.Ingestion;

/// <summary>The extraction step, a seam so store tests can feed known results.</summary>
public delegate ExtractionResult ArticleExtraction(ArticleInput input, DateTimeOffset? fallbackPublished);

/// <summary>
/// The one way in for every source: duplicate check, extraction (in the caller, in parallel), then a single writer
/// that commits each article with everything extracted from it, and publishes once after the commit.
/// Under load the writer commits the articles waiting for it together (group commit): one fsync for many, each
/// article still whole or not at all, and none acknowledged before its commit.
/// The writer loop is a hosted service (registered by <see cref="IngestEndpoints.AddIngestion"/> before the sources
/// that feed it); on stop it drains what was queued before it ends.
/// </summary>
internal sealed class ArticleIngestor : BackgroundService
{
    private const int MaxBatch = 64;

    private readonly Database _database;
    private readonly NewsEvents _events;
    private readonly TimeProvider _clock;
    private readonly ILogger<ArticleIngestor> _logger;
    private readonly ArticleExtraction _extract;
    private readonly Channel<Pending> _queue = Channel.CreateUnbounded<Pending>(new UnboundedChannelOptions { SingleReader = true });

    // Held by the writer for each batch, and by corrections that must not interleave with it.
    private readonly WriteLock _writeLock;
    private int _waiting;
    private long _received;
    private long _written;

    // The writer's own connection and its prepared statements, kept between batches (only the writer touches them).
    private PreparedStatements? _statements;

    public ArticleIngestor(
        Database database, WriteLock writeLock, NewsEvents events, TimeProvider clock, ILogger<ArticleIngestor> logger,
        ArticleExtraction extraction)
    {
        _database = database;
        _writeLock = writeLock;
        _events = events;
        _clock = clock;
        _logger = logger;
        _extract = extraction;
    }

    /// <summary>Articles extracted and waiting to be written; the HTTP front door answers 429 past a bound.</summary>
    public int Waiting => Volatile.Read(ref _waiting);

    /// <summary>Articles the writer has finished with (stored or failed): the readiness check watches it move.</summary>
    public long Written => Interlocked.Read(ref _written);

    /// <summary>Articles handed to the writer, finished or not.</summary>
    public long Received => Interlocked.Read(ref _received);

    public async Task<IngestOutcome> IngestAsync(ArticleInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var contentHash = ArticleStore.ContentHash(input.Title ?? string.Empty, input.Body);
        var now = _clock.GetUtcNow();

        await using (var probe = await _database.OpenAsync(cancellationToken))
        {
            if (await ArticleStore.FindDuplicateAsync(probe, input.Url, contentHash) is { } duplicate)
            {
                return new IngestOutcome(IngestStatus.Duplicate, duplicate, null);
            }
        }

        var result = _extract(input, now);
        var pending = new Pending(input, result, contentHash, now);
        Interlocked.Increment(ref _waiting);
        Interlocked.Increment(ref _received);
        await _queue.Writer.WriteAsync(pending, cancellationToken);
        return await pending.Done.Task.WaitAsync(cancellationToken);
    }

    /// <summary>The single writer: runs until the queue is completed by <see cref="StopAsync"/> and drained.</summary>
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        var batch = new List<Pending>(MaxBatch);
        while (await _queue.Reader.WaitToReadAsync())
        {
            while (batch.Count < MaxBatch && _queue.Reader.TryRead(out var next))
            {
                batch.Add(next);
            }

            Interlocked.Add(ref _waiting, -batch.Count);
            await using (await _writeLock.TakeAsync())
            {
                await WriteBatchAsync(batch);
            }

            Interlocked.Add(ref _written, batch.Count);
            batch.Clear();
        }
    }

    private async Task WriteBatchAsync(List<Pending> batch)
    {
        List<(Pending Item, IngestOutcome Outcome, NewsUpdate? Update)> written;
        try
        {
            written = await CommitAsync(batch);
        }
#pragma warning disable CA1031 // One bad article must not take the others down: retry each alone, fail only the bad one.
        catch (Exception) when (batch.Count > 1)
        {
            foreach (var item in batch)
            {
                await WriteBatchAsync([item]);
            }

            return;
        }
        catch (Exception ex)
#pragma warning restore CA1031
        {
            _logger.LogError(ex, "Storing an article failed; nothing of it was kept");
            batch[0].Done.TrySetException(ex);
            return;
        }

        foreach (var (item, outcome, update) in written)
        {
            if (update is not null)
            {
                _logger.LogInformation("Stored article {ArticleId} ({Language}): {Entities} entities, {Quotes} quotes, {Meetings} meetings",
                    update.Article.Id, item.Result.Language, item.Result.Entities.Count, item.Result.Quotes.Count, item.Result.Meetings.Count);
                _events.Publish(update);
            }

            item.Done.TrySetResult(outcome);
        }
    }

    private async Task<List<(Pending, IngestOutcome, NewsUpdate?)>> CommitAsync(List<Pending> batch)
    {
        var written = new List<(Pending, IngestOutcome, NewsUpdate?)>(batch.Count);
        var sql = _statements ??= new PreparedStatements(await _database.OpenAsync());
        try
        {
            using var transaction = sql.Connection.BeginTransaction();
            sql.Transaction = transaction;
            foreach (var item in batch)
            {
                var (input, result, contentHash, now) = (item.Input, item.Result, item.ContentHash, item.Received);
                if (ArticleStore.FindDuplicate(sql, input.Url, contentHash) is { } duplicate)
                {
                    written.Add((item, new IngestOutcome(IngestStatus.Duplicate, duplicate, null), null));
                    continue;
                }

                var id = ArticleStore.InsertArticle(sql, input, result, contentHash, now);
                var writer = new ExtractionWriter(sql, id, now, result.Published);
                var (quotes, meetings) = writer.Write(result);
                var summary = new ArticleSummary(id, result.Title, result.Language, input.Source, input.Url,
                    input.Published?.ToUniversalTime(), now.ToUniversalTime());
                var countries = result.Entities.Where(e => e.Country is not null).Select(e => e.Country!)
                    .Distinct(StringComparer.Ordinal).ToList();
                written.Add((item, new IngestOutcome(IngestStatus.Created, id, result), new NewsUpdate(summary, countries, quotes, meetings, writer.Mentions, now)));
            }

            transaction.Commit();
            sql.Transaction = null;
            return written;
        }
        catch
        {
            // A failed batch may leave the connection in any state: start the next one on a fresh connection.
            CloseStatements();
            throw;
        }
    }

    private void CloseStatements()
    {
        if (_statements is { } statements)
        {
            _statements = null;
            var connection = statements.Connection;
            statements.Dispose();
            connection.Dispose();
        }
    }

    /// <summary>Stops taking articles, and waits for the writer to store the ones already queued.</summary>
    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        _queue.Writer.TryComplete();
        if (ExecuteTask is { } writer)
        {
            await writer.WaitAsync(cancellationToken).ConfigureAwait(false);
        }

        await base.StopAsync(cancellationToken);
        CloseStatements();
    }

    public override void Dispose()
    {
        _queue.Writer.TryComplete();
        ExecuteTask?.Wait(TimeSpan.FromSeconds(10));
        CloseStatements();
        base.Dispose();
    }

    private sealed record Pending(ArticleInput Input, ExtractionResult Result, string ContentHash, DateTimeOffset Received)
    {
        public TaskCompletionSource<IngestOutcome> Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
