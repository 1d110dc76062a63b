namespace NewsDashboard.Extraction.Tests.Meetings;

public sealed class ParticipantNameTests
{
    private static readonly DateTimeOffset Thursday = new(2025, 9, 18, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Extract_RussianParticipantInInstrumental_IsNamedAsWrittenInDictionaryForm()
    {
        var input = new ArticleInput(
            "Заместитель министра обороны России Юнус-Бек Евкуров провёл в четверг в Дамаске переговоры с министром обороны Сирии Мурхафом Абу Касрой.",
            "Переговоры в Дамаске",
            Published: Thursday);

        var result = NewsExtractor.Default.Extract(input);

        var meeting = Assert.Single(result.Meetings);
        Assert.Equal(["Юнус-Бек Евкуров", "Мурхаф Абу Касра"], meeting.Participants.Select(p => p.Name));
        // The identity behind the written name stays the canonical one.
        Assert.Contains(result.Entities, e => e.Id == meeting.Participants[1].Entity && e.Name == "Murhaf Abu Qasra");
        Assert.Equal("2025-09-18", meeting.Date);
    }

    [Fact]
    public void Extract_QuoteSpeaker_IsTheFullestSpellingInTheText()
    {
        var input = new ArticleInput(
            "Глава МИД России Сергей Лавров заявил: «Мы готовы продолжить диалог». Позднее Лавров добавил: «Решение за партнёрами».",
            "Лавров о диалоге");

        var result = NewsExtractor.Default.Extract(input, Thursday);

        Assert.NotEmpty(result.Quotes);
        Assert.All(result.Quotes, q => Assert.Equal("Сергей Лавров", q.Speaker));
        Assert.All(result.Quotes, q => Assert.Equal("person/sergey-lavrov", q.SpeakerEntity));
    }
}
