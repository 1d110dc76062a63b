using System.Collections.Concurrent;
using System.Diagnostics;
using NewsDashboard.Extraction;
using static NewsDashboard.Load.QueryBenchmark;

namespace NewsDashboard.Load;

/// <summary>
/// Opens N real Blazor Server circuits (no browser: see <see cref="CircuitClient"/>) on a dashboard page of a server
/// it starts itself on loopback (fresh database, the team's articles posted first), and reports the server's
/// memory before and with them, memory per circuit, and server CPU. Optionally posts articles at a set rate while
/// every circuit stays connected and receives the dashboard's updates. Bounded in count (2,000) and time (posting
/// the team's articles and opening the circuits within 600 s; posting at a rate for at most 600 s).
/// </summary>
internal static class CircuitLoad
{
    private static readonly TimeSpan OpenTimeout = TimeSpan.FromSeconds(60);

    public static async Task<int> RunAsync(string[] args)
    {
        var count = Math.Clamp(IntOption(args, "--count", 1000), 1, 2000);
        var path = StringOption(args, "--page") ?? "/";
        var rate = Math.Clamp(IntOption(args, "--rate", 0), 0, 200);
        var seconds = Math.Clamp(IntOption(args, "--seconds", 30), 1, 600);
        var concurrency = Math.Clamp(IntOption(args, "--concurrency", 16), 1, 64);
        var settle = Math.Clamp(IntOption(args, "--settle", 15), 1, 60);
        var folders = LoadTool.ArticleFolders(args);
        if (!path.StartsWith('/') || path.StartsWith("//", StringComparison.Ordinal))
        {
            Console.Error.WriteLine("--page must be a path on the server, such as / or /screen");
            return 2;
        }

        // Posting the team's articles and opening the circuits end within 600 s.
        using var budget = new CancellationTokenSource(TimeSpan.FromSeconds(600));
        var articles = LoadTool.ReadArticles(folders);
        Console.WriteLine($"circuits: {count} on {path}, {concurrency} opening at a time{(rate > 0 ? $"; then {rate} articles/s for {seconds} s" : string.Empty)}");
        using var server = await Server.StartAsync(args.Contains("--server-log"));
        Console.WriteLine($"server: pid {server.Pid} on {server.Address}, first answer after {server.StartupMs:F0} ms");
        using var api = server.CreateApiClient();
        var page = new Uri(server.Address, path);

        await LoadTool.PostSeedsAsync(api, articles, budget.Token);
        await Task.Delay(2000, budget.Token);
        var rssBefore = server.RssMegabytes();
        var tally = new CircuitTally();
        var circuits = new ConcurrentQueue<CircuitClient>();
        var failures = new ConcurrentDictionary<string, int>(StringComparer.Ordinal);
        using var pages = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = concurrency }) { Timeout = OpenTimeout };

        async Task OpenOneAsync(CancellationToken cancellationToken)
        {
            try
            {
                circuits.Enqueue(await CircuitClient.OpenAsync(pages, page, tally, OpenTimeout, cancellationToken));
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !budget.IsCancellationRequested)
            {
                var reason = $"{ex.GetType().Name}: {ex.Message}";
                failures.AddOrUpdate(reason.Length > 160 ? reason[..160] : reason, 1, (_, n) => n + 1);
            }
        }

        // The first circuit alone: what the first one costs (code, caches) shows apart from the others.
        var cpuBefore = server.CpuSeconds();
        var ramp = Stopwatch.StartNew();
        await OpenOneAsync(budget.Token);
        var firstMs = ramp.Elapsed.TotalMilliseconds;
        await Task.Delay(2000, budget.Token);
        var rssFirst = server.RssMegabytes();
        Console.WriteLine($"first circuit: {(circuits.IsEmpty ? "FAILED" : $"rendered after {firstMs:F0} ms")}; server RSS {rssBefore:F0} MB before, {rssFirst:F0} MB with it");

        var step = Math.Max(50, count / 10);
        var opened = 1;
        try
        {
            await Parallel.ForEachAsync(
                Enumerable.Range(1, count - 1),
                new ParallelOptions { MaxDegreeOfParallelism = concurrency, CancellationToken = budget.Token },
                async (_, cancellationToken) =>
                {
                    await OpenOneAsync(cancellationToken);
                    var done = Interlocked.Increment(ref opened);
                    if (done % step == 0)
                    {
                        Console.WriteLine($"  {done} tried ({circuits.Count} open) after {ramp.Elapsed.TotalSeconds:F1} s: server RSS {server.RssMegabytes():F0} MB");
                    }
                });
        }
        catch (OperationCanceledException)
        {
            Console.WriteLine("  the 600 s budget ran out while opening circuits");
        }

        var rampSeconds = ramp.Elapsed.TotalSeconds;
        var rampCpu = server.CpuSeconds() - cpuBefore;
        var started = circuits.Count;
        Console.WriteLine($"opened {started} of {count} circuits in {rampSeconds:F1} s ({started / rampSeconds:F1}/s); failed: {Describe(failures)}");
        Console.WriteLine($"page request → page rendered: {tally.Rendered.Summary()}");
        Console.WriteLine($"render batches until rendered, per circuit: min {tally.RenderedKilobytes.Percentile(0):F1} KB, median {tally.RenderedKilobytes.Percentile(50):F1} KB, max {tally.RenderedKilobytes.Max:F1} KB");

        // Idle: every circuit connected, nothing posted. CPU is counted over the last 5 s of the wait only: right
        // after the circuits open the runtime is still collecting what opening them left behind.
        var batchesBefore = tally.Batches;
        await Task.Delay(TimeSpan.FromSeconds(Math.Max(0, settle - 5)), CancellationToken.None);
        var idleCpuBefore = server.CpuSeconds();
        var idle = Stopwatch.StartNew();
        await Task.Delay(TimeSpan.FromSeconds(Math.Min(5, settle)), CancellationToken.None);
        var rssWith = server.RssMegabytes();
        var idleSeconds = idle.Elapsed.TotalSeconds;
        var idleCpu = server.CpuSeconds() - idleCpuBefore;
        var connected = circuits.Count(c => !c.IsClosed);
        Console.WriteLine($"server RSS {rssBefore:F0} MB before circuits, {rssWith:F0} MB with {started} circuits ({connected} still connected after {settle} s)");
        if (started > 0)
        {
            Console.WriteLine($"  → {(rssWith - rssBefore) / started:F2} MB per circuit{(started > 1 ? $" ({(rssWith - rssFirst) / (started - 1):F2} MB each after the first, which took {rssFirst - rssBefore:F0} MB)" : string.Empty)}; at that rate 1,000 circuits ≈ {rssBefore + (rssWith - rssBefore) / started * 1000:F0} MB");
        }

        Console.WriteLine($"render batches: {tally.Batches} ({tally.Bytes / 1024.0 / 1024:F1} MB), {(tally.Batches - batchesBefore) / (double)settle:F0}/s while idle; per circuit median {Median(circuits.Select(c => (double)c.Batches)):F0}");
        Console.WriteLine($"server CPU: {rampCpu:F1} s while opening ({rampCpu / rampSeconds * 100:F0}% of one core), {idleCpu / idleSeconds * 100:F0}% of one core while idle with {connected} circuits (the last {idleSeconds:F0} s of {settle})");

        var posting = new PostOutcome();
        if (rate > 0 && started > 0)
        {
            await PostAsync(server, api, articles, rate, seconds, tally, circuits, posting);
        }

        Console.WriteLine($"JS interop and other calls from the server ({tally.JsCalls.Values.Sum()}):");
        foreach (var (identifier, calls) in tally.JsCalls.OrderByDescending(c => c.Value))
        {
            Console.WriteLine($"  {identifier}: {calls}");
        }

        Console.WriteLine($"client-side problems: {Describe(tally.Problems)}");
        foreach (var sample in tally.ProblemSamples)
        {
            Console.WriteLine($"  {sample}");
        }

        Console.WriteLine($"server log: {server.LogWarnings} warnings, {server.LogErrors} errors");
        foreach (var problem in server.Problems)
        {
            Console.WriteLine($"  {(problem.Length > 400 ? problem[..400] + "…" : problem)}");
        }

        var failed = !failures.IsEmpty || tally.Problems.Count > 0 || !posting.Errors.IsEmpty || server.LogErrors > 0;

        // Closing every connection at once (as when many tabs close) is itself something the server must handle.
        var (warnings, errors, seen) = (server.LogWarnings, server.LogErrors, server.Problems.Count);
        using (var closing = new CancellationTokenSource(TimeSpan.FromSeconds(30)))
        {
            try
            {
                await Task.WhenAll(circuits.Select(c => c.DisposeAsync().AsTask())).WaitAsync(closing.Token);
            }
            catch (OperationCanceledException)
            {
            }
        }

        await Task.Delay(2000, CancellationToken.None);
        Console.WriteLine($"server log while the circuits closed: {server.LogWarnings - warnings} warnings, {server.LogErrors - errors} errors");
        foreach (var problem in server.Problems.Skip(seen))
        {
            Console.WriteLine($"  {(problem.Length > 400 ? problem[..400] + "…" : problem)}");
        }

        Console.WriteLine($"load tool CPU (shares the machine with the server): {Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds:F1} s in all");
        return failed ? 1 : 0;
    }

    // Posts at `rate` per second for `seconds` with every circuit connected; samples server RSS every 5 s.
    private static async Task PostAsync(
        Server server, HttpClient api, List<ArticleInput> articles, int rate, int seconds,
        CircuitTally tally, ConcurrentQueue<CircuitClient> circuits, PostOutcome outcome)
    {
        Console.WriteLine($"posting {rate} articles/s for {seconds} s with {circuits.Count(c => !c.IsClosed)} circuits connected:");
        var rssPeak = server.RssMegabytes();
        var batchesBefore = tally.Batches;
        var bytesBefore = tally.Bytes;
        var cpuBefore = server.CpuSeconds();
        var clock = Stopwatch.StartNew();
        var tasks = new List<Task>();
        var nextSample = TimeSpan.FromSeconds(5);
        var total = rate * seconds;
        for (var n = 0; n < total; n++)
        {
            var due = TimeSpan.FromSeconds((double)n / rate);
            if (due > clock.Elapsed)
            {
                await Task.Delay(due - clock.Elapsed);
            }

            if (clock.Elapsed >= nextSample)
            {
                var rss = server.RssMegabytes();
                rssPeak = Math.Max(rssPeak, rss);
                Console.WriteLine($"  t={clock.Elapsed.TotalSeconds:F0} s: server RSS {rss:F0} MB, {tally.Batches - batchesBefore} batches, {circuits.Count(c => !c.IsClosed)} connected");
                nextSample += TimeSpan.FromSeconds(5);
            }

            var number = n;
            tasks.Add(Task.Run(() => LoadTool.PostMarkedAsync(api, articles, number, outcome, (_, _) => tally.PostedAt[number] = Stopwatch.GetTimestamp())));
        }

        await Task.WhenAll(tasks);
        var elapsed = clock.Elapsed.TotalSeconds;
        var cpu = server.CpuSeconds() - cpuBefore;
        await Task.Delay(5000);
        var rssEnd = server.RssMegabytes();
        rssPeak = Math.Max(rssPeak, rssEnd);
        var connected = circuits.Count(c => !c.IsClosed);
        Console.WriteLine($"posted {tasks.Count} in {elapsed:F1} s: {outcome.Created} created, errors: {Describe(outcome.Errors)}");
        Console.WriteLine($"render batches while posting: {tally.Batches - batchesBefore} ({(tally.Bytes - bytesBefore) / 1024.0 / 1024:F1} MB, {(tally.Batches - batchesBefore) / (elapsed + 5):F0}/s)");
        Console.WriteLine($"post → render batch naming the article ({tally.PostToBatch.Count} of {tasks.Count} × {connected} possible): {tally.PostToBatch.Summary()}");
        Console.WriteLine($"server RSS peak {rssPeak:F0} MB, {rssEnd:F0} MB at the end (5 s after the last post), {connected} circuits still connected");
        Console.WriteLine($"server CPU: {cpu:F1} s over {elapsed:F1} s ({cpu / elapsed * 100:F0}% of one core)");
    }

    private static string Describe(IReadOnlyDictionary<string, int> counts)
        => counts.Count == 0 ? "none" : string.Join(", ", counts.OrderByDescending(c => c.Value).Select(c => $"{c.Key} ×{c.Value}"));

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count == 0 ? double.NaN : sorted[sorted.Count / 2];
    }
}
