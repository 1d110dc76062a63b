using NewsDashboard.Extraction.Entities.Passes;
using NewsDashboard.Extraction.Tagging;

namespace NewsDashboard.Extraction.Entities;

/// <summary>
/// The entity pass over one article: the passes of docs/entity-extraction.md ("Pipeline"), in order, over one
/// shared <see cref="EntityTable"/>. Every pass walks the tokens once; lookups are dictionary walks.
/// </summary>
internal sealed class ArticleEntities(string text, string language, Gazetteer gazetteer, Titles titles, NameTagger? tagger = null)
{
    private readonly EntityTable _table = new(text, language, gazetteer, titles, tagger);

    public EntityAnalysis Run()
    {
        new LexiconPhrases(_table).Run();
        var tagged = new TaggedNames(_table);
        tagged.Tag();
        new MediaNames(_table).Run();
        new TitledPeople(_table).Run();
        new LexiconClaims(_table).Run();
        new CuedPlaces(_table).Run();
        new HeadedOrganizations(_table).Run();
        new GivenNamePeople(_table).Run();
        tagged.RunPeople();
        new Surnames(_table).Run();
        new LeadersGovernments(_table).Run();
        tagged.RunPlacesAndOrganizations();
        new PlaceNamedAsPerson(_table).Run();
        new GoverningBodies(_table).Run();
        new Demonyms(_table).Run();
        new OrganizationLinks(_table).Run();
        new NationalTeams(_table).Run();
        return _table.Build();
    }
}
