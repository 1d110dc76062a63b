using Dapper;
using NewsDashboard.Web.Features.Store;

namespace NewsDashboard.Web.Features.Names;

/// <summary>Aliases of the entities a panel shows, so participants and speakers can be named in the interface language.</summary>
internal sealed class EntityNameLookup(Database database)
{
    public async Task<IReadOnlyDictionary<long, IReadOnlyList<string>>> AliasesAsync(IEnumerable<long> entityIds, CancellationToken cancellationToken = default)
    {
        var ids = entityIds.Distinct().Take(500).ToList();
        if (ids.Count == 0)
        {
            return new Dictionary<long, IReadOnlyList<string>>();
        }

        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<(long Id, string Alias)>(
            "SELECT entity_id, alias FROM entity_aliases WHERE entity_id IN @ids ORDER BY entity_id, alias", new { ids });
        return rows.GroupBy(r => r.Id).ToDictionary(g => g.Key, g => (IReadOnlyList<string>)g.Select(r => r.Alias).ToList());
    }

    /// <summary>Aliases of known places by their stored name: meeting locations are names, not entity links.</summary>
    public async Task<IReadOnlyDictionary<string, IReadOnlyList<string>>> PlaceAliasesAsync(IEnumerable<string?> names, CancellationToken cancellationToken = default)
    {
        var list = names.Where(n => !string.IsNullOrWhiteSpace(n)).Select(n => n!).Distinct(StringComparer.Ordinal).Take(200).ToList();
        if (list.Count == 0)
        {
            return new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        }

        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<(string Name, string Alias)>(
            """
            SELECT e.name, a.alias FROM entities e JOIN entity_aliases a ON a.entity_id = e.id
            WHERE e.type = 'place' AND e.name IN @list
            ORDER BY e.name, a.alias
            """,
            new { list });
        return rows.GroupBy(r => r.Name, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<string>)g.Select(r => r.Alias).ToList(), StringComparer.Ordinal);
    }
}
