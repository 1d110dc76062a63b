using NewsDashboard.Extraction.Entities;

namespace NewsDashboard.Extraction.Tests.Tagging;

/// <summary>Each class of junk entity a user saw on real news, in sentences the team wrote: none may come back.</summary>
public class JunkEntityTests
{
    private static EntityAnalysis Recognize(string body, string language)
        => new EntityRecognizer().Recognize(new TextDocument(string.Empty, body), language);

    // A common word at the start of a sentence is not a name.
    [Theory]
    [InlineData("ru", "Между тем переговоры продолжились. Спасибо всем, кто пришёл.", "Между")]
    [InlineData("ru", "Между тем переговоры продолжились. Спасибо всем, кто пришёл.", "Спасибо")]
    [InlineData("ru", "Может быть, решение примут завтра.", "Может")]
    [InlineData("ru", "Отказ от поездки удивил министра. Между тем визит готовили месяц.", "Между")] // after a title and a full stop
    [InlineData("ru", "Решение приняли без премьера. Однако споры не утихли.", "Однако")]
    [InlineData("en", "Meanwhile the talks went on. Thanks to all who came.", "Meanwhile")]
    public void Recognize_CommonWordOpeningSentence_IsNoEntity(string language, string body, string word)
    {
        var analysis = Recognize(body, language);

        Assert.DoesNotContain(analysis.Entities, e => e.Surfaces.Contains(word));
    }

    // An acronym the language uses as a common noun is no organisation.
    [Theory]
    [InlineData("По сообщениям блогеров и СМИ, на площади задержали десять человек.", "СМИ")]
    [InlineData("В Дагестане объявлен режим ЧС после паводка.", "ЧС")]
    [InlineData("На трассе произошло ДТП, движение перекрыто.", "ДТП")]
    public void Recognize_AcronymUsedAsACommonNoun_IsNoEntity(string body, string acronym)
    {
        var analysis = Recognize(body, "ru");

        Assert.DoesNotContain(analysis.Entities, e => e.Surfaces.Contains(acronym));
    }

    // A title alone is no name; a word opening a sentence is not part of the name after it.
    [Theory]
    [InlineData("en", "The foreign minister met the Crown Prince in the capital on Monday.", "Crown Prince")]
    [InlineData("ru", "Визит Фидана станет первым за год.", "Визит Фидана")]
    public void Recognize_TitleOrOpeningWord_IsNoEntity(string language, string body, string surface)
    {
        var analysis = Recognize(body, language);

        Assert.DoesNotContain(analysis.Entities, e => e.Surfaces.Contains(surface));
    }

    // A word opening a headline is no person (nor a speaker). The training text is too old to know "nucléaire" as a
    // common word, so it may still come out as a place.
    [Fact]
    public void Recognize_HeadlineOpeningWord_IsNoPerson()
    {
        var analysis = Recognize("Nucléaire : Grossi et Araghchi se parlent, l'agence réclame l'accès aux sites", "fr");

        Assert.DoesNotContain(analysis.Entities, e => e.Type == EntityTypes.Person && e.Surfaces.Contains("Nucléaire"));
    }

    // A surname alone is the person the article named, never a lexicon person with a similar surname.
    [Fact]
    public void Recognize_SurnameAlone_IsTheArticlesPersonNotASimilarSpelling()
    {
        var analysis = Recognize("Chinese Foreign Minister Wang Yi arrived in Riyadh. Wang said ties were strong.", "en");

        Assert.DoesNotContain(analysis.Entities, e => e.Id == "person/penny-wong");
        Assert.Contains(analysis.Entities, e => e.Id == "person/wang-yi" && e.Surfaces.Contains("Wang") && e.Mentions == 2);
    }

    // A ministry inside a title is the ministry, never a person ("Глава МИД России Сергей Лавров").
    [Fact]
    public void Recognize_MinistryInsideTitle_IsNoPerson()
    {
        var analysis = Recognize("Глава МИД России Сергей Лавров провёл переговоры.", "ru");

        Assert.DoesNotContain(analysis.Entities, e => e.Type == EntityTypes.Person && e.Surfaces.Contains("МИД России"));
        Assert.Contains(analysis.Entities, e => e.Id == "person/sergey-lavrov");
    }

    // A phrase of common Arabic words after a title is not a name ("the deputy head of the military forum").
    [Fact]
    public void Recognize_CommonArabicWordsAfterTitle_AreNoPerson()
    {
        var analysis = Recognize("وصل نائب رئيس الملتقى العسكري إلى عدن أمس.", "ar");

        Assert.DoesNotContain(analysis.Entities, e => e.Type == EntityTypes.Person);
    }

