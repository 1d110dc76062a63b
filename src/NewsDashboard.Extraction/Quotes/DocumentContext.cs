using NewsDashboard.Extraction.Text;
namespace NewsDashboard.Extraction.Quotes;

/// <summary>A person or organisation a statement is attributed to, or an unnamed side known by role and country.</summary>
internal sealed record Speaker(string? EntityId, string? Name, string? Country, string? Role);

/// <summary>A role named without a name ("the Syrian minister", "глава МИД"): the role, the country beside it, its words.</summary>
internal readonly record struct RoleReference(string Role, string? Country, int WordStart, int WordEnd);

/// <summary>
/// What the quote and meeting stages share about one document: its words, the entity mentions in order with the
/// word each starts at, and each person's role and country (from the entity stage, else from the title written
/// before the name: "وزير الدفاع السوري مرهف أبو قصرة").
/// </summary>
internal sealed class DocumentContext
{
    private const int RecentMentionLimit = 400;

    private readonly Dictionary<string, ExtractedEntity> _entities = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _roles = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _countries = new(StringComparer.Ordinal);
    private readonly Lexicon _roleLexicon;
    private readonly Dictionary<int, RoleMention> _unnamedRoles = [];

    public DocumentContext(TextDocument document, EntityAnalysis analysis, Lexicon roleLexicon)
    {
        Document = document;
        Analysis = analysis;
        _roleLexicon = roleLexicon;
        Words = NewsDashboard.Extraction.Text.Words.Scan(document.Text);
        foreach (var e in analysis.Entities)
        {
            _entities.TryAdd(e.Id, e);
        }

        Mentions = [.. analysis.Mentions.Where(m => m.Start >= 0 && m.End <= document.Text.Length).OrderBy(m => m.Start).ThenByDescending(m => m.Length)];
        MentionWord = [.. Mentions.Select(m => WordContaining(m.Start))];
        MentionEndWord = [.. Mentions.Select(m => NewsDashboard.Extraction.Text.Words.IndexAt(Words, m.End))];
        foreach (var r in analysis.Roles)
        {
            // Counterparts are read by the meeting stage itself, with the role of the other side.
            if (r.EntityId is null && r.Start >= 0 && r.End <= document.Text.Length && !string.Equals(r.Role, "Counterpart", StringComparison.OrdinalIgnoreCase))
            {
                _unnamedRoles.TryAdd(WordContaining(r.Start), r);
            }
        }

        LearnRolesFromTitles();
    }

    public TextDocument Document { get; }

    public EntityAnalysis Analysis { get; }

    private List<QuoteSpan>? _spans;
    private (string Language, List<SpeechEvent> Events)? _events;

    /// <summary>The context of one analysed document, built once by <c>NewsExtractor.Analyze</c> and read by the quote
    /// and meeting stages.</summary>
    public static DocumentContext For(TextDocument document, EntityAnalysis analysis) => new(document, analysis, SpeechCues.Default.Lexicon);

    /// <summary>Quotation-mark spans of the text (computed once).</summary>
    public List<QuoteSpan> Spans => _spans ??= QuoteScanner.Scan(Text).Quotes;

    /// <summary>Speech cues and sentence subjects (computed once per language).</summary>
    public List<SpeechEvent> Events(SpeechCues cues, string language)
    {
        if (_events is { } e && e.Language == language)
        {
            return e.Events;
        }

        var events = cues.Events(this, language, Spans);
        _events = (language, events);
        return events;
    }

    /// <summary>The word that contains <paramref name="offset"/> (a title may start after a proclitic: "وال…").</summary>
    public int WordContaining(int offset)
    {
        var i = NewsDashboard.Extraction.Text.Words.IndexAt(Words, offset);
        return i > 0 && Words[i - 1].End > offset ? i - 1 : i;
    }

    public string Text => Document.Text;

    public Word[] Words { get; }

    /// <summary>Mentions ordered by start.</summary>
    public EntityMention[] Mentions { get; }

    /// <summary>The index of the first word of each mention (parallel to <see cref="Mentions"/>).</summary>
    public int[] MentionWord { get; }

    /// <summary>The index of the first word after each mention.</summary>
    public int[] MentionEndWord { get; }

    public static bool IsSpeakerType(string type) => type is EntityTypes.Person or EntityTypes.Organization;

    public ExtractedEntity? Entity(string id) => _entities.GetValueOrDefault(id);

    public string? RoleOf(string entityId)
        => _entities.TryGetValue(entityId, out var e) && !string.IsNullOrEmpty(e.Role) ? e.Role : _roles.GetValueOrDefault(entityId);

    public string? CountryOf(string entityId)
        => _entities.TryGetValue(entityId, out var e) && !string.IsNullOrEmpty(e.Country) ? e.Country : _countries.GetValueOrDefault(entityId);

