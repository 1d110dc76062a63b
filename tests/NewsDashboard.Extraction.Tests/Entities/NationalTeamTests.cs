using NewsDashboard.Extraction.Entities;

namespace NewsDashboard.Extraction.Tests.Entities;

/// <summary>
/// English match reports: a country named as a side of a score is its national team, an organisation, in every mention
/// of the article; elsewhere a country stays a country. The sentences are written for these tests.
/// </summary>
public class NationalTeamTests
{
    private static EntityAnalysis Recognize(string body)
        => new EntityRecognizer().Recognize(new TextDocument(string.Empty, body), "en");

    [Theory]
    [InlineData("Norway defeated Portugal 2 – 1 in the opening match. Norway had more of the ball.", "Norway", "Portugal")]
    [InlineData("Group B — Chile 3 – 0 Japan\n\nChile scored twice before the break.", "Chile", "Japan")]
    [InlineData("Egypt lost 0 – 2 to Ghana on Tuesday night, and Egypt now needs a win.", "Egypt", "Ghana")]
    public void Recognize_CountryAsASideOfAScore_IsItsTeam(string body, string first, string second)
    {
        var analysis = Recognize(body);

        foreach (var side in new[] { first, second })
        {
            var team = Assert.Single(analysis.Entities, e => e.Surfaces.Contains(side));
            Assert.Equal(EntityTypes.Organization, team.Type);
        }
    }

    [Theory]
    [InlineData("Norway and Portugal signed a fishing deal on Monday.", "Norway")]
    [InlineData("The council voted 9 – 4 to send aid to Chile and Japan.", "Chile")]
    [InlineData("Talks between Egypt and Ghana ran from 2017-2018 without a result.", "Egypt")]
    public void Recognize_CountryOutsideAMatchReport_StaysACountry(string body, string country)
    {
        var analysis = Recognize(body);

        var entity = Assert.Single(analysis.Entities, e => e.Surfaces.Contains(country));
        Assert.Equal(EntityTypes.Country, entity.Type);
    }
    [Fact]
    public void Recognize_OneSideUnderSeveralNames_IsOneTeam()
    {
        var analysis = Recognize("South Korea lost 0 – 1 to Norway. Group F — Norway 1 – 0 Korea Republic\n\nKorea pressed late but could not score.");

        var team = Assert.Single(analysis.Entities, e => e.Surfaces.Contains("South Korea"));
        Assert.Equal(EntityTypes.Organization, team.Type);
        Assert.Contains("Korea Republic", team.Surfaces);
        Assert.Contains("Korea", team.Surfaces);
    }
}
