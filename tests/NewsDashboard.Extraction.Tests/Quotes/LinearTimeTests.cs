using System.Diagnostics;
using NewsDashboard.Extraction.Meetings;
using NewsDashboard.Extraction.Quotes;

namespace NewsDashboard.Extraction.Tests.Quotes;

[CollectionDefinition(nameof(LinearTimeTests), DisableParallelization = true)]
public class LinearTimeCollection;

/// <summary>Every input finishes in time linear in its length: a megabyte of marks, names or cues well under a second.</summary>
[Collection(nameof(LinearTimeTests))]
public class LinearTimeTests
{
    // Well under a second in an optimised build; an unoptimised Debug build runs these loops about four times slower.
#if DEBUG
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(4);
#else
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(1);
#endif

    [Theory]
    [InlineData("\"")]
    [InlineData("«")]
    [InlineData("\" a \"")]
    [InlineData("'")]
    [InlineData("Lavrov: \"x\" ")]
    [InlineData("Lavrov said ")]
    [InlineData("Lavrov met al-Shaibani in Moscow. ")]
    [InlineData("- \"x\".\n")]
    public void Extract_OneMegabyteOfRepeatedUnits_FinishesWellUnderASecond(string unit)
    {
        var text = "Lavrov said:\n" + string.Concat(Enumerable.Repeat(unit, 1_000_000 / unit.Length));
        var doc = Fixture.Doc(text);
        var analysis = Fixture.Analysis(doc, People.Lavrov, People.Shaibani, People.Moscow);
        var quotes = new QuoteExtractor();
        var meetings = new MeetingExtractor();
        // Time the second run: the server extracts article after article with its code already compiled.
        _ = quotes.Extract(Fixture.Doc(text), "en", analysis);
        _ = meetings.Extract(Fixture.Doc(text), "en", analysis, DateTimeOffset.UnixEpoch);

        var watch = Stopwatch.StartNew();
        _ = quotes.Extract(doc, "en", analysis);
        _ = meetings.Extract(doc, "en", analysis, DateTimeOffset.UnixEpoch);

        Assert.True(watch.Elapsed < Budget, $"took {watch.Elapsed}");
    }
}
