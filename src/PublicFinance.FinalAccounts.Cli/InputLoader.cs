using PublicFinance.FinalAccounts.Disclosures;
using PublicFinance.FinalAccounts.Documents;
using PublicFinance.FinalAccounts.Model;
using PublicFinance.FinalAccounts.Serialization;
using PublicFinance.FinalAccounts.Validation;

namespace PublicFinance.FinalAccounts.Cli;

/// <summary>
/// Reads one input into a report (读取输入), deciding its kind by content: report JSON (starts with <c>{</c>), a
/// published file (PDF, web page, workbook by their first bytes) or a 说明 text (anything else; the nine tables pasted in
/// it as text are its tables). What cannot be read is refused with a bilingual reason naming the input, written to the
/// given writer; nothing throws.
/// </summary>
internal static class InputLoader
{
    /// <summary>Decides the kind of an input from its bytes.</summary>
    public static InputKind Detect(ReadOnlySpan<byte> bytes)
    {
        var i = bytes.StartsWith("\uFEFF"u8) ? 3 : 0;
        while (i < bytes.Length && bytes[i] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')
        {
            i++;
        }

        if (i < bytes.Length && bytes[i] == (byte)'{')
        {
            return InputKind.ReportJson;
        }

        return DocumentKindDetector.Detect(bytes) is DocumentKind.Pdf or DocumentKind.Html or DocumentKind.Xlsx or DocumentKind.Xls
            ? InputKind.Published
            : InputKind.Text;
    }

    /// <summary>
    /// Reads one input; null (the reason on <paramref name="errors"/>) when it cannot be read. A report JSON input keeps
    /// its bytes (<see cref="LoadedInput.JsonText"/>, in a pooled array: <see cref="LoadedInput.ReturnBuffer"/>) until its
    /// findings are located; the bytes of other inputs are given back before this returns.
    /// </summary>
    public static LoadedInput? Load(InputSource source, TextInputOptions options, TextWriter errors)
    {
        byte[] buffer;
        int length;
        bool rented;
        using (StageProbe.Measure(StageProbe.Stage.ReadFile))
        {
            if (!TryGetBytes(source, errors, out buffer, out length, out rented))
            {
                return null;
            }
        }

        var keep = false;
        try
        {
            var loaded = Load(source, new ArraySegment<byte>(buffer, 0, length), rented ? buffer : null, options, errors);
            keep = loaded?.JsonText.IsEmpty == false;
            return loaded;
        }
        finally
        {
            if (rented && !keep)
            {
                InputFile.Return(buffer);
            }
        }
    }

    private static LoadedInput? Load(
        InputSource source, ArraySegment<byte> bytes, byte[]? rented, TextInputOptions options, TextWriter errors)
    {
        switch (Detect(bytes))
        {
            case InputKind.ReportJson:
                try
                {
                    FinalAccountsReport report;
                    using (StageProbe.Measure(StageProbe.Stage.Deserialize))
                    {
                        report = FinalAccountsJson.Deserialize(bytes);
                    }

                    return new LoadedInput
                    {
                        Name = source.Name,
                        Kind = InputKind.ReportJson,
                        Report = report,
                        JsonText = bytes,
                        RentedBuffer = rented,
                        ByteLength = bytes.Count,
                        Extent = LoadedInput.ExtentOfUtf8(bytes),
                    };
                }
                catch (FinalAccountsJsonException ex)
                {
                    errors.WriteLine($"error: {source.Name}: {ex.Message}");
                    return null;
                }

            case InputKind.Published:
            {
                using var probe = StageProbe.Measure(StageProbe.Stage.ReadText);
                return TryReadDocument(source.Name, bytes, errors, out var document)
                    ? Combine([document], source.Name, bytes.Count, options, errors)
                    : null;
            }

            default:
            {
                using var probe = StageProbe.Measure(StageProbe.Stage.ReadText);
                if (!InputFile.TryDecodeText(source.Name, bytes, options.Encoding, errors, out var text))
                {
                    return null;
                }

                var read = DisclosureReader.Read(text, new DisclosureReadOptions { FiscalYear = options.FiscalYear });
                // The nine tables pasted in the text, mapped as a web page's are; a text without them reads as before.
                var disclosure = TextTables(read, text, source.Name, options.Rounding);
                if (read.FigureCount == 0 && disclosure?.Report.Tables is null)
                {
                    errors.WriteLine("error: " + CliMessages.NoFigureRead(source.Name, read.UnplacedFigureCount));
                    TextOutput.WriteNotes(source.Name, read, errors, 20);
                    return null;
                }

                return new LoadedInput
                {
                    Name = source.Name,
                    Kind = InputKind.Text,
                    Report = disclosure?.Report ?? read.Report,
                    Read = read,
                    Disclosure = disclosure,
                    SourceText = text,
                    ByteLength = bytes.Count,
                    Extent = LoadedInput.ExtentOf(text),
                };
            }
        }
    }

    /// <summary>
    /// The text's narrative read combined with the nine tables pasted in it as text (<see cref="PublishedDocumentReader.ReadText"/>),
    /// or null when the text holds no table title (nor a table left unread with a note): such a text is read exactly as before.
    /// </summary>
    private static PublishedDisclosure? TextTables(DisclosureReadResult read, string text, string name, RoundingMode rounding)
    {
        var document = PublishedDocumentReader.ReadText(text, name);
        return document.Tables.Count == 0 && document.Notes.Count == 0 ? null : PublishedDocumentReader.Combine(read, [document], rounding);
    }

    /// <summary>
    /// Reads several published files as the files of one disclosure (<c>--combine</c>: e.g. the 说明 PDF and the tables
    /// workbook); a plain text (the 说明 as .txt, decoded as <c>--encoding</c> says) is one of them, read as
    /// <see cref="PublishedDocumentReader.ReadText"/> reads it. Null (every reason on <paramref name="errors"/>) when one
    /// cannot be read or is report JSON.
    /// </summary>
    public static LoadedInput? LoadCombined(IReadOnlyList<InputSource> sources, TextInputOptions options, TextWriter errors)
    {
        var documents = new List<PublishedDocument>(sources.Count);
        var ok = true;
        long length = 0;
        foreach (var source in sources)
        {
            if (!TryGetBytes(source, errors, out var buffer, out var count, out _))
            {
                ok = false;
                continue;
            }

            var bytes = new ArraySegment<byte>(buffer, 0, count);   // not given back: published files are few, read once
            var detected = Detect(bytes);
            if (detected == InputKind.ReportJson)
            {
                errors.WriteLine("error: " + CliMessages.CombinePublishedOnly(source.Name, "report JSON"));
                ok = false;
            }
            else if (detected != InputKind.Published)
            {
                // A 说明 kept as plain text beside a workbook of the tables (blind round 25 C, F13): one file of the disclosure.
                if (InputFile.TryDecodeText(source.Name, bytes, options.Encoding, errors, out var text))
                {
                    documents.Add(PublishedDocumentReader.ReadText(text, source.Name));
                    length += bytes.Count;
                }
                else
                {
                    ok = false;
                }
            }
            else if (TryReadDocument(source.Name, bytes, errors, out var document))
            {
                documents.Add(document);
                length += bytes.Count;
            }
            else
            {
                ok = false;
            }
        }

        return ok ? Combine(documents, string.Join(" + ", sources.Select(s => s.Name)), length, options, errors) : null;
    }

    private static bool TryReadDocument(string name, ReadOnlySpan<byte> bytes, TextWriter errors, out PublishedDocument document)
    {
        try
        {
            document = PublishedDocumentReader.Read(bytes, name);
            return true;
        }
        catch (DocumentFormatException ex)
        {
            errors.WriteLine($"error: {name}: {ex.Message}");
            document = null!;
            return false;
        }
    }

    /// <summary>
    /// The files read as one disclosure: their narratives read together with the command line's <c>--year</c> (a workbook
    /// of tables states no year), then combined with their tables under its <c>--rounding</c>.
    /// </summary>
    private static LoadedInput? Combine(
        IReadOnlyList<PublishedDocument> documents, string name, long length, TextInputOptions options, TextWriter errors)
    {
        var narrative = string.Join("\f", documents.Select(d => d.Text).Where(t => t.Length > 0));
        var read = DisclosureReader.Read(narrative, new DisclosureReadOptions { FiscalYear = options.FiscalYear });
        var disclosure = PublishedDocumentReader.Combine(read, documents, options.Rounding);
        if (disclosure.Read.FigureCount == 0 && disclosure.Report.Tables is null
            && disclosure.Report.Performance is not { Evaluations.Count: > 0 })
        {
            errors.WriteLine("error: " + CliMessages.NothingRead(name));
            return null;
        }

        return new LoadedInput
        {
            Name = name,
            Kind = InputKind.Published,
            Report = disclosure.Report,
            Read = disclosure.Read,
            Disclosure = disclosure,
            ByteLength = length,
        };
    }

    private static bool TryGetBytes(InputSource source, TextWriter errors, out byte[] buffer, out int length, out bool rented)
    {
        buffer = source.Bytes ?? [];
        length = buffer.Length;
        rented = false;
        if (source.Problem is not null)
        {
            errors.WriteLine("error: " + source.Problem);
            return false;
        }

        if (source.Path is null)
        {
            if (length > 0)
            {
                return true;
            }

            errors.WriteLine("error: " + CliMessages.StdinEmpty(source.Name));
            return false;
        }

        rented = InputFile.TryReadBytes(source.Path, InputFile.MaxPublishedBytes, errors, out buffer, out length);
        return rented;
    }
}
