using NewsDashboard.Extraction.Meetings;
using NewsDashboard.Extraction.Tests.Quotes;

namespace NewsDashboard.Extraction.Tests.Meetings;

public class MeetingExtractorTests
{
    // 2025-07-31 is a Thursday.
    private static readonly DateTimeOffset Published = new(2025, 7, 31, 9, 0, 0, TimeSpan.Zero);

    private static IReadOnlyList<ExtractedMeeting> Extract(string text, string language)
    {
        var doc = Fixture.Doc(text);
        return new MeetingExtractor().Extract(doc, language, Fixture.Analysis(doc, People.All), Published);
    }

    private static string[] Sides(ExtractedMeeting m) => [.. m.Participants.Select(p => p.Entity ?? "?" + p.Country).Order(StringComparer.Ordinal)];

    [Theory]
    [InlineData("ar", "التقى وزير الخارجية الروسي سيرغي لافروف نظيره السوري أسعد الشيباني في موسكو اليوم الخميس.")]
    [InlineData("ar", "يعقد وزير الخارجية الروسي سيرغي لافروف، محادثات مع نظيره السوري أسعد الشيباني، اليوم الخميس، في العاصمة موسكو.")]
    [InlineData("ar", "وجاء ذلك خلال استقبال لافروف وزير الخارجية السوري أسعد الشيباني في موسكو اليوم.")]
    [InlineData("en", "Russian Foreign Minister Sergey Lavrov held talks with his Syrian counterpart Asaad al-Shaibani in Moscow on Thursday.")]
    [InlineData("en", "Lavrov received al-Shaibani in Moscow on Thursday.")]
    [InlineData("fr", "Sergueï Lavrov a reçu jeudi à Moscou son homologue syrien Assaad al-Chaibani.")]
    [InlineData("fr", "Sergueï Lavrov s'est entretenu jeudi à Moscou avec Assaad al-Chaibani.")]
    [InlineData("ru", "Сергей Лавров провёл переговоры с Асаад аш-Шейбани в Москве в четверг.")]
    [InlineData("ru", "Лавров встретился с Шейбани в Москве в четверг.")]
    public void Extract_HeldMeetingInEachLanguage_GivesSidesPlaceDateStatusKind(string language, string text)
    {
        var meeting = Assert.Single(Extract(text, language));

        Assert.Equal(["person/asaad-al-shaibani", "person/sergey-lavrov"], Sides(meeting));
        Assert.Equal(("Moscow", "RU", "2025-07-31", "held", "meeting"), (meeting.Location, meeting.LocationCountry, meeting.Date, meeting.Status, meeting.Kind));
    }

    [Theory]
    [InlineData("ar", "وصل وزير الدفاع السوري مرهف أبو قصرة إلى موسكو ويلتقي نظيره الروسي اليوم الخميس.")]
    [InlineData("en", "Syrian Defence Minister Murhaf Abu Qasra arrived in Moscow and met his Russian counterpart.")]
    [InlineData("fr", "Le ministre syrien de la Défense, Murhaf Abu Qasra, s'est entretenu à Moscou avec son homologue russe.")]
    [InlineData("ru", "Министр обороны Сирии Мурхаф Абу Касра встретился в Москве с российским коллегой.")]
    public void Extract_UnnamedCounterpart_IsASideWithCountryAndTheSameRole(string language, string text)
    {
        var entities = People.All.Append(new E("person/murhaf-abu-qasra", "Murhaf Abu Qasra", "SY", "Minister of Defence", "Мурхаф Абу Касра"));
        var doc = Fixture.Doc(text);

        var meeting = Assert.Single(new MeetingExtractor().Extract(doc, language, Fixture.Analysis(doc, [.. entities]), Published));

        Assert.Equal(["?RU", "person/murhaf-abu-qasra"], Sides(meeting));
        Assert.Equal("Minister of Defence", meeting.Participants.Single(p => p.Entity is null).Role);
    }

    [Theory]
    [InlineData("ar", "ومن المقرر أن يلتقي لافروف الشيباني في موسكو.", "planned")]
    [InlineData("ar", "سيلتقي لافروف الشيباني في موسكو.", "planned")]
    [InlineData("ar", "ألغى لافروف لقاءه مع الشيباني في موسكو.", "cancelled")]
    [InlineData("en", "Lavrov will meet al-Shaibani in Moscow.", "planned")]
    [InlineData("en", "Lavrov is due to meet al-Shaibani in Moscow.", "planned")]
    [InlineData("en", "Lavrov cancelled his meeting with al-Shaibani in Moscow.", "cancelled")]
    [InlineData("fr", "Lavrov doit rencontrer Assaad al-Chaibani à Moscou.", "planned")]
    [InlineData("fr", "Lavrov a annulé sa rencontre avec Assaad al-Chaibani à Moscou.", "cancelled")]
    [InlineData("ru", "Лавров проведёт переговоры с Шейбани в Москве.", "planned")]
    [InlineData("ru", "Лавров отменил встречу с Шейбани в Москве.", "cancelled")]
    public void Extract_TenseAndMarkers_SetStatus(string language, string text, string status)
    {
        var meeting = Assert.Single(Extract(text, language));

        Assert.Equal(status, meeting.Status);
    }

    [Theory]
    [InlineData("ar", "أجرى لافروف اتصالا هاتفيا مع الشيباني.", "call")]
    [InlineData("en", "Lavrov spoke by phone with al-Shaibani.", "call")]
    [InlineData("fr", "Lavrov s'est entretenu par téléphone avec Assaad al-Chaibani.", "call")]
    [InlineData("ru", "Лавров провёл телефонный разговор с Шейбани.", "call")]
    public void Extract_PhoneCall_IsACallWithoutPlace(string language, string text, string kind)
    {
        var meeting = Assert.Single(Extract(text, language));

        Assert.Equal(kind, meeting.Kind);
        Assert.Null(meeting.Location);
    }

    [Fact]
    public void Extract_SameSidesInSeveralSentences_IsOneMeetingWithAllEvidence()
    {
        var text = "Lavrov will meet al-Shaibani in Moscow, Zakharova said.\nLavrov received al-Shaibani in Moscow on Thursday.\nThe talks between Lavrov and al-Shaibani lasted three hours.";

        var meeting = Assert.Single(Extract(text, "en"));

        Assert.Equal(["person/asaad-al-shaibani", "person/sergey-lavrov"], Sides(meeting));
        Assert.Equal("held", meeting.Status);
        Assert.Equal("2025-07-31", meeting.Date);
        Assert.Contains("three hours", meeting.Evidence, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en", "Zakharova said Lavrov would hold talks with al-Shaibani in Moscow.")]
    [InlineData("ar", "وقالت المتحدثة باسم الخارجية الروسية ماريا زاخاروفا إنه من المقرر أن تعقد محادثات بين لافروف والشيباني.")]
    public void Extract_ReportedBySpeaker_SpeakerIsNotASide(string language, string text)
    {
        var meeting = Assert.Single(Extract(text, language));

        Assert.Equal(["person/asaad-al-shaibani", "person/sergey-lavrov"], Sides(meeting));
    }

    [Fact]
    public void Extract_OneNamedSideWithoutCounterpart_IsNotAMeeting()
    {
        Assert.Empty(Extract("Lavrov held talks in Moscow on Thursday.", "en"));
    }

    [Fact]
    public void Extract_NamesInsideAQuote_AreNotSides()
    {
        Assert.Empty(Extract("Lavrov said at the meeting: \"We look forward to welcoming al-Shaibani and Fidan in Moscow.\"", "en"));
    }
}
