using System.IO;
using System.Text.Json;
using System.Text.Json.Nodes;
using PublicFinance.FinalAccounts.Model;
using PublicFinance.FinalAccounts.Serialization;
using PublicFinance.FinalAccounts.Validation;

namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Reads the 说明 text of a 部门决算 or 单位决算 disclosure — plain text or Markdown as produced from PDF, Word or
/// HTML, whole or in part — into a <see cref="FinalAccountsReport"/>, with every claim located in the text
/// (读取决算说明文本). Never throws on bad input: what it cannot understand becomes a <see cref="ReaderNote"/>. Time
/// is linear in the input (a hand-written scanner, no regular expressions); output is deterministic.
/// </summary>
/// <example>
/// <code>
/// var read = DisclosureReader.Read(File.ReadAllText("说明.txt"));
/// var result = Validator.Default.Validate(read.Report, read.Sources);   // diagnostics carry line:column
/// </code>
/// </example>
public static class DisclosureReader
{
    /// <summary>The largest input accepted, in characters (4 Mi); longer texts are refused with a note.</summary>
    public const int MaxLength = 4 * 1024 * 1024;

    /// <summary>Reads a disclosure text.</summary>
    /// <param name="text">UTF-8 decoded text (纯文本或 Markdown).</param>
    /// <returns>The report, the claims, notes, text findings and the source map.</returns>
    public static DisclosureReadResult Read(string text) => Read(text, DisclosureReadOptions.Default);

    /// <summary>Reads the bytes of a disclosure file: decodes them (see <see cref="DisclosureDecoder"/>), then reads the text.</summary>
    /// <param name="bytes">The file's bytes.</param>
    /// <param name="encoding">The encoding, or <see cref="DisclosureEncoding.Auto"/> to detect it.</param>
    /// <param name="options">Reading options, or null for the defaults.</param>
    /// <returns>The result; when the bytes cannot be decoded, an empty report with one note that says where and why.</returns>
    public static DisclosureReadResult Read(ReadOnlySpan<byte> bytes, DisclosureEncoding encoding, DisclosureReadOptions? options = null)
    {
        var decoded = DisclosureDecoder.Decode(bytes, encoding);
        if (decoded.Succeeded)
        {
            return Read(decoded.Text, options ?? DisclosureReadOptions.Default);
        }

        return Unread(decoded.ErrorZh, decoded.ErrorEn, options);
    }

    /// <summary>Reads a disclosure text with options.</summary>
    /// <param name="text">The decoded text (纯文本或 Markdown).</param>
    /// <param name="options">Reading options.</param>
    /// <returns>The report, the claims, notes, text findings and the source map.</returns>
    public static DisclosureReadResult Read(string text, DisclosureReadOptions options) => Read(text, options, direct: true);

    /// <summary>
    /// Reads a text as <see cref="Read(string, DisclosureReadOptions)"/> does, but always turns the draft into the model
    /// through its JSON and the contract's deserializer (the path before <see cref="DraftMaterializer"/>): the oracle
    /// the tests compare the direct path with.
    /// </summary>
    internal static DisclosureReadResult ReadThroughJson(string text, DisclosureReadOptions options) => Read(text, options, direct: false);

