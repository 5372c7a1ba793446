namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// The reader's invariant failures (不变量): what <see cref="DraftNode"/> and <see cref="OffsetMap"/> throw when asked for
/// something their shape does not hold — a bug of the caller, never a property of the text read. Worded as they were
/// written inline before (session 26); an exception carries one string, Chinese first (<see cref="Joined"/>).
/// </summary>
internal static partial class DisclosureMessages
{
    /// <summary>A container (an object or an array of the draft) given the span or map order of a placed value.</summary>
    public static readonly (string Zh, string En) ContainerNotPlaced = ("容器不作为值放置。", "A container is not placed as a value.");

    /// <summary>A container of the draft given a claim's qualifier box (only values hold claims).</summary>
    public static readonly (string Zh, string En) ContainerHoldsNoClaim = ("容器不持有声明。", "A container holds no claim.");

    /// <summary>A derived position outside the positions an <see cref="OffsetMap"/> maps.</summary>
    public static readonly (string Zh, string En) PositionOutsideMap = ("位置超出映射范围。", "Position outside the map.");

    /// <summary>The one string an exception carries: the Chinese text, then the English (双语异常消息).</summary>
    /// <param name="message">A message of this catalogue.</param>
    /// <returns>Chinese and English, joined without a space (the Chinese ends with its own full stop).</returns>
    internal static string Joined((string Zh, string En) message) => message.Zh + message.En;
}
