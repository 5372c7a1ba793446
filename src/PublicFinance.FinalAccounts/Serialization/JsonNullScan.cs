using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace PublicFinance.FinalAccounts.Serialization;

/// <summary>
/// Finds an explicit JSON <c>null</c> anywhere in a document. The published schema allows <c>null</c> nowhere (an
/// optional member is omitted, not null), so the reader rejects it too, with its path and position.
/// </summary>
internal static class JsonNullScan
{
    /// <summary>Returns the error for the first <c>null</c> token, or null when there is none (or the JSON is malformed, which the deserializer reports).</summary>
    public static FinalAccountsJsonException? FindNull(ReadOnlySpan<byte> utf8Json, int maxDepth)
    {
        var reader = new Utf8JsonReader(utf8Json, new JsonReaderOptions { MaxDepth = maxDepth });
        var path = new List<(bool IsArray, int Index, string? Name)>();
        string? pendingName = null;
        try
        {
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        pendingName = reader.GetString();
                        continue;
                    case JsonTokenType.StartObject:
                    case JsonTokenType.StartArray:
                        Advance(path, ref pendingName);
                        path.Add((reader.TokenType == JsonTokenType.StartArray, -1, null));
                        continue;
                    case JsonTokenType.EndObject:
                    case JsonTokenType.EndArray:
                        path.RemoveAt(path.Count - 1);
                        continue;
                    case JsonTokenType.Null:
                        Advance(path, ref pendingName);
                        var offset = (int)reader.TokenStartIndex;
                        var (line, column) = Locate(utf8Json, offset);
                        var where = Render(path);
                        return new FinalAccountsJsonException(
                            $"Invalid report JSON at {where} (line {line + 1}, byte {column + 1}): null is not allowed; omit an optional member instead. 报告 JSON 无效（位置 {where}）：不允许 null，可选项应省略。",
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

    private static void Advance(List<(bool IsArray, int Index, string? Name)> path, ref string? pendingName)
    {
        if (path.Count == 0)
        {
            return;
        }

        var top = path[path.Count - 1];
        path[path.Count - 1] = top.IsArray ? (true, top.Index + 1, null) : (false, -1, pendingName);
        pendingName = null;
    }

    private static string Render(List<(bool IsArray, int Index, string? Name)> path)
    {
        var sb = new StringBuilder("$");
        foreach (var (isArray, index, name) in path)
        {
            if (isArray)
            {
                sb.Append('[').Append(index.ToString(CultureInfo.InvariantCulture)).Append(']');
            }
            else if (name is not null)
            {
                sb.Append('.').Append(name);
            }
        }

        return sb.ToString();
    }

    private static (long Line, long Column) Locate(ReadOnlySpan<byte> utf8Json, int offset)
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