    private static DisclosureReadResult Read(string text, DisclosureReadOptions options, bool direct)
    {
        if (text is null)
        {
            throw new ArgumentNullException(nameof(text));
        }

        if (options is null)
        {
            throw new ArgumentNullException(nameof(options));
        }

        if (text.Length > MaxLength)
        {
            var (zh, en) = DisclosureMessages.TextTooLong(text.Length, MaxLength);
            return Unread(zh, en, options);
        }

        var source = new SourceText(text);
        var builder = new ReportBuilder(source);
        var outcome = ReadingPipeline.Run(source, builder);
        var year = outcome.FiscalYear;
        if (!builder.Has("/entity/name"))
        {
            builder.Note(new SourceSpan(1, 1, 1, 1), DisclosureMessages.EntityNameNotFound.Zh, DisclosureMessages.EntityNameNotFound.En);
            builder.Put("/entity/name", string.Empty);
        }

        int? knownYear = year != 0 ? year : options.FiscalYear;
        if (year == 0)
        {
            if (options.FiscalYear is { } given)
            {
                builder.Put("/entity/fiscalYear", given);
            }
            else
            {
                var (zh, en) = DisclosureMessages.FiscalYearNotFound;
                builder.Note(new SourceSpan(1, 1, 1, 1), zh, en);
            }
        }

        var withdrawn = PartialLists.Withdraw(builder);   // a list of 类 or 项 that falls short of its whole: notes (FA1205)
        withdrawn = PartialLists.WithdrawVehicleKinds(builder, withdrawn);   // kinds that cannot all be categories (FA4201/FA4202)
        withdrawn = PartialLists.WithdrawSmeParts(builder, withdrawn);   // SME parts adding up to the procurement total (FA4103)
        builder.DropChangesWithoutDirection();   // a change the model cannot hold is a located note, never invalid JSON
        builder.SummarizeRepeatedNotes();   // before the report is built: every fragment it drops gets its own note
        builder.Put("/schemaVersion", FinalAccountsReport.CurrentSchemaVersion);
        var secondBudget = true;   // unknown unless the draft is built straight (DraftMaterializer)
        var report = (direct ? DraftMaterializer.TryBuild(builder.Root, source, out secondBudget) : null);
        if (report is null)
        {
            secondBudget = true;
            report = Materialize(builder, outcome.EntityName, knownYear);
        }

        // The lowest minor version whose members the report uses (docs/schema-versioning.md), so an older consumer reads it;
        // a report built from a draft with no secondBudget member is not walked for one (session 35).
        report = report with { SchemaVersion = SchemaVersionFloor.Of(report, secondBudget) };
        // The claims as an array of exactly them (the builder's list is rented from the shared pool and given back).
        var claims = TextOrder.Sort(builder.Claims, c => c.Span, copy: true);
        builder.Claims.Release();
        if (withdrawn is not null)
        {
            claims = PartialLists.Renumber(claims, withdrawn);
        }

        var figures = 0;
        for (var i = 0; i < claims.Count; i++)
        {
            figures += claims[i].Kind is not (ClaimKind.Unchanged or ClaimKind.BudgetRelation) ? 1 : 0;
        }

        return new DisclosureReadResult
        {
            Report = report,
            Claims = claims,
            Notes = builder.Notes,   // the builder's own list: nothing adds to it once the read is made
            TextFindings = TextOrder.Sort(builder.Findings, f => f.Span ?? default, copy: false),
            Sources = new SourceMap((SourceMap.ISpanSource)builder.Spans)   // the draft answers: no copy of its pairs
            {
                WrittenFigures = builder.WrittenFigures,
            },
            FiscalYear = knownYear,
            FigureCount = figures,
            UnplacedFigureCount = outcome.UnplacedFigureCount,
        };
    }

    /// <summary>A result for a text that was not read at all: an empty report and one note.</summary>
    private static DisclosureReadResult Unread(string zh, string en, DisclosureReadOptions? options)
    {
        var note = new ReaderNote { Span = new SourceSpan(1, 1, 1, 1), MessageZh = zh, MessageEn = en };
        return new DisclosureReadResult
        {
            Report = Fallback(null, options?.FiscalYear),
            Notes = new[] { note },
            Sources = SourceMap.Empty,
            FiscalYear = options?.FiscalYear,
        };
    }

    /// <summary>
    /// Turns the built JSON into the model (when <see cref="DraftMaterializer"/> cannot decide, or for the oracle). A
    /// fragment the model cannot hold (say an evaluation table with a title and nothing else) is removed with a note
    /// naming it, and everything else is kept. The common case is one
    /// <see cref="FinalAccountsJson.TryDeserialize"/>; when that fails, every unit of the report (each top-level
    /// member, each member of those, each element of their lists) is checked on its own, so that a bad fragment
    /// costs the size of its own unit, never a re-serialisation of the whole report — time stays linear however
    /// many fragments are dropped.
    /// </summary>
    private static FinalAccountsReport Materialize(ReportBuilder builder, string? name, int? year)
    {
        if (TryMaterialize(builder.Root.WriteTo, out var whole, out _))
        {
            return whole!;
        }

        // Rare: a fragment the model cannot hold. The draft becomes JSON nodes once, and each unit is checked alone.
        var root = ToJsonObject(builder.Root);
        var entity = root["entity"]?.DeepClone();
        foreach (var unit in Units(root))
        {
            Repair(builder, root, entity, unit);
        }

        if (TryMaterialize(w => root.WriteTo(w), out var repaired, out var error))
        {
            return repaired!;
        }

        // Units that fit one by one but not together: nothing local can be dropped, so keep the entity and say so.
        var (zh, en) = DisclosureMessages.PartsDoNotFitTogetherPlain(error!.Path);   // plain words, once (Blind26B)
        builder.Note(new SourceSpan(1, 1, 1, 1), zh, en);
        return Fallback(name, year);
    }

