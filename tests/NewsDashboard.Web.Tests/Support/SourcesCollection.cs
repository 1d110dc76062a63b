namespace NewsDashboard.Web.Tests.Support;

/// <summary>
/// The source tests start servers, poll feeds and parse megabytes; they run on their own after the parallel tests,
/// so their load never skews the timing-sensitive dashboard tests (render coalescing).
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class SourcesCollection
{
    public const string Name = "Sources";
}
