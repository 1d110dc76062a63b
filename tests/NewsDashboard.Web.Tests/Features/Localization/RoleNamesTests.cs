using NewsDashboard.Web.Components.Shared;
using NewsDashboard.Web.Features.Articles;
using NewsDashboard.Web.Features.Dashboard;
using NewsDashboard.Web.Features.Names;
using NewsDashboard.Web.Features.Localization;

namespace NewsDashboard.Web.Tests.Features.Localization;

public sealed class RoleNamesTests
{
    [Theory]
    [InlineData("ar", "Minister of Foreign Affairs", "وزير الخارجية")]
    [InlineData("ar", "Ambassador", "السفير")]
    [InlineData("ar", "Permanent Representative", "المندوب الدائم")]
    [InlineData("en", "Minister of Foreign Affairs", "Minister of Foreign Affairs")]
    [InlineData("ar", "Chief Negotiator", "Chief Negotiator")]
    [InlineData("ar", null, "")]
    public void Role_InterfaceLanguage_TranslatedWhenKnownElseAsExtracted(string language, string? role, string expected)
        => Assert.Equal(expected, UiText.For(language).Role(role));
}
