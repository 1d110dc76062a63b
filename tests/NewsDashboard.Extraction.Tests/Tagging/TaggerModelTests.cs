using NewsDashboard.Extraction.Tagging;
using NewsDashboard.Extraction.Text;

namespace NewsDashboard.Extraction.Tests.Tagging;

/// <summary>The tagger's decoder and trainer on hand-made weights and sentences the team wrote.</summary>
public class TaggerModelTests
{
    private static readonly ulong First = FeatureHash.Combine(1, 11);
    private static readonly ulong Second = FeatureHash.Combine(1, 12);

    // A first word slightly more a place than a person, then a word that can only continue a person's name: the
    // decoder weighs the whole sentence and revises the first tag (a greedy decoder would keep the place and lose
    // the second word).
    [Fact]
    public void Decode_StrongContinuationOfAWeakerFirstTag_IsOneWholeName()
    {
        var weights = new short[TaggerModel.Buckets * NameTags.Count];
        Set(weights, First, NameTags.Begin(NameType.Location), 2);
        Set(weights, First, NameTags.Begin(NameType.Person), 1);
        Set(weights, Second, NameTags.Inside(NameType.Person), 10);
        var model = new TaggerModel(weights, NameTokenSet.Empty, NameTokenSet.Empty);

        var tags = model.Decode(Features(First, Second), [3, 4], [5, 6], [0]);

        Assert.Equal(new[] { NameTags.Begin(NameType.Person), NameTags.Inside(NameType.Person) }, tags);
    }

    // An inside tag never follows an outside one, however strong its weight: the sequences are valid IOB2.
    [Fact]
    public void Decode_InsideTagAfterNothing_IsNeverChosen()
    {
        var weights = new short[TaggerModel.Buckets * NameTags.Count];
        Set(weights, Second, NameTags.Inside(NameType.Organization), 100);
        var model = new TaggerModel(weights, NameTokenSet.Empty, NameTokenSet.Empty);

        var tags = model.Decode(Features(Second, Second), [3, 4], [5, 6], [0, 1]);

        Assert.Equal(new[] { NameTags.Outside, NameTags.Outside }, tags);
    }

    [Fact]
    public void Train_SameSentencesTwice_GivesTheSameFileByteForByte()
    {
        var first = Save(Train());
        var second = Save(Train());

        Assert.Equal(first, second);
    }

    [Fact]
    public void Train_TeamSentences_TagsThemBack()
    {
        var tagger = new NameTagger(Train());
        const string text = "Yesterday Orla Brennick visited Tallowmere .";
        var tokens = Tokenizer.Tokenize(text);

        var spans = tagger.TagSentence(text, tokens, tokens.Select(t => TokenForms.ForText(t)).ToArray());

        Assert.Equal(new[] { new TaggedSpan(1, 3, NameType.Person), new TaggedSpan(4, 5, NameType.Location) }, spans);
    }

    private static TaggerModel Train()
    {
        string[][] words =
        [
            ["Yesterday", "Orla", "Brennick", "visited", "Tallowmere", "."],
            ["The", "mayor", "of", "Tallowmere", "met", "Orla", "Brennick", "."],
            ["Orla", "Brennick", "said", "the", "bridge", "was", "safe", "."],
            ["Visitors", "came", "to", "Tallowmere", "in", "May", "."],
        ];
        string[][] tags =
        [
            ["O", "B-PER", "I-PER", "O", "B-LOC", "O"],
            ["O", "O", "O", "B-LOC", "O", "B-PER", "I-PER", "O"],
            ["B-PER", "I-PER", "O", "O", "O", "O", "O", "O"],
            ["O", "O", "O", "B-LOC", "O", "O", "O"],
        ];
        var sentences = words.Select((w, i) => TrainingSentence.From("en", "team:" + i, w, tags[i].Select(NameTags.Parse).ToList())!).ToList();
        return new PerceptronTrainer(NameTokenSet.Empty, TaggerLexicons.Default).Train(sentences, 5);
    }

    private static byte[] Save(TaggerModel model)
    {
        using var stream = new MemoryStream();
        model.Save(stream);
        return stream.ToArray();
    }

    private static ulong[] Features(params ulong[] perToken)
    {
        var features = new ulong[perToken.Length * TaggerFeatures.PerToken];
        for (var i = 0; i < perToken.Length; i++)
        {
            features[i * TaggerFeatures.PerToken] = perToken[i];
        }

        return features;
    }

    private static void Set(short[] weights, ulong feature, int tag, short weight)
        => weights[(TaggerModel.Bucket(feature) * NameTags.Count) + tag] = weight;
}
