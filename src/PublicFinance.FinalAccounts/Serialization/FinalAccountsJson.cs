using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using PublicFinance.FinalAccounts.Model;

namespace PublicFinance.FinalAccounts.Serialization;

/// <summary>
/// Reads and writes <see cref="FinalAccountsReport"/> as JSON in the published schema
/// (<see cref="FinalAccountsSchema"/>): camelCase names, enums and codes as strings, amounts and percentages as strings
/// that keep their written decimals, deterministic output. Uses System.Text.Json source generation only (trim/AOT-safe).
/// </summary>
/// <remarks>All members are thread-safe.</remarks>
public static class FinalAccountsJson
{
    private static readonly JsonSerializerOptions IndentedOptions =
        CreateOptions(indented: true, FinalAccountsJsonReadOptions.Default.MaxDepth);

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<(string Kind, string Member, Type Type),
        System.Text.Json.Serialization.JsonConverter> SharedConverters = new();

    /// <summary>The serializer options (indented) used by this class; read-only.</summary>
    public static JsonSerializerOptions Options => IndentedOptions;

    /// <summary>
    /// The options <c>Deserialize</c> reads with by default (the indented ones, at the default depth): the
    /// validator's index walks the report through their metadata, which reading a report has already built (a second
    /// options object would build the contract's metadata again on the first validation).
    /// </summary>
    internal static JsonSerializerOptions ReadOptions => IndentedOptions;

    /// <summary>The source-generated contract of the report type, for use with <see cref="JsonSerializer"/> directly.</summary>
    public static JsonTypeInfo<FinalAccountsReport> ReportTypeInfo => ReportInfo(IndentedOptions);

    /// <summary>
    /// Writes a report as JSON text (indented with two spaces and "\n" by default). The same report always gives the same text.
    /// </summary>
    /// <param name="report">The report.</param>
    /// <param name="indented">Whether to indent.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    /// <exception cref="System.Text.Json.JsonException">The report holds a value JSON cannot express: an enum value that is not a defined
    /// member, or a default (empty) classification code.</exception>
    public static string Serialize(FinalAccountsReport report, bool indented = true)
        => Encoding.UTF8.GetString(SerializeToUtf8Bytes(report, indented));

    /// <summary>Writes a report as UTF-8 JSON bytes.</summary>
    /// <param name="report">The report.</param>
    /// <param name="indented">Whether to indent.</param>
    /// <returns>The UTF-8 bytes.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    /// <exception cref="System.Text.Json.JsonException">The report holds a value JSON cannot express: an enum value that is not a defined
    /// member, or a default (empty) classification code.</exception>
    public static byte[] SerializeToUtf8Bytes(FinalAccountsReport report, bool indented = true)
    {
        if (report is null)
        {
            throw new ArgumentNullException(nameof(report));
        }

        var options = indented ? IndentedOptions : Compact.Options;
        return JsonSerializer.SerializeToUtf8Bytes(report, ReportInfo(options));
    }

    /// <summary>Writes a report as UTF-8 JSON to a stream.</summary>
    /// <param name="utf8Json">The stream.</param>
    /// <param name="report">The report.</param>
    /// <param name="indented">Whether to indent.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="System.Text.Json.JsonException">The report holds a value JSON cannot express: an enum value that is not a defined
    /// member, or a default (empty) classification code.</exception>
    /// <exception cref="IOException">The stream cannot be written.</exception>
    public static void Serialize(Stream utf8Json, FinalAccountsReport report, bool indented = true)
    {
        if (utf8Json is null)
        {
            throw new ArgumentNullException(nameof(utf8Json));
        }

        var bytes = SerializeToUtf8Bytes(report, indented);
        utf8Json.Write(bytes, 0, bytes.Length);
    }

