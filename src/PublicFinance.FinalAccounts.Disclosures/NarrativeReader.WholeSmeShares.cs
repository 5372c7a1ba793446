using PublicFinance.FinalAccounts.Validation;

namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 47 (blind rounds 42 t06 and 43 t02): "政府采购支出总额 184.85 万元，其中政府采购货物支出 38.60 万元、政府采购服务支出 146.25
/// 万元，全部授予中小企业，占比 100%". Session 45 kept such a share a located note (<c>ShareAfterSmeWords</c>): it names neither
/// its numerator nor its base. When the words say 全部 right before 中小企业 (全部授予中小企业, 全部由中小企业…), the share is 100%,
/// and what came before is the whole procurement — the total itself, or kinds (货物, 工程, 服务) that add up to it exactly — the
/// share is the SME contracts' share of the total (<c>procurement/smeContracts/share</c>, the model's base). No amount is
/// inferred. Not read: a share other than 100% (the words and the figure disagree), 全部 after a kind that is only a part of
/// the total ("服务支出 B 万元，全部授予中小企业": 100% of the services, not of the total), an SME share or amount already read,
/// and 小微企业.
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>The procurement kinds whose amounts make up the total (货物, 工程, 服务).</summary>
    private static readonly string[] ProcurementKindTargets = ["procurement/goods", "procurement/works", "procurement/services"];

    /// <summary>The most characters between 全部 and 中小企业 ("全部授予中小企业").</summary>
    private const int WholeSmeReach = 4;

    /// <summary>
    /// Reads the share <paramref name="token"/>, after the words [<paramref name="from"/>, <paramref name="end"/>) of
    /// <paramref name="text"/>, as the SME contracts' share of the total when they say the whole procurement went to SMEs (see
    /// the type's summary): true when placed.
    /// </summary>
    private bool WholeSmeShare(string text, int from, int end, NumberToken token, SourceSpan span, ClauseView clause)
    {
        var all = text.IndexOf("全部", from, end - from, StringComparison.Ordinal);
        var sme = all < 0 ? -1 : text.IndexOf(SmeContractWords[0], all, end - all, StringComparison.Ordinal);
        if (sme < 0 || sme - all > WholeSmeReach || token.Value != 100m || HeldAmount("procurement/total") is not { } total
            || b.Has(N + "procurement/smeContracts", "share") || b.Has(N + "procurement/smeContracts", "amount"))
        {
            return false;
        }

        var kinds = 0m;
        foreach (var kind in ProcurementKindTargets)
        {
            kinds += HeldAmount(kind) ?? 0m;
        }

        var ofTotal = subject is { } owner && owner.EndsWith("procurement/total", StringComparison.Ordinal);
        if (!ofTotal && kinds != total)
        {
            return false;
        }

        b.SetUnder(N + "procurement/smeContracts", "share", PercentNode(token), span, ClaimKind.Share, clause);
        return true;
    }
}
