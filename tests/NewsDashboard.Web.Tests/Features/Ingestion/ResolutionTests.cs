using NewsDashboard.Extraction;
using NewsDashboard.Web.Features.Entities;
using NewsDashboard.Web.Features.Meetings;
using static NewsDashboard.Web.Tests.Support.StoreFixture;

namespace NewsDashboard.Web.Tests.Features.Ingestion;

public sealed class ResolutionTests
{
    private static ExtractedEntity Lavrov(params string[] surfaces)
        => new("person/sergey-lavrov", "person", "Sergey Lavrov", "RU", "Minister of Foreign Affairs", 2, surfaces);

    private static ExtractedEntity Shaibani(params string[] surfaces)
        => new("person/asaad-al-shaibani", "person", "Asaad al-Shaibani", "SY", "Minister of Foreign Affairs", 1, surfaces);

    private static ExtractedMeeting Talks(string date, string evidence) => new(
        [new("person/sergey-lavrov", "Sergey Lavrov", "RU", null), new("person/asaad-al-shaibani", "Asaad al-Shaibani", "SY", null)],
        "Moscow", "RU", date, MeetingStatus.Held, MeetingKind.Meeting, evidence);

    [Fact]
    public async Task Ingest_SameEntityInTwoScripts_IsOneEntityWithBothSpellingsAsAliases()
    {
        await using var store = await CreateAsync();

        await store.IngestAsync("ar body", Result("ar", [Lavrov("سيرجي لافروف", "لافروف")]));
        await store.IngestAsync("ru body", Result("ru", [Lavrov("Сергей Лавров", "Лавров")]));

        var people = await store.Entities.TopAsync("person", MentionWindow.All, 10);
        var lavrov = Assert.Single(people);
        Assert.Equal(4, lavrov.Mentions);
        Assert.Superset(new HashSet<string> { "سيرجي لافروف", "لافروف", "Сергей Лавров", "Лавров", "Sergey Lavrov" }, lavrov.Aliases.ToHashSet());
    }

    [Fact]
    public async Task Ingest_DifferentKeySameFullSpelling_LinksToStoredEntity()
    {
        await using var store = await CreateAsync();
        await store.IngestAsync("first", Result("en", [Lavrov("Sergei Lavrov")]));

        // A later article's extraction romanised the name differently, but wrote a spelling already known.
        var other = new ExtractedEntity("person/sergei-lavrov", "person", "Sergei Lavrov", "RU", null, 1, ["Sergei Lavrov", "Lavrov"]);
        await store.IngestAsync("second", Result("en", [other]));

        var lavrov = Assert.Single(await store.Entities.TopAsync("person", MentionWindow.All, 10));
        Assert.Equal("Sergey Lavrov", lavrov.Name);
        Assert.Equal(3, lavrov.Mentions);
    }

    // Names no lexicon knows come with keys from their own spelling; the store still finds one person.
    [Fact]
    public async Task Ingest_TransliterationVariantsOfOneName_AreOnePerson()
    {
        await using var store = await CreateAsync();
        await store.IngestAsync("en", Result("en", [new("person/barack-obama", "person", "Barack Obama", "US", null, 2, ["Barack Obama", "Obama"])]));
        await store.IngestAsync("ru", Result("ru", [new("person/barak-obama", "person", "Barak Obama", null, null, 1, ["Барак Обама"])]));
        await store.IngestAsync("ar", Result("ar", [new("person/barak-awbama", "person", "Barak Awbama", null, null, 1, ["باراك أوباما"])]));

        var obama = Assert.Single(await store.Entities.TopAsync("person", MentionWindow.All, 10));
        Assert.Equal("Barack Obama", obama.Name);
        Assert.Equal(4, obama.Mentions);
        Assert.Superset(new HashSet<string> { "Барак Обама", "باراك أوباما" }, obama.Aliases.ToHashSet());
    }

    [Fact]
    public async Task Ingest_TwoNamesOfOnePersonInOneArticle_CountOneArticleAndEveryMention()
    {
        await using var store = await CreateAsync();
        await store.IngestAsync("one", Result("en", [
            new("person/barack-obama", "person", "Barack Obama", "US", null, 2, ["Barack Obama"]),
            new("person/barak-obama", "person", "Barak Obama", null, null, 1, ["Barak Obama"])]));

        foreach (var window in new[] { MentionWindow.All, MentionWindow.Hour, MentionWindow.Day })
        {
            var obama = Assert.Single(await store.Entities.TopAsync("person", window, 10));
            Assert.Equal((3L, 1L), (obama.Mentions, obama.Articles));
        }
    }

