using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using NewsDashboard.Extraction;
using NewsDashboard.Web.Features.Ingestion;

namespace NewsDashboard.Web.Features.Ingestion.Feeds;

internal enum FeedPollStatus
{
    NotModified,
    Fetched,
    Failed,
}

internal sealed record FeedPollResult(Uri Feed, FeedPollStatus Status, int Items, int Created, int Duplicates, int Skipped, int ItemFailures, string? Error);

/// <summary>How a feed is doing: consecutive failures, when it is due next, the last error.</summary>
internal sealed record FeedHealth(int Failures, DateTimeOffset NextPoll, string? LastError);

/// <summary>
/// Polls the configured RSS/Atom feeds. The loop only asks which feeds are due and starts each as its own task (at
/// most one per feed, at most <see cref="FeedOptions.FeedConcurrency"/> at once); it never waits for them, so a slow
/// feed delays only itself, and every request is cut at <see cref="FeedOptions.FeedTimeout"/>.
/// <see cref="PollOnceAsync"/> is one feed's pass: conditional GET, parse, and for each new item its page's main text
/// (or its description) into the ingestor. A failing feed backs off exponentially (capped) and never stops the others.
/// </summary>
internal sealed class FeedPoller(
    IHttpClientFactory httpClientFactory,
    FeedStore store,
    ArticleIngestor ingestor,
    TimeProvider clock,
    IConfiguration configuration,
    IOptions<FeedOptions> options,
    IOptions<ArticleLimits> limits,
    ILogger<FeedPoller> logger) : BackgroundService
{
    /// <summary>A page whose main text is shorter than this is not the article; the item's own description is used instead.</summary>
    public const int MinPageTextLength = 200;

    private readonly ConcurrentDictionary<Uri, FeedHealth> _health = new();
    private readonly ConcurrentDictionary<Uri, SemaphoreSlim> _gates = new();
    private readonly ConcurrentDictionary<Uri, Task<FeedPollResult>> _inFlight = new();
    private readonly SemaphoreSlim _slots = new(options.Value.FeedConcurrency, options.Value.FeedConcurrency);
    private IReadOnlyList<FeedSource>? _feeds;

    public IReadOnlyList<FeedSource> Feeds => _feeds ??= LoadFeeds();

    public TimeSpan MaxBackoff => options.Value.FeedMaxBackoff;

    /// <summary>Whether a poll of <paramref name="feed"/> is running now.</summary>
    public bool IsPolling(Uri feed) => _inFlight.ContainsKey(feed);

    public FeedHealth? HealthOf(Uri feed) => _health.TryGetValue(feed, out var health) ? health : null;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (Feeds.Count == 0)
        {
            return;
        }

        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                StartDue(stoppingToken);
                await Task.Delay(options.Value.FeedTick, clock, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        finally
        {
            // Stopping: the running polls see the cancellation and end at their next await.
            await Task.WhenAll(_inFlight.Values.Select(t => t.ContinueWith(_ => { }, TaskScheduler.Default)));
        }
    }

    /// <summary>
    /// Starts a poll of every feed whose time has come and that is not being polled already, each as its own task, and
    /// returns without waiting for them: a feed that answers slowly (or drips forever, until its timeout) holds up
    /// nothing but itself.
    /// </summary>
    public IReadOnlyList<Task<FeedPollResult>> StartDue(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var started = new List<Task<FeedPollResult>>();
        foreach (var feed in Feeds)
        {
            if (HealthOf(feed.Url) is { } health && health.NextPoll > now)
            {
                continue;
            }

            var run = new TaskCompletionSource<FeedPollResult>(TaskCreationOptions.RunContinuationsAsynchronously);
            if (!_inFlight.TryAdd(feed.Url, run.Task))
            {
                continue;
            }

            started.Add(run.Task);
            _ = Task.Run(() => RunAsync(feed, run, cancellationToken), CancellationToken.None);
        }

        return started;
    }

    /// <summary>Polls every due feed (see <see cref="StartDue"/>) and waits for those polls.</summary>
    public async Task<IReadOnlyList<FeedPollResult>> PollDueAsync(CancellationToken cancellationToken)
        => await Task.WhenAll(StartDue(cancellationToken));

    private async Task RunAsync(FeedSource feed, TaskCompletionSource<FeedPollResult> run, CancellationToken cancellationToken)
    {
        try
        {
            await _slots.WaitAsync(cancellationToken);
            FeedPollResult result;
            try
            {
                result = await PollOnceAsync(feed, cancellationToken);
            }
            finally
            {
                _slots.Release();
            }

            _inFlight.TryRemove(feed.Url, out _);
            run.TrySetResult(result);
        }
        catch (OperationCanceledException)
        {
            _inFlight.TryRemove(feed.Url, out _);
            run.TrySetCanceled(cancellationToken);
        }
#pragma warning disable CA1031 // PollOnceAsync catches its own failures; anything else still ends this feed's run only.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            _inFlight.TryRemove(feed.Url, out _);
            run.TrySetException(ex);
        }
    }

    /// <summary>One pass over one feed. Catches and logs its own failures; only cancellation escapes.</summary>
    public async Task<FeedPollResult> PollOnceAsync(FeedSource feed, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(feed);
        var gate = _gates.GetOrAdd(feed.Url, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken);
        try
        {
            var result = await FetchAndIngestAsync(feed, cancellationToken);
            _health[feed.Url] = new FeedHealth(0, clock.GetUtcNow() + feed.Every, null);
            return result;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
#pragma warning disable CA1031 // One broken feed is logged and backed off; the others keep coming.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            var failures = (HealthOf(feed.Url)?.Failures ?? 0) + 1;
            var delay = Backoff(feed.Every, failures, MaxBackoff);
            _health[feed.Url] = new FeedHealth(failures, clock.GetUtcNow() + delay, ex.Message);
            logger.LogWarning(ex, "Feed {Feed} failed ({Failures} in a row); next try in {Delay}", feed.Url, failures, delay);
            await store.SaveErrorAsync(feed.Url, ex.Message, CancellationToken.None);
            return new FeedPollResult(feed.Url, FeedPollStatus.Failed, 0, 0, 0, 0, 0, ex.Message);
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>The wait after <paramref name="failures"/> failures in a row: the interval doubled each time, capped.</summary>
    public static TimeSpan Backoff(TimeSpan every, int failures, TimeSpan cap)
    {
        var limit = cap > every ? cap : every;
        var factor = Math.Pow(2, Math.Min(failures, 30));
        var ticks = every.Ticks * factor;
        return ticks >= limit.Ticks ? limit : TimeSpan.FromTicks((long)ticks);
    }

    private async Task<FeedPollResult> FetchAndIngestAsync(FeedSource feed, CancellationToken cancellationToken)
    {
        var client = httpClientFactory.CreateClient(FeedHttp.ClientName);
        var validators = await store.ValidatorsAsync(feed.Url, cancellationToken);
        var download = await FeedHttp.GetAsync(client, feed.Url, options.Value.MaxFeedBytes, options.Value.FeedTimeout, validators, cancellationToken);
        if (download.Status == System.Net.HttpStatusCode.NotModified)
        {
            logger.LogDebug("Feed {Feed} not modified", feed.Url);
            return new FeedPollResult(feed.Url, FeedPollStatus.NotModified, 0, 0, 0, 0, 0, null);
        }

        var document = FeedParser.Parse(TextDecoding.Decode(download.Body, TextDecoding.CharsetOf(download.ContentType)));
        var source = feed.Name ?? (document.Title.Length > 0 ? document.Title : feed.Url.Host);
        int created = 0, duplicates = 0, skipped = 0, failed = 0;
        // Oldest first, so the newest story is also the newest article; feeds list newest first, undated items keep that order.
        foreach (var item in document.Items.Reverse().OrderBy(i => i.Published ?? DateTimeOffset.MinValue))
        {
            cancellationToken.ThrowIfCancellationRequested();
            try
            {
                switch (await IngestItemAsync(feed, item, source, client, cancellationToken))
                {
                    case IngestStatus.Created: created++; break;
                    case IngestStatus.Duplicate: duplicates++; break;
                    default: skipped++; break;
                }
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                throw;
            }
#pragma warning disable CA1031 // One bad item is logged; the rest of the feed still comes in.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                failed++;
                logger.LogWarning(ex, "Feed {Feed}: item {Item} failed", feed.Url, item.Key);
            }
        }

        await store.SaveSuccessAsync(feed.Url, new FeedValidators(download.ETag, download.LastModified), clock.GetUtcNow(), cancellationToken);
        logger.LogInformation("Feed {Feed}: {Items} items, {Created} new, {Duplicates} duplicates, {Failed} failed",
            feed.Url, document.Items.Count, created, duplicates, failed);
        return new FeedPollResult(feed.Url, FeedPollStatus.Fetched, document.Items.Count, created, duplicates, skipped, failed, null);
    }

    /// <returns>The ingest status, or null when the item was already taken or had no text.</returns>
    private async Task<IngestStatus?> IngestItemAsync(FeedSource feed, FeedItem item, string source, HttpClient client, CancellationToken cancellationToken)
    {
        if (await store.SeenAsync(feed.Url, item.Key, cancellationToken))
        {
            return null;
        }

        var (text, language) = await ItemTextAsync(feed, item, feed.FetchPages ? client : null, cancellationToken);
        if (text.Length == 0)
        {
            await store.MarkSeenAsync(feed.Url, item.Key, null, clock.GetUtcNow(), cancellationToken);
            return null;
        }

        var title = item.Title.Length > 0 ? item.Title : null;
        // The same validator as every other source; an item it refuses is skipped for good, with a log line.
        var check = ArticleValidator.Check(new ArticleInput(text, title, source, item.Link, item.Published, language), limits.Value.MaxArticleBytes);
        if (check.Article is null)
        {
            logger.LogWarning("Feed {Feed}: item {Item} skipped: {Reason}", feed.Url, item.Key, check.Reason);
            await store.MarkSeenAsync(feed.Url, item.Key, null, clock.GetUtcNow(), cancellationToken);
            return null;
        }

        var outcome = await ingestor.IngestAsync(check.Article, cancellationToken);
        await store.MarkSeenAsync(feed.Url, item.Key, outcome.Id, clock.GetUtcNow(), cancellationToken);
        return outcome.Status;
    }

    // The linked page's main text when it has enough; otherwise the item's own content or description.
    private async Task<(string Text, string? Language)> ItemTextAsync(FeedSource feed, FeedItem item, HttpClient? client, CancellationToken cancellationToken)
    {
        if (item.Link is not null && client is not null)
        {
            try
            {
                var page = await FeedHttp.GetAsync(client, new Uri(item.Link), options.Value.MaxPageBytes, options.Value.FeedTimeout, null, cancellationToken, linkedFrom: feed.Url);
                if (!IsHtml(page.ContentType))
                {
                    logger.LogDebug("Page {Link} is {ContentType}, not HTML; using the feed's description", item.Link, page.ContentType);
                    return (FallbackText(item), null);
                }

                var html = TextDecoding.Decode(page.Body, TextDecoding.CharsetOf(page.ContentType));
                var content = PageText.Extract(html, page.FinalUrl, wholePageFallback: false);
                if (System.Text.Encoding.UTF8.GetByteCount(content.Text) > limits.Value.MaxArticleBytes)
                {
                    logger.LogInformation("Page {Link} gave {Length} characters, over Ingest:MaxArticleBytes; using the feed's description", item.Link, content.Text.Length);
                    return (FallbackText(item), null);
                }

                if (content.Text.Length >= MinPageTextLength)
                {
                    return (content.Text, LanguageCode(content.Language));
                }

                logger.LogDebug("Page {Link} gave {Length} characters; using the feed's description", item.Link, content.Text.Length);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                throw;
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or IOException or InvalidOperationException)
            {
                logger.LogInformation("Page {Link} could not be read ({Reason}); using the feed's description", item.Link, ex.Message);
            }
        }

        return (FallbackText(item), null);
    }

    private static string FallbackText(FeedItem item)
    {
        var fallback = HtmlText.Strip(item.Content ?? item.Summary);
        return fallback.Length == 0 && item.Content is not null ? HtmlText.Strip(item.Summary) : fallback;
    }

    // No content type is taken as HTML (many servers omit it); a PDF or an image is not an article page.
    private static bool IsHtml(string? contentType)
        => TextDecoding.MediaTypeOf(contentType) is null or "text/html" or "application/xhtml+xml" or "text/plain";

    // "en-US" from a page's lang attribute becomes "en"; anything odd is left to the language identifier.
    private static string? LanguageCode(string? language)
    {
        if (string.IsNullOrWhiteSpace(language))
        {
            return null;
        }

        var code = language.Split('-', '_')[0].Trim().ToLowerInvariant();
        return code.Length is 2 or 3 && code.All(char.IsAsciiLetterLower) ? code : null;
    }

    private IReadOnlyList<FeedSource> LoadFeeds()
    {
        var feeds = FeedSource.FromConfiguration(configuration, out var problems);
        foreach (var problem in problems)
        {
            logger.LogWarning("Feed configuration: {Problem}", problem);
        }

        return feeds;
    }

    public override void Dispose()
    {
        foreach (var gate in _gates.Values)
        {
            gate.Dispose();
        }

        _slots.Dispose();
        base.Dispose();
    }
}
