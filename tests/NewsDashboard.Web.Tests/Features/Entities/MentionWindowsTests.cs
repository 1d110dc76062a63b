using Microsoft.Extensions.Logging.Abstractions;
using NewsDashboard.Web.Features.Entities;
using NewsDashboard.Web.Features.Live;

namespace NewsDashboard.Web.Tests.Features.Entities;

public sealed class MentionWindowsTests
{
    private sealed class Clock(DateTimeOffset now) : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = now;

        public override DateTimeOffset GetUtcNow() => Now;
    }

    private static readonly DateTimeOffset Noon = new(2025, 7, 31, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Top_DayWindow_CountsLast24HoursAndComparesWithTheDayBefore()
    {
        var clock = new Clock(Noon);
        var windows = new MentionWindows(new NewsEvents(NullLogger<NewsEvents>.Instance), clock);
        windows.Add([("person", 1, 5), ("person", 2, 2)], Noon.AddHours(-2));
        windows.Add([("person", 2, 4)], Noon.AddHours(-30));
        windows.Add([("person", 1, 1)], Noon.AddHours(-30));
        windows.Add([("person", 3, 9)], Noon.AddDays(-3));
        windows.Add([("country", 9, 7)], Noon.AddHours(-1));

        var day = windows.Top("person", TimeSpan.FromHours(24), 10, byArticles: false);

        Assert.Equal([(1L, 5L, 1L, 1L), (2L, 2L, 1L, 4L)], day); // id, mentions, articles, mentions before
    }

    [Fact]
    public void Top_WeekWindow_IncludesOlderDaysAndRanksByCount()
    {
        var clock = new Clock(Noon);
        var windows = new MentionWindows(new NewsEvents(NullLogger<NewsEvents>.Instance), clock);
        windows.Add([("person", 1, 5)], Noon.AddHours(-2));
        windows.Add([("person", 3, 9)], Noon.AddDays(-3));
        windows.Add([("person", 3, 1)], Noon.AddDays(-10));

        var week = windows.Top("person", TimeSpan.FromDays(7), 1, byArticles: false);

        Assert.Equal([(3L, 9L, 1L, 1L)], week);
    }

    [Fact]
    public void Top_AfterTimePasses_OldMentionsLeaveTheWindow()
    {
        var clock = new Clock(Noon);
        var windows = new MentionWindows(new NewsEvents(NullLogger<NewsEvents>.Instance), clock);
        windows.Add([("person", 1, 5)], Noon);

        clock.Now = Noon.AddHours(25);

        Assert.Equal(5, Assert.Single(windows.Top("person", TimeSpan.FromHours(24) * 2, 5, byArticles: false)).Mentions);
        Assert.Empty(windows.Top("person", TimeSpan.FromHours(24), 5, byArticles: false));
    }

    [Fact]
    public void Publish_StoredUpdate_WindowsCountItBeforeAnyReaderHearsOfIt()
    {
        var clock = new Clock(Noon);
        var events = new NewsEvents(NullLogger<NewsEvents>.Instance);
        IReadOnlyList<(long Id, long Mentions, long Articles, long Previous)>? seenByReader = null;
        MentionWindows? windows = null;
        events.Published += _ => seenByReader = windows!.Top("person", TimeSpan.FromHours(24), 5, byArticles: false); // subscribed first
        windows = new MentionWindows(events, clock);

        var article = new ArticleSummary(7, "Talks", "en", null, null, null, Noon);
        events.Publish(new NewsUpdate(article, [], [], [], [("person", 4, 3)], Noon.AddHours(-1)));

        Assert.Equal([(4L, 3L, 1L, 0L)], seenByReader);
        Assert.Equal([(4L, 3L, 1L, 0L)], windows.Top("person", TimeSpan.FromHours(24), 5, byArticles: false));
    }
}
