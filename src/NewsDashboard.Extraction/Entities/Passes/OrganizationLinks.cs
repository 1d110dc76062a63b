using NewsDashboard.Extraction.Text;

namespace NewsDashboard.Extraction.Entities.Passes;

/// <summary>
/// Pipeline step 10 (docs/entity-extraction.md): one organisation per article whatever it is called. An acronym the
/// lexicon does not know ("КЗЖ", "WFC") is the organisation whose words it spells ("Комитет защиты журналистов",
/// "World Fashion Channel"), found among the article's names or, failing that, in its text (a run of words from a
/// capitalised one, small function words skipped); and the head noun of an organisation's name, alone and
/// capitalised ("Церкви" after "Русская Православная Церковь"), is that organisation when the article names only one
/// with that head. Runs last, over the mentions the other passes found; every step is linear in the article.
/// </summary>
internal sealed class OrganizationLinks(EntityTable table)
{
    private const int MinAcronym = 2;
    private const int MaxAcronym = 6;
    private const int MaxSkippedWord = 3;

    public void Run()
    {
        AffiliationAcronyms();
        LinkAcronyms();
        LinkHeadNouns();
    }

    private void LinkAcronyms()
    {
        // The acronyms the article uses for names no lexicon knows, by their folded letters.
        var acronyms = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < table.Mentions.Count; i++)
        {
            var m = table.Mentions[i];
            if (m.End - m.Start == 1 && IsAcronym(m.Start) && table.Local.ContainsKey(m.EntityId))
            {
                var key = table.Tokens[m.Start].Norm;
                if (!acronyms.TryGetValue(key, out var list))
                {
                    acronyms[key] = list = [];
                }

                list.Add(i);
            }
        }

