using System.Text.Json;

namespace PublicFinance.FinalAccounts.Serialization;

/// <summary>
/// Finds an explicit JSON <c>null</c> anywhere in a document. The published schema allows <c>null</c> nowhere (an
/// optional member is omitted, not null), so the reader rejects it too, with its path and position.
/// </summary>
internal static class JsonNullScan
{
    /// <summary>
    /// Returns the error for the first <c>null</c> token, or null when there is none (or the JSON is malformed, which the deserializer
    /// reports).
    /// </summary>
    public static FinalAccountsJsonException? FindNull(ReadOnlySpan<byte> utf8Json, int maxDepth)
    {
        // No "null" anywhere in the bytes: no null token either (a null is those four bytes, never escaped).
        if (utf8Json.IndexOf("null"u8) < 0)
        {
            return null;
        }

        var reader = new Utf8JsonReader(utf8Json, new JsonReaderOptions { MaxDepth = maxDepth });

        // A member is remembered by where its name starts; names are decoded only for the path of a null found.
        var path = new List<(bool IsArray, int Index, int NameStart)>();
        var pendingName = -1;
        try
        {
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        pendingName = (int)reader.TokenStartIndex;
                        continue;
                    case JsonTokenType.StartObject:
                    case JsonTokenType.StartArray:
                        Advance(path, ref pendingName);
                        path.Add((reader.TokenType == JsonTokenType.StartArray, -1, -1));
                        continue;
                    case JsonTokenType.EndObject:
                    case JsonTokenType.EndArray:
                        path.RemoveAt(path.Count - 1);
                        continue;
                    case JsonTokenType.Null:
                        Advance(path, ref pendingName);
                        var offset = (int)reader.TokenStartIndex;
                        var (line, column) = Locate(utf8Json, offset);
                        var where = Render(utf8Json, path);
                        return new FinalAccountsJsonException(
                            Messages.JsonNullNotAllowed(where, line + 1, column + 1),
                            where, line, column, null);
                    default:
                        Advance(path, ref pendingName);
                        continue;
                }
            }
        }
        catch (JsonException)
        {
            // Malformed JSON: the deserializer, which runs first, reports it with a better path.
            return null;
        }

        return null;
    }

    internal static void Advance(List<(bool IsArray, int Index, int NameStart)> path, ref int pendingName)
    {
        if (path.Count == 0)
        {
            return;
        }

        var top = path[path.Count - 1];
        path[path.Count - 1] = top.IsArray ? (true, top.Index + 1, -1) : (false, -1, pendingName);
        pendingName = -1;
    }

    internal static string Render(ReadOnlySpan<byte> utf8Json, List<(bool IsArray, int Index, int NameStart)> path)
    {
        var sb = new StringBuilder("$");
        foreach (var (isArray, index, nameStart) in path)
        {
            if (isArray)
            {
                sb.Append('[').Append(index.ToString(CultureInfo.InvariantCulture)).Append(']');
            }
            else if (nameStart >= 0)
            {
                sb.Append('.').Append(NameAt(utf8Json, nameStart));
            }
        }

        return sb.ToString();
    }

    /// <summary>The property name whose token (its opening quote) starts at <paramref name="start"/>, unescaped.</summary>
    private static string NameAt(ReadOnlySpan<byte> utf8Json, int start)
    {
        // From its opening quote a name reads as a JSON string value; the ':' after it is never reached.
        var reader = new Utf8JsonReader(utf8Json.Slice(start), isFinalBlock: false, state: default);
        reader.Read();
        return reader.GetString()!;
    }

    internal static (long Line, long Column) Locate(ReadOnlySpan<byte> utf8Json, int offset)
    {
        long line = 0;
        var lineStart = 0;
        for (var i = 0; i < offset; i++)
        {
            if (utf8Json[i] == (byte)'\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        return (line, offset - lineStart);
    }
}