    public Speaker SpeakerOf(EntityMention m)
    {
        var e = Entity(m.EntityId);
        return new Speaker(m.EntityId, e?.Name ?? m.Surface, CountryOf(m.EntityId), RoleOf(m.EntityId));
    }

    /// <summary>Index of the first mention starting at or after <paramref name="offset"/>.</summary>
    public int MentionIndexAt(int offset) => Offsets.FirstAtOrAfter<EntityMention>(Mentions, offset, static m => m.Start);

    /// <summary>Mentions whose first word lies in words [from, to).</summary>
    public IEnumerable<int> MentionsInWords(int from, int to)
    {
        if (from >= to || from >= Words.Length)
        {
            yield break;
        }

        for (var k = MentionIndexAt(Words[from].Start); k < Mentions.Length && MentionWord[k] < to; k++)
        {
            yield return k;
        }
    }

    /// <summary>The country of a country mention (a name or a demonym) covering word <paramref name="w"/>, if any.</summary>
    public string? CountryAtWord(int w)
    {
        if (w < 0 || w >= Words.Length)
        {
            return null;
        }

        var k = MentionIndexAt(Words[w].Start);
        // A mention may start a word or two before w ("الولايات المتحدة"); look back a little.
        for (var j = Math.Max(0, k - 3); j < Mentions.Length && j <= k + 1; j++)
        {
            var m = Mentions[j];
            if (m.Type == EntityTypes.Country && MentionWord[j] <= w && MentionEndWord[j] > w)
            {
                return CountryCode(m);
            }
        }

        return null;
    }

    public string? CountryCode(EntityMention m)
    {
        var c = Entity(m.EntityId)?.Country;
        if (!string.IsNullOrEmpty(c))
        {
            return c;
        }

        // country/ru → RU
        var slash = m.EntityId.IndexOf('/', StringComparison.Ordinal);
        var code = slash >= 0 ? m.EntityId[(slash + 1)..] : m.EntityId;
        return code.Length == 2 ? code.ToUpperInvariant() : null;
    }

    private const int HeadNounReach = 30;

    /// <summary>
    /// An organisation mentioned shortly before word <paramref name="w"/> whose name opens with that word: "الجيش"
    /// after "الجيش الإسرائيلي", "the ministry" after "the Ministry of Health". Null when none, or when the nearest
    /// two such organisations differ (then the head noun does not say which).
    /// </summary>
    public EntityMention? OrganizationByHead(int w)
    {
        if (w < 0 || w >= Words.Length || Words[w].IsPunct)
        {
            return null;
        }

        var head = Words[w].Norm;
        EntityMention? found = null;
        var k = MentionIndexAt(Words[w].Start) - 1;
        for (var n = 0; k >= 0 && n < HeadNounReach; k--, n++)
        {
            var m = Mentions[k];
            if (m.Type != EntityTypes.Organization || Words[MentionWord[k]].Norm != head || MentionWord[k] == w)
            {
                continue;
            }

            if (found is not null && found.EntityId != m.EntityId)
            {
                return null;
            }

            found ??= m;
        }

        return found;
    }

    /// <summary>Is there a person mention starting within words [from, from + span)?</summary>
    public int? PersonStartingNear(int from, int span)
    {
        foreach (var k in MentionsInWords(from, from + span))
        {
            if (Mentions[k].Type == EntityTypes.Person)
            {
                return k;
            }
        }

        return null;
    }

    /// <summary>A role named without a name at word <paramref name="w"/>: "الوزير السوري", "the Syrian minister", "глава МИД".</summary>
    public RoleReference? RoleReferenceAt(int w)
    {
        if (_unnamedRoles.TryGetValue(w, out var known))
        {
            return new RoleReference(known.Role, known.Country, w, Math.Max(w + 1, NewsDashboard.Extraction.Text.Words.IndexAt(Words, known.End)));
        }

        if (RoleAt(w) is not { } m)
        {
            return null;
        }

        var end = m.End;
        string? country = null;
        if (CountryAtWord(end) is { } after)
        {
            country = after;
            while (end < Words.Length && CountryAtWord(end) == after)
            {
                end++;
            }
        }
        else if ((CountryAtWord(w - 1) ?? CountryAtWord(w + 1)) is { } before)
        {
            country = before;
        }

        // A name right after the title makes it the person's title, not a reference.
        return PersonStartingNear(end, 4) is null ? new RoleReference(m.Entry.Value, country, w, end) : null;
    }

