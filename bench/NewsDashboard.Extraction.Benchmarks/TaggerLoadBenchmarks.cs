using BenchmarkDotNet.Attributes;
using NewsDashboard.Extraction.Tagging;

namespace NewsDashboard.Extraction.Benchmarks;

/// <summary>Loading the committed name tagger model: decompressing it and building its tables (once per process).</summary>
[MemoryDiagnoser]
public class TaggerLoadBenchmarks
{
    [Benchmark]
    public object? LoadModel() => NameTagger.LoadFromResources();
}
