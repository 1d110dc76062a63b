namespace NewsDashboard.Web.Features.Names;

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
