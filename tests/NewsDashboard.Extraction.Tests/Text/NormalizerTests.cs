using NewsDashboard.Extraction.Text;

namespace NewsDashboard.Extraction.Tests.Text;

public class NormalizerTests
{
    [Theory]
    [InlineData("أحمد", "احمد")]
    [InlineData("إبراهيم", "ابراهيم")]
    [InlineData("آمنة", "امنه")]
    [InlineData("ٱلله", "الله")]
    [InlineData("مصطفى", "مصطفي")]
    [InlineData("سورية", "سوريه")]
    [InlineData("مُحَمَّد", "محمد")]
    [InlineData("الـــرئيس", "الرييس")]
    [InlineData("مؤتمر", "موتمر")]
    [InlineData("رئيس", "رييس")]
    [InlineData("Sergueï", "serguei")]
    [InlineData("Сергей", "сергеи")]
    [InlineData("Élysée", "elysee")]
    [InlineData("Ёлка", "елка")]
    [InlineData("ЛАВРОВ", "лавров")]
    [InlineData("Erdoğan", "erdogan")]
    [InlineData("ﻻ", "لا")]
    [InlineData("Ｌａｖｒｏｖ", "lavrov")]
    [InlineData("Lav\u200Brov", "lavrov")]
    [InlineData("\u200Fموسكو\u200E", "موسكو")]
    public void NormalizeWord_Variants_FoldToOneForm(string word, string expected)
    {
        Assert.Equal(expected, Normalizer.Normalize(word));
    }

    [Theory]
    [InlineData("وزير  الخارجية، الروسي", "وزير الخارجيه الروسي")]
    [InlineData("Jean-Noël Barrot", "jean noel barrot")]
    [InlineData("«Сергей Лавров»", "сергеи лавров")]
    public void Normalize_Phrase_DropsPunctuationAndSpaces(string text, string expected)
    {
        Assert.Equal(expected, Normalizer.Normalize(text));
    }

    [Theory]
    [InlineData("والشيباني", "الشيباني", 1)]
    [InlineData("للشيباني", "الشيباني", 1)]
    [InlineData("بموسكو", "موسكو", 1)]
    [InlineData("السوري", "سوري", 2)]
    [InlineData("وروسيا", "روسيا", 1)]
    [InlineData("فالسوريون", "سوريون", 3)]
    public void TokenForms_ArabicClitic_OffersNameWithoutIt(string word, string form, int prefix)
    {
        var token = Tokenizer.Tokenize(word)[0];

        var forms = TokenForms.ForText(token);

        Assert.Contains(new TokenForm(Normalizer.Normalize(form), prefix), forms);
    }

    [Theory]
    [InlineData("Лаврова", "лавров")]
    [InlineData("Лавровым", "лавров")]
    [InlineData("Москве", "~Fмоскв")]
    [InlineData("России", "~Fросси")]
    public void TokenForms_RussianCase_OffersStem(string word, string form)
    {
        var forms = TokenForms.ForText(Tokenizer.Tokenize(word)[0]);

        Assert.Contains(forms, f => f.Text == form);
    }

    [Fact]
    public void Tokenize_HyphenAndPunctuation_AreFlagged()
    {
        var tokens = Tokenizer.Tokenize("Ahmed al-Sharaa, Moscow");

        Assert.Equal(["ahmed", "al", "sharaa", "moscow"], tokens.Select(t => t.Norm));
        Assert.True(tokens[2].Has(TokenFlags.HyphenBefore));
        Assert.True(tokens[3].Has(TokenFlags.BreakBefore));
        Assert.False(tokens[1].Has(TokenFlags.BreakBefore));
    }
}
