using NewsDashboard.Extraction.Text;

namespace NewsDashboard.Extraction.Tagging;

/// <summary>
/// Trains <see cref="TaggerModel"/>: an averaged structured perceptron over the sentences in a fixed pseudo-random
/// order per epoch (a seeded xorshift, so the same data gives the same model byte for byte): each sentence is decoded
/// whole by Viterbi, as at run time, and where the best sequence differs from the annotation the features of the
/// annotated tags and transitions gain what those of the predicted ones lose.
/// </summary>
internal sealed class PerceptronTrainer
{
    private readonly NameTokenSet _names;
    private readonly TaggerLexicons _lexicons;

    public PerceptronTrainer(NameTokenSet names, TaggerLexicons lexicons)
    {
        _names = names;
        _lexicons = lexicons;
    }

    /// <summary>Common words: Latin and Cyrillic words seen at least three times, at least three in four of them in
    /// lower case where not first in their sentence; Arabic words (no capitals) seen at least five times, at most one
    /// in twenty of them inside a person's name.</summary>
    public static NameTokenSet CommonWords(IReadOnlyList<TrainingSentence> sentences)
    {
        var counts = new Dictionary<string, (int Lower, int All)>(StringComparer.Ordinal);
        var arabic = new Dictionary<string, (int InPerson, int All)>(StringComparer.Ordinal);
        foreach (var sentence in sentences)
        {
            for (var i = 0; i < sentence.Tokens.Count; i++)
            {
                var t = sentence.Tokens[i];
                if (t.Script == Script.Arabic)
                {
                    var inPerson = sentence.Tags[i] != NameTags.Outside && NameTags.TypeOf(sentence.Tags[i]) == NameType.Person;
                    var (person, seen) = arabic.GetValueOrDefault(t.Norm);
                    arabic[t.Norm] = (person + (inPerson ? 1 : 0), seen + 1);
                    continue;
                }

                if (i == 0 || t.Script is not (Script.Latin or Script.Cyrillic))
                {
                    continue;
                }

                var (lower, all) = counts.GetValueOrDefault(t.Norm);
                counts[t.Norm] = (lower + (t.Has(TokenFlags.Capitalized) ? 0 : 1), all + 1);
            }
        }

        var set = NameTokenSet.Empty;
        foreach (var (word, (lower, all)) in counts)
        {
            if (all >= 3 && lower * 4 >= all * 3)
            {
                set.Add(word);
            }
        }

        foreach (var (word, (person, all)) in arabic)
        {
            if (all >= 5 && person * 20 <= all)
            {
                set.Add(word);
            }
        }

        return set;
    }

    /// <summary>A sentence's static features as weight rows, -1 where absent.</summary>
    private sealed record Prepared(int[] Rows, ulong[] Words, ulong[] Shapes, int[] Tags);

    public TaggerModel Train(IReadOnlyList<TrainingSentence> sentences, int epochs, Action<string>? log = null)
    {
        var common = CommonWords(sentences);
        var features = new TaggerFeatures(_names, common, _lexicons);
        var prepared = new Prepared[sentences.Count];
        for (var s = 0; s < sentences.Count; s++)
        {
            prepared[s] = Prepare(features, sentences[s]);
        }

        var size = TaggerModel.Buckets * NameTags.Count;
        var weights = new float[size];
        var totals = new double[size];
        var order = Enumerable.Range(0, prepared.Length).ToArray();
        var random = new XorShift(0x5EED);
        long step = 1;
        for (var epoch = 0; epoch < epochs; epoch++)
        {
            random.Shuffle(order);
            long errors = 0;
            long tokens = 0;
            foreach (var index in order)
            {
                var sentence = prepared[index];
                var n = sentence.Tags.Length;
                var predicted = Viterbi(weights, sentence);
                tokens += n;
                var truthBefore = NameTags.Outside;
                var guessBefore = NameTags.Outside;
                for (var i = 0; i < n; i++)
                {
                    var truth = sentence.Tags[i];
                    if (!NameTags.Allowed(truthBefore, truth))
                    {
                        truth = NameTags.Begin(NameTags.TypeOf(truth));
                    }

                    var guess = predicted[i];
                    if (guess != truth)
                    {
                        errors++;
                        foreach (var row in sentence.Rows.AsSpan(i * TaggerFeatures.PerToken, TaggerFeatures.PerToken))
                        {
                            if (row >= 0)
                            {
                                Update(weights, totals, row, truth, 1, step);
                                Update(weights, totals, row, guess, -1, step);
                            }
                        }
                    }

                    if (guess != truth || guessBefore != truthBefore)
                    {
                        UpdateHistory(weights, totals, truthBefore, sentence, i, truth, 1, step);
                        UpdateHistory(weights, totals, guessBefore, sentence, i, guess, -1, step);
                    }

                    truthBefore = truth;
                    guessBefore = guess;
                }

                step++;
            }

            log?.Invoke($"epoch {epoch + 1}: {errors} token errors of {tokens} ({100.0 * errors / Math.Max(1, tokens):F2} %)");
        }

        // Averaged weights, then 16 bits with one scale (the decoder compares sums, so the scale cancels out).
        var averaged = new float[size];
        var max = 0f;
        for (var k = 0; k < size; k++)
        {
            averaged[k] = (float)(weights[k] - (totals[k] / step));
            max = Math.Max(max, Math.Abs(averaged[k]));
        }

        var quantised = new short[size];
        var scale = max > 0 ? 32767f / max : 0f;
        for (var k = 0; k < size; k++)
        {
            quantised[k] = (short)MathF.Round(averaged[k] * scale, MidpointRounding.ToEven);
        }

        return new TaggerModel(quantised, _names, common);
    }

