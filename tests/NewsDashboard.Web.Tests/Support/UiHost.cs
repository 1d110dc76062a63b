using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;
using NewsDashboard.Extraction;
using NewsDashboard.Web.Features.Articles;
using NewsDashboard.Web.Features.Ingestion;
using NewsDashboard.Web.Features.Live;
using NewsDashboard.Web.Components.Shared;
using NewsDashboard.Web.Features.Dashboard;
using NewsDashboard.Web.Features.Entities;
using NewsDashboard.Web.Features.Meetings;
using NewsDashboard.Web.Features.Quotes;
using NewsDashboard.Web.Features.Names;
using NewsDashboard.Web.Features.Localization;

namespace NewsDashboard.Web.Tests.Support;

/// <summary>
/// A bUnit context over a real SQLite store whose extraction is replaced by results the test writes
/// (<see cref="StoreFixture"/>), with every service the dashboard, the screen and the click-through pages inject,
/// registered by the app's own <c>AddX()</c> extensions.
/// </summary>
public sealed class UiHost : IAsyncDisposable
{
    private UiHost(StoreFixture store, string language, TimeProvider? clock)
    {
        Store = store;
        Context.Services.AddMudServices();

        // The app's own registrations (Program.cs), then the fixture's instances of what holds state: its store, the
        // publish point its ingestor raises and the mention windows that hear it; the last registration wins.
        Context.Services.AddArticles().AddEntities().AddMeetings().AddQuotes().AddDashboard().AddUiText();
        Context.Services.AddSingleton(store.Database);
        Context.Services.AddSingleton(store.WriteLock);
        Context.Services.AddSingleton(store.Events);
        Context.Services.AddSingleton(store.Windows);
        Context.Services.AddSingleton(clock ?? TimeProvider.System);
        Context.Services.AddScoped(_ => UiText.For(language));
        Context.JSInterop.Mode = JSRuntimeMode.Loose;
    }

    public BunitContext Context { get; } = new();

    public StoreFixture Store { get; }

    public static async Task<UiHost> CreateAsync(string language = UiText.English, TimeProvider? clock = null)
        => new(await StoreFixture.CreateAsync(), language, clock);

    public NavigationManager Navigation => Context.Services.GetRequiredService<NavigationManager>();

    internal Task<IngestOutcome> IngestAsync(string body, ExtractionResult result) => Store.IngestAsync(body, result);

    internal Task<IngestOutcome> IngestAsync(ArticleInput input, ExtractionResult result) => Store.IngestAsync(input, result);

    public async ValueTask DisposeAsync()
    {
        await Context.DisposeAsync();
        await Store.DisposeAsync();
    }
}

/// <summary>Facts we write ourselves, in the shapes extraction produces.</summary>
public static class Facts
{
    public static ExtractedEntity Person(string key, string name, string country, int mentions = 1, params string[] surfaces)
        => new("person/" + key, EntityTypes.Person, name, country, "Minister of Foreign Affairs", mentions, surfaces);

    public static ExtractedEntity Country(string code, string name, int mentions = 1)
        => new("country/" + code.ToLowerInvariant(), EntityTypes.Country, name, code, null, mentions, [name, code]);

    public static ExtractedMeeting Meeting(string date, string evidence, string location, string locationCountry, params (string Key, string Name, string Country)[] people)
        => new(people.Select(p => new MeetingParticipant("person/" + p.Key, p.Name, p.Country, "Minister of Foreign Affairs")).ToList(),
            location, locationCountry, date, MeetingStatus.Held, MeetingKind.Meeting, evidence);

    public static ExtractedQuote Quote(string speakerKey, string speaker, string country, string text, string language = "en")
        => new(speaker, "person/" + speakerKey, country, text, language);
}
