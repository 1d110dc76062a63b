using Microsoft.Extensions.Options;
using NewsDashboard.Tests.Shared;

namespace NewsDashboard.Web.Tests.Features.Configuration;

/// <summary>Every options section is bound once and checked at start: a bad value stops the start, naming the key.</summary>
public sealed class BadOptionsStartTests
{
    [Theory]
    [InlineData("Ingest:MaxQueue", "-1")]
    [InlineData("Ingest:MaxQueue", "0")]
    [InlineData("Ingest:MaxBatchItems", "0")]
    [InlineData("Ingest:MaxBatchBytes", "10")]
    [InlineData("Ingest:MaxArticleBytes", "12")]
    [InlineData("Api:ArticlesPerMinute", "0")]
    [InlineData("Health:QueueStuckAfter", "00:00:00")]
    [InlineData("Extraction:MaxChars", "5")]
    [InlineData("ConnectionStrings:News", "Data Source=x;Bogus Keyword=1")]
    public void Start_BadValue_FailsNamingTheKey(string key, string value)
    {
        var failure = Record.Exception(() =>
        {
            using var app = new NewsApp(settings: new Dictionary<string, string?> { [key] = value });
        });

        Assert.NotNull(failure);
        var validation = Unwrap(failure).OfType<OptionsValidationException>().FirstOrDefault();
        Assert.True(validation is not null, $"expected an OptionsValidationException, got {failure}");
        Assert.Contains(validation.Failures, f => f.Contains(key, StringComparison.Ordinal));
    }

    [Fact]
    public void Start_BadMaxQueue_MessageNamesTheFullKey()
    {
        var failure = Record.Exception(() =>
        {
            using var app = new NewsApp(settings: new Dictionary<string, string?> { ["Ingest:MaxQueue"] = "-1" });
        });

        var validation = Unwrap(failure!).OfType<OptionsValidationException>().Single();
        Assert.Contains("Ingest:MaxQueue", validation.Message, StringComparison.Ordinal);
    }

    private static IEnumerable<Exception> Unwrap(Exception exception)
    {
        for (Exception? e = exception; e is not null; e = e.InnerException)
        {
            yield return e;
            if (e is AggregateException aggregate)
            {
                foreach (var inner in aggregate.InnerExceptions.SelectMany(Unwrap))
                {
                    yield return inner;
                }
            }
        }
    }
}