    /// <summary>
    /// A title at word <paramref name="w"/>, also when a demonym sits inside it ("ministre russe des Affaires
    /// étrangères", "Syrian Foreign Minister" needs no help): the longer reading wins.
    /// </summary>
    public PhraseMatch? RoleAt(int w)
    {
        var plain = _roleLexicon.MatchAt(Words, w, "role");
        if (w + 2 < Words.Length && !Words[w].IsPunct && _roleLexicon.StartsAny(Words[w].Norm) && CountryAtWord(w + 1) is not null && CountryAtWord(w) is null)
        {
            var skipped = new Word[Math.Min(8, Words.Length - w - 1)];
            skipped[0] = Words[w];
            Array.Copy(Words, w + 2, skipped, 1, skipped.Length - 1);
            if (_roleLexicon.MatchAt(skipped, 0, "role") is { } inner && inner.End > 1 && (plain is null || inner.End + 1 > plain.Value.End))
            {
                return new PhraseMatch(w, w + inner.End + 1, inner.Entry);
            }
        }

        return plain;
    }

    /// <summary>Whether the article names a person of this country (any country when null).</summary>
    public bool NamesPersonOf(string? country)
    {
        _peopleCountries ??= Mentions.Where(m => m.Type == EntityTypes.Person).Select(m => CountryOf(m.EntityId) ?? string.Empty)
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        return country is null ? _peopleCountries.Count > 0 : _peopleCountries.Contains(country);
    }

    private HashSet<string>? _peopleCountries;

    /// <summary>The most recent person before <paramref name="offset"/> with this role (and country); else the first after.</summary>
    public Speaker? PersonByRole(string role, string? country, int offset, bool sameRoleOnly = false)
    {
        // Before it: the latest person with that role; failing that, the latest of that country whose role the
        // text never gave ("al-Shaibani ... the Syrian minister said"). Only then someone named later.
        EntityMention? sameCountry = null;
        var k = MentionIndexAt(offset) - 1;
        for (var n = 0; k >= 0 && n < RecentMentionLimit; k--, n++)
        {
            var m = Mentions[k];
            if (Matches(m, role, country))
            {
                return SpeakerOf(m);
            }

            if (!sameRoleOnly && sameCountry is null && country is not null && m.Type == EntityTypes.Person && RoleOf(m.EntityId) is null
                && string.Equals(CountryOf(m.EntityId), country, StringComparison.OrdinalIgnoreCase))
            {
                sameCountry = m;
            }
        }

        if (sameCountry is not null)
        {
            return SpeakerOf(sameCountry);
        }

        k = MentionIndexAt(offset);
        for (var n = 0; k < Mentions.Length && n < RecentMentionLimit && !sameRoleOnly; k++, n++)
        {
            if (Matches(Mentions[k], role, country))
            {
                return SpeakerOf(Mentions[k]);
            }
        }

        return null;
    }

    private bool Matches(EntityMention m, string role, string? country)
    {
        if (m.Type != EntityTypes.Person)
        {
            return false;
        }

        if (country is not null && CountryOf(m.EntityId) is { } c && !string.Equals(c, country, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        if (country is not null && CountryOf(m.EntityId) is null)
        {
            return false;
        }

        return RoleMatches(RoleOf(m.EntityId), role);
    }

    /// <summary>"Minister" stands for any minister; a full role must agree (a deputy is not the minister).</summary>
    public static bool RoleMatches(string? entityRole, string role)
    {
        if (string.IsNullOrEmpty(entityRole))
        {
            return false;
        }

        if (string.Equals(entityRole, role, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (role == "Leader")
        {
            return entityRole is "President" or "Prime Minister" or "King" or "Emir" or "Crown Prince" or "Supreme Leader";
        }

        return !role.Contains(' ', StringComparison.Ordinal)
            && !entityRole.StartsWith("Deputy", StringComparison.OrdinalIgnoreCase)
            && !entityRole.StartsWith("Vice", StringComparison.OrdinalIgnoreCase)
            && entityRole.Split(' ').Contains(role, StringComparer.OrdinalIgnoreCase);
    }

    // "وزير الدفاع السوري مرهف أبو قصرة", "Syrian Foreign Minister Asaad al-Shaibani": the title and the
    // demonym written just before a name give that person's role and country when the entity stage has none.
    private void LearnRolesFromTitles()
    {
        for (var k = 0; k < Mentions.Length; k++)
        {
            var m = Mentions[k];
            if (m.Type != EntityTypes.Person)
            {
                continue;
            }

            var w = MentionWord[k];
            for (var start = Math.Max(0, w - 6); start < w; start++)
            {
                if (Words[start].IsPunct || RoleAt(start) is not { } role || role.End > w)
                {
                    continue;
                }

                string? country = null;
                var ok = true;
                for (var j = role.End; j < w; j++)
                {
                    var c = CountryAtWord(j);
                    if (c is null)
                    {
                        ok = false;
                        break;
                    }

                    country = c;
                }

                country ??= CountryAtWord(start - 1) ?? CountryAtWord(start + 1);
                if (ok)
                {
                    _roles.TryAdd(m.EntityId, role.Entry.Value);
                    if (country is not null)
                    {
                        _countries.TryAdd(m.EntityId, country);
                    }

                    break;
                }
            }
        }
    }
}
