using NewsDashboard.Web.Components.Shared;
using NewsDashboard.Web.Features.Articles;
using NewsDashboard.Web.Features.Dashboard;
using NewsDashboard.Web.Features.Names;
using NewsDashboard.Web.Features.Localization;

namespace NewsDashboard.Web.Tests.Features.Articles;

public sealed class HighlighterTests
{
    [Theory]
    [InlineData("Iran and Iraq met.", "Iran", "[Iran] and Iraq met.")]
    [InlineData("Iranian officials met.", "Iran", "Iranian officials met.")]
    [InlineData("He said it. Then he left.", "He said it.", "[He said it.] Then he left.")]
    [InlineData("a <b>tag</b> here", "<b>tag</b>", "a [<b>tag</b>] here")]
    [InlineData("قال لافروف إن الحوار مستمر", "لافروف", "قال [لافروف] إن الحوار مستمر")]
    [InlineData("nothing to mark", "absent", "nothing to mark")]
    [InlineData("x", "x", "x")]
    public void Split_Needle_MarksWholeWordMatchesOnly(string text, string needle, string expected)
        => Assert.Equal(expected, Render(Highlighter.Split(text, [needle])));

    [Fact]
    public void Split_OverlappingNeedles_MergeIntoOneMark()
        => Assert.Equal("[Sergey Lavrov said] so", Render(Highlighter.Split("Sergey Lavrov said so", ["Sergey Lavrov", "Lavrov said"])));

    [Fact]
    public void Split_HugeRepetitiveText_FinishesQuickly()
    {
        var text = string.Concat(Enumerable.Repeat("\"Lavrov\" ", 120_000));
        var watch = System.Diagnostics.Stopwatch.StartNew();

        var segments = Highlighter.Split(text, ["Lavrov", "\"", "Lavrov\" \"Lavrov"]);

        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(1), $"took {watch.Elapsed}");
        Assert.Equal(text, string.Concat(segments.Select(s => s.Text)));
    }

    private static string Render(IReadOnlyList<TextSegment> segments)
        => string.Concat(segments.Select(s => s.Marked ? "[" + s.Text + "]" : s.Text));
}
