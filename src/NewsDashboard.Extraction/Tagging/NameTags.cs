namespace NewsDashboard.Extraction.Tagging;

/// <summary>The kind of name a tagged span is (the training corpora's four types).</summary>
internal enum NameType : byte
{
    Person,
    Location,
    Organization,
    Misc,
}

/// <summary>A name the tagger found: tokens [Start, End) of the document.</summary>
internal readonly record struct TaggedSpan(int Start, int End, NameType Type);

/// <summary>IOB2 tags as class numbers: 0 is O, then B and I of each <see cref="NameType"/>.</summary>
internal static class NameTags
{
    public const int Count = 9;

    public const int Outside = 0;

    private static readonly string[] Names = ["O", "B-PER", "I-PER", "B-LOC", "I-LOC", "B-ORG", "I-ORG", "B-MISC", "I-MISC"];

    public static bool IsBegin(int tag) => tag > 0 && tag % 2 == 1;

    public static bool IsInside(int tag) => tag > 0 && tag % 2 == 0;

    public static NameType TypeOf(int tag) => (NameType)((tag - 1) / 2);

    public static int Begin(NameType type) => 1 + (2 * (int)type);

    public static int Inside(NameType type) => 2 + (2 * (int)type);

    /// <summary>An I tag may only continue a name of its type.</summary>
    public static bool Allowed(int previous, int tag) => !IsInside(tag) || (previous != Outside && TypeOf(previous) == TypeOf(tag));

    public static string Name(int tag) => Names[tag];

    public static int Parse(string tag)
    {
        var index = Array.IndexOf(Names, tag);
        if (index < 0)
        {
            throw new FormatException($"unknown tag '{tag}'");
        }

        return index;
    }

    /// <summary>The spans of a tag sequence (an I without its B starts a span).</summary>
    public static void Spans(ReadOnlySpan<int> tags, int offset, List<TaggedSpan> spans)
    {
        var start = -1;
        for (var i = 0; i <= tags.Length; i++)
        {
            var tag = i < tags.Length ? tags[i] : Outside;
            var continues = IsInside(tag) && start >= 0 && TypeOf(tags[start]) == TypeOf(tag);
            if (start >= 0 && !continues)
            {
                spans.Add(new TaggedSpan(offset + start, offset + i, TypeOf(tags[start])));
                start = -1;
            }

            if (tag != Outside && !continues)
            {
                start = i;
            }
        }
    }
}
