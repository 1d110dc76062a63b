using NewsDashboard.Extraction.Dating;

namespace NewsDashboard.Extraction.Tests.Dates;

public class DateResolverTests
{
    // 2025-07-31 is a Thursday.
    private static readonly DateOnly Published = new(2025, 7, 31);

    [Theory]
    [InlineData("يعقد الوزير محادثات اليوم الخميس", "2025-07-31")]
    [InlineData("التقى الوزير أمس نظيره", "2025-07-30")]
    [InlineData("التقى الوزير أول أمس نظيره", "2025-07-29")]
    [InlineData("يلتقي الوزير غدا نظيره", "2025-08-01")]
    [InlineData("The ministers met on Thursday", "2025-07-31")]
    [InlineData("The ministers met on Monday", "2025-07-28")]
    [InlineData("The ministers met yesterday", "2025-07-30")]
    [InlineData("The ministers will meet next Monday", "2025-08-04")]
    [InlineData("Les ministres se sont rencontrés hier", "2025-07-30")]
    [InlineData("Les ministres se sont rencontrés avant-hier", "2025-07-29")]
    [InlineData("Les ministres se rencontreront demain", "2025-08-01")]
    [InlineData("Les ministres se sont rencontrés jeudi", "2025-07-31")]
    [InlineData("Министры встретились в четверг", "2025-07-31")]
    [InlineData("Министры встретились вчера", "2025-07-30")]
    [InlineData("Министры встретились позавчера", "2025-07-29")]
    [InlineData("Министры встретятся завтра", "2025-08-01")]
    [InlineData("Министры встретятся в следующую среду", "2025-08-06")]
    [InlineData("سيلتقي الوزيران الأحد المقبل", "2025-08-03")]
    public void Resolve_RelativeDayOrWeekday_CountsFromPublication(string text, string expected)
    {
        Assert.Equal(expected, DateResolver.Default.Resolve(text, Published)?.Iso);
    }

    [Theory]
    [InlineData("التقى الوزيران في 15 يوليو 2025", "2025-07-15")]
    [InlineData("التقى الوزيران في 15 تموز 2025", "2025-07-15")]
    [InlineData("التقى الوزيران في 15 جويلية 2025", "2025-07-15")]
    [InlineData("التقى الوزيران في 15 يوليوز 2025", "2025-07-15")]
    [InlineData("التقى الوزيران في ١٥ كانون الثاني ٢٠٢٥", "2025-01-15")]
    [InlineData("التقى الوزيران في 8 ديسمبر", "2024-12-08")]
    [InlineData("The ministers met on July 15, 2025", "2025-07-15")]
    [InlineData("The ministers met on 15 July 2025", "2025-07-15")]
    [InlineData("Les ministres se sont rencontrés le 1er août", "2025-08-01")]
    [InlineData("Les ministres se sont rencontrés le 15 juillet 2025", "2025-07-15")]
    [InlineData("Министры встретились 15 июля 2025 года", "2025-07-15")]
    [InlineData("Министры встретились 2025-07-15", "2025-07-15")]
    [InlineData("Министры встретились 15.07.2025", "2025-07-15")]
    public void Resolve_ExplicitDateInEachLanguage_ReturnsIsoDate(string text, string expected)
    {
        Assert.Equal(expected, DateResolver.Default.Resolve(text, Published)?.Iso);
    }

    [Fact]
    public void Resolve_NoDateWords_ReturnsNull()
    {
        Assert.Null(DateResolver.Default.Resolve("The ministers discussed the situation", Published));
    }

    // Issue 15: a publication date no news carries (year 1, year 9999) anchors nothing, and never throws.
    [Theory]
    [InlineData("The ministers met yesterday", 1, 1, 1)]
    [InlineData("The ministers will meet next Monday", 9999, 12, 31)]
    [InlineData("Министры встретятся в среду", 9999, 12, 30)]
    [InlineData("التقى الوزير أمس نظيره", 1, 1, 2)]
    public void Resolve_PublicationOutsideTheCalendarOfNews_GivesNoRelativeDate(string text, int year, int month, int day)
    {
        var resolved = DateResolver.Default.Resolve(text, new DateOnly(year, month, day));

        Assert.Null(resolved);
    }

    [Theory]
    [InlineData("0001-01-01T00:00:00Z")]
    [InlineData("9999-12-31T00:00:00Z")]
    public void Extract_ArticlePublishedAtTheEdgeOfTime_HasMeetingsWithoutRelativeDates(string published)
    {
        var input = new ArticleInput(
            "Sergey Lavrov met Asaad al-Shaibani in Moscow yesterday. They will meet again on Monday.", "Talks",
            Published: DateTimeOffset.Parse(published, System.Globalization.CultureInfo.InvariantCulture), Language: "en");

        var result = NewsExtractor.Default.Extract(input);

        Assert.NotEmpty(result.Meetings);
        Assert.All(result.Meetings, m => Assert.Null(m.Date));
    }
}
