namespace NewsDashboard.Web.Features.Localization;

/// <summary>
/// The interface language of a request: <c>?lang=</c> wins and is remembered in a cookie; otherwise the cookie;
/// otherwise English. The app bar's toggle reloads the page with <c>?lang=</c>, so the whole document (its
/// <c>lang</c> and <c>dir</c>) is rendered in the new language.
/// </summary>
internal static class LanguageSelection
{
    public const string Cookie = "nd-lang";
    public const string Query = "lang";

    public static string For(HttpContext? context)
    {
        if (context is null)
        {
            return UiText.English;
        }

        var requested = context.Request.Query[Query].ToString();
        return UiText.Normalize(requested.Length > 0 ? requested : context.Request.Cookies[Cookie]);
    }

    public static IServiceCollection AddUiText(this IServiceCollection services) => services.AddScoped<UiText>();

    /// <summary>Remembers a language chosen through <c>?lang=</c> for a year.</summary>
    public static IApplicationBuilder UseUiLanguage(this IApplicationBuilder app)
        => app.Use(async (context, next) =>
        {
            var requested = context.Request.Query[Query].ToString();
            if (requested.Length > 0)
            {
                context.Response.Cookies.Append(Cookie, UiText.Normalize(requested), new CookieOptions
                {
                    MaxAge = TimeSpan.FromDays(365),
                    SameSite = SameSiteMode.Lax,
                    HttpOnly = true,
                    IsEssential = true,
                });
            }

            await next(context);
        });
}
