using NewsDashboard.Extraction.Names;
using NewsDashboard.Extraction.Tagging;
using NewsDashboard.Extraction.Text;

namespace NewsDashboard.Extraction.Entities.Passes;

// Arabic has no capitals, so the tagger's Arabic person spans are held to the shape of a name before they are read
// (docs/entity-extraction.md, "Names no lexicon knows"): the tagger alone takes phrases ("ومبادئ حسن الجوار"), nouns
// ("شرايين") and groups ("أحرار الشام") for people.

/// <summary>
/// The shape of an Arabic person's name, for the spans the tagger proposes: <see cref="Retype"/> reads the word
/// before a span (a group's, a medium's or a place's word makes it that kind of name, in the whole article);
/// <see cref="Shape"/> keeps a person's span only from a listed name word on and up to the first word no name has.
/// </summary>
internal sealed class ArabicPersonNames(EntityTable table)
{
    // A preposition or conjunction with the article written onto a word ("بالزي" in the uniform, "للجدل", "والسلفيون"
    // and the Salafists): such a word is an ordinary noun phrase, never a word of a person's name.
    private static readonly string[] ArticleClitics = ["وبال", "ولل", "فال", "بال", "كال", "وال", "فلل", "لل"];

    private const int MinArticleCliticWord = 5;

    private static readonly string[] PossessiveSuffixes = ["هما", "هم", "هن", "ها", "ه"];

    private readonly List<TrieHit<TitleEntry>> _titles = [];

    /// <summary>
    /// The tagger's spans with the Arabic people held to a name's shape: a person span after a group's or a medium's
    /// word ("حركة أحرار الشام", "تلفزيون رووداو") is an organisation, after a place's word ("محافظة صلاح الدين",
    /// "فندق ريكسوس") a place, and so is every other span of the same words in the article; the rest are cut to a name
    /// or dropped.
    /// </summary>
    public void Apply(List<TaggedSpan> spans)
    {
        if (table.Tagger is null)
        {
            return;
        }

        // The same words after a cue anywhere in the article ("حركة أحرار الشام" where the tagger read only "الشام" a
        // place) make every span of them that kind of name, and the cued words a name of that kind too.
        var cued = new Dictionary<string, NameType>(StringComparer.Ordinal);
        var looked = new HashSet<string>(StringComparer.Ordinal);
        var added = new List<TaggedSpan>();
        foreach (var span in spans)
        {
            // Each name's words are looked up once (an article repeating a name stays linear).
            if (span.Type != NameType.Person || !IsArabic(span) || !looked.Add(Key(span)))
            {
                continue;
            }

            foreach (var at in Occurrences(span))
            {
                if (Cue(at) is { } type)
                {
                    cued[Key(span)] = type;
                    if (at != span.Start)
                    {
                        added.Add(new TaggedSpan(at, at + span.End - span.Start, type));
                    }
                }
            }
        }

        foreach (var extra in added)
        {
            spans.RemoveAll(s => s.Start < extra.End && extra.Start < s.End);
            spans.Add(extra);
        }

        if (added.Count > 0)
        {
            spans.Sort((a, b) => a.Start.CompareTo(b.Start));
        }

        for (var s = 0; s < spans.Count; s++)
        {
            var span = spans[s];
            if (span.Type != NameType.Person || !IsArabic(span))
            {
                continue;
            }

            if (cued.TryGetValue(Key(span), out var type))
            {
                spans[s] = span with { Type = type };
                continue;
            }

            if (Shape(span) is { } shaped)
            {
                spans[s] = shaped;
            }
            else
            {
                spans.RemoveAt(s);
                s--;
            }
        }
    }

