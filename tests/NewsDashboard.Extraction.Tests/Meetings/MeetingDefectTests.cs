using NewsDashboard.Extraction.Meetings;
using NewsDashboard.Extraction.Tests.Quotes;

namespace NewsDashboard.Extraction.Tests.Meetings;

/// <summary>Issue 14, item 3: who met whom from what the sentence says, status, kind and date; one class of defect per test.</summary>
public class MeetingDefectTests
{
    // 2025-07-31 is a Thursday.
    private static readonly DateTimeOffset Published = new(2025, 7, 31, 9, 0, 0, TimeSpan.Zero);

    private static readonly E Kan = new("person/naoto-kan", "Naoto Kan", "JP", "Prime Minister", "Naoto Kan", "Kan", "Наото Кан", "Кан", "Наото Кана");
    private static readonly E Medvedev = new("person/dmitry-medvedev", "Dmitry Medvedev", "RU", "President", "Dmitry Medvedev", "Medvedev", "Дмитрия Медведева", "Медведев");
    private static readonly E Obama = new("person/barack-obama", "Barack Obama", "US", "President", "Barack Obama", "Obama", "Барак Обама", "Обама");
    private static readonly E Sarkozy = new("person/nicolas-sarkozy", "Nicolas Sarkozy", "FR", "President", "Nicolas Sarkozy", "Sarkozy", "Николя Саркози", "Саркози");
    private static readonly E Miller = new("person/alexey-miller", "Alexey Miller", "RU", null, "Алексей Миллер");
    private static readonly E Ozerets = new("person/alexander-ozerets", "Alexander Ozerets", "BY", null, "Александр Озерец");
    private static readonly E Bout = new("person/viktor-bout", "Viktor Bout", "RU", null, "Viktor Bout", "Виктором Бутом", "Виктор Бут");
    private static readonly E Alla = new("person/alla-bout", "Alla Bout", "RU", null, "Alla Bout", "Алла Бут");
    private static readonly E Black = new("person/black", "Black", null, null, "Black");
    private static readonly E Strany = new("person/strany", "Strany", null, null, "Страны");
    private static readonly E NetanyahuJerusalem = new("person/netanyahu-ierusalim", "Netanyahu Ierusalim", null, null, "Нетаньяху Иерусалим");
    private static readonly E Netanyahu = new("person/benjamin-netanyahu", "Benjamin Netanyahu", "IL", "Prime Minister", "Беньямин Нетаньяху", "Нетаньяху");
    private static readonly E Jerusalem = new("place/jerusalem", "Jerusalem", "IL", null, "Иерусалим");
    private static readonly E Islands = new("place/kuril-islands", "Kuril Islands", "RU", null, "Курильские острова", "острова");
    private static readonly E Aden = new("place/aden", "Aden", "YE", null, "عدن");
    private static readonly E Hadi = new("person/abd-rabbuh-mansur-hadi", "Abd Rabbuh Mansur Hadi", "YE", "President", "عبد ربه منصور هادي", "هادي");
    private static readonly E Envoy = new("person/ismail-ould-cheikh-ahmed", "Ismail Ould Cheikh Ahmed", null, null, "إسماعيل ولد الشيخ أحمد");

    private static readonly E[] Cast = [.. People.All, Kan, Medvedev, Obama, Sarkozy, Miller, Ozerets, Bout, Alla, Black, Strany, NetanyahuJerusalem, Netanyahu, Jerusalem, Islands, Aden, Hadi, Envoy];

    private static IReadOnlyList<ExtractedMeeting> Extract(string text, string language, DateTimeOffset? published = null)
    {
        var doc = Fixture.Doc(text);
        return new MeetingExtractor().Extract(doc, language, Fixture.Analysis(doc, Cast), published ?? Published);
    }

    private static string Sides(ExtractedMeeting m) => string.Join(" + ", m.Participants.Select(p => p.Entity ?? "?" + p.Country).Order(StringComparer.Ordinal));

