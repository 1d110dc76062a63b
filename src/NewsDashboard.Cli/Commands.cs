using NewsDashboard.Extraction;

namespace NewsDashboard.Cli;

/// <summary>The verbs of <c>newsdash</c>. Each returns the process exit code: 0 ok, 1 failed, 2 bad usage.</summary>
internal static class Commands
{
    public const string Usage = """
        newsdash: the NewsDashboard command line

        usage:
          newsdash extract [--published DATE] FILE...   print the extraction JSON of each article (JSON lines)
          newsdash eval --gold DIR [--gold DIR...] [--pred-out FILE] [--min-entity-f1 X] [--min-quote-f1 X]
                        [--min-attribution-f1 X] [--min-meeting-f1 X]
                                                 extract the articles beside the gold files and score them
          newsdash ingest --server URL --api-key KEY FILE...   post articles to a running server
          newsdash replay DIR --server URL --api-key KEY [--every 5s] [--loop]   feed a folder's .txt files into a running server
          newsdash tag FILE...                   print the trained tagger's raw name spans (file, type, text)
          newsdash train --corpus DIR --out FILE [--epochs N] [--exclude-docs-in DIR] [--cv K]
                                                 train the name tagger on annotated corpora (IOB2 .conll)

        DATE is ISO 8601 (2025-07-31 or 2025-07-31T09:30:00Z).
        """;

    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr)
    {
        if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
        {
            await stdout.WriteLineAsync(Usage);
            return args.Length == 0 ? 2 : 0;
        }

        try
        {
            return args[0] switch
            {
                "extract" => await ExtractCommand.RunAsync(args[1..], stdout, stderr),
                "eval" => await Eval.EvalCommand.RunAsync(args[1..], stdout, stderr),
                "ingest" => await IngestCommand.RunAsync(args[1..], stdout, stderr),
                "replay" => await ReplayCommand.RunFromConsoleAsync(args[1..], stdout, stderr),
                "train" => await Train.TrainCommand.RunAsync(args[1..], stdout, stderr),
                "tag" => await TagCommand.RunAsync(args[1..], stdout, stderr),
                _ => await UsageErrorAsync(stderr, $"unknown command '{args[0]}'"),
            };
        }
        catch (UsageException ex)
        {
            return await UsageErrorAsync(stderr, ex.Message);
        }
    }

    internal static async Task<int> UsageErrorAsync(TextWriter stderr, string message)
    {
        await stderr.WriteLineAsync($"newsdash: {message}");
        await stderr.WriteLineAsync("Run 'newsdash --help' for usage.");
        return 2;
    }
}

internal sealed class UsageException(string message) : Exception(message);

internal static class ExtractCommand
{
    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr)
    {
        DateTimeOffset? published = null;
        var files = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--published")
            {
                if (i + 1 >= args.Length)
                {
                    throw new UsageException("--published needs a date");
                }

                published = Dates.ParsePublished(args[++i]) ?? throw new UsageException($"--published: '{args[i]}' is not an ISO date");
            }
            else if (args[i].StartsWith("--", StringComparison.Ordinal))
            {
                throw new UsageException($"extract: unknown option '{args[i]}'");
            }
            else
            {
                files.Add(args[i]);
            }
        }

        if (files.Count == 0)
        {
            throw new UsageException("extract: give at least one FILE");
        }

        var failed = 0;
        foreach (var file in files)
        {
            string raw;
            try
            {
                raw = await File.ReadAllTextAsync(file);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                await stderr.WriteLineAsync($"newsdash: cannot read '{file}': {ex.Message}");
                failed++;
                continue;
            }

            var input = ArticleText.Parse(raw, Path.GetFileName(file));
            if (published is not null)
            {
                input = input with { Published = published };
            }

            var result = NewsExtractor.Default.Extract(input, DateTimeOffset.UtcNow);
            await stdout.WriteLineAsync(ContractJson.Serialize(result));
        }

        return failed == 0 ? 0 : 1;
    }
}