    private static Prepared Prepare(TaggerFeatures extractor, TrainingSentence sentence)
    {
        var forms = new TokenForm[sentence.Tokens.Count][];
        for (var i = 0; i < forms.Length; i++)
        {
            forms[i] = TokenForms.ForText(sentence.Tokens[i]);
        }

        var features = extractor.Compute(sentence.Text, sentence.Tokens, forms, [0], out var words, out var shapes);
        var rows = new int[features.Length];
        for (var k = 0; k < features.Length; k++)
        {
            rows[k] = features[k] == 0 ? -1 : TaggerModel.Bucket(features[k]);
        }

        return new Prepared(rows, words, shapes, sentence.Tags);
    }

    /// <summary>The best valid tag sequence under the current weights, as <see cref="TaggerModel.Decode"/> finds it.</summary>
    private static int[] Viterbi(float[] weights, Prepared sentence)
    {
        const int C = NameTags.Count;
        var n = sentence.Tags.Length;
        var back = new byte[n * C];
        Span<double> before = stackalloc double[C];
        Span<double> now = stackalloc double[C];
        Span<float> emission = stackalloc float[C];
        Span<float> local = stackalloc float[C];
        Span<ulong> history = stackalloc ulong[TaggerModel.HistoryCount];
        for (var i = 0; i < n; i++)
        {
            emission.Clear();
            foreach (var row in sentence.Rows.AsSpan(i * TaggerFeatures.PerToken, TaggerFeatures.PerToken))
            {
                if (row >= 0)
                {
                    Add(weights, row, emission);
                }
            }

            now.Fill(double.NegativeInfinity);
            for (var p = 0; p < C; p++)
            {
                var from = i == 0 ? (p == NameTags.Outside ? 0 : double.NegativeInfinity) : before[p];
                if (double.IsNegativeInfinity(from))
                {
                    continue;
                }

                emission.CopyTo(local);
                TaggerModel.History(p, sentence.Words[i], sentence.Shapes[i], history);
                foreach (var h in history)
                {
                    Add(weights, TaggerModel.Bucket(h), local);
                }

                for (var c = 0; c < C; c++)
                {
                    if (NameTags.Allowed(p, c) && from + local[c] > now[c])
                    {
                        now[c] = from + local[c];
                        back[(i * C) + c] = (byte)p;
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

        var tags = new int[n];
        for (var i = n - 1; i >= 0; i--)
        {
            tags[i] = best;
            best = back[(i * C) + best];
        }

        return tags;
    }

    private static void Add(float[] weights, int row, Span<float> scores)
    {
        var offset = row * NameTags.Count;
        for (var c = 0; c < NameTags.Count; c++)
        {
            scores[c] += weights[offset + c];
        }
    }

    private static void UpdateHistory(float[] weights, double[] totals, int previous, Prepared sentence, int i, int tag, int delta, long step)
    {
        Span<ulong> history = stackalloc ulong[TaggerModel.HistoryCount];
        TaggerModel.History(previous, sentence.Words[i], sentence.Shapes[i], history);
        foreach (var h in history)
        {
            Update(weights, totals, TaggerModel.Bucket(h), tag, delta, step);
        }
    }

    private static void Update(float[] weights, double[] totals, int row, int tag, int delta, long step)
    {
        var k = (row * NameTags.Count) + tag;
        weights[k] += delta;
        totals[k] += delta * (double)step;
    }

    private struct XorShift(ulong seed)
    {
        private ulong _state = seed;

        public int Next(int bound)
        {
            _state ^= _state << 13;
            _state ^= _state >> 7;
            _state ^= _state << 17;
            return (int)(_state % (ulong)bound);
        }

        public void Shuffle(int[] items)
        {
            for (var i = items.Length - 1; i > 0; i--)
            {
                var j = Next(i + 1);
                (items[i], items[j]) = (items[j], items[i]);
            }
        }
    }
}