    // Both sides must be arguments of the meeting, not two names in one sentence.
    [Theory]
    [InlineData("ru", "Кан также осудил визит на острова президента России Дмитрия Медведева в ноябре прошлого года.")]
    [InlineData("en", "Kan condemned the visit of President Dmitry Medvedev to the islands.")]
    [InlineData("en", "Fidan criticised Lavrov's visit to Ankara.")]
    [InlineData("ru", "Сергей Лавров на встрече с журналистами в понедельник резко отреагировал на заявление японского премьера, заявив, что высказывания Наото Кана носят недипломатический характер.")]
    [InlineData("en", "At a meeting with reporters on Monday, Lavrov criticised the statement, saying that Naoto Kan was wrong.")]
    [InlineData("ru", "Теперь же канцелярия сообщает о том, что вместо Нетаньяху Иерусалим будет представлять на саммите министр Сергей Лавров.")]
    [InlineData("ar", "تعقد قمة العشرين التي يشارك فيها معظم قادة العالم بغياب وزير الخارجية الروسي سيرغي لافروف.")]
    [InlineData("ar", "ظهر لافروف اليوم الجمعة في مؤتمر صحافي بمدينة موسكو.")]
    public void Extract_TwoNamesThatDidNotMeet_IsNoMeeting(string language, string text)
    {
        Assert.DoesNotContain(Extract(text, language), m => m.Participants.Count > 1 || m.Kind == "conference");
    }

    // A cue inside a title ("head of the delegation at the talks") and a conference nobody is said to take part in are no meetings.
    [Theory]
    [InlineData("ru", "Глава сирийской делегации на переговорах Асаад аш-Шейбани призвал ООН к действиям в Москве.")]
    [InlineData("en", "Lavrov said Russia looked forward to the Russia-Arab summit, which Moscow will host next year.")]
    [InlineData("ru", "И в дни юбилея Лаврова в Москве проходит первый форум.")]
    [InlineData("ru", "Открывая встречу, Лавров выразил надежду, что Шейбани примет участие в саммите.")]
    public void Extract_CueThatStatesNoMeeting_IsNoMeeting(string language, string text)
    {
        Assert.Empty(Extract(text, language));
    }

    [Theory]
    [InlineData("en", "Lavrov will attend the summit in Moscow.")]
    [InlineData("ru", "Лавров примет участие в саммите в Москве.")]
    public void Extract_OneSideTakingPartInAConference_IsAConference(string language, string text)
    {
        var meeting = Assert.Single(Extract(text, language));

        Assert.Equal(("person/sergey-lavrov", "conference", "Moscow"), (Sides(meeting), meeting.Kind, meeting.Location));
    }

    // A tagger span that is part of a phrase is no participant; nor is a person of a relative clause after the cue.
    [Theory]
    [InlineData("en", "Putin and Erdogan discuss Syria, Black Sea in phone call", "person/hakan-fidan + person/sergey-lavrov")]
    [InlineData("ru", "Лавров и Фидан провели переговоры о визите в Страны восходящего солнца.", "person/hakan-fidan + person/sergey-lavrov")]
    [InlineData("ar", "يجري لافروف محادثات مع الشيباني الذي انتقد فيدان.", "person/asaad-al-shaibani + person/sergey-lavrov")]
    [InlineData("en", "Lavrov met al-Shaibani who had criticised Fidan.", "person/asaad-al-shaibani + person/sergey-lavrov")]
    public void Extract_PhraseFragment_IsNotAParticipant(string language, string text, string sides)
    {
        text = text.Replace("Putin and Erdogan", "Lavrov and Fidan", StringComparison.Ordinal);

        var meeting = Assert.Single(Extract(text, language));

        Assert.Equal(sides, Sides(meeting));
    }

