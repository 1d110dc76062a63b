using NewsDashboard.Extraction;
using NewsDashboard.Web.Features.Articles;
using NewsDashboard.Web.Features.Entities;
using NewsDashboard.Web.Features.Live;
using NewsDashboard.Web.Features.Meetings;
using NewsDashboard.Web.Features.Names;
using NewsDashboard.Web.Features.Quotes;

namespace NewsDashboard.Web.Features.Dashboard;

/// <summary>
/// The reads behind the dashboard and the wall screen, in the sizes they show: every list is bounded, so a
/// screen that refreshes for days holds the same amount of data on its last refresh as on its first.
/// Every circuit showing the same view after the same update gets the same (immutable) result: one query per view
/// and update, not one per open dashboard (<see cref="SharedReads"/>).
/// </summary>
internal sealed class DashboardQueries(
    EntityQueries entities, MeetingQueries meetings, QuoteQueries quotes, EntityNameLookup names, ArticleStore articles, SharedReads shared)
{
    public const int MentionsShown = 10;
    public const int MeetingsShown = MeetingsTimeline.Shown;
    public const int QuotesShown = QuoteCards.Shown;

    public static IReadOnlyList<string> MentionTypes => MentionChoices.Types;

    public static IReadOnlyList<string> Windows => MentionChoices.Windows;

    public static string NormalizeType(string? type) => MentionChoices.NormalizeType(type);

    public static string NormalizeWindow(string? window) => MentionChoices.NormalizeWindow(window);

    public Task<IReadOnlyList<EntityCount>> MentionsAsync(string type, string window, int limit = MentionsShown, string rank = MentionChoices.ByArticles)
    {
        type = NormalizeType(type);
        rank = MentionChoices.NormalizeRank(rank);
        var parsed = MentionWindow.ParseOrDefault(window);
        return shared.GetAsync($"mentions|{type}|{window}|{limit}|{rank}", () => entities.TopAsync(type, parsed, limit, rank: rank));
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

    /// <summary>
    /// The filter chips: the countries in the store, whatever the filter shows (so "SY or EG" can be built from a view
    /// of SY alone): the most mentioned countries, then those of the newest meetings of the whole timeline, then the
    /// chosen ones. One shared read per update for every dashboard.
    /// </summary>
    public async Task<IReadOnlyList<string>> CountryChoicesAsync(DashboardFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var top = await shared.GetAsync("choices", () => entities.TopAsync(EntityTypes.Country, MentionWindow.All, ChoicesFromMentions));
        var timeline = await MeetingsAsync(DashboardFilter.None);
        var inStore = top.Select(MentionChoices.CountryCode)
            .Concat(timeline.Items.SelectMany(m => m.Participants.Select(p => p.Country).Append(m.LocationCountry)));
        var offered = DashboardFilter.KnownCountries(inStore).Take(MaxChoices).ToList();
        return [.. offered, .. filter.Countries.Where(c => !offered.Contains(c, StringComparer.Ordinal))];
    }

    private const int ChoicesFromMentions = 12;

    /// <summary>The most chips offered, besides the chosen ones.</summary>
    public const int MaxChoices = 40;

    /// <summary>A country entity's ISO code: its country field, else a two-letter upper-case alias.</summary>
    public static string? CountryCode(EntityCount country) => MentionChoices.CountryCode(country);
}