    /// <summary>
    /// The span as a person's name, or null: a name opens on a listed name word (a given name or a word the name lists
    /// spell in Latin, not a common word) or a link word (أبو, بن, عبد, ولد), and ends before the first word that no
    /// name holds (a common word, a word with a preposition and the article on it, a stop word, a title); a name of
    /// one word must be a listed name word; a name that ends on a known place is a group's or a place's ("عرب الأهواز").
    /// </summary>
    public TaggedSpan? Shape(TaggedSpan span)
    {
        if (span.End - span.Start == 1)
        {
            // One word alone is a name only where the lists hold it more than once ("شبان", youths, is one Wikidata
            // surname) and no group's adjective follows it ("حمد الطبية", Hamad Medical, is an institution).
            return ((IsListedName(span.Start, strong: true) && !IsCommonWord(span.Start) && !HasArticleClitic(span.Start)) || IsGivenName(span.Start))
                && !FeminineNisbaAfter(span.End) ? span : null;
        }

        // "والمخلوع علي صالح" (and the deposed Ali Saleh): words before the first name word are no part of the name.
        // A word without the article before the name is a noun in construct with the words after it ("ومبادئ حسن
        // الجوار", the principles of good neighbourliness): the whole is a phrase.
        var start = span.Start;
        while (start < span.End && !OpensName(start))
        {
            if (!IsDefinite(start))
            {
                return null;
            }

            start++;
        }

        if (span.End - start < 2)
        {
            return null;
        }

        span = span with { Start = start };
        var end = span.Start + 1;
        while (end < span.End && InsideName(end))
        {
            end++;
        }

        if (end - span.Start < 2 || IsLink(end - 1))
        {
            return null;
        }

        // "أبو حفص الموريتاني": a nisba right after a kunya is the person's laqab (the tagger often stops before it).
        if (end == span.End && end < table.Tokens.Count && IsLink(span.Start) && table.DemonymAt[end] is not null
            && !table.Tokens[end].Has(TokenFlags.BreakBefore) && table.Tokens[end].Norm.StartsWith("ال", StringComparison.Ordinal))
        {
            end++;
        }

        var hasLink = false;
        for (var k = span.Start; k < end - 1; k++)
        {
            hasLink |= IsLink(k);
        }

        return !hasLink && table.LexiconEntry[end - 1] is { Kind: EntryKind.Place or EntryKind.Country } ? null : span with { End = end };
    }

    // A common given name opens a name even where it spells a common word too (علي and على fold alike).
    private bool OpensName(int k) => IsLink(k) || IsGivenName(k) || (IsListedName(k) && !IsCommonWord(k) && !HasArticleClitic(k));

    private bool IsGivenName(int k)
    {
        foreach (var form in table.Forms[k])
        {
            if ((form.Prefix == 0 || (form.Prefix == 1 && table.Tokens[k].Norm[0] is 'و' or 'ف')) && Romanizer.IsKnownArabicName(form.Text))
            {
                return true;
            }
        }

        return false;
    }

    // A definite feminine adjective of relation (الطبية, الإسلامية) agrees with an institution's name, not a man's.
    private bool FeminineNisbaAfter(int k)
        => k < table.Tokens.Count && !table.Tokens[k].Has(TokenFlags.BreakBefore) && table.Tokens[k].Script == Script.Arabic
            && table.Tokens[k].Norm is { Length: > 5 } norm && norm.StartsWith("ال", StringComparison.Ordinal) && norm.EndsWith("يه", StringComparison.Ordinal)
            && IsCommonWord(k);

    private bool IsDefinite(int k)
    {
        var norm = table.Tokens[k].Norm;
        return norm.Length > 3 && (norm.StartsWith("ال", StringComparison.Ordinal) || HasArticleClitic(k));
    }

    // A word after a link word is the name it links ("ولد الشيخ", "أبو حفص"), whatever else the word means.
    private bool InsideName(int k)
    {
        if (IsLink(k - 1))
        {
            return true;
        }

        if (HasArticleClitic(k) || IsCommonWord(k) || table.Titles.ArabicNameStops.Contains(table.Tokens[k].Norm)
            || table.Tokens[k].Has(TokenFlags.BreakBefore) || IsPossessed(k))
        {
            return false;
        }

        _titles.Clear();
        table.Titles.Trie.MatchAt(table.Tokens, table.Forms, k, _titles);
        return _titles.Count == 0;
    }

