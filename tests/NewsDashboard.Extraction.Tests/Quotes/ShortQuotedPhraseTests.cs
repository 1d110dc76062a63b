namespace NewsDashboard.Extraction.Tests.Quotes;

public sealed class ShortQuotedPhraseTests
{
    [Theory]
    [InlineData("en", "Officials called the plan a \"red line\", and the minister said: \"We will keep working together on every file until the crossing reopens.\"")]
    [InlineData("ar", "ووصف المسؤولون الخطة بأنها \"خط أحمر\"، وقال وزير الخارجية: \"سنواصل العمل معا على كل الملفات حتى إعادة فتح المعبر\".")]
    [InlineData("fr", "Le porte-parole a parlé d'une « ligne rouge », puis le ministre a déclaré : « Nous continuerons à travailler ensemble sur chaque dossier. »")]
    public void Extract_TwoQuotedWordsBesideAStatement_OnlyTheStatementIsAQuote(string language, string body)
    {
        var result = NewsExtractor.Default.Extract(new ArticleInput(body, "Title", Language: language));

        var quote = Assert.Single(result.Quotes);
        Assert.True(quote.Text.Split(' ').Length > 5, quote.Text);
    }
}
