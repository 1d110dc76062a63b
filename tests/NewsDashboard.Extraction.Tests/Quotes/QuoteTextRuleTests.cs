using NewsDashboard.Extraction.Quotes;

namespace NewsDashboard.Extraction.Tests.Quotes;

/// <summary>Issue 14: a quote card is a quotation of speech, its text without attribution clauses and dangling marks.</summary>
public class QuoteTextRuleTests
{
    private static IReadOnlyList<ExtractedQuote> Extract(string text, string language)
    {
        var doc = Fixture.Doc(text);
        return new QuoteExtractor().Extract(doc, language, Fixture.Analysis(doc, People.All));
    }

    [Theory]
    [InlineData("ru", "«Утверждают, что это общепринятое правило, — пояснила Захарова, — но мы не имели даже возможности поговорить».", "Утверждают, что это общепринятое правило, но мы не имели даже возможности поговорить")]
    [InlineData("ru", "«Японское правительство решило не отставать от организаций, - заявил Лавров. - Особенно печально, что оно их финансирует».", "Японское правительство решило не отставать от организаций. Особенно печально, что оно их финансирует")]
    [InlineData("fr", "« Nous voulons la paix dans toute la région, a-t-il dit, et nous la défendrons jusqu'au bout. »", "Nous voulons la paix dans toute la région, et nous la défendrons jusqu'au bout.")]
    [InlineData("en", "\"We want peace in the whole region, he said, and we will defend it to the end.\"", "We want peace in the whole region, and we will defend it to the end.")]
    public void Extract_AttributionClauseInsideMarks_IsCutOut(string language, string text, string expected)
    {
        var quote = Assert.Single(Extract(text, language));

        Assert.Equal(expected, quote.Text);
    }

    [Theory]
    [InlineData("ru", "«Россия хочет стабильности в регионе, — сказал Лавров, — и будет её добиваться».", "person/sergey-lavrov")]
    [InlineData("ru", "«Переговоры пройдут в Москве в четверг, — пояснила она. — Повестка уже согласована».", null)]
    public void Extract_AttributionClauseInsideMarks_NamesTheSpeaker(string language, string text, string? speaker)
    {
        var quote = Assert.Single(Extract("Захарова выступила в среду. " + text, language));

        Assert.Equal(speaker ?? "person/maria-zakharova", quote.SpeakerEntity);
    }

    [Theory]
    [InlineData("en", "Lavrov said: \"We hope the talks will bring results,\"", "We hope the talks will bring results")]
    [InlineData("ar", "قال لافروف: \"نأمل أن تنجح المحادثات مع سوريا،\"", "نأمل أن تنجح المحادثات مع سوريا")]
    [InlineData("ru", "Лавров сказал: «Надеемся на успех переговоров в Москве —»", "Надеемся на успех переговоров в Москве")]
    public void Extract_DanglingPunctuation_IsTrimmed(string language, string text, string expected)
    {
        var quote = Assert.Single(Extract(text, language));

        Assert.Equal(expected, quote.Text);
    }

    // Not quotations of speech: a short phrase, a Title Case name, a list of quoted items, a cited headline, a work's title.
    [Theory]
    [InlineData("ar", "واعتبرت البعثة اليمنية الخطة \"سابقة دولية خطيرة\" لأنها تضفي الشرعية على التمرد.")]
    [InlineData("en", "Lavrov said a \"more general reflection\" is needed.")]
    [InlineData("en", "On a new website, \"The Internet Explorer Countdown Page\", the company urges users to update.")]
    [InlineData("ru", "Ему предъявлены обвинения: «сговор с целью хищения бюджетных средств», «подделка отчётов об испытаниях», «дача ложных показаний следствию».")]
    [InlineData("en", "Sources\n\"Document found on street not secret, say feds\" — The Canadian Press, August 15, 2008")]
    [InlineData("ru", "Подробности Лавров изложил в статье «Новая лунная гонка только начинается» на своём сайте.")]
    [InlineData("ar", "وأعلنت القوات عملية عسكرية جديدة سمتها ب\"حملة تحرير شمال المدينة\" بدعم جوي.")]
    [InlineData("en", "Title\n\nThe hall was full.\nLavrov: Nick Moreau.\nThe doors opened at noon.")]
    [InlineData("ar", "وعادت القوات لتسيطر على جيب يضم حزرما و\"على عشرة في المئة من الغوطة الشرقية\"، بحسب المرصد.")]
    [InlineData("en", "A new obsession is taking hold online.\nAnonymous blogger, \"Anon declares war on the whole ministry today\"\nOne poster admitted to being part of it.")]
    [InlineData("ru", "Подробности читайте в статье Частного корреспондента «Французы по носу и по паспорту»")]
    public void Extract_NotAQuotationOfSpeech_IsNoQuote(string language, string text)
    {
        Assert.Empty(Extract(text, language));
    }

    [Theory]
    [InlineData("The Internet Explorer 6 Countdown", true)]
    [InlineData("Чемпион Мира По Шахматам", true)]
    [InlineData("Anon declares war on Church of Scientology", false)]
    [InlineData("حكومة وحدة وطنية", false)]
    public void IsTitleCase_CapitalisedWords(string text, bool expected)
        => Assert.Equal(expected, QuoteExtractor.IsTitleCase(text));

    [Theory]
    [InlineData("\"Harbor files found\" — Coastal Herald, March 3, 2025", true)]
    [InlineData("\"So far, it's the Internet: 1\" - Matthew Ingram wrote", false)]
    [InlineData("\"We will win,\" he said in 2025.", false)]
    public void CitedHeadline_DashThenYear(string text, bool expected)
        => Assert.Equal(expected, QuoteExtractor.CitedHeadline(text, text.IndexOf('"', 1) + 1));

    [Theory]
    [InlineData("Джорджем Бушем", "Джордж Буш", true)]
    [InlineData("по Егору Свиридову", "Егор Свиридов", true)]
    [InlineData("Захарова", "Мария Захарова", false)]
    [InlineData("Шойгу", "Сергей Шойгу", false)]
    [InlineData("Lavrov", "Sergey Lavrov", false)]
    public void ObliqueForm_RussianCaseEndings(string surface, string name, bool expected)
        => Assert.Equal(expected, SpeechCues.ObliqueForm(surface, name));
}
