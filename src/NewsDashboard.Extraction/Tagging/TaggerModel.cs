using System.IO.Compression;
using System.Text;

namespace NewsDashboard.Extraction.Tagging;

/// <summary>
/// An averaged-perceptron name tagger's weights: hashed features × IOB2 tags, quantised to 16 bits, decoded
/// greedily left to right with the two previous tags as features (the "greedy averaged perceptron" of spaCy 1 and
/// NLTK). The file is Brotli-compressed: a header, the person-name and common-word bit sets, the spellings, the
/// fingerprint of the word lists it was trained with, then the weights.
/// </summary>
internal sealed class TaggerModel
{
    public const int BucketBits = 20;
    public const int Buckets = 1 << BucketBits;
    private const string Magic = "NDTAG4";

    private readonly short[] _weights;

    public TaggerModel(short[] weights, NameTokenSet names, NameTokenSet commonWords, IReadOnlyDictionary<string, string>? spellings = null, string lexiconFingerprint = "")
    {
        Spellings = spellings ?? new Dictionary<string, string>(StringComparer.Ordinal);
        LexiconFingerprint = lexiconFingerprint;
        CommonWords = commonWords;
        if (weights.Length != Buckets * NameTags.Count)
        {
            throw new ArgumentException("wrong size", nameof(weights));
        }

        _weights = weights;
        Names = names;
    }

    public NameTokenSet Names { get; }

    /// <summary>Words the training text mostly writes in lower case (so a capital at a sentence start is not a name).</summary>
    public NameTokenSet CommonWords { get; }

    /// <summary>The usual Latin spelling of a person-name word written in Arabic or Cyrillic script (folded key).</summary>
    public IReadOnlyDictionary<string, string> Spellings { get; }

    /// <summary>
    /// <see cref="TaggerLexicons.Fingerprint"/> of the word lists the model was trained with: its features read them, so
    /// a model is only right for the lists it learned on (a test compares it with the lists built into the engine).
    /// </summary>
    public string LexiconFingerprint { get; }

    public TaggerModel WithSpellings(IReadOnlyDictionary<string, string> spellings) => new(_weights, Names, CommonWords, spellings, LexiconFingerprint);

    public TaggerModel WithLexiconFingerprint(string fingerprint) => new(_weights, Names, CommonWords, Spellings, fingerprint);

    public static int Bucket(ulong feature) => (int)(feature >> (64 - BucketBits));

    /// <summary>History features: the previous tag, the two previous tags, the previous tag with the word and with
    /// its shape.</summary>
    public static void History(int previous, int previous2, ulong word, ulong shape, Span<ulong> into)
    {
        into[0] = FeatureHash.Combine(100, (ulong)previous);
        into[1] = FeatureHash.Combine(101, (ulong)previous, (ulong)previous2);
        into[2] = FeatureHash.Combine(102, (ulong)previous, word);
        into[3] = FeatureHash.Combine(103, (ulong)previous, shape);
    }

    public const int HistoryCount = 4;

    /// <summary>Tags for the tokens of one document; features from <see cref="TaggerFeatures.Compute"/>.</summary>
    public int[] Decode(ulong[] features, ulong[] words, ulong[] shapes, IReadOnlyList<int> sentenceStarts)
    {
        var n = words.Length;
        var tags = new int[n];
        Span<int> scores = stackalloc int[NameTags.Count];
        Span<ulong> history = stackalloc ulong[HistoryCount];
        var s = 0;
        var sentenceStart = 0;
        for (var i = 0; i < n; i++)
        {
            while (s < sentenceStarts.Count && sentenceStarts[s] <= i)
            {
                sentenceStart = sentenceStarts[s++];
            }

            var previous = i > sentenceStart ? tags[i - 1] : NameTags.Outside;
            var previous2 = i - 1 > sentenceStart ? tags[i - 2] : NameTags.Outside;
            scores.Clear();
            var offset = i * TaggerFeatures.PerToken;
            for (var k = 0; k < TaggerFeatures.PerToken; k++)
            {
                var f = features[offset + k];
                if (f != 0)
                {
                    AddRow(scores, Bucket(f));
                }
            }

            History(previous, previous2, words[i], shapes[i], history);
            foreach (var f in history)
            {
                AddRow(scores, Bucket(f));
            }

            var best = NameTags.Outside;
            var bestScore = int.MinValue;
            for (var c = 0; c < NameTags.Count; c++)
            {
                if (NameTags.Allowed(previous, c) && scores[c] > bestScore)
                {
                    best = c;
                    bestScore = scores[c];
                }
            }

            tags[i] = best;
        }

        return tags;
    }

    private void AddRow(Span<int> scores, int bucket)
    {
        var row = _weights.AsSpan(bucket * NameTags.Count, NameTags.Count);
        for (var c = 0; c < NameTags.Count; c++)
        {
            scores[c] += row[c];
        }
    }

    public void Save(Stream stream)
    {
        using var brotli = new BrotliStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        using var writer = new BinaryWriter(brotli, Encoding.UTF8, leaveOpen: true);
        writer.Write(Magic);
        writer.Write(BucketBits);
        writer.Write(NameTags.Count);
        foreach (var word in Names.Words)
        {
            writer.Write(word);
        }

        foreach (var word in CommonWords.Words)
        {
            writer.Write(word);
        }

        writer.Write(Spellings.Count);
        foreach (var (key, value) in Spellings.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            writer.Write(key);
            writer.Write(value);
        }

        writer.Write(LexiconFingerprint);
        writer.Flush();
        brotli.Write(System.Runtime.InteropServices.MemoryMarshal.AsBytes(_weights.AsSpan()));
    }

    public static TaggerModel Load(Stream stream)
    {
        using var brotli = new BrotliStream(stream, CompressionMode.Decompress, leaveOpen: true);
        using var reader = new BinaryReader(new BufferedStream(brotli, 1 << 16), Encoding.UTF8);
        if (reader.ReadString() != Magic || reader.ReadInt32() != BucketBits || reader.ReadInt32() != NameTags.Count)
        {
            throw new InvalidDataException("not a tagger model of this version");
        }

        var names = ReadSet(reader);
        var common = ReadSet(reader);
        var count = reader.ReadInt32();
        var spellings = new Dictionary<string, string>(count, StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            spellings[reader.ReadString()] = reader.ReadString();
        }

        var fingerprint = reader.ReadString();

        var weights = new short[Buckets * NameTags.Count];
        var bytes = System.Runtime.InteropServices.MemoryMarshal.AsBytes(weights.AsSpan());
        reader.BaseStream.ReadExactly(bytes);
        if (!BitConverter.IsLittleEndian)
        {
            throw new PlatformNotSupportedException("the model file is little-endian");
        }

        return new TaggerModel(weights, names, common, spellings, fingerprint);
    }

    private static NameTokenSet ReadSet(BinaryReader reader)
    {
        var words = new ulong[(1 << NameTokenSet.Bits) / 64];
        for (var i = 0; i < words.Length; i++)
        {
            words[i] = reader.ReadUInt64();
        }

        return new NameTokenSet(words);
    }
}
