using System.Numerics;
using System.Runtime.Intrinsics;

namespace PublicFinance.FinalAccounts.Cli;

/// <summary>
/// Finds the end of a JSON object or array without tokenizing it (跳过 JSON 容器): 64 bytes at a time, the quotes,
/// backslashes and brackets of a block are found as bit masks with vector compares, the bytes inside strings as the
/// prefix XOR of the quote mask, and only the brackets outside strings are counted. A block holding a backslash (an
/// escape, rare in report JSON) is walked byte by byte. Answers as the byte walk it replaces: the offset after the
/// matching bracket, or −1 when the bytes end first (an unterminated string or container).
/// </summary>
internal static class JsonContainerSkip
{
    private const int Block = 64;

    /// <summary>The offset after the container opening at <paramref name="at"/> (a <c>{</c> or <c>[</c>), or −1.</summary>
    public static int End(ReadOnlySpan<byte> utf8, int at)
    {
        var state = new State();
        var start = at;
        for (; start + Block <= utf8.Length; start += Block)
        {
            var end = Walk(utf8.Slice(start, Block), ref state);
            if (end >= 0)
            {
                return start + end;
            }
        }

        if (start >= utf8.Length)
        {
            return -1;
        }

        Span<byte> padded = stackalloc byte[Block];
        padded.Fill((byte)' ');   // spaces: neither quotes nor brackets
        utf8[start..].CopyTo(padded);
        var last = Walk(padded, ref state);
        return last >= 0 ? start + last : -1;
    }

    /// <summary>One block: the offset after the closing bracket if it is in the block, else −1 (the state carried on).</summary>
    private static int Walk(ReadOnlySpan<byte> block, ref State state)
    {
        var v0 = Vector128.Create(block);
        var v1 = Vector128.Create(block[16..]);
        var v2 = Vector128.Create(block[32..]);
        var v3 = Vector128.Create(block[48..]);
        if (state.Escaped || Bits(v0, v1, v2, v3, (byte)'\\') != 0)
        {
            return WalkBytes(block, ref state);
        }

        var quotes = Bits(v0, v1, v2, v3, (byte)'"');
        var inString = PrefixXor(quotes) ^ (state.InString ? ulong.MaxValue : 0);
        state.InString = inString >> 63 != 0;   // the last byte's bit: still inside a string
        // '[' | 0x20 is '{' and ']' | 0x20 is '}' (no other byte maps to either).
        var case20 = Vector128.Create((byte)0x20);
        var (w0, w1, w2, w3) = (v0 | case20, v1 | case20, v2 | case20, v3 | case20);
        var opens = Bits(w0, w1, w2, w3, (byte)'{') & ~inString;
        var brackets = opens | (Bits(w0, w1, w2, w3, (byte)'}') & ~inString);
        while (brackets != 0)
        {
            var bit = BitOperations.TrailingZeroCount(brackets);
            brackets &= brackets - 1;
            state.Depth += (opens >> bit & 1) != 0 ? 1 : -1;
            if (state.Depth == 0)
            {
                return bit + 1;
            }
        }

        return -1;
    }

    /// <summary>The byte walk, for a block with escapes.</summary>
    private static int WalkBytes(ReadOnlySpan<byte> block, ref State state)
    {
        for (var i = 0; i < block.Length; i++)
        {
            var b = block[i];
            if (state.InString)
            {
                if (state.Escaped)
                {
                    state.Escaped = false;
                }
                else if (b == (byte)'\\')
                {
                    state.Escaped = true;
                }
                else if (b == (byte)'"')
                {
                    state.InString = false;
                }
            }
            else if (b == (byte)'"')
            {
                state.InString = true;
            }
            else if ((b | 0x20) == (byte)'{')
            {
                state.Depth++;
            }
            else if ((b | 0x20) == (byte)'}' && --state.Depth == 0)
            {
                return i + 1;
            }
        }

        return -1;
    }

    /// <summary>Bit <c>i</c> set where byte <c>i</c> of the 64 is <paramref name="value"/>.</summary>
    private static ulong Bits(Vector128<byte> v0, Vector128<byte> v1, Vector128<byte> v2, Vector128<byte> v3, byte value)
    {
        var target = Vector128.Create(value);
        return Vector128.Equals(v0, target).ExtractMostSignificantBits()
            | ((ulong)Vector128.Equals(v1, target).ExtractMostSignificantBits() << 16)
            | ((ulong)Vector128.Equals(v2, target).ExtractMostSignificantBits() << 32)
            | ((ulong)Vector128.Equals(v3, target).ExtractMostSignificantBits() << 48);
    }

    /// <summary>Bit <c>i</c> = the XOR of bits 0…i: set from an opening quote up to (not including) its closing one.</summary>
    private static ulong PrefixXor(ulong x)
    {
        x ^= x << 1;
        x ^= x << 2;
        x ^= x << 4;
        x ^= x << 8;
        x ^= x << 16;
        return x ^ (x << 32);
    }

    /// <summary>What carries from one block to the next.</summary>
    private struct State
    {
        public int Depth;
        public bool InString;
        public bool Escaped;
    }
}
