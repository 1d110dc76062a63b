using System.Diagnostics;
using NewsDashboard.Extraction;
using NewsDashboard.Web.Features.Articles;

namespace NewsDashboard.Web.Tests.Features.Articles;

/// <summary>The article page's layout: title and paragraphs cut at the marked ranges of the article's text.</summary>
[Collection(TimingCollection.Name)]
public sealed class ArticleLayoutTests
{
    [Fact]
    public void Layout_RangesInTitleAndBody_MarkedWithTheirKind()
    {
        // "Talks in Moscow" + "\n\n" + body: the body starts at 17.
        var layout = Highlighter.Layout("Talks in Moscow", "First line.\n  Lavrov met Fidan.  \n\nLast.", [new(9, 6), new(17 + 14, 6)], "entity");

        Assert.Equal("Talks in [Moscow]", Render(layout.Title));
        Assert.Equal(["First line.", "[Lavrov] met Fidan.", "Last."], layout.Paragraphs.Select(Render).ToArray());
        Assert.All(layout.Paragraphs.SelectMany(p => p).Where(s => s.Marked), s => Assert.Equal("entity", s.Kind));
    }

    [Fact]
    public void Layout_RangeOverTwoParagraphs_MarksBothParts()
    {
        var layout = Highlighter.Layout(string.Empty, "One two\nthree four", [new(4, 9)], "quote");

        Assert.Equal(["One [two]", "[three] four"], layout.Paragraphs.Select(Render).ToArray());
    }

    [Fact]
    public void Layout_RangesOutsideTheTextOrOverlapping_AreClippedAndJoined()
    {
        var layout = Highlighter.Layout("T", "abcdef", [new(-5, 2), new(3, 2), new(4, 2), new(8, 100), new(1000, 3)], "meeting");

        Assert.Equal("T", Render(layout.Title));
        Assert.Equal(["[abc]de[f]"], layout.Paragraphs.Select(Render).ToArray());
    }

    [Fact]
    public void Layout_NoRanges_SameParagraphsAsSplittingTheBody()
    {
        const string body = " a \r\n\n b\tc \n\n\n d";

        var layout = Highlighter.Layout("Title", body, [], "quote");

        Assert.Equal(body.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries), layout.Paragraphs.Select(Render).ToArray());
    }

    [Fact]
    public void Layout_MillionCharactersAndTenThousandMarks_FinishesWellUnderASecond()
    {
        var body = string.Join('\n', Enumerable.Repeat("Lavrov said the talks would go on. ", 30_000));
        var ranges = Enumerable.Range(0, 10_000).Select(i => new TextRange(3 + (i * 3 * 36), 6)).ToList(); // every third line's "Lavrov"
        Highlighter.Layout("T", body[..1_000], ranges.Take(5), "entity"); // JIT outside the timing

        var watch = Stopwatch.StartNew();
        var layout = Highlighter.Layout("T", body, ranges, "entity");

        Assert.True(watch.Elapsed < TimeSpan.FromMilliseconds(500), $"took {watch.Elapsed}");
        Assert.Equal(10_000, layout.Paragraphs.Sum(p => p.Count(s => s.Marked)));
        Assert.All(layout.Paragraphs.SelectMany(p => p).Where(s => s.Marked), s => Assert.Equal("Lavrov", s.Text));
    }

    private static string Render(IReadOnlyList<TextSegment> segments)
        => string.Concat(segments.Select(s => s.Marked ? "[" + s.Text + "]" : s.Text));
}