    /// <summary>The draft as JSON nodes (for the repair of a report that does not fit the model).</summary>
    private static JsonObject ToJsonObject(DraftNode draft)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            draft.WriteTo(writer);
        }

        return (JsonObject)JsonNode.Parse(new ReadOnlySpan<byte>(stream.GetBuffer(), 0, (int)stream.Length))!;
    }

    /// <summary>
    /// Reads the model from the built JSON as <see cref="FinalAccountsJson.TryDeserialize"/> reads its text, but from the
    /// UTF-8 bytes the node writes (the same writer <see cref="JsonNode.ToJsonString"/> uses): no UTF-16 string of the
    /// whole report, no transcoding of it back to bytes.
    /// </summary>
    private static bool TryMaterialize(Action<Utf8JsonWriter> write, out FinalAccountsReport? report, out FinalAccountsJsonException? error)
    {
        // The buffer is kept per thread between reads (up to MaxKeptBuffer bytes), so a report's JSON is not grown
        // from nothing again by doubling for every text read.
        var buffer = jsonBuffer ?? new MemoryStream();
        jsonBuffer = null;
        buffer.SetLength(0);
        try
        {
            using (var writer = new Utf8JsonWriter(buffer))
            {
                write(writer);
            }

            report = FinalAccountsJson.Deserialize(new ReadOnlySpan<byte>(buffer.GetBuffer(), 0, (int)buffer.Length));
            error = null;
            return true;
        }
        catch (FinalAccountsJsonException ex)
        {
            report = null;
            error = ex;
            return false;
        }
        finally
        {
            if (buffer.Capacity <= MaxKeptBuffer)
            {
                jsonBuffer = buffer;
            }
        }
    }

    /// <summary>The largest JSON buffer kept for the next read on a thread (1 MiB; larger ones are left to the GC).</summary>
    private const int MaxKeptBuffer = 1024 * 1024;

    [ThreadStatic]
    private static MemoryStream? jsonBuffer;

    /// <summary>The pointers of the units checked one by one: /member, /member/child and /member/child/index.</summary>
    private static List<string> Units(JsonObject root)
    {
        var units = new List<string>();
        foreach (var top in root)
        {
            if (top.Key is "entity" or "schemaVersion")
            {
                continue;
            }

            if (top.Value is not JsonObject members)
            {
                units.Add("/" + top.Key);
                continue;
            }

            foreach (var member in members)
            {
                var pointer = "/" + top.Key + "/" + member.Key;
                if (member.Value is JsonArray list)
                {
                    for (var i = 0; i < list.Count; i++)
                    {
                        units.Add(pointer + "/" + i.ToString(CultureInfo.InvariantCulture));
                    }
                }
                else
                {
                    units.Add(pointer);
                }
            }
        }

        // Deepest and last first, so that removing a list element never shifts the index of a unit still to check.
        units.Reverse();
        return units;
    }

    /// <summary>
    /// Checks one unit in a report that holds only the entity and that unit; removes what does not fit, one located
    /// fragment at a time (each removal shrinks the unit, so this ends), and the whole unit if nothing smaller can go.
    /// </summary>
    private static void Repair(ReportBuilder builder, JsonObject root, JsonNode? entity, string pointer)
    {
        while (Find(root, pointer) is { } node)
        {
            var probe = new JsonObject { ["schemaVersion"] = FinalAccountsReport.CurrentSchemaVersion, ["entity"] = entity?.DeepClone() };
            var tokens = pointer.Split('/');
            var probePointer = Graft(probe, tokens, node.DeepClone());
            if (TryMaterialize(w => probe.WriteTo(w), out _, out var error))
            {
                return;
            }

            // The error's path names the probe's copy; put the unit's real pointer in front of its remainder.
            var failing = Pointer(error!.Path);
            var inner = failing is not null && failing.StartsWith(probePointer, StringComparison.Ordinal)
                ? pointer + failing.Substring(probePointer.Length)
                : pointer;
            var span = builder.Spans.TryGetValue(inner, out var s)
                ? s
                : SpanWithin(builder, inner) ?? SpanWithin(builder, pointer) ?? new SourceSpan(1, 1, 1, 1);
            var (zh, en) = DisclosureMessages.IncompletePartDropped(inner, error.Message);   // plain words, once (Blind26B)
            builder.Note(span, zh, en, inner);
            if (inner == pointer || !Remove(root, inner))
            {
                Remove(root, pointer);
                return;
            }
        }
    }

    /// <summary>Places a copy of a unit in the probe along the unit's path (list indices become 0); returns the probe pointer.</summary>
    private static string Graft(JsonObject probe, string[] tokens, JsonNode unit)
    {
        JsonNode parent = probe;
        var probePointer = new System.Text.StringBuilder();
        for (var t = 1; t < tokens.Length; t++)
        {
            var last = t == tokens.Length - 1;
            var nextIsIndex = !last && IsIndex(tokens[t + 1]);
            JsonNode child = last ? unit : nextIsIndex ? new JsonArray() : new JsonObject();
            if (parent is JsonArray array)
            {
                array.Add(child);
                probePointer.Append("/0");
            }
            else
            {
                ((JsonObject)parent)[tokens[t]] = child;
                probePointer.Append('/').Append(tokens[t]);
            }

            parent = child;
        }

        return probePointer.ToString();
    }

    private static bool IsIndex(string token)
        => token.Length > 0 && int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out _);

    private static SourceSpan? SpanWithin(ReportBuilder builder, string pointer)
    {
        foreach (var pair in builder.Spans)
        {
            if (pair.Key.StartsWith(pointer + "/", StringComparison.Ordinal))
            {
                return pair.Value;
            }
        }

        return null;
    }

    /// <summary>JSON path ($.a.b[1]) → JSON Pointer (/a/b/1).</summary>
    private static string? Pointer(string? path)
    {
        if (path is null || !path.StartsWith("$", StringComparison.Ordinal))
        {
            return null;
        }

        var sb = new System.Text.StringBuilder();
        foreach (var c in path.Substring(1))
        {
            if (c is '.' or '[')
            {
                sb.Append('/');
            }
            else if (c != ']' && c != '\'' && c != '"')
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }

    private static bool Remove(JsonObject root, string pointer)
    {
        var slash = pointer.LastIndexOf('/');
        var last = pointer.Substring(slash + 1);
        switch (Find(root, pointer.Substring(0, slash)))
        {
            case JsonObject parent when parent.ContainsKey(last):
                parent.Remove(last);
                return true;
            case JsonArray array
                when int.TryParse(last, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < array.Count:
                array.RemoveAt(index);
                return true;
            default:
                return false;
        }
    }

    /// <summary>The node at a pointer, or null.</summary>
    private static JsonNode? Find(JsonObject root, string pointer)
    {
        JsonNode? node = root;
        foreach (var token in pointer.Split('/'))
        {
            if (token.Length == 0)
            {
                continue;
            }

            node = node switch
            {
                JsonObject o => o.TryGetPropertyValue(token, out var child) ? child : null,
                JsonArray a => token.Length <= 8 && int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out var i)
                    && i < a.Count ? a[i] : null,
                _ => null,
            };
            if (node is null)
            {
                return null;
            }
        }

        return node;
    }

    private static FinalAccountsReport Fallback(string? name, int? year) => new()
    {
        Entity = new ReportingEntity { Name = name ?? string.Empty, FiscalYear = year is { } y && FiscalYearRange.Contains(y) ? y : null },
    };
}
