using System.Text;

namespace NewsDashboard.Web.Features.Ingestion.Feeds;

/// <summary>
/// Turns downloaded or dropped bytes into text. Declarations lie often enough that the bytes have the last word:
/// a BOM wins, then valid UTF-8 with multibyte sequences, then the declared charset, then windows-1252.
/// Text that went through cp1252 twice (mojibake such as <c>Ã©</c>) is repaired afterwards.
/// </summary>
internal static class TextDecoding
{
    // Field initialisers run in text order: the code pages must be registered before windows-1252 is asked for.
    private static readonly Encoding Cp1252 = RegisterCodePages();
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static Encoding Windows1252 => Cp1252;

    private static Encoding RegisterCodePages()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1252);
    }

    /// <param name="bytes">The raw bytes.</param>
    /// <param name="declaredCharset">The HTTP charset, when there was one; else the document's own declaration is read.</param>
    public static string Decode(ReadOnlySpan<byte> bytes, string? declaredCharset = null)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return RepairMojibake(Encoding.UTF8.GetString(bytes[3..]));
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return RepairMojibake(Encoding.Unicode.GetString(bytes[2..]));
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return RepairMojibake(Encoding.BigEndianUnicode.GetString(bytes[2..]));
        }

        var declared = GetEncoding(declaredCharset) ?? GetEncoding(DeclaredInDocument(bytes));
        // A UTF-16/32 label on bytes without a single NUL is wrong (an ASCII-compatible file that says so in its text).
        if (declared is UnicodeEncoding or UTF32Encoding && bytes.IndexOf((byte)0) < 0)
        {
            declared = null;
        }

        if (declared is UnicodeEncoding or UTF32Encoding)
        {
            return RepairMojibake(declared.GetString(bytes));
        }

        if (TryStrictUtf8(bytes, out var utf8) && (declared is null or UTF8Encoding || HasMultibyte(bytes)))
        {
            return RepairMojibake(utf8);
        }

        // ISO-8859-1 as labelled on the web means windows-1252 (the WHATWG rule): same letters, plus the C1 punctuation.
        var fallback = declared is null || declared.CodePage is 28591 or 20127 || declared is UTF8Encoding ? Windows1252 : declared;
        return RepairMojibake(fallback.GetString(bytes));
    }

    /// <summary>The charset of a Content-Type header value such as <c>text/xml; charset=iso-8859-1</c>.</summary>
    public static string? CharsetOf(string? contentType)
        => contentType is not null && System.Net.Http.Headers.MediaTypeHeaderValue.TryParse(contentType, out var media)
            ? media.CharSet?.Trim('"', '\'')
            : null;

    /// <summary>The media type of a Content-Type header value, lower case, without parameters.</summary>
    public static string? MediaTypeOf(string? contentType)
        => contentType is not null && System.Net.Http.Headers.MediaTypeHeaderValue.TryParse(contentType, out var media)
            ? media.MediaType?.ToLowerInvariant()
            : null;

    public static Encoding? GetEncoding(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }

        try
        {
            return Encoding.GetEncoding(name.Trim());
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    /// <summary>
    /// The encoding an XML declaration or an HTML meta tag names in the first kilobyte (ASCII-compatible documents):
    /// the earliest <c>encoding=</c> or <c>charset=</c> whose value is a known encoding.
    /// </summary>
    public static string? DeclaredInDocument(ReadOnlySpan<byte> bytes)
    {
        var head = Encoding.ASCII.GetString(bytes[..Math.Min(bytes.Length, 1024)]);
        var candidates = new List<(int At, string Name)>();
        foreach (var marker in DeclarationMarkers)
        {
            for (var at = head.IndexOf(marker, StringComparison.OrdinalIgnoreCase); at >= 0; at = head.IndexOf(marker, at + 1, StringComparison.OrdinalIgnoreCase))
            {
                var start = at + marker.Length;
                while (start < head.Length && head[start] is ' ' or '=' or '"' or '\'')
                {
                    start++;
                }

                var end = start;
                while (end < head.Length && (char.IsAsciiLetterOrDigit(head[end]) || head[end] is '-' or '_' or '.' or ':'))
                {
                    end++;
                }

                if (end > start && GetEncoding(head[start..end]) is not null)
                {
                    candidates.Add((at, head[start..end]));
                    break;
                }
            }
        }

        return candidates.Count == 0 ? null : candidates.MinBy(c => c.At).Name;
    }

    // The XML declaration, HTML's <meta charset> and <meta http-equiv content="...; charset=...">.
    private static readonly string[] DeclarationMarkers = ["encoding", "charset"];

    // Validation first: a throwing decoder would cost an exception per bad sequence on hostile input.
    private static bool TryStrictUtf8(ReadOnlySpan<byte> bytes, out string text)
    {
        var valid = System.Text.Unicode.Utf8.IsValid(bytes);
        text = valid ? StrictUtf8.GetString(bytes) : string.Empty;
        return valid;
    }

    private static bool HasMultibyte(ReadOnlySpan<byte> bytes)
    {
        foreach (var b in bytes)
        {
            if (b >= 0x80)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Undoes UTF-8 that was read as cp1252 and written out as UTF-8 again, when enough of the text looks like that.
    /// Each character maps back to its cp1252 byte (the five undefined bytes survive as C1 characters), and every
    /// valid UTF-8 sequence among those bytes is decoded; anything else stays as it was.
    /// </summary>
    public static string RepairMojibake(string text)
    {
        if (!LooksDoubleEncoded(text))
        {
            return text;
        }

        var output = new StringBuilder(text.Length);
        var i = 0;
        while (i < text.Length)
        {
            var lead = ByteOf(text[i]);
            var length = lead switch
            {
                >= 0xC2 and <= 0xDF => 2,
                >= 0xE0 and <= 0xEF => 3,
                >= 0xF0 and <= 0xF4 => 4,
                _ => 0,
            };
            if (length > 0 && i + length <= text.Length && TryDecodeSequence(text.AsSpan(i, length), out var decoded))
            {
                if (decoded < 0x10000)
                {
                    output.Append((char)decoded);
                }
                else
                {
                    output.Append(char.ConvertFromUtf32(decoded));
                }

                i += length;
            }
            else
            {
                output.Append(text[i]);
                i++;
            }
        }

        return output.ToString();
    }

    // A pair "lead byte + continuation byte" as cp1252 characters: Ã© for é, Ð¯ for Я, Ã¼ for ü.
    private static bool LooksDoubleEncoded(string text)
    {
        int pairs = 0, nonAscii = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] < 0x80)
            {
                continue;
            }

            nonAscii++;
            if (i + 1 < text.Length && ByteOf(text[i]) is >= 0xC2 and <= 0xF4 && ByteOf(text[i + 1]) is >= 0x80 and <= 0xBF)
            {
                pairs++;
            }
        }

        // In real double-encoded text nearly every non-ASCII character belongs to such a pair (two characters each).
        return pairs >= 2 && pairs * 2 >= nonAscii * 0.6;
    }

    // Decodes by hand (no allocation, no exception): this runs once per character of a possibly huge feed.
    private static bool TryDecodeSequence(ReadOnlySpan<char> chars, out int decoded)
    {
        decoded = 0;
        var lead = ByteOf(chars[0]);
        var value = chars.Length switch
        {
            2 => lead & 0x1F,
            3 => lead & 0x0F,
            _ => lead & 0x07,
        };
        for (var k = 1; k < chars.Length; k++)
        {
            var b = ByteOf(chars[k]);
            if (b is < 0x80 or > 0xBF)
            {
                return false;
            }

            value = (value << 6) | (b & 0x3F);
        }

        var minimum = chars.Length switch
        {
            2 => 0x80,
            3 => 0x800,
            _ => 0x10000,
        };
        if (value < minimum || value > 0x10FFFF || value is >= 0xD800 and <= 0xDFFF)
        {
            return false;
        }

        decoded = value;
        return true;
    }

    /// <summary>The cp1252 byte of a character, with the five undefined bytes mapping to themselves; -1 if none.</summary>
    private static int ByteOf(char c)
    {
        if (c < 0x80 || (c >= 0xA0 && c <= 0xFF) || c is '\u0081' or '\u008D' or '\u008F' or '\u0090' or '\u009D')
        {
            return c;
        }

        return Cp1252High.TryGetValue(c, out var b) ? b : -1;
    }

    private static readonly Dictionary<char, int> Cp1252High = BuildCp1252High();

    private static Dictionary<char, int> BuildCp1252High()
    {
        var map = new Dictionary<char, int>();
        for (var b = 0x80; b <= 0x9F; b++)
        {
            var s = Windows1252.GetString([(byte)b]);
            if (s.Length == 1 && s[0] != '\uFFFD' && s[0] != (char)b)
            {
                map[s[0]] = b;
            }
        }

        return map;
    }
}
