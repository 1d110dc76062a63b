using NewsDashboard.Extraction.Meetings;
using NewsDashboard.Extraction.Quotes;

namespace NewsDashboard.Extraction.Tests.Quotes;

public class SeedQuoteTests
{
    [Fact]
    public void QuoteExtractor_SeedArticle_FindsEveryStatementWithItsSpeaker()
    {
        var (doc, analysis) = SeedArticle.Load();

        var quotes = new QuoteExtractor().Extract(doc, "ar", analysis);

        var bySpeaker = quotes.GroupBy(q => q.SpeakerEntity ?? "?").ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(3, bySpeaker.GetValueOrDefault("person/sergey-lavrov")); // two quotes and the headline
        Assert.Equal(5, bySpeaker.GetValueOrDefault("person/asaad-al-shaibani"));
        Assert.Equal(1, bySpeaker.GetValueOrDefault("person/sergey-vershinin"));
        Assert.DoesNotContain(quotes, q => q.Text.Contains("سبوتنيك", StringComparison.Ordinal) && q.Text.Length < 20);
        Assert.DoesNotContain(quotes, q => q.Text == "القاهرة الإخبارية");
    }

    [Fact]
    public void MeetingExtractor_SeedArticle_FindsBothMeetingsInMoscowOnThePublicationDay()
    {
        var (doc, analysis) = SeedArticle.Load();

        var meetings = new MeetingExtractor().Extract(doc, "ar", analysis, SeedArticle.Published);

        var defence = Assert.Single(meetings, m => m.Participants.Any(p => p.Entity == "person/murhaf-abu-qasra"));
        Assert.Contains(defence.Participants, p => p.Entity is null && p.Country == "RU" && p.Role == "Minister of Defence");
        Assert.Equal(2, defence.Participants.Count);
        var foreign = Assert.Single(meetings, m => m.Participants.Any(p => p.Entity == "person/sergey-lavrov"));
        Assert.Equal(["person/asaad-al-shaibani", "person/sergey-lavrov"], foreign.Participants.Select(p => p.Entity).Order());
        foreach (var m in new[] { defence, foreign })
        {
            Assert.Equal(("Moscow", "RU", "2025-07-31", "held", "meeting"), (m.Location, m.LocationCountry, m.Date, m.Status, m.Kind));
        }

        Assert.All(meetings.Except([defence, foreign]), m => Assert.Equal(["person/ahmed-al-sharaa"], m.Participants.Select(p => p.Entity)));
    }
}
