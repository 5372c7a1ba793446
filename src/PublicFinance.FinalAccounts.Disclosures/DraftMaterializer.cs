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
}
