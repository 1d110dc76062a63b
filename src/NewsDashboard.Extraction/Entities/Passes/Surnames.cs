using NewsDashboard.Extraction.Text;

namespace NewsDashboard.Extraction.Entities.Passes;

/// <summary>Pipeline step 7 (docs/entity-extraction.md): surnames of people already named.</summary>
internal sealed class Surnames(EntityTable table)
{
    // A surname alone ("لافروف", "Lavrov", "Лаврова") is the person the article already named.
    public void Run()
    {
        var surnames = new Dictionary<string, string>(StringComparer.Ordinal);
        var shared = new HashSet<string>(StringComparer.Ordinal);
        foreach (var id in table.ArticlePeople)
        {
            if (table.PersonSurfaces.TryGetValue(id, out var seen))
            {
                var spellings = table.Local.TryGetValue(id, out var record) ? seen.Concat(record.Surfaces) : seen;
                foreach (var surface in spellings)
                {
                    var words = Tokenizer.Tokenize(surface);
                    if (words.Count is > 1 and <= 3 && table.Titles.SurnameFirst.Contains(words[0].Norm))
                    {
                        surnames.TryAdd(words[0].Norm, id); // Wang Yi → "Wang"
                    }
                    else if (words.Count > 1 && !table.Titles.ArabicNameLinks.Contains(words[^2].Norm) && !table.Titles.NameParticles.Contains(words[^2].Norm))
                    {
                        foreach (var key in TokenForms.ForIndex(words[^1]).Append(TokenForms.AdjectiveStem(words[^1])).OfType<string>())
                        {
                            if (!surnames.TryAdd(key, id) && surnames[key] != id)
                            {
                                shared.Add(key);
                            }
                        }
                    }
                }
            }
        }

        for (var i = 0; i < table.Tokens.Count; i++)
        {
            if (table.Owner[i] >= 0 || InLongDemonym(i))
            {
                continue;
            }

            var t = table.Tokens[i];
            var particleFirst = i + 1 < table.Tokens.Count && table.Titles.NameParticles.Contains(t.Norm) && table.Tokens[i + 1].Has(TokenFlags.Capitalized);
            if (EntityTable.IsLatinOrCyrillic(t) && !t.Has(TokenFlags.Capitalized) && !particleFirst)
            {
                continue;
            }

            if (table.Lexicon[i] is { } hit && table.LexiconEntry[i] is { Kind: EntryKind.Surname } entry && !table.Overlaps(hit.Start, hit.End)
                && (table.ArticlePeople.Contains(entry.EntityId) || DistinctiveSurname(hit)
                    || (i > 0 && !t.Has(TokenFlags.BreakBefore) && table.Forms[i - 1].Any(f => table.Titles.SurnameCues.Contains(f.Text)))))
            {
                table.Claim(new Found(entry.EntityId, hit.Start, hit.End, hit.Prefix));
                if (!table.ArticlePeople.Contains(entry.EntityId))
                {
                    table.ArticlePeople.Add(entry.EntityId);
                }

                i = hit.End - 1;
                continue;
            }

            string? found = null;
            var prefix = 0;
            var ambiguous = false;
            foreach (var form in table.Forms[i])
            {
                if (surnames.TryGetValue(form.Text, out var id) && (form.Prefix == 0 || t.Script == Script.Arabic))
                {
                    ambiguous |= shared.Contains(form.Text) || (found is not null && found != id);
                    if (found is null)
                    {
                        (found, prefix) = (id, form.Prefix);
                    }
                }
            }

            if (found is not null)
            {
                table.Claim(new Found(ambiguous ? NearestBefore(i, found) : found, i, i + 1, prefix));
            }
        }
    }

    // Two people of the article share the surname (Рамзан Кадыров, Ахмат-Хаджи Кадыров): the surname alone is the one
    // whose full name was written last before it; before both, the one written first.
    private string NearestBefore(int k, string fallback)
    {
        var t = table.Tokens[k];
        string? before = null, after = null;
        int beforeStart = -1, afterStart = int.MaxValue;
        foreach (var m in table.Mentions)
        {
            if (m.End - m.Start < 2 || !m.EntityId.StartsWith("person/", StringComparison.Ordinal) || !SameSurname(table.Tokens[m.End - 1], t))
            {
                continue;
            }

            if (m.Start < k && m.Start > beforeStart)
            {
                (before, beforeStart) = (m.EntityId, m.Start);
            }
            else if (m.Start > k && m.Start < afterStart)
            {
                (after, afterStart) = (m.EntityId, m.Start);
            }
        }

        return before ?? after ?? fallback;
    }

    // Whether two words are forms of one surname: they share a stem form (Тарасова, Тарасову, Тарасов → тарасов).
    private bool SameSurname(Token a, Token b)
    {
        var forms = TokenForms.ForText(a).Select(f => f.Text).Concat(TokenForms.ForIndex(a)).Append(TokenForms.AdjectiveStem(a)).OfType<string>().ToHashSet(StringComparer.Ordinal);
        return TokenForms.ForText(b).Any(f => forms.Contains(f.Text)) || TokenForms.ForIndex(b).Append(TokenForms.AdjectiveStem(b)).OfType<string>().Any(forms.Contains);
    }

    private bool DistinctiveSurname(TrieHit<LexEntry> hit)
    {
        var first = table.Tokens[hit.Start];
        return first.Script == Script.Arabic
            ? !first.Norm.StartsWith("ال", StringComparison.Ordinal) && first.Norm.Length - hit.Prefix >= 5
            : first.Has(TokenFlags.Capitalized) && first.Length >= 5; // Wong, Chan, Kim: too common alone
    }

    // A word of a demonym of several words.
    private bool InLongDemonym(int k) => table.DemonymAt[k] is not null && table.DemonymEnd[k] != k + 1;
}