    // Real meetings the cues missed.
    [Theory]
    [InlineData("ru", "Барак Обама принимает в Белом доме своего французского коллегу Николя Саркози.", "person/barack-obama + person/nicolas-sarkozy")]
    [InlineData("ru", "Спор решат Алексей Миллер и Александр Озерец, которые сегодня встречаются для обсуждения долга.", "person/alexander-ozerets + person/alexey-miller")]
    [InlineData("ru", "В понедельник Алла Бут получит первое свидание с Виктором Бутом в тюрьме.", "person/alla-bout + person/viktor-bout")]
    [InlineData("en", "Alla Bout visited Viktor Bout in prison on Monday.", "person/alla-bout + person/viktor-bout")]
    [InlineData("en", "Zakharova praised Lavrov's talks with al-Shaibani in Moscow.", "person/asaad-al-shaibani + person/sergey-lavrov")]
    [InlineData("ar", "سيتوجه لافروف إلى موسكو للقاء الشيباني وفيدان.", "person/asaad-al-shaibani + person/hakan-fidan + person/sergey-lavrov")]
    [InlineData("ar", "وكان الرئيس اليمني عبد ربه منصور هادي التقى أمس المبعوث الأممي إسماعيل ولد الشيخ أحمد في عدن.", "person/abd-rabbuh-mansur-hadi + person/ismail-ould-cheikh-ahmed")]
    public void Extract_MeetingCue_FindsTheMeeting(string language, string text, string sides)
    {
        var meeting = Assert.Single(Extract(text, language));

        Assert.Equal(sides, Sides(meeting));
    }

    // Status from tense and modality; a postponement is a cancellation whose evidence says "postponed".
    [Theory]
    [InlineData("en", "Lavrov will meet al-Shaibani in Moscow next week.", "planned")]
    [InlineData("en", "Lavrov is expected to meet al-Shaibani in Moscow.", "planned")]
    [InlineData("ar", "سيلتقي لافروف الشيباني في موسكو الأسبوع المقبل.", "planned")]
    [InlineData("ru", "Лавров встретится с Шейбани в Москве.", "planned")]
    [InlineData("fr", "Lavrov rencontrera Assaad al-Chaibani à Moscou.", "planned")]
    [InlineData("en", "The summit between Lavrov and al-Shaibani, set for Monday in Moscow, was postponed.", "cancelled")]
    [InlineData("en", "The talks between Lavrov and al-Shaibani in Moscow, planned for Monday, have been called off.", "cancelled")]
    [InlineData("ar", "أرجأ لافروف لقاءه مع الشيباني في موسكو.", "cancelled")]
    [InlineData("ru", "Встреча Лаврова и Шейбани в Москве, намеченная на понедельник, отложена.", "cancelled")]
    [InlineData("ru", "Переговоры Лаврова с Шейбани в Москве отменены.", "cancelled")]
    [InlineData("ru", "Ожидалось, что Лавров проведёт переговоры с Шейбани в Москве, однако переговоры были перенесены.", "cancelled")]
    [InlineData("ru", "На встречу с Виктором Бутом в понедельник прибудет Алла Бут.", "planned")]
    public void Extract_TenseModalityAndCancelling_SetStatus(string language, string text, string status)
    {
        var meeting = Assert.Single(Extract(text, language));

        Assert.Equal(status, meeting.Status);
        Assert.Equal(2, meeting.Participants.Count);
    }

    // Two meetings in one sentence are two meetings, each with its own sides, place and date.
    [Theory]
    [InlineData("en", "Lavrov met al-Shaibani in Moscow on Monday, while Fidan met Zakharova in Ankara on Tuesday.")]
    [InlineData("ru", "Лавров встретился с Шейбани в Москве в понедельник, а Захарова встретилась с Фиданом в Анкаре во вторник.")]
    public void Extract_TwoMeetingsInOneSentence_AreTwoMeetings(string language, string text)
    {
        var meetings = Extract(text, language).OrderBy(m => m.Date, StringComparer.Ordinal).ToList();

        Assert.Equal(2, meetings.Count);
        Assert.Equal(("person/asaad-al-shaibani + person/sergey-lavrov", "Moscow", "2025-07-28"), (Sides(meetings[0]), meetings[0].Location, meetings[0].Date));
        Assert.Equal(("person/hakan-fidan + person/maria-zakharova", "Ankara", "2025-07-29"), (Sides(meetings[1]), meetings[1].Location, meetings[1].Date));
    }

