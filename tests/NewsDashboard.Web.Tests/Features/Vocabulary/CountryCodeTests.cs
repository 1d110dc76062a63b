using NewsDashboard.Web.Features.Vocabulary;

namespace NewsDashboard.Web.Tests.Features.Vocabulary;

public sealed class CountryCodeTests
{
    [Theory]
    [InlineData("SY", "SY")]
    [InlineData("sy", "SY")]
    [InlineData("rU", "RU")]
    [InlineData(" de ", "DE")]
    [InlineData("SYR", null)]
    [InlineData("S", null)]
    [InlineData("", null)]
    [InlineData(null, null)]
    [InlineData("S1", null)]
    [InlineData("../", null)]
    [InlineData("ÉS", null)]
    public void Parse_TwoAsciiLetters_UpperCase(string? text, string? expected)
        => Assert.Equal(expected, CountryCode.Parse(text)?.Value);

    [Theory]
    [InlineData("SY", true)]
    [InlineData("sy", false)]
    [InlineData("SYR", false)]
    [InlineData(null, false)]
    public void IsCanonical_OnlyUpperCaseCodes(string? text, bool expected) => Assert.Equal(expected, CountryCode.IsCanonical(text));

    [Fact]
    public void Valid_DropsBadValues_KeepsOrder_EachOnce()
        => Assert.Equal(["SY", "RU", "DE"], CountryCode.Valid(["sy", "RU", "xyz", null, " ", "Sy", "de"]));

    [Fact]
    public void ForLookup_KeepsNonCodesSoTheyMatchNothing()
        => Assert.Equal(["SY", "XYZ"], CountryCode.ForLookup(["sy", " xyz ", "", null, "SY"]));

    [Fact]
    public void Nothing_IsAnEmptyList()
    {
        Assert.Empty(CountryCode.Valid(null));
        Assert.Empty(CountryCode.ForLookup(null));
    }
}