    // A first name that is also a place is the person when a surname follows.
    [Theory]
    [InlineData("en", "Valeska Paris, a former member, told reporters she had left.", "place/paris")]
    [InlineData("ru", "Виктор Бут заявил, что невиновен.", "place/victoria")]
    public void Recognize_FirstNameThatIsAPlace_IsThePerson(string language, string body, string placeId)
    {
        var analysis = Recognize(body, language);

        Assert.DoesNotContain(analysis.Entities, e => e.Id == placeId);
        Assert.Contains(analysis.Entities, e => e.Type == EntityTypes.Person);
    }

    // Two-letter words are not countries or organisations unless written as their acronym in capitals.
    [Theory]
    [InlineData("en", "Is this the end of the talks? Nobody knows.")]
    [InlineData("ru", "Это самое важное решение года.")]
    public void Recognize_ShortCommonWord_IsNoCountryOrOrganization(string language, string body)
    {
        var analysis = Recognize(body, language);

        Assert.DoesNotContain(analysis.Entities, e => e.Type is EntityTypes.Country or EntityTypes.Organization);
    }

    // A country code is the alias of its own country only.
    [Fact]
    public void Recognize_RuInCapitals_IsRussiaNotTheUnitedKingdom()
    {
        var analysis = Recognize("Talks between RU and UK officials ended.", "en");

        Assert.DoesNotContain(analysis.Entities, e => e.Id == "country/gb" && e.Surfaces.Contains("RU"));
    }

    // A dash between spaces ends a name: the job title after it is not part of the person.
    [Fact]
    public void Recognize_DashBetweenSpacesAfterName_IsNotPartOfTheName()
    {
        var analysis = Recognize("На открытии выступила Марта Кольбек - директор фестиваля.", "ru");

        Assert.DoesNotContain(analysis.Entities, e => e.Surfaces.Any(s => s.Contains("директор", StringComparison.Ordinal)));
    }

    // The head noun of an organisation's name alone, or a word capitalised only because it opens a sentence, is no
    // place or organisation.
    [Theory]
    [InlineData("Института там больше нет. Сотрудники переехали в пригород.", "Института")]
    [InlineData("Посла вызвали для объяснений. Разговор был коротким.", "Посла")]
    [InlineData("Страны договорились о поставках зерна.", "Страны")]
    public void Recognize_NounOpeningRussianSentence_IsNoEntity(string body, string word)
    {
        var analysis = Recognize(body, "ru");

        Assert.DoesNotContain(analysis.Entities, e => e.Surfaces.Contains(word));
    }

    // Russian capitalises only the first word of an organisation's name: the head noun after it belongs to it,
    // and a theatre or a council is an organisation, whatever case the sentence puts it in.
    [Fact]
    public void Recognize_RussianOrganisationInSeveralCases_IsOneOrganisation()
    {
        var analysis = Recognize(
            "Премьера прошла на сцене Большого театра. По словам директора, Большой театр ждёт гостей весь сезон. "
            + "Позже Большому театру выделили деньги.", "ru");

        var theatre = Assert.Single(analysis.Entities, e => e.Surfaces.Contains("Большого театра"));
        Assert.Equal(EntityTypes.Organization, theatre.Type);
        Assert.Equal(3, theatre.Mentions);
        Assert.Equal("Bolshoy Teatr", theatre.Name);
    }

    [Fact]
    public void Recognize_CapitalisedRussianAdjectiveBeforeHeadNoun_IsTheWholeName()
    {
        var analysis = Recognize("Вчера в Киеве заседал Стратегический совет двух стран.", "ru");

        Assert.Contains(analysis.Entities, e => e.Type == EntityTypes.Organization && e.Surfaces.Contains("Стратегический совет"));
        Assert.DoesNotContain(analysis.Entities, e => e.Surfaces.Contains("Стратегический"));
    }

    // A Latin-script name ends on a capitalised word: a small word the tagger ran on into is not part of it.
    [Fact]
    public void Recognize_NameRunningIntoLowerCaseWord_EndsOnTheCapitalisedWord()
    {
        var analysis = Recognize("She works for the National Museum of modern art in the capital.", "en");

        Assert.DoesNotContain(analysis.Entities, e => e.Surfaces.Any(s => s.EndsWith(" of", StringComparison.Ordinal)));
        Assert.Contains(analysis.Entities, e => e.Surfaces.Contains("National Museum"));
    }

