using System.Text.Json;
using NewsDashboard.Extraction;
using NewsDashboard.Extraction.Names;
using NewsDashboard.Extraction.Text;
using NewsDashboard.Web.Features.Store;

namespace NewsDashboard.Web.Features.Entities;

/// <summary>
/// Entity resolution inside one article's transaction: the same entity key is one entity, a corrected (merged) key
/// redirects, and a person or thing already known by one of its full spellings is that entity (ADR 0005).
/// </summary>
internal sealed class EntityResolver(PreparedStatements sql)
{
    private readonly Dictionary<string, long> _entityIds = new(StringComparer.Ordinal);

    /// <summary>
    /// Links an extracted entity to the stored one: a corrected (merged) key, the same key, or an entity of the
    /// same type already known by one of its full spellings. New spellings become aliases.
    /// </summary>
    public long Resolve(ExtractedEntity entity)
    {
        if (_entityIds.TryGetValue(entity.Id, out var known))
        {
            return known;
        }

        var surfaces = entity.Surfaces.Append(entity.Name).Distinct(StringComparer.Ordinal).ToList();
        var id = StoredId(entity.Id) ?? FindByAlias(entity, surfaces);
        if (id is { } existing)
        {
            sql.Execute(
                """
                UPDATE entities SET country = COALESCE(country, @country), role = COALESCE(@role, role)
                WHERE id = @existing
                """,
                ("@country", entity.Country), ("@role", entity.Role), ("@existing", existing));
        }
        else
        {
            id = sql.Scalar(
                """
                INSERT INTO entities (key, type, name, country, role, name_key)
                VALUES (@key, @type, @name, @country, @role, @nameKey)
                RETURNING id
                """,
                ("@key", entity.Id), ("@type", entity.Type), ("@name", entity.Name), ("@country", entity.Country),
                ("@role", entity.Role), ("@nameKey", NameKeyOf(entity.Type, entity.Name)));
        }

        foreach (var alias in surfaces)
        {
            sql.Execute(
                "INSERT OR IGNORE INTO entity_aliases (entity_id, alias, alias_key) VALUES (@id, @alias, @key)",
                ("@id", id), ("@alias", alias), ("@key", Normalizer.Normalize(alias)));
        }

        _entityIds[entity.Id] = id!.Value;
        return id.Value;
    }

    // A corrected (merged) key first, then the key itself.
    private long? StoredId(string key)
        => sql.Scalar(
            """
            SELECT entity_id FROM entity_redirects WHERE key = @key
            UNION ALL SELECT id FROM entities WHERE key = @key
            LIMIT 1
            """,
            ("@key", key));

    /// <summary>
    /// The cross-script matching key kept in <c>entities.name_key</c>: for a person of two words or more the
    /// skeleton key, surname first (<see cref="PersonNameKey"/>), else the normalised name.
    /// </summary>
    internal static string NameKeyOf(string type, string name)
        => (type == EntityTypes.Person ? PersonNameKey.For(name) : null) ?? Normalizer.Normalize(name);

    // People are linked by a full name (two words or more) so that a shared surname alone never merges two people:
    // by one of its spellings, else by a person with the same surname skeleton whose name is judged the same
    // ("Barak Obama" from a Russian article is the "Barack Obama" an English one stored).
    private long? FindByAlias(ExtractedEntity entity, List<string> surfaces)
        => FindBySpelling(entity, surfaces) ?? (entity.Type == EntityTypes.Person ? FindBySkeleton(surfaces) : null);

    private long? FindBySkeleton(List<string> surfaces)
    {
        foreach (var surname in surfaces.Select(PersonNameKey.For).OfType<string>().Select(PersonNameKey.Surname).Distinct(StringComparer.Ordinal))
        {
            // Keys of one surname form one range of the name_key index ("bm " up to "bm!").
            using var reader = sql.Reader(
                """
                SELECT id, name FROM entities
                WHERE type = 'person' AND name_key >= @from AND name_key < @to
                ORDER BY id LIMIT 50
                """,
                ("@from", surname + " "), ("@to", surname + "!"));
            while (reader.Read())
            {
                var name = reader.GetString(1);
                if (surfaces.Any(s => PersonNameKey.For(s) is not null && PersonNameKey.Same(s, name)))
                {
                    return reader.GetInt64(0);
                }
            }
        }

        return null;
    }

    private long? FindBySpelling(ExtractedEntity entity, List<string> surfaces)
    {
        var keys = surfaces.Select(Normalizer.Normalize)
            .Where(k => k.Length > 1 && (entity.Type != EntityTypes.Person || k.Contains(' ', StringComparison.Ordinal)))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        if (keys.Count == 0)
        {
            return null;
        }

        // The keys travel as one JSON array parameter, so the statement text (and its prepared form) never changes.
        return sql.Scalar(
            """
            SELECT a.entity_id FROM entity_aliases a JOIN entities e ON e.id = a.entity_id
            WHERE a.alias_key IN (SELECT value FROM json_each(@keys)) AND e.type = @type
            GROUP BY a.entity_id ORDER BY COUNT(*) DESC, a.entity_id LIMIT 1
            """,
            ("@keys", JsonSerializer.Serialize(keys)), ("@type", entity.Type));
    }

    /// <summary>The stored id of an extracted entity's key (this article's, a merged or a stored one), or null.</summary>
    public long? Find(string? key)
        => key is null ? null : _entityIds.TryGetValue(key, out var id) ? id : StoredId(key);
}
