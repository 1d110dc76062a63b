using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace NewsDashboard.Cli.Eval;

/// <summary>
/// A port of the contract's scorer (eval/score.py): the same normalisation, the same greedy one-to-one
/// matching and the same tallies, so both give the same figures on the same output.
/// </summary>
internal static class Scorer
{
    public static string Norm(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var s = text.Normalize(NormalizationForm.FormKC);
        s = CaseFold(s);
        var sb = new StringBuilder(s.Length);
        foreach (var c in s)
        {
            if (c is >= '\u0610' and <= '\u061a' or >= '\u064b' and <= '\u065f' or '\u0670' or >= '\u06d6' and <= '\u06ed' or '\u0640')
            {
                continue;
            }

            sb.Append(c switch
            {
                'أ' or 'إ' or 'آ' or 'ٱ' => 'ا',
                'ى' => 'ي',
                'ة' => 'ه',
                'ؤ' => 'و',
                'ئ' => 'ي',
                'ک' => 'ك',
                'ی' => 'ي',
                'ە' => 'ه',
                _ => c,
            });
        }

        var decomposed = sb.ToString().Normalize(NormalizationForm.FormD);
        var outText = new StringBuilder(decomposed.Length);
        foreach (var rune in decomposed.EnumerateRunes())
        {
            var category = Rune.GetUnicodeCategory(rune);
            if (category == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (IsSeparatorLike(category))
            {
                outText.Append(' ');
            }
            else
            {
                outText.Append(rune.ToString());
            }
        }

        return string.Join(' ', outText.ToString().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }

    // Python's str.casefold: lower case, plus the few full foldings news text meets.
    private static string CaseFold(string s)
    {
        var lower = s.ToLowerInvariant();
        return lower.Contains('ß', StringComparison.Ordinal) || lower.Contains('ς', StringComparison.Ordinal)
            ? lower.Replace("ß", "ss", StringComparison.Ordinal).Replace('ς', 'σ')
            : lower;
    }

    // Unicode general categories P*, S*, Z*, C* become spaces.
    private static bool IsSeparatorLike(UnicodeCategory c) => c is UnicodeCategory.ConnectorPunctuation or UnicodeCategory.DashPunctuation
        or UnicodeCategory.OpenPunctuation or UnicodeCategory.ClosePunctuation or UnicodeCategory.InitialQuotePunctuation
        or UnicodeCategory.FinalQuotePunctuation or UnicodeCategory.OtherPunctuation or UnicodeCategory.MathSymbol
        or UnicodeCategory.CurrencySymbol or UnicodeCategory.ModifierSymbol or UnicodeCategory.OtherSymbol
        or UnicodeCategory.SpaceSeparator or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator
        or UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.Surrogate or UnicodeCategory.PrivateUse
        or UnicodeCategory.OtherNotAssigned;

    public static string[] Tokens(string? text)
    {
        var n = Norm(text);
        return n.Length == 0 ? [] : n.Split(' ');
    }

    public static double TokenF1(string? a, string? b)
    {
        var ta = Tokens(a);
        var tb = Tokens(b);
        if (ta.Length == 0 || tb.Length == 0)
        {
            return 0;
        }

        var pool = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var t in tb)
        {
            pool[t] = pool.GetValueOrDefault(t) + 1;
        }

        var common = 0;
        foreach (var t in ta)
        {
            if (pool.GetValueOrDefault(t) > 0)
            {
                common++;
                pool[t]--;
            }
        }

        if (common == 0)
        {
            return 0;
        }

        double p = (double)common / ta.Length, r = (double)common / tb.Length;
        return 2 * p * r / (p + r);
    }

    public static HashSet<string> AliasSet(JsonNode? aliases)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        if (aliases is JsonArray array)
        {
            foreach (var a in array)
            {
                var n = Norm(Str(a));
                if (n.Length > 0)
                {
                    set.Add(n);
                }
            }
        }

        return set;
    }

    /// <summary>Python's str() of a JSON value as the scorer sees it (strings as is; null → None never matches).</summary>
    public static string? Str(JsonNode? node) => node switch
    {
        null => null,
        JsonValue v when v.TryGetValue<string>(out var s) => s,
        JsonValue v when v.TryGetValue<bool>(out var b) => b ? "True" : "False",
        _ => node.ToJsonString(),
    };

    private static bool Optional(JsonNode? item) => item is JsonObject o && Truthy(o["optional"]);