    /// <summary>Reads a report from JSON text.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="options">Limits; <see cref="FinalAccountsJsonReadOptions.Default"/> when null.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="FinalAccountsJsonException">The text is not a valid report; the message names the JSON path and what was
    /// expected.</exception>
    public static FinalAccountsReport Deserialize(string json, FinalAccountsJsonReadOptions? options = null)
    {
        if (json is null)
        {
            throw new ArgumentNullException(nameof(json));
        }

        var limits = options ?? FinalAccountsJsonReadOptions.Default;
        if ((long)json.Length > limits.MaxDocumentBytes)
        {
            throw TooLarge(limits);
        }

        // A lone surrogate is not text: refuse it (with its index) rather than let the encoder replace it silently.
        for (var i = 0; i < json.Length; i++)
        {
            if (char.IsHighSurrogate(json[i]) && i + 1 < json.Length && char.IsLowSurrogate(json[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(json[i]))
            {
                throw new FinalAccountsJsonException(Messages.LoneSurrogate(i, json[i]), "$", null, null, null);
            }
        }

        if (Encoding.UTF8.GetByteCount(json) > limits.MaxDocumentBytes)
        {
            throw TooLarge(limits);
        }

        return Deserialize(Encoding.UTF8.GetBytes(json), limits);
    }

    /// <summary>Reads a report from UTF-8 JSON bytes.</summary>
    /// <param name="utf8Json">The UTF-8 bytes (a leading byte-order mark is allowed).</param>
    /// <param name="options">Limits; <see cref="FinalAccountsJsonReadOptions.Default"/> when null.</param>
    /// <returns>The report.</returns>
    /// <exception cref="FinalAccountsJsonException">The bytes are not a valid report; the message names the JSON path and what was
    /// expected.</exception>
    public static FinalAccountsReport Deserialize(ReadOnlySpan<byte> utf8Json, FinalAccountsJsonReadOptions? options = null)
        => Deserialize(utf8Json, options, fastPath: true);

    /// <summary>
    /// Reads a report from UTF-8 JSON bytes, first by the fast path (<see cref="ContractReader"/>) when
    /// <paramref name="fastPath"/> is set; whatever it does not read is read by the contract (System.Text.Json), which
    /// alone decides every refusal. The tests compare both paths through this member.
    /// </summary>
    internal static FinalAccountsReport Deserialize(ReadOnlySpan<byte> utf8Json, FinalAccountsJsonReadOptions? options, bool fastPath)
    {
        var limits = options ?? FinalAccountsJsonReadOptions.Default;
        if (utf8Json.Length > limits.MaxDocumentBytes)
        {
            throw TooLarge(limits);
        }

        if (utf8Json.Length >= 3 && utf8Json[0] == 0xEF && utf8Json[1] == 0xBB && utf8Json[2] == 0xBF)
        {
            utf8Json = utf8Json.Slice(3);
        }

        // Reading ignores indentation: the indented options serve both, so the contract's metadata is built once per
        // process for reading, writing and the validator's walk (ReportTypeInfo), not once for each options instance.
        var serializerOptions = limits.MaxDepth == FinalAccountsJsonReadOptions.Default.MaxDepth
            ? IndentedOptions
            : CreateOptions(false, limits.MaxDepth);
        if (fastPath && ContractReader.TryRead(utf8Json, serializerOptions.MaxDepth) is { } fast)
        {
            return fast;
        }

        var typeInfo = ReportInfo(serializerOptions);
        try
        {
            // The schema allows null nowhere; System.Text.Json would read it as "absent" for optional members. Scanned
            // first so that the error names the path even where the model itself would refuse the null (list items).
            if (JsonNullScan.FindNull(utf8Json, limits.MaxDepth) is { } nullError)
            {
                throw nullError;
            }

            return JsonSerializer.Deserialize(utf8Json, typeInfo)
                ?? throw new FinalAccountsJsonException(Messages.JsonReportNull, "$", 0, 0, null);
        }
        catch (FinalAccountsJsonException)
        {
            throw;
        }
        catch (JsonException ex)
        {
            throw Wrap(ex);
        }
        catch (ArgumentException ex) when (ex.ParamName is nameof(StatedFigure.Budget) or nameof(StatedFigure.SecondBudget)
            && SameBasisScan.Find(utf8Json, limits.MaxDepth, ex) is { } located)
        {
            throw located;   // revfixb: two budgets of one basis, located like every other invalid value
        }
        catch (ArgumentException ex)
        {
            throw new FinalAccountsJsonException(Messages.JsonInvalidValue(ex.Message), null, null, null, ex);
        }
        catch (OverflowException ex)
        {
            throw new FinalAccountsJsonException(Messages.JsonValueOutOfRange(ex.Message), null, null, null, ex);
        }
    }

    /// <summary>
    /// Reads a report from a UTF-8 JSON stream, reading at most <see cref="FinalAccountsJsonReadOptions.MaxDocumentBytes"/> + 1 bytes.
    /// </summary>
    /// <param name="utf8Json">The stream.</param>
    /// <param name="options">Limits; <see cref="FinalAccountsJsonReadOptions.Default"/> when null.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="FinalAccountsJsonException">The content is not a valid report.</exception>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    /// <exception cref="NotSupportedException">The stream does not support reading.</exception>
    /// <exception cref="ObjectDisposedException">The stream is closed.</exception>
    public static FinalAccountsReport Deserialize(Stream utf8Json, FinalAccountsJsonReadOptions? options = null)
    {
        if (utf8Json is null)
        {
            throw new ArgumentNullException(nameof(utf8Json));
        }

        var limits = options ?? FinalAccountsJsonReadOptions.Default;
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = utf8Json.Read(chunk, 0, chunk.Length)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > limits.MaxDocumentBytes)
            {
                throw TooLarge(limits);
            }
        }

        return Deserialize(new ReadOnlySpan<byte>(buffer.GetBuffer(), 0, (int)buffer.Length), limits);
    }

