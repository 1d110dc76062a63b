using Bunit;
using NewsDashboard.Web.Features.Entities;
using static NewsDashboard.Web.Tests.Support.Facts;
using static NewsDashboard.Web.Tests.Support.StoreFixture;

namespace NewsDashboard.Web.Tests.Features.Entities;

public sealed class EntityPageTests : IAsyncLifetime
{
    private UiHost _host = null!;

    public async Task InitializeAsync() => _host = await UiHost.CreateAsync();

    [Fact]
    public async Task OldPageOfAMergedEntity_LeadsToTheEntityItWasMergedInto()
    {
        await _host.IngestAsync("a", Result("ar", [Person("lafruf", "Lafruf al-Rusi", "RU")]));
        await _host.IngestAsync("b", Result("en", [Person("lavrov", "Sergey Lavrov", "RU")]));
        await _host.IngestAsync("c", Result("en", [Person("s-lavrov", "S. Lavrov", "RU")]));
        var people = await _host.Store.Entities.TopAsync("person", MentionWindow.All, 10);
        long IdOf(string name) => people.Single(p => p.Name == name).Id;
        var (first, second, final) = (IdOf("Lafruf al-Rusi"), IdOf("S. Lavrov"), IdOf("Sergey Lavrov"));
        // Merged into S. Lavrov, which is later merged into Sergey Lavrov: both old pages lead to the last.
        Assert.Equal(CorrectionResult.Done, await _host.Store.Corrections.MergeAsync(first, second));
        Assert.Equal(CorrectionResult.Done, await _host.Store.Corrections.MergeAsync(second, final));

        foreach (var old in new[] { first, second })
        {
            _host.Navigation.NavigateTo($"/entities/{old}");
            _host.Context.Render<EntityPage>(p => p.Add(x => x.Id, old));

            Assert.EndsWith($"/entities/{final}", _host.Navigation.Uri, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task PersonPage_ShowsHisMeetingsNamesByScriptAndMentionsPerDay()
    {
        await _host.IngestAsync("moscow", Result("en", [Person("lavrov", "Sergey Lavrov", "RU", 3, "Sergey Lavrov"), Person("shaibani", "Asaad al-Shaibani", "SY")],
            [Meeting("2025-07-31", "The two ministers met in Moscow on Thursday.", "Moscow", "RU", ("lavrov", "Sergey Lavrov", "RU"), ("shaibani", "Asaad al-Shaibani", "SY"))]));
        await _host.IngestAsync("ankara", Result("ru", [Person("lavrov", "Sergey Lavrov", "RU", 2, "Сергей Лавров"), Person("fidan", "Hakan Fidan", "TR")],
            [Meeting("2025-06-15", "Лавров и Фидан встретились в Анкаре.", "Ankara", "TR", ("lavrov", "Sergey Lavrov", "RU"), ("fidan", "Hakan Fidan", "TR"))]));
        await _host.IngestAsync("paris", Result("en", [Person("barrot", "Jean-Noel Barrot", "FR"), Person("wadephul", "Johann Wadephul", "DE")],
            [Meeting("2025-07-10", "The French and German ministers met in Paris.", "Paris", "FR", ("barrot", "Jean-Noel Barrot", "FR"), ("wadephul", "Johann Wadephul", "DE"))]));
        var lavrov = (await _host.Store.Entities.TopAsync("person", MentionWindow.All, 10)).Single(p => p.Name == "Sergey Lavrov").Id;

        var page = _host.Context.Render<EntityPage>(p => p.Add(x => x.Id, lavrov));

        // His two meetings, newest first; not the one he was not in.
        page.WaitForAssertion(() => Assert.Equal(["Moscow", "Ankara"],
            page.FindAll("[data-testid=entity-meetings] .nd-location").Select(l => l.TextContent.Trim()[2..].Trim()).ToArray()));
        Assert.Equal("Сергей Лавров", page.Find("[data-testid=entity-names] dd[data-script=cyrillic] bdi").TextContent);
        Assert.Contains("Sergey Lavrov", page.FindAll("[data-testid=entity-names] dd[data-script=latin] bdi").Select(b => b.TextContent));
        var sparkline = page.Find("[data-testid=sparkline]");
        Assert.Equal("30", sparkline.GetAttribute("data-days"));
        Assert.Equal("5", sparkline.GetAttribute("data-total")); // 3 + 2 mentions, both arrived today
        Assert.Equal(30, sparkline.QuerySelector("polyline")!.GetAttribute("points")!.Split(' ').Length);
    }

    [Fact]
    public void PageOfAnIdNeverStored_SaysNoSuchEntity()
    {
        var page = _host.Context.Render<EntityPage>(p => p.Add(x => x.Id, 424242));

        page.WaitForAssertion(() => Assert.Equal("No such entity.", page.Find("h1").TextContent));
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();
}
