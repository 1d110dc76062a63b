using System.Diagnostics;
using Microsoft.Extensions.Logging.Abstractions;
using NewsDashboard.Extraction;
using NewsDashboard.Web.Features.Articles;
using NewsDashboard.Web.Features.Ingestion;
using NewsDashboard.Web.Features.Live;
using NewsDashboard.Web.Features.Entities;
using NewsDashboard.Web.Features.Meetings;
using NewsDashboard.Web.Features.Quotes;
using NewsDashboard.Web.Features.Search;
using NewsDashboard.Web.Features.Store;

namespace NewsDashboard.Load;

/// <summary>
/// Generates N articles over the last 30 days (popularity of people, countries and organisations skewed as in
/// real news), stores them through the real store code, then times each dashboard query.
/// </summary>
public static class QueryBenchmark
{
    private static readonly string[] Countries = ["SY", "RU", "US", "FR", "GB", "CN", "TR", "EG", "SA", "IR", "IL", "UA", "DE", "JO", "LB", "IQ", "AE", "QA", "IN", "JP"];

    public static async Task<int> RunAsync(string[] args)
    {
        var articles = IntOption(args, "--articles", 100_000);
        var runs = IntOption(args, "--runs", 50);
        var db = StringOption(args, "--db") ?? Path.Combine(Path.GetTempPath(), $"newsdash-bench-{articles}.db");
        var now = DateTimeOffset.UtcNow;
        var database = new Database($"Data Source={db}");

        if (!File.Exists(db))
        {
            await new Migrator(database, NullLogger<Migrator>.Instance).MigrateAsync();
            var clock = Stopwatch.StartNew();
            await GenerateAsync(database, articles, now);
            Console.WriteLine($"generated {articles:N0} articles in {clock.Elapsed.TotalSeconds:F1} s ({articles / clock.Elapsed.TotalSeconds:F0} articles/s, batched) into {db}");
        }

        var time = TimeProvider.System;
        var windows = new MentionWindows(new NewsEvents(NullLogger<NewsEvents>.Instance), time);
        var load = Stopwatch.StartNew();
        await windows.LoadAsync(database);
        Console.WriteLine($"mention windows loaded in {load.ElapsedMilliseconds} ms");
        var entities = new EntityQueries(database, time, windows);
        var meetings = new MeetingQueries(database);
        var quotes = new QuoteQueries(database);
        var store = new ArticleStore(database);
        var search = new SearchQueries(database);
        var someEntity = (await entities.TopAsync("person", MentionWindow.All, 1))[0].Id;
        var someMeeting = (await meetings.ListAsync(MeetingFilter.None))[0].Id;
        var today = DateOnly.FromDateTime(now.UtcDateTime);

        var cases = new (string Name, Func<Task> Query)[]
        {
            ("mentions people 1h", () => entities.TopAsync("person", MentionWindow.Hour, 20)),
            ("mentions people 24h", () => entities.TopAsync("person", MentionWindow.Day, 20)),
            ("mentions people 7d", () => entities.TopAsync("person", MentionWindow.Week, 20)),
            ("mentions people all", () => entities.TopAsync("person", MentionWindow.All, 20)),
            ("mentions countries 24h", () => entities.TopAsync("country", MentionWindow.Day, 20)),
            ("mentions organisations 7d", () => entities.TopAsync("organization", MentionWindow.Week, 20)),
            ("meetings newest 100", () => meetings.ListAsync(MeetingFilter.None)),
            ("meetings country=SY", () => meetings.ListAsync(new MeetingFilter(["SY"], false, null, null))),
            ("meetings SY+RU match=all", () => meetings.ListAsync(new MeetingFilter(["SY", "RU"], true, null, null))),
            ("meetings SY, last 7 days", () => meetings.ListAsync(new MeetingFilter(["SY"], false, today.AddDays(-7), today))),
            ("quotes newest 50", () => quotes.ListAsync(null, null, 50)),
            ("quotes country=RU", () => quotes.ListAsync(["RU"], null, 50)),
            ("quotes by speaker", () => quotes.ListAsync(null, someEntity, 50)),
            ("articles newest 30", () => store.ListAsync(30, null)),
            ("entity detail", () => entities.GetAsync(someEntity)),
            ("meeting detail", () => meetings.GetAsync(someMeeting)),
            ("search 'talks moscow'", () => search.SearchAsync("talks moscow", 20)),
        };

        Console.WriteLine($"| query ({articles:N0} articles) | p50 ms | p95 ms | max ms |");
        Console.WriteLine("|---|---:|---:|---:|");
        foreach (var (name, query) in cases)
        {
            for (var i = 0; i < 3; i++)
            {
                await query();
            }

            var stats = new Stats();
            for (var i = 0; i < runs; i++)
            {
                var watch = Stopwatch.StartNew();
                await query();
                stats.Add(watch.Elapsed.TotalMilliseconds);
            }

            Console.WriteLine($"| {name} | {stats.Percentile(50):F2} | {stats.Percentile(95):F2} | {stats.Max:F2} |");
        }

        return 0;
    }

