namespace PublicFinance.FinalAccounts.Cli;

/// <summary>
/// One input's output block, formatted by the worker that checked it, away from the ordering lock (预先格式化的输出块):
/// UTF-8 bytes in a pooled array (JSON, SARIF) or text (text output, HTML pages). Under the lock it is only written.
/// </summary>
internal sealed class PreparedBlock
{
    private PreparedBlock(string? text, byte[]? utf8, int length)
    {
        Text = text;
        Utf8 = utf8;
        Length = length;
    }

    /// <summary>The block as text, or null for a UTF-8 block.</summary>
    public string? Text { get; }

    /// <summary>The pooled array holding a UTF-8 block (its first <see cref="Length"/> bytes), or null for a text block.</summary>
    public byte[]? Utf8 { get; }

    /// <summary>The number of bytes of a UTF-8 block.</summary>
    public int Length { get; }

    /// <summary>A UTF-8 block: a copy of <paramref name="utf8"/> in a pooled array, given back by <see cref="ReturnBuffer"/>.</summary>
    public static PreparedBlock OfUtf8(System.ReadOnlySpan<byte> utf8)
    {
        var array = System.Buffers.ArrayPool<byte>.Shared.Rent(System.Math.Max(1, utf8.Length));
        utf8.CopyTo(array);
        return new PreparedBlock(null, array, utf8.Length);
    }

    /// <summary>The bytes of a UTF-8 block (empty for a text block).</summary>
    public ReadOnlySpan<byte> Bytes => Utf8 is { } array ? array.AsSpan(0, Length) : default;

    /// <summary>
    /// A UTF-8 block of the text in <paramref name="text"/> (its chunks encoded straight into a pooled array, no string
    /// made), given back by <see cref="ReturnBuffer"/>; the bytes are those a UTF-8 writer would write for the text.
    /// </summary>
    public static PreparedBlock OfUtf8(StringBuilder text)
    {
        var array = System.Buffers.ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(text.Length));
        var encoder = Encoding.UTF8.GetEncoder();
        var length = 0;
        foreach (var chunk in text.GetChunks())
        {
            length += encoder.GetBytes(chunk.Span, array.AsSpan(length), flush: false);
        }

        length += encoder.GetBytes([], array.AsSpan(length), flush: true);
        return new PreparedBlock(null, array, length);
    }

    /// <summary>A text block.</summary>
    public static PreparedBlock OfText(string text) => new(text, null, 0);

    /// <summary>Gives the pooled array back once the block is written (call once).</summary>
    public void ReturnBuffer()
    {
        if (Utf8 is { } array)
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(array);
        }
    }
}
