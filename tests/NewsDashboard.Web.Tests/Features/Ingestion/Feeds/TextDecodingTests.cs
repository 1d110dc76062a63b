using System.Diagnostics;
using System.Text;
using NewsDashboard.Web.Features.Ingestion.Feeds;

namespace NewsDashboard.Web.Tests.Features.Ingestion.Feeds;

[Collection(SourcesCollection.Name)]
public sealed class TextDecodingTests
{
    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    // Text run through cp1252 once too often, the way a misconfigured publisher writes it.
    private static string DoubleEncode(string text)
        => new(Encoding.UTF8.GetBytes(text).Select(b => TextDecoding.Windows1252.GetString([b]) is [var c] && c != '\uFFFD' && !(b is 0x81 or 0x8D or 0x8F or 0x90 or 0x9D) ? c : (char)b).ToArray());

    public static TheoryData<string, byte[], string?, string> Cases() => new()
    {
        { "utf-8 declared", Utf8("<?xml version=\"1.0\" encoding=\"utf-8\"?><t>Genève</t>"), null, "Genève" },
        { "declaration lies: says latin-1, bytes are utf-8", Utf8("<?xml version=\"1.0\" encoding=\"iso-8859-1\"?><t>für</t>"), null, "für" },
        { "real latin-1", Encoding.Latin1.GetBytes("<?xml version=\"1.0\" encoding=\"iso-8859-1\"?><t>Gerät</t>"), null, "Gerät" },
        { "latin-1 from the http charset", Encoding.Latin1.GetBytes("<t>café</t>"), "ISO-8859-1", "café" },
        { "cp1252 punctuation in latin-1", TextDecoding.Windows1252.GetBytes("<t>“quoted” – dash</t>"), "iso-8859-1", "“quoted” – dash" },
        { "utf-8 bom", [0xEF, 0xBB, 0xBF, .. Utf8("<t>Ñandú</t>")], "iso-8859-1", "Ñandú" },
        { "utf-16 bom", [0xFF, 0xFE, .. Encoding.Unicode.GetBytes("<t>Привет</t>")], null, "Привет" },
        { "double-encoded french", Utf8(DoubleEncode("<t>Élection présidentielle : débat télévisé</t>")), null, "Élection présidentielle : débat télévisé" },
        { "double-encoded russian with C1 bytes", Utf8(DoubleEncode("<t>Новости: Москва и область</t>")), null, "Новости: Москва и область" },
        { "html meta charset windows-1251", TextDecoding.GetEncoding("windows-1251")!.GetBytes("<html><head><meta charset=\"windows-1251\"><title>Новости</title></head></html>"), null, "Новости" },
        { "http-equiv charset koi8-r", TextDecoding.GetEncoding("koi8-r")!.GetBytes("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=koi8-r\"><p>Привет</p>"), null, "Привет" },
        { "a text that names utf-16 but is ascii", Utf8("Notes on the encoding utf-16 used by old tools."), null, "Notes on the encoding utf-16" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Decode_Bytes_GivesTheIntendedText(string why, byte[] bytes, string? httpCharset, string expected)
    {
        var text = TextDecoding.Decode(bytes, httpCharset);

        Assert.True(text.Contains(expected, StringComparison.Ordinal), $"{why}: got {text}");
    }

    [Theory]
    [InlineData("Ã  la carte: a menu word that is legitimately written with a tilde")]
    [InlineData("Müller, Gómez and Ørsted met in Zürich")]
    public void RepairMojibake_OrdinaryText_IsLeftAlone(string text)
        => Assert.Equal(text, TextDecoding.RepairMojibake(text));

    [Theory]
    [InlineData("text/html; charset=windows-1251", "windows-1251")]
    [InlineData("application/rss+xml; charset=\"UTF-8\"", "UTF-8")]
    [InlineData("text/xml", null)]
    [InlineData(null, null)]
    public void CharsetOf_ContentType_GivesTheCharset(string? contentType, string? expected)
        => Assert.Equal(expected, TextDecoding.CharsetOf(contentType));

    [Theory]
    [InlineData("ÃƒÂ©")]
    [InlineData("&&&&&")]
    [InlineData("&nbsp&nbsp;&")]
    [InlineData("\u000F\u0010<")]
    public void DecodeAndLoad_AMegabyteOfHostileRepetition_FinishInLinearTime(string unit)
    {
        var body = string.Concat(Enumerable.Repeat(unit, 1_000_000 / unit.Length));
        var bytes = Utf8($"<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>t</title><item><title>x</title><description><![CDATA[{body}]]></description></item></channel></rss>");
        var watch = Stopwatch.StartNew();

        var text = TextDecoding.Decode(bytes);
        var feed = FeedParser.Parse(text);

        Assert.Single(feed.Items);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(2), $"took {watch.Elapsed}");
    }
}
