using NewsDashboard.Web.Features.Entities;

namespace NewsDashboard.Web.Tests.Features.Entities;

public sealed class MentionWindowTests
{
    [Theory]
    [InlineData("1h", "1h", 1.0)]
    [InlineData("24h", "24h", 24.0)]
    [InlineData("1d", "24h", 24.0)]
    [InlineData("7d", "7d", 168.0)]
    [InlineData("all", "all", null)]
    [InlineData("", "all", null)]
    [InlineData(null, "all", null)]
    public void TryParse_KnownWindows(string? text, string name, double? hours)
    {
        Assert.True(MentionWindow.TryParse(text, out var window));
        Assert.Equal(name, window.Name);
        Assert.Equal(hours, window.Span?.TotalHours);
    }

    [Theory]
    [InlineData("2h")]
    [InlineData("24H")]
    [InlineData("week")]
    public void TryParse_Unknown_Fails(string text) => Assert.False(MentionWindow.TryParse(text, out _));

    [Theory]
    [InlineData("1h", "1h")]
    [InlineData("7d", "7d")]
    [InlineData("all", "all")]
    [InlineData("1d", "24h")]
    [InlineData("bogus", "24h")]
    [InlineData(null, "24h")]
    public void ParseOrDefault_UnknownIsTheDefault(string? text, string name) => Assert.Equal(name, MentionWindow.ParseOrDefault(text).Name);

    [Fact]
    public void Choices_ShortestFirst_AsThePanelOffersThem()
        => Assert.Equal(["1h", "24h", "7d", "all"], MentionWindow.Choices.Select(w => w.Name));
}
