using NewsDashboard.Extraction.Names;
using NewsDashboard.Extraction.Text;

namespace NewsDashboard.Extraction.Tagging;

/// <summary>
/// Proposes names (people, places, organisations, other) in an article with the model trained by
/// <c>newsdash train</c> on annotated news and wiki text (Data/tagger/model.ndtag, see its NOTICE). It only
/// proposes spans; the gazetteer and <c>NameMatcher</c> decide who a span is. Linear in the text.
/// </summary>
internal sealed class NameTagger
{
    private const string Resource = "tagger/model.ndtag";

    private static readonly Lazy<NameTagger?> Shared = new(LoadFromResources);

    private readonly TaggerModel _model;
    private readonly TaggerFeatures _features;

    public NameTagger(TaggerModel model)
    {
        _model = model;
        _features = new TaggerFeatures(model.Names, model.CommonWords, TaggerLexicons.Default);
    }

    /// <summary>The committed model, or null in a build without one (the engine then runs on its lexicons alone).</summary>
    public static NameTagger? Default => Shared.Value;

    /// <summary>The person-name words the model was trained with.</summary>
    public NameTokenSet Names => _model.Names;

    /// <summary>The usual Latin spelling of a folded Arabic or Cyrillic name word (Цукерберг → Zuckerberg), if known.</summary>
    public string? Spelling(string folded) => _model.Spellings.GetValueOrDefault(folded);

    /// <summary>A word the name lists spell but hold only once (<see cref="TaggerModel.RareNames"/>).</summary>
    public bool IsRareName(string folded) => _model.RareNames.Contains(folded);

    /// <summary>The fingerprint of the word lists the model was trained with (<see cref="TaggerLexicons.Fingerprint"/>).</summary>
    public string LexiconFingerprint => _model.LexiconFingerprint;

    /// <summary>Words the training text mostly writes in lower case.</summary>
    public NameTokenSet CommonWords => _model.CommonWords;

    /// <summary>Tags sentence by sentence, as the model was trained: memory stays that of the longest sentence.</summary>
    public List<TaggedSpan> Tag(string text, IReadOnlyList<Token> tokens, IReadOnlyList<TokenForm[]> forms)
    {
        var spans = new List<TaggedSpan>();
        var starts = SentenceSplitter.Starts(text, tokens);
        for (var s = 0; s < starts.Count; s++)
        {
            var end = s + 1 < starts.Count ? starts[s + 1] : tokens.Count;
            TagRange(text, tokens, forms, starts[s], end, spans);
        }

        return spans;
    }

    /// <summary>One sentence alone (for evaluation on annotated sentences).</summary>
    public List<TaggedSpan> TagSentence(string text, IReadOnlyList<Token> tokens, IReadOnlyList<TokenForm[]> forms)
    {
        var spans = new List<TaggedSpan>();
        TagRange(text, tokens, forms, 0, tokens.Count, spans);
        return spans;
    }

    private void TagRange(string text, IReadOnlyList<Token> tokens, IReadOnlyList<TokenForm[]> forms, int start, int end, List<TaggedSpan> spans)
    {
        if (end <= start)
        {
            return;
        }

        var sentence = new Slice<Token>(tokens, start, end - start);
        var sentenceForms = new Slice<TokenForm[]>(forms, start, end - start);
        int[] starts = [0];
        var features = _features.Compute(text, sentence, sentenceForms, starts, out var words, out var shapes);
        NameTags.Spans(_model.Decode(features, words, shapes, starts), start, spans);
    }

    /// <summary>Reads the committed model (benchmarks time this: decompressing and building the tables).</summary>
    internal static NameTagger? LoadFromResources()
    {
        using var stream = DataFiles.Open(Resource);
        return stream is null ? null : new NameTagger(TaggerModel.Load(stream));
    }
}

/// <summary>A window on a list, without copying it.</summary>
internal readonly struct Slice<T>(IReadOnlyList<T> items, int offset, int count) : IReadOnlyList<T>
{
    public int Count => count;

    public T this[int index] => (uint)index < (uint)count ? items[offset + index] : throw new ArgumentOutOfRangeException(nameof(index));

    public IEnumerator<T> GetEnumerator()
    {
        for (var i = 0; i < count; i++)
        {
            yield return items[offset + i];
        }
    }

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}
