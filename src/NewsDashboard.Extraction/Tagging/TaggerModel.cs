using System.IO.Compression;
using System.Text;

namespace NewsDashboard.Extraction.Tagging;

/// <summary>
/// An averaged structured perceptron name tagger's weights: hashed features × IOB2 tags, quantised to 16 bits,
/// decoded per sentence by Viterbi over first-order tag transitions (the previous tag, alone and with the word and
/// its shape; Collins 2002). The file is Brotli-compressed: a header, the person-name and common-word bit sets, the spellings, the
/// fingerprint of the word lists it was trained with, then the weights.
/// </summary>
internal sealed class TaggerModel
{
    public const int BucketBits = 20;
    public const int Buckets = 1 << BucketBits;
    private const string Magic = "NDTAG6";

    private readonly short[] _weights;

    public TaggerModel(short[] weights, NameTokenSet names, NameTokenSet commonWords, IReadOnlyDictionary<string, string>? spellings = null, string lexiconFingerprint = "", IReadOnlySet<string>? rareNames = null)
    {
        Spellings = spellings ?? new Dictionary<string, string>(StringComparer.Ordinal);
        RareNames = rareNames ?? new HashSet<string>(StringComparer.Ordinal);
        LexiconFingerprint = lexiconFingerprint;
        CommonWords = commonWords;
        if (weights.Length != Buckets * NameTags.Count)
        {
            throw new ArgumentException("wrong size", nameof(weights));
        }

        _weights = weights;
        Names = names;

        // The previous-tag-alone feature does not depend on the word: its rows are read once here, not per token.
        _transitions = new int[NameTags.Count * NameTags.Count];
        Span<ulong> history = stackalloc ulong[HistoryCount];
        for (var p = 0; p < NameTags.Count; p++)
        {
            History(p, 0, 0, history);
            AddRow(_transitions.AsSpan(p * NameTags.Count, NameTags.Count), Bucket(history[0]));
        }
    }

    private readonly int[] _transitions;

    public NameTokenSet Names { get; }

    /// <summary>Words the training text mostly writes in lower case (so a capital at a sentence start is not a name).</summary>
    public NameTokenSet CommonWords { get; }

    /// <summary>The usual Latin spelling of a person-name word written in Arabic or Cyrillic script (folded key).</summary>
    public IReadOnlyDictionary<string, string> Spellings { get; }

    /// <summary>Arabic words of <see cref="Spellings"/> that the name lists hold only once (one Wikidata label, no
    /// transliteration row): weak evidence of a name ("شبان" youths, once a surname).</summary>
    public IReadOnlySet<string> RareNames { get; }

    /// <summary>
    /// <see cref="TaggerLexicons.Fingerprint"/> of the word lists the model was trained with: its features read them, so
    /// a model is only right for the lists it learned on (a test compares it with the lists built into the engine).
    /// </summary>
    public string LexiconFingerprint { get; }

    public TaggerModel WithSpellings(IReadOnlyDictionary<string, string> spellings, IReadOnlySet<string>? rareNames = null)
        => new(_weights, Names, CommonWords, spellings, LexiconFingerprint, rareNames);

    public TaggerModel WithLexiconFingerprint(string fingerprint) => new(_weights, Names, CommonWords, Spellings, fingerprint, RareNames);

    public static int Bucket(ulong feature) => (int)(feature >> (64 - BucketBits));

    /// <summary>Transition features: the previous tag alone, with the word and with its shape (first order, so the
    /// best tag sequence of a sentence is found exactly by Viterbi).</summary>
    public static void History(int previous, ulong word, ulong shape, Span<ulong> into)
    {
        into[0] = FeatureHash.Combine(100, (ulong)previous);
        into[1] = FeatureHash.Combine(102, (ulong)previous, word);
        into[2] = FeatureHash.Combine(103, (ulong)previous, shape);
    }

    public const int HistoryCount = 3;

    /// <summary>Tags for the tokens of one document, the best-scoring valid IOB2 sequence of each sentence (Viterbi);
    /// features from <see cref="TaggerFeatures.Compute"/>.</summary>
    public int[] Decode(ulong[] features, ulong[] words, ulong[] shapes, IReadOnlyList<int> sentenceStarts)
    {
        var n = words.Length;
        var tags = new int[n];
        for (var s = 0; s < sentenceStarts.Count; s++)
        {
            var start = sentenceStarts[s];
            var end = s + 1 < sentenceStarts.Count ? sentenceStarts[s + 1] : n;
            if (end > start)
            {
                Viterbi(features, words, shapes, start, end, tags);
            }
        }

        return tags;
    }

    private void Viterbi(ulong[] features, ulong[] words, ulong[] shapes, int start, int end, int[] tags)
    {
        const int C = NameTags.Count;
        const long Unreachable = long.MinValue / 4;
        var back = new byte[(end - start) * C];
        Span<long> before = stackalloc long[C];
        Span<long> now = stackalloc long[C];
        Span<int> emission = stackalloc int[C];
        Span<int> local = stackalloc int[C];
        Span<ulong> history = stackalloc ulong[HistoryCount];
        for (var i = start; i < end; i++)
        {
            emission.Clear();
            var offset = i * TaggerFeatures.PerToken;
            for (var k = 0; k < TaggerFeatures.PerToken; k++)
            {
                var f = features[offset + k];
                if (f != 0)
                {
                    AddRow(emission, Bucket(f));
                }
            }

            now.Fill(Unreachable);
            var row = (i - start) * C;
            for (var p = 0; p < C; p++)
            {
                var from = i == start ? (p == NameTags.Outside ? 0 : Unreachable) : before[p];
                if (from == Unreachable)
                {
                    continue;
                }

                History(p, words[i], shapes[i], history);
                var transition = _transitions.AsSpan(p * C, C);
                for (var c = 0; c < C; c++)
                {
                    local[c] = emission[c] + transition[c];
                }

                AddRow(local, Bucket(history[1]));
                AddRow(local, Bucket(history[2]));

                for (var c = 0; c < C; c++)
                {
                    if (NameTags.Allowed(p, c) && from + local[c] > now[c])
                    {
                        now[c] = from + local[c];
                        back[row + c] = (byte)p;
                    }
                }
            }

            now.CopyTo(before);
        }

        var best = NameTags.Outside;
        for (var c = 1; c < C; c++)
        {
            if (before[c] > before[best])
            {
                best = c;
            }
        }

        for (var i = end - 1; i >= start; i--)
        {
            tags[i] = best;
            best = back[((i - start) * C) + best];
        }
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

        writer.Write(RareNames.Count);
        foreach (var word in RareNames.Order(StringComparer.Ordinal))
        {
            writer.Write(word);
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

        var rareCount = reader.ReadInt32();
        var rare = new HashSet<string>(rareCount, StringComparer.Ordinal);
        for (var i = 0; i < rareCount; i++)
        {
            rare.Add(reader.ReadString());
        }

        var fingerprint = reader.ReadString();

        var weights = new short[Buckets * NameTags.Count];
        var bytes = System.Runtime.InteropServices.MemoryMarshal.AsBytes(weights.AsSpan());
        reader.BaseStream.ReadExactly(bytes);
        if (!BitConverter.IsLittleEndian)
        {
            throw new PlatformNotSupportedException("the model file is little-endian");
        }

        return new TaggerModel(weights, names, common, spellings, fingerprint, rare);
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
