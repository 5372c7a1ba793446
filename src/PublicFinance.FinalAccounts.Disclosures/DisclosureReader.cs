using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json.Nodes;
using PublicFinance.FinalAccounts.Model;
using PublicFinance.FinalAccounts.Serialization;
using PublicFinance.FinalAccounts.Validation;

namespace PublicFinance.FinalAccounts.Disclosures
{
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
        public static DisclosureReadResult Read(string text)
        {
            if (text is null)
                throw new ArgumentNullException(nameof(text));
            if (text.Length > MaxLength)
            {
                var tooLong = new ReaderNote
                {
                    Span = new SourceSpan(1, 1, 1, 1),
                    MessageZh = $"文本过长（{text.Length} 字符，上限 {MaxLength}），未读取。",
                    MessageEn = $"The text is too long ({text.Length} characters, limit {MaxLength}); it was not read.",
                };
                return new DisclosureReadResult { Report = Fallback(null, 0), Notes = new[] { tooLong }, Sources = SourceMap.Empty };
            }

            var source = new SourceText(text);
            var builder = new ReportBuilder(source);
            var blocks = Paragraphs.Split(source.Text);
            var narrative = new NarrativeReader(builder);
            narrative.Read(blocks);
            new PerformanceTableReader(builder).Read(blocks);
            TextChecks.Run(source, builder, narrative.IsUnitReport);

            var year = narrative.FiscalYear;
            if (!builder.Has("/entity/name"))
            {
                builder.Note(new SourceSpan(1, 1, 1, 1), "未找到单位名称（标题）。", "The entity name (title) was not found.");
                builder.Root["entity"] ??= new JsonObject();
                builder.Root["entity"]!["name"] = string.Empty;
            }

            if (year == 0)
            {
                builder.Note(new SourceSpan(1, 1, 1, 1), "未找到决算年度；年度记为 1990（占位）。", "The fiscal year was not found; 1990 is recorded as a placeholder.");
                builder.Root["entity"]!["fiscalYear"] = 1990;
            }

            builder.Root["schemaVersion"] = FinalAccountsReport.CurrentSchemaVersion;
            var report = Materialize(builder, narrative.EntityName, year);
            return new DisclosureReadResult
            {
                Report = report,
                Claims = builder.Claims.OrderBy(c => c.Span.StartLine).ThenBy(c => c.Span.StartColumn).ToArray(),
                Notes = builder.Notes.ToArray(),
                TextFindings = builder.Findings.OrderBy(f => f.Span?.StartLine ?? 0).ThenBy(f => f.Span?.StartColumn ?? 0).ToArray(),
                Sources = new SourceMap(builder.Spans),
            };
        }

        /// <summary>
        /// Turns the built JSON into the model. A fragment the model cannot hold (say a change whose figure was never
        /// stated) is removed with a note naming it, and the rest is read again — nothing valid is lost.
        /// </summary>
        private static FinalAccountsReport Materialize(ReportBuilder builder, string? name, int year)
        {
            for (var attempt = 0; attempt < 100; attempt++)
            {
                try
                {
                    return FinalAccountsJson.Deserialize(builder.Root.ToJsonString());
                }
                catch (FinalAccountsJsonException ex)
                {
                    var pointer = Pointer(ex.Path);
                    var span = pointer is not null && builder.Spans.TryGetValue(pointer, out var s) ? s : builder.Spans.Where(p => pointer is not null && p.Key.StartsWith(pointer + "/", StringComparison.Ordinal)).Select(p => p.Value).DefaultIfEmpty(new SourceSpan(1, 1, 1, 1)).First();
                    builder.Note(span, "读出的部分不符合模型，已舍弃：" + ex.Message, "A part that does not fit the model was dropped: " + ex.Message, pointer);
                    if (pointer is null || pointer.Length == 0 || !Remove(builder, pointer))
                        break;
                }
            }

            return Fallback(name, year);
        }

        /// <summary>JSON path ($.a.b[1]) → JSON Pointer (/a/b/1).</summary>
        private static string? Pointer(string? path)
        {
            if (path is null || !path.StartsWith("$", StringComparison.Ordinal))
                return null;
            var sb = new System.Text.StringBuilder();
            foreach (var c in path.Substring(1))
            {
                if (c is '.' or '[')
                    sb.Append('/');
                else if (c != ']' && c != '\'' && c != '"')
                    sb.Append(c);
            }

            return sb.ToString();
        }

        private static bool Remove(ReportBuilder builder, string pointer)
        {
            var slash = pointer.LastIndexOf('/');
            var last = pointer.Substring(slash + 1);
            switch (builder.Find(pointer.Substring(0, slash)))
            {
                case JsonObject parent when parent.ContainsKey(last):
                    parent.Remove(last);
                    return true;
                case JsonArray array when int.TryParse(last, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < array.Count:
                    array.RemoveAt(index);
                    return true;
                default:
                    return false;
            }
        }

        private static FinalAccountsReport Fallback(string? name, int year) => new()
        {
            Entity = new ReportingEntity { Name = name ?? string.Empty, FiscalYear = year is >= 1990 and <= 2100 ? year : 1990 },
        };
    }
}
