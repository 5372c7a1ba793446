using PublicFinance.FinalAccounts.Model;

namespace PublicFinance.FinalAccounts.Serialization;

/// <summary>
/// The fast path of <see cref="FinalAccountsJson"/>'s reading: one small engine that reads a document with its own strict
/// tokenizer (<see cref="ContractJsonScanner"/>) by the generated description of the contract (<see cref="ContractShapes"/>,
/// made from the contract's metadata) — each member into its typed cell, each record built once by its generated
/// initialiser — instead of System.Text.Json's path for records with <c>required</c>/<c>init</c> members (every value
/// boxed into an argument array, then a constructor delegate). Scalars are read by the contract's own converters, or by
/// their own readings of the bytes where those are certain (<see cref="IContractUtf8Scalar{T}"/>,
/// <see cref="IContractScalar{T}"/>). It accepts only documents it reads exactly as the contract would: at anything else —
/// a null, an unknown, repeated or escaped member name, a missing required member, a value a converter refuses, JSON the
/// tokenizer does not read itself, trailing content — it gives up and the contract's reading runs, so every refusal, its
/// message and its JSON path are the contract's (docs/cli.md, performance). The text reader's draft is read by the same
/// description (<see cref="ContractTreeReader"/>).
/// </summary>
internal static class ContractReader
{
    /// <summary>
    /// Reads <paramref name="utf8Json"/> (no byte-order mark) as a report, or null when the fast path does not read it
    /// (the contract's reading decides then).
    /// </summary>
    public static FinalAccountsReport? TryRead(ReadOnlySpan<byte> utf8Json, int maxDepth)
    {
        try
        {
            var scanner = new ContractJsonScanner(utf8Json, maxDepth);
            var report = ReadRecord(ref scanner, ContractShapes.FinalAccountsReportShape, ContractFrames.Current);
            return scanner.AtEnd() ? report : null;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // Any refusal (ours, the JSON reader's, a converter's, a model accessor's, a stale generated description's):
            // the contract reads the document again and reports it in its own words.
            return null;
        }
    }

    /// <summary>The fast path's own refusal: the contract's reading takes over.</summary>
    /// <returns>The exception to throw.</returns>
    internal static Exception GiveUp() => new FormatException("The fast path does not read this document.");

    /// <summary>Reads the object that comes next as a record of <paramref name="shape"/>.</summary>
    internal static T ReadRecord<T>(ref ContractJsonScanner scanner, RecordShape<T> shape, ContractFrames frames)
        where T : class
    {
        scanner.StartObject();
        var frame = frames.For(shape);
        var members = shape.Members;
        var seen = 0UL;
        var index = -1;
        while (shape.NextMember(ref scanner, ref seen, ref index))
        {
            members[index].Read(ref scanner, frame.Cell(index), frames);
        }

        shape.RequireAll(seen);
        frame.Seen = seen;
        return shape.Build(frame);
    }
}
