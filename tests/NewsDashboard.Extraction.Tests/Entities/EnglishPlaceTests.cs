using NewsDashboard.Extraction.Entities;

namespace NewsDashboard.Extraction.Tests.Entities;

/// <summary>
/// English places: a place qualified by its region or country after a comma ("Boise, Idaho") is also written as that
/// whole phrase, while a list of places stays a list. The sentences are written for these tests.
/// </summary>
public class EnglishPlaceTests
{
    private static EntityAnalysis Recognize(string body)
        => new EntityRecognizer().Recognize(new TextDocument(string.Empty, body), "en");

    [Theory]
    [InlineData("The museum opened a new wing in Boise, Idaho on Tuesday.", "Boise", "Boise, Idaho")]
    [InlineData("Flooding closed the bridge near Lyon, France after a week of rain.", "Lyon", "Lyon, France")]
    [InlineData("Volunteers from Toronto, Ontario arrived with supplies.", "Toronto", "Toronto, Ontario")]
    public void Recognize_PlaceQualifiedAfterAComma_HasTheWholePhraseAsASurface(string body, string place, string phrase)
    {
        var analysis = Recognize(body);

        var entity = Assert.Single(analysis.Entities, e => e.Surfaces.Contains(place));
        Assert.Contains(phrase, entity.Surfaces);
    }

    [Theory]
    [InlineData("The tour visits Paris, London and Berlin in June.", "Paris, London")]
    [InlineData("Delegates from Lyon, Madrid, Rome and Vienna signed the letter.", "Lyon, Madrid")]
    public void Recognize_ListOfPlaces_GivesNoQualifiedSurface(string body, string phrase)
    {
        var analysis = Recognize(body);

        Assert.DoesNotContain(analysis.Entities, e => e.Surfaces.Contains(phrase));
    }

    [Theory]
    [InlineData("Researchers at the Ohio Institute of Marine Technology published the data.", "Ohio Institute of Marine Technology", EntityTypes.Organization)]
    [InlineData("The Northern Centre for Soil Research warned of drought.", "Northern Centre for Soil Research", EntityTypes.Organization)]
    [InlineData("A spokesman for the Coastal Ministry of Fisheries declined to comment.", "Coastal Ministry of Fisheries", EntityTypes.Organization)]
    public void Recognize_HeadWithAnOfOrForComplement_IsOneName(string body, string name, string type)
    {
        var analysis = Recognize(body);

        var entity = Assert.Single(analysis.Entities, e => e.Surfaces.Contains(name));
        Assert.Equal(type, entity.Type);
    }

    [Theory]
    [InlineData("The Harbourside Maritime Museum reopened on Friday. Visitors queued outside the Museum for hours.", "Museum")]
    [InlineData("Fans filled the Riverside Arena on Saturday night. The Arena holds twenty thousand people.", "Arena")]
    public void Recognize_FacilityWordAlone_IsNoNameOfItsOwn(string body, string word)
    {
        var analysis = Recognize(body);

        Assert.DoesNotContain(analysis.Entities, e => e.Name == word);
    }

    [Theory]
    [InlineData("The pro-Beijing camp kept its majority in the council.", "Beijing")]
    [InlineData("Thousands joined the anti-Kremlin march on Sunday.", "Kremlin")]
    public void Recognize_PlaceInsideAStanceAdjective_IsNoMention(string body, string place)
    {
        var analysis = Recognize(body);

        Assert.DoesNotContain(analysis.Entities, e => e.Surfaces.Contains(place));
    }

    [Fact]
    public void Recognize_DemonymInsideAStanceAdjective_StillCountsForTheCountry()
    {
        var analysis = Recognize("The pro-Russian party lost two seats.");

        Assert.Contains(analysis.Entities, e => e.Id == "country/ru");
    }

    [Theory]
    [InlineData("The story first ran in the Sydney Evening Herald on Monday.", "Sydney Evening Herald", "Sydney")]
    [InlineData("The fair moved to the Greater Toronto Exhibition Centre this year.", "Greater Toronto Exhibition Centre", "Toronto")]
    public void Recognize_CityOpeningAnOrganisationName_IsPartOfIt(string body, string name, string city)
    {
        var analysis = Recognize(body);

        Assert.Contains(analysis.Entities, e => e.Surfaces.Contains(name));
        Assert.DoesNotContain(analysis.Entities, e => e.Surfaces.Contains(city));
    }

