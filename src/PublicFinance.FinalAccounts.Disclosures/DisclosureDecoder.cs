namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Decodes the bytes of a disclosure file (文本解码): UTF-8 with or without a byte-order mark, UTF-16 LE/BE with a
/// byte-order mark, and GB18030/GBK, detected or forced. Invalid bytes are reported with their offset and line, never
/// replaced silently; a file with NUL bytes and no UTF-16 byte-order mark is reported as binary.
/// </summary>
public static class DisclosureDecoder
{
    /// <summary>GB18030 code page (a superset of GBK and GB2312).</summary>
    private const int Gb18030CodePage = 54936;

    /// <summary>Decodes <paramref name="bytes"/>; never throws.</summary>
    /// <param name="bytes">The file's bytes.</param>
    /// <param name="encoding">The encoding to use, or <see cref="DisclosureEncoding.Auto"/> to detect it.</param>
    /// <returns>The text and the encoding used, or a located bilingual error.</returns>
    public static DecodedText Decode(ReadOnlySpan<byte> bytes, DisclosureEncoding encoding = DisclosureEncoding.Auto)
    {
        var bom = Bom(bytes);
        if (encoding == DisclosureEncoding.Auto && bom == DisclosureEncoding.Auto && TryUtf8(bytes, out var plain))
        {
            // Valid UTF-8 without a byte-order mark (the common file): decoded once, strictly — the decoder's validation
            // is the detection's (see TryUtf8) —, then the NUL search that tells a binary file.
            return bytes.IndexOf((byte)0) is var zeroAt && zeroAt >= 0
                ? Binary(zeroAt)
                : new DecodedText { Text = plain, Encoding = DisclosureEncoding.Utf8 };
        }

        if (encoding == DisclosureEncoding.Auto)
        {
            encoding = bom != DisclosureEncoding.Auto ? bom : Detect(bytes);
        }

        // No byte-order mark, nothing to skip (undecided bytes are Auto like their missing mark: skipping 2 threw on a
        // single undecidable byte — found by session 19's decoder property).
        var skip = bom != DisclosureEncoding.Auto && bom == encoding ? (encoding == DisclosureEncoding.Utf8 ? 3 : 2) : 0;
        var body = bytes.Slice(skip);
        switch (encoding)
        {
            case DisclosureEncoding.Utf8:
                if (TryUtf8(body, out var valid))
                {
                    return bom != DisclosureEncoding.Utf8 && body.IndexOf((byte)0) is var nulAt && nulAt >= 0
                        ? Binary(skip + nulAt)
                        : new DecodedText { Text = valid, Encoding = encoding };
                }

                var bad = FirstInvalidUtf8(body);
                if (bad >= 0)
                {
                    return Invalid(bytes, skip + bad, "UTF-8");
                }

                if (bom != DisclosureEncoding.Utf8 && body.IndexOf((byte)0) is var nul && nul >= 0)
                {
                    return Binary(skip + nul);
                }

                return Text(StrictUtf8, body, encoding);
            case DisclosureEncoding.Utf16LittleEndian:
            case DisclosureEncoding.Utf16BigEndian:
                // Located in the file's own bytes (a byte-order mark included) and by 16-bit units: the decoder's exception
                // index was taken after the mark was skipped (two bytes short) and its line counted 0x0A bytes.
                var bigEndian = encoding == DisclosureEncoding.Utf16BigEndian;
                var name = bigEndian ? "UTF-16BE" : "UTF-16LE";
                var loneSurrogate = FirstInvalidUtf16(body, bigEndian);
                return body.Length % 2 != 0 ? Invalid(bytes, bytes.Length - 1, name, skip, bigEndian)
                    : loneSurrogate >= 0 ? Invalid(bytes, skip + loneSurrogate, name, skip, bigEndian)
                    : Text(new UnicodeEncoding(bigEndian, false, true), body, encoding);
            case DisclosureEncoding.Gb18030:
                var gb = Gb18030();
                if (gb is null)
                {
                    return Failure(DisclosureMessages.Gb18030Unavailable, null);
                }

                return Text(gb, body, encoding);
            default:
                if (bytes.IndexOf((byte)0) is var zero && zero >= 0)
                {
                    return Binary(zero);
                }

                var invalid = FirstInvalidUtf8(bytes);
                return Invalid(bytes, invalid, "UTF-8 / GB18030");
        }
    }

