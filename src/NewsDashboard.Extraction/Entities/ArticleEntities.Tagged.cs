using NewsDashboard.Extraction.Tagging;
using NewsDashboard.Extraction.Text;

namespace NewsDashboard.Extraction.Entities;

// 4c. Names the lexicons have never seen, proposed by the trained tagger (Tagging/NameTagger): a person is linked
// to a known person or one the article already named (NameMatcher), else becomes a new person; places and
// organisations the gazetteer did not take become new ones. Spans that touch a mention already found are left to
// it. People go before surnames are looked up (so "Свиридова" later is the Свиридов met here); places and
// organisations after (so a surname is never taken for a place).
internal sealed partial class ArticleEntities
{
    private static readonly string[] RussianAdjectiveEndings =
        ["ский", "ского", "скому", "ским", "ском", "ская", "ской", "скую", "ские", "ских", "ое", "ого", "ому", "ая", "ой", "ую", "ый", "ий", "ые", "ых", "ым", "ыми"];

    private List<TaggedSpan>? _tagged;
    private bool[]? _inTaggedPerson;

    private List<TaggedSpan> Tagged()
    {
        if (_tagged is null)
        {
            _tagged = _tagger is null ? [] : _tagger.Tag(_text, _tokens, _forms);
            for (var s = 0; s < _tagged.Count; s++)
            {
                // "Valeska Paris", "Victoria Beckham": a given name, then a capitalised place name, is one person.
                var span = _tagged[s];
                var next = span.End;
                if (span.Type == NameType.Person && next < _tokens.Count && (s + 1 == _tagged.Count || _tagged[s + 1].Start > next || _tagged[s + 1].End == next + 1)
                    && IsLatinOrCyrillic(_tokens[next]) && _tokens[next].Has(TokenFlags.Capitalized) && !_tokens[next].Has(TokenFlags.BreakBefore)
                    && !_tokens[next].Has(TokenFlags.AllUpper) && _lexiconEntry[next] is { Kind: EntryKind.Place or EntryKind.Country }
                    && span.End - span.Start == 1)
                {
                    _tagged[s] = span with { End = next + 1 };
                    if (s + 1 < _tagged.Count && _tagged[s + 1].Start == next)
                    {
                        _tagged.RemoveAt(s + 1);
                    }
                }
            }

            _inTaggedPerson = new bool[_tokens.Count];
            foreach (var span in _tagged)
            {
                if (span.Type == NameType.Person && span.End - span.Start >= 2)
                {
                    for (var k = span.Start; k < span.End; k++)
                    {
                        _inTaggedPerson[k] = true;
                    }
                }
            }
        }

        return _tagged;
    }

    /// <summary>A place or country name that is part of a person's full name ("Valeska Paris", "Victoria Nuland").</summary>
    private bool InsideTaggedPerson(TrieHit<LexEntry> hit, LexEntry entry)
    {
        if (entry.Kind is not (EntryKind.Place or EntryKind.Country) || _inTaggedPerson is null)
        {
            return false;
        }

        for (var k = hit.Start; k < hit.End; k++)
        {
            if (!_inTaggedPerson[k])
            {
                return false;
            }
        }

        // The person's name reaches past the place name with a name-like word: capitalised, not an acronym ("МИД
        // России" is no person), not a common word.
        return (hit.Start > 0 && NameLikeInTaggedPerson(hit.Start - 1)) || (hit.End < _tokens.Count && NameLikeInTaggedPerson(hit.End));
    }

    private bool NameLikeInTaggedPerson(int k)
        => _inTaggedPerson![k] && _tokens[k].Has(TokenFlags.Capitalized) && !_tokens[k].Has(TokenFlags.AllUpper) && !IsCommonWord(_tokens[k]);

    // Full names first; one word alone ("Wang", "Лаврова") only after the surnames of the people already met.
    private void FindTaggedPeople() => FindTagged(span => span.Type == NameType.Person && span.End - span.Start > 1);

    private void FindTaggedPlacesAndOrganizations() => FindTagged(span => span.Type != NameType.Misc && (span.Type != NameType.Person || span.End - span.Start == 1));

    private void FindTagged(Func<TaggedSpan, bool> wanted)
    {
        foreach (var tagged in Tagged())
        {
            var span = WithoutOpeningCommonWord(WithHyphenated(tagged));
            if (!wanted(span) || Overlaps(span.Start, span.End) || !PlausibleName(span))
            {
                continue;
            }

            var prefix = CliticPrefix(span.Start);
            if (span.Type == NameType.Person)
            {
                ClaimUntitledPerson(span.Start, span.End, prefix);
                continue;
            }

            var type = span.Type == NameType.Location ? EntityTypes.Place : EntityTypes.Organization;
            Claim(new Found(LocalEntity(type, Surface(span.Start, span.End, prefix), null, null), span.Start, span.End, prefix));
        }
    }

    // "Визит Фидана в Москву": a word the language writes in lower case, capitalised only because it opens the
    // sentence, is not part of the name after it.
    // For a person, any opening word that no name list knows goes ("Визит Фидана станет…").
    private TaggedSpan WithoutOpeningCommonWord(TaggedSpan span)
        => span.End - span.Start > 1 && OpensSentence(span.Start)
            && (IsCommonWord(_tokens[span.Start]) || (span.Type == NameType.Person && !IsNameWord(span.Start)))
            ? span with { Start = span.Start + 1 }
            : span;

