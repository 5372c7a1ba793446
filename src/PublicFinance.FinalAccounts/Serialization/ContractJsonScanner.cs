using System.Runtime.InteropServices;
#if NET8_0_OR_GREATER
using System.Buffers;
using System.Numerics;
using System.Text.Unicode;
#endif

namespace PublicFinance.FinalAccounts.Serialization;

/// <summary>
/// The tokenizer of <see cref="ContractReader"/>: strict JSON (RFC 8259) read in place from UTF-8 bytes, for the
/// documents the contract's writer and its users write, and nothing else. It accepts a document only if
/// System.Text.Json's reader (as the contract configures it: no comments, no trailing commas, <c>MaxDepth</c>) accepts
/// it too and gives up (<see cref="ContractReader.GiveUp"/>) at anything it does not read itself — so it need not word
/// errors or track lines, which is most of a general reader's cost: indentation is skipped eight spaces at a time and a
/// string's end found by one vectorised search. Scalars are not interpreted here: a string's content, a number's or a
/// literal's bytes and the token's exact bytes go to the member's reading (<see cref="LeafMember{T}"/>), which hands
/// anything it is not certain of to the contract's converter as that very token.
/// </summary>
internal ref struct ContractJsonScanner
{
    /// <summary>Eight spaces as one little- or big-endian word.</summary>
    private const ulong EightSpaces = 0x2020202020202020UL;

    /// <summary>Strings longer than this (in bytes) are decoded through a rented buffer, shorter ones the thread's own.</summary>
    private const int KeptBufferLimit = 4096;

    /// <summary>How many bytes of a string are looked at one by one before the vectorised search takes over.</summary>
    private const int ShortString = 16;

    /// <summary>Bytes that end a run of a string's plain bytes, by value: the closing quote, an escape, a control character.</summary>
    private static readonly bool[] Special = SpecialBytes();

#if NET8_0_OR_GREATER
    [ThreadStatic]
    private static char[]? decodeBuffer;
#endif

#if NET8_0_OR_GREATER
    /// <summary>What ends a run of a string's plain bytes: the closing quote, an escape or a control character.</summary>
    private static readonly SearchValues<byte> StringSpecial = SearchValues.Create(
        [(byte)'"', (byte)'\\', 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26,
            27, 28, 29, 30, 31]);
#else
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
#endif

    private readonly ReadOnlySpan<byte> json;
    private readonly int maxDepth;
    private int position;
    private int depth;

    /// <summary>Scans <paramref name="json"/> (no byte-order mark) with System.Text.Json's depth limit.</summary>
    /// <param name="json">The document.</param>
    /// <param name="maxDepth">The reader's <c>MaxDepth</c> (0: its default, 64).</param>
    public ContractJsonScanner(ReadOnlySpan<byte> json, int maxDepth)
    {
        this.json = json;
        this.maxDepth = maxDepth > 0 ? maxDepth : 64;
        position = 0;
        depth = 0;
    }

    /// <summary>Whether nothing but whitespace is left.</summary>
    public bool AtEnd() => Next() < 0;

    /// <summary>Enters the object that comes next; gives up at anything else.</summary>
    public void StartObject() => Enter((byte)'{');

    /// <summary>Enters the array that comes next; gives up at anything else.</summary>
    public void StartArray() => Enter((byte)'[');

    /// <summary>
    /// Moves to the next member of the object: its name's bytes (never escaped: an escaped name gives up) and the scanner
    /// at its value; false (the object left) at its end. The member usually expected there is recognised without a search
    /// for the name's end.
    /// </summary>
    /// <param name="first">Whether no member of the object has been read yet.</param>
    /// <param name="expected">The name usually found here (plain ASCII, no quote or backslash), or empty.</param>
    /// <param name="isExpected">Whether the name is <paramref name="expected"/>.</param>
    /// <param name="name">The member's name as written.</param>
    /// <returns>Whether there is a member.</returns>
    public bool NextMember(bool first, ReadOnlySpan<byte> expected, out bool isExpected, out ReadOnlySpan<byte> name)
    {
        var next = Next();
        isExpected = false;
        if (next == '}')
        {
            Leave();
            name = default;
            return false;
        }

        if (!first)
        {
            Consume(next, (byte)',');
            next = Next();
        }

        if (next != '"')
        {
            throw ContractReader.GiveUp();
        }

        position++;
        var rest = json.Slice(position);
        if (!expected.IsEmpty && rest.Length > expected.Length && rest[expected.Length] == '"' && rest.StartsWith(expected))
        {
            isExpected = true;
            name = rest.Slice(0, expected.Length);
            position += expected.Length + 1;
        }
        else
        {
            name = StringContent(out var escaped);
            if (escaped)
            {
                throw ContractReader.GiveUp();
            }
        }

        Consume(Next(), (byte)':');
        return true;
    }

    /// <summary>Moves to the array's next item; false (the array left) at its end.</summary>
    /// <param name="first">Whether no item has been read yet; cleared.</param>
    /// <returns>Whether there is an item.</returns>
    public bool NextItem(ref bool first)
    {
        var next = Next();
        if (next == ']')
        {
            Leave();
            return false;
        }

        if (!first)
        {
            Consume(next, (byte)',');
        }

        first = false;
        return true;
    }

    /// <summary>
    /// Reads the scalar that comes next (a string, a number, <c>true</c> or <c>false</c>); gives up at anything else
    /// (null included: the contract allows it nowhere and words it).
    /// </summary>
    /// <param name="kind">What the scalar is.</param>
    /// <param name="content">A string's content between its quotes, or the token's bytes.</param>
    /// <param name="escaped">Whether a string's content holds an escape (then only the token is meaningful).</param>
    /// <returns>The token's exact bytes (a string with its quotes), for the contract's converter.</returns>
    public ReadOnlySpan<byte> Scalar(out JsonScalarKind kind, out ReadOnlySpan<byte> content, out bool escaped)
    {
        var next = Next();
        var start = position;
        escaped = false;
        if (next == '"')
        {
            position++;
            kind = JsonScalarKind.String;
            content = StringContent(out escaped);
            return json.Slice(start, position - start);
        }

        if (next == '-' || IsDigit(next))
        {
            var end = start + 1;
            while (end < json.Length && IsNumberByte(json[end]))
            {
                end++;
            }

            // The bytes a number may hold; whether they form one is the contract's reader's to say (a sub-reader of the
            // token), and what follows them is checked as the next token.
            position = end;
            kind = JsonScalarKind.Number;
            content = json.Slice(start, end - start);
            return content;
        }

        var rest = json.Slice(start);
        var length = rest.StartsWith("true"u8) ? 4 : rest.StartsWith("false"u8) ? 5 : throw ContractReader.GiveUp();
        position += length;
        kind = JsonScalarKind.Boolean;
        content = json.Slice(start, length);
        return content;
    }

    /// <summary>
    /// A string's content (well-formed UTF-8, no escape) as a string, exactly as System.Text.Json's reader decodes it;
    /// gives up on malformed UTF-8 (which that reader refuses).
    /// </summary>
    /// <param name="utf8">The content.</param>
    /// <returns>The string.</returns>
    public static string Decode(ReadOnlySpan<byte> utf8)
    {
        if (utf8.IsEmpty)
        {
            return string.Empty;
        }

#if NET8_0_OR_GREATER
        // One pass (transcoding validates), where Encoding.GetString counts the characters first and then transcodes; into
        // the thread's buffer (a stack buffer would be cleared on every call), a rented one for a long string.
        var kept = utf8.Length <= KeptBufferLimit;
        var chars = kept
            ? decodeBuffer ??= new char[KeptBufferLimit]
            : ArrayPool<char>.Shared.Rent(utf8.Length);
        try
        {
            var status = Utf8.ToUtf16(utf8, chars, out _, out var written, replaceInvalidSequences: false);
            return status == OperationStatus.Done ? new string(chars, 0, written) : throw ContractReader.GiveUp();
        }
        finally
        {
            if (!kept)
            {
                ArrayPool<char>.Shared.Return(chars);
            }
        }
#else
        return StrictUtf8.GetString(utf8.ToArray());
#endif
    }

    /// <summary>The token's value as a whole number when it is written plainly (<c>-?(0|[1-9][0-9]{0,8})</c>).</summary>
    /// <param name="number">A number token's bytes.</param>
    /// <param name="value">The value.</param>
    /// <returns>Whether the token is such a number.</returns>
    public static bool TryGetPlainInt32(ReadOnlySpan<byte> number, out int value)
    {
        value = 0;
        var negative = number.Length > 0 && number[0] == '-';
        var digits = number.Slice(negative ? 1 : 0);
        if (digits.IsEmpty || digits.Length > 9 || (digits[0] == '0' && digits.Length > 1))
        {
            return false;
        }

        foreach (var b in digits)
        {
            if (!IsDigit(b))
            {
                return false;
            }

            value = (value * 10) + (b - '0');
        }

        value = negative ? -value : value;
        return true;
    }

    private static bool IsNumberByte(byte b) => IsDigit(b) || b is (byte)'-' or (byte)'+' or (byte)'.' or (byte)'e' or (byte)'E';

    private static bool[] SpecialBytes()
    {
        var special = new bool[256];
        for (var b = 0; b < 0x20; b++)
        {
            special[b] = true;
        }

        special['"'] = true;
        special['\\'] = true;
        return special;
    }

    /// <summary>
    /// The index of the first byte from <paramref name="i"/> on that is not a space, or an index before it (never past
    /// it): eight bytes compared at once.
    /// </summary>
    private static int SkipSpaces(ReadOnlySpan<byte> text, int i)
    {
        while (i + 8 <= text.Length)
        {
            var word = MemoryMarshal.Read<ulong>(text.Slice(i)) ^ EightSpaces;
            if (word != 0)
            {
#if NET8_0_OR_GREATER
                return BitConverter.IsLittleEndian ? i + (BitOperations.TrailingZeroCount(word) >> 3) : i;
#else
                return i;
#endif
            }

            i += 8;
        }

        return i;
    }

    /// <summary>Whether <paramref name="b"/> is an ASCII digit (any other value, -1 included, is not).</summary>
    private static bool IsDigit(int b) => unchecked((uint)(b - '0')) <= 9;

    private static int IndexOfSpecial(ReadOnlySpan<byte> text)
    {
#if NET8_0_OR_GREATER
        return text.IndexOfAny(StringSpecial);
#else
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is (byte)'"' or (byte)'\\' or < 0x20)
            {
                return i;
            }
        }

        return -1;
