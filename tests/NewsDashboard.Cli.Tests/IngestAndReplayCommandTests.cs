using System.Net.Http.Json;
using System.Text.Json;
using NewsDashboard.Cli;
using NewsDashboard.Tests.Shared;

namespace NewsDashboard.Cli.Tests;

public sealed class IngestAndReplayCommandTests : IClassFixture<IngestAndReplayCommandTests.App>, IDisposable
{
    private readonly NewsApp _app;
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "newsdash-cli-tests", Guid.NewGuid().ToString("N"));

    public IngestAndReplayCommandTests(App app)
    {
        _app = app.Instance;
        Directory.CreateDirectory(_folder);
    }

    public sealed class App : IDisposable
    {
        public NewsApp Instance { get; } = new();

        public void Dispose() => Instance.Dispose();
    }

    private string Write(string name, string content)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, content);
        return path;
    }

    private string[] Connection => ["--server", _app.BaseAddress.ToString(), "--api-key", NewsApp.ApiKey];

    private static async Task<(int Exit, string[] Lines, string Errors)> RunAsync(Func<TextWriter, TextWriter, Task<int>> command)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exit = await command(stdout, stderr);
        return (exit, stdout.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries), stderr.ToString());
    }

    [Fact]
    public async Task Ingest_TxtAndJsonFiles_PrintsCreatedThenDuplicateWithIds()
    {
        var txt = Write("a.txt", "---\nsource: Team Wire\n---\nSchool year starts with new timetable\n\nPupils return on Monday to a day that begins half an hour later.");
        var json = Write("b.json", """{"title":"Bakery wins regional prize","body":"The judges praised its rye bread above all."}""");

        var first = await RunAsync((o, e) => IngestCommand.RunAsync([.. Connection, txt, json], o, e));
        var second = await RunAsync((o, e) => IngestCommand.RunAsync([.. Connection, txt], o, e));

        Assert.Equal(0, first.Exit);
        Assert.Equal(2, first.Lines.Length);
        Assert.All(first.Lines, l => Assert.Matches(@"^created \d+ ", l));
        Assert.Equal(0, second.Exit);
        Assert.Equal(first.Lines[0].Replace("created", "duplicate", StringComparison.Ordinal), second.Lines[0]);
    }

    [Fact]
    public async Task Ingest_InvalidAndMissingFiles_PrintsFailedLinesAndExits1()
    {
        var bad = Write("bad.json", """{"title":"No body at all"}""");
        var good = Write("good.txt", "Weather turns mild\n\nForecasters expect a week of light winds and sunshine.");

        var run = await RunAsync((o, e) => IngestCommand.RunAsync([.. Connection, bad, Path.Combine(_folder, "absent.txt"), good], o, e));

        Assert.Equal(1, run.Exit);
        Assert.StartsWith("failed: 400 ", run.Lines[0], StringComparison.Ordinal);
        Assert.Contains("[body]", run.Lines[0], StringComparison.Ordinal);
        Assert.StartsWith("failed: cannot read", run.Lines[1], StringComparison.Ordinal);
        Assert.StartsWith("created ", run.Lines[2], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ingest_WrongKey_PrintsFailed401()
    {
        var file = Write("c.txt", "Key check\n\nThis article is sent with the wrong key.");

        var run = await RunAsync((o, e) => IngestCommand.RunAsync(["--server", _app.BaseAddress.ToString(), "--api-key", "wrong", file], o, e));

        Assert.Equal(1, run.Exit);
        Assert.StartsWith("failed: 401 ", Assert.Single(run.Lines), StringComparison.Ordinal);
    }

    public static TheoryData<string[]> BadUsage() => new()
    {
        new[] { "--api-key", "k", "x.txt" },
        new[] { "--server", "not a url", "--api-key", "k", "x.txt" },
        new[] { "--server", "http://127.0.0.1:9", "--api-key", "k" },
        new[] { "--server", "http://127.0.0.1:9", "--api-key", "k", "--fast", "x.txt" },
    };

    [Theory]
    [MemberData(nameof(BadUsage))]
    public async Task Ingest_BadUsage_Exits2WithMessage(string[] args)
    {
        var run = await RunAsync((o, e) => IngestCommand.RunAsync(args, o, e));

        Assert.Equal(2, run.Exit);
        Assert.Contains("newsdash: ingest", run.Errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Replay_Folder_PostsTxtFilesInNameOrder()
    {
        var dir = Path.Combine(_folder, "replay");
        Directory.CreateDirectory(dir);
        File.WriteAllText(Path.Combine(dir, "02.txt"), "Second story\n\nA lighthouse keeper retires after thirty years on the rock.");
        File.WriteAllText(Path.Combine(dir, "01.txt"), "First story\n\nVolunteers planted two hundred trees along the canal.");
        File.WriteAllText(Path.Combine(dir, "notes.md"), "not an article");

        var run = await RunAsync((o, e) => ReplayCommand.RunAsync(["replay-dir-placeholder", .. Connection, "--every", "50ms"], o, e));
        Assert.Equal(2, run.Exit);

        run = await RunAsync((o, e) => ReplayCommand.RunAsync([dir, .. Connection, "--every", "50ms"], o, e));

        Assert.Equal(0, run.Exit);
        Assert.Equal(2, run.Lines.Length);
        using var client = _app.CreateApiClient();
        var ids = run.Lines.Select(l => long.Parse(l.Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture)).ToList();
        var first = await client.GetFromJsonAsync<JsonElement>($"api/articles/{ids[0]}");
        Assert.Equal("First story", first.GetProperty("title").GetString());
        Assert.True(ids[0] < ids[1]);
    }

    [Fact]
    public async Task Replay_LoopUntilCancelled_RepostsAsDuplicatesAndExits0()
    {
        var dir = Path.Combine(_folder, "loop");
        Directory.CreateDirectory(dir);
        File.WriteAllText(Path.Combine(dir, "only.txt"), "Looping story\n\nThe town clock was wound by hand for the last time.");
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(1.5));

        var run = await RunAsync((o, e) => ReplayCommand.RunAsync([dir, .. Connection, "--every", "200ms", "--loop"], o, e, stop.Token));

        Assert.Equal(0, run.Exit);
        Assert.InRange(run.Lines.Length, 3, 9);
        Assert.StartsWith("created ", run.Lines[0], StringComparison.Ordinal);
        Assert.All(run.Lines.Skip(1), l => Assert.StartsWith("duplicate ", l, StringComparison.Ordinal));
        Assert.Contains("stopped", run.Errors, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("500ms", 500)]
    [InlineData("5s", 5000)]
    [InlineData("1m", 60000)]
    [InlineData("1.5s", 1500)]
    [InlineData("00:00:02", 2000)]
    public void ParseInterval_Text_GivesTheSpan(string text, int milliseconds)
        => Assert.Equal(TimeSpan.FromMilliseconds(milliseconds), ReplayCommand.ParseInterval(text));

    public void Dispose()
    {
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
