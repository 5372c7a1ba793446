using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using PublicFinance.FinalAccounts.Model;

namespace PublicFinance.FinalAccounts.Serialization;

/// <summary>
/// The fast path of <see cref="FinalAccountsJson"/>'s reading: one generated method per record type of the model
/// (<c>ContractReader.Types.cs</c>, made from the contract's metadata) reads a document with <see cref="Utf8JsonReader"/>
/// into typed locals and builds each record once, instead of System.Text.Json's path for records with
/// <c>required</c>/<c>init</c> members (every value boxed into an argument array, then a constructor delegate). Scalars are
/// read by the contract's own converters. It accepts only documents it reads exactly as the contract would: at anything
/// else — a null, an unknown, repeated or escaped member name, a missing required member, a value a converter refuses,
/// trailing content — it gives up and the contract's reading runs, so every refusal, its message and its JSON path are
/// the contract's (docs/cli.md, performance).
/// </summary>
internal static partial class ContractReader
{
    /// <summary>
    /// Reads <paramref name="utf8Json"/> (no byte-order mark) as a report, or null when the fast path does not read it
    /// (the contract's reading decides then).
    /// </summary>
    public static FinalAccountsReport? TryRead(ReadOnlySpan<byte> utf8Json, int maxDepth)
    {
        try
        {
            var reader = new Utf8JsonReader(utf8Json, new JsonReaderOptions { MaxDepth = maxDepth });
            if (!reader.Read())
            {
                return null;
            }

            var report = ReadFinalAccountsReport(ref reader);
            return reader.Read() ? null : report;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // Any refusal (ours, the JSON reader's, a converter's, a model accessor's, a stale generated reader's):
            // the contract reads the document again and reports it in its own words.
            return null;
        }
    }

    /// <summary>The fast path's own refusal: the contract's reading takes over.</summary>
    /// <returns>The exception to throw.</returns>
    internal static Exception GiveUp() => new FormatException("The fast path does not read this document.");

    private static void StartObject(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw GiveUp();
        }
    }

    private static void StartList(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw GiveUp();
        }
    }

    private static bool NextItem(ref Utf8JsonReader reader)
        => reader.Read() ? reader.TokenType != JsonTokenType.EndArray : throw GiveUp();

    private static bool NextMember(ref Utf8JsonReader reader, ContractMembers members, ref ulong seen, ref int index)
        => members.NextMember(ref reader, ref seen, ref index);

    private static T Leaf<T>(ref Utf8JsonReader reader, JsonConverter? converter)
    {
        if (reader.TokenType is JsonTokenType.Null or JsonTokenType.StartObject or JsonTokenType.StartArray
            || converter is not JsonConverter<T> typed)
        {
            throw GiveUp();
        }

        return typed.Read(ref reader, typeof(T), FinalAccountsJson.ReadOptions)!;
    }
}
