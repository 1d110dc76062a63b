using NewsDashboard.Extraction.Entities;

namespace NewsDashboard.Extraction.Tests.Entities;

/// <summary>
/// English people: initials before a name belong to it, and a capitalised preposition or article run on after a name
/// (a caption without punctuation) does not. The sentences are written for these tests.
/// </summary>
public class EnglishPersonTests
{
    private static EntityAnalysis Recognize(string body)
        => new EntityRecognizer().Recognize(new TextDocument(string.Empty, body), "en");

    [Theory]
    [InlineData("The novel was written by the author T. Harold Wendell in a single winter.", "T. Harold Wendell")]
    [InlineData("A letter from the poet J. K. Marlowe was read aloud.", "J. K. Marlowe")]
    public void Recognize_InitialsBeforeAName_BelongToIt(string body, string name)
    {
        var analysis = Recognize(body);

        Assert.Contains(analysis.Entities, e => e.Type == EntityTypes.Person && e.Surfaces.Contains(name));
    }

    [Theory]
    [InlineData("Winners of the night\n\nMargaret Tolland In the eastern district the count went on.", "Margaret Tolland")]
    [InlineData("Photo: Robert Castellan With his family at the ceremony.", "Robert Castellan")]
    public void Recognize_CapitalisedFunctionWordAfterAName_IsNotPartOfIt(string body, string name)
    {
        var analysis = Recognize(body);

        var person = Assert.Single(analysis.Entities, e => e.Type == EntityTypes.Person);
        Assert.Equal(name, person.Name);
    }
}
