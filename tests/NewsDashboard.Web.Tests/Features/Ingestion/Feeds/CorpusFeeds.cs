namespace NewsDashboard.Web.Tests.Features.Ingestion.Feeds;

/// <summary>The shared feed captures, read at test time (never copied into the repository).</summary>
internal static class CorpusFeeds
{
    /// <summary>The captures folder beside the repository, or null with the reason it is missing.</summary>
    public static string? Folder(out string reason)
    {
        var feeds = SharedCorpus.PathOf(Path.Combine("corpus", "feeds"), out reason);
        return feeds is not null && Directory.Exists(feeds) ? feeds : null;
    }

    /// <summary>Every original capture (not the repaired copies).</summary>
    public static IEnumerable<string> Originals(string folder)
        => Directory.EnumerateFiles(folder, "*.xml").Where(f => !f.EndsWith(".repaired.xml", StringComparison.Ordinal)).Order(StringComparer.Ordinal);
}
