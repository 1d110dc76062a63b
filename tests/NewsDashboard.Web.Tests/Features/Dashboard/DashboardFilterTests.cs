using NewsDashboard.Web.Components.Shared;
using NewsDashboard.Web.Features.Articles;
using NewsDashboard.Web.Features.Dashboard;
using NewsDashboard.Web.Features.Names;
using NewsDashboard.Web.Features.Localization;

namespace NewsDashboard.Web.Tests.Features.Dashboard;

public sealed class DashboardFilterTests
{
    [Theory]
    [InlineData(new[] { "sy", "RU", "SY" }, "all", "2025-07-01", "2025-07-31", "SY,RU", true, "2025-07-01", "2025-07-31")]
    [InlineData(new[] { "Syria", "R", "" }, "any", "07/01/2025", null, "", false, null, null)]
    [InlineData(new string[0], null, null, "2025-02-30", "", false, null, null)]
    public void Parse_QueryValues_KeepsValidOnes(string[] countries, string? match, string? from, string? to, string codes, bool all, string? fromOut, string? toOut)
    {
        var filter = DashboardFilter.Parse(countries, match, from, to);

        Assert.Equal(codes, string.Join(',', filter.Countries));
        Assert.Equal(all, filter.MatchAll);
        Assert.Equal(fromOut, DashboardFilter.Format(filter.From));
        Assert.Equal(toOut, DashboardFilter.Format(filter.To));
    }

    [Theory]
    [InlineData(new[] { "XX", "SY", "zz" }, "SY", "XX,zz")]
    [InlineData(new[] { "QQ", "Syria", "sy" }, "SY", "QQ,Syria")]
    [InlineData(new[] { "EG", "TR" }, "EG,TR", "")]
    public void Parse_CountryCodeNoCountryHas_IsDroppedAndReported(string[] countries, string kept, string unknown)
    {
        Assert.Equal(kept, string.Join(',', DashboardFilter.Parse(countries, null, null, null).Countries));
        Assert.Equal(unknown, string.Join(',', DashboardFilter.UnknownCountries(countries)));
    }

    [Fact]
    public void Toggle_CountryTwice_AddsThenRemoves()
    {
        var filter = DashboardFilter.None.Toggle("sy").Toggle("RU");
        Assert.Equal(["SY", "RU"], filter.Countries);
        Assert.Equal(["RU"], filter.Toggle("SY").Countries);
    }

    [Fact]
    public void ToQuery_MatchAllWithOneCountry_LeavesMatchOutOfTheUrl()
    {
        var query = new DashboardFilter(["SY"], true, null, null).ToQuery();
        Assert.Null(query["match"]);
        Assert.Equal(new[] { "SY" }, query["country"]);
    }
}