#endif
    }

    /// <summary>The next byte that is not JSON whitespace (the position left on it), or -1 at the end.</summary>
    private int Next()
    {
        var text = json;
        var i = position;
        while ((uint)i < (uint)text.Length)
        {
            var b = text[i];
            if (b > ' ')
            {
                position = i;
                return b;
            }

            if (b == ' ')
            {
                i = SkipSpaces(text, i + 1);
            }
            else if (b is (byte)'\n' or (byte)'\r' or (byte)'\t')
            {
                i++;
            }
            else
            {
                // A control character outside a string: not JSON; whoever expected a token gives up.
                position = i;
                return b;
            }
        }

        position = i;
        return -1;
    }

    /// <summary>Steps over <paramref name="expected"/>, which <paramref name="next"/> must be.</summary>
    private void Consume(int next, byte expected)
    {
        if (next != expected)
        {
            throw ContractReader.GiveUp();
        }

        position++;
    }

    private void Enter(byte open)
    {
        Consume(Next(), open);

        // System.Text.Json refuses a container that would exceed MaxDepth; one level earlier, the contract decides.
        if (++depth >= maxDepth)
        {
            throw ContractReader.GiveUp();
        }
    }

    private void Leave()
    {
        position++;
        depth--;
    }

    /// <summary>
    /// The content of the string whose opening quote was just passed, the position left after its closing quote. Gives
    /// up at a control character or an unterminated string; an escape is only stepped over (the escaped byte cannot end
    /// the string), its validity left to the contract's reader.
    /// </summary>
    private ReadOnlySpan<byte> StringContent(out bool escaped)
    {
        var rest = json.Slice(position);
        escaped = false;

        // Names and figures are short: looked at byte by byte first, the vectorised search only for a longer string.
        var i = 0;
        var limit = Math.Min(rest.Length, ShortString);
        while (i < limit && !Special[rest[i]])
        {
            i++;
        }

        if (i == limit)
        {
            var more = IndexOfSpecial(rest.Slice(i));
            i = more < 0 ? -1 : i + more;
        }

        while (true)
        {
            if (i < 0)
            {
                throw ContractReader.GiveUp();
            }

            var b = rest[i];
            if (b == '"')
            {
                break;
            }

            if (b != '\\' || i + 2 > rest.Length)
            {
                throw ContractReader.GiveUp();
            }

            escaped = true;
            i += 2;
            var more = IndexOfSpecial(rest.Slice(i));
            i = more < 0 ? -1 : i + more;
        }

        position += i + 1;
        return rest.Slice(0, i);
    }
}
