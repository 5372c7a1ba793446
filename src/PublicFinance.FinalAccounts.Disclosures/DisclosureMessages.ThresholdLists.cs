namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>The note of session 54's rates listed under a threshold head (<c>执行率低于95%的项目：…</c>).</summary>
internal static partial class DisclosureMessages
{
    /// <summary>A rate in the first entry of a list headed by a threshold class phrase: a restatement, not placed.</summary>
    public static readonly (string Zh, string En) RateInThresholdList = (
        "百分比位于以界限开头的列举中（如“执行率低于95%的项目：某项执行率93.67%”），是所列项目比率的重述：不放到前文最后读到的项目上，"
            + "未放入，作为带位置的陈述保留。",
        "A percentage in a list headed by a threshold (\"items whose rate is below 95%: item A 93.67%\") restates the rate of "
            + "the item it names: it is not put on the item read last before; not placed, kept as a located note.");
}
