using NewsDashboard.Extraction.Names;

namespace NewsDashboard.Extraction.Tests.Names;

/// <summary>
/// One person's full name is found again in any script or common spelling: the spellings share the surname part of
/// their keys and are judged the same; other people are not. A surname alone has no key.
/// </summary>
public class PersonNameKeyTests
{
    [Theory]
    [InlineData("Barack Obama", "Barak Obama")]
    [InlineData("Barack Obama", "Барак Обама")]
    [InlineData("Barack Obama", "باراك أوباما")]
    [InlineData("Sergey Lavrov", "سيرغي لافروف")]
    [InlineData("Sergey Lavrov", "Сергей Лавров")]
    [InlineData("Nicolas Sarkozy", "Николя Саркози")]
    public void SpellingsOfOneName_ShareASurnameAndAreTheSame(string a, string b)
    {
        Assert.Equal(PersonNameKey.Surname(PersonNameKey.For(a)!), PersonNameKey.Surname(PersonNameKey.For(b)!));
        Assert.True(PersonNameKey.Same(a, b));
    }

    [Theory]
    [InlineData("Barack Obama", "Michelle Obama")]
    [InlineData("Ehud Barak", "Barack Obama")]
    [InlineData("Sergey Lavrov", "Sergey Vershinin")]
    public void DifferentPeople_AreNotTheSame(string a, string b)
    {
        Assert.False(PersonNameKey.Same(a, b));
    }

    [Fact]
    public void For_OneWord_IsNull()
    {
        Assert.Null(PersonNameKey.For("Obama"));
    }
}
