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
    public void PageOfAnIdNeverStored_SaysNoSuchEntity()
    {
        var page = _host.Context.Render<EntityPage>(p => p.Add(x => x.Id, 424242));

        page.WaitForAssertion(() => Assert.Equal("No such entity.", page.Find("h1").TextContent));
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();
}
