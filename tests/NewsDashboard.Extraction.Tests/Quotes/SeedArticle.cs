using NewsDashboard.Extraction;

namespace NewsDashboard.Extraction.Tests.Quotes;

/// <summary>
/// The team's seed article (read from the repository's seeds folder at run time) with a hand-built entity
/// analysis of its people, places and countries: the quote and meeting stages measured at their seam.
/// </summary>
internal static class SeedArticle
{
    public const string File = "000_7bba44013deafea9.txt";

    public static readonly DateTimeOffset Published = new(2025, 7, 31, 0, 0, 0, TimeSpan.Zero);

    public static (TextDocument Document, EntityAnalysis Analysis) Load()
    {
        var input = ArticleText.Parse(System.IO.File.ReadAllText(Find()), File);
        var doc = new TextDocument(input.Title ?? string.Empty, input.Body);
        var analysis = Fixture.Analysis(doc,
            new E("person/sergey-lavrov", "Sergey Lavrov", "RU", "Minister of Foreign Affairs", "سيرجي لافروف", "سيرغي لافروف", "لافروف"),
            new E("person/asaad-al-shaibani", "Asaad al-Shaibani", "SY", "Minister of Foreign Affairs", "أسعد الشيباني", "الشيباني"),
            new E("person/ahmed-al-sharaa", "Ahmed al-Sharaa", "SY", "President", "أحمد الشرع", "الشرع"),
            new E("person/murhaf-abu-qasra", "Murhaf Abu Qasra", "SY", null, "مرهف أبو قصرة"),
            new E("person/maria-zakharova", "Maria Zakharova", "RU", "Spokesperson of the Ministry of Foreign Affairs", "ماريا زاخاروفا"),
            new E("person/sergey-vershinin", "Sergey Vershinin", "RU", "Deputy Minister of Foreign Affairs", "سيرغي فيرشينين"),
            new E("person/bashar-al-assad", "Bashar al-Assad", "SY", "President", "بشار الأسد"),
            new E("place/moscow", "Moscow", "RU", null, "موسكو"),
            new E("country/sy", "Syria", "SY", null, "سوريا", "السوري", "السورية", "سوري"),
            new E("country/ru", "Russia", "RU", null, "روسيا", "الروسي", "الروسية"),
            new E("organization/sana", "SANA", "SY", null, "وكالة سانا"),
            new E("organization/al-qahera-news", "Al Qahera News", "EG", null, "القاهرة الإخبارية"),
            new E("organization/sputnik", "Sputnik", "RU", null, "سبوتنيك"),
            new E("event/russian-arab-summit", "Russian-Arab Summit", null, null, "القمة الروسية العربية الأولى"));
        return (doc, analysis);
    }

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var path = Path.Combine(dir.FullName, "seeds", File);
            if (System.IO.File.Exists(path))
            {
                return path;
            }
        }

        throw new FileNotFoundException("seeds/" + File);
    }
}
