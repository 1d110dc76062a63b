using NewsDashboard.Extraction.Entities;

namespace NewsDashboard.Extraction.Tests.Entities;

/// <summary>
/// Classes of error found on Russian news (session 7): former states are countries, a space station and a planet are
/// places, and a known name with an adjective in -ский/-ний is found in every case. Sentences written by us.
/// </summary>
public class RussianNewsConventionTests
{
    private static EntityAnalysis Recognize(string body, string language = "ru")
        => new EntityRecognizer().Recognize(new TextDocument(string.Empty, body), language);

    [Theory]
    [InlineData("После распада СССР завод перешёл к новым владельцам.", "country/su", "СССР")]
    [InlineData("Этот договор подписали с Советским Союзом ещё в семидесятые.", "country/su", "Советским Союзом")]
    [InlineData("Его отец служил в армии Советского Союза до отставки.", "country/su", "Советского Союза")]
    [InlineData("Фабрика выпускала обувь ещё в Чехословакии.", "country/cs", "Чехословакии")]
    [InlineData("The treaty was signed with the USSR in the seventies.", "country/su", "USSR")]
    public void Recognize_FormerState_IsACountry(string body, string id, string surface)
    {
        var entity = Assert.Single(Recognize(body, body.Any(c => c is >= 'А' and <= 'я') ? "ru" : "en").Entities, e => e.Id == id);

        Assert.Equal(EntityTypes.Country, entity.Type);
        Assert.Contains(surface, entity.Surfaces);
    }

    [Theory]
    [InlineData("Грузовик доставил на МКС запас воды и кислорода.", "place/international-space-station")]
    [InlineData("Экипаж Международной космической станции вернулся на Землю.", "place/international-space-station")]
    [InlineData("Марсоход передал новые снимки с Марса в понедельник.", "place/mars")]
    [InlineData("The crew of the ISS will return next spring.", "place/international-space-station")]
    public void Recognize_SpaceStationOrPlanet_IsAPlace(string body, string id)
    {
        var entity = Assert.Single(Recognize(body, body.Any(c => c is >= 'А' and <= 'я') ? "ru" : "en").Entities, e => e.Id == id);

        Assert.Equal(EntityTypes.Place, entity.Type);
    }

    [Theory]
    [InlineData("Министры Европейского союза соберутся в четверг.", "organization/eu")]
    [InlineData("О решении сообщили в Европейском союзе вечером.", "organization/eu")]
    public void Recognize_KnownNameWithAnAdjectiveInSkiy_IsFoundInEveryCase(string body, string id)
    {
        Assert.Single(Recognize(body).Entities, e => e.Id == id);
    }

    [Fact]
    public void Recognize_AcronymOfAFormerState_CountsOnlyInCapitals()
    {
        Assert.DoesNotContain(Recognize("Вчера в ссср-клубе прошла встреча ветеранов.").Entities, e => e.Id == "country/su");
    }

    [Theory]
    [InlineData("Суд оштрафовал блогера Патрика Дюмона (Patrick Dumont) за отказ раскрыть источник.", "Patrick Dumont", "Патрика Дюмона")]
    [InlineData("Доклад представил директор фонда Эндрю Келлер (Andrew Keller) на пресс-конференции.", "Andrew Keller", "Эндрю Келлер")]
    public void Recognize_PersonWithItsOriginalSpellingInBrackets_IsOnePersonNamedByTheOriginal(string body, string name, string surface)
    {
        var person = Assert.Single(Recognize(body).Entities, e => e.Type == EntityTypes.Person);

        Assert.Equal(name, person.Name);
        Assert.Equal(1, person.Mentions);
        Assert.Contains(surface, person.Surfaces);
        Assert.Contains(name, person.Surfaces);
    }

    [Fact]
    public void Recognize_SurnameTwoPeopleShare_IsTheOneNamedLastBeforeIt()
    {
        var analysis = Recognize("На встречу пришёл Игорь Тарасов. Позже в зал вошла Анна Тарасова, сестра депутата. "
            + "Журналисты спросили Тарасову о выборах. Затем слово дали Тарасовой.");

        var anna = Assert.Single(analysis.Entities, e => e.Surfaces.Contains("Анна Тарасова"));
        Assert.Contains("Тарасову", anna.Surfaces);
        Assert.Equal(3, anna.Mentions);
    }

    [Fact]
    public void Recognize_GivenNameAndPatronymic_IsThePersonNamedInFullBefore()
    {
        var analysis = Recognize("В музее открыли выставку о Михаиле Сергеевиче Горбунове. Друзья вспоминали, как Михаил Сергеевич любил театр.");

        var person = Assert.Single(analysis.Entities, e => e.Type == EntityTypes.Person);
        Assert.Equal(2, person.Mentions);
    }

