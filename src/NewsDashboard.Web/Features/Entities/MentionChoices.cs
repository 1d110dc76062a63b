using NewsDashboard.Extraction;
using NewsDashboard.Web.Features.Vocabulary;

namespace NewsDashboard.Web.Features.Entities;

/// <summary>The entity types and windows the mention panel offers, and how an unknown choice falls back.</summary>
internal static class MentionChoices
{
    public static IReadOnlyList<string> Types { get; } = [EntityTypes.Person, EntityTypes.Country, EntityTypes.Organization];

    public static IReadOnlyList<string> Windows { get; } = [.. MentionWindow.Choices.Select(w => w.Name)];

    public static string NormalizeType(string? type) => Types.Contains(type ?? string.Empty) ? type! : EntityTypes.Person;

    public static string NormalizeWindow(string? window) => MentionWindow.ParseOrDefault(window).Name;

    /// <summary>A country entity's ISO code: its country field, else a two-letter upper-case alias.</summary>
    public static string? CountryCode(EntityCount country)
    {
        ArgumentNullException.ThrowIfNull(country);
        return country.Country ?? country.Aliases.FirstOrDefault(Vocabulary.CountryCode.IsCanonical);
    }
}