    /// <summary>Tries to read a report from JSON text; never throws for bad input.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="report">The report, or null on failure.</param>
    /// <param name="error">The located error, or null on success.</param>
    /// <returns>Whether the text was a valid report.</returns>
    public static bool TryDeserialize(string? json, out FinalAccountsReport? report, out FinalAccountsJsonException? error)
    {
        report = null;
        if (json is null)
        {
            error = new FinalAccountsJsonException(Messages.JsonTextMissing, "$", null, null, null);
            return false;
        }

        try
        {
            report = Deserialize(json);
            error = null;
            return true;
        }
        catch (FinalAccountsJsonException ex)
        {
            error = ex;
            return false;
        }
    }

    private static FinalAccountsJsonException TooLarge(FinalAccountsJsonReadOptions limits)
        => new(
            Messages.JsonDocumentTooLarge(limits.MaxDocumentBytes),
            "$",
            null,
            null,
            null);

    private static JsonTypeInfo<FinalAccountsReport> ReportInfo(JsonSerializerOptions options)
        => (JsonTypeInfo<FinalAccountsReport>)options.GetTypeInfo(typeof(FinalAccountsReport));

    private static FinalAccountsJsonException Wrap(JsonException ex)
    {
        var detail = ex.InnerException is { } inner && inner is not JsonException ? inner.Message : FirstSentence(ex.Message);
        return new FinalAccountsJsonException(
            Messages.JsonInvalidAt(ex.Path, ex.LineNumber, ex.BytePositionInLine, detail),
            ex.Path,
            ex.LineNumber,
            ex.BytePositionInLine,
            ex);
    }

    private static string FirstSentence(string message)
    {
        // System.Text.Json appends " Path: $.x | LineNumber: …" to its own messages; the path is reported separately.
        var cut = message.IndexOf(" Path: ", StringComparison.Ordinal);
        return cut > 0 ? message.Substring(0, cut) : message;
    }

    private static JsonSerializerOptions CreateOptions(bool indented, int maxDepth)
    {
        var options = new JsonSerializerOptions(FinalAccountsJsonContext.Default.Options)
        {
            WriteIndented = indented,
            IndentSize = 2,
            NewLine = "\n",
            MaxDepth = maxDepth,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            TypeInfoResolver = FinalAccountsJsonContext.Default.WithAddedModifier(Modify),
        };
        options.MakeReadOnly();
        return options;
    }

