namespace NewsDashboard.Extraction.Tagging;

/// <summary>
/// Person-name words (given names and surnames in Latin, Arabic and Cyrillic script, folded) as a bit set of
/// their hashes: 512 KiB for a quarter of a million words, a few per cent false positives, which the tagger
/// weighs like any other feature.
/// </summary>
internal sealed class NameTokenSet
{
    public const int Bits = 22;

    private readonly ulong[] _words;

    public NameTokenSet(ulong[] words)
    {
        if (words.Length != (1 << Bits) / 64)
        {
            throw new ArgumentException("wrong size", nameof(words));
        }

        _words = words;
    }

    public static NameTokenSet Empty => new(new ulong[(1 << Bits) / 64]);

    public ReadOnlySpan<ulong> Words => _words;

    public void Add(string folded)
    {
        var bit = Bit(folded);
        _words[bit >> 6] |= 1UL << (bit & 63);
    }

    public bool Contains(string folded)
    {
        var bit = Bit(folded);
        return (_words[bit >> 6] & (1UL << (bit & 63))) != 0;
    }

    private static int Bit(string folded) => (int)(FeatureHash.Mix(FeatureHash.Of(folded)) >> (64 - Bits));
}