    [Theory]
    [InlineData("Commuters crowded onto the platform at Sun Yat Wen Memorial Hall Station on Friday.", "Sun Yat Wen Memorial Hall Station")]
    [InlineData("Pilgrims crossed the Jamarat Bridge before noon.", "Jamarat Bridge")]
    public void Recognize_NameEndingOnAFacilityWord_IsOnePlace(string body, string name)
    {
        var analysis = Recognize(body);

        var place = Assert.Single(analysis.Entities, e => e.Surfaces.Contains(name));
        Assert.Equal(EntityTypes.Place, place.Type);
    }

    [Fact]
    public void Recognize_PlaceHeldByAPlaceInThePossessive_HasTheWholePhraseAsASurface()
    {
        var analysis = Recognize("Crowds gathered outside Cairo's Grand Station Museum on Friday.");

        var museum = Assert.Single(analysis.Entities, e => e.Surfaces.Contains("Grand Station Museum"));
        Assert.Contains("Cairo's Grand Station Museum", museum.Surfaces);
        Assert.Contains(analysis.Entities, e => e.Surfaces.Contains("Cairo") && e.Id != museum.Id);
    }
    [Theory]
    [InlineData("Inspectors from the U.S. Bureau of Coastal Fisheries visited the harbour.", "U.S. Bureau of Coastal Fisheries", "country/us")]
    [InlineData("A ship of the United States Navy docked at the pier on Monday.", "United States Navy", "country/us")]
    [InlineData("The Canada Board of Grain Trade published its forecast.", "Canada Board of Grain Trade", "country/ca")]
    public void Recognize_CountryOpeningAnOrganisationName_IsPartOfItAndStillItsOwnMention(string body, string name, string country)
    {
        var analysis = Recognize(body);

        var organization = Assert.Single(analysis.Entities, e => e.Surfaces.Contains(name));
        Assert.Equal(EntityTypes.Organization, organization.Type);
        Assert.Contains(analysis.Entities, e => e.Id == country);
    }

    [Theory]
    [InlineData("Air crews of the U.S. Coast Guard flew over the reef.", "U.S. Coast Guard", "country/us")]
    [InlineData("The column appeared in the Halifax Daily Star last week.", "Halifax Daily Star", null)]
    public void Recognize_TaggedOrganisationHoldingAPlaceAtItsEdge_IsOneName(string body, string name, string? country)
    {
        var analysis = Recognize(body);

        var organization = Assert.Single(analysis.Entities, e => e.Surfaces.Contains(name));
        Assert.Equal(EntityTypes.Organization, organization.Type);
        if (country is not null)
        {
            Assert.Contains(analysis.Entities, e => e.Id == country);
        }
        else
        {
            Assert.DoesNotContain(analysis.Entities, e => e.Type == EntityTypes.Place);
        }
    }
    [Theory]
    [InlineData("He told the Toronto Star on Friday that the talks had failed.", "Toronto Star", "Toronto")]
    [InlineData("An editor at the Saudi Gazette said the crane had been inspected.", "Saudi Gazette", null)]
    [InlineData("The Boston Globe first reported the sale.", "Boston Globe", "Boston")]
    public void Recognize_NewspaperWordAfterAPlace_EndsANewspapersName(string body, string name, string? place)
    {
        var analysis = Recognize(body);

        var paper = Assert.Single(analysis.Entities, e => e.Surfaces.Contains(name));
        Assert.Equal(EntityTypes.Organization, paper.Type);
        if (place is not null)
        {
            Assert.DoesNotContain(analysis.Entities, e => e.Surfaces.Contains(place));
        }
    }

    [Theory]
    [InlineData("The Rising Sun restaurant closed early on Monday.", "Rising Sun")]
    [InlineData("She won the Golden Globe for her role.", "Golden Globe")]
    public void Recognize_NewspaperWordAfterAnotherWord_IsNoNewspaper(string body, string phrase)
    {
        var analysis = Recognize(body);

        Assert.DoesNotContain(analysis.Entities, e => e.Type == EntityTypes.Organization && e.Surfaces.Contains(phrase));
    }
    [Theory]
    [InlineData("The final was played at the Marseille Velodrome Stadium on Sunday night.", "Marseille Velodrome Stadium", "Marseille")]
    [InlineData("Fans gathered outside the Kazan Riverside Arena before the match.", "Kazan Riverside Arena", "Kazan")]
    public void Recognize_FacilityNamedWithItsCity_IsOnePlaceAndTheCityStaysAMention(string body, string name, string city)
    {
        var analysis = Recognize(body);

        var facility = Assert.Single(analysis.Entities, e => e.Surfaces.Contains(name));
        Assert.Equal(EntityTypes.Place, facility.Type);
        Assert.Contains(analysis.Entities, e => e.Surfaces.Contains(city) && e.Id != facility.Id);
    }

