using System.Diagnostics;
using NewsDashboard.Extraction.Quotes;

namespace NewsDashboard.Extraction.Tests.Quotes;

public class QuoteExtractorTests
{
    private static IReadOnlyList<ExtractedQuote> Extract(string text, string language)
    {
        var doc = Fixture.Doc(text);
        return new QuoteExtractor().Extract(doc, language, Fixture.Analysis(doc, People.All));
    }

    [Theory]
    [InlineData("Lavrov said: \"We hope the talks will bring results.\"", "We hope the talks will bring results.")]
    [InlineData("Lavrov said: \u201CWe hope the talks will bring results.\u201D", "We hope the talks will bring results.")]
    [InlineData("Lavrov a déclaré : « Nous espérons des résultats concrets. »", "Nous espérons des résultats concrets.")]
    [InlineData("Lavrov sagte: \u201EWir hoffen auf konkrete Ergebnisse.\u201C", "Wir hoffen auf konkrete Ergebnisse.")]
    [InlineData("Lavrov a déclaré : \u2039 Nous espérons des résultats concrets. \u203A", "Nous espérons des résultats concrets.")]
    [InlineData("Lavrov said: 'We don't accept Syria's isolation any longer.'", "We don't accept Syria's isolation any longer.")]
    [InlineData("Lavrov said: \u2018We don\u2019t accept the plan of l\u2019ONU now.\u2019", "We don\u2019t accept the plan of l\u2019ONU now.")]
    public void Extract_EveryQuotationMarkStyle_ReturnsTextWithoutMarks(string text, string expected)
    {
        var quote = Assert.Single(Extract(text, "en"));

        Assert.Equal(expected, quote.Text);
        Assert.Equal("person/sergey-lavrov", quote.SpeakerEntity);
    }

    [Theory]
    [InlineData("ar", "قال لافروف: \"نأمل أن تنجح المحادثات مع سوريا\"", "person/sergey-lavrov")]
    [InlineData("ar", "من جانبه قال وزير الخارجية السوري أسعد الشيباني: \"نريد علاقات سليمة مع روسيا\"", "person/asaad-al-shaibani")]
    [InlineData("en", "\"We want sound relations with Russia,\" al-Shaibani said.", "person/asaad-al-shaibani")]
    [InlineData("en", "\"We want sound relations with Russia\", said Lavrov on Thursday.", "person/sergey-lavrov")]
    [InlineData("en", "According to Zakharova, \"the talks will cover the whole agenda\".", "person/maria-zakharova")]
    [InlineData("fr", "Selon Lavrov, « les discussions seront franches et utiles ».", "person/sergey-lavrov")]
    [InlineData("fr", "« Nous voulons des relations saines avec la Russie », a déclaré Assaad al-Chaibani.", "person/asaad-al-shaibani")]
    [InlineData("ru", "«Мы хотим добрых отношений с Россией», — сказал Шейбани.", "person/asaad-al-shaibani")]
    [InlineData("ru", "По словам Лаврова, «переговоры будут откровенными и полезными».", "person/sergey-lavrov")]
    [InlineData("ru", "Захарова заявила: «Переговоры пройдут в Москве в четверг».", "person/maria-zakharova")]
    public void Extract_AttributionPatternOfEachLanguage_FindsSpeaker(string language, string text, string speaker)
    {
        var quote = Assert.Single(Extract(text, language));

        Assert.Equal(speaker, quote.SpeakerEntity);
    }

    [Theory]
    [InlineData("ar", "وقال لافروف: \"نأمل أن تنجح المحادثات\".\nوأضاف: \"روسيا تريد الاستقرار في المنطقة\".")]
    [InlineData("en", "Lavrov said: \"We hope the talks succeed.\"\nHe added: \"Russia wants stability in the region.\"")]
    [InlineData("fr", "Lavrov a dit : « Nous espérons un succès. »\n« La Russie veut la stabilité dans la région », a-t-il ajouté.")]
    [InlineData("ru", "Лавров сказал: «Надеемся на успех переговоров».\n«Россия хочет стабильности в регионе», — добавил он.")]
    public void Extract_AddedWithoutName_KeepsPreviousSpeaker(string language, string text)
    {
        var quotes = Extract(text, language);

        Assert.Equal(2, quotes.Count);
        Assert.All(quotes, q => Assert.Equal("person/sergey-lavrov", q.SpeakerEntity));
    }

