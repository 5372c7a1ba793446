using System.Buffers.Text;

namespace PublicFinance.FinalAccounts.Serialization;

/// <summary>
/// A report tree's scalar as the JSON token it would be written as (a quoted, escaped UTF-8 string; a number's digits),
/// in a buffer kept per thread, so that the contract's converter reads it exactly as it reads the tree's JSON.
/// </summary>
internal static class ContractLeafText
{
    [ThreadStatic]
    private static byte[]? buffer;

    /// <summary>
    /// Whether a string is well-formed UTF-16 (no lone surrogate): what the JSON writer and reader carry unchanged.
    /// Anything else is left to the JSON path, which treats it as it always has.
    /// </summary>
    public static bool IsText(string text)
    {
#if NET8_0_OR_GREATER
        // Most strings hold no surrogate at all: one vectorised search says so (session 19: the loop per character was
        // ≈ 0.6 % of a text read's materialisation); the loop checks the pairs from the first surrogate on.
        var first = text.AsSpan().IndexOfAnyInRange('\uD800', '\uDFFF');
        if (first < 0)
        {
            return true;
        }
#else
        var first = 0;
#endif
        for (var i = first; i < text.Length; i++)
        {
            var c = text[i];
            if (c < '\uD800' || c > '\uDFFF')
            {
                continue;
            }

            if (!char.IsHighSurrogate(c) || i + 1 >= text.Length || !char.IsLowSurrogate(text[i + 1]))
            {
                return false;
            }

            i++;
        }

        return true;
    }

    /// <summary>The node's value as a JSON token; gives up for an object, an array or a record.</summary>
    public static ReadOnlySpan<byte> Token(IContractNode node) => node.NodeKind switch
    {
        ContractNodeKind.String => String(node.Text),
        ContractNodeKind.Number => Number(node.Number),
        _ => throw ContractReader.GiveUp(),
    };

    /// <summary>A string as a JSON string token; gives up for a lone surrogate.</summary>
    public static ReadOnlySpan<byte> String(string text)
    {
        if (!IsText(text))
        {
            throw ContractReader.GiveUp();
        }

        if (NeedsEscape(text))
        {
            text = Escape(text);
        }

        var bytes = Buffer((text.Length * 3) + 2);
        bytes[0] = (byte)'"';
        var length = Encoding.UTF8.GetBytes(text, 0, text.Length, bytes, 1);
        bytes[length + 1] = (byte)'"';
        return new ReadOnlySpan<byte>(bytes, 0, length + 2);
    }

    private static ReadOnlySpan<byte> Number(int number)
    {
        var bytes = Buffer(16);
        return Utf8Formatter.TryFormat(number, bytes, out var written)
            ? new ReadOnlySpan<byte>(bytes, 0, written)
            : throw ContractReader.GiveUp();
    }

    private static byte[] Buffer(int length)
    {
        if (buffer is null || buffer.Length < length)
        {
            buffer = new byte[Math.Max(length, 256)];
        }

        return buffer;
    }

    private static bool NeedsEscape(string text)
    {
        foreach (var c in text)
        {
            if (c is '"' or '\\' or < ' ')
            {
                return true;
            }
        }

        return false;
    }

    private static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (c is '"' or '\\')
            {
                escaped.Append('\\').Append(c);
            }
            else if (c < ' ')
            {
                escaped.Append("\\u00").Append(((int)c).ToString("x2", System.Globalization.CultureInfo.InvariantCulture));
            }
            else
            {
                escaped.Append(c);
            }
        }

        return escaped.ToString();
    }
}
