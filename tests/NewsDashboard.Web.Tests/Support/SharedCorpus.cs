namespace NewsDashboard.Web.Tests.Support;

/// <summary>
/// The team's shared folder beside the repository (<c>../shared</c> from the repository root), read at test time and
/// never copied. A test that needs it and does not find it skips and says where it looked; under <c>CI=true</c> it
/// fails instead, so a CI run without the corpus cannot pass by skipping.
/// </summary>
internal static class SharedCorpus
{
    public static bool InCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>A path under the shared folder, whether or not it exists, or null when the repository root is not found.</summary>
    public static string? PathOf(string relative, out string reason)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "NewsDashboard.sln")))
            {
                var path = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", relative));
                reason = $"the shared corpus is not on this machine: {path} is missing (the team's shared folder belongs beside the repository)";
                return path;
            }
        }

        reason = "the repository root (NewsDashboard.sln) was not found above the test binaries, so ../shared could not be located";
        return null;
    }

    /// <summary>Skips the test with <paramref name="reason"/> when <paramref name="present"/> is false; under CI=true fails instead.</summary>
    public static void Require(bool present, string reason)
    {
        if (present)
        {
            return;
        }

        if (InCi)
        {
            Assert.Fail($"{reason}. CI=true: the shared corpus must be there, so this fails instead of skipping.");
        }

        Skip.If(true, reason);
    }
}
