using NewsDashboard.Web.Features.Search;
using static NewsDashboard.Web.Tests.Support.Facts;
using static NewsDashboard.Web.Tests.Support.StoreFixture;

namespace NewsDashboard.Web.Tests.Features.Search;

public sealed class SearchQueriesTests : IAsyncLifetime
{
    private StoreFixture _store = null!;
    private SearchQueries _search = null!;
    private long _article;

    public async Task InitializeAsync()
    {
        _store = await CreateAsync();
        _search = new SearchQueries(_store.Database);
        // Only an English article: the Russian and Arabic spellings were never stored as aliases.
        _article = (await _store.IngestAsync("lavrov", Result("en", [Person("sergey-lavrov", "Sergey Lavrov", "RU", 2, "Sergey Lavrov", "Lavrov"), Person("hakan-fidan", "Hakan Fidan", "TR")],
            quotes: [Quote("sergey-lavrov", "Sergey Lavrov", "RU", "The talks were useful and frank.")]))).Id;
    }

    [Theory]
    [InlineData("Lavrov")]
    [InlineData("Лавров")]
    [InlineData("لافروف")]
    [InlineData("Sergey Lavrov")]
    [InlineData("Сергей Лавров")]
    [InlineData("سيرغي لافروف")]
    public async Task Search_PersonInAnyScript_FindsThePersonHisQuoteOnItsSentenceAndTheArticle(string query)
    {
        var hits = await _search.SearchAsync(query, 20);

        var person = Assert.Single(hits, h => h.Kind == SearchQueries.Entity);
        Assert.Equal("Sergey Lavrov", person.Title);
        Assert.Equal($"/entities/{person.Id}", person.Url);
        var quote = Assert.Single(hits, h => h.Kind == SearchQueries.Quote);
        Assert.Equal("The talks were useful and frank.", quote.Snippet);
        Assert.Equal($"/articles/{_article}?quote={quote.Id}", quote.Url);
        var article = Assert.Single(hits, h => h.Kind == SearchQueries.Article);
        Assert.Equal($"/articles/{_article}?entity={person.Id}", article.Url);
        Assert.Equal(SearchQueries.Entity, hits[0].Kind);
    }

    [Theory]
    [InlineData("Ivan Lavrov")]
    [InlineData("Obama")]
    [InlineData("Лаврентий")]
    public async Task Search_OtherName_DoesNotFindHim(string query)
        => Assert.DoesNotContain(await _search.SearchAsync(query, 20), h => h.Kind == SearchQueries.Entity && h.Title == "Sergey Lavrov");

    [Fact]
    public async Task Search_WordOfAQuote_FindsTheQuoteOnItsSentence()
    {
        var quote = Assert.Single(await _search.SearchAsync("frank", 20), h => h.Kind == SearchQueries.Quote);
        Assert.Equal($"/articles/{_article}?quote={quote.Id}", quote.Url);
    }

    public async Task DisposeAsync() => await _store.DisposeAsync();
}