    // The place of the cue's own clause comes first.
    [Theory]
    [InlineData("ru", "Лавров провёл переговоры с Шейбани в Москве, а затем встретился в Анкаре с Фиданом.")]
    [InlineData("en", "Lavrov held talks with al-Shaibani in Moscow, and then met Fidan in Ankara.")]
    public void Extract_SecondMeetingOfASentence_HasThePlaceOfItsOwnClause(string language, string text)
    {
        var meetings = Extract(text, language);

        Assert.Equal("Moscow", Assert.Single(meetings, m => m.Participants.Any(p => p.Entity == "person/asaad-al-shaibani")).Location);
        Assert.Equal("Ankara", Assert.Single(meetings, m => m.Participants.Any(p => p.Entity == "person/hakan-fidan")).Location);
    }

    // "Later", "Позже": the day and place of the meeting just reported; not for a meeting still to come.
    [Theory]
    [InlineData("ru", "В среду Лавров провёл переговоры с Шейбани в Москве.\nПозже Лавров встретился с Фиданом.", "2025-07-30 Moscow")]
    [InlineData("en", "On Wednesday Lavrov held talks with al-Shaibani in Moscow.\nLater Lavrov met Fidan.", "2025-07-30 Moscow")]
    [InlineData("en", "On Wednesday Lavrov held talks with al-Shaibani in Moscow.\nLater Lavrov will meet Fidan.", " ")]
    public void Extract_LaterThatDay_TakesTheDayAndPlaceOfTheMeetingJustReported(string language, string text, string expected)
    {
        var fidan = Assert.Single(Extract(text, language), m => m.Participants.Any(p => p.Entity == "person/hakan-fidan"));

        Assert.Equal(expected, $"{fidan.Date} {fidan.Location}");
    }

    // Relative dates resolve against the published date; without one there is no date.
    [Theory]
    [InlineData("en", "Lavrov met al-Shaibani in Moscow yesterday.", "2025-07-30")]
    [InlineData("en", "Lavrov met al-Shaibani in Moscow on Monday.", "2025-07-28")]
    [InlineData("ar", "التقى لافروف الشيباني أمس في موسكو.", "2025-07-30")]
    [InlineData("ru", "Лавров встретился с Шейбани в Москве в среду.", "2025-07-30")]
    [InlineData("fr", "Lavrov a rencontré Assaad al-Chaibani mercredi à Moscou.", "2025-07-30")]
    public void Extract_RelativeDate_ResolvesAgainstPublished(string language, string text, string date)
    {
        Assert.Equal(date, Assert.Single(Extract(text, language)).Date);
    }

    [Fact]
    public void Extract_RelativeDateWithoutPublished_HasNoDate()
    {
        var doc = Fixture.Doc("Lavrov met al-Shaibani in Moscow yesterday.");

        var meeting = Assert.Single(new MeetingExtractor().Extract(doc, "en", Fixture.Analysis(doc, Cast), null));

        Assert.Null(meeting.Date);
    }

    // The same sides are two meetings when the reports are days apart, or a call held and a meeting announced.
    [Theory]
    [InlineData("en", "Lavrov spoke with al-Shaibani by phone yesterday.\nLavrov will meet al-Shaibani in Moscow next week.", "call held 2025-07-30|meeting planned ")]
    [InlineData("en", "Lavrov met al-Shaibani in Moscow on July 2.\nLavrov met al-Shaibani in Moscow again on July 30.", "meeting held 2025-07-02|meeting held 2025-07-30")]
    [InlineData("ru", "Лавров провёл телефонный разговор с Шейбани в среду.\nЛавров встретится с Шейбани в Москве.", "call held 2025-07-30|meeting planned ")]
    public void Extract_SameSidesDifferentEvents_AreTwoMeetings(string language, string text, string expected)
    {
        var meetings = Extract(text, language);

        Assert.Equal(expected, string.Join("|", meetings.Select(m => $"{m.Kind} {m.Status} {m.Date}")));
    }

