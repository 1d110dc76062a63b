using NewsDashboard.Extraction;
using NewsDashboard.Web.Features.Articles;
using NewsDashboard.Web.Features.Entities;
using NewsDashboard.Web.Features.Live;
using NewsDashboard.Web.Features.Meetings;
using NewsDashboard.Web.Features.Quotes;

namespace NewsDashboard.Web.Features.Dashboard;

/// <summary>Meetings or quotes together with the aliases of the entities they name.</summary>
public sealed record Named<T>(IReadOnlyList<T> Items, NameBook Names);

/// <summary>Aliases by entity id: names participants and speakers in the interface language.</summary>
public sealed record NameBook(IReadOnlyDictionary<long, IReadOnlyList<string>> Aliases, IReadOnlyDictionary<string, IReadOnlyList<string>>? Places = null)
{
    public static NameBook Empty { get; } = new(new Dictionary<long, IReadOnlyList<string>>());

    public string Name(long? entityId, string? name, string language)
        => name is null ? string.Empty
            : DisplayNames.For(name, entityId is { } id ? Aliases.GetValueOrDefault(id) : null, language);

    /// <summary>A meeting's location in the interface language when the place is known by that name.</summary>
    public string Place(string? location, string language)
        => location is null ? string.Empty : DisplayNames.For(location, Places?.GetValueOrDefault(location), language);
}

/// <summary>
/// The reads behind the dashboard and the wall screen, in the sizes they show: every list is bounded, so a
/// screen that refreshes for days holds the same amount of data on its last refresh as on its first.
/// Every circuit showing the same view after the same update gets the same (immutable) result: one query per view
/// and update, not one per open dashboard (<see cref="SharedReads"/>).
/// </summary>
public sealed class DashboardQueries(
    EntityQueries entities, MeetingQueries meetings, QuoteQueries quotes, EntityNameLookup names, ArticleStore articles, SharedReads shared)
{
    public const int MentionsShown = 10;
    public const int MeetingsShown = 30;
    public const int QuotesShown = 20;

    public static IReadOnlyList<string> MentionTypes { get; } = [EntityTypes.Person, EntityTypes.Country, EntityTypes.Organization];

    public static IReadOnlyList<string> Windows { get; } = ["1h", "24h", "7d", "all"];

    public static string NormalizeType(string? type) => MentionTypes.Contains(type ?? string.Empty) ? type! : EntityTypes.Person;

    public static string NormalizeWindow(string? window) => Windows.Contains(window ?? string.Empty) ? window! : "24h";

    public Task<IReadOnlyList<EntityCount>> MentionsAsync(string type, string window, int limit = MentionsShown)
    {
        type = NormalizeType(type);
        window = NormalizeWindow(window);
        EntityQueries.TryParseWindow(window, out var parsed);
        return shared.GetAsync($"mentions|{type}|{window}|{limit}", () => entities.TopAsync(type, parsed, limit));
    }

    public Task<Named<MeetingView>> MeetingsAsync(DashboardFilter filter, int limit = MeetingsShown)
    {
        ArgumentNullException.ThrowIfNull(filter);
        return shared.GetAsync($"meetings|{filter.Key}|{limit}", async () =>
        {
            var list = await meetings.ListAsync(filter.ToMeetingFilter(limit));
            var ids = list.SelectMany(m => m.Participants).Where(p => p.EntityId is not null).Select(p => p.EntityId!.Value);
            return new Named<MeetingView>(list, new NameBook(
                await names.AliasesAsync(ids),
                await names.PlaceAliasesAsync(list.Select(m => m.Location))));
        });
    }

    public Task<Named<QuoteView>> QuotesAsync(IReadOnlyList<string> countries, int limit = QuotesShown)
    {
        ArgumentNullException.ThrowIfNull(countries);
        return shared.GetAsync($"quotes|{string.Join(',', countries)}|{limit}", async () =>
        {
            var list = await quotes.ListAsync(countries, null, limit);
            var ids = list.Where(q => q.Speaker.EntityId is not null).Select(q => q.Speaker.EntityId!.Value);
            return new Named<QuoteView>(list, new NameBook(await names.AliasesAsync(ids)));
        });
    }

    /// <summary>The newest articles, newest first.</summary>
    public Task<IReadOnlyList<ArticleSummary>> LatestAsync(int limit)
        => shared.GetAsync($"latest|{limit}", () => articles.ListAsync(limit, null));

    /// <summary>Countries worth offering as filter chips: the most mentioned ones, then those in the meetings shown, then the chosen ones.</summary>
    public async Task<IReadOnlyList<string>> CountryChoicesAsync(DashboardFilter filter, IEnumerable<MeetingView> shown)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var top = await shared.GetAsync("choices", () => entities.TopAsync(EntityTypes.Country, MentionWindow.All, 12));
        var codes = top.Select(CountryCode)
            .Concat(shown.SelectMany(m => m.Participants.Select(p => p.Country).Append(m.LocationCountry)))
            .Concat(filter.Countries);
        return DashboardFilter.NormalizeCountries(codes);
    }

    /// <summary>A country entity's ISO code: its country field, else a two-letter upper-case alias.</summary>
    public static string? CountryCode(EntityCount country)
    {
        ArgumentNullException.ThrowIfNull(country);
        return country.Country ?? country.Aliases.FirstOrDefault(a => a.Length == 2 && a.All(char.IsAsciiLetterUpper));
    }
}
