using NewsDashboard.Web.Features.Ingestion.Feeds;
using Xunit.Abstractions;

namespace NewsDashboard.Web.Tests.Features.Ingestion.Feeds;

[Collection(SourcesCollection.Name)]
public sealed class FeedParserCorpusTests(ITestOutputHelper output)
{
    [SkippableFact]
    public void FeedParser_EveryCorpusCapture_ParsesWithTitledItems()
    {
        var folder = CorpusFeeds.Folder(out var reason);
        SharedCorpus.Require(folder is not null, reason);

        var failures = new List<string>();
        int parsed = 0, items = 0, total = 0;
        foreach (var file in CorpusFeeds.Originals(folder!))
        {
            total++;
            try
            {
                var feed = FeedParser.Parse(TextDecoding.Decode(File.ReadAllBytes(file)));
                parsed++;
                items += feed.Items.Count;
                var untitled = feed.Items.Count(i => i.Title.Length == 0);
                output.WriteLine($"{Path.GetFileName(file)}\t{feed.Format}\t{feed.Items.Count} items\t{untitled} untitled\t{feed.Title}");
                if (feed.Items.Count > 0 && untitled == feed.Items.Count)
                {
                    failures.Add($"{Path.GetFileName(file)}: no item has a title");
                }
            }
            catch (FormatException ex)
            {
                failures.Add($"{Path.GetFileName(file)}: {ex.Message}");
            }
        }

        output.WriteLine($"parsed {parsed}/{total} captures, {items} items");
        Assert.Empty(failures);
    }

    public static TheoryData<string> Repaired()
    {
        var data = new TheoryData<string>();
        var folder = CorpusFeeds.Folder(out _);
        foreach (var file in folder is null ? Enumerable.Empty<string>() : Directory.EnumerateFiles(folder, "*.repaired.xml").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file));
        }

        if (data.Count == 0)
        {
            data.Add(string.Empty);
        }

        return data;
    }

    [SkippableTheory]
    [MemberData(nameof(Repaired))]
    public void TextDecoding_DoubleEncodedCapture_DecodesToTheRepairedTitles(string repairedName)
    {
        var folder = CorpusFeeds.Folder(out var reason);
        SharedCorpus.Require(folder is not null && repairedName.Length > 0, folder is null ? reason : $"no *.repaired.xml capture in {folder}");
        var original = Path.Combine(folder!, repairedName.Replace(".repaired.xml", ".xml", StringComparison.Ordinal));

        var fromOriginal = FeedParser.Parse(TextDecoding.Decode(File.ReadAllBytes(original)));
        var fromRepaired = FeedParser.Parse(TextDecoding.Decode(File.ReadAllBytes(Path.Combine(folder!, repairedName))));

        Assert.Equal(fromRepaired.Title, fromOriginal.Title);
        Assert.Equal(fromRepaired.Items.Select(i => i.Title), fromOriginal.Items.Select(i => i.Title));
    }

    [SkippableTheory]
    [InlineData("Rss20FinanzenNet.xml", "ü")]
    [InlineData("Rss20ISO88591Intranet30.xml", "ä")]
    [InlineData("Rss091Stadtfeuerwehr.xml", "ä")]
    public void TextDecoding_LatinCapture_HasTheRightLettersAndNoMojibake(string name, string letter)
    {
        var folder = CorpusFeeds.Folder(out var reason);
        SharedCorpus.Require(folder is not null, reason);

        var feed = FeedParser.Parse(TextDecoding.Decode(File.ReadAllBytes(Path.Combine(folder!, name))));
        var text = string.Join("\n", feed.Items.Select(i => i.Title + " " + i.Summary)) + feed.Title;

        Assert.Contains(letter, text, StringComparison.Ordinal);
        Assert.DoesNotContain("Ã", text, StringComparison.Ordinal);
    }
}
