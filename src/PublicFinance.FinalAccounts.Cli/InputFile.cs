using System.Buffers;
using PublicFinance.FinalAccounts.Disclosures;

namespace PublicFinance.FinalAccounts.Cli;

/// <summary>
/// Opens an input file safely (读取输入文件): a directory, a missing file, an empty file or anything that is not a
/// regular file (FIFO, device) is refused with a clear bilingual message before any reading; at most
/// <see cref="MaxBytes"/> + 1 bytes are read, so a huge file or a link to <c>/dev/zero</c> never exhausts memory.
/// </summary>
internal static class InputFile
{
    /// <summary>The largest disclosure text accepted, in bytes (16 MiB: 4 Mi characters of UTF-8 Chinese text).</summary>
    public const int MaxBytes = 16 * 1024 * 1024;

    /// <summary>The largest input read at all, in bytes (64 MiB: a published PDF or workbook).</summary>
    public const int MaxPublishedBytes = 64 * 1024 * 1024;

    /// <summary>Checks that the path names a non-empty regular file; writes the reason to stderr when it does not.</summary>
    public static bool Check(string path, TextWriter stderr)
    {
        if (Directory.Exists(path))
        {
            return Fail(stderr, CliMessages.IsDirectory(path));
        }

        if (!File.Exists(path))
        {
            return Fail(stderr, CliMessages.FileNotFound(path));
        }

        long length;
        try
        {
            // A symbolic link is judged by what it finally points to (a link to /dev/zero is a device, not a text).
            var target = File.ResolveLinkTarget(path, returnFinalTarget: true);
            length = new FileInfo(target?.FullName ?? path).Length;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return Fail(stderr, CliMessages.CannotRead(path, ex.Message));
        }

        // A FIFO, a socket and a character device report length 0, like an empty file: none of them is a disclosure,
        // and opening a FIFO would wait for a writer forever, so they are refused before opening.
        if (length == 0)
        {
            return Fail(stderr, CliMessages.EmptyOrNotRegular(path));
        }

        return true;
    }

    /// <summary>
    /// Reads at most <paramref name="limit"/> bytes into an array rented from <see cref="ArrayPool{T}.Shared"/> (the first
    /// <paramref name="length"/> bytes are the file; give the array back with <see cref="Return"/> once they are no longer
    /// used, or let it go); refuses a longer file (or a non-seekable one) with a message.
    /// </summary>
    public static bool TryReadBytes(string path, int limit, TextWriter stderr, out byte[] buffer, out int length)
    {
        buffer = [];
        length = 0;
        if (!Check(path, stderr))
        {
            return false;
        }

        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
            if (!stream.CanSeek)
            {
                return Fail(stderr, CliMessages.NotRegular(path));
            }

            // Read until end of file or limit + 1 bytes, whatever the file claims its length is (room for one byte more
            // than it claims, so a file of the claimed length is read in one pass and its end seen without growing).
            var rented = ArrayPool<byte>.Shared.Rent((int)Math.Min(stream.Length, (long)limit) + 1);
            var count = 0;
            int n;
            while (count <= limit && (n = stream.Read(rented, count, Math.Min(rented.Length, limit + 1) - count)) > 0)
            {
                count += n;
                if (count == rented.Length && count <= limit)
                {
                    var larger = ArrayPool<byte>.Shared.Rent((int)Math.Min(2L * rented.Length, limit + 1L));
                    rented.AsSpan(0, count).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(rented);
                    rented = larger;
                }
            }

            if (count > limit)
            {
                ArrayPool<byte>.Shared.Return(rented);
                return Fail(stderr, CliMessages.FileTooLarge(path, limit));
            }

            buffer = rented;
            length = count;
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return Fail(stderr, CliMessages.CannotRead(path, ex.Message));
        }
    }

    /// <summary>Gives back an array of <see cref="TryReadBytes"/> to the pool; nothing may use it afterwards.</summary>
    public static void Return(byte[] buffer) => ArrayPool<byte>.Shared.Return(buffer);

    /// <summary>Decodes the bytes of a disclosure text named <paramref name="name"/>; refuses what is too long, binary or blank.</summary>
    public static bool TryDecodeText(string name, ReadOnlySpan<byte> bytes, DisclosureEncoding encoding, TextWriter stderr, out string text)
    {
        text = string.Empty;
        if (bytes.Length > MaxBytes)
        {
            return Fail(stderr, CliMessages.FileTooLarge(name, MaxBytes));
        }

        if (bytes.Length == 0)
        {
            return Fail(stderr, CliMessages.InputEmpty(name));
        }

        var decoded = DisclosureDecoder.Decode(bytes, encoding);
        if (!decoded.Succeeded)
        {
            return Fail(stderr, $"{name}: {decoded.ErrorEn} {decoded.ErrorZh}");
        }

        if (decoded.Text.Length > DisclosureReader.MaxLength)
        {
            return Fail(stderr, CliMessages.TextTooLong(name, decoded.Text.Length, DisclosureReader.MaxLength));
        }

        if (decoded.Text.Trim().Length == 0)
        {
            return Fail(stderr, CliMessages.OnlyWhitespace(name));
        }

        text = decoded.Text;
        return true;
    }

    private static bool Fail(TextWriter stderr, string message)
    {
        stderr.WriteLine("error: " + message);
        return false;
    }
}