    private static bool Truthy(JsonNode? node) => node switch
    {
        null => false,
        JsonValue v when v.TryGetValue<bool>(out var b) => b,
        JsonValue v when v.TryGetValue<string>(out var s) => s.Length > 0,
        JsonValue v when v.TryGetValue<double>(out var d) => d != 0,
        JsonArray a => a.Count > 0,
        JsonObject o => o.Count > 0,
        _ => true,
    };

    private static List<JsonNode?> List(JsonNode? node, string key) => node?[key] is JsonArray a ? [.. a] : [];

    public static HashSet<string> EntityNames(JsonNode? e)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        var n = Norm(Str(e?["name"]));
        if (n.Length > 0)
        {
            set.Add(n);
        }

        foreach (var s in List(e, "surfaces"))
        {
            var m = Norm(Str(s));
            if (m.Length > 0)
            {
                set.Add(m);
            }
        }

        return set;
    }

    public static void ScoreEntities(JsonNode gold, JsonNode pred, Tally t, List<(string Type, int Error, int Gold)> counts)
    {
        var goldAll = List(gold, "entities");
        var preds = List(pred, "entities").Where(e => EntityNames(e).Count > 0).ToList();
        var goldAliases = goldAll.Select(g => AliasSet(g?["aliases"])).ToList();
        var predNames = preds.Select(EntityNames).ToList();
        double Match(int gi, int pi) => Str(goldAll[gi]?["type"]) == Str(preds[pi]?["type"]) && predNames[pi].Overlaps(goldAliases[gi]) ? 1 : 0;
        var pairs = GreedyIndexed(goldAll, preds, Match);
        var required = Enumerable.Range(0, goldAll.Count).Where(i => !Optional(goldAll[i])).ToList();
        var hitGold = pairs.Select(p => p.Gold).ToHashSet();
        var hitPred = pairs.Select(p => p.Pred).ToHashSet();
        var tp = required.Count(hitGold.Contains);
        var optionalNames = new HashSet<string>(StringComparer.Ordinal);
        for (var gi = 0; gi < goldAll.Count; gi++)
        {
            if (Optional(goldAll[gi]))
            {
                optionalNames.UnionWith(goldAliases[gi]);
            }
        }

        var fp = Enumerable.Range(0, preds.Count).Count(pi => !hitPred.Contains(pi) && !predNames[pi].Overlaps(optionalNames));
        t.Add(tp, fp, required.Count - tp);
        foreach (var (gi, pi) in pairs)
        {
            var g = goldAll[gi];
            if (Optional(g) || g?["mentions"] is null)
            {
                continue;
            }

            var goldMentions = (int)g["mentions"]!.GetValue<double>();
            var predicted = preds[pi]?["mentions"] is JsonValue v && v.TryGetValue<double>(out var d) ? (int)d : 0;
            counts.Add((Str(g["type"]) ?? string.Empty, Math.Abs(predicted - goldMentions), goldMentions));
        }
    }

    /// <summary>One-to-one pairs, best score first; ties go to required gold items, then to earlier items.</summary>
    private static List<(int Gold, int Pred)> GreedyIndexed(List<JsonNode?> gold, List<JsonNode?> pred, Func<int, int, double> score)
    {
        var candidates = new List<(double Score, bool Optional, int Gold, int Pred)>();
        for (var gi = 0; gi < gold.Count; gi++)
        {
            var optional = Optional(gold[gi]);
            for (var pi = 0; pi < pred.Count; pi++)
            {
                var s = score(gi, pi);
                if (s > 0)
                {
                    candidates.Add((-s, optional, gi, pi));
                }
            }
        }

        candidates.Sort();
        var usedGold = new HashSet<int>();
        var usedPred = new HashSet<int>();
        var pairs = new List<(int, int)>();
        foreach (var (_, _, gi, pi) in candidates)
        {
            if (!usedGold.Contains(gi) && !usedPred.Contains(pi))
            {
                usedGold.Add(gi);
                usedPred.Add(pi);
                pairs.Add((gi, pi));
            }
        }

        return pairs;
    }

    public static void ScoreQuotes(JsonNode gold, JsonNode pred, Tally text, Tally attribution)
    {
        var gq = List(gold, "quotes");
        var pq = List(pred, "quotes").Where(q => Norm(Str(q?["text"])).Length > 0).ToList();
        var pairs = GreedyIndexed(gq, pq, (gi, pi) =>
        {
            var f = TokenF1(Str(gq[gi]?["text"]), Str(pq[pi]?["text"]));
            return f >= 0.8 ? f : 0;
        });
        var hitPred = pairs.Select(p => p.Pred).ToHashSet();
        var required = gq.Count(g => !Optional(g));
        var tp = pairs.Count(p => !Optional(gq[p.Gold]));
        var fp = pq.Count - hitPred.Count;
        text.Add(tp, fp, required - tp);
        var good = pairs.Count(p => !Optional(gq[p.Gold]) && AliasSet(gq[p.Gold]?["speaker"]).Contains(Norm(Str(pq[p.Pred]?["speaker"]))));
        var wrong = pairs.Count(p => !Optional(gq[p.Gold]) && !AliasSet(gq[p.Gold]?["speaker"]).Contains(Norm(Str(pq[p.Pred]?["speaker"]))));
        attribution.Add(good, fp + wrong, required - good);
    }

    public static double ParticipantsMatch(JsonNode? g, JsonNode? p)
    {
        var gp = List(g, "participants");
        var pp = List(p, "participants");
        if (gp.Count == 0 || pp.Count == 0)
        {
            return 0;
        }

        var used = new HashSet<int>();
        var matched = 0;
        foreach (var part in gp)
        {
            var names = AliasSet(part?["aliases"]);
            for (var i = 0; i < pp.Count; i++)
            {
                if (used.Contains(i))
                {
                    continue;
                }

                var q = pp[i];
                var named = names.Count > 0 && names.Contains(Norm(Str(q?["name"])));
                var country = Str(part?["country"]);
                var unnamed = names.Count == 0 && !string.IsNullOrEmpty(country) && Str(q?["country"]) == country && Norm(Str(q?["name"])).Length == 0;
                if (named || unnamed)
                {
                    used.Add(i);
                    matched++;
                    break;
                }
            }
        }

        var jaccard = (double)matched / (gp.Count + pp.Count - matched);
        return jaccard >= (2.0 / 3) - 1e-9 ? jaccard : 0;
    }

    public static void ScoreMeetings(JsonNode gold, JsonNode pred, Tally t, MeetingAccuracy accuracy)
    {
        var gm = List(gold, "meetings");
        var pm = List(pred, "meetings");
        static string Date10(JsonNode? n)
        {
            var s = Str(n) ?? string.Empty;
            return s.Length > 10 ? s[..10] : s;
        }

        var pairs = GreedyIndexed(gm, pm, (gi, pi) =>
        {
            var g = gm[gi];
            var p = pm[pi];
            var baseScore = ParticipantsMatch(g, p);
            if (baseScore == 0)
            {
                return 0;
            }

            return baseScore + (0.01 * (Str(p?["kind"]) == Str(g?["kind"]) ? 1 : 0))
                + (0.01 * (Date10(p?["date"]) == Str(g?["date"]) ? 1 : 0))
                + (0.005 * (AliasSet(g?["location"]).Contains(Norm(Str(p?["location"]))) ? 1 : 0));
        });
        var hitPred = pairs.Select(p => p.Pred).ToHashSet();
        var required = gm.Count(g => !Optional(g));
        var tp = pairs.Count(p => !Optional(gm[p.Gold]));
        t.Add(tp, pm.Count - hitPred.Count, required - tp);
        foreach (var (gi, pi) in pairs)
        {
            var g = gm[gi];
            var p = pm[pi];
            if (Optional(g))
            {
                continue;
            }

            if (Truthy(g?["location"]))
            {
                accuracy.Location.Add(AliasSet(g!["location"]).Contains(Norm(Str(p?["location"]))));
            }

            if (Truthy(g?["date"]))
            {
                accuracy.Date.Add(Date10(p?["date"]) == Str(g!["date"]));
            }

            if (Truthy(g?["status"]))
            {
                accuracy.Status.Add(Str(p?["status"]) == Str(g!["status"]));
            }

            if (Truthy(g?["kind"]))
            {
                accuracy.Kind.Add(Str(p?["kind"]) == Str(g!["kind"]));
            }
        }
    }
}

internal sealed class Tally
{
    public int Tp { get; private set; }

    public int Fp { get; private set; }

    public int Fn { get; private set; }

    public void Add(int tp, int fp, int fn)
    {
        Tp += tp;
        Fp += fp;
        Fn += fn;
    }

    public (double P, double R, double F1) Prf()
    {
        var p = Tp + Fp > 0 ? (double)Tp / (Tp + Fp) : 0;
        var r = Tp + Fn > 0 ? (double)Tp / (Tp + Fn) : 0;
        return (p, r, p + r > 0 ? 2 * p * r / (p + r) : 0);
    }
}

internal sealed class MeetingAccuracy
{
    public List<bool> Location { get; } = [];

    public List<bool> Date { get; } = [];

    public List<bool> Status { get; } = [];

    public List<bool> Kind { get; } = [];
}
