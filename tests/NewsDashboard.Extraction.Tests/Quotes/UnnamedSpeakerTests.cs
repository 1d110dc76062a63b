namespace NewsDashboard.Extraction.Tests.Quotes;

/// <summary>
/// Issue 14: a role the article gives without a name ("the ministry's spokesman") is an unnamed speaker with the
/// role, not nobody and not the last name; when the article names someone who could hold the role, it stays unknown.
/// </summary>
public class UnnamedSpeakerTests
{
    private static IReadOnlyList<ExtractedQuote> Extract(string body, string language)
        => NewsExtractor.Default.Extract(new ArticleInput(body, "Title", Language: language)).Quotes;

    [Theory]
    [InlineData("ar", "حذرت الوزارة من تدهور الوضع في المدينة.\nوقال المتحدث باسم الوزارة إن الحكومة ستكون \"مسؤولة عن أي انهيار جديد في المفاوضات الجارية\" خلال الأيام المقبلة.")]
    [InlineData("en", "The ministry warned of a worsening situation in the city.\n\"We will hold the government responsible for any collapse of the talks,\" the ministry's spokesman said.")]
    public void Extract_RoleWithoutAName_IsAnUnnamedSpeakerWithTheRole(string language, string body)
    {
        var quote = Assert.Single(Extract(body, language));

        Assert.Null(quote.Speaker);
        Assert.Null(quote.SpeakerEntity);
        Assert.Equal("Spokesperson", quote.SpeakerRole);
    }

    // A named person of that country may be the role's holder: who spoke is unsure, so nobody is named or implied.
    [Fact]
    public void Extract_RoleBesideANamedCompatriot_LeavesTheSpeakerUnknown()
    {
        var body = "Президент Турции Реджеп Тайип Эрдоган прибыл в Киев.\n«Мы хотим, чтобы наши компании работали вместе в третьих странах», — цитирует слова турецкого премьера агентство.";

        var quote = Assert.Single(Extract(body, "ru"));

        Assert.NotEqual("Prime Minister", quote.SpeakerRole);
    }
}