    /// <summary>Parses an <c>--encoding</c> value: utf-8, utf-16, utf-16le, utf-16be, gb18030, gbk, gb2312 or auto.</summary>
    /// <param name="name">The name as typed (case-insensitive).</param>
    /// <param name="encoding">The encoding named.</param>
    /// <returns>Whether the name is known.</returns>
    public static bool TryParseName(string? name, out DisclosureEncoding encoding)
    {
        encoding = (name ?? string.Empty).Trim().ToLowerInvariant().Replace("_", "-") switch
        {
            "auto" => DisclosureEncoding.Auto,
            "utf-8" or "utf8" => DisclosureEncoding.Utf8,
            "utf-16" or "utf16" or "utf-16le" or "utf16le" => DisclosureEncoding.Utf16LittleEndian,
            "utf-16be" or "utf16be" => DisclosureEncoding.Utf16BigEndian,
            "gb18030" or "gbk" or "gb2312" or "cp936" => DisclosureEncoding.Gb18030,
            _ => (DisclosureEncoding)(-1),
        };
        return encoding >= DisclosureEncoding.Auto;
    }

    private static DisclosureEncoding Bom(ReadOnlySpan<byte> b) =>
        b.Length >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF ? DisclosureEncoding.Utf8
        : b.Length >= 2 && b[0] == 0xFF && b[1] == 0xFE ? DisclosureEncoding.Utf16LittleEndian
        : b.Length >= 2 && b[0] == 0xFE && b[1] == 0xFF ? DisclosureEncoding.Utf16BigEndian
        : DisclosureEncoding.Auto;

    /// <summary>Strict UTF-8 when valid; else GB18030 when that decodes to text that reads as Chinese; else undecided.</summary>
    private static DisclosureEncoding Detect(ReadOnlySpan<byte> bytes)
    {
        if (FirstInvalidUtf8(bytes) < 0)
        {
            return DisclosureEncoding.Utf8;
        }

        if (bytes.IndexOf((byte)0) >= 0 || Gb18030() is not { } gb)
        {
            return DisclosureEncoding.Auto;
        }

        string text;
        try
        {
            text = gb.GetString(bytes.ToArray());
        }
        catch (DecoderFallbackException)
        {
            return DisclosureEncoding.Auto;
        }

        // Random bytes also decode as GB18030 (its four-byte forms cover everything); real text is ideographs,
        // Chinese punctuation and ASCII. Anything else in more than 1 % of the characters is not a GB18030 text.
        var other = 0;
        foreach (var c in text)
        {
            if (!(c is >= ' ' and < '\u007F' or '\t' or '\r' or '\n' or >= '\u4E00' and <= '\u9FFF' or >= '\u3000' and <= '\u303F'
                or >= '\uFF00' and <= '\uFFEF' or >= '\u2000' and <= '\u206F' or >= '\u00B7' and <= '\u00D7'))
            {
                other++;
            }
        }

        return other * 100 <= text.Length ? DisclosureEncoding.Gb18030 : DisclosureEncoding.Auto;
    }

    private static Encoding? Gb18030()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        try
        {
            return Encoding.GetEncoding(Gb18030CodePage, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
        }
        catch (Exception ex) when (ex is ArgumentException or NotSupportedException)
        {
            return null;
        }
    }

    /// <summary>Strict UTF-8 (an exception at the first ill-formed byte, never a replacement character); shared: no state.</summary>
    private static readonly UTF8Encoding StrictUtf8 = new(false, true);

    /// <summary>
    /// The bytes decoded as strict UTF-8 when they are well-formed (session 19): one pass that validates while it decodes,
    /// where the decoder validated them up to three times (<see cref="Detect"/>, <see cref="FirstInvalidUtf8"/>, the
    /// strict decoding). The strict decoder refuses exactly what <see cref="FirstInvalidUtf8"/> finds (the same
    /// well-formedness: no overlong forms, no surrogates, nothing beyond U+10FFFF); on a refusal the caller takes the
    /// path before, which finds the offset and says where.
    /// </summary>
    private static bool TryUtf8(ReadOnlySpan<byte> bytes, out string text)
    {
        try
        {
#if NET5_0_OR_GREATER
            text = StrictUtf8.GetString(bytes);
#else
            text = StrictUtf8.GetString(bytes.ToArray());
#endif
            return true;
        }
        catch (DecoderFallbackException)
        {
            text = string.Empty;
            return false;
        }
    }

    private static DecodedText Text(Encoding decoder, ReadOnlySpan<byte> body, DisclosureEncoding used)
    {
        try
        {
#if NET5_0_OR_GREATER
            var text = decoder.GetString(body);   // straight from the bytes: no copy of the file first
#else
            var text = decoder.GetString(body.ToArray());
#endif
            return new DecodedText { Text = text, Encoding = used };
        }
        catch (DecoderFallbackException ex)
        {
            return Invalid(body, ex.Index < 0 ? 0 : ex.Index, decoder.WebName);
        }
    }

