using PublicFinance.FinalAccounts.Model;
using PublicFinance.FinalAccounts.Serialization;

namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Builds the model records straight from the draft (草稿直接成为报告), with no JSON text written and read back: the
/// draft is read by the contract's generated description (<see cref="ContractTreeReader"/> over
/// <see cref="ContractShapes"/>, the same tables the JSON fast path reads by), each scalar by the contract's own
/// converter, so it accepts exactly what the contract's deserializer accepts from the draft's JSON and gives up (null)
/// wherever that is not certain — an unknown or repeated member, a missing required one, a refused value, a lone
/// surrogate. The caller then takes the JSON path, which drops what does not fit with a located note. So the report is
/// the same either way; only its cost differs.
/// </summary>
internal static class DraftMaterializer
{
    /// <summary>The report the draft describes, or null when the JSON path must decide (see the class remarks).</summary>
    /// <param name="root">The draft's root object.</param>
    /// <returns>The report, or null.</returns>
    public static FinalAccountsReport? TryBuild(DraftNode root) => ContractTreeReader.TryRead(root);

    /// <summary>
    /// <see cref="TryBuild(DraftNode)"/>, and whether a <c>secondBudget</c> member was read (false: the report holds no
    /// second budget comparison, so its schema floor needs no walk for one; true when the build gave up).
    /// </summary>
    /// <param name="root">The draft's root object.</param>
    /// <param name="secondBudget">Whether a <c>secondBudget</c> member was read, or the build gave up.</param>
    /// <returns>The report, or null.</returns>
    public static FinalAccountsReport? TryBuild(DraftNode root, out bool secondBudget)
        => ContractTreeReader.TryRead(root, out secondBudget);

    /// <summary>
    /// <see cref="TryBuild(DraftNode, out bool)"/> of a draft made from <paramref name="source"/>: when neither its original
    /// nor its normalised text holds a surrogate character, no string of the draft does (the reader's strings are cut from
    /// those texts or are its own literals and figures, none of which holds one), and the materialiser does not test each
    /// string again for a lone surrogate (session 36).
    /// </summary>
    /// <param name="root">The draft's root object.</param>
    /// <param name="source">The text the draft was read from.</param>
    /// <param name="secondBudget">Whether a <c>secondBudget</c> member was read, or the build gave up.</param>
    /// <returns>The report, or null.</returns>
    public static FinalAccountsReport? TryBuild(DraftNode root, SourceText source, out bool secondBudget)
        => ContractTreeReader.TryRead(
            root, SurrogateFree(source.Original) && (ReferenceEquals(source.Text, source.Original) || SurrogateFree(source.Text)),
            out secondBudget);

    /// <summary>Whether <paramref name="text"/> holds no surrogate character (U+D800–U+DFFF) at all.</summary>
    internal static bool SurrogateFree(string text)
    {
#if NET8_0_OR_GREATER
        return text.AsSpan().IndexOfAnyInRange('\uD800', '\uDFFF') < 0;
#else
        foreach (var c in text)
        {
            if (c is >= '\uD800' and <= '\uDFFF')
            {
                return false;
            }
        }

        return true;
#endif
    }
}
