using NewsDashboard.Extraction.Entities;

namespace NewsDashboard.Extraction.Tests.Entities;

/// <summary>
/// English: "the Monti government" names a person, the head of that government, by surname; a demonym, a place or a
/// common word in that position does not. The sentences are written for these tests.
/// </summary>
public class LeadersGovernmentsTests
{
    private static EntityAnalysis Recognize(string body)
        => new EntityRecognizer().Recognize(new TextDocument(string.Empty, body), "en");

    [Theory]
    [InlineData("Spending on schools was cut sharply under the Renzi government in the last decade.", "Renzi")]
    [InlineData("Critics said the Mbeki administration had ignored the warnings for years.", "Mbeki")]
    [InlineData("The reform was drafted by the Rudd cabinet and passed in March.", "Rudd")]
    public void Recognize_SurnameBeforeAWordForGovernment_IsAPerson(string body, string surname)
    {
        var person = Assert.Single(Recognize(body).Entities, e => e.Surfaces.Contains(surname));
        Assert.Equal(EntityTypes.Person, person.Type);
    }

    [Theory]
    [InlineData("Aid was promised by the Kenyan government on Friday.", "Kenyan")]
    [InlineData("The new rules were announced by the Federal government on Friday.", "Federal")]
    [InlineData("Funding came from the Ontario government and two banks.", "Ontario")]
    public void Recognize_DemonymCommonWordOrPlaceBeforeGovernment_IsNoPerson(string body, string word)
        => Assert.DoesNotContain(Recognize(body).Entities, e => e.Type == EntityTypes.Person && e.Surfaces.Any(s => s.Contains(word, StringComparison.Ordinal)));
}
