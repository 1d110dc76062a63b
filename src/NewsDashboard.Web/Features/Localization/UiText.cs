using System.Collections.Frozen;
using System.Globalization;
using System.Text.Json;

namespace NewsDashboard.Web.Features.Localization;

/// <summary>
/// The interface strings of one circuit, in English or Arabic. The strings live in <c>strings.{lang}.json</c>
/// (embedded); a key missing in one language falls back to English, then to the key itself.
/// </summary>
public sealed class UiText
{
    public const string English = "en";
    public const string Arabic = "ar";

    // Declared before the tables: static initialisers run in order, and the tables are built per supported language.
    public static IReadOnlyList<string> Supported { get; } = [English, Arabic];

    private static readonly FrozenDictionary<string, FrozenDictionary<string, string>> Strings = LoadAll("strings");
    private static readonly FrozenDictionary<string, FrozenDictionary<string, string>> Countries = LoadAll("countries");

    // Extraction writes roles in English (its canonical list); these tables name them in other interface languages.
    private static readonly FrozenDictionary<string, FrozenDictionary<string, string>> Roles = LoadAll("roles");

    public string Language { get; private set; } = English;

    public bool RightToLeft => Language == Arabic;

    public string Direction => RightToLeft ? "rtl" : "ltr";

    /// <summary>The other interface language: what the toggle switches to.</summary>
    public string Other => RightToLeft ? English : Arabic;

    public string this[string key]
        => Strings[Language].TryGetValue(key, out var value) ? value
            : Strings[English].TryGetValue(key, out var fallback) ? fallback
            : key;

    public string Format(string key, object arg) => string.Format(CultureInfo.InvariantCulture, this[key], arg);

    public string Format(string key, object arg0, object arg1) => string.Format(CultureInfo.InvariantCulture, this[key], arg0, arg1);

    /// <summary>A supported language code, or English.</summary>
    public static string Normalize(string? language)
        => language?.Trim().ToLowerInvariant() is { } code && Supported.Contains(code) ? code : English;

    public static UiText For(string? language)
    {
        var text = new UiText();
        text.Use(language);
        return text;
    }

    public void Use(string? language) => Language = Normalize(language);

    /// <summary>An ISO 3166-1 code the interface has a name for (the 249 assigned codes), case ignored.</summary>
    public static bool IsKnownCountry(string? code) => code is { Length: 2 } && Countries[English].ContainsKey(code.ToUpperInvariant());

    /// <summary>The country's name in the interface language, else in English, else the code.</summary>
    public string CountryName(string? code)
    {
        if (string.IsNullOrEmpty(code))
        {
            return string.Empty;
        }

        code = code.ToUpperInvariant();
        return Countries[Language].TryGetValue(code, out var name) ? name
            : Countries[English].TryGetValue(code, out var english) ? english
            : code;
    }

    /// <summary>A role in the interface language when the table knows it, else as extracted.</summary>
    public string Role(string? role)
        => string.IsNullOrEmpty(role) ? string.Empty
            : Roles[Language].GetValueOrDefault(role) ?? (Language == English ? null : Extraction.LexiconNames.Role(role, Language)) ?? role;

    private static FrozenDictionary<string, FrozenDictionary<string, string>> LoadAll(string table)
        => Supported.ToFrozenDictionary(language => language, language => Load($"Localization.{table}.{language}.json"), StringComparer.Ordinal);

    private static FrozenDictionary<string, string> Load(string resource)
    {
        using var stream = typeof(UiText).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"Missing embedded resource {resource}");
        return (JsonSerializer.Deserialize<Dictionary<string, string>>(stream) ?? []).ToFrozenDictionary(StringComparer.Ordinal);
    }
}