    [Fact]
    public async Task Ingest_SameSurnameDifferentGivenName_StaysTwoPeople()
    {
        await using var store = await CreateAsync();
        await store.IngestAsync("one", Result("en", [new("person/barack-obama", "person", "Barack Obama", "US", null, 1, ["Barack Obama"])]));
        await store.IngestAsync("two", Result("ru", [new("person/mishel-obama", "person", "Mishel Obama", null, null, 1, ["Мишель Обама"])]));

        Assert.Equal(2, (await store.Entities.TopAsync("person", MentionWindow.All, 10)).Count);
    }

    [Fact]
    public async Task Ingest_SharedSurnameOnly_DoesNotMergeTwoPeople()
    {
        await using var store = await CreateAsync();
        await store.IngestAsync("one", Result("en", [new("person/ahmed-al-sharaa", "person", "Ahmed al-Sharaa", "SY", "President", 1, ["Ahmed"])]));
        await store.IngestAsync("two", Result("en", [new("person/ahmed-aboul-gheit", "person", "Ahmed Aboul Gheit", "EG", "Secretary-General", 1, ["Ahmed"])]));

        Assert.Equal(2, (await store.Entities.TopAsync("person", MentionWindow.All, 10)).Count);
    }

    [Fact]
    public async Task Ingest_SameMeetingInFourArticles_IsOneMeetingWithFourSources()
    {
        await using var store = await CreateAsync();
        string[] languages = ["ar", "en", "fr", "ru"];
        for (var i = 0; i < languages.Length; i++)
        {
            var date = i == 3 ? "2025-08-01" : "2025-07-31"; // a day later in one report is still the same meeting
            await store.IngestAsync($"body {i}", Result(languages[i], [Lavrov("Lavrov"), Shaibani("Shaibani")], [Talks(date, $"evidence {i}")]));
        }

        var meeting = Assert.Single(await store.Meetings.ListAsync(new MeetingFilter(["SY"], false, null, null)));
        Assert.Equal(4, meeting.Sources.Count);
        Assert.Equal("2025-07-31", meeting.Date);
    }

    [Theory]
    [InlineData(MeetingStatus.Planned, MeetingStatus.Held, MeetingStatus.Held)]
    [InlineData(MeetingStatus.Held, MeetingStatus.Planned, MeetingStatus.Held)]
    [InlineData(MeetingStatus.Planned, MeetingStatus.Cancelled, MeetingStatus.Cancelled)]
    [InlineData(MeetingStatus.Cancelled, MeetingStatus.Held, MeetingStatus.Cancelled)]
    public async Task Ingest_SameMeetingReportedAgain_StatusFollowsTheLaterReportAndBothSourcesStay(string first, string second, string expected)
    {
        await using var store = await CreateAsync();
        await store.IngestAsync("announced", Result("en", [Lavrov(), Shaibani()], [Talks("2025-07-31", "Lavrov will meet al-Shaibani.") with { Status = first }]));
        await store.IngestAsync("reported", Result("ru", [Lavrov(), Shaibani()], [Talks("2025-07-31", "Лавров встретился с Шейбани.") with { Status = second }]));

        var meeting = Assert.Single(await store.Meetings.ListAsync(new MeetingFilter(["SY"], false, null, null)));
        Assert.Equal(expected, meeting.Status);
        Assert.Equal(2, meeting.Sources.Count);
    }

    [Fact]
    public async Task Ingest_SameParticipantsAWeekApart_AreTwoMeetings()
    {
        await using var store = await CreateAsync();
        await store.IngestAsync("a", Result("en", [Lavrov(), Shaibani()], [Talks("2025-07-31", "first")]));
        await store.IngestAsync("b", Result("en", [Lavrov(), Shaibani()], [Talks("2025-08-08", "second")]));

        Assert.Equal(2, (await store.Meetings.ListAsync(MeetingFilter.None)).Count);
    }

    [Fact]
    public async Task Meetings_CountryFilterAll_KeepsOnlyMeetingsInvolvingEveryCountry()
    {
        await using var store = await CreateAsync();
        await store.IngestAsync("sy-ru", Result("en", [Lavrov(), Shaibani()], [Talks("2025-07-31", "Moscow talks")]));
        var paris = new ExtractedMeeting(
            [new("person/asaad-al-shaibani", "Asaad al-Shaibani", "SY", null), new("person/jean-noel-barrot", "Jean-Noël Barrot", "FR", null)],
            "Paris", "FR", "2025-07-20", MeetingStatus.Held, MeetingKind.Meeting, "Paris talks");
        await store.IngestAsync("sy-fr", Result("en", [Shaibani(), new("person/jean-noel-barrot", "person", "Jean-Noël Barrot", "FR", null, 1, [])], [paris]));

        var any = await store.Meetings.ListAsync(new MeetingFilter(["SY", "RU"], false, null, null));
        var all = await store.Meetings.ListAsync(new MeetingFilter(["SY", "RU"], true, null, null));
        var ranged = await store.Meetings.ListAsync(new MeetingFilter(["SY"], false, new DateOnly(2025, 7, 25), null));

        Assert.Equal(["2025-07-31", "2025-07-20"], any.Select(m => m.Date));
        Assert.Equal("Moscow", Assert.Single(all).Location);
        Assert.Equal("Moscow", Assert.Single(ranged).Location);
    }

