using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Playwright;
using NewsDashboard.Extraction;
using NewsDashboard.Tests.Shared;
using static NewsDashboard.Load.QueryBenchmark;

namespace NewsDashboard.Load;

/// <summary>
/// Posts articles at a set rate to a NewsDashboard server it starts itself on loopback (fresh database), with N
/// SignalR clients and M Chromium dashboard pages connected, and reports post-to-client and post-to-screen
/// latency, throughput, errors, server CPU and memory, and memory per circuit. Bounded in count and time.
/// </summary>
public static class LoadTool
{
    public static async Task<int> RunAsync(string[] args)
    {
        var rate = IntOption(args, "--rate", 20);
        var seconds = Math.Clamp(IntOption(args, "--seconds", 30), 1, 600);
        var hubClients = Math.Clamp(IntOption(args, "--hub-clients", 200), 0, 2000);
        var pages = Math.Clamp(IntOption(args, "--pages", 0), 0, 100);
        var path = StringOption(args, "--page") ?? "/";
        var folders = ArticleFolders(args);
        var chromium = StringOption(args, "--chromium") ?? "/usr/bin/chromium";
        var minimized = args.Contains("--minimized");

        var articles = ReadArticles(folders);
        Console.WriteLine($"load: {rate}/s for {seconds} s ({(rate == 0 ? "as fast as possible" : $"{rate * seconds} articles")}), {hubClients} hub clients, {pages} pages on {path}; {articles.Count} team articles as templates");

        using var server = await Server.StartAsync();
        Console.WriteLine($"server: pid {server.Pid} on {server.Address}, first answer after {server.StartupMs:F0} ms");
        using var http = server.CreateApiClient();

        // The team's articles first, unmeasured: the dashboards have content, and the first article's one-off costs
        // (loading the lexicons, compiling the ingest path) are start-up, measured on their own, not latency.
        using (var warmUp = new CancellationTokenSource(TimeSpan.FromSeconds(120)))
        {
            await PostSeedsAsync(http, articles, warmUp.Token);
        }

        await Task.Delay(1000);

        var sent = new ConcurrentDictionary<string, long>(StringComparer.Ordinal);
        var hubLatency = new Stats();
        var pageLatency = new Stats();
        var connections = new List<HubConnection>();
        for (var i = 0; i < hubClients; i++)
        {
            var connection = new HubConnectionBuilder().WithUrl(new Uri(server.Address, "hubs/news")).Build();
            connection.On<ArticleEvent>("ArticleIngested", a =>
            {
                if (sent.TryGetValue(a.Title, out var at))
                {
                    hubLatency.Add(Stopwatch.GetElapsedTime(at).TotalMilliseconds);
                }
            });
            connections.Add(connection);
        }

        await Parallel.ForEachAsync(connections, new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (c, ct) => await c.StartAsync(ct));
        var rssBeforePages = server.RssMegabytes();

        IPlaywright? playwright = null;
        IBrowser? browser = null;
        var openPages = new List<IPage>();
        double? firstRenderMs = null;
        if (pages > 0)
        {
            playwright = await Playwright.CreateAsync();
            browser = await playwright.Chromium.LaunchAsync(new()
            {
                ExecutablePath = chromium,
                Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
            });
            for (var i = 0; i < pages; i++)
            {
                var page = await browser.NewPageAsync();
                // Records when each headline, quote or meeting text first appears, by the page's own clock.
                await page.AddInitScriptAsync("""
                    window.__seen = {};
                    const check = node => {
                      const text = node.textContent;
                      if (!text || text.indexOf('#load-') < 0) return;
                      for (const m of text.matchAll(/#load-\d+/g)) if (!(m[0] in window.__seen)) window.__seen[m[0]] = Date.now();
                    };
                    // Only what was added or changed: a whole-document scan per mutation would measure the tool, not the app.
                    new MutationObserver(records => {
                      for (const r of records) {
                        if (r.type === 'characterData') check(r.target);
                        for (const n of r.addedNodes) check(n);
                      }
                    }).observe(document, { subtree: true, childList: true, characterData: true });
                    """);
                var watch = Stopwatch.StartNew();
                await page.GotoAsync(new Uri(server.Address, path).ToString());
                await page.WaitForSelectorAsync("[data-interactive=true]", new() { Timeout = 30_000 });
                firstRenderMs ??= watch.Elapsed.TotalMilliseconds;
                if (minimized)
                {
                    // The page keeps its circuit, its script and its DOM, and stops painting (a hidden window).
                    var cdp = await page.Context.NewCDPSessionAsync(page);
                    var window = await cdp.SendAsync("Browser.getWindowForTarget");
                    await cdp.SendAsync("Browser.setWindowBounds", new Dictionary<string, object>
                    {
                        ["windowId"] = window!.Value.GetProperty("windowId").GetInt32(),
                        ["bounds"] = new Dictionary<string, object> { ["windowState"] = "minimized" },
                    });
                }

                openPages.Add(page);
            }
        }

        await Task.Delay(1000);
        var rssWithPages = server.RssMegabytes();
        var cpuBefore = server.CpuSeconds();
        var postedAt = new ConcurrentDictionary<string, long>(StringComparer.Ordinal);
        var outcome = new PostOutcome();
        var (errors, clock) = (outcome.Errors, Stopwatch.StartNew());
        using var sampling = new CancellationTokenSource();
        var sampler = SampleMemoryAsync(server, openPages, clock, sampling.Token);
        var tasks = new List<Task>();
        var n = 0;
        var total = rate == 0 ? int.MaxValue : rate * seconds;
        while (n < total && clock.Elapsed.TotalSeconds < seconds)
        {
            if (rate > 0)
            {
                var due = TimeSpan.FromSeconds((double)n / rate);
                if (due > clock.Elapsed)
                {
                    await Task.Delay(due - clock.Elapsed);
                }
            }
            else if (tasks.Count(t => !t.IsCompleted) >= 16)
            {
                await Task.WhenAny(tasks.Where(t => !t.IsCompleted));
            }

            var number = n++;
            tasks.Add(Task.Run(() => PostMarkedAsync(http, articles, number, outcome, (title, key) =>
            {
                sent[title] = Stopwatch.GetTimestamp();
                postedAt[key] = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
            })));
        }

        await Task.WhenAll(tasks);
        var elapsed = clock.Elapsed.TotalSeconds;
        await sampling.CancelAsync();
        await sampler;
        await Task.Delay(2000);
        var cpu = server.CpuSeconds() - cpuBefore;
        var rssAfter = server.RssMegabytes();

        foreach (var page in openPages)
        {
            var seen = await page.EvaluateAsync<Dictionary<string, double>>("() => window.__seen");
            foreach (var (key, at) in seen)
            {
                if (postedAt.TryGetValue(key, out var posted))
                {
                    pageLatency.Add(at - posted);
                }
            }
        }

        Console.WriteLine($"posted {n} in {elapsed:F1} s: {outcome.Created} created ({outcome.Created / elapsed:F1} articles/s), errors: {(errors.IsEmpty ? "none" : string.Join(", ", errors.Select(e => $"{e.Key}×{e.Value}")))}");
        Console.WriteLine($"post → hub client ({hubClients} clients, {hubLatency.Count} receipts): {hubLatency.Summary()}");
        if (pages > 0)
        {
            Console.WriteLine($"post → screen ({pages} pages, {pageLatency.Count} appearances): {pageLatency.Summary()}");
            Console.WriteLine($"first rendered dashboard after {firstRenderMs:F0} ms; server RSS {rssBeforePages:F0} MB before pages, {rssWithPages:F0} MB with {pages} pages: {(rssWithPages - rssBeforePages) / pages:F2} MB per circuit");
        }

        Console.WriteLine($"server: CPU {cpu:F1} s over {elapsed:F1} s ({cpu / elapsed * 100:F0}% of one core), RSS {rssAfter:F0} MB at the end");

        foreach (var connection in connections)
        {
            await connection.DisposeAsync();
        }

        if (browser is not null)
        {
            await browser.DisposeAsync();
        }

        playwright?.Dispose();
        return errors.IsEmpty ? 0 : 1;
    }

