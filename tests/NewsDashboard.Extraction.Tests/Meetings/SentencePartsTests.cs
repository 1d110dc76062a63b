using NewsDashboard.Extraction.Meetings;
using NewsDashboard.Extraction.Text;

namespace NewsDashboard.Extraction.Tests.Meetings;

public class SentencePartsTests
{
    private static PhraseMatch Cue(int start) => new(start, start + 1, new LexiconEntry("meeting", [string.Empty], string.Empty));

    // Clauses [0,5) [6,12) [13,20): the cue's part runs from the clause after the previous cue's clause to the clause before the next cue's.
    [Theory]
    [InlineData(new[] { 2 }, new[] { 0, 20 })]
    [InlineData(new[] { 2, 8 }, new[] { 0, 6, 6, 20 })]
    [InlineData(new[] { 2, 15 }, new[] { 0, 13, 6, 20 })]
    [InlineData(new[] { 2, 3, 15 }, new[] { 0, 13, 0, 13, 6, 20 })]
    public void Parts_CuesInClauses_EachCueGetsItsPart(int[] cues, int[] expected)
    {
        List<Clause> clauses = [new(0, 5), new(6, 12), new(13, 20)];

        var parts = SentenceMeetings.Parts(clauses, [.. cues.Select(Cue)], 0, 20);

        Assert.Equal(expected, parts.SelectMany(p => new[] { p.From, p.To }));
    }
}
