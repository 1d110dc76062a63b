using Bunit;
using NewsDashboard.Extraction;
using NewsDashboard.Web.Features.Articles;
using NewsDashboard.Web.Features.Entities;
using NewsDashboard.Web.Features.Meetings;
using static NewsDashboard.Web.Tests.Support.Facts;
using static NewsDashboard.Web.Tests.Support.StoreFixture;

namespace NewsDashboard.Web.Tests.Features.Articles;

/// <summary>
/// A link into an article marks exactly what it points at, where the extraction found it (the stored offsets), in the
/// colour of its kind: <c>?quote=</c> the quote's words, <c>?meeting=</c> the meeting's evidence sentence,
/// <c>?entity=</c> the entity's mentions; and the page scrolls to the first mark.
/// </summary>
public sealed class ArticleMarksTests : IAsyncLifetime
{
    private const string Title = "Lavrov in Moscow";
    private const string Said = "Our cooperation will continue";
    private const string Evidence = "Lavrov received al-Shaibani in Moscow on Thursday.";

    // The quote's words also stand in the first paragraph, unquoted: only the quoted ones are the quote.
    private const string Body = "Headline words: " + Said + ".\n" + Evidence + "\n\"" + Said + ",\" Lavrov said. <b>Not bold</b> <script>alert(1)</script>";

    private static readonly string Text = Title + "\n\n" + Body;

    private UiHost _host = null!;
    private long _articleId;

    public async Task InitializeAsync()
    {
        _host = await UiHost.CreateAsync();
        var lavrov = Person("lavrov", "Sergey Lavrov", "RU", 3, "Lavrov") with { Spans = All(Text, "Lavrov") };
        var shaibani = Person("shaibani", "Asaad al-Shaibani", "SY", 1, "al-Shaibani") with { Spans = All(Text, "al-Shaibani") };
        var result = Result("en", [lavrov, shaibani],
            [Meeting("2025-07-31", Evidence, "Moscow", "RU", ("lavrov", "Sergey Lavrov", "RU"), ("shaibani", "Asaad al-Shaibani", "SY"))
                with { EvidenceSpans = [new TextRange(Text.IndexOf(Evidence, StringComparison.Ordinal), Evidence.Length)] }],
            [Quote("lavrov", "Sergey Lavrov", "RU", Said) with { Spans = [new TextRange(Text.LastIndexOf(Said, StringComparison.Ordinal), Said.Length)] }])
            with { Title = Title };
        _articleId = (await _host.IngestAsync(new ArticleInput(Body, Title, Language: "en"), result)).Id;
    }

    [Fact]
    public async Task ArticlePage_FromAQuoteCard_MarksThatQuotesWordsOnlyWhereQuoted()
    {
        var quote = Assert.Single(await _host.Store.Quotes.ListAsync(null, null, 10));

        var page = Open($"?quote={quote.Id}");

        page.WaitForAssertion(() => Assert.Single(page.FindAll("[data-testid=article-body] mark")));
        var mark = page.Find("[data-testid=article-body] mark");
        Assert.Equal(Said, mark.TextContent);
        Assert.Contains("nd-mark-quote", mark.ClassList);
        Assert.StartsWith("\"" + Said, mark.ParentElement!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ArticlePage_FromAMeeting_MarksItsEvidenceSentenceOnly()
    {
        var meeting = Assert.Single(await _host.Store.Meetings.ListAsync(MeetingFilter.None));

        var page = Open($"?meeting={meeting.Id}");

        page.WaitForAssertion(() => Assert.Equal([Evidence], page.FindAll("[data-testid=article-body] mark").Select(m => m.TextContent).ToArray()));
        Assert.Contains("nd-mark-meeting", page.Find("[data-testid=article-body] mark").ClassList);
    }

    [Fact]
    public async Task ArticlePage_FromAnEntity_MarksEachOfItsMentionsInTitleAndBody()
    {
        var lavrov = (await _host.Store.Entities.TopAsync("person", MentionWindow.All, 10)).Single(e => e.Name == "Sergey Lavrov");

        var page = Open($"?entity={lavrov.Id}");

        page.WaitForAssertion(() => Assert.Equal(3, page.FindAll("[data-testid=article-body] mark").Count));
        Assert.All(page.FindAll("[data-testid=article-body] mark"), m =>
        {
            Assert.Equal("Lavrov", m.TextContent);
            Assert.Contains("nd-mark-entity", m.ClassList);
        });
        Assert.Equal("Lavrov", page.Find("h1 mark").TextContent);
    }

    [Fact]
    public async Task ArticlePage_EntityMergedIntoAnother_MarksTheMentionsOfBoth()
    {
        var people = await _host.Store.Entities.TopAsync("person", MentionWindow.All, 10);
        var (lavrov, shaibani) = (people.Single(e => e.Name == "Sergey Lavrov"), people.Single(e => e.Name == "Asaad al-Shaibani"));
        Assert.Equal(CorrectionResult.Done, await _host.Store.Corrections.MergeAsync(shaibani.Id, lavrov.Id));

        var page = Open($"?entity={lavrov.Id}");

        page.WaitForAssertion(() => Assert.Equal(["Lavrov", "Lavrov", "al-Shaibani", "Lavrov"], page.FindAll("[data-testid=article-body] mark").Select(m => m.TextContent).ToArray()));
    }

    [Fact]
    public async Task ArticlePage_WithMarks_ScrollsToTheFirst()
    {
        var quote = Assert.Single(await _host.Store.Quotes.ListAsync(null, null, 10));

        var page = Open($"?quote={quote.Id}");

        page.WaitForAssertion(() => _host.Context.JSInterop.VerifyInvoke("ndMarks.scrollToFirst"));
    }

    [Fact]
    public void ArticlePage_WithoutALink_MarksNothingAndShowsMarkupAsText()
    {
        var page = Open(string.Empty);

        page.WaitForAssertion(() => Assert.Contains("<b>Not bold</b> <script>alert(1)</script>", page.Find("[data-testid=article-body]").TextContent, StringComparison.Ordinal));
        Assert.Empty(page.FindAll("[data-testid=article-body] mark"));
        Assert.Empty(page.FindAll("[data-testid=article-body] b"));
        Assert.Empty(page.FindAll("[data-testid=article-body] script"));
        _host.Context.JSInterop.VerifyNotInvoke("ndMarks.scrollToFirst");
    }

    [Fact]
    public void ArticlePage_QuoteOfAnotherArticle_MarksNothing()
    {
        var page = Open("?quote=999999");

        page.WaitForAssertion(() => Assert.Contains(Evidence, page.Find("[data-testid=article-body]").TextContent, StringComparison.Ordinal));
        Assert.Empty(page.FindAll("[data-testid=article-body] mark"));
    }

    private IRenderedComponent<ArticlePage> Open(string query)
    {
        _host.Navigation.NavigateTo($"/articles/{_articleId}{query}");
        return _host.Context.Render<ArticlePage>(p => p.Add(a => a.Id, _articleId));
    }

    private static List<TextRange> All(string text, string word)
    {
        var ranges = new List<TextRange>();
        for (var at = text.IndexOf(word, StringComparison.Ordinal); at >= 0; at = text.IndexOf(word, at + word.Length, StringComparison.Ordinal))
        {
            ranges.Add(new TextRange(at, word.Length));
        }

        return ranges;
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();
}
