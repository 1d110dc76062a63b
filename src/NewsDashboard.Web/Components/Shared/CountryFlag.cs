using System.Collections.Concurrent;
using Microsoft.AspNetCore.Components;
using NewsDashboard.Web.Features.Localization;

using NewsDashboard.Web.Features.Vocabulary;

namespace NewsDashboard.Web.Components.Shared;

/// <summary>
/// A country as its flag (shipped in wwwroot/flags) and its code or name; nothing for an unknown value. A fragment
/// rendered into its parent, not a component: a dashboard shows over a hundred flags, and as components each one
/// cost the server a component state and two render-tree buffers in every circuit (docs/performance.md).
/// </summary>
internal static class CountryFlag
{
    // At most 26 × 26 entries: only two ASCII letters get in. Every circuit shares the same strings.
    private static readonly ConcurrentDictionary<string, Flag> Flags = new(StringComparer.OrdinalIgnoreCase);

    public static RenderFragment Render(string? code, UiText text, bool showName = false)
        => builder =>
        {
            // Only a two-letter code becomes a file name: the value comes from extracted (untrusted) data.
            if (!CountryCode.TryParse(code, out var country))
            {
                return;
            }

            var flag = Flags.GetOrAdd(country.Value, c => new Flag(c, $"/flags/{c.ToLowerInvariant()}.svg"));
            builder.OpenElement(0, "span");
            builder.AddAttribute(1, "class", "nd-country");
            builder.AddAttribute(2, "data-country", flag.Code);
            builder.OpenElement(3, "img");
            builder.AddAttribute(4, "class", "nd-flag");
            builder.AddAttribute(5, "src", flag.Source);
            builder.AddAttribute(6, "alt", flag.Code);
            builder.AddAttribute(7, "width", "20");
            builder.AddAttribute(8, "height", "15");
            builder.AddAttribute(9, "loading", "lazy");
            builder.CloseElement();
            builder.OpenElement(10, "span");
            builder.AddAttribute(11, "class", showName ? "nd-country-name" : "nd-country-code");
            builder.AddContent(12, showName ? text.CountryName(flag.Code) : flag.Code);
            builder.CloseElement();
            builder.CloseElement();
        };

    private sealed record Flag(string Code, string Source);
}