    [Theory]
    [InlineData("The teams met at the Grand Velodrome Stadium in Marseille on Sunday.", "Grand Velodrome Stadium", "Grand Velodrome Stadium in Marseille")]
    [InlineData("A water main broke on Maple Leaf Road in Kanata, Ontario on Monday.", "Maple Leaf Road", "Maple Leaf Road in Kanata, Ontario")]
    public void Recognize_PlaceLocatedByInAndItsTown_HasTheWholePhraseAsASurface(string body, string name, string phrase)
    {
        var analysis = Recognize(body);

        var place = Assert.Single(analysis.Entities, e => e.Surfaces.Contains(name));
        Assert.Contains(phrase, place.Surfaces);
    }
    [Fact]
    public void Recognize_ArticleWithACapitalOpeningAName_IsTheSameOrganisation()
    {
        var analysis = Recognize("Lawyers for the Church of Eternal Harmony filed the suit. A spokesman for The Church of Eternal Harmony declined to comment.");

        var church = Assert.Single(analysis.Entities, e => e.Surfaces.Contains("Church of Eternal Harmony"));
        Assert.Equal(EntityTypes.Organization, church.Type);
        Assert.DoesNotContain(analysis.Entities, e => e.Surfaces.Contains("The Church of Eternal Harmony"));
    }
    [Theory]
    [InlineData("The study appeared in the Dental Journal of Norway last month.", "Dental Journal of Norway", "country/no")]
    [InlineData("Members of the Chess Society of Canada met in the library.", "Chess Society of Canada", "country/ca")]
    public void Recognize_OrganisationHeadWithOfAndACountry_IsOneNameAndTheCountryStaysAMention(string body, string name, string country)
    {
        var analysis = Recognize(body);

        var organization = Assert.Single(analysis.Entities, e => e.Surfaces.Contains(name));
        Assert.Equal(EntityTypes.Organization, organization.Type);
        Assert.Contains(analysis.Entities, e => e.Id == country);
    }
    [Theory]
    [InlineData("Teams from forty countries competed in the Drone Olympics in the capital.", "Drone Olympics")]
    [InlineData("Thousands of fans came to Comic Expo in the harbour district.", "Comic Expo")]
    [InlineData("The girls won a silver medal on Tuesday in the Global Youth Challenge Robot Olympics in Geneva.", "Robot Olympics")]
    [InlineData("Pop culture was celebrated at Fan Expo Ireland 2019 in Dublin.", "Fan Expo")]
    [InlineData("Pop culture was celebrated at Geek Expo Ireland 2019 in Dublin.", "Geek Expo")]
    public void Recognize_EventsName_IsNoPersonPlaceOrOrganisation(string body, string name)
    {
        var analysis = Recognize(body);

        Assert.DoesNotContain(analysis.Entities, e => e.Surfaces.Contains(name));
    }

    [Fact]
    public void Recognize_OrganisationWithAndWithoutAPossessive_IsOneOrganisation()
    {
        var analysis = Recognize("Ann Lowe of the Free People's Party won a seat. Tom Hale of the Free People Party lost his.");

        var party = Assert.Single(analysis.Entities, e => e.Type == EntityTypes.Organization);
        Assert.Contains("Free People's Party", party.Surfaces);
        Assert.Contains("Free People Party", party.Surfaces);
    }
    [Theory]
    [InlineData("Volunteers packed the old hall in Washington D.C. Image: United States Army.", "Image")]
    [InlineData("Volunteers packed the old hall in Washington D.C. Photo: United States Army.", "Photo")]
    public void Recognize_CaptionLabelAfterAName_IsNoPartOfIt(string body, string label)
    {
        var analysis = Recognize(body);

        Assert.DoesNotContain(analysis.Entities, e => e.Surfaces.Any(s => s.EndsWith(label, StringComparison.Ordinal)));
        Assert.Contains(analysis.Entities, e => e.Id == "place/washington" || e.Name == "Washington");
    }
}
