namespace NewsDashboard.Web.Features.Vocabulary;

/// <summary>
/// An ISO 3166-1 alpha-2 country code, upper case ("SY"): the one place a country typed in a URL, a hub call, an
/// extraction or a flag is checked and normalised.
/// </summary>
internal readonly record struct CountryCode
{
    private CountryCode(string value) => Value = value;

    public string Value { get; }

    /// <summary>Two ASCII letters, white space around them and case ignored.</summary>
    public static bool TryParse(string? text, out CountryCode code)
    {
        var trimmed = text.AsSpan().Trim();
        if (trimmed.Length == 2 && char.IsAsciiLetter(trimmed[0]) && char.IsAsciiLetter(trimmed[1]))
        {
            code = new CountryCode(string.Concat(char.ToUpperInvariant(trimmed[0]), char.ToUpperInvariant(trimmed[1])));
            return true;
        }

        code = default;
        return false;
    }

    public static CountryCode? Parse(string? text) => TryParse(text, out var code) ? code : null;

    /// <summary>Already in canonical form: exactly two upper-case ASCII letters (a country entity's code alias).</summary>
    public static bool IsCanonical(string? text) => text is { Length: 2 } && char.IsAsciiLetterUpper(text[0]) && char.IsAsciiLetterUpper(text[1]);

    /// <summary>The valid codes among <paramref name="texts"/>, normalised, each once, in the order given; the rest dropped.</summary>
    public static IReadOnlyList<string> Valid(IEnumerable<string?>? texts)
        => (texts ?? []).Select(Parse).Where(c => c is not null).Select(c => c!.Value.Value).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>
    /// The codes a store lookup filters by: each non-blank value trimmed and upper-cased, each once. A value that is not
    /// a code is kept, so that it matches nothing (a filter by "XYZ" finds nothing, rather than everything).
    /// </summary>
    public static IReadOnlyList<string> ForLookup(IEnumerable<string?>? texts)
        => (texts ?? []).Select(t => t?.Trim().ToUpperInvariant() ?? string.Empty).Where(t => t.Length > 0).Distinct(StringComparer.Ordinal).ToList();

    public override string ToString() => Value ?? string.Empty;
}
