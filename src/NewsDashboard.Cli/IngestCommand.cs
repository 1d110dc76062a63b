namespace NewsDashboard.Cli;

/// <summary><c>newsdash ingest --server URL --api-key KEY FILE...</c>: posts each .txt/.json file, one line per file.</summary>
public static class IngestCommand
{
    /// <returns>0 when every file was stored (or was a duplicate), 1 when any failed, 2 on bad usage.</returns>
    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        Uri server;
        string key;
        List<string> files;
        try
        {
            (server, key, files) = ServerClient.ParseConnection("ingest", args);
            if (files.Count == 0)
            {
                throw new UsageException("ingest: give at least one FILE (.txt or .json)");
            }
        }
        catch (UsageException ex)
        {
            return await Commands.UsageErrorAsync(stderr, ex.Message);
        }

        using var client = new ServerClient(server, key);
        var failed = 0;
        foreach (var file in files)
        {
            var (line, isFailure) = await client.PostFileAsync(file, cancellationToken);
            await stdout.WriteLineAsync(line);
            failed += isFailure ? 1 : 0;
        }

        return failed == 0 ? 0 : 1;
    }
}
