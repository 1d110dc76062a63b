using System.Diagnostics;
using NewsDashboard.Web.Components.Shared;
using NewsDashboard.Web.Features.Articles;
using NewsDashboard.Web.Features.Dashboard;
using NewsDashboard.Web.Features.Names;

namespace NewsDashboard.Web.Tests.Features.Articles;

/// <summary>
/// The article page marks every quote of an article: one pass over the text whatever the number of quotes, and the
/// same marks as searching each quote on its own.
/// </summary>
[Collection(TimingCollection.Name)]
public sealed class HighlighterLinearityTests
{
    [Fact]
    public void Paragraphs_TenTimesTheQuotes_TakesAboutTenTimesAsLong()
    {
        var (small, large) = (BestOf(3, 1_500), BestOf(3, 15_000));

        // Linear is 10×; searching every quote in every paragraph is 100× (24,000 quotes took 47 s). The bound is
        // loose for a loaded 2-core machine: best of three, 25× plus a quarter second.
        Assert.True(large <= (small * 25) + TimeSpan.FromMilliseconds(250), $"1,500 quotes: {small.TotalMilliseconds:F0} ms, 15,000: {large.TotalMilliseconds:F0} ms");
    }

    [Fact]
    public void Paragraphs_ManyQuotes_MarksEveryQuoteOnce()
    {
        var (body, quotes) = Article(2_000);

        var paragraphs = Highlighter.Paragraphs(body, quotes);

        Assert.Equal(2_000, paragraphs.Count);
        Assert.All(paragraphs, p => Assert.Single(p, s => s.Marked));
        Assert.Equal(quotes[1_234], paragraphs[1_234].Single(s => s.Marked).Text);
    }

    [Fact]
    public void Paragraphs_RandomTextAndNeedles_MarksWhatSearchingEachNeedleMarks()
    {
        var random = new Random(15);
        string[] words = ["Lavrov", "Lavrovs", "said", "\"", "«", "»", " ", " ", "\n", "\n\n", ".", "ab", "a", "b", "aba", "لافروف", "قال"];
        for (var round = 0; round < 300; round++)
        {
            var text = string.Concat(Enumerable.Range(0, random.Next(0, 60)).Select(_ => words[random.Next(words.Length)]));
            var needles = Enumerable.Range(0, random.Next(0, 6))
                .Select(_ => string.Concat(Enumerable.Range(0, random.Next(1, 4)).Select(_ => words[random.Next(words.Length)])))
                .Append(text.Length > 4 ? text.Substring(random.Next(text.Length / 2), 3) : null)
                .ToList();

            var expected = Reference.Paragraphs(text, needles);
            var actual = Highlighter.Paragraphs(text, needles);

            Assert.Equal(Render(expected), Render(actual));
        }
    }

    [Fact]
    public void Split_NeedleRepeatedPastTheCap_MarksTheFirst200()
    {
        var text = string.Join(' ', Enumerable.Repeat("Lavrov", 250));

        var segments = Highlighter.Split(text, ["Lavrov"]);

        Assert.Equal(200, segments.Count(s => s.Marked));
        Assert.Equal(text, string.Concat(segments.Select(s => s.Text)));
    }

    private static (string Body, List<string?> Quotes) Article(int quotes)
    {
        var lines = Enumerable.Range(0, quotes).Select(i => $"\"We will talk about item {i} of the agenda,\" Lavrov said.").ToList();
        return (string.Join("\n\n", lines), lines.Select(l => (string?)l[1..l.IndexOf(',', StringComparison.Ordinal)]).ToList());
    }

    private static TimeSpan BestOf(int rounds, int quotes)
    {
        var (body, needles) = Article(quotes);
        Highlighter.Paragraphs(body[..Math.Min(body.Length, 2_000)], needles.Take(20).ToList()); // JIT outside the timing
        var best = TimeSpan.MaxValue;
        for (var r = 0; r < rounds; r++)
        {
            var watch = Stopwatch.StartNew();
            Highlighter.Paragraphs(body, needles);
            best = watch.Elapsed < best ? watch.Elapsed : best;
        }

        return best;
    }

    private static string Render(IReadOnlyList<IReadOnlyList<TextSegment>> paragraphs)
        => string.Join("¶", paragraphs.Select(p => string.Concat(p.Select(s => s.Marked ? "[" + s.Text + "]" : s.Text))));

    /// <summary>The earlier highlighter, one search per needle and paragraph: the marks it made are the specification.</summary>
    private static class Reference
    {
        public static List<List<TextSegment>> Paragraphs(string text, IReadOnlyCollection<string?> needles)
            => text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(p => Split(p, needles)).ToList();

        private static List<TextSegment> Split(string text, IEnumerable<string?> needles)
        {
            var marked = new bool[text.Length];
            foreach (var needle in needles.Select(n => n?.Trim()).Where(n => n is { Length: >= 2 }).Distinct(StringComparer.Ordinal))
            {
                var hits = 0;
                for (var at = text.IndexOf(needle!, StringComparison.Ordinal); at >= 0 && hits < 200;
                     at = text.IndexOf(needle!, at + needle!.Length, StringComparison.Ordinal))
                {
                    if (IsBoundary(text, at - 1) && IsBoundary(text, at + needle!.Length))
                    {
                        Array.Fill(marked, true, at, needle!.Length);
                        hits++;
                    }
                }
            }

            var segments = new List<TextSegment>();
            var start = 0;
            for (var i = 1; i <= text.Length; i++)
            {
                if (i == text.Length || marked[i] != marked[start])
                {
                    segments.Add(new TextSegment(text[start..i], marked[start]));
                    start = i;
                }
            }

            return segments;
        }

        private static bool IsBoundary(string text, int index) => index < 0 || index >= text.Length || !char.IsLetterOrDigit(text[index]);
    }
}
