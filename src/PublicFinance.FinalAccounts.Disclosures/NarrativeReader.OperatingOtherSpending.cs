namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 45 (issue 8, blind round 41 t01): the remaining part of 机关运行经费 named as the economic class it is booked under
/// — "其中：办公费 38.42 万元、印刷费 6.15 万元、…、维修（护）费 12.64 万元、其他商品和服务支出 52.91 万元". A component's name must
/// end in 费 or 费用 (<see cref="IsComponentName"/>: "商品和服务支出" alone is a class, "财政拨款支出" a fund), so this last entry
/// was "an amount the reader could not place" and the components summed short of the whole. Now 其他商品和服务支出 (and 其他支出)
/// is a component when the same list has already given a component in this sentence: the list's remaining part, as 其他 is.
/// Alone (no component before it in its sentence) it stays unread.
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>The names of the remaining part of 机关运行经费 written as spending (其他商品和服务支出, 其他支出).</summary>
    private static readonly string[] OtherSpendingNames = ["其他商品和服务支出", "其他支出"];

    /// <summary>The sentence (its start) in which the last component of 机关运行经费 was placed, or −1.</summary>
    private int componentSentence = -1;

    /// <summary>Whether <paramref name="name"/> is the remaining part written as spending, after a component of this sentence.</summary>
    private bool OtherSpendingComponent(string name)
        => componentSentence == sentenceStart && Array.IndexOf(OtherSpendingNames, name) >= 0;
}
