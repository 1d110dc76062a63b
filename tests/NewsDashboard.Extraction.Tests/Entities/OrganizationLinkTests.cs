using NewsDashboard.Extraction.Entities;

namespace NewsDashboard.Extraction.Tests.Entities;

/// <summary>
/// One organisation per article whatever it is called: an acronym no lexicon knows is the organisation whose words
/// it spells, its head noun alone is the organisation the article named with it, and a country named inside a known
/// organisation's name is a mention of the country. The sentences are written for these tests.
/// </summary>
public class OrganizationLinkTests
{
    private static EntityAnalysis Recognize(string body, string language)
        => new EntityRecognizer().Recognize(new TextDocument(string.Empty, body), language);

    [Theory]
    [InlineData("Доклад подготовил Союз северных рыболовов (ССР). Позже ССР уточнил цифры улова.", "ru", "ССР", "Союз северных рыболовов")]
    [InlineData("Об этом заявила Ассоциация лесных хозяйств Карелии. Председатель АЛХК выступил вечером.", "ru", "АЛХК", "Ассоциация лесных хозяйств Карелии")]
    [InlineData("The report came from the Committee to Protect Lighthouses. A CPL spokesman confirmed it on Monday.", "en", "CPL", "Committee to Protect Lighthouses")]
    public void Recognize_AcronymOfANameInTheArticle_IsThatOrganisation(string body, string language, string acronym, string fullName)
    {
        var analysis = Recognize(body, language);

        var org = Assert.Single(analysis.Entities, e => e.Surfaces.Contains(fullName));
        Assert.Equal(EntityTypes.Organization, org.Type);
        Assert.Contains(acronym, org.Surfaces);
        Assert.DoesNotContain(analysis.Entities, e => e.Id != org.Id && e.Surfaces.Contains(acronym));
    }

    [Theory]
    [InlineData("Депутат говорил с журналистами. ГКЧП упомянули лишь однажды.", "ГКЧП")]
    [InlineData("Москва Тогда Смотрела. МТС снизила тарифы.", "МТС")]
    public void Recognize_AcronymWhoseLettersNoNameSpells_StaysAsItWas(string body, string acronym)
    {
        var analysis = Recognize(body, "ru");

        Assert.DoesNotContain(analysis.Entities, e => e.Surfaces.Count > 1 && e.Surfaces.Contains(acronym));
    }

    [Fact]
    public void Recognize_HeadNounAloneAfterTheFullName_IsTheSameOrganisation()
    {
        var analysis = Recognize(
            "Решение приняла Северная Лесная Палата в четверг. Представитель Палаты сообщил, что голосование было единогласным.", "ru");

        var org = Assert.Single(analysis.Entities, e => e.Surfaces.Contains("Северная Лесная Палата"));
        Assert.DoesNotContain(analysis.Entities, e => e.Id != org.Id && e.Surfaces.Contains("Палаты"));
    }

    [Theory]
    [InlineData("Интервью вышло на волнах «Голоса Америки» в среду.", "country/us")]
    [InlineData("Сессия Конгресса США открылась в среду.", "country/us")]
    public void Recognize_CountryInsideAKnownOrganisation_IsAMentionOfTheCountry(string body, string country)
    {
        var analysis = Recognize(body, "ru");

        Assert.Equal(1, Assert.Single(analysis.Entities, e => e.Id == country).Mentions);
        Assert.Contains(analysis.Entities, e => e.Type == EntityTypes.Organization);
    }

    // A quoted name after a group's word in any case ends at the closing quotation mark, even with a name after it.
    [Theory]
    [InlineData("Заявил координатор движения «Зелёный берег» Пётр Сомов.", "Зелёный берег")]
    [InlineData("Активисты объединения «Старый двор» вышли на субботник.", "Старый двор")]
    public void Recognize_QuotedNameAfterAGroupWordInTheGenitive_IsAnOrganisation(string body, string name)
    {
        var analysis = Recognize(body, "ru");

        Assert.Contains(analysis.Entities, e => e.Type == EntityTypes.Organization && e.Surfaces.Contains(name));
    }

    // "Person of ACRONYM", "ACRONYM's Person": an acronym naming whom a person belongs to is an organisation.
    [Theory]
    [InlineData("The seat went to Marcus Holloway of KRPA, who won by a wide margin. KRPA celebrated late into the night.", "KRPA", 2)]
    [InlineData("Voters backed WFLU's Daniel Ortega-Smith in the northern district.", "WFLU", 1)]
    public void Recognize_AcronymAPersonBelongsTo_IsAnOrganisation(string body, string acronym, int mentions)
    {
        var analysis = Recognize(body, "en");

        var org = Assert.Single(analysis.Entities, e => e.Surfaces.Contains(acronym));
        Assert.Equal(EntityTypes.Organization, org.Type);
        Assert.Equal(mentions, org.Mentions);
    }
}
