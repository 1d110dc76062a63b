namespace NewsDashboard.Web.Tests.Architecture;

/// <summary>
/// The web app's folders are slices: no two of them may depend on each other, directly or round a longer loop.
/// Read from the compiled assembly (<see cref="FolderGraph"/>), so every reference counts, whether it came from a
/// using, a fully qualified name or a Razor tag, and an unused using does not.
/// </summary>
public sealed class FolderCycleTests
{
    private const string Root = "NewsDashboard.Web.";

    private static readonly string AssemblyPath = typeof(Program).Assembly.Location;

    [Fact]
    public void Slices_FeaturesAndComponentFolders_HaveNoCycle()
    {
        var graph = FolderGraph.Read(AssemblyPath, Slice);

        Assert.Contains("Features.Ingestion", graph.Edges.Keys); // the graph was read at all
        Assert.Contains("Features.Articles", graph.Edges["Features.Ingestion"].Keys);
        var cycle = graph.FindCycle();
        Assert.True(cycle is null, cycle is null ? null : "The feature folders have a cycle:\n" + graph.Describe(cycle));
    }

    [Fact]
    public void Namespaces_EveryNamespaceOfTheApp_HaveNoCycle()
    {
        var graph = FolderGraph.Read(AssemblyPath, Namespace);

        Assert.Contains("Features.Ingestion.Feeds", graph.Edges.Keys);
        var cycle = graph.FindCycle();
        Assert.True(cycle is null, cycle is null ? null : "The namespaces have a cycle:\n" + graph.Describe(cycle));
    }

    // Features.X.Y is part of the slice Features.X; Components.Shared and Components.Layout are folders of their own.
    // Razor's type-inference helpers live in "__Blazor.<component's namespace>.<component>": they count for the component.
    private static string? Slice(string ns)
        => Namespace(ns) is { } name ? string.Join('.', name.Split('.').Take(2)) : null;

    private static string? Namespace(string ns)
    {
        if (ns.StartsWith("__Blazor.", StringComparison.Ordinal))
        {
            ns = ns["__Blazor.".Length..];
            ns = ns[..Math.Max(0, ns.LastIndexOf('.'))];
        }

        return ns.StartsWith(Root + "Features.", StringComparison.Ordinal) || ns.StartsWith(Root + "Components", StringComparison.Ordinal)
            ? ns[Root.Length..]
            : null;
    }
}