    private static async Task GenerateAsync(Database database, int count, DateTimeOffset now)
    {
        var random = new Random(20250731);
        var people = Enumerable.Range(0, 3000).Select(i => Entity("person", $"Person {i}", Countries[i % Countries.Length], i % 5 == 0 ? "Minister of Foreign Affairs" : "President")).ToArray();
        var countries = Countries.Select(c => Entity("country", $"Country {c}", c, null)).ToArray();
        var organizations = Enumerable.Range(0, 300).Select(i => Entity("organization", $"Organisation {i}", null, null)).ToArray();
        var places = Enumerable.Range(0, 500).Select(i => Entity("place", $"City {i}", Countries[i % Countries.Length], null)).ToArray();
        string[] words = ["talks", "minister", "summit", "ceasefire", "border", "sanctions", "election", "Moscow", "Damascus", "visit", "agreement", "energy", "grain", "ports"];

        const int batch = 1000;
        for (var start = 0; start < count; start += batch)
        {
            await using var connection = await database.OpenAsync();
            using var sql = new PreparedStatements(connection);
            using var transaction = connection.BeginTransaction();
            sql.Transaction = transaction;
            for (var i = start; i < Math.Min(count, start + batch); i++)
            {
                var ingested = now - TimeSpan.FromDays(30) * (1 - ((double)i / count));
                var chosen = new[] { Pick(people, random), Pick(people, random), Pick(people, random), Pick(countries, random), Pick(countries, random), Pick(organizations, random), Pick(places, random) }
                    .DistinctBy(e => e.Id).Select(e => e with { Mentions = random.Next(1, 6) }).ToList();
                var persons = chosen.Where(e => e.Type == "person").ToList();
                var meetings = new List<ExtractedMeeting>();
                if (random.NextDouble() < 0.2 && persons.Count >= 2)
                {
                    var place = chosen.First(e => e.Type == "place");
                    meetings.Add(new ExtractedMeeting(
                        persons.Take(2).Select(p => new MeetingParticipant(p.Id, p.Name, p.Country, p.Role)).ToList(),
                        place.Name, place.Country, ingested.AddDays(-random.Next(0, 2)).ToString("yyyy-MM-dd"),
                        MeetingStatus.Held, MeetingKind.Meeting, $"{persons[0].Name} met {persons[1].Name} in {place.Name}."));
                }

                var quotes = new List<ExtractedQuote>();
                if (random.NextDouble() < 0.3)
                {
                    quotes.Add(new ExtractedQuote(persons[0].Name, persons[0].Id, persons[0].Country,
                        $"We discussed {words[random.Next(words.Length)]} and {words[random.Next(words.Length)]} today, statement {i}", "en"));
                }

                var body = string.Join(' ', Enumerable.Range(0, 80).Select(_ => words[random.Next(words.Length)])) + $" (article {i})";
                var input = new ArticleInput(body, $"Generated article {i}", "Generator", $"https://example.org/generated/{i}", ingested, "en");
                var result = new ExtractionResult(null, "en", input.Title!, ingested, chosen, meetings, quotes);
                var id = ArticleStore.InsertArticle(sql, input, result, ArticleStore.ContentHash(input.Title!, body), ingested);
                new ExtractionWriter(sql, id, ingested, result.Published).Write(result);
            }

            transaction.Commit();
        }

        await using var analyze = await database.OpenAsync();
        using var command = analyze.CreateCommand();
        command.CommandText = "ANALYZE; PRAGMA optimize;";
        await command.ExecuteNonQueryAsync();
    }

    private static ExtractedEntity Entity(string type, string name, string? country, string? role)
        => new($"{type}/{name.ToLowerInvariant().Replace(' ', '-')}", type, name, country, role, 1, [name]);

    // Skewed popularity: a few entities dominate, as in real news.
    private static ExtractedEntity Pick(ExtractedEntity[] pool, Random random)
        => pool[(int)(pool.Length * Math.Pow(random.NextDouble(), 3))];

    internal static int IntOption(string[] args, string name, int fallback)
        => StringOption(args, name) is { } value && int.TryParse(value, out var parsed) ? parsed : fallback;

    internal static string? StringOption(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }
}
