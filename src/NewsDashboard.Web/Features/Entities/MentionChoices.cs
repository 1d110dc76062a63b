using NewsDashboard.Extraction;
using NewsDashboard.Web.Features.Vocabulary;

namespace NewsDashboard.Web.Features.Entities;

/// <summary>The entity types and windows the mention panel offers, and how an unknown choice falls back.</summary>
internal static class MentionChoices
{
    public static IReadOnlyList<string> Types { get; } = [EntityTypes.Person, EntityTypes.Country, EntityTypes.Organization];

    public static IReadOnlyList<string> Windows { get; } = [.. MentionWindow.Choices.Select(w => w.Name)];

    /// <summary>Rank by the number of articles naming an entity (the default: one long article counts once), or by mentions.</summary>
    public const string ByArticles = "articles";

    public const string ByMentions = "mentions";

    public static IReadOnlyList<string> Ranks { get; } = [ByArticles, ByMentions];

    public static string NormalizeRank(string? rank) => string.Equals(rank, ByMentions, StringComparison.OrdinalIgnoreCase) ? ByMentions : ByArticles;

    public static string NormalizeType(string? type) => Types.Contains(type ?? string.Empty) ? type! : EntityTypes.Person;

    public static string NormalizeWindow(string? window) => MentionWindow.ParseOrDefault(window).Name;

    /// <summary>A country entity's ISO code: its country field, else a two-letter upper-case alias.</summary>
    public static string? CountryCode(EntityCount country)
    {
        ArgumentNullException.ThrowIfNull(country);
        return country.Country ?? country.Aliases.FirstOrDefault(Vocabulary.CountryCode.IsCanonical);
    }
}
