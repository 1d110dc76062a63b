namespace NewsDashboard.Web.Tests.Feeds;

/// <summary>The shared feed captures, read at test time (never copied into the repository).</summary>
internal static class CorpusFeeds
{
    /// <summary>The captures folder beside the repository, or null with the reason it is missing.</summary>
    public static string? Folder(out string reason)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "NewsDashboard.sln")))
            {
                var feeds = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "corpus", "feeds"));
                reason = $"the shared feed captures are not at {feeds}";
                return Directory.Exists(feeds) ? feeds : null;
            }
        }

        reason = "the repository root (NewsDashboard.sln) was not found above the test binaries";
        return null;
    }

    /// <summary>Every original capture (not the repaired copies).</summary>
    public static IEnumerable<string> Originals(string folder)
        => Directory.EnumerateFiles(folder, "*.xml").Where(f => !f.EndsWith(".repaired.xml", StringComparison.Ordinal)).Order(StringComparer.Ordinal);
}
