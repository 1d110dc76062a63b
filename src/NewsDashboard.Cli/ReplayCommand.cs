using System.Globalization;

namespace NewsDashboard.Cli;

/// <summary>
/// <c>newsdash replay DIR --server URL --api-key KEY [--every 5s] [--loop]</c>: posts the folder's .txt files in name
/// order at a steady rate, for demos. Ctrl+C stops it.
/// </summary>
public static class ReplayCommand
{
    public static readonly TimeSpan DefaultEvery = TimeSpan.FromSeconds(5);

    /// <summary>From the console: Ctrl+C cancels the replay instead of killing the process mid-request.</summary>
    public static async Task<int> RunFromConsoleAsync(string[] args, TextWriter stdout, TextWriter stderr)
    {
        using var stop = new CancellationTokenSource();
        ConsoleCancelEventHandler handler = (_, e) =>
        {
            e.Cancel = true;
            stop.Cancel();
        };
        Console.CancelKeyPress += handler;
        try
        {
            return await RunAsync(args, stdout, stderr, stop.Token);
        }
        finally
        {
            Console.CancelKeyPress -= handler;
        }
    }

    /// <returns>0 when every post succeeded (or was a duplicate) until the end or until cancelled, 1 when any failed, 2 on bad usage.</returns>
    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        Uri server;
        string key;
        string folder;
        var every = DefaultEvery;
        var loop = false;
        try
        {
            (server, key, var rest) = ServerClient.ParseConnection("replay", args, ["--every", "--loop"]);
            var positional = new List<string>();
            for (var i = 0; i < rest.Count; i++)
            {
                switch (rest[i])
                {
                    case "--every":
                        every = i + 1 < rest.Count ? ParseInterval(rest[++i]) : throw new UsageException("replay: --every needs an interval such as 500ms, 5s or 1m");
                        break;
                    case "--loop":
                        loop = true;
                        break;
                    default:
                        positional.Add(rest[i]);
                        break;
                }
            }

            folder = positional.Count == 1 ? positional[0] : throw new UsageException("replay: give exactly one DIR");
            if (!Directory.Exists(folder))
            {
                throw new UsageException($"replay: '{folder}' is not a folder");
            }
        }
        catch (UsageException ex)
        {
            return await Commands.UsageErrorAsync(stderr, ex.Message);
        }

        var files = Directory.EnumerateFiles(folder, "*.txt").Order(StringComparer.Ordinal).ToList();
        if (files.Count == 0)
        {
            await stderr.WriteLineAsync($"newsdash: replay: no .txt files in '{folder}'");
            return 1;
        }

        using var client = new ServerClient(server, key);
        using var timer = new PeriodicTimer(every);
        var failed = 0;
        try
        {
            var first = true;
            do
            {
                foreach (var file in files)
                {
                    // A steady rate: the first post goes at once, each next one on the timer's beat.
                    if (!first && !await timer.WaitForNextTickAsync(cancellationToken))
                    {
                        break;
                    }

                    first = false;
                    var (line, isFailure) = await client.PostFileAsync(file, cancellationToken);
                    await stdout.WriteLineAsync(line);
                    failed += isFailure ? 1 : 0;
                }
            }
            while (loop);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await stderr.WriteLineAsync("newsdash: replay stopped");
        }

        return failed == 0 ? 0 : 1;
    }

    /// <summary><c>500ms</c>, <c>5s</c>, <c>1m</c>, <c>1h</c>, or a .NET interval such as <c>00:00:05</c>.</summary>
    public static TimeSpan ParseInterval(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var value = text.Trim();
        foreach (var (suffix, unit) in Units)
        {
            if (value.EndsWith(suffix, StringComparison.OrdinalIgnoreCase)
                && double.TryParse(value[..^suffix.Length], NumberStyles.Float, CultureInfo.InvariantCulture, out var amount)
                && amount > 0 && amount * unit.TotalMilliseconds <= TimeSpan.FromDays(1).TotalMilliseconds)
            {
                return TimeSpan.FromMilliseconds(amount * unit.TotalMilliseconds);
            }
        }

        if (TimeSpan.TryParse(value, CultureInfo.InvariantCulture, out var span) && span > TimeSpan.Zero)
        {
            return span;
        }

        throw new UsageException($"replay: '{text}' is not an interval such as 500ms, 5s or 1m");
    }

    // Longest suffix first, so "ms" is not read as "s".
    private static readonly (string Suffix, TimeSpan Unit)[] Units =
    [
        ("ms", TimeSpan.FromMilliseconds(1)),
        ("s", TimeSpan.FromSeconds(1)),
        ("m", TimeSpan.FromMinutes(1)),
        ("h", TimeSpan.FromHours(1)),
    ];
}
