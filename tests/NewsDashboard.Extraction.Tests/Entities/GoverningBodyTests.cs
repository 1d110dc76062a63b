using NewsDashboard.Extraction.Entities;

namespace NewsDashboard.Extraction.Tests.Entities;

/// <summary>
/// A body named by its function and the country it serves ("правительство Китая", "японское правительство") is an
/// organisation of that country, one entity whatever the wording; the country stays a mention of its own.
/// </summary>
public class GoverningBodyTests
{
    private static EntityAnalysis Recognize(string body, string language)
        => new EntityRecognizer().Recognize(new TextDocument(string.Empty, body), language);

    [Theory]
    [InlineData("Правительство Японии одобрило новый бюджет в пятницу.", "organization/government-of-japan", "JP")]
    [InlineData("Вчера японское правительство одобрило новый бюджет.", "organization/government-of-japan", "JP")]
    [InlineData("Власти Таиланда продлили режим чрезвычайного положения.", "organization/authorities-of-thailand", "TH")]
    [InlineData("Мэрия Москвы не согласовала шествие по бульварам.", "organization/city-hall-of-moscow", "RU")]
    public void Recognize_BodyOfACountry_IsAnOrganisationWithThatCountry(string body, string id, string country)
    {
        var analysis = Recognize(body, "ru");

        var body_ = Assert.Single(analysis.Entities, e => e.Id == id);
        Assert.Equal(EntityTypes.Organization, body_.Type);
        Assert.Equal(country, body_.Country);
    }

    [Fact]
    public void Recognize_BodyOfACountry_KeepsTheCountryAsItsOwnMention()
    {
        var analysis = Recognize("Правительство Китая ответило быстро. Китай давно готовился к этому.", "ru");

        Assert.Contains(analysis.Entities, e => e.Id == "organization/government-of-china");
        Assert.Equal(2, Assert.Single(analysis.Entities, e => e.Id == "country/cn").Mentions);
    }

    [Fact]
    public void Recognize_TwoWordingsOfOneBody_AreOneEntity()
    {
        var analysis = Recognize("Израильское правительство собралось в воскресенье. Решение правительства Израиля ждут к вечеру.", "ru");

        Assert.Equal(2, Assert.Single(analysis.Entities, e => e.Id == "organization/government-of-israel").Mentions);
    }

    [Theory]
    [InlineData("Вчера пресс-служба Лаврова опровергла эти сведения.", "пресс-служба Лаврова", "person/sergey-lavrov")]
    [InlineData("Иск рассмотрел Арбитражный суд Москвы во вторник.", "Арбитражный суд Москвы", "place/moscow")]
    [InlineData("Представительство США в Женеве выпустило заявление.", "Представительство США", "country/us")]
    public void Recognize_BodyServingAnEntity_IsAnOrganisationAndTheServedEntityStays(string body, string surface, string served)
    {
        var analysis = Recognize(body, "ru");

        var org = Assert.Single(analysis.Entities, e => e.Surfaces.Contains(surface));
        Assert.Equal(EntityTypes.Organization, org.Type);
        Assert.Contains(analysis.Entities, e => e.Id == served);
    }

    [Fact]
    public void Recognize_CourtOfADistrictOfACity_TakesTheCityIntoItsName()
    {
        var analysis = Recognize("Дело передано в суд Ленинского района города Самары на прошлой неделе.", "ru");

        Assert.Contains(analysis.Entities, e => e.Type == EntityTypes.Organization && e.Surfaces.Contains("суд Ленинского района города Самары"));
    }

    [Fact]
    public void Recognize_NameInTheNominativeAfterATitle_IsNoBodyServingThatPerson()
    {
        var analysis = Recognize("Официальный представитель МИД Мария Захарова провела брифинг.", "ru");

        Assert.DoesNotContain(analysis.Entities, e => e.Type == EntityTypes.Organization && e.Surfaces.Any(s => s.Contains("Захарова")));
    }
}
