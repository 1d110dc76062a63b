using NewsDashboard.Extraction.Quotes;

namespace NewsDashboard.Extraction.Tests.Quotes;

/// <summary>Issue 14: the speaker is the subject of the speech verb, and nobody when the text does not say who.</summary>
public class SpeakerRuleTests
{
    private static readonly E Houthis = new("organization/houthis", "Houthis", "YE", null, "الحوثيون", "الحوثيين", "Houthis");
    private static readonly E Reuters = new("organization/reuters", "Reuters", null, null, "Reuters", "Рейтер", "رويترز");
    private static readonly E Lenta = new("organization/lenta-ru", "Lenta.ru", "RU", null, "Лента.ру");
    private static readonly E Bush = new("person/george-bush", "Джордж Буш", "US", "President", "Джордж Буш", "Джорджем Бушем");
    private static readonly E Army = new("organization/syrian-army", "Syrian Army", "SY", null, "الجيش السوري");

    private static IReadOnlyList<ExtractedQuote> Extract(string text, string language, params E[] extra)
    {
        var doc = Fixture.Doc(text);
        return new QuoteExtractor().Extract(doc, language, Fixture.Analysis(doc, [.. People.All, .. extra]));
    }

    // A name after "that" is what was said; the verb's own subject is the one the text is about.
    [Theory]
    [InlineData("ar", "وقال لافروف إن روسيا تريد السلام.\nوشدد على أن الصاروخ الذي أطلقه الحوثيون \"يحمل كل علامات الأسلحة التي صنعت في الخارج\".")]
    [InlineData("ar", "وقال لافروف إن روسيا تريد السلام.\nوأضاف أن \"الحوثيين لن يتمكنوا من تهديد الملاحة في البحر الأحمر بعد اليوم\".")]
    [InlineData("en", "Lavrov spoke in Moscow on Monday.\nHe stressed that the Houthis \"will not be allowed to threaten shipping in the Red Sea again\".")]
    public void Extract_NameAfterThat_IsNotTheSpeaker(string language, string text)
    {
        var quote = Assert.Single(Extract(text, language, Houthis));

        Assert.Equal("person/sergey-lavrov", quote.SpeakerEntity);
    }

    // A subject the text names by a noun only ("the office", "the sources", "the sculptor"): no speaker, not the last name.
    [Theory]
    [InlineData("ar", "وقال لافروف إن روسيا تريد السلام.\nوقال مكتب النائب العام في بيان: \"يعتزم المدعي العام إثارة مسألة التسليم في أقرب وقت ممكن\".")]
    [InlineData("ar", "وقال لافروف إن روسيا تريد السلام.\nوذكر أحد الضباط \"إن القوات شنت هجوما واسعا على أطراف المدينة منذ الفجر\".")]
    [InlineData("ru", "Лавров выступил в Москве.\n«Это такая глыба в движении, это глыба, которой и был этот человек», — говорит скульптор.")]
    [InlineData("en", "Lavrov spoke in Moscow.\n\"The word means search for truth and nothing else at all,\" the message on the website said.")]
    public void Extract_SubjectNamingNobody_LeavesSpeakerUnknown(string language, string text)
    {
        var quote = Assert.Single(Extract(text, language));

        Assert.Null(quote.Speaker);
    }

    // "he" is the last subject: a name in an oblique case or after "that" is not one.
    [Theory]
    [InlineData("ru", "Вместе с Джорджем Бушем на церемонии выступил Лавров. «Первые переговоры пройдут у южной границы уже весной», — сказал он.", "person/sergey-lavrov")]
    [InlineData("ar", "وقال لافروف إنه لم يلتق بالرئيس جورج بوش.\nوأضاف: \"روسيا تريد علاقات متوازنة مع كل الدول في المنطقة\".", "person/sergey-lavrov")]
    public void Extract_Pronoun_ResolvesToLastSubjectNotLastName(string language, string text, string speaker)
    {
        var quote = Assert.Single(Extract(text, language, Bush, new E("person/george-bush-ar", "جورج بوش", "US", null, "جورج بوش")));

        Assert.Equal(speaker, quote.SpeakerEntity);
    }

