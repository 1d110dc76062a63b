using NewsDashboard.Extraction.Names;

namespace NewsDashboard.Extraction.Tests.Names;

/// <summary>Names as a reader expects them: Russian names in the nominative, the well-known Latin spelling where the
/// name lists give one, never a case form or a letter-by-letter guess.</summary>
public class NominativeAndRomanizedTests
{
    [Theory]
    [InlineData("Егора Свиридова", "Егор Свиридов")]
    [InlineData("Бориса Николаевича Ельцина", "Борис Николаевич Ельцин")]
    [InlineData("Хаканом Фиданом", "Хакан Фидан")]
    [InlineData("Марии Захаровой", "Мария Захарова")]
    [InlineData("Сергей Лавров", "Сергей Лавров")]
    [InlineData("Мария Захарова", "Мария Захарова")]
    [InlineData("Юрию Долгорукому", "Юрий Долгорукий")]
    [InlineData("Сергея Завадского", "Сергей Завадский")]
    [InlineData("Жанны Агузаровой", "Жанна Агузарова")]
    [InlineData("Ирины Сорокиной", "Ирина Сорокина")]
    public void Nominative_CaseForm_GivesDictionaryForm(string inflected, string nominative)
        => Assert.Equal(nominative, RussianNames.Nominative(inflected));

    [Theory]
    [InlineData("Марк Цукерберг", "Mark Zuckerberg")]
    [InlineData("Николя Саркози", "Nicolas Sarkozy")]
    [InlineData("Жан-Мари Ле Пен", "Jean-Marie Le Pen")]
    [InlineData("Борис Николаевич Ельцин", "Boris Nikolaevich Yeltsin")]
    [InlineData("ساركوزي", "Sarkozy")]
    [InlineData("МИД Иордании", "Mid Iordanii")] // an acronym is no name word ("Mead" in the lists), so letter by letter
    public void Romanize_KnownNameWords_UseTheUsualSpelling(string name, string latin)
        => Assert.Equal(latin, Romanizer.Romanize(name));
}
