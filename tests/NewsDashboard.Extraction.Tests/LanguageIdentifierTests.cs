namespace NewsDashboard.Extraction.Tests;

public class LanguageIdentifierTests
{
    [Theory]
    [InlineData("التقى وزير الخارجية نظيره في العاصمة اليوم", "ar")]
    [InlineData("Министр иностранных дел встретился с коллегой в столице", "ru")]
    [InlineData("Міністр закордонних справ зустрівся з колегою у столиці", "uk")]
    [InlineData("وزیر امور خارجه با همتای خود در پایتخت دیدار کرد", "fa")]
    [InlineData("The foreign minister met his counterpart in the capital on Thursday", "en")]
    [InlineData("Le ministre des Affaires étrangères a reçu son homologue dans la capitale", "fr")]
    [InlineData("El ministro de Asuntos Exteriores se reunió con su homólogo en la capital", "es")]
    [InlineData("Der Außenminister traf seinen Amtskollegen in der Hauptstadt und sprach über die Lage", "de")]
    [InlineData("Il ministro degli Esteri ha incontrato il suo omologo nella capitale per la prima volta", "it")]
    [InlineData("O ministro dos Negócios Estrangeiros encontrou o seu homólogo na capital para uma reunião", "pt")]
    [InlineData("Lavrov Shaibani Moscow", "en")]
    public void Identify_Sentence_ReturnsLanguage(string text, string expected)
    {
        Assert.Equal(expected, LanguageIdentifier.Identify(text));
    }
}
