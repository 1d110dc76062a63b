namespace NewsDashboard.Extraction.Tests.Quotes;

/// <summary>The entities the hand-written test articles use, with their spellings in four languages.</summary>
internal static class People
{
    public static readonly E Lavrov = new("person/sergey-lavrov", "Sergey Lavrov", "RU", "Minister of Foreign Affairs",
        "Sergey Lavrov", "Lavrov", "Sergueï Lavrov", "سيرغي لافروف", "لافروف", "Сергей Лавров", "Лавров", "Лаврова");

    public static readonly E Shaibani = new("person/asaad-al-shaibani", "Asaad al-Shaibani", "SY", "Minister of Foreign Affairs",
        "Asaad al-Shaibani", "al-Shaibani", "Shaibani", "Assaad al-Chaibani", "أسعد الشيباني", "الشيباني", "Асаад аш-Шейбани", "Шейбани");

    public static readonly E Fidan = new("person/hakan-fidan", "Hakan Fidan", "TR", "Minister of Foreign Affairs",
        "Hakan Fidan", "Fidan", "هاكان فيدان", "فيدان", "Хакан Фидан", "Фидан", "Фиданом");

    public static readonly E Zakharova = new("person/maria-zakharova", "Maria Zakharova", "RU", "Spokesperson of the Ministry of Foreign Affairs",
        "Maria Zakharova", "Zakharova", "ماريا زاخاروفا", "زاخاروفا", "Мария Захарова", "Захарова");

    public static readonly E Defence = new("person/murhaf-abu-qasra", "Murhaf Abu Qasra", "SY", "Minister of Defence",
        "Murhaf Abu Qasra", "Abu Qasra", "مرهف أبو قصرة", "أبو قصرة");

    public static readonly E Moscow = new("place/moscow", "Moscow", "RU", null, "Moscow", "Moscou", "موسكو", "Москве", "Москва");

    public static readonly E Ankara = new("place/ankara", "Ankara", "TR", null, "Ankara", "أنقرة", "Анкаре");

    public static readonly E Russia = new("country/ru", "Russia", "RU", null,
        "Russia", "Russian", "Russie", "russe", "روسيا", "الروسي", "الروسية", "Россия", "России", "российским", "российский");

    public static readonly E Syria = new("country/sy", "Syria", "SY", null,
        "Syria", "Syrian", "Syrie", "syrien", "سوريا", "السوري", "السورية", "Сирия", "Сирии", "сирийским");

    public static readonly E Turkey = new("country/tr", "Turkey", "TR", null, "Turkey", "Turkish", "turc", "تركيا", "التركي", "Турции");

    public static readonly E Channel = new("organization/al-qahera-news", "Al Qahera News", "EG", null, "القاهرة الإخبارية");

    public static readonly E[] All = [Lavrov, Shaibani, Fidan, Zakharova, Defence, Moscow, Ankara, Russia, Syria, Turkey, Channel];
}
