using NewsDashboard.Extraction.Quotes;

namespace NewsDashboard.Extraction.Meetings;

/// <summary>Where a meeting was: the first place named in its words that is not the story's dateline.</summary>
internal static class Places
{
    public static (string? Name, string? Country) Place(DocumentContext ctx, int from, int to)
    {
        foreach (var k in ctx.MentionsInWords(from, to))
        {
            var m = ctx.Mentions[k];
            if (m.Type == EntityTypes.Place && !IsDateline(ctx, k))
            {
                var entity = ctx.Entity(m.EntityId);
                return (entity?.Name ?? m.Surface, entity?.Country);
            }
        }

        return (null, null);
    }

    // "PARIS, Nov 5 (AFP) -": the place a story was filed from, not where its meeting was.
    private static bool IsDateline(DocumentContext ctx, int k)
    {
        var w = ctx.MentionWord[k];
        var start = ctx.Words[w].Start;
        if (w > 0 && !ctx.Text.AsSpan(ctx.Words[w - 1].End, start - ctx.Words[w - 1].End).Contains('\n'))
        {
            return false;
        }

        for (var i = ctx.MentionEndWord[k]; i < Math.Min(ctx.Words.Length, ctx.MentionEndWord[k] + 8); i++)
        {
            if (ctx.Words[i].IsPunct && ctx.Words[i].Punct is '-' or '—' or '–')
            {
                return true;
            }
        }

        return false;
    }
}