    // "نائبه" (his deputy), "محاميها": a common word or a title with a possessive pronoun on it ends a name.
    public bool IsPossessed(int k)
    {
        var norm = table.Tokens[k].Norm;
        if (table.Tagger!.Spelling(norm) is not null || Romanizer.IsKnownArabicName(norm))
        {
            return false;
        }

        foreach (var suffix in PossessiveSuffixes)
        {
            if (norm.Length - suffix.Length >= 3 && norm.EndsWith(suffix, StringComparison.Ordinal))
            {
                var stem = norm[..^suffix.Length];
                if (table.Titles.ArabicNameStops.Contains(stem) || table.Tagger.CommonWords.Contains(stem))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private NameType? Cue(int start)
    {
        if (start == 0 || table.Tokens[start].Has(TokenFlags.BreakBefore))
        {
            return null;
        }

        var before = start - 1;
        if (table.Tokens[before].Script != Script.Arabic)
        {
            return null;
        }

        foreach (var form in table.Forms[before])
        {
            if (form.Prefix > 1)
            {
                continue;
            }

            if (table.Titles.OrganizationCues.Contains(form.Text))
            {
                return NameType.Organization;
            }

            if (table.Titles.ArabicPlaceWords.Contains(form.Text))
            {
                return NameType.Location;
            }
        }

        return table.HasForm(table.Titles.OrganizationHeadForms, before) ? NameType.Organization
            : table.HasForm(table.Titles.FacilityHeadForms, before) ? NameType.Location
            : null;
    }

    // Where the span's words stand in the article (each word as it is, or without a clitic the span's word lacks).
    private List<int> Occurrences(TaggedSpan span)
    {
        _byWord ??= IndexWords();
        var found = new List<int>();
        var n = span.End - span.Start;
        if (!_byWord.TryGetValue(Bare(span.Start), out var starts))
        {
            return found;
        }

        foreach (var at in starts)
        {
            if (at + n > table.Tokens.Count)
            {
                continue;
            }

            var same = true;
            for (var k = 1; k < n && same; k++)
            {
                same = Bare(at + k) == Bare(span.Start + k) && !table.Tokens[at + k].Has(TokenFlags.BreakBefore);
            }

            if (same)
            {
                found.Add(at);
            }
        }

        return found;
    }

    private Dictionary<string, List<int>>? _byWord;

    private Dictionary<string, List<int>> IndexWords()
    {
        var index = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var k = 0; k < table.Tokens.Count; k++)
        {
            if (table.Tokens[k].Script != Script.Arabic)
            {
                continue;
            }

            var key = Bare(k);
            if (!index.TryGetValue(key, out var list))
            {
                index[key] = list = [];
            }

            list.Add(k);
        }

        return index;
    }

    private bool IsArabic(TaggedSpan span) => table.Tokens[span.Start].Script == Script.Arabic;

    private string Key(TaggedSpan span)
    {
        var parts = new string[span.End - span.Start];
        for (var k = span.Start; k < span.End; k++)
        {
            parts[k - span.Start] = Bare(k);
        }

        return string.Join(' ', parts);
    }

    // The word without a conjunction or preposition written onto it when the rest is a listed name (ولافروف), else itself.
    private string Bare(int k)
    {
        foreach (var form in table.Forms[k])
        {
            if (form.Prefix > 0 && form.Text.Length >= 3 && table.Tagger!.Spelling(form.Text) is not null)
            {
                return form.Text;
            }
        }

        return table.Tokens[k].Norm;
    }

    private bool IsLink(int k) => table.Titles.ArabicNameLinks.Contains(table.Tokens[k].Norm);

    /// <summary>A word the name lists spell in Latin (Wikidata's Arabic labels) or a common Arabic given name, also
    /// with "و" or "ف" before it; never by a similar hash (the tagger's name set is a Bloom filter).</summary>
    public bool IsListedName(int k, bool strong = false)
    {
        foreach (var form in table.Forms[k])
        {
            if (form.Prefix > 1 || (form.Prefix == 1 && table.Tokens[k].Norm[0] is not ('و' or 'ف')))
            {
                continue;
            }

            if ((table.Tagger!.Spelling(form.Text) is not null && !(strong && table.Tagger.IsRareName(form.Text))) || Romanizer.IsKnownArabicName(form.Text))
            {
                return true;
            }
        }

        return false;
    }

    // A common word of the annotated news, read as it is or without "و"/"ف" (a stripped ب, ك or ل makes common words
    // of names: كيري is "ك" + "يري").
    public bool IsCommonWord(int k)
    {
        foreach (var form in table.Forms[k])
        {
            if ((form.Prefix == 0 || (form.Prefix == 1 && table.Tokens[k].Norm[0] is 'و' or 'ف'))
                && table.Tagger!.CommonWords.Contains(form.Text))
            {
                return true;
            }
        }

        return false;
    }

    public bool HasArticleClitic(int k)
    {
        var norm = table.Tokens[k].Norm;
        return norm.Length >= MinArticleCliticWord && table.Tagger!.Spelling(norm) is null
            && ArticleClitics.Any(c => norm.StartsWith(c, StringComparison.Ordinal));
    }
}