    private static System.Text.Json.Serialization.JsonConverter UnsignedConverter(Type type, string member)
    {
        if (type == typeof(Values.Amount?))
        {
            return new UnsignedFigureConverter<Values.Amount>(new AmountJsonConverter(), member);
        }

        if (type == typeof(Values.Percent?))
        {
            return new UnsignedFigureConverter<Values.Percent>(new PercentJsonConverter(), member);
        }

        return type == typeof(Values.Quantity?)
            ? new UnsignedFigureConverter<Values.Quantity>(new QuantityJsonConverter(), member)
            : throw new InvalidOperationException($"No unsigned reading for {type}.");
    }

    /// <summary>
    /// The converter of a member, made once per kind and member name and shared by every type and options instance
    /// (converters hold no state): each <see cref="System.Text.Json.Serialization.JsonConverter"/> made asks the runtime
    /// for its type's assembly, which in a native (AOT) build is slow enough to show in a one-report start-up.
    /// </summary>
    private static System.Text.Json.Serialization.JsonConverter Shared(
        string kind, string member, Type type, Func<System.Text.Json.Serialization.JsonConverter> create)
        => SharedConverters.GetOrAdd((kind, member, type), _ => create());

    private static void Modify(JsonTypeInfo typeInfo)
    {
        if (typeInfo.Kind != JsonTypeInfoKind.Object)
        {
            return;
        }

        foreach (var property in typeInfo.Properties)
        {
            // Integers are counts (≥ 0) except signed changes and the fiscal year; check them while reading so that
            // the error carries the JSON path. The model's init accessors check too, but System.Text.Json calls them
            // through the generated constructor delegate, where no path is known.
            if (property.PropertyType == typeof(int) || property.PropertyType == typeof(int?))
            {
                var (min, max, what, zh) = property.Name switch
                {
                    "fiscalYear" => (Values.FiscalYearRange.First, Values.FiscalYearRange.Last, "a fiscal year", "决算年度"),
                    "change" => (int.MinValue, int.MaxValue, "a signed change", "增减数"),
                    _ => (0, int.MaxValue, "a non-negative count", "数量"),
                };
                property.CustomConverter = property.PropertyType == typeof(int)
                    ? Shared("bounded", what, typeof(int), () => new BoundedInt32Converter(min, max, what, zh))
                    : Shared("bounded", what, typeof(int?), () => new NullableBoundedInt32Converter(min, max, what, zh));
            }

            // The string and sign constraints of the schema that the model leaves open (JsonContract); checked by
            // converters so that the error carries the JSON path and position.
            if (property.PropertyType == typeof(string) && JsonContract.IsConstrained(typeInfo.Type, property.Name))
            {
                var member = property.Name;
                var nonBlank = JsonContract.IsNonBlank(typeInfo.Type, member);
                property.CustomConverter = Shared(
                    nonBlank ? "nonBlankString" : "string", member, typeof(string), () => new ContractStringConverter(member, nonBlank));
            }

            if (JsonContract.IsUnsigned(typeInfo.Type, property.Name))
            {
                var (member, type) = (property.Name, property.PropertyType);
                property.CustomConverter = Shared("unsigned", member, type, () => UnsignedConverter(type, member));
            }

            if (property.PropertyType.IsGenericType && property.PropertyType.GetGenericTypeDefinition() == typeof(IReadOnlyList<>))
            {
                // Empty lists are omitted: absent and empty read back the same (an empty list), so output stays minimal.
                property.ShouldSerialize = static (_, value)
                    => value is System.Collections.IEnumerable items && items.GetEnumerator().MoveNext();
            }
        }
    }

    /// <summary>The compact options, made when first written with (reading uses the indented ones).</summary>
    private static class Compact
    {
        public static readonly JsonSerializerOptions Options =
            CreateOptions(indented: false, FinalAccountsJsonReadOptions.Default.MaxDepth);
    }
}