    // A word of the person-name lists, also without an Arabic clitic or a Russian case ending.
    private bool IsNameWord(int k)
    {
        foreach (var form in _forms[k])
        {
            if (_tagger!.Names.Contains(TokenForms.Bare(form.Text)))
            {
                return true;
            }
        }

        return false;
    }

    private bool OpensSentence(int k) => k == 0 || _tokens[k].Has(TokenFlags.BreakBefore) || _tokens[k].Has(TokenFlags.LineStart);

    private bool IsCommonWord(Token token)
        => token.Script is Script.Latin or Script.Cyrillic && !token.Has(TokenFlags.AllUpper) && _tagger!.CommonWords.Contains(token.Norm);

    // An Arabic word the annotated news rarely has inside a person's name, with or without its clitic (الملتقى "the
    // forum"). The name lists do not overrule it: they hold every word of every label (العسكري as al-Askari).
    private bool IsCommonArabicWord(int k)
    {
        if (_tokens[k].Script != Script.Arabic || _tagger is null)
        {
            return false;
        }

        foreach (var form in _forms[k])
        {
            if (_tagger.CommonWords.Contains(form.Text))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Arabic words after a title that are all common words are a phrase, not a name ("نائب رئيس الملتقى العسكري").</summary>
    private bool OnlyCommonArabicWords(int start, int end)
    {
        for (var k = start; k < end; k++)
        {
            if (!IsCommonArabicWord(k))
            {
                return false;
            }
        }

        return end > start;
    }

    // "Lee Cheuk-yan", "Склодовская-Кюри": words joined by a hyphen belong to the name.
    private TaggedSpan WithHyphenated(TaggedSpan span)
    {
        var end = span.End;
        while (end < _tokens.Count && end - span.End < 3 && _tokens[end].Has(TokenFlags.HyphenBefore) && !_tokens[end].Has(TokenFlags.BreakBefore))
        {
            end++;
        }

        return span with { End = end };
    }

    // A name has a word of two letters or more; in Latin or Cyrillic script it starts with a capital; one word that
    // the language mostly writes in lower case is not a name at the start of a sentence ("Spasibo", "Mezhdu"); one
    // Russian adjective before a lower-case word is part of a longer phrase, not a name ("Химкинского леса").
    private bool PlausibleName(TaggedSpan span)
    {
        var first = _tokens[span.Start];
        if (first.Script is Script.Latin or Script.Cyrillic && !first.Has(TokenFlags.Capitalized))
        {
            return false;
        }

        if (span.End - span.Start == 1)
        {
            if (first.Length < 2 && first.Script != Script.Arabic)
            {
                return false;
            }

            if (IsCommonWord(first) && OpensSentence(span.Start))
            {
                return false;
            }

            // One word as a person must be a name word of the lists where a capital proves nothing: opening a sentence
            // ("Nucléaire" heading a headline), in Arabic (no capitals), in Russian (Совет, Дума are capitalised nouns).
            if (span.Type == NameType.Person && (OpensSentence(span.Start) || first.Script != Script.Latin) && !IsNameWord(span.Start))
            {
                return false;
            }

            if (first.Script == Script.Cyrillic && span.Type != NameType.Person && !first.Has(TokenFlags.AllUpper)
                && span.End < _tokens.Count && !_tokens[span.End].Has(TokenFlags.Capitalized) && !_tokens[span.End].Has(TokenFlags.BreakBefore)
                && RussianAdjectiveEndings.Any(e => first.Norm.EndsWith(e, StringComparison.Ordinal)))
            {
                return false;
            }
        }

        // An Arabic person's name does not end in a common word ("رئيس الملتقى العسكري" is a forum's head, not a name).
        if (span.Type == NameType.Person && span.End - span.Start > 1 && IsCommonArabicWord(span.End - 1))
        {
            return false;
        }

        // A title is no name ("the Crown Prince", "замглава МИД"), nor part of one ("Глава МИД России Сергей Лавров":
        // the title pass has read the title; "МИД России" is not a person).
        _titleScratch.Clear();
        _titles.Trie.MatchAt(_tokens, _forms, span.Start, _titleScratch);
        if (_titleScratch.Any(hit => hit.End >= span.End) || _roles.Any(r => r.Start < span.End && span.Start < r.End))
        {
            return false;
        }

        // A nationality word is its country's mention (AddDemonyms), not part of a new name ("the Syrian army").
        for (var k = span.Start; k < span.End; k++)
        {
            if (_notAName[k] || _demonymAt[k] is not null || (k > 0 && _demonymAt[k - 1] is not null && _demonymEnd[k - 1] > k))
            {
                return false;
            }
        }

        for (var k = span.Start; k < span.End; k++)
        {
            if (_tokens[k].Length >= 2)
            {
                return true;
            }
        }

        return false;
    }

    // An Arabic name written onto a conjunction or preposition (ولافروف، بالرياض): the clitic is not part of it.
    private int CliticPrefix(int k)
    {
        var token = _tokens[k];
        if (token.Script != Script.Arabic || _tagger is null)
        {
            return 0;
        }

        var names = _tagger.Names;
        if (names.Contains(token.Norm))
        {
            return 0;
        }

        foreach (var form in _forms[k])
        {
            if (form.Prefix > 0 && form.Text.Length >= 3 && names.Contains(form.Text))
            {
                return form.Prefix;
            }
        }

        return token.Norm.Length > 4 && token.Norm[0] == 'و' ? 1 : 0;
    }
}
