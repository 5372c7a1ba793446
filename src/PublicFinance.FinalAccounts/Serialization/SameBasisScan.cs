using System.Text.Json;

namespace PublicFinance.FinalAccounts.Serialization;

/// <summary>
/// Locates a figure whose <c>budget</c> and <c>secondBudget</c> are of the same basis (两种预算口径相同; schema 1.6) in a
/// document the model refused, so that the error carries its JSON path, line and byte like every other invalid value.
/// Run only after the model refused such a pair: never on the ordinary path.
/// </summary>
internal static class SameBasisScan
{
    private const string Budget = "budget";
    private const string SecondBudget = "secondBudget";

    /// <summary>The located error for the first such pair (at the later comparison's <c>kind</c>), or null when none is found.</summary>
    /// <param name="utf8Json">The document.</param>
    /// <param name="maxDepth">The reader's depth limit.</param>
    /// <param name="inner">The model's refusal.</param>
    /// <returns>The error, or null.</returns>
    public static FinalAccountsJsonException? Find(ReadOnlySpan<byte> utf8Json, int maxDepth, Exception inner)
    {
        var reader = new Utf8JsonReader(utf8Json, new JsonReaderOptions { MaxDepth = maxDepth });
        var path = new List<(bool IsArray, int Index, int NameStart)>();
        var names = new List<string?>();   // per open container: the member name it was opened under
        var kinds = new List<(string? First, string? Second)>();   // per open container: its budgets' kinds
        var pendingName = -1;
        string? pending = null;
        try
        {
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        pendingName = (int)reader.TokenStartIndex;
                        pending = reader.GetString();
                        continue;
                    case JsonTokenType.StartObject:
                    case JsonTokenType.StartArray:
                        JsonNullScan.Advance(path, ref pendingName);
                        path.Add((reader.TokenType == JsonTokenType.StartArray, -1, -1));
                        names.Add(pending);
                        kinds.Add((null, null));
                        pending = null;
                        continue;
                    case JsonTokenType.EndObject:
                    case JsonTokenType.EndArray:
                        path.RemoveAt(path.Count - 1);
                        names.RemoveAt(names.Count - 1);
                        kinds.RemoveAt(kinds.Count - 1);
                        continue;
                    case JsonTokenType.String when pending == "kind" && kinds.Count >= 2
                        && names[names.Count - 1] is Budget or SecondBudget:
                        JsonNullScan.Advance(path, ref pendingName);
                        pending = null;
                        var kind = reader.GetString();
                        var owner = kinds[kinds.Count - 2];
                        owner = names[names.Count - 1] == Budget ? (kind, owner.Second) : (owner.First, kind);
                        kinds[kinds.Count - 2] = owner;
                        if (owner.First is not null && owner.First == owner.Second)
                        {
                            var (line, column) = JsonNullScan.Locate(utf8Json, (int)reader.TokenStartIndex);
                            var where = JsonNullScan.Render(utf8Json, path);
                            return new FinalAccountsJsonException(
                                Messages.JsonBudgetBasesSame(where, line + 1, column + 1), where, line, column, inner);
                        }

                        continue;
                    default:
                        JsonNullScan.Advance(path, ref pendingName);
                        pending = null;
                        continue;
                }
            }
        }
        catch (JsonException)
        {
            return null;
        }

        return null;
    }
}
