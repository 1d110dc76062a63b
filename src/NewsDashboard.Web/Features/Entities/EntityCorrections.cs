using Dapper;
using NewsDashboard.Extraction;
using NewsDashboard.Extraction.Text;
using NewsDashboard.Web.Features.Store;
using NewsDashboard.Web.Features.Text;

namespace NewsDashboard.Web.Features.Entities;

internal enum CorrectionResult
{
    Done,
    NotFound,
    Invalid,
}

/// <summary>
/// Editors' corrections of identity: merge one entity into another, or rename one. Both are kept for later
/// articles: a merged key redirects to the surviving entity, and a renamed entity keeps its name.
/// </summary>
internal sealed class EntityCorrections(Database database, WriteLock writeLock, MentionWindows windows)
{
    public async Task<CorrectionResult> MergeAsync(long from, long into, CancellationToken cancellationToken = default)
    {
        if (from == into)
        {
            return CorrectionResult.Invalid;
        }

        await using var _ = await writeLock.TakeAsync(cancellationToken);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var types = (await connection.QueryAsync<string>("SELECT type FROM entities WHERE id IN (@from, @into)", new { from, into }, transaction)).AsList();
        if (types.Count != 2)
        {
            return CorrectionResult.NotFound;
        }

        if (types[0] != types[1])
        {
            return CorrectionResult.Invalid;
        }

        await connection.ExecuteAsync(
            """
            INSERT INTO entity_redirects (key, entity_id) SELECT key, @into FROM entities WHERE id = @from
            ON CONFLICT (key) DO UPDATE SET entity_id = excluded.entity_id;
            UPDATE entity_redirects SET entity_id = @into WHERE entity_id = @from;
            INSERT OR REPLACE INTO entity_id_redirects (from_id, into_id) VALUES (@from, @into);
            UPDATE entity_id_redirects SET into_id = @into WHERE into_id = @from;
            INSERT OR IGNORE INTO entity_aliases (entity_id, alias, alias_key)
                SELECT @into, alias, alias_key FROM entity_aliases WHERE entity_id = @from;
            INSERT INTO mentions (article_id, entity_id, type, count, ingested)
                SELECT article_id, @into, type, count, ingested FROM mentions WHERE entity_id = @from AND true
                ON CONFLICT (article_id, entity_id) DO UPDATE SET count = count + excluded.count;
            UPDATE entities SET mentions_total = mentions_total + (SELECT mentions_total FROM entities WHERE id = @from),
                articles_total = (SELECT COUNT(*) FROM mentions WHERE entity_id = @into) WHERE id = @into;
            UPDATE meeting_participants SET entity_id = @into WHERE entity_id = @from;
            UPDATE quotes SET speaker_entity_id = @into WHERE speaker_entity_id = @from;
            INSERT INTO article_marks (article_id, kind, target_id, spans)
                SELECT article_id, kind, @into, spans FROM article_marks WHERE kind = 'entity' AND target_id = @from AND true
                ON CONFLICT (article_id, kind, target_id) DO UPDATE SET spans = spans || ' ' || excluded.spans;
            DELETE FROM article_marks WHERE kind = 'entity' AND target_id = @from;
            DELETE FROM entities WHERE id = @from;
            """,
            new { from, into },
            transaction);
        await transaction.CommitAsync(cancellationToken);
        await windows.LoadAsync(database, cancellationToken);
        return CorrectionResult.Done;
    }

    public async Task<CorrectionResult> RenameAsync(long id, string name, CancellationToken cancellationToken = default)
    {
        // Control characters (NUL, ESC...) are cleaned, as in every article field; nothing visible is no name.
        name = TextCleaning.Line(name ?? string.Empty);
        if (!TextCleaning.HasVisibleText(name) || name.Length > 300)
        {
            return CorrectionResult.Invalid;
        }

        await using var _ = await writeLock.TakeAsync(cancellationToken);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var changed = await connection.ExecuteAsync(
            "UPDATE entities SET name = @name, name_key = CASE WHEN type = 'person' THEN @personKey ELSE @key END WHERE id = @id",
            new { id, name, key = Normalizer.Normalize(name), personKey = EntityResolver.NameKeyOf(EntityTypes.Person, name) },
            transaction);
        if (changed == 0)
        {
            return CorrectionResult.NotFound;
        }

        await connection.ExecuteAsync(
            "INSERT OR IGNORE INTO entity_aliases (entity_id, alias, alias_key) VALUES (@id, @name, @key)",
            new { id, name, key = Normalizer.Normalize(name) },
            transaction);
        await transaction.CommitAsync(cancellationToken);
        return CorrectionResult.Done;
    }
}
