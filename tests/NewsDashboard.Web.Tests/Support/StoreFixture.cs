using Microsoft.Extensions.Logging.Abstractions;
using NewsDashboard.Extraction;
using NewsDashboard.Web.Features.Articles;
using NewsDashboard.Web.Features.Ingestion;
using NewsDashboard.Web.Features.Live;
using NewsDashboard.Web.Features.Entities;
using NewsDashboard.Web.Features.Meetings;
using NewsDashboard.Web.Features.Quotes;
using NewsDashboard.Web.Features.Store;

namespace NewsDashboard.Web.Tests.Support;

/// <summary>A real SQLite file, with extraction replaced by results the test writes (the seam we own).</summary>
public sealed class StoreFixture : IAsyncDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "newsdash-store", Guid.NewGuid().ToString("N"));
    private readonly Dictionary<string, ExtractionResult> _results = new(StringComparer.Ordinal);

    private StoreFixture()
    {
        Directory.CreateDirectory(_folder);
        Database = new Database($"Data Source={Path.Combine(_folder, "news.db")}");
        Events = new NewsEvents(NullLogger<NewsEvents>.Instance);
        WriteLock = new WriteLock();
        Windows = new MentionWindows(Events, TimeProvider.System);
        Ingestor = new ArticleIngestor(Database, WriteLock, Events, TimeProvider.System, NullLogger<ArticleIngestor>.Instance,
            (input, published) => _results.TryGetValue(input.Body, out var r) ? r with { Published = published } : Empty(input));
        Entities = new EntityQueries(Database, TimeProvider.System, Windows);
        Corrections = new EntityCorrections(Database, WriteLock, Windows);
        Meetings = new MeetingQueries(Database);
        Quotes = new QuoteQueries(Database);
    }

    internal Database Database { get; }

    internal NewsEvents Events { get; }

    internal WriteLock WriteLock { get; }

    internal ArticleIngestor Ingestor { get; }

    internal MentionWindows Windows { get; }

    internal EntityQueries Entities { get; }

    internal EntityCorrections Corrections { get; }

    internal MeetingQueries Meetings { get; }

    internal QuoteQueries Quotes { get; }

    public static async Task<StoreFixture> CreateAsync()
    {
        var fixture = new StoreFixture();
        await new Migrator(fixture.Database, NullLogger<Migrator>.Instance).MigrateAsync();
        await fixture.Ingestor.StartAsync(CancellationToken.None);
        return fixture;
    }

    /// <summary>Ingests an article whose extraction is <paramref name="result"/>.</summary>
    internal async Task<IngestOutcome> IngestAsync(string body, ExtractionResult result)
    {
        _results[body] = result;
        return await Ingestor.IngestAsync(new ArticleInput(body, result.Title, Language: result.Language));
    }

    /// <summary>Ingests an article as it arrives (its title, publication time...) whose extraction is <paramref name="result"/>.</summary>
    internal async Task<IngestOutcome> IngestAsync(ArticleInput input, ExtractionResult result)
    {
        _results[input.Body] = result;
        return await Ingestor.IngestAsync(input);
    }

    public static ExtractionResult Result(string language, IReadOnlyList<ExtractedEntity> entities,
        IReadOnlyList<ExtractedMeeting>? meetings = null, IReadOnlyList<ExtractedQuote>? quotes = null)
        => new(null, language, "Title " + Guid.NewGuid().ToString("N")[..6], null, entities, meetings ?? [], quotes ?? []);

    private static ExtractionResult Empty(ArticleInput input) => new(null, "en", input.Title ?? string.Empty, null, [], [], []);

    public async ValueTask DisposeAsync()
    {
        await Ingestor.StopAsync(CancellationToken.None);
        Ingestor.Dispose();
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
