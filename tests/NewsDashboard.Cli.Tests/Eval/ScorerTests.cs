using System.Text.Json.Nodes;
using NewsDashboard.Cli.Eval;

namespace NewsDashboard.Cli.Tests.Eval;

/// <summary>
/// The C# scorer against the contract's score.py on a fixture written for this test (Eval/Fixture): the expected
/// figures below are what <c>score.py --gold Fixture --pred Fixture/pred.jsonl --json</c> printed.
/// </summary>
public class ScorerTests
{
    private static EvalCommand.Summary ScoreFixture()
    {
        var dir = Path.Combine(AppContext.BaseDirectory, "Eval", "Fixture");
        var preds = File.ReadAllLines(Path.Combine(dir, "pred.jsonl"))
            .Where(l => l.Trim().Length > 0)
            .Select(l => JsonNode.Parse(l)!)
            .ToDictionary(p => Scorer.Str(p["file"])!, StringComparer.Ordinal);
        var summary = new EvalCommand.Summary();
        foreach (var goldFile in Directory.GetFiles(dir, "*.gold.json").Order(StringComparer.Ordinal))
        {
            var gold = JsonNode.Parse(File.ReadAllText(goldFile))!;
            summary.Add(gold, preds.GetValueOrDefault(Scorer.Str(gold["file"])!) ?? new JsonObject());
        }

        return summary;
    }

    [Theory]
    [InlineData("entity", 5, 2, 3)]
    [InlineData("quote", 3, 1, 0)]
    [InlineData("attribution", 2, 2, 1)]
    [InlineData("meeting", 1, 1, 1)]
    public void Summary_Fixture_TalliesAsScorePy(string key, int tp, int fp, int fn)
    {
        var tally = ScoreFixture().Tally(key);

        Assert.Equal((tp, fp, fn), (tally.Tp, tally.Fp, tally.Fn));
    }

    [Fact]
    public void Summary_Fixture_MentionAndMeetingFiguresAsScorePy()
    {
        var summary = ScoreFixture();

        Assert.Equal(0.4, summary.MentionMeanAbsoluteError!.Value, 3);
        Assert.Equal(new Dictionary<string, double> { ["country"] = 1.0, ["organization"] = 1.0, ["person"] = 0.0 }, summary.MentionExactByType);
        Assert.Equal([true], summary.Meetings.Location);
        Assert.Equal([true], summary.Meetings.Date);
        Assert.Equal([true], summary.Meetings.Status);
        Assert.Equal([true], summary.Meetings.Kind);
    }

    [Theory]
    [InlineData("  وزيرُ الخارجيّة، «الروسيّ» ", "وزير الخارجيه الروسي")]
    [InlineData("Élodie MARTIN", "elodie martin")]
    [InlineData("“We will not give up — ever”", "we will not give up ever")]
    [InlineData("Straße", "strasse")]
    public void Norm_Text_MatchesScorePyNormalisation(string text, string expected)
    {
        Assert.Equal(expected, Scorer.Norm(text));
    }

    [Fact]
    public async Task Eval_MissingGoldDirectory_ExitsNonZero()
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();

        var code = await EvalCommand.RunAsync(["--gold", Path.Combine(Path.GetTempPath(), "no-such-gold-dir-" + Guid.NewGuid())], stdout, stderr);

        Assert.Equal(2, code);
    }
}
