using NewsDashboard.Extraction.Text;

namespace NewsDashboard.Extraction.Tests.Text;

public class OffsetsTests
{
    [Theory]
    [InlineData(new int[0], 5, 0)]
    [InlineData(new[] { 0, 4, 9 }, 0, 0)]
    [InlineData(new[] { 0, 4, 9 }, 1, 1)]
    [InlineData(new[] { 0, 4, 9 }, 4, 1)]
    [InlineData(new[] { 0, 4, 9 }, 9, 2)]
    [InlineData(new[] { 0, 4, 9 }, 10, 3)]
    [InlineData(new[] { 2, 2, 2 }, 2, 0)]
    public void FirstAtOrAfter_SortedStarts_GivesTheLowerBound(int[] starts, int offset, int expected)
    {
        Assert.Equal(expected, Offsets.FirstAtOrAfter<int>(starts, offset, static s => s));
    }

    [Fact]
    public void WordsIndexAt_EveryOffset_IsTheFirstWordStartingThereOrLater()
    {
        var words = Words.Scan("Lavrov met al-Shaibani in Moscow.");

        for (var offset = 0; offset <= 33; offset++)
        {
            var i = Words.IndexAt(words, offset);
            Assert.True(i == words.Length || words[i].Start >= offset);
            Assert.True(i == 0 || words[i - 1].Start < offset);
        }
    }
}
