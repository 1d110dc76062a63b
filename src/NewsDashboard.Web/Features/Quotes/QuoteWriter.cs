using System.Text;
using NewsDashboard.Extraction;
using NewsDashboard.Web.Features.Live;
using NewsDashboard.Web.Features.Store;

namespace NewsDashboard.Web.Features.Quotes;

/// <summary>
/// Writes an article's quotes inside its transaction: the same words (re-punctuated or not) by the same speaker are one
/// quote with several sources. The speaker's entity id comes from the caller's entity resolution.
/// </summary>
internal sealed class QuoteWriter(PreparedStatements sql, long articleId, string ingested)
{
    private readonly string _ingested = ingested;

    /// <summary>Stores a quote, or adds this article as a source of the same quote by the same speaker.</summary>
    public QuoteChange Write(ExtractedQuote quote, long? speakerId)
    {
        var textKey = TextKey(quote.Text);
        var existing = sql.Scalar(
            "SELECT id FROM quotes WHERE text_key = @textKey AND speaker_entity_id IS @speakerId LIMIT 1",
            ("@textKey", textKey), ("@speakerId", speakerId));
        var isNew = existing is null;
        var quoteId = existing ?? sql.Scalar(
            """
            INSERT INTO quotes (text, text_key, language, speaker_entity_id, speaker_name, speaker_country, speaker_role, first_seen)
            VALUES (@text, @textKey, @language, @speakerId, @speaker, @speakerCountry,
                    COALESCE((SELECT role FROM entities WHERE id = @speakerId), @speakerRole), @first)
            RETURNING id
            """,
            ("@text", quote.Text), ("@textKey", textKey), ("@language", quote.Language), ("@speakerId", speakerId),
            ("@speaker", quote.Speaker), ("@speakerCountry", quote.SpeakerCountry), ("@speakerRole", quote.SpeakerRole), ("@first", _ingested))!.Value;
        sql.Execute(
            "INSERT OR IGNORE INTO quote_sources (quote_id, article_id) VALUES (@quoteId, @articleId)",
            ("@quoteId", quoteId), ("@articleId", articleId));
        return new QuoteChange(quoteId, quote.SpeakerCountry, isNew);
    }

    /// <summary>Letters and digits only, case folded: the same quote re-punctuated is the same quote.</summary>
    internal static string TextKey(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormKC))
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        return builder.ToString();
    }
}
