using NewsDashboard.Extraction.Entities;

namespace NewsDashboard.Extraction.Tests.Entities;

/// <summary>Demonyms of the smaller states and territories (tools/gazetteer/hand/demonyms.txt) count for their country.</summary>
public class DemonymTests
{
    private static EntityAnalysis Recognize(string body, string language)
        => new EntityRecognizer().Recognize(new TextDocument(string.Empty, body), language);

    // The sentence names the country only by its demonym: the entity is found, and the demonym is its surface.
    [Theory]
    [InlineData("en", "The Barbadian prime minister said the budget would pass.", "country/bb", "Barbadian")]
    [InlineData("en", "A Bruneian trade delegation arrived on Tuesday.", "country/bn", "Bruneian")]
    [InlineData("en", "Botswanan diamond exports fell in March.", "country/bw", "Botswanan")]
    [InlineData("en", "Two Equatorial Guinean ministers resigned.", "country/gq", "Equatorial Guinean")]
    [InlineData("en", "Bissau-Guinean soldiers surrounded the barracks.", "country/gw", "Bissau-Guinean")]
    [InlineData("en", "Papua New Guinean officials welcomed the shipment.", "country/pg", "Papua New Guinean")]
    [InlineData("en", "Thousands of Hong Kongers queued to vote.", "country/hk", "Hong Kongers")]
    [InlineData("en", "Congolese rebels seized the town overnight.", "country/cd", "Congolese")]
    [InlineData("ar", "قال رئيس الوزراء البربادوسي إن الميزانية ستقر قريبا.", "country/bb", "بربادوسي")]
    [InlineData("ar", "وصل وفد تجاري بروناوي صباح الثلاثاء.", "country/bn", "بروناوي")]
    [InlineData("ar", "أعلنت الحكومة البوتانية قواعد جديدة للتأشيرات.", "country/bt", "بوتانية")]
    [InlineData("ar", "قال وزير الخارجية الغيني الاستوائي إن المحادثات مثمرة.", "country/gq", "غيني الاستوائي")]
    [InlineData("ar", "شارك جنود فيجيون في مهمة حفظ السلام.", "country/fj", "فيجيون")]
    [InlineData("ar", "أكد مسؤول فاتيكاني أن الزيارة ستتم في الربيع.", "country/va", "فاتيكاني")]
    [InlineData("ar", "فاز العداء الترينيدادي بسباق المئة متر.", "country/tt", "ترينيدادي")]
    [InlineData("ar", "التقى الرئيس الغاني عددا من رجال الأعمال.", "country/gh", "غاني")]
    [InlineData("fr", "Le ministre brunéien des Affaires étrangères est arrivé lundi.", "country/bn", "brunéien")]
    [InlineData("fr", "Des soldats centrafricains ont été déployés dans le nord.", "country/cf", "centrafricains")]
    [InlineData("fr", "Le gouvernement monégasque a présenté son budget.", "country/mc", "monégasque")]
    [InlineData("fr", "Les autorités bissau-guinéennes ont démenti la rumeur.", "country/gw", "bissau-guinéennes")]
    [InlineData("fr", "Un diplomate équatoguinéen a été reçu à l'Élysée.", "country/gq", "équatoguinéen")]
    [InlineData("ru", "Ботсванская делегация провела переговоры в среду.", "country/bw", "Ботсванская")]
    [InlineData("ru", "Бутанский король выступил с обращением.", "country/bt", "Бутанский")]
    [InlineData("ru", "Андоррские власти объявили о новых правилах.", "country/ad", "Андоррские")]
    [InlineData("ru", "Переговоры с барбадосской делегацией завершились вечером.", "country/bb", "барбадосской")]
    [InlineData("ru", "Гонконгские студенты вышли на улицы.", "country/hk", "Гонконгские")]
    [InlineData("ru", "Экваториальногвинейский министр прибыл с визитом.", "country/gq", "Экваториальногвинейский")]
    [InlineData("es", "El primer ministro barbadense habló ante el parlamento.", "country/bb", "barbadense")]
    [InlineData("es", "Las tropas congoleñas avanzaron hacia el este.", "country/cd", "congoleñas")]
    [InlineData("de", "Die bhutanische Regierung kündigte Wahlen an.", "country/bt", "bhutanische")]
    [InlineData("de", "Der monegassische Fürst eröffnete die Messe.", "country/mc", "monegassische")]
    public void Recognize_DemonymOfASmallerCountry_CountsForThatCountry(string language, string body, string id, string surface)
    {
        var analysis = Recognize(body, language);

        var entity = Assert.Single(analysis.Entities, e => e.Id == id);
        Assert.Contains(surface, entity.Surfaces);
    }

    // A demonym two countries share is the plain owner's, unless the article names the other one.
    [Theory]
    [InlineData("en", "Congolese farmers lost their harvest.", "country/cd", 1, "country/cg")]
    [InlineData("en", "In the Republic of the Congo, Congolese farmers lost their harvest.", "country/cg", 2, "country/cd")]
    [InlineData("fr", "En République du Congo, les paysans congolais ont perdu leur récolte.", "country/cg", 2, "country/cd")]
    [InlineData("en", "The Dominican president opened the summit.", "country/do", 1, "country/dm")]
    [InlineData("en", "Dominica's prime minister said Dominican fishermen lost their boats.", "country/dm", 2, "country/do")]
    [InlineData("en", "An American Samoan delegate spoke first.", "country/as", 1, "country/ws")]
    [InlineData("en", "An American Samoan delegate spoke first.", "country/as", 1, "country/us")]
    [InlineData("ru", "Американское Самоа приняло самоанских спортсменов.", "country/as", 2, "country/ws")]
    public void Recognize_SharedDemonym_GoesToTheCountryTheArticleNames(string language, string body, string id, int mentions, string absent)
    {
        var analysis = Recognize(body, language);

        Assert.Equal(mentions, Assert.Single(analysis.Entities, e => e.Id == id).Mentions);
        Assert.DoesNotContain(analysis.Entities, e => e.Id == absent);
    }
}
