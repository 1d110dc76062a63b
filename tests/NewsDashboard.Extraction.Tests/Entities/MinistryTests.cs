using NewsDashboard.Extraction.Entities;

namespace NewsDashboard.Extraction.Tests.Entities;

/// <summary>Ministries and agencies named by their function are organisations with their country, and the country named
/// inside them still counts.</summary>
public class MinistryTests
{
    private static EntityAnalysis Recognize(string body, string language)
        => new EntityRecognizer().Recognize(new TextDocument(string.Empty, body), language);

    [Theory]
    [InlineData("en", "The Russian Foreign Ministry said the talks would resume.", "RU")]
    [InlineData("en", "The State Department declined to comment.", "US")]
    [InlineData("ru", "МИД России выразил протест послу.", "RU")]
    [InlineData("ar", "أعلنت وزارة الخارجية السعودية ترحيبها بالاتفاق.", "SA")]
    [InlineData("fr", "Le ministère français des Affaires étrangères a convoqué l'ambassadeur.", "FR")]
    public void Recognize_MinistryByFunction_IsOrganizationWithCountry(string language, string body, string country)
    {
        var analysis = Recognize(body, language);

        var ministry = Assert.Single(analysis.Entities, e => e.Type == EntityTypes.Organization);
        Assert.Equal(country, ministry.Country);
    }

    [Theory]
    [InlineData("ru", "МИД России выразил протест. Позже Россия отозвала посла.", "country/ru", 2)]
    [InlineData("en", "The Russian Foreign Ministry protested. Russia recalled its envoy.", "country/ru", 2)]
    public void Recognize_CountryInsideMinistry_StillCounts(string language, string body, string id, int mentions)
    {
        var analysis = Recognize(body, language);

        Assert.Equal(mentions, Assert.Single(analysis.Entities, e => e.Id == id).Mentions);
    }
}