    /// <summary>Index of the first byte that is not part of well-formed UTF-8, or -1 when all of it is.</summary>
    internal static int FirstInvalidUtf8(ReadOnlySpan<byte> b)
    {
#if NET8_0_OR_GREATER
        // The common case, valid text, checked by the runtime's vectorised validator (the same well-formedness: no
        // overlong forms, no surrogates, nothing beyond U+10FFFF); the loop below runs only to find where it fails.
        if (System.Text.Unicode.Utf8.IsValid(b))
        {
            return -1;
        }
#endif
        var i = 0;
        while (i < b.Length)
        {
            var c = b[i];
            if (c < 0x80)
            {
                i++;
                continue;
            }

            int need;
            int min;
            if (c is >= 0xC2 and <= 0xDF)
            {
                need = 1;
                min = 0x80;
            }
            else if (c is >= 0xE0 and <= 0xEF)
            {
                need = 2;
                min = 0x800;
            }
            else if (c is >= 0xF0 and <= 0xF4)
            {
                need = 3;
                min = 0x10000;
            }
            else
            {
                return i;
            }

            if (i + need >= b.Length)
            {
                return i;
            }

            var value = c & (0x3F >> need);
            for (var k = 1; k <= need; k++)
            {
                var next = b[i + k];
                if ((next & 0xC0) != 0x80)
                {
                    return i;
                }

                value = (value << 6) | (next & 0x3F);
            }

            if (value < min || value > 0x10FFFF || value is >= 0xD800 and <= 0xDFFF)
            {
                return i;
            }

            i += need + 1;
        }

        return -1;
    }

    /// <summary>
    /// Byte index of the first 16-bit unit of <paramref name="b"/> (an even number of bytes) that is a lone surrogate — a high
    /// one not followed by a low one, or a low one not after a high one: the only units UTF-16 does not allow —; −1 when none.
    /// </summary>
    internal static int FirstInvalidUtf16(ReadOnlySpan<byte> b, bool bigEndian)
    {
        for (var i = 0; i + 1 < b.Length; i += 2)
        {
            var unit = Utf16Unit(b, i, bigEndian);
            if (unit is >= 0xDC00 and <= 0xDFFF)
            {
                return i;
            }

            if (unit is >= 0xD800 and <= 0xDBFF)
            {
                if (i + 3 >= b.Length || Utf16Unit(b, i + 2, bigEndian) is < 0xDC00 or > 0xDFFF)
                {
                    return i;
                }

                i += 2;
            }
        }

        return -1;
    }

    /// <summary>The 16-bit unit at byte <paramref name="i"/>.</summary>
    private static int Utf16Unit(ReadOnlySpan<byte> b, int i, bool bigEndian)
        => bigEndian ? (b[i] << 8) | b[i + 1] : b[i] | (b[i + 1] << 8);

    /// <summary>
    /// The located error for an invalid sequence at <paramref name="offset"/> (a byte index into the whole file): its line is
    /// counted in bytes (UTF-8, GB18030) or, when <paramref name="utf16BigEndian"/> is given, in 16-bit units from
    /// <paramref name="start"/> (after the byte-order mark).
    /// </summary>
    private static DecodedText Invalid(ReadOnlySpan<byte> bytes, int offset, string encodingName, int start = 0,
        bool? utf16BigEndian = null)
    {
        var line = 1;
        var step = utf16BigEndian is null ? 1 : 2;
        for (var i = start; i + step - 1 < offset && i + step - 1 < bytes.Length; i += step)
        {
            var isNewLine = utf16BigEndian switch
            {
                null => bytes[i] == (byte)'\n',
                true => bytes[i] == 0 && bytes[i + 1] == (byte)'\n',
                false => bytes[i] == (byte)'\n' && bytes[i + 1] == 0,
            };
            if (isNewLine)
            {
                line++;
            }
        }

        var inv = CultureInfo.InvariantCulture;
        var shown = offset < bytes.Length ? bytes[offset].ToString("X2", inv) : "EOF";
        return Failure(DisclosureMessages.NotValidEncoding(encodingName, line, offset, shown), offset);
    }

    private static DecodedText Binary(int offset) => Failure(DisclosureMessages.BinaryFile(offset), offset);

    private static DecodedText Failure((string Zh, string En) message, long? offset)
        => new() { ErrorZh = message.Zh, ErrorEn = message.En, ErrorByteOffset = offset };
}
