using System.Text.Json.Nodes;
using PublicFinance.FinalAccounts.Model;
using PublicFinance.FinalAccounts.Serialization;

namespace PublicFinance.FinalAccounts.Validation;

/// <summary>
/// A report's JSON document, from which counterfactual reports are made by replacing one figure (替换一个数据): the
/// consequence analysis (§5.1 of docs/rules/spec.md) asks what the rules say when a suspect figure takes the value its
/// identity implies. Working on the document keeps every other member exactly as written; a value the report contract
/// refuses (e.g. a negative unsigned amount) makes no report.
/// </summary>
internal sealed class FigureSubstitution
{
    private readonly JsonNode document;

    /// <summary>Serializes the report once.</summary>
    /// <param name="report">The report.</param>
    public FigureSubstitution(FinalAccountsReport report) =>
        document = JsonNode.Parse(FinalAccountsJson.Serialize(report, indented: false))!;

    /// <summary>
    /// The figure written at a pointer: an amount, quantity or percentage (a decimal string) or a count (a JSON integer);
    /// false for anything else (a code, a name, a list, an absent member, a pointer into another report).
    /// </summary>
    /// <param name="pointer">A JSON Pointer into the report.</param>
    /// <param name="value">The figure.</param>
    /// <param name="integer">Whether it is a count (only an integer can replace it).</param>
    /// <returns>Whether there is a figure.</returns>
    public bool TryRead(string pointer, out decimal value, out bool integer)
    {
        value = 0m;
        integer = false;
        if (pointer.EndsWith("/code", StringComparison.Ordinal) || Find(document, pointer) is not JsonValue node)
        {
            return false;
        }

        if (node.TryGetValue<string>(out var text))
        {
            return decimal.TryParse(
                text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
        }

        if (node.TryGetValue<long>(out var count))
        {
            value = count;
            integer = true;
            return true;
        }

        return false;
    }

    /// <summary>The report with one figure replaced, or null when the contract refuses the value there.</summary>
    /// <param name="pointer">Where the figure is (it was read by <see cref="TryRead"/>).</param>
    /// <param name="value">The new value, written with the decimals it has.</param>
    /// <param name="integer">Whether the figure is a count.</param>
    /// <returns>The counterfactual report or null.</returns>
    public FinalAccountsReport? With(string pointer, decimal value, bool integer) => With([pointer], value, integer);

    /// <summary>
    /// The report with several figures replaced by one value — a figure and its restatements (the same amount stated in two
    /// sections), or null when the contract refuses the value at one of them.
    /// </summary>
    /// <param name="pointers">Where the figures are (each read by <see cref="TryRead"/>).</param>
    /// <param name="value">The new value, written with the decimals it has.</param>
    /// <param name="integer">Whether the figures are counts.</param>
    /// <returns>The counterfactual report or null.</returns>
    public FinalAccountsReport? With(IReadOnlyList<string> pointers, decimal value, bool integer)
    {
        var copy = document.DeepClone();
        foreach (var pointer in pointers)
        {
            if (Find(copy, pointer) is not JsonValue node || node.Parent is not { } parent)
            {
                return null;
            }

            JsonNode replacement = integer
                ? JsonValue.Create(decimal.ToInt64(value))
                : JsonValue.Create(value.ToString(CultureInfo.InvariantCulture));
            switch (parent)
            {
                case JsonObject obj:
                    obj[node.GetPropertyName()] = replacement;
                    break;
                case JsonArray array:
                    array[node.GetElementIndex()] = replacement;
                    break;
                default:
                    return null;
            }
        }

        return FinalAccountsJson.TryDeserialize(copy.ToJsonString(), out var report, out _) ? report : null;
    }

    /// <summary>The node at a JSON Pointer (parsed and unescaped by <see cref="JsonPointer"/>), or null.</summary>
    private static JsonNode? Find(JsonNode root, string pointer)
    {
        if (!JsonPointer.TryParse(pointer, out var parsed) || parsed.IsRoot)
        {
            return null;
        }

        JsonNode? node = root;
        foreach (var token in parsed.Tokens)
        {
            node = node switch
            {
                JsonObject obj => obj.TryGetPropertyValue(token, out var child) ? child : null,
                JsonArray array => JsonPointer.TryParseIndex(token.AsSpan(), out var i) && i < array.Count ? array[i] : null,
                _ => null,
            };
            if (node is null)
            {
                return null;
            }
        }

        return node;
    }
}
