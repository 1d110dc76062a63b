using Dapper;
using NewsDashboard.Web.Features.Store;

namespace NewsDashboard.Web.Features.Dashboard;

/// <summary>Aliases of the entities a panel shows, so participants and speakers can be named in the interface language.</summary>
public sealed class EntityNameLookup(Database database)
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
}