    // Same meeting, one entry: a planned meeting later reported held is held, with both sentences as evidence.
    [Theory]
    [InlineData("en", "Lavrov will meet al-Shaibani in Moscow on Thursday.\nOn Thursday Lavrov met al-Shaibani in Moscow.")]
    [InlineData("ru", "Лавров встретится с Шейбани в Москве в четверг.\nВ четверг Лавров встретился с Шейбани в Москве.")]
    public void Extract_PlannedThenHeld_IsOneHeldMeetingWithBothSources(string language, string text)
    {
        var meeting = Assert.Single(Extract(text, language));

        Assert.Equal(("held", "2025-07-31"), (meeting.Status, meeting.Date));
        Assert.Equal(text.Replace("\n", " ", StringComparison.Ordinal), meeting.Evidence);
    }
}

public class MeetingPipelineDateTests
{
    // The ingestion time stands in for a missing publication time on the article, but never dates a meeting.
    [Fact]
    public void Extract_ArticleWithoutPublished_MeetingHasNoDateFromTheReadingDay()
    {
        var input = new ArticleInput("Russian Foreign Minister Sergey Lavrov met his Syrian counterpart Asaad al-Shaibani in Moscow yesterday.", "Talks in Moscow", Language: "en");

        var result = NewsExtractor.Default.Extract(input, new DateTimeOffset(2026, 12, 7, 18, 0, 0, TimeSpan.Zero));

        var meeting = Assert.Single(result.Meetings);
        Assert.Null(meeting.Date);
    }

    [Fact]
    public void Extract_ArticleWithPublished_MeetingDateIsRelativeToIt()
    {
        var input = new ArticleInput("Russian Foreign Minister Sergey Lavrov met his Syrian counterpart Asaad al-Shaibani in Moscow yesterday.", "Talks in Moscow", Language: "en",
            Published: new DateTimeOffset(2025, 7, 31, 9, 0, 0, TimeSpan.Zero));

        var meeting = Assert.Single(NewsExtractor.Default.Extract(input, DateTimeOffset.UnixEpoch).Meetings);

        Assert.Equal("2025-07-30", meeting.Date);
    }
}

/// <summary>Through the whole pipeline (real entity and quote stages): reporters, passives and new cues.</summary>
public class MeetingPipelineSidesTests
{
    private static readonly DateTimeOffset Published = new(2025, 11, 10, 9, 0, 0, TimeSpan.Zero);

    [Theory]
    // "according to diplomatic sources" names no reporter: the sides stay.
    [InlineData("ar", "من المقرر أن يزور الرئيس السوري أحمد الشرع أنقرة الشهر المقبل، حيث سيلتقي الرئيس رجب طيب أردوغان، وفق ما ذكرت مصادر دبلوماسية.", "person/ahmed-al-sharaa + person/recep-tayyip-erdogan")]
    // A passive of receiving, a French "before being received by", a Russian "met in person".
    [InlineData("ru", "Днём Сергей Лавров был принят президентом Сирии Ахмедом аш-Шараа.", "person/ahmed-al-sharaa + person/sergey-lavrov")]
    [InlineData("ru", "Ранее Сергей Лавров и Марко Рубио общались лично в Нью-Йорке.", "person/marco-rubio + person/sergey-lavrov")]
    [InlineData("fr", "Wang Yi doit rencontrer lundi à Paris son homologue français Jean-Noël Barrot, avant d'être reçu par le président Emmanuel Macron.", "person/emmanuel-macron + person/wang-yi|person/jean-noel-barrot + person/wang-yi")]
    // The one who reports is no side: named beside the verb of speech, or the subject of a participle of speech.
    [InlineData("en", "Russian Foreign Ministry spokeswoman Maria Zakharova said Sergey Lavrov would meet Hakan Fidan in Ankara.", "person/hakan-fidan + person/sergey-lavrov")]
    [InlineData("en", "Turkish Foreign Minister Hakan Fidan criticised remarks by Sergey Lavrov on Syria, saying they did not help the talks.", "")]
    public void Extract_Sentence_GivesTheMeetingsItStates(string language, string text, string expected)
    {
        var result = NewsExtractor.Default.Extract(new ArticleInput(text, "T", Language: language, Published: Published));

        var sides = result.Meetings.Select(m => string.Join(" + ", m.Participants.Select(p => p.Entity).Order(StringComparer.Ordinal))).Order(StringComparer.Ordinal);
        Assert.Equal(expected, string.Join("|", sides));
    }
}
