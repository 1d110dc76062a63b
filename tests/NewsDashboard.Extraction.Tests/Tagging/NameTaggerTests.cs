using NewsDashboard.Extraction.Entities;
using NewsDashboard.Extraction.Tagging;
using NewsDashboard.Extraction.Text;

namespace NewsDashboard.Extraction.Tests.Tagging;

/// <summary>The trained tagger in the engine, on sentences the team wrote: names no lexicon or title announces.</summary>
public class NameTaggerTests
{
    private static EntityAnalysis Recognize(string body, string language)
        => new EntityRecognizer().Recognize(new TextDocument(string.Empty, body), language);

    [Fact]
    public void Default_CommittedModel_Loads()
    {
        var tagger = NameTagger.Default;

        Assert.NotNull(tagger);
        Assert.Equal("Zuckerberg", tagger.Spelling("цукерберг"));
    }

    // The features read the gazetteer, the title phrases and the verbs of saying: a model trained on other lists
    // reads features it never learned. Editing those lists means retraining (docs/entity-extraction.md, "Retrain").
    [Fact]
    public void Default_CommittedModel_WasTrainedOnTheListsBuiltIntoTheEngine()
    {
        var tagger = NameTagger.Default!;

        Assert.True(
            tagger.LexiconFingerprint == TaggerLexicons.Fingerprint(),
            "the word lists changed since the model was trained: run newsdash train (see docs/entity-extraction.md) and commit the model");
    }

    // A rare word of the name lists is no known spelling: "Юрия" (once as "Yuriya") is the genitive of Юрий.
    [Theory]
    [InlineData("В музее показали работы Йозефа Бойса и других художников.", "Josef Boyce")]
    public void Recognize_GenitiveOfAName_IsNamedInTheNominative(string body, string name)
    {
        var analysis = Recognize(body, "ru");

        Assert.Contains(analysis.Entities, e => e.Type == EntityTypes.Person && e.Name == name);
    }

    // A given name in the genitive shows the case of the surname the lists do not know: both go back to the nominative.
    [Fact]
    public void Recognize_GenitiveGivenNameAndUnknownSurname_AreBothNominative()
    {
        var analysis = Recognize("Решение Юрия Лужкова вызвало протесты горожан.", "ru");

        Assert.Contains(analysis.Entities, e => e.Type == EntityTypes.Person && e.Surfaces.Contains("Юрий Лужков"));
    }

    // The speech-verb feature reads the quote cues; an empty list would silently switch it off.
    [Theory]
    [InlineData("said")]
    [InlineData("قال")]
    [InlineData("وقال")]
    [InlineData("заявил")]
    public void IsSpeechVerb_CueOfTheQuoteLexicon_IsOne(string word)
    {
        var token = Tokenizer.Tokenize(word)[0];

        Assert.True(TaggerLexicons.Default.IsSpeechVerb(TokenForms.ForText(token)));
    }

    // People, places and organisations the lexicons have never seen, with no title before them.
    [Theory]
    [InlineData("en", "The plan was criticised by Margaret Ellingsworth, who chairs the residents' group.", EntityTypes.Person, "Margaret Ellingsworth")]
    [InlineData("en", "The Harwick Foundation said it would fund the clinic.", EntityTypes.Organization, "Harwick Foundation")]
    [InlineData("ru", "Вчера Игнат Полуянов открыл выставку в библиотеке.", EntityTypes.Person, "Игнат Полуянов")]
    [InlineData("fr", "Selon Hélène Marchetti, la récolte sera tardive cette année.", EntityTypes.Person, "Hélène Marchetti")]
    public void Recognize_UnknownName_FoundByTagger(string language, string body, string type, string surface)
    {
        var analysis = Recognize(body, language);

        Assert.Contains(analysis.Entities, e => e.Type == type && e.Surfaces.Contains(surface));
    }

    [Fact]
    public void Tag_SentenceOfTheTeam_ProposesSpansOnly()
    {
        const string text = "Margaret Ellingsworth spoke in Northvale on Monday.";
        var tokens = Tokenizer.Tokenize(text);
        var forms = tokens.Select(t => TokenForms.ForText(t)).ToArray();

        var spans = NameTagger.Default!.Tag(text, tokens, forms);

        Assert.Contains(new TaggedSpan(0, 2, NameType.Person), spans);
    }
}