    [Theory]
    [InlineData("en", "Al-Shaibani arrived in Moscow on Thursday. \"Syria wants sound relations with Russia,\" the Syrian minister said.", "person/asaad-al-shaibani")]
    [InlineData("ar", "وصل أسعد الشيباني إلى موسكو.\nوجاء في تصريحات الوزير السوري: \"نريد علاقات سليمة مع روسيا\".", "person/asaad-al-shaibani")]
    [InlineData("ru", "Лавров встретился с Шейбани. «Россия готова помогать Сирии», — заявил глава МИД России.", "person/sergey-lavrov")]
    public void Extract_SpeakerNamedByRole_ResolvesToRecentPersonWithRoleAndCountry(string language, string text, string speaker)
    {
        var quote = Assert.Single(Extract(text, language));

        Assert.Equal(speaker, quote.SpeakerEntity);
    }

    [Fact]
    public void Extract_BulletListWithStrayClosingMarks_EachLineIsAQuoteOfTheIntroducedSpeaker()
    {
        var text = "من جانبه قال أسعد الشيباني إن سوريا تريد علاقات جديدة.\nوجاء في تصريحات الوزير السوري:\n- نريد علاقات صحيحة مع روسيا\".\n- هناك فرص كبيرة أمام سوريا الجديدة\".";

        var quotes = Extract(text, "ar");

        Assert.Equal(["نريد علاقات صحيحة مع روسيا", "هناك فرص كبيرة أمام سوريا الجديدة"], quotes.Select(q => q.Text));
        Assert.All(quotes, q => Assert.Equal("person/asaad-al-shaibani", q.SpeakerEntity));
    }

    [Theory]
    [InlineData("ar", "لافروف: نأمل أن تنجح المحادثات مع سوريا\n\nنص الخبر.", "نأمل أن تنجح المحادثات مع سوريا")]
    [InlineData("en", "Lavrov: Moscow hopes the talks will succeed\n\nBody.", "Moscow hopes the talks will succeed")]
    public void Extract_HeadlineNameColon_IsAQuoteOfThatPerson(string language, string text, string expected)
    {
        var quote = Assert.Single(Extract(text, language));

        Assert.Equal(expected, quote.Text);
        Assert.Equal("person/sergey-lavrov", quote.SpeakerEntity);
    }

    [Fact]
    public void Extract_QuoteOverTwoParagraphs_IsOneQuote()
    {
        var text = "Lavrov said: \"We hope the talks will succeed.\n\n\"Russia wants stability in the whole region.\"";

        var quote = Assert.Single(Extract(text, "en"));

        Assert.Equal("We hope the talks will succeed. Russia wants stability in the whole region.", quote.Text);
    }

    [Theory]
    [InlineData("ar", "وفقا لما نقلته قناة \"القاهرة الإخبارية\"، وصل الوزير إلى موسكو.")]
    [InlineData("ar", "ونقلت وكالة أنباء \"سبوتنيك\" الروسية الخبر.")]
    [InlineData("en", "The tanker \"Eagle S\" was seized in the Gulf of Finland.")]
    [InlineData("en", "He criticised the so-called \"peace plan\" again.")]
    [InlineData("fr", "Il a lu le journal « Le Monde » jeudi.")]
    [InlineData("ru", "Об этом сообщило агентство «РИА Новости».")]
    public void Extract_NameOrTitleInQuotationMarks_IsNotAQuote(string language, string text)
    {
        Assert.Empty(Extract(text, language));
    }

    [Fact]
    public void Extract_StrayOpeningMark_KeepsLaterQuotesOfTheParagraph()
    {
        var text = "The 5\" screen and \"the stray mark appear here. Lavrov said: \"We hope the talks will succeed.\"";

        var quote = Assert.Single(Extract(text, "en"));

        Assert.Equal("We hope the talks will succeed.", quote.Text);
    }
}
