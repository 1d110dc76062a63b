namespace NewsDashboard.Web.Features.Store;

/// <summary>What <c>limit=</c> means on a read: the rows given when none is asked, and the most given whatever is asked.</summary>
internal sealed record QueryLimit(int Default, int Max)
{
    /// <summary>The asked limit, or the default, kept between 1 and <see cref="Max"/>.</summary>
    public int Clamp(int? requested) => Math.Clamp(requested ?? Default, 1, Max);
}

/// <summary>
/// Every read endpoint's <c>limit=</c> in one place. Two kinds, each with one reason: lists a client pages through
/// (articles with <c>after=</c>, quotes, meetings) give at most 500 rows; rankings and search, answered from counts
/// or the full-text index and read by a person, give fewer (entities 200, search 100 per kind) and default to 20,
/// the length of a ranked panel. The defaults of the lists are what one screen shows (50 articles or quotes; 100
/// meetings, the timeline's span). These are the API's contract, not deployment settings, so they are not options.
/// </summary>
internal static class QueryLimits
{
    public static readonly QueryLimit Articles = new(50, 500);
    public static readonly QueryLimit Quotes = new(50, 500);
    public static readonly QueryLimit Meetings = new(100, 500);
    public static readonly QueryLimit Entities = new(20, 200);
    public static readonly QueryLimit Search = new(20, 100);
}
