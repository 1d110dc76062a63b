using Microsoft.Extensions.Options;
using NewsDashboard.Web.Features.Ingestion;

namespace NewsDashboard.Web.Features.Ingestion.Inbox;

internal enum InboxFileStatus
{
    Created,
    Duplicate,
    Failed,
}

internal sealed record InboxFileResult(string FileName, InboxFileStatus Status, long? ArticleId, string? Reason);

/// <summary>
/// Watches <c>Ingest:InboxPath</c> by polling (reliable on every file system, network shares included). Only regular
/// files are read (a named pipe, socket or device is moved aside unopened: opening a pipe would block the loop). A
/// file is read once its size and time have stayed the same for <see cref="InboxOptions.InboxStableFor"/> (seen on
/// two passes at least) and it can be opened exclusively; then it moves to <c>processed/</c>, or to <c>failed/</c>
/// with <c>NAME.error.txt</c> beside it saying why.
/// </summary>
internal sealed class InboxWatcher(
    ArticleIngestor ingestor, IOptions<InboxOptions> options, IOptions<ArticleLimits> limits, IHostEnvironment environment, TimeProvider clock,
    ILogger<InboxWatcher> logger)
    : BackgroundService
{
    public const string ProcessedFolder = "processed";
    public const string FailedFolder = "failed";

    private readonly Dictionary<string, (long Length, DateTime Written, DateTimeOffset Since)> _lastSeen = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _pass = new(1, 1);

    /// <summary>The inbox folder, or null when the inbox is off (no <c>Ingest:InboxPath</c>).</summary>
    public string? Folder
    {
        get
        {
            var configured = options.Value.InboxPath;
            return string.IsNullOrWhiteSpace(configured) ? null : Path.GetFullPath(Path.Combine(environment.ContentRootPath, configured));
        }
    }

    public long MaxFileBytes => options.Value.MaxInboxFileBytes;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (Folder is null)
        {
            return;
        }

        var interval = options.Value.InboxPollInterval;
        logger.LogInformation("Watching inbox {Folder} every {Interval}", Folder, interval);
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                await ScanOnceAsync(stoppingToken);
                await Task.Delay(interval, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    /// <summary>One pass: every settled file in the inbox, each caught and logged on its own. Only cancellation escapes.</summary>
    public async Task<IReadOnlyList<InboxFileResult>> ScanOnceAsync(CancellationToken cancellationToken)
    {
        var folder = Folder;
        if (folder is null)
        {
            return [];
        }

        await _pass.WaitAsync(cancellationToken);
        try
        {
            Directory.CreateDirectory(folder);
            var results = new List<InboxFileResult>();
            var present = new HashSet<string>(StringComparer.Ordinal);
            foreach (var file in new DirectoryInfo(folder).EnumerateFiles())
            {
                cancellationToken.ThrowIfCancellationRequested();
                present.Add(file.Name);
                try
                {
                    if (await ProcessAsync(folder, file, cancellationToken) is { } result)
                    {
                        results.Add(result);
                    }
                }
                catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
                {
                    throw;
                }
#pragma warning disable CA1031 // One file that cannot even be moved is logged and retried next pass; the others go on.
                catch (Exception ex)
#pragma warning restore CA1031
                {
                    logger.LogError(ex, "Inbox file {File} could not be handled", file.Name);
                }
            }

            foreach (var gone in _lastSeen.Keys.Where(k => !present.Contains(k)).ToList())
            {
                _lastSeen.Remove(gone);
            }

            return results;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            logger.LogError(ex, "Inbox {Folder} cannot be read", folder);
            return [];
        }
        finally
        {
            _pass.Release();
        }
    }

    private async Task<InboxFileResult?> ProcessAsync(string folder, FileInfo file, CancellationToken cancellationToken)
    {
        // Editors and copy tools write temporary names and rename at the end; those are not ours yet.
        if (file.Name.StartsWith('.') || file.Name.EndsWith('~') || file.Extension is ".tmp" or ".part" or ".partial" or ".crdownload")
        {
            return null;
        }

        // Only regular files: a named pipe would block the open until some writer came, a device could be endless.
        switch (FileKind.Of(file.FullName))
        {
            case FileKindResult.NamedPipe:
                return Fail(folder, file, "The entry is a named pipe (FIFO), not a file; only regular files are read.");
            case FileKindResult.Socket:
                return Fail(folder, file, "The entry is a socket, not a file; only regular files are read.");
            case FileKindResult.Device:
                return Fail(folder, file, "The entry is a device, not a file; only regular files are read.");
            case FileKindResult.SymbolicLink:
                return Fail(folder, file, "Symbolic links are not followed; copy the file itself into the inbox.");
        }

        // A link is never followed: it could point anywhere on the machine. The link itself is moved aside.
        if (file.LinkTarget is not null || file.Attributes.HasFlag(FileAttributes.ReparsePoint))
        {
            return Fail(folder, file, "Symbolic links are not followed; copy the file itself into the inbox.");
        }

        if (!InboxFileReader.Extensions.Contains(file.Extension))
        {
            return Fail(folder, file, $"'{file.Extension}' files are not articles; use .txt, .json or .html.");
        }

        if (file.Length > MaxFileBytes)
        {
            return Fail(folder, file, $"The file is {file.Length} bytes, over the limit of {MaxFileBytes} (Ingest:MaxInboxFileBytes).");
        }

        if (!IsStable(file))
        {
            return null;
        }

        byte[] bytes;
        try
        {
            // Exclusive: a writer that holds a lock on the file (flock, as .NET's FileStream takes) makes this fail, and we
            // come back later. Most writers take no lock on Linux, which is why the file must first stay unchanged.
            await using var stream = new FileStream(file.FullName, new FileStreamOptions
            {
                Mode = FileMode.Open,
                Access = FileAccess.Read,
                Share = FileShare.None,
                Options = FileOptions.Asynchronous,
            });
            bytes = await ReadAtMostAsync(stream, MaxFileBytes, cancellationToken);
        }
        catch (UnauthorizedAccessException ex)
        {
            return Fail(folder, file, $"The file cannot be read: {ex.Message}");
        }
        catch (IOException ex) when (File.Exists(file.FullName))
        {
            logger.LogDebug("Inbox file {File} is still in use ({Reason}); trying again next pass", file.Name, ex.Message);
            _lastSeen.Remove(file.Name);
            return null;
        }

        if (bytes.LongLength > MaxFileBytes)
        {
            return Fail(folder, file, $"The file is over the limit of {MaxFileBytes} bytes (Ingest:MaxInboxFileBytes).");
        }

        // Written to while it was read: not done yet, whatever the passes said.
        file.Refresh();
        if (!file.Exists || file.Length != bytes.LongLength || !_lastSeen.TryGetValue(file.Name, out var seen) || seen.Written != file.LastWriteTimeUtc)
        {
            _lastSeen.Remove(file.Name);
            return null;
        }

        Extraction.ArticleInput input;
        try
        {
            input = InboxFileReader.Read(file.Name, bytes, limits.Value.MaxArticleBytes);
        }
        catch (InvalidDataException ex)
        {
            return Fail(folder, file, ex.Message);
        }

        var outcome = await ingestor.IngestAsync(input, cancellationToken);
        Move(folder, file, ProcessedFolder);
        var status = outcome.Status == IngestStatus.Created ? InboxFileStatus.Created : InboxFileStatus.Duplicate;
        logger.LogInformation("Inbox file {File}: {Status} article {ArticleId}", file.Name, status, outcome.Id);
        return new InboxFileResult(file.Name, status, outcome.Id, null);
    }

    // Stable: the same length and write time on an earlier pass, unchanged for at least InboxStableFor (a first sighting
    // never is). A writer that pauses for less than that is waited for.
    private bool IsStable(FileInfo file)
    {
        var now = clock.GetUtcNow();
        if (_lastSeen.TryGetValue(file.Name, out var before) && before.Length == file.Length && before.Written == file.LastWriteTimeUtc)
        {
            return now - before.Since >= options.Value.InboxStableFor;
        }

        _lastSeen[file.Name] = (file.Length, file.LastWriteTimeUtc, now);
        return false;
    }

    // At most limit + 1 bytes: one more than allowed says "too big" without reading a file that grew (or a sparse giant).
    private static async Task<byte[]> ReadAtMostAsync(Stream stream, long limit, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > limit)
            {
                break;
            }
        }

        return buffer.ToArray();
    }

    private InboxFileResult Fail(string folder, FileInfo file, string reason)
    {
        var moved = Move(folder, file, FailedFolder);
        File.WriteAllText(moved + ".error.txt", reason + Environment.NewLine);
        logger.LogWarning("Inbox file {File} failed: {Reason}", file.Name, reason);
        return new InboxFileResult(file.Name, InboxFileStatus.Failed, null, reason);
    }

    /// <returns>The full path the file now has.</returns>
    private string Move(string folder, FileInfo file, string subfolder)
    {
        var target = Path.Combine(folder, subfolder);
        Directory.CreateDirectory(target);
        var name = SafeFileName(file.Name);
        var destination = UniquePath(target, name);
        File.Move(file.FullName, destination);
        _lastSeen.Remove(file.Name);
        return destination;
    }

    /// <summary>A name that stays inside its folder: no separators, no leading dots, only ordinary characters, bounded length.</summary>
    public static string SafeFileName(string name)
    {
        var chars = Path.GetFileName(name).Select(c => char.IsLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '_').ToArray();
        var safe = new string(chars).TrimStart('.');
        while (safe.Contains("..", StringComparison.Ordinal))
        {
            safe = safe.Replace("..", ".", StringComparison.Ordinal);
        }

        if (safe.Length > 120)
        {
            var extension = Path.GetExtension(safe);
            safe = safe[..(120 - extension.Length)] + extension;
        }

        return safe.Length == 0 || safe == "." ? "file" : safe;
    }

    private static string UniquePath(string folder, string name)
    {
        var path = Path.Combine(folder, name);
        for (var n = 1; File.Exists(path) || File.Exists(path + ".error.txt"); n++)
        {
            path = Path.Combine(folder, $"{Path.GetFileNameWithoutExtension(name)}-{n}{Path.GetExtension(name)}");
        }

        return path;
    }

    public override void Dispose()
    {
        _pass.Dispose();
        base.Dispose();
    }
}
