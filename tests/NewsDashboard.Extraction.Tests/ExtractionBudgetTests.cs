namespace NewsDashboard.Extraction.Tests;

public sealed class ExtractionBudgetTests
{
    private const string Article =
        "Russian Foreign Minister Sergei Lavrov met Syrian Foreign Minister Asaad al-Shaibani in Moscow on Thursday. " +
        "\"We look forward to relations built on respect,\" Lavrov said.";

    [Fact]
    public void Extract_TimeSpentAfterTheEntities_KeepsTheEntitiesSkipsTheRestAndSaysWhy()
    {
        var result = NewsExtractor.Default.Extract(new ArticleInput(Article, "Talks"), null, new ExtractionBudget(int.MaxValue, TimeSpan.Zero));

        Assert.Equal(ExtractionBudget.Reasons.Time, result.CutShort);
        Assert.Contains(result.Entities, e => e.Name.Contains("Lavrov", StringComparison.Ordinal));
        Assert.Empty(result.Quotes);
        Assert.Empty(result.Meetings);
    }

    [Fact]
    public void Extract_WithinTheBudget_SameAsWithoutOne()
    {
        var input = new ArticleInput(Article, "Talks");

        var budgeted = NewsExtractor.Default.Extract(input, null, new ExtractionBudget(1_000_000, TimeSpan.FromMinutes(1)));
        var unlimited = NewsExtractor.Default.Extract(input);

        Assert.Null(budgeted.CutShort);
        Assert.NotEmpty(budgeted.Quotes);
        Assert.Equal(ContractJson.Serialize(unlimited), ContractJson.Serialize(budgeted));
        Assert.DoesNotContain("cutShort", ContractJson.Serialize(budgeted), StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_TextOverTheSizeBudget_ReadsOnlyItsBeginningAndSaysWhy()
    {
        var body = Article + " " + string.Concat(Enumerable.Repeat("Trade was discussed. ", 200)) + "Turkish President Recep Tayyip Erdogan.";

        var result = NewsExtractor.Default.Extract(new ArticleInput(body, "Talks"), null, new ExtractionBudget(1_000, TimeSpan.FromMinutes(1)));

        Assert.Equal(ExtractionBudget.Reasons.Size, result.CutShort);
        Assert.Contains(result.Entities, e => e.Name.Contains("Lavrov", StringComparison.Ordinal));
        Assert.DoesNotContain(result.Entities, e => e.Name.Contains("Erdo", StringComparison.Ordinal));
        Assert.Contains("cutShort", ContractJson.Serialize(result), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("abcdef ghij", 9, "abcdef")] // at the last space
    [InlineData("abcdefghij", 5, "abcde")] // no space: at the limit
    [InlineData("abcd\uD83D\uDE00xyz", 5, "abcd")] // never half a surrogate pair
    public void Cut_LongText_EndsAtABoundary(string text, int max, string expected)
        => Assert.Equal(expected, new ExtractionBudget(max, TimeSpan.FromMinutes(1)).Cut(text));
}