    // A station, a memorial, a museum is a place, never a person, whatever the tagger read.
    [Fact]
    public void Recognize_NameWithAFacilityWord_IsAPlaceNotAPerson()
    {
        var analysis = Recognize("The crowds can be avoided by walking from Dalin Station or Zhongshan Station.", "en");

        Assert.DoesNotContain(analysis.Entities, e => e.Type == EntityTypes.Person);
        Assert.Contains(analysis.Entities, e => e.Type == EntityTypes.Place && e.Surfaces.Contains("Dalin Station"));
    }

    // A name that ends on a facility's word (Center, Centre, Stadium) names the place, not an organisation.
    [Theory]
    [InlineData("The shuttle was moved to the Harbour Point Science Center on Tuesday.", "Harbour Point Science Center")]
    [InlineData("Fans gathered outside the Maple Ridge Convention Centre before noon.", "Maple Ridge Convention Centre")]
    public void Recognize_NameEndingOnAFacilityWord_IsAPlace(string body, string surface)
    {
        var analysis = Recognize(body, "en");

        Assert.Contains(analysis.Entities, e => e.Type == EntityTypes.Place && e.Surfaces.Contains(surface));
        Assert.DoesNotContain(analysis.Entities, e => e.Type == EntityTypes.Organization && e.Surfaces.Contains(surface));
    }

    // A capitalised word of direction before a known place or country makes a place of its own (the annotated
    // corpora hold such names as one span 311 times, apart 6 times).
    [Theory]
    [InlineData("ru", "Новый квартал построят в Южном Тбилиси к осени.", "Южном Тбилиси", "place/tbilisi")]
    [InlineData("en", "Heavy rain flooded roads across East Nairobi on Sunday.", "East Nairobi", "place/nairobi")]
    [InlineData("en", "Wildfires spread through Western Australia overnight.", "Western Australia", "country/au")]
    public void Recognize_DirectionBeforeAPlace_IsAPlaceOfItsOwn(string language, string body, string surface, string whole)
    {
        var analysis = Recognize(body, language);

        Assert.Contains(analysis.Entities, e => e.Type == EntityTypes.Place && e.Surfaces.Contains(surface));
        Assert.DoesNotContain(analysis.Entities, e => e.Id == whole);
    }

    // A Russian name that a title or the tagger began one word before a given name (a body or place in the
    // genitive) begins at the given name.
    [Theory]
    [InlineData("По словам главы Росводхоза Игоря Сомова, плотину починят к весне.", "Игоря Сомова", "Росводхоза")]
    [InlineData("Вчера мэр Вышгорода Андрей Климов открыл новый мост через реку.", "Андрей Климов", "Вышгорода")]
    public void Recognize_WordBeforeAGivenName_IsNotPartOfThePersonsName(string body, string name, string word)
    {
        var analysis = Recognize(body, "ru");

        Assert.Contains(analysis.Entities, e => e.Type == EntityTypes.Person && e.Surfaces.Contains(name));
        Assert.DoesNotContain(analysis.Entities, e => e.Type == EntityTypes.Person && e.Surfaces.Any(s => s.Contains(word)));
    }

    [Fact]
    public void Recognize_TwoGivenNamesAndASurname_StayOneName()
    {
        var analysis = Recognize("Вчера Анна Мария Кошкина выиграла турнир в Казани.", "ru");

        Assert.Contains(analysis.Entities, e => e.Type == EntityTypes.Person && e.Surfaces.Contains("Анна Мария Кошкина"));
    }

    // A Russian acronym no lexicon knows is an organisation (never a person; the Wikipedia training text tags
    // universities as places), and one word ending in an organisation's head noun is one too.
    [Theory]
    [InlineData("Вчера ректор ЯГТУ Иван Сомов выступил перед студентами.", "ЯГТУ")]
    [InlineData("Депутаты Мосгордумы приняли закон о парках.", "Мосгордумы")]
    public void Recognize_UnknownAcronymOrCompoundWithAHeadNoun_IsAnOrganisation(string body, string surface)
    {
        var analysis = Recognize(body, "ru");

        Assert.All(analysis.Entities.Where(e => e.Surfaces.Contains(surface)), e => Assert.Equal(EntityTypes.Organization, e.Type));
        Assert.Contains(analysis.Entities, e => e.Surfaces.Contains(surface));
    }

