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
    [InlineData("ar", "قال رئيس الوزراء الأفريقي الأوسطي إن الانتخابات ستجرى في موعدها.", "country/cf", "أفريقي الأوسطي")]
    [InlineData("ar", "فاز المنتخب الرأس الأخضري على منافسه بهدفين.", "country/cv", "رأس الأخضري")]
    [InlineData("ar", "وقع وزير الخارجية الكيتسي اتفاقية للتعاون البحري.", "country/kn", "كيتسي")]
    [InlineData("ar", "شارك عداء سانت لوسي في البطولة الإقليمية.", "country/lc", "سانت لوسي")]
    [InlineData("ar", "أعلنت الحكومة الليسوتية حالة الطوارئ بسبب الجفاف.", "country/ls", "ليسوتية")]
    [InlineData("ar", "قال الرئيس المارشالي إن ارتفاع البحر يهدد الجزر.", "country/mh", "مارشالي")]
    [InlineData("ar", "وصل وفد ناوروي إلى المؤتمر صباح اليوم.", "country/nr", "ناوروي")]
    [InlineData("ar", "قال مسؤولون بابوانيون إن الزلزال دمر عشرات القرى.", "country/pg", "بابوانيون")]
    [InlineData("ar", "استقبل الرئيس البالاوي وفدا تجاريا.", "country/pw", "بالاوي")]
    [InlineData("ar", "خسر المنتخب السان ماريني مباراته الأخيرة.", "country/sm", "سان ماريني")]
    [InlineData("ar", "أعلنت السلطات الساو تومية نتائج الانتخابات.", "country/st", "ساو تومية")]
    [InlineData("ar", "قالت الحكومة السوازيلاندية إن الاحتجاجات انتهت.", "country/sz", "سوازيلاندية")]
    [InlineData("ar", "أكد رئيس الوزراء التوفالي أن بلاده تواجه خطر الغرق.", "country/tv", "توفالي")]
    [InlineData("ar", "وصل وزير الخارجية السانت فنسنتي إلى العاصمة.", "country/vc", "سانت فنسنتي")]
    [InlineData("ar", "قال الرئيس الفانواتي إن الإعصار دمر المحاصيل.", "country/vu", "فانواتي")]
    [InlineData("ar", "قال وزير الخارجية القطري إن المفاوضات مستمرة.", "country/qa", "قطري")]
    [InlineData("ar", "وصل وفد عماني إلى طهران صباح اليوم.", "country/om", "عماني")]
    [InlineData("ru", "Маршалльский президент выступил на саммите.", "country/mh", "Маршалльский")]
    [InlineData("ru", "Соломонский премьер-министр прибыл с визитом.", "country/sb", "Соломонский")]
    [InlineData("ru", "Сент-китсские власти объявили о выборах.", "country/kn", "Сент-китсские")]
    [InlineData("ru", "Сан-томийская делегация подписала соглашение.", "country/st", "Сан-томийская")]
    [InlineData("ru", "Сент-винсентский премьер выступил в ООН.", "country/vc", "Сент-винсентский")]
    [InlineData("de", "Die kittitische Regierung kündigte Wahlen an.", "country/kn", "kittitische")]
    [InlineData("de", "Zwei Salomoner wurden verletzt.", "country/sb", "Salomoner")]
    [InlineData("es", "La empresa china abrió una fábrica en Valencia.", "country/cn", "china")]
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

    // A demonym that is also a common word or another name (Arabic قمري "lunar", مالي "financial", سليماني; Spanish
    // granadino, of Granada; German salomonisch "Solomonic") counts when the article names its country or capital.
    [Theory]
    [InlineData("ar", "قال الرئيس القمري إن جزر القمر ستستضيف القمة الإقليمية.", "country/km", 2, "قمري")]
    [InlineData("ar", "وصل الوزير القمري إلى موروني بعد جولة خليجية.", "country/km", 1, "قمري")]
    [InlineData("ar", "قال الرئيس المالي في باماكو إن الجيش استعاد السيطرة على المدينة.", "country/ml", 1, "مالي")]
    [InlineData("ar", "أعلنت الحكومة المالية أن جمهورية مالي ستنسحب من المنظمة.", "country/ml", 2, "مالية")]
    [InlineData("ar", "قال رئيس الوزراء السليماني إن جزر سليمان ترفض القرار.", "country/sb", 2, "سليماني")]
    [InlineData("es", "El Gobierno granadino anunció que Granada celebrará elecciones.", "country/gd", 2, "granadino")]
    [InlineData("de", "Der salomonische Premierminister sprach in Honiara.", "country/sb", 1, "salomonische")]
    public void Recognize_CommonWordDemonym_CountsWhenTheArticleNamesTheCountry(string language, string body, string id, int mentions, string surface)
    {
        var analysis = Recognize(body, language);

        var entity = Assert.Single(analysis.Entities, e => e.Id == id);
        Assert.Equal(mentions, entity.Mentions);
        Assert.Contains(surface, entity.Surfaces);
    }

    // Without the country's name or capital it is the common word: no country, and no country for a title either.
    [Theory]
    [InlineData("ar", "بدأ الشهر القمري الجديد مساء أمس وفق الحسابات الفلكية.", "country/km")]
    [InlineData("ar", "قال الخبير إن الوضع المالي للشركة صعب.", "country/ml")]
    [InlineData("ar", "قال المدير المالي للمصرف إن الأرباح ارتفعت.", "country/ml")]
    [InlineData("ar", "أصدرت وزارة المالية بيانا حول الميزانية الجديدة.", "country/ml")]
    [InlineData("ar", "أصدرت وزارة المالية بيانا حول الميزانية الجديدة.", "place/male")]
    [InlineData("ar", "تتوقع الأسواق المالية ارتفاع الأسعار.", "country/ml")]
    [InlineData("ar", "وصلت قافلة المساعدات إلى مدينة السليمانية مساء أمس.", "country/sb")]
    [InlineData("es", "El poeta granadino presentó su libro en Madrid.", "country/gd")]
    [InlineData("de", "Das Gericht fällte ein salomonisches Urteil.", "country/sb")]
    public void Recognize_CommonWordDemonym_WithoutTheCountry_IsNoMention(string language, string body, string absent)
    {
        var analysis = Recognize(body, language);

        Assert.DoesNotContain(analysis.Entities, e => e.Id == absent);
    }

    // A shared demonym also goes to the other country when the article names only that one's capital.
    [Fact]
    public void Recognize_SharedDemonym_CapitalNamesTheOtherCountry()
    {
        var analysis = Recognize("In Brazzaville, Congolese farmers lost their harvest.", "en");

        Assert.Contains(analysis.Entities, e => e.Id == "country/cg");
        Assert.DoesNotContain(analysis.Entities, e => e.Id == "country/cd");
    }
}