    // An outlet that reports or relays words is not their speaker when the text names who spoke.
    [Theory]
    [InlineData("ru", "Захарова называет это ошибкой: «Я убеждена, что такие решения ничего не меняют в отношениях», сообщает Лента.ру.", "person/maria-zakharova")]
    [InlineData("ru", "«Переговоры пройдут в Москве в четверг», — цитирует агентство Рейтер Лаврова.", "person/sergey-lavrov")]
    [InlineData("ru", "Захарова даёт объяснение агентству Рейтер: «Подобные публикации направлены на подрыв наших договорённостей».", "person/maria-zakharova")]
    public void Extract_OutletReporting_IsNotTheSpeaker(string language, string text, string speaker)
    {
        var quote = Assert.Single(Extract(text, language, Reuters, Lenta, new E("person/sergey-lavrov-gen", "Сергей Лавров", "RU", null, "Лаврова")));

        Assert.StartsWith(speaker, quote.SpeakerEntity);
    }

    // An organisation speaks when it is the verb's subject; a place in the sentence does not.
    [Theory]
    [InlineData("en", "\"We will publish the full report on Monday morning,\" Reuters reported.", "organization/reuters")]
    [InlineData("ar", "وقال الجيش السوري إن الهجوم فشل.\nوقال الجيش في بيان: \"هذا المساء تتوسع العملية البرية في ريف المدينة\".", "organization/syrian-army")]
    public void Extract_OrganisationAsSubject_IsTheSpeaker(string language, string text, string speaker)
    {
        var quote = Assert.Single(Extract(text, language, Reuters, Army));

        Assert.Equal(speaker, quote.SpeakerEntity);
    }

    [Theory]
    [InlineData("en", "In Syria, officials said: \"The crossing will stay closed for the whole of next week.\"")]
    [InlineData("ar", "وفي سوريا قال مسؤولون: \"سيبقى المعبر مغلقا طوال الأسبوع المقبل\".")]
    public void Extract_PlaceInTheSentence_IsNotTheSpeaker(string language, string text)
    {
        var quote = Assert.Single(Extract(text, language));

        Assert.Null(quote.Speaker);
    }

    // A member of an organisation speaking is not the organisation speaking.
    [Theory]
    [InlineData("ru", "«Мы должны двигаться быстро, основываясь на хороших результатах», — заявил глава Рейтер Джон Смит.")]
    [InlineData("en", "\"We must move quickly on the tax reform this year,\" said a spokesman for Reuters.")]
    public void Extract_MemberOfOrganisation_IsNotTheOrganisation(string language, string text)
    {
        var quote = Assert.Single(Extract(text, language, Reuters));

        Assert.NotEqual("organization/reuters", quote.SpeakerEntity);
    }

    // An organisation in another clause than the verb ("agency BelTA, the judge said") is not the verb's subject.
    [Theory]
    [InlineData("ru", "Согласно сообщению агентства Рейтер, судья заявила, что «с ноября по декабрь обвиняемый руководил беспорядками в городе».")]
    [InlineData("en", "According to a report by Reuters, the judge said that \"the accused led the riots in the city from November to December\".")]
    public void Extract_OrganisationInAnotherClause_IsNotTheSpeaker(string language, string text)
    {
        var quote = Assert.Single(Extract(text, language, Reuters));

        Assert.Null(quote.Speaker);
    }

    // A "person" the entity stage made of an organisation's name speaks as nobody's name.
    [Fact]
    public void Extract_PersonMentionOpeningWithOrganisationHead_IsNoPersonSpeaker()
    {
        var ministry = new E("person/ministry-of-justice", "Ministry of Justice", null, null, "وزارة العدل");

        var quote = Assert.Single(Extract("وقالت وزارة العدل في المدينة إن \"المدعي العام قام بعملية تفتيش في الشركة أمس الخميس\".", "ar", ministry));

        Assert.Null(quote.Speaker);
    }

    // An unattributed quote continues the previous speaker only as a sentence of its own with nobody else named between.
    [Fact]
    public void Extract_NextQuoteAfterAttributedOne_ContinuesSpeaker()
    {
        var text = "\"Seventeen years ago, this would not have been possible at all,\" said Lavrov. \"These girls will prove to the world that nothing will stop us.\"";

        var quotes = Extract(text, "en");

        Assert.Equal(2, quotes.Count);
        Assert.All(quotes, q => Assert.Equal("person/sergey-lavrov", q.SpeakerEntity));
    }

    [Fact]
    public void Extract_UnattributedQuoteAfterOtherNames_HasNoSpeaker()
    {
        var text = "\"We hope the talks will succeed soon,\" Lavrov said. A video of Fidan went viral. One blogger wrote in a post, \"Anon declares war on the whole ministry today\", and it was shared widely.";

        var quotes = Extract(text, "en");

        Assert.Equal("person/sergey-lavrov", quotes[0].SpeakerEntity);
        Assert.Null(Assert.Single(quotes, q => q.Text.StartsWith("Anon", StringComparison.Ordinal)).Speaker);
    }
}