        // An acronym no pass took ("World Fashion Channel (WFC)") is looked for too: it names what it spells, if anything.
        var unclaimed = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var k = 0; k < table.Tokens.Count; k++)
        {
            if (table.Owner[k] < 0 && IsAcronym(k) && !table.NotAName[k] && !IsLegalForm(k))
            {
                var key = table.Tokens[k].Norm;
                if (!unclaimed.TryGetValue(key, out var list))
                {
                    unclaimed[key] = list = [];
                }

                list.Add(k);
            }
        }

        if (acronyms.Count == 0 && unclaimed.Count == 0)
        {
            return;
        }

        var targets = new Dictionary<string, string>(StringComparer.Ordinal);

        // A name the article already has whose words spell the acronym.
        for (var i = 0; i < table.Mentions.Count; i++)
        {
            var m = table.Mentions[i];
            if (m.End - m.Start < 2 || table.Entity(m.EntityId) is not { Type: EntityTypes.Organization or EntityTypes.Place })
            {
                continue;
            }

            if (Spells(m.Start, m.End) is { } spelled && (acronyms.ContainsKey(spelled) || unclaimed.ContainsKey(spelled)) && !targets.ContainsKey(spelled))
            {
                targets[spelled] = m.EntityId;
            }
        }

        // Else a run of words in the text that spells it, from a capitalised word on.
        var byInitial = new Dictionary<char, List<string>>();
        foreach (var key in acronyms.Keys.Union(unclaimed.Keys).Where(k => !targets.ContainsKey(k)))
        {
            if (!byInitial.TryGetValue(key[0], out var list))
            {
                byInitial[key[0]] = list = [];
            }

            list.Add(key);
        }

        for (var k = 0; k < table.Tokens.Count && byInitial.Count > 0; k++)
        {
            var t = table.Tokens[k];
            if (!t.Has(TokenFlags.Capitalized) || t.Has(TokenFlags.AllUpper) || !byInitial.TryGetValue(t.Norm[0], out var candidates))
            {
                continue;
            }

            foreach (var acronym in candidates)
            {
                var end = Expansion(k, acronym);
                if (end < 0 || !ClaimableExpansion(k, end))
                {
                    continue;
                }

                var id = targets.TryGetValue(acronym, out var known) ? known : table.LocalEntity(ExpansionType(k, end), table.Surface(k, end, 0), null, null);
                targets[acronym] = id;
                DropInside(k, end);
                table.Claim(new Found(id, k, end, 0));
                k = end - 1;
                break;
            }
        }

        foreach (var (acronym, mentions) in acronyms)
        {
            if (targets.TryGetValue(acronym, out var id))
            {
                foreach (var i in mentions)
                {
                    table.Mentions[i] = table.Mentions[i] with { EntityId = id };
                }
            }
        }

        foreach (var (acronym, tokens) in unclaimed)
        {
            if (targets.TryGetValue(acronym, out var id))
            {
                foreach (var k in tokens)
                {
                    if (table.Owner[k] < 0)
                    {
                        table.Claim(new Found(id, k, k + 1, 0));
                    }
                }
            }
        }
    }

    // "Gary Chan of DAB", "NPR's Wade Goodwyn": an English acronym no pass took, naming whom a person belongs to (after
    // the person and "of", or with a possessive before the person), is an organisation, and so is every other use of
    // it in the article (the English train corpora: 19 of 20 such acronyms are organisations).
    private void AffiliationAcronyms()
    {
        if (table.Language != "en")
        {
            return;
        }

        var found = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var k = 2; k + 2 < table.Tokens.Count; k++)
        {
            if (table.Owner[k] >= 0 || !IsAcronym(k) || table.NotAName[k] || IsLegalForm(k) || table.Tokens[k].Script != Script.Latin
                || found.ContainsKey(table.Tokens[k].Norm))
            {
                continue;
            }

            var after = table.Tokens[k - 1].Norm == "of" && !table.Tokens[k - 1].Has(TokenFlags.BreakBefore) && !table.Tokens[k].Has(TokenFlags.BreakBefore)
                && PersonEndingAt(k - 1);
            var possessive = table.Tokens[k + 1].Norm == "s" && table.Tokens[k + 1].Start - table.Tokens[k].End == 1
                && table.Text[table.Tokens[k].End] is '\'' or '’' && PersonStartingAt(k + 2);
            if (after || possessive)
            {
                found[table.Tokens[k].Norm] = table.LocalEntity(EntityTypes.Organization, table.Surface(k, k + 1, 0), null, null);
            }
        }

        if (found.Count == 0)
        {
            return;
        }

        for (var k = 0; k < table.Tokens.Count; k++)
        {
            if (table.Owner[k] < 0 && table.Tokens[k].Has(TokenFlags.AllUpper) && found.TryGetValue(table.Tokens[k].Norm, out var id))
            {
                table.Claim(new Found(id, k, k + 1, 0));
            }
        }
    }

    private bool PersonEndingAt(int end)
        => table.Owner[end - 1] >= 0 && table.Mentions[table.Owner[end - 1]] is { } m && m.End == end
            && table.Entity(m.EntityId) is { Type: EntityTypes.Person };

    private bool PersonStartingAt(int start)
        => start < table.Tokens.Count && table.Owner[start] >= 0 && table.Mentions[table.Owner[start]] is { } m && m.Start == start
            && table.Entity(m.EntityId) is { Type: EntityTypes.Person };

    private bool IsLegalForm(int k)
        => table.Titles.LegalForms.TryGetValue(table.Language, out var legal) && legal.Contains(table.Tokens[k].Norm);

    // "ФАС", "WFC": capitals only, two to six letters.
    private bool IsAcronym(int k)
    {
        var t = table.Tokens[k];
        return t.Has(TokenFlags.AllUpper) && t.Norm.Length is >= MinAcronym and <= MaxAcronym && EntityTable.IsLatinOrCyrillic(t) && t.Norm.All(char.IsLetter);
    }

    // The initials of a name's words (its small function words skipped, "Committee to Protect Journalists"), folded.
    private string? Spells(int start, int end)
    {
        Span<char> letters = stackalloc char[MaxAcronym];
        var n = 0;
        for (var k = start; k < end; k++)
        {
            var t = table.Tokens[k];
            if (k > start && t.Has(TokenFlags.HyphenBefore))
            {
                return null;
            }

            if (!t.Has(TokenFlags.Capitalized) && t.Norm.Length <= MaxSkippedWord && k > start)
            {
                continue;
            }

            if (n == MaxAcronym || !char.IsLetter(t.Norm[0]))
            {
                return null;
            }

            letters[n++] = t.Norm[0];
        }

        return n >= MinAcronym ? new string(letters[..n]) : null;
    }

    // The end of the run of words from k whose initials spell the acronym, or −1. A word that does not give the next
    // letter may be skipped when it is a small word in lower case (to, of, и); a Latin-script name capitalises
    // every word it spells with; the run stays within one clause.
    private int Expansion(int k, string acronym)
    {
        var matched = 0;
        var i = k;
        while (matched < acronym.Length)
        {
            if (i >= table.Tokens.Count || (i > k && (table.Tokens[i].Has(TokenFlags.BreakBefore) || table.Tokens[i].Has(TokenFlags.HyphenBefore))))
            {
                return -1;
            }

            var t = table.Tokens[i];
            if (t.Norm[0] == acronym[matched] && !t.Has(TokenFlags.AllUpper) && (t.Script != Script.Latin || t.Has(TokenFlags.Capitalized)))
            {
                matched++;
            }
            else if (i == k || t.Has(TokenFlags.Capitalized) || t.Norm.Length > MaxSkippedWord)
            {
                return -1;
            }

            i++;
        }

        return i - k >= MinAcronym ? i : -1;
    }

    // The run holds no person the article named and is not part of a longer name already found.
    private bool ClaimableExpansion(int start, int end)
    {
        for (var k = start; k < end; k++)
        {
            if (table.Owner[k] < 0)
            {
                continue;
            }

            var m = table.Mentions[table.Owner[k]];
            if (m.Start < start || m.End > end || m.EntityId.StartsWith("person/", StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    // An organisation, unless a facility's word names a place ("Международная космическая станция").
    private string ExpansionType(int start, int end)
    {
        for (var k = start; k < end; k++)
        {
            if (table.HasForm(table.Titles.FacilityHeadForms, k))
            {
                return EntityTypes.Place;
            }
        }

        return EntityTypes.Organization;
    }

    // The words of a run that now names one organisation are no names of their own; a country named inside still
    // counts for the country.
    private void DropInside(int start, int end)
    {
        for (var k = start; k < end; k++)
        {
            if (table.Owner[k] is var i and >= 0 && table.Mentions[i] is var m && m.Start >= start && m.End <= end
                && !m.EntityId.StartsWith("country/", StringComparison.Ordinal))
            {
                table.Drop(i);
            }
        }
    }

    private void LinkHeadNouns()
    {
        if (table.Tokens.Count == 0 || !table.Titles.OrganizationHeadForms.ContainsKey(table.Language))
        {
            return;
        }

        // The head nouns of the organisations the article names in several words, by stem: the entity, or null when
        // two organisations share the head.
        var heads = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var m in table.Mentions)
        {
            if (m.End - m.Start < 2 || table.Entity(m.EntityId) is not { Type: EntityTypes.Organization })
            {
                continue;
            }

            for (var k = m.Start; k < m.End; k++)
            {
                if (table.HasForm(table.Titles.OrganizationHeadForms, k))
                {
                    var stem = HeadStem(k);
                    heads[stem] = heads.TryGetValue(stem, out var other) && other != m.EntityId ? null : m.EntityId;
                }
            }
        }

        for (var i = 0; i < table.Mentions.Count; i++)
        {
            var m = table.Mentions[i];
            if (m.End - m.Start != 1 || !table.Local.ContainsKey(m.EntityId) || m.EntityId.StartsWith("person/", StringComparison.Ordinal)
                || !table.Tokens[m.Start].Has(TokenFlags.Capitalized) || table.Tokens[m.Start].Has(TokenFlags.AllUpper))
            {
                continue;
            }

            if (heads.TryGetValue(HeadStem(m.Start), out var id) && id is not null)
            {
                table.Mentions[i] = m with { EntityId = id };
            }
        }
    }

    // A head noun's stem with a fleeting vowel dropped, so "Церковь" and "Церкви" share it.
    private string HeadStem(int k)
    {
        var stem = RussianStems.Key(table.Text.Substring(table.Tokens[k].Start, table.Tokens[k].Length));
        return stem.Length > 3 && stem[^2] is 'о' or 'е' ? string.Concat(stem.AsSpan(0, stem.Length - 2), stem.AsSpan(stem.Length - 1)) : stem;
    }
}
