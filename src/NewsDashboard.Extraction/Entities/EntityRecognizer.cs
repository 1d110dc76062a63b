namespace NewsDashboard.Extraction.Entities;

/// <summary>
/// Finds people, countries, organisations and places, each with one identity across spellings: lexicon
/// phrases (longest match over folded words), people introduced by a title ("وزير الخارجية الروسي سيرجي
/// لافروف", "Russian Foreign Minister Sergei Lavrov"), media named after a cue word ("قناة "…""), surnames
/// of people already met, and nationality adjectives as mentions of their country. Linear in the text.
/// </summary>
internal sealed class EntityRecognizer
{
    public EntityAnalysis Recognize(TextDocument document, string language)
    {
        ArgumentNullException.ThrowIfNull(document);
        return new ArticleEntities(document.Text, language ?? string.Empty, Gazetteer.Default, Titles.Default, Tagging.NameTagger.Default).Run();
    }
}
