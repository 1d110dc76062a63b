namespace NewsDashboard.Extraction.Names;

/// <summary>
/// The script-independent key of a person's full name, for the store to link one person across articles, scripts
/// and spellings ("Barack Obama", "Barak Obama", "Барак Обама", "باراك أوباما"). The key is the consonant skeleton of
/// each word (<see cref="NameKey"/>), surname first, so the store finds the people who share a surname with one
/// index range; <see cref="Same"/> then decides, as within an article. A name of one word has no key: a surname alone
/// never merges two people.
/// </summary>
public static class PersonNameKey
{
    /// <summary>The key ("bm brk" for Barack Obama), or null for a name of fewer than two words.</summary>
    public static string? For(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var words = NameKey.Words(name);
        return words.Count >= 2 ? words[^1] + " " + string.Join(' ', words.Take(words.Count - 1)) : null;
    }

    /// <summary>
    /// The surname part of the key of every person whose name ends as <paramref name="name"/> does ("lfrf" for Lavrov,
    /// Лавров or لافروف), or null when it has no word: a search by surname in any script.
    /// </summary>
    public static string? SurnameOf(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var words = NameKey.Words(name);
        return words.Count == 0 ? null : words[^1];
    }

    /// <summary>The surname part of a key: every key of a person with this surname starts with it and a space.</summary>
    public static string Surname(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var space = key.IndexOf(' ', StringComparison.Ordinal);
        return space < 0 ? key : key[..space];
    }

    /// <summary>Whether two written names are one person (the rule the engine applies within an article).</summary>
    public static bool Same(string a, string b) => NameMatcher.Same(a, b);
}
