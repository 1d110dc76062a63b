using NewsDashboard.Extraction.Entities;

namespace NewsDashboard.Extraction.Tests.Tagging;

/// <summary>
/// Arabic has no capitals: the classes of phrase, noun and group the tagger took for people on real Arabic news
/// (SANAD), in sentences the team wrote. Each failed on the engine before the Arabic name shape
/// (Entities/Passes/ArabicPersonNames).
/// </summary>
public class ArabicPersonShapeTests
{
    private static EntityAnalysis Recognize(string body)
        => new EntityRecognizer().Recognize(new TextDocument(string.Empty, body), "ar");

    // Phrases and nouns are no people: a noun in construct before a name word ("ومبادئ حسن الجوار", the principles of
    // good neighbourliness), a word no name list holds ("شرايين" arteries), a word with a preposition and the article
    // written onto it ("بالزي" in the uniform), a noun with a possessive pronoun ("نائبه" his deputy), an ordinal
    // after a title ("الخامس للائتلاف"), an institution's name with its feminine adjective ("حمد الطبية").
    [Theory]
    [InlineData("وقال المتحدث باسم الوزارة إن دخول القوات يعد انتهاكا لسيادة البلاد ومبادئ حسن الجوار بين الدولتين.", "حسن")]
    [InlineData("واستهدفت العقوبات شرايين تمويل الجماعة في المنطقة.", "شرايين")]
    [InlineData("ظهر أردوغان بالزي العسكري خلال زيارته للحدود.", "بالزي")]
    [InlineData("وصل المحامي إلى المحكمة مع الرئيس الخامس للائتلاف أمس.", "الخامس")]
    [InlineData("تعمل في البلاد مؤسسات كبرى هي حمد الطبية وقطر للبترول.", "حمد")]
    public void Recognize_ArabicPhraseOrNoun_IsNoPerson(string body, string word)
    {
        var analysis = Recognize(body);

        Assert.DoesNotContain(analysis.Entities, e => e.Type == EntityTypes.Person && e.Surfaces.Any(s => s.Contains(word, StringComparison.Ordinal)));
    }

    // A name after a group's, a medium's or a place's word is that kind of name, and so is every other use of it in
    // the article ("بيان أحرار الشام" after "حركة أحرار الشام").
    [Theory]
    [InlineData("وأعلنت حركة أحرار الشام في بيان أنها ترفض الهدنة. وقال بيان أحرار الشام إن المفاوضات متعثرة.", "أحرار الشام", EntityTypes.Organization)]
    [InlineData("وذكر تلفزيون رووداو أن القوات تقدمت نحو المدينة.", "رووداو", EntityTypes.Organization)]
    [InlineData("واندلعت الاشتباكات قرب فندق ريكسوس في العاصمة.", "ريكسوس", EntityTypes.Place)]
    [InlineData("وتربط الطريق البلدة بمحافظة صلاح الدين شمالا.", "صلاح الدين", EntityTypes.Place)]
    public void Recognize_ArabicNameAfterAGroupMediumOrPlaceWord_IsThatKindNotAPerson(string body, string name, string type)
    {
        var analysis = Recognize(body);

        Assert.DoesNotContain(analysis.Entities, e => e.Type == EntityTypes.Person);
        Assert.Contains(analysis.Entities, e => e.Type == type && e.Surfaces.Contains(name));
    }

    // Real names keep their shape: a nisba after a kunya is the laqab (not Mauritania), the word after a link word is
    // the name (ولد الشيخ), and "عبد" before a title word makes a name of it (Abd al-Amir is no emir).
    [Theory]
    [InlineData("ساعدت الاستخبارات أبو حفص الموريتاني على السفر.", "أبو حفص الموريتاني")]
    [InlineData("وقال إسماعيل ولد الشيخ إن المحادثات ستستأنف الأسبوع المقبل.", "إسماعيل ولد الشيخ")]
    [InlineData("وأكد القيادي عبدالله صالح أن الوفد وصل إلى الرياض.", "عبدالله صالح")]
    public void Recognize_ArabicNameWithArticleBeforeOrLaqab_IsThePersonInFull(string body, string name)
    {
        var analysis = Recognize(body);

        Assert.Contains(analysis.Entities, e => e.Type == EntityTypes.Person && e.Surfaces.Contains(name));
    }

    // A definite word no name list holds right after a title describes the post ("الرئيس المخلوع", the deposed
    // president): it opens no name.
    [Theory]
    [InlineData("هاجم مسلحون محامي الرئيس المخلوع صالح وسط العاصمة.")]
    [InlineData("وتضيق الميليشيات الخناق على أنصار الرئيس المخلوع صالح في العاصمة.")]
    public void Recognize_AdjectiveAfterATitle_OpensNoName(string body)
    {
        var analysis = Recognize(body);

        Assert.DoesNotContain(analysis.Entities, e => e.Type == EntityTypes.Person && e.Surfaces.Any(s => s.Contains("المخلوع", StringComparison.Ordinal)));
    }

    [Fact]
    public void Recognize_AbdBeforeATitleWord_IsNoTitle()
    {
        var analysis = Recognize("ووفق بيان الفريق عبد الأمير يار الله فإن القوات تقدمت.");

        Assert.DoesNotContain(analysis.Entities, e => e.Role == "Emir");
    }

    // A hashtag runs on in its sentence: "رجب طيب #أردوغان" is the one Erdoğan.
    [Fact]
    public void Recognize_NameEndingInAHashtag_IsOnePerson()
    {
        var analysis = Recognize("زار الرئيس التركي رجب طيب #أردوغان الحدود.");

        Assert.Single(analysis.Entities, e => e.Type == EntityTypes.Person);
        Assert.Contains(analysis.Entities, e => e.Id == "person/recep-tayyip-erdogan");
    }

    // The ministry named without its country after the article named it with it is the same ministry (item 6).
    [Fact]
    public void Recognize_MinistryWithoutItsCountry_IsTheMinistryTheArticleNamed()
    {
        var analysis = Recognize("أكدت وزارة الخارجية العراقية أن العلاقات متينة. وأضافت وزارة الخارجية في بيان أنها استدعت السفير.");

        var ministry = Assert.Single(analysis.Entities, e => e.Type == EntityTypes.Organization);
        Assert.Equal(2, ministry.Mentions);
        Assert.Equal("IQ", ministry.Country);
    }

    // "وزارة" (ministry) is no "و" + "زارة".
    [Fact]
    public void Recognize_MinistryWord_KeepsItsFirstLetter()
    {
        var analysis = Recognize("وقالت وزارة الخارجية في بيان إنها استدعت السفير.");

        Assert.DoesNotContain(analysis.Entities, e => e.Surfaces.Any(s => s.StartsWith("زارة", StringComparison.Ordinal)));
    }
}
