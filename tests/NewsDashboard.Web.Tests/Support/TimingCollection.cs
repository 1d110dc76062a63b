namespace NewsDashboard.Web.Tests.Support;

/// <summary>
/// Tests that time code against itself at two sizes (linearity): they run on their own, not beside the assembly's
/// parallel tests, whose load would make one size slow and not the other.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TimingCollection
{
    public const string Name = "Timing";
}
