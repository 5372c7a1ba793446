using System.Text.Json;
using PublicFinance.FinalAccounts.Disclosures;
using PublicFinance.FinalAccounts.Serialization;
using PublicFinance.FinalAccounts.Validation;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// Reading an invented 说明 text in a test, the helpers the reader's test classes share (session 25: each class had its
/// own copy): the text read with every diagnostic (its text findings, then the validator's on the report it built), the
/// Errors or Warnings as <c>"rule message"</c> or <c>"rule pointer"</c>, and the value claimed at a pointer.
/// </summary>
internal static class TextReading
{
    /// <summary>The text read, with its text findings followed by the validator's diagnostics on the report.</summary>
    /// <param name="text">The 说明 text.</param>
    public static (DisclosureReadResult Read, List<Diagnostic> Diagnostics) Read(string text)
    {
        var read = DisclosureReader.Read(text);
        return (read, [.. read.TextFindings.Concat(Validator.Default.Validate(read.Report, read.Sources).Diagnostics)]);
    }

    /// <summary>The text read, and its Errors (text findings and the validator's) as <c>"rule message"</c>.</summary>
    /// <param name="text">The 说明 text.</param>
    public static (DisclosureReadResult Read, string[] Errors) ReadWithErrors(string text)
    {
        var (read, diagnostics) = Read(text);
        return (read, Errors(diagnostics));
    }

    /// <summary>Every Error as <c>"rule message"</c> (the English message), in order.</summary>
    /// <param name="diagnostics">The diagnostics.</param>
    /// <summary>An amount in hundredths written as the invented texts write it, with thousands separators ("1,234.50").</summary>
    public static string GroupedMoney(long hundredths)
        => (hundredths / 100m).ToString("#,0.00", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>An amount in hundredths as the report's JSON holds it ("1234.50").</summary>
    public static string PlainMoney(long hundredths)
        => (hundredths / 100m).ToString("0.00", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary><paramref name="part"/> over <paramref name="whole"/> in per cent, rounded half away from zero to 2 places.</summary>
    public static string PercentOf(long part, long whole)
        => Math.Round(part * 100m / whole, 2, MidpointRounding.AwayFromZero)
            .ToString("0.00", System.Globalization.CultureInfo.InvariantCulture);

    public static string[] Errors(IEnumerable<Diagnostic> diagnostics) => Described(diagnostics, Severity.Error);

    /// <summary>Every Warning as <c>"rule message"</c> (the English message), in order.</summary>
    /// <param name="diagnostics">The diagnostics.</param>
    public static string[] Warnings(IEnumerable<Diagnostic> diagnostics) => Described(diagnostics, Severity.Warning);

    /// <summary>Every diagnostic of <paramref name="severity"/> as <c>"rule pointer"</c> (its first pointer, or none).</summary>
    /// <param name="diagnostics">The diagnostics.</param>
    /// <param name="severity">The severity kept.</param>
    public static string[] Of(IEnumerable<Diagnostic> diagnostics, Severity severity)
        => [.. diagnostics.Where(d => d.Severity == severity).Select(d => d.RuleId + " " + (d.Pointers.Count > 0 ? d.Pointers[0] : ""))];

    /// <summary>The value claimed at <paramref name="pointer"/>, or null.</summary>
    /// <param name="read">The read result.</param>
    /// <param name="pointer">The JSON Pointer.</param>
    public static string? At(DisclosureReadResult read, string pointer)
        => read.Claims.FirstOrDefault(c => c.Pointer == pointer)?.Value;

    /// <summary>Every field of a diagnostic on one line, to compare two runs' findings exactly.</summary>
    /// <param name="d">The diagnostic.</param>
    public static string Show(Diagnostic d)
        => $"{d.RuleId} {d.Severity} {d.Span} {string.Join(",", d.Pointers)} {d.MessageZh} {d.MessageEn} {d.Stated} {d.Computed}";

    /// <summary>The rule ids of the diagnostics of <paramref name="severity"/>, in order.</summary>
    /// <param name="diagnostics">The diagnostics.</param>
    /// <param name="severity">The severity kept.</param>
    public static string[] RuleIds(IEnumerable<Diagnostic> diagnostics, Severity severity)
        => [.. diagnostics.Where(d => d.Severity == severity).Select(d => d.RuleId)];

    /// <summary>
    /// The value at <paramref name="pointer"/> of the report's JSON as text (a string member's value, else the member's
    /// JSON: a number, an object, an array), or null when absent; array indices are followed.
    /// </summary>
    /// <param name="read">The read result.</param>
    /// <param name="pointer">The JSON Pointer.</param>
    public static string? JsonAt(DisclosureReadResult read, string pointer) => JsonAt(read.Report, pointer);

    /// <summary>
    /// The value at <paramref name="pointer"/> of <paramref name="report"/>'s JSON as text (as
    /// <see cref="JsonAt(DisclosureReadResult, string)"/>: a report combined from published documents too).
    /// </summary>
    /// <param name="report">The report.</param>
    /// <param name="pointer">The JSON Pointer.</param>
    public static string? JsonAt(PublicFinance.FinalAccounts.Model.FinalAccountsReport report, string pointer)
    {
        using var doc = JsonDocument.Parse(FinalAccountsJson.Serialize(report));
        var e = doc.RootElement;
        foreach (var token in pointer.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            if (e.ValueKind == JsonValueKind.Array && int.TryParse(token, System.Globalization.CultureInfo.InvariantCulture, out var i)
                && i < e.GetArrayLength())
            {
                e = e[i];
            }
            else if (e.ValueKind != JsonValueKind.Object || !e.TryGetProperty(token, out e))
            {
                return null;
            }
        }

        return e.ValueKind == JsonValueKind.String ? e.GetString() : e.GetRawText();
    }

    /// <summary>Whether a note of the read says <paramref name="words"/> (in its English message).</summary>
    /// <param name="read">The read result.</param>
    /// <param name="words">The words looked for.</param>
    public static bool Noted(DisclosureReadResult read, string words)
        => read.Notes.Any(n => n.MessageEn.Contains(words, StringComparison.Ordinal));

    private static string[] Described(IEnumerable<Diagnostic> diagnostics, Severity severity)
        => [.. diagnostics.Where(d => d.Severity == severity).Select(d => d.RuleId + " " + d.MessageEn)];
}
