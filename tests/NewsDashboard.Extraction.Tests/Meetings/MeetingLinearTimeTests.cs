using System.Diagnostics;
using NewsDashboard.Extraction.Meetings;
using NewsDashboard.Extraction.Tests.Quotes;

namespace NewsDashboard.Extraction.Tests.Meetings;

/// <summary>The meeting stage's new readings (parts, arguments, fragments, status scope) stay linear: a megabyte in well under a second.</summary>
[Collection(nameof(LinearTimeTests))]
public class MeetingLinearTimeTests
{
#if DEBUG
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(4);
#else
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(1);
#endif

    [Theory]
    [InlineData("en", "Lavrov met al-Shaibani in Moscow on Monday, ")]
    [InlineData("en", "the visit of Lavrov with al-Shaibani was postponed, ")]
    [InlineData("en", "Lavrov's talks with reporters instead of al-Shaibani ")]
    [InlineData("ru", "встреча Лаврова с Шейбани отложена в среду ")]
    [InlineData("ar", "للقاء الشيباني الذي التقى لافروف أمس ")]
    public void Extract_OneMegabyteSentenceOfMeetingCues_FinishesWellUnderASecond(string language, string unit)
    {
        var text = string.Concat(Enumerable.Repeat(unit, 1_000_000 / unit.Length));
        var doc = Fixture.Doc(text);
        var analysis = Fixture.Analysis(doc, People.Lavrov, People.Shaibani, People.Moscow);
        var meetings = new MeetingExtractor();
        _ = meetings.Extract(Fixture.Doc(text), language, analysis, DateTimeOffset.UnixEpoch);

        var watch = Stopwatch.StartNew();
        _ = meetings.Extract(doc, language, analysis, DateTimeOffset.UnixEpoch);

        Assert.True(watch.Elapsed < Budget, $"took {watch.Elapsed}");
    }
}
