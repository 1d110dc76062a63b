using System.Diagnostics;
using NewsDashboard.Web.Components.Shared;
using NewsDashboard.Web.Features.Articles;
using NewsDashboard.Web.Features.Dashboard;
using NewsDashboard.Web.Features.Names;

namespace NewsDashboard.Load;

/// <summary>
/// The article page's highlighting grown 10×: an article of N quoted paragraphs with all N quotes marked, then 10 N.
/// Linear is 10× the time; the earlier per-quote search was 100× (24,000 quotes took 47 s). Exit code 1 past 12×.
/// The Web tests assert the same growth loosely (HighlighterLinearityTests).
/// </summary>
internal static class HighlightLinearity
{
    public static int Run(string[] args)
    {
        var quotes = args is ["--quotes", var n, ..] ? int.Parse(n, System.Globalization.CultureInfo.InvariantCulture) : 2_400;
        Time(100); // JIT outside the timing
        var small = Time(quotes);
        var large = Time(quotes * 10);
        var ratio = large.TotalMilliseconds / Math.Max(small.TotalMilliseconds, 1);
        Console.WriteLine($"{quotes} quotes: {small.TotalMilliseconds:F1} ms, {quotes * 10}: {large.TotalMilliseconds:F1} ms, ratio {ratio:F1}×");
        return ratio <= 12 ? 0 : 1;
    }

    private static TimeSpan Time(int quotes)
    {
        var lines = Enumerable.Range(0, quotes).Select(i => $"\"We will talk about item {i} of the agenda,\" Lavrov said.").ToList();
        var body = string.Join("\n\n", lines);
        var needles = lines.Select(l => (string?)l[1..l.IndexOf(',', StringComparison.Ordinal)]).ToList();
        var best = TimeSpan.MaxValue;
        for (var round = 0; round < 3; round++)
        {
            var watch = Stopwatch.StartNew();
            Highlighter.Paragraphs(body, needles);
            best = watch.Elapsed < best ? watch.Elapsed : best;
        }

        return best;
    }
}