    [Theory]
    [InlineData("Вчера в городе Грозном открыли новый мост.", "городе Грозном")]
    [InlineData("Сенатор от штата Аризона выступил с речью.", "штата Аризона")]
    [InlineData("Дело слушали в суде Ленинского района города Самары.", "района города Самары")]
    public void Recognize_PlaceAfterItsPlaceWord_HasThePhraseAsASurface(string body, string phrase)
    {
        var analysis = Recognize(body);

        Assert.Contains(analysis.Entities, e => e.Type == EntityTypes.Place && e.Surfaces.Any(s => s.EndsWith(phrase, StringComparison.Ordinal)));
    }

    [Fact]
    public void Recognize_DistrictOfACity_HasTheWholePhraseAsASurface()
    {
        var analysis = Recognize("Жители Октябрьского района города Самары вышли на субботник.");

        Assert.Contains(analysis.Entities, e => e.Type == EntityTypes.Place && e.Surfaces.Contains("Октябрьского района города Самары"));
    }

    [Fact]
    public void Recognize_SurnameInSkiyAfterTheFullName_IsThatPerson()
    {
        var analysis = Recognize("Балет поставил Пётр Завадский. Премьеру спектакля Завадского ждали год.");

        var person = Assert.Single(analysis.Entities, e => e.Type == EntityTypes.Person);
        Assert.Equal(2, person.Mentions);
    }

    [Fact]
    public void Recognize_OneWordReadAsAPersonThatTheArticleNamesAsAPlace_IsThePlace()
    {
        var analysis = Recognize("Президент Чечни прилетел в Москву. В Чечне прошли выборы.");

        Assert.DoesNotContain(analysis.Entities, e => e.Type == EntityTypes.Person);
        Assert.Equal(2, Assert.Single(analysis.Entities, e => e.Surfaces.Contains("Чечне")).Mentions);
    }

    [Theory]
    [InlineData("Заявление сделал глава ассоциации Retail NZ Грег Харфорд на пресс-конференции.", "Грег Харфорд")]
    [InlineData("Президент УЕФА Мишель Платини приехал. Итоги подвёл президент УЕФА Платини, сообщили в пресс-службе.", "Мишель Платини")]
    public void Recognize_PersonAfterAnAcronymOrAnotherScript_DoesNotTakeThemIntoTheName(string body, string name)
    {
        var person = Assert.Single(Recognize(body).Entities, e => e.Type == EntityTypes.Person);

        Assert.Contains(name, person.Surfaces);
        Assert.All(person.Surfaces, s => Assert.DoesNotContain("NZ", s));
        Assert.All(person.Surfaces, s => Assert.DoesNotContain("УЕФА", s));
    }

    [Theory]
    [InlineData("В понедельник Эммануэль Макрон отменил визит. Вместо Макрона Берлин посетит премьер-министр.", "place/berlin")]
    [InlineData("На встречу пришёл Реджеп Тайип Эрдоган. Позже вместо Эрдогана Анкару представлял министр.", "place/ankara")]
    public void Recognize_KnownPersonThenAPlace_AreTwoNames(string body, string place)
    {
        var analysis = Recognize(body);

        Assert.Equal(2, Assert.Single(analysis.Entities, e => e.Type == EntityTypes.Person).Mentions);
        Assert.Contains(analysis.Entities, e => e.Id == place);
    }

    [Theory]
    [InlineData("Депутаты Госдумы России одобрили закон во втором чтении.", "Госдумы России")]
    [InlineData("Эксперты Сената США подготовили доклад к весне.", "Сената США")]
    public void Recognize_OrganisationFollowedByTheCountryItServes_HasThePhraseAsASurface(string body, string phrase)
    {
        var analysis = Recognize(body);

        Assert.Contains(analysis.Entities, e => e.Type == EntityTypes.Organization && e.Surfaces.Contains(phrase));
        Assert.Contains(analysis.Entities, e => e.Type == EntityTypes.Country);
    }

    [Fact]
    public void Recognize_BodyServingAPlaceTheTaggerReadAsAPerson_IsAnOrganisationOfThatPlace()
    {
        var analysis = Recognize("Президент предложил парламенту Чечни новую кандидатуру. В Чечне довольны.");

        Assert.Contains(analysis.Entities, e => e.Type == EntityTypes.Organization && e.Surfaces.Contains("парламенту Чечни"));
        Assert.DoesNotContain(analysis.Entities, e => e.Type == EntityTypes.Person);
    }

    [Fact]
    public void Recognize_PersonFirstMetInAnAmbiguousCase_IsNamedByTheNominativeMetLater()
    {
        var analysis = Recognize("Доклад губернатора Александра Мишарина обсудили в думе. Позже Александр Мишарин ответил на вопросы.");

        var person = Assert.Single(analysis.Entities, e => e.Type == EntityTypes.Person);
        Assert.Equal("Alexander Misharin", person.Name);
    }
}