    // A common Russian word opening a sentence that reaches a country only through a case ending is no country;
    // a country's own name opening a sentence still is.
    [Theory]
    [InlineData("Самое главное — успеть до зимы.", "country/ws", false)]
    [InlineData("Россия ответила на это заявление.", "country/ru", true)]
    public void Recognize_CommonWordOpeningASentence_IsNoCountry(string body, string id, bool found)
    {
        var analysis = Recognize(body, "ru");

        Assert.Equal(found, analysis.Entities.Any(e => e.Id == id));
    }

    [Fact]
    public void Recognize_DirectionPlaceInTwoCases_IsOneEntity()
    {
        var analysis = Recognize("Южный Тбилиси растёт быстро. Жители в Южном Тбилиси довольны новым парком.", "ru");

        var place = Assert.Single(analysis.Entities, e => e.Surfaces.Contains("Южном Тбилиси"));
        Assert.Contains("Южный Тбилиси", place.Surfaces);
        Assert.Equal(2, place.Mentions);
    }

    // A full stop inside a name (a site's domain) ends no sentence: the name is one organisation.
    [Theory]
    [InlineData("ru", "Об этом в пятницу сообщает «Лента.ру».", "organization/lenta-ru")]
    [InlineData("ru", "Как пишет NEWSru.com, заседание перенесли.", "organization/newsru")]
    public void Recognize_NameWithAFullStopInside_IsOneOrganisation(string language, string body, string id)
    {
        var analysis = Recognize(body, language);

        Assert.Contains(analysis.Entities, e => e.Id == id);
    }

    // Social networks are organisations.
    [Theory]
    [InlineData("ru", "Министр написал об отставке в Твиттере.", "organization/twitter")]
    [InlineData("ar", "نشر الوزير البيان على فيسبوك مساء أمس.", "organization/facebook")]
    [InlineData("en", "The ministry posted the video on YouTube on Monday.", "organization/youtube")]
    public void Recognize_SocialNetwork_IsAnOrganisation(string language, string body, string id)
    {
        var analysis = Recognize(body, language);

        Assert.Equal(EntityTypes.Organization, Assert.Single(analysis.Entities, e => e.Id == id).Type);
    }

    // A plural noun or a numeral opening a sentence is no person, though a name list may hold the word.
    [Theory]
    [InlineData("Проект пока стоит на паузе. Инженеры проверяют двигатели ракеты.", "Инженеры")]
    [InlineData("Голосование прошло спокойно. Шестеро из восьми депутатов поддержали закон.", "Шестеро")]
    public void Recognize_WordOpeningRussianSentence_IsNoPerson(string body, string word)
    {
        var analysis = Recognize(body, "ru");

        Assert.DoesNotContain(analysis.Entities, e => e.Type == EntityTypes.Person && e.Surfaces.Contains(word));
    }

    // Legal forms are no names; before a quoted name they announce a company.
    [Fact]
    public void Recognize_LegalFormBeforeQuotedName_IsTheCompanyNotTheForm()
    {
        var analysis = Recognize("Регулятор оштрафовал ОАО «Северный металл» на миллион рублей.", "ru");

        Assert.DoesNotContain(analysis.Entities, e => e.Surfaces.Contains("ОАО"));
        Assert.Contains(analysis.Entities, e => e.Type == EntityTypes.Organization && e.Surfaces.Contains("Северный металл"));
    }

    // An Arabic person's name does not open on a common word that no name list holds as a whole ("معارك" battles);
    // a name word that is also a common word stays (علي is Ali and "on").
    [Theory]
    [InlineData("وأفادت مصادر محلية بأن معارك كي تدور منذ الصباح في ضواحي المدينة.", "معارك")]
    [InlineData("وتواصلت معارك عنيفة قرب الحدود طوال الليل.", "معارك")]
    public void Recognize_ArabicPhraseOpeningOnACommonWord_IsNoPerson(string body, string word)
    {
        var analysis = Recognize(body, "ar");

        Assert.DoesNotContain(analysis.Entities, e => e.Type == EntityTypes.Person && e.Surfaces.Any(s => s.Contains(word, StringComparison.Ordinal)));
    }

    [Fact]
    public void Recognize_ArabicNameOpeningOnANameWordThatIsAlsoCommon_IsThePerson()
    {
        var analysis = Recognize("وقال الرئيس اليمني السابق علي صالح في كلمة متلفزة إن الحوار هو الحل.", "ar");

        Assert.Contains(analysis.Entities, e => e.Type == EntityTypes.Person && e.Surfaces.Any(s => s.Contains("علي صالح", StringComparison.Ordinal)));
    }
}