    // "The ministry's spokesman said": a speaker with a role and a country but no name keeps the role on the card.
    [Fact]
    public async Task Ingest_QuoteOfAnUnnamedSpokesman_KeepsTheRoleAndCountry()
    {
        await using var store = await CreateAsync();
        var quote = new ExtractedQuote(null, null, "FR", "Le régime sera responsable de toute nouvelle crise humanitaire.", "fr", "Spokesperson");

        await store.IngestAsync("q", Result("fr", [], quotes: [quote]));

        var stored = Assert.Single(await store.Quotes.ListAsync(null, null, 10));
        Assert.Null(stored.Speaker.Name);
        Assert.Equal("Spokesperson", stored.Speaker.Role);
        Assert.Equal("FR", stored.Speaker.Country);
    }

    [Fact]
    public async Task Ingest_SameQuoteTwice_IsOneQuoteWithTwoSources()
    {
        await using var store = await CreateAsync();
        var quote = new ExtractedQuote("Sergey Lavrov", "person/sergey-lavrov", "RU", "We hope the Syrian people overcome the challenges.", "en");
        var repunctuated = quote with { Text = "We hope the Syrian people overcome the challenges" };

        await store.IngestAsync("q1", Result("en", [Lavrov()], quotes: [quote]));
        await store.IngestAsync("q2", Result("en", [Lavrov()], quotes: [repunctuated]));

        var stored = Assert.Single(await store.Quotes.ListAsync(null, null, 10));
        Assert.Equal(2, stored.Sources.Count);
        Assert.Equal("Sergey Lavrov", stored.Speaker.Name);
        Assert.Equal("Minister of Foreign Affairs", stored.Speaker.Role);
    }

    [Fact]
    public async Task Merge_ThenLaterArticleWithMergedKey_KeepsTheCorrection()
    {
        await using var store = await CreateAsync();
        // A misreading no spelling rule links to Lavrov (the surname is not last), so an editor merges it.
        var wrong = new ExtractedEntity("person/lafruf-al-rusi", "person", "Lafruf al-Rusi", "RU", null, 1, ["لافروف الروسي"]);
        await store.IngestAsync("x", Result("ar", [wrong]));
        await store.IngestAsync("y", Result("en", [Lavrov("Sergey Lavrov")]));
        var people = await store.Entities.TopAsync("person", MentionWindow.All, 10);
        var from = people.Single(p => p.Name == "Lafruf al-Rusi").Id;
        var into = people.Single(p => p.Name == "Sergey Lavrov").Id;

        Assert.Equal(CorrectionResult.Done, await store.Corrections.MergeAsync(from, into));
        await store.IngestAsync("z", Result("ar", [wrong with { Surfaces = ["لافروف"] }]));

        var lavrov = Assert.Single(await store.Entities.TopAsync("person", MentionWindow.All, 10));
        Assert.Equal(into, lavrov.Id);
        Assert.Equal(4, lavrov.Mentions);
        Assert.Equal(3, lavrov.Articles); // x (merged in), y and z: each article once
        Assert.Contains("لافروف الروسي", lavrov.Aliases);
    }

    [Fact]
    public async Task Rename_ThenLaterArticle_KeepsTheEditorsName()
    {
        await using var store = await CreateAsync();
        await store.IngestAsync("a", Result("en", [Shaibani()]));
        var id = Assert.Single(await store.Entities.TopAsync("person", MentionWindow.All, 10)).Id;

        Assert.Equal(CorrectionResult.Done, await store.Corrections.RenameAsync(id, "Asaad Hassan al-Shaibani"));
        await store.IngestAsync("b", Result("en", [Shaibani()]));

        Assert.Equal("Asaad Hassan al-Shaibani", Assert.Single(await store.Entities.TopAsync("person", MentionWindow.All, 10)).Name);
    }

    [Fact]
    public async Task TopEntities_DayWindow_CountsOnlyRecentMentionsAndMarksTrend()
    {
        await using var store = await CreateAsync();
        await store.IngestAsync("a", Result("en", [Lavrov()]));

        var day = Assert.Single(await store.Entities.TopAsync("person", MentionWindow.Day, 10));
        var hour = Assert.Single(await store.Entities.TopAsync("person", MentionWindow.Hour, 10));

        Assert.Equal(2, day.Mentions);
        Assert.Equal("rising", hour.Trend);
        Assert.Empty(await store.Entities.TopAsync("country", MentionWindow.Day, 10));
    }
}
