using Bunit;
using NewsDashboard.Extraction;
using NewsDashboard.Web.Features.Articles;
using NewsDashboard.Web.Features.Entities;
using NewsDashboard.Web.Features.Meetings;
using static NewsDashboard.Web.Tests.Support.Facts;
using static NewsDashboard.Web.Tests.Support.StoreFixture;

namespace NewsDashboard.Web.Tests.Features.Dashboard;

public sealed class ClickThroughTests : IAsyncLifetime
{
    private const string Evidence = "Lavrov received al-Shaibani in Moscow on Thursday.";
    private const string Said = "Our cooperation will continue";
    private const string Body = "Opening words about the visit.\n" + Evidence + " Lavrov said: \"" + Said + "\". <b>Not bold</b> <script>alert(1)</script>";

    private UiHost _host = null!;
    private long _articleId;

    public async Task InitializeAsync()
    {
        _host = await UiHost.CreateAsync();
        var result = Result("en", [Person("lavrov", "Sergey Lavrov", "RU", 2, "Lavrov"), Person("shaibani", "Asaad al-Shaibani", "SY", 1, "al-Shaibani")],
            [Meeting("2025-07-31", Evidence, "Moscow", "RU", ("lavrov", "Sergey Lavrov", "RU"), ("shaibani", "Asaad al-Shaibani", "SY"))],
            [Quote("lavrov", "Sergey Lavrov", "RU", Said)]);
        _articleId = (await _host.IngestAsync(Body, result)).Id;
    }

    [Fact]
    public async Task ArticlePage_FromTheMeeting_MarksItsEvidenceAsTextSegments()
    {
        var meeting = Assert.Single(await _host.Store.Meetings.ListAsync(Web.Features.Meetings.MeetingFilter.None));
        _host.Navigation.NavigateTo($"/articles/{_articleId}?meeting={meeting.Id}");

        var page = _host.Context.Render<ArticlePage>(p => p.Add(a => a.Id, _articleId));

        page.WaitForAssertion(() => Assert.Equal([Evidence], page.FindAll("[data-testid=article-body] mark").Select(m => m.TextContent).ToArray()));
        Assert.Contains("<b>Not bold</b> <script>alert(1)</script>", page.Find("[data-testid=article-body]").TextContent, StringComparison.Ordinal);
        Assert.Empty(page.FindAll("[data-testid=article-body] b"));
        Assert.Empty(page.FindAll("[data-testid=article-body] script"));
        Assert.All(page.FindAll("[data-testid=article-body] p.nd-paragraph"), p => Assert.Equal("auto", p.GetAttribute("dir")));
    }

    [Fact]
    public async Task ArticlePage_FromAnEntity_MarksThatEntitysNames()
    {
        var lavrov = (await _host.Store.Entities.TopAsync("person", Web.Features.Entities.MentionWindow.All, 10)).Single(e => e.Name == "Sergey Lavrov");
        _host.Navigation.NavigateTo($"/articles/{_articleId}?entity={lavrov.Id}");

        var page = _host.Context.Render<ArticlePage>(p => p.Add(a => a.Id, _articleId));

        page.WaitForAssertion(() => Assert.Contains("Lavrov", page.FindAll("[data-testid=article-body] mark").Select(m => m.TextContent)));
    }

    [Fact]
    public async Task MeetingPage_Opened_ShowsParticipantsAndSourceSentenceLinkingToArticle()
    {
        var meeting = Assert.Single(await _host.Store.Meetings.ListAsync(Web.Features.Meetings.MeetingFilter.None));

        var page = _host.Context.Render<MeetingPage>(p => p.Add(m => m.Id, meeting.Id));

        page.WaitForAssertion(() => Assert.Equal(Evidence, page.Find("[data-testid=meeting-sources] mark").TextContent));
        Assert.Equal($"/articles/{_articleId}?meeting={meeting.Id}", page.Find("[data-testid=meeting-sources] a").GetAttribute("href"));
        Assert.Equal(["Sergey Lavrov", "Asaad al-Shaibani"], page.FindAll(".nd-person").Select(p => p.TextContent).ToArray());
        // Participants as people, each a link to their page; the timeline's card (and its link to this page) not repeated.
        var lavrov = (await _host.Store.Entities.TopAsync("person", Web.Features.Entities.MentionWindow.All, 10)).Single(e => e.Name == "Sergey Lavrov");
        Assert.Equal($"/entities/{lavrov.Id}", page.Find("[data-testid=meeting-participants] a.nd-person").GetAttribute("href"));
        Assert.Empty(page.FindAll($"a[href='/meetings/{meeting.Id}']"));
        // "Moscow, Russia", the place before its country.
        Assert.Equal("Location: Moscow, Russia", string.Join(' ', page.Find("[data-testid=meeting-location]").TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)));
    }

    [Fact]
    public async Task EntityPage_Opened_ShowsMentionsAliasesQuotesAndArticles()
    {
        var lavrov = (await _host.Store.Entities.TopAsync("person", Web.Features.Entities.MentionWindow.All, 10)).Single(e => e.Name == "Sergey Lavrov");

        var page = _host.Context.Render<EntityPage>(p => p.Add(e => e.Id, lavrov.Id));

        page.WaitForAssertion(() => Assert.Equal("Sergey Lavrov", page.Find("h1").TextContent));
        Assert.Contains("Lavrov", page.FindAll(".nd-alias").Select(a => a.TextContent));
        Assert.Equal(Said, page.Find(".nd-quote-text").TextContent);
        Assert.Equal($"/articles/{_articleId}?entity={lavrov.Id}", page.Find("[data-testid=entity-articles] a").GetAttribute("href"));
    }

    [Theory]
    [InlineData(typeof(ArticlePage), "No such article.")]
    [InlineData(typeof(MeetingPage), "No such meeting.")]
    [InlineData(typeof(EntityPage), "No such entity.")]
    public void DetailPage_UnknownId_SaysSo(Type pageType, string message)
    {
        var page = _host.Context.Render(b =>
        {
            b.OpenComponent(0, pageType);
            b.AddAttribute(1, "Id", 999_999L);
            b.CloseComponent();
        });

        page.WaitForAssertion(() => Assert.Equal(message, page.Find("h1").TextContent));
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();
}
