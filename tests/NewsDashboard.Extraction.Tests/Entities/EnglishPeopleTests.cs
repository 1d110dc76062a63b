using NewsDashboard.Extraction.Entities;

namespace NewsDashboard.Extraction.Tests.Entities;

/// <summary>
/// English people named without a title in real news (issue 13, session 7): short family names, given names inside a
/// longer name. The sentences are written for these tests.
/// </summary>
public class EnglishPeopleTests
{
    private static EntityAnalysis Recognize(string body)
        => new EntityRecognizer().Recognize(new TextDocument(string.Empty, body), "en");

    [Theory]
    [InlineData("The veteran councillor Claudia Mo of the Civic Party kept her seat.", "Claudia Mo", "Claudia")]
    [InlineData("Local councillor Wilson Or was elected with the most votes.", "Wilson Or", "Wilson")]
    [InlineData("The harbour board named Teresa Ng as its new chair.", "Teresa Ng", "Teresa")]
    public void Recognize_ShortFamilyNameAfterAGivenName_IsPartOfTheName(string body, string name, string given)
    {
        var analysis = Recognize(body);

        var person = Assert.Single(analysis.Entities, e => e.Type == EntityTypes.Person);
        Assert.Contains(name, person.Surfaces);
        Assert.DoesNotContain(analysis.Entities, e => e.Name == given);
    }

    [Theory]
    [InlineData("In the second half the goalkeeper Farouk Ben Mustapha was replaced.", "Farouk Ben Mustapha")]
    [InlineData("The striker Karim Ben Salah scored twice on Sunday.", "Karim Ben Salah")]
    public void Recognize_GivenNameInsideALongerName_StartsNoNameOfItsOwn(string body, string name)
    {
        var analysis = Recognize(body);

        var person = Assert.Single(analysis.Entities, e => e.Type == EntityTypes.Person);
        Assert.Contains(name, person.Surfaces);
    }
    [Theory]
    [InlineData("The district councillor Tsang Siu-wai of the Harbour Party was re-elected.", "Tsang Siu-wai")]
    [InlineData("Votes for Poon Ka-lun rose sharply in the new district.", "Poon Ka-lun")]
    [InlineData("Pan-democracy camp councillor Wu Chi-hang of the Harbour Party was elected.", "Wu Chi-hang")]
    [InlineData("The other seats went to Hui Ka-fung from the Harbour Party and two newcomers.", "Hui Ka-fung")]
    [InlineData("In the east, Mak Wai-fung won with a small margin.", "Mak Wai-fung")]
    [InlineData("Lo Kin-hei from the Harbour Party lost his seat.", "Lo Kin-hei")]
    [InlineData("The veteran Leung Siu-cheung of the Harbour Party was defeated.", "Leung Siu-cheung")]
    public void Recognize_FamilyNameThenHyphenatedGivenName_IsAPerson(string body, string name)
    {
        var analysis = Recognize(body);

        var person = Assert.Single(analysis.Entities, e => e.Surfaces.Contains(name));
        Assert.Equal(EntityTypes.Person, person.Type);
    }

    [Theory]
    [InlineData("A New York-based charity sent food to the camp.", "York-based")]
    [InlineData("The Kremlin-backed party and a Moscow-born artist won seats.", "Moscow-born")]
    public void Recognize_CompoundAdjectiveAfterAName_IsNoPerson(string body, string phrase)
    {
        var analysis = Recognize(body);

        Assert.DoesNotContain(analysis.Entities, e => e.Type == EntityTypes.Person);
        Assert.DoesNotContain(analysis.Entities, e => e.Surfaces.Any(s => s.Contains(phrase)));
    }
    [Fact]
    public void Recognize_FamilyNameFirstNamesWithAlikeGivenNames_AreTwoPeople()
    {
        var analysis = Recognize("Councillor Leung Kwok-hung of the Harbour Party kept his seat. Later, Wong Kwok-hing of the Harbour Party conceded defeat.");

        Assert.Contains(analysis.Entities, e => e.Type == EntityTypes.Person && e.Surfaces.Contains("Leung Kwok-hung"));
        Assert.Contains(analysis.Entities, e => e.Type == EntityTypes.Person && e.Surfaces.Contains("Wong Kwok-hing") && !e.Surfaces.Contains("Leung Kwok-hung"));
    }
}