    // Every 30 s: server RSS and the first page's JavaScript heap, to see whether memory grows over a long run.
    private static async Task SampleMemoryAsync(Server server, List<IPage> pages, Stopwatch clock, CancellationToken cancellationToken)
    {
        try
        {
            while (true)
            {
                await Task.Delay(TimeSpan.FromSeconds(30), cancellationToken);
                var heap = pages.Count == 0 ? double.NaN
                    : await pages[0].EvaluateAsync<double>("() => performance.memory ? performance.memory.usedJSHeapSize / 1048576 : NaN");
                Console.WriteLine($"  t={clock.Elapsed.TotalSeconds:F0} s: server RSS {server.RssMegabytes():F0} MB, page JS heap {heap:F1} MB");
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    /// <summary>The articles (<c>*.txt</c>) in <paramref name="folders"/>, in file-name order across the folders.</summary>
    internal static List<ArticleInput> ReadArticles(IEnumerable<string> folders)
        => folders.SelectMany(folder => Directory.EnumerateFiles(folder, "*.txt"))
            .OrderBy(Path.GetFileName, StringComparer.Ordinal)
            .Select(f => ArticleText.Parse(File.ReadAllText(f), Path.GetFileName(f))).ToList();

    /// <summary>
    /// <c>--templates DIR</c> (<c>--seeds DIR</c> in older command lines) when given; otherwise the team's fictional
    /// fixture articles (<c>tests/fixtures/articles/</c>) and the seed article (<c>seeds/</c>): the 37 articles the
    /// figures in docs/performance.md were measured with, in the same order.
    /// </summary>
    internal static string[] ArticleFolders(string[] args)
        => (StringOption(args, "--templates") ?? StringOption(args, "--seeds")) is { } folder ? [folder] : FindArticleFolders();

    /// <summary>
    /// Posts load article <paramref name="number"/>: team article number mod count, its title and body marked
    /// "#load-number" so every client and page can tell it apart. <paramref name="sending"/> gets the title and the
    /// marker just before the POST; the outcome is counted in <paramref name="outcome"/>.
    /// </summary>
    internal static async Task PostMarkedAsync(HttpClient http, List<ArticleInput> articles, int number, PostOutcome outcome, Action<string, string> sending)
    {
        var template = articles[number % articles.Count];
        var key = $"#load-{number}";
        var title = $"{template.Title} {key}";
        sending(title, key);
        if (await PostArticleAsync(http, template, title, $"{template.Body}\n{key}") is { } error)
        {
            outcome.Errors.AddOrUpdate(error, 1, (_, v) => v + 1);
        }
        else
        {
            Interlocked.Increment(ref outcome.Created);
        }
    }

    /// <summary>Posts each of the team's articles once, unmarked, retrying when rate-limited; reports how many went in.</summary>
    internal static async Task PostSeedsAsync(HttpClient api, List<ArticleInput> articles, CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        var seeded = 0;
        foreach (var article in articles)
        {
            string? error;
            var attempt = 0;
            while ((error = await PostArticleAsync(api, article, article.Title, article.Body)) == "429" && ++attempt < 10)
            {
                await Task.Delay(1000, cancellationToken);
            }

            seeded += error is null ? 1 : 0;
        }

        Console.WriteLine($"seeds: {seeded} of {articles.Count} team articles posted in {watch.Elapsed.TotalSeconds:F1} s (not measured)");
    }

    /// <summary>Posts one article shaped on <paramref name="template"/>; null when created, else the status or error.</summary>
    internal static async Task<string?> PostArticleAsync(HttpClient http, ArticleInput template, string? title, string body)
    {
        try
        {
            using var response = await http.PostAsJsonAsync("api/articles", new { title, body, language = template.Language, source = "load", published = template.Published?.ToString("O") });
            return response.StatusCode == HttpStatusCode.Created ? null : ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        catch (HttpRequestException ex)
        {
            return ex.GetType().Name;
        }
    }

    private static string[] FindArticleFolders()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var fixtures = Path.Combine(dir.FullName, "tests", "fixtures", "articles");
            if (Directory.Exists(fixtures) && File.Exists(Path.Combine(dir.FullName, "NewsDashboard.sln")))
            {
                var seeds = Path.Combine(dir.FullName, "seeds");
                return Directory.Exists(seeds) ? [fixtures, seeds] : [fixtures];
            }
        }

        throw new DirectoryNotFoundException("tests/fixtures/articles not found; pass --templates DIR");
    }

    private sealed record ArticleEvent(long Id, long Seq, string Title);
}

/// <summary>
/// The web app as a child process on a free loopback port with a fresh database (shared by the <c>load</c> and
/// <c>circuits</c> modes). Counts the warnings and errors it logs, and can echo its log.
/// </summary>
internal sealed class Server : IDisposable
{
    public const string ApiKey = "load-key";

    private readonly string _folder;
    private readonly bool _echoLog;
    private Process? _process; // set once the app answers

    private Process Process => _process ?? throw new InvalidOperationException("the server has not started");
    private readonly List<string> _problems = [];
    private readonly Lock _gate = new();
    private int _warnings;
    private int _errors;
    private int _continuation;

    private Server(Uri address, string folder, bool echoLog)
    {
        Address = address;
        _folder = folder;
        _echoLog = echoLog;
    }

    public Uri Address { get; }

    public double StartupMs { get; private set; }

    public int Pid => Process.Id;

    /// <summary>Log entries at warning level so far ("warn:" lines of the console logger).</summary>
    public int LogWarnings
    {
        get
        {
            lock (_gate)
            {
                return _warnings;
            }
        }
    }

    /// <summary>Log entries at error or critical level so far ("fail:" and "crit:" lines).</summary>
    public int LogErrors
    {
        get
        {
            lock (_gate)
            {
                return _errors;
            }
        }
    }

    /// <summary>The first few warnings and errors (level, category and message), for the report.</summary>
    public IReadOnlyList<string> Problems
    {
        get
        {
            lock (_gate)
            {
                return [.. _problems];
            }
        }
    }

    /// <param name="echoLog">Print the server's output (its log) prefixed with "[server]".</param>
    public static async Task<Server> StartAsync(bool echoLog = false)
    {
        var address = new Uri($"http://127.0.0.1:{WebAppProcess.FreePort()}/");
        var folder = Directory.CreateTempSubdirectory("newsdash-load").FullName;
        var server = new Server(address, folder, echoLog);
        var watch = Stopwatch.StartNew();
        try
        {
            server._process = await WebAppProcess.StartAsync(
                address,
                new Dictionary<string, string>
                {
                    ["ASPNETCORE_ENVIRONMENT"] = "Development",
                    ["ConnectionStrings__News"] = $"Data Source={Path.Combine(folder, "news.db")}",
                    ["Api__Keys__0"] = ApiKey,
                    ["Ingest__SeedsPath"] = string.Empty,
                    ["Ingest__MaxQueue"] = "100000",
                    ["Logging__LogLevel__Default"] = "Warning",
                },
                server.OnLine,
                TimeSpan.FromSeconds(60));
        }
        catch
        {
            server.Dispose();
            throw;
        }

        server.StartupMs = watch.Elapsed.TotalMilliseconds;
        return server;
    }

    /// <summary>A client for the server's API, with the API key set.</summary>
    public HttpClient CreateApiClient()
    {
        var http = new HttpClient { BaseAddress = Address };
        http.DefaultRequestHeaders.Add("X-Api-Key", ApiKey);
        return http;
    }

    public double RssMegabytes()
    {
        var line = File.ReadLines($"/proc/{Pid}/status").FirstOrDefault(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
        return line is null ? double.NaN : double.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], System.Globalization.CultureInfo.InvariantCulture) / 1024;
    }

    public double CpuSeconds()
    {
        Process.Refresh();
        return Process.TotalProcessorTime.TotalSeconds;
    }

    // The console logger writes "warn: Category[id]" and then the message, indented, on the next line(s).
    private void OnLine(string? line)
    {
        if (line is null)
        {
            return;
        }

        if (_echoLog)
        {
            Console.WriteLine($"  [server] {line}");
        }

        var level = line.Length >= 5 ? line[..5] : line;
        lock (_gate)
        {
            if (level is "warn:" or "fail:" or "crit:")
            {
                if (level == "warn:")
                {
                    _warnings++;
                }
                else
                {
                    _errors++;
                }

                _continuation = _problems.Count < 10 ? 1 : 0;
                if (_continuation > 0)
                {
                    _problems.Add(line);
                }
            }
            else if (_continuation > 0)
            {
                _continuation--;
                _problems[^1] += " " + line.Trim();
            }
        }
    }

    public void Dispose()
    {
        if (_process is { } process)
        {
            if (!process.HasExited)
            {
                process.Kill(true);
                process.WaitForExit();
            }

            process.Dispose();
        }

        try
        {
            Directory.Delete(_folder, true);
        }
        catch (IOException)
        {
        }
    }
}

/// <summary>How the posts of a load run ended: articles created, and the other answers by status or error.</summary>
internal sealed class PostOutcome
{
#pragma warning disable CA1051 // A counter shared with Interlocked.
    public int Created;
#pragma warning restore CA1051

    public ConcurrentDictionary<string, int> Errors { get; } = new(StringComparer.Ordinal);
}
