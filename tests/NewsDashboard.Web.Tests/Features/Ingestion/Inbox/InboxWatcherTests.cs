using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using NewsDashboard.Tests.Shared;
using NewsDashboard.Web.Features.Ingestion.Inbox;

namespace NewsDashboard.Web.Tests.Features.Ingestion.Inbox;

[Collection(SourcesCollection.Name)]
public sealed class InboxWatcherTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "newsdash-inbox-tests", Guid.NewGuid().ToString("N"));
    private readonly string _inbox;
    private readonly NewsApp _app;

    public InboxWatcherTests()
    {
        _inbox = Path.Combine(_root, "inbox");
        Directory.CreateDirectory(_inbox);
        // The loop's own passes are an hour apart: the tests drive every pass themselves.
        _app = new NewsApp(settings: new Dictionary<string, string?>
        {
            ["Ingest:InboxPath"] = _inbox,
            ["Ingest:InboxPollInterval"] = "01:00:00",
            ["Ingest:InboxStableFor"] = "00:00:00",
        });
    }

    private InboxWatcher Watcher => _app.Services.GetRequiredService<InboxWatcher>();

    private string Processed(string name) => Path.Combine(_inbox, InboxWatcher.ProcessedFolder, name);

    private string Failed(string name) => Path.Combine(_inbox, InboxWatcher.FailedFolder, name);

    // A file is taken on the pass after the one that first saw it unchanged.
    private async Task<List<InboxFileResult>> TwoPassesAsync()
    {
        var results = new List<InboxFileResult>(await Watcher.ScanOnceAsync(CancellationToken.None));
        results.AddRange(await Watcher.ScanOnceAsync(CancellationToken.None));
        return results;
    }

    private async Task<JsonElement> ArticleAsync(long id)
    {
        using var client = _app.CreateApiClient();
        return await client.GetFromJsonAsync<JsonElement>($"api/articles/{id}");
    }

    [Fact]
    public async Task ScanOnce_TxtWithFrontMatter_StoresArticleAndMovesItToProcessed()
    {
        await File.WriteAllTextAsync(Path.Combine(_inbox, "harbour.txt"), """
            ---
            source: Team Wire
            url: https://example.org/inbox/harbour
            published: 2025-08-04
            ---
            Harbour cranes replaced after forty years

            The port authority installed two new cranes on Tuesday, replacing machines that had worked since the seventies.
            """);

        var results = await TwoPassesAsync();

        var result = Assert.Single(results);
        Assert.Equal(InboxFileStatus.Created, result.Status);
        var article = await ArticleAsync(result.ArticleId!.Value);
        Assert.Equal("Harbour cranes replaced after forty years", article.GetProperty("title").GetString());
        Assert.Equal("Team Wire", article.GetProperty("source").GetString());
        Assert.Equal("https://example.org/inbox/harbour", article.GetProperty("url").GetString());
        Assert.True(File.Exists(Processed("harbour.txt")));
        Assert.False(File.Exists(Path.Combine(_inbox, "harbour.txt")));
    }

    [Fact]
    public async Task ScanOnce_JsonSubmission_StoresArticle()
    {
        await File.WriteAllTextAsync(Path.Combine(_inbox, "vote.json"),
            """{"title":"Council approves new cycle lanes","body":"The city council voted on Wednesday to build four kilometres of cycle lanes along the river.","language":"en"}""");

        var result = Assert.Single(await TwoPassesAsync());

        Assert.Equal(InboxFileStatus.Created, result.Status);
        Assert.Equal("Council approves new cycle lanes", (await ArticleAsync(result.ArticleId!.Value)).GetProperty("title").GetString());
        Assert.True(File.Exists(Processed("vote.json")));
    }

    [Fact]
    public async Task ScanOnce_HtmlPage_StoresItsMainText()
    {
        var paragraphs = string.Concat(Enumerable.Range(1, 4).Select(i =>
            $"<p>Paragraph {i}: the regional museum reopened its hall of maps after a long restoration, and visitors queued along the square to see the oldest charts of the coast.</p>"));
        await File.WriteAllTextAsync(Path.Combine(_inbox, "museum.html"),
            $"<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Museum reopens hall of maps</title></head><body><nav><a href=\"/\">Home</a></nav><article><h1>Museum reopens hall of maps</h1>{paragraphs}</article><footer>Contact us</footer></body></html>");

        var result = Assert.Single(await TwoPassesAsync());

        Assert.Equal(InboxFileStatus.Created, result.Status);
        var article = await ArticleAsync(result.ArticleId!.Value);
        Assert.Equal("Museum reopens hall of maps", article.GetProperty("title").GetString());
        Assert.Contains("oldest charts of the coast", article.GetProperty("body").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain("Contact us", article.GetProperty("body").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("no-body.json", """{"title":"Only a title"}""", "body")]
    [InlineData("bad-date.json", """{"body":"Some text.","published":"someday"}""", "published")]
    [InlineData("broken.json", """{"body": "unterminated""", "JSON")]
    [InlineData("empty.txt", "   \n", "no article text")]
    [InlineData("scan.pdf", "%PDF-1.4", "not articles")]
    public async Task ScanOnce_BadFile_MovesToFailedWithTheReasonBesideIt(string name, string content, string reasonPart)
    {
        await File.WriteAllTextAsync(Path.Combine(_inbox, name), content);

        var result = Assert.Single(await TwoPassesAsync());

        Assert.Equal(InboxFileStatus.Failed, result.Status);
        Assert.True(File.Exists(Failed(name)));
        Assert.Contains(reasonPart, await File.ReadAllTextAsync(Failed(name) + ".error.txt"), StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_inbox, name)));
    }

    /// <summary>Inbox files go through the same validator as the API: the reason names the field.</summary>
    [Theory]
    [InlineData("script-url.txt", "---\nurl: javascript:alert(1)\n---\nA title\n\nA body of ordinary text.", "url:")]
    [InlineData("long-language.txt", "---\nlanguage: LANG\n---\nA title\n\nA body of ordinary text.", "language:")]
    [InlineData("page-source.txt", "Saved page\n\n<!DOCTYPE html><html><head><title>x</title></head><body><p>Source.</p></body></html>", "body:")]
    [InlineData("far-future.txt", "---\npublished: 9000-06-01\n---\nA title\n\nA body of ordinary text.", "published: 'published' must be between 1900 and 2100")]
    [InlineData("far-past.json", "{\"body\":\"Text.\",\"published\":\"0001-01-01\"}", "published:")]
    [InlineData("invisible.json", "{\"title\":\"Nothing\",\"body\":\"\\u200B\\u200B\"}", "body:")]
    public async Task ScanOnce_FileTheValidatorRefuses_MovesToFailedNamingTheField(string name, string content, string reasonPart)
    {
        await File.WriteAllTextAsync(Path.Combine(_inbox, name), content.Replace("LANG", new string('x', 5000), StringComparison.Ordinal));

        var result = Assert.Single(await TwoPassesAsync());

        Assert.Equal(InboxFileStatus.Failed, result.Status);
        Assert.Contains(reasonPart, await File.ReadAllTextAsync(Failed(name) + ".error.txt"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ScanOnce_BinaryJunkNamedTxt_MovesToFailedAsBinary()
    {
        var junk = new byte[8192];
        new Random(15).NextBytes(junk);
        await File.WriteAllBytesAsync(Path.Combine(_inbox, "junk.txt"), junk);

        var result = Assert.Single(await TwoPassesAsync());

        Assert.Equal(InboxFileStatus.Failed, result.Status);
        Assert.Contains("binary", result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ScanOnce_TitleWithNulAndEsc_IsStoredCleaned()
    {
        await File.WriteAllTextAsync(Path.Combine(_inbox, "controls.txt"), "Dock\u0000 workers\u001b return\n\nThe dock workers returned on Tuesday after the agreement was signed by both sides.");

        var result = Assert.Single(await TwoPassesAsync());

        Assert.Equal(InboxFileStatus.Created, result.Status);
        Assert.Equal("Dock workers return", (await ArticleAsync(result.ArticleId!.Value)).GetProperty("title").GetString());
    }

    [Theory]
    [InlineData("report..final.txt", "report.final.txt")]
    [InlineData("x..\\..\\escape.txt", "x._._escape.txt")]
    [InlineData("a:b|c*.txt", "a_b_c_.txt")]
    public async Task ScanOnce_OddFileName_StaysInsideTheInboxUnderASafeName(string name, string safeName)
    {
        await File.WriteAllTextAsync(Path.Combine(_inbox, name), $"Odd names are harmless\n\nThe file {Guid.NewGuid():N} had an odd name but ordinary text.");

        var result = Assert.Single(await TwoPassesAsync());

        Assert.Equal(InboxFileStatus.Created, result.Status);
        Assert.True(File.Exists(Processed(safeName)), string.Join(", ", Directory.GetFiles(Path.Combine(_inbox, InboxWatcher.ProcessedFolder))));
        Assert.Empty(Directory.GetFiles(_root));
        Assert.Equal([_inbox], Directory.GetDirectories(_root));
    }

    [Fact]
    public async Task ScanOnce_SymlinkToAFileOutside_IsNotFollowed()
    {
        var outside = Path.Combine(_root, "secret.txt");
        await File.WriteAllTextAsync(outside, "Secret title\n\nThis text lives outside the inbox and must never be read from it.");
        File.CreateSymbolicLink(Path.Combine(_inbox, "link.txt"), outside);

        var result = Assert.Single(await TwoPassesAsync());

        Assert.Equal(InboxFileStatus.Failed, result.Status);
        Assert.Contains("Symbolic links", result.Reason, StringComparison.Ordinal);
        Assert.True(File.Exists(outside));
        using var client = _app.CreateApiClient();
        Assert.DoesNotContain((await client.GetFromJsonAsync<List<JsonElement>>("api/articles"))!, a => a.GetProperty("title").GetString() == "Secret title");
    }

    [Fact]
    public async Task ScanOnce_FileStillBeingWritten_IsReadOnlyOnceComplete()
    {
        var path = Path.Combine(_inbox, "growing.txt");
        var writer = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.Read);
        await writer.WriteAsync(Encoding.UTF8.GetBytes("Bridge repairs finish early\n\nThe first half of the article"));
        await writer.FlushAsync();

        var whileWriting = new List<InboxFileResult>();
        whileWriting.AddRange(await Watcher.ScanOnceAsync(CancellationToken.None));
        await writer.WriteAsync(Encoding.UTF8.GetBytes(" and the second half, written a moment later."));
        await writer.FlushAsync();
        whileWriting.AddRange(await Watcher.ScanOnceAsync(CancellationToken.None));
        whileWriting.AddRange(await Watcher.ScanOnceAsync(CancellationToken.None));
        await writer.DisposeAsync();
        var afterwards = new List<InboxFileResult>();
        for (var pass = 0; pass < 3 && afterwards.Count == 0; pass++)
        {
            afterwards.AddRange(await Watcher.ScanOnceAsync(CancellationToken.None));
        }

        Assert.Empty(whileWriting);
        var result = Assert.Single(afterwards);
        Assert.Equal(InboxFileStatus.Created, result.Status);
        Assert.EndsWith("written a moment later.", (await ArticleAsync(result.ArticleId!.Value)).GetProperty("body").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ScanOnce_SameArticleDroppedTwice_SecondIsDuplicateAndStillProcessed()
    {
        const string text = "Night trains return\n\nThe rail operator will run a sleeper service to the coast again from December.";
        await File.WriteAllTextAsync(Path.Combine(_inbox, "train.txt"), text);
        var first = Assert.Single(await TwoPassesAsync());
        await File.WriteAllTextAsync(Path.Combine(_inbox, "train.txt"), text);

        var second = Assert.Single(await TwoPassesAsync());

        Assert.Equal(InboxFileStatus.Duplicate, second.Status);
        Assert.Equal(first.ArticleId, second.ArticleId);
        Assert.True(File.Exists(Processed("train.txt")));
        Assert.True(File.Exists(Processed("train-1.txt")));
    }

    [Theory]
    [InlineData(".draft.txt")]
    [InlineData("copying.txt.part")]
    [InlineData("notes.txt~")]
    public async Task ScanOnce_TemporaryOrHiddenFile_IsLeftAlone(string name)
    {
        await File.WriteAllTextAsync(Path.Combine(_inbox, name), "Not yet\n\nA tool is still writing this file.");

        Assert.Empty(await TwoPassesAsync());

        Assert.True(File.Exists(Path.Combine(_inbox, name)));
    }

    [Fact]
    public async Task Loop_ShortInterval_TakesADroppedFileByItself()
    {
        var inbox = Path.Combine(_root, "looped");
        Directory.CreateDirectory(inbox);
        using var app = new NewsApp(settings: new Dictionary<string, string?>
        {
            ["Ingest:InboxPath"] = inbox,
            ["Ingest:InboxPollInterval"] = "00:00:00.100",
            ["Ingest:InboxStableFor"] = "00:00:00",
        });

        await File.WriteAllTextAsync(Path.Combine(inbox, "loop.txt"), "Loop takes files\n\nThe background pass picked this file up without any help.");

        var processed = Path.Combine(inbox, InboxWatcher.ProcessedFolder, "loop.txt");
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (!File.Exists(processed) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
        }

        Assert.True(File.Exists(processed));
        using var client = app.CreateApiClient();
        Assert.Contains((await client.GetFromJsonAsync<List<JsonElement>>("api/articles"))!, a => a.GetProperty("title").GetString() == "Loop takes files");
    }

    [Fact]
    public async Task ScanOnce_FileOverTheLimit_MovesToFailedWithTheSizeAsTheReason()
    {
        // Sparse: six megabytes on paper, nothing on disk.
        await using (var big = new FileStream(Path.Combine(_inbox, "huge.txt"), FileMode.CreateNew))
        {
            big.SetLength(6L * 1024 * 1024);
        }

        var result = Assert.Single(await TwoPassesAsync());

        Assert.Equal(InboxFileStatus.Failed, result.Status);
        Assert.Contains("over the limit", result.Reason, StringComparison.Ordinal);
        Assert.True(File.Exists(Failed("huge.txt")));
        Assert.Contains("6291456 bytes", await File.ReadAllTextAsync(Failed("huge.txt") + ".error.txt"), StringComparison.Ordinal);
        Assert.Empty(await TwoPassesAsync());
    }

    [Fact]
    public async Task ScanOnce_NamedPipeInTheInbox_IsMovedAsideUnopenedAndOtherFilesGoOn()
    {
        using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", Path.Combine(_inbox, "pipe.txt")))
        {
            await mkfifo.WaitForExitAsync();
            Assert.Equal(0, mkfifo.ExitCode);
        }

        await File.WriteAllTextAsync(Path.Combine(_inbox, "beside-the-pipe.txt"), "Ferry timetable changes\n\nThe winter timetable starts on Monday with two fewer crossings a day.");

        // Opening the pipe would wait for a writer forever (synchronously, inside the open): on a pool thread, with a bound.
        var results = new List<InboxFileResult>(await Task.Run(() => Watcher.ScanOnceAsync(CancellationToken.None)).WaitAsync(TimeSpan.FromSeconds(20)));
        results.AddRange(await Task.Run(() => Watcher.ScanOnceAsync(CancellationToken.None)).WaitAsync(TimeSpan.FromSeconds(20)));

        Assert.Equal(InboxFileStatus.Created, results.Single(r => r.FileName == "beside-the-pipe.txt").Status);
        var pipe = results.Single(r => r.FileName == "pipe.txt");
        Assert.Equal(InboxFileStatus.Failed, pipe.Status);
        Assert.Contains("named pipe", pipe.Reason, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_inbox, "pipe.txt")));
        Assert.Contains("named pipe", await File.ReadAllTextAsync(Failed("pipe.txt") + ".error.txt"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ScanOnce_SocketInTheInbox_IsMovedAsideUnopened()
    {
        using var socket = new System.Net.Sockets.Socket(System.Net.Sockets.AddressFamily.Unix, System.Net.Sockets.SocketType.Stream, System.Net.Sockets.ProtocolType.Unspecified);
        socket.Bind(new System.Net.Sockets.UnixDomainSocketEndPoint(Path.Combine(_inbox, "sock.json")));

        var result = Assert.Single(await TwoPassesAsync());

        Assert.Equal(InboxFileStatus.Failed, result.Status);
        Assert.Contains("socket", result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ScanOnce_WriterPausesWithoutALock_FileIsReadOnlyWhenStableForTheInterval()
    {
        var inbox = Path.Combine(_root, "stable");
        Directory.CreateDirectory(inbox);
        using var app = new NewsApp(settings: new Dictionary<string, string?>
        {
            ["Ingest:InboxPath"] = inbox,
            ["Ingest:InboxPollInterval"] = "01:00:00",
            ["Ingest:InboxStableFor"] = "00:00:01.500",
        });
        var watcher = app.Services.GetRequiredService<InboxWatcher>();
        var path = Path.Combine(inbox, "paused.txt");

        // A writer that takes no lock (most on Linux) and pauses between its halves, with passes in the pause.
        await File.WriteAllTextAsync(path, "Tram line extended to the airport\n\nThe first half of the article");
        var early = new List<InboxFileResult>(await watcher.ScanOnceAsync(CancellationToken.None));
        await Task.Delay(400);
        early.AddRange(await watcher.ScanOnceAsync(CancellationToken.None));
        await File.AppendAllTextAsync(path, " and the second half, written after a pause.");
        early.AddRange(await watcher.ScanOnceAsync(CancellationToken.None));
        await Task.Delay(400);
        early.AddRange(await watcher.ScanOnceAsync(CancellationToken.None));
        await Task.Delay(1600);
        var result = Assert.Single(await watcher.ScanOnceAsync(CancellationToken.None));

        Assert.Empty(early);
        Assert.Equal(InboxFileStatus.Created, result.Status);
        using var client = app.CreateApiClient();
        var article = await client.GetFromJsonAsync<JsonElement>($"api/articles/{result.ArticleId}");
        Assert.EndsWith("written after a pause.", article.GetProperty("body").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("plain.txt", "plain.txt")]
    [InlineData("../up.txt", "up.txt")]
    [InlineData("...", "file")]
    [InlineData("name with spaces.json", "name_with_spaces.json")]
    public void SafeFileName_AnyName_HasNoSeparatorsOrLeadingDots(string name, string expected)
        => Assert.Equal(expected, InboxWatcher.SafeFileName(name));

    public void Dispose()
    {
        _app.Dispose();
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
