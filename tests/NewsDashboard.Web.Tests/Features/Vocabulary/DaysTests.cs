using NewsDashboard.Web.Features.Vocabulary;

namespace NewsDashboard.Web.Tests.Features.Vocabulary;

public sealed class DaysTests
{
    [Theory]
    [InlineData("2025-07-31", "2025-07-31")]
    [InlineData("2025-02-29", null)]
    [InlineData("2024-02-29", "2024-02-29")]
    [InlineData("31.07.2025", null)]
    [InlineData("2025-7-31", null)]
    [InlineData("2025-07-31T10:00:00Z", null)]
    [InlineData("", null)]
    [InlineData(null, null)]
    public void Parse_OnlyIsoDays(string? text, string? expected)
        => Assert.Equal(expected, Days.ToText(Days.Parse(text)));
}
