using PublicFinance.FinalAccounts.Disclosures;
using PublicFinance.FinalAccounts.Validation;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// The draft's and the offset map's invariant failures come from the reader's catalogue
/// (<c>DisclosureMessages.Invariants.cs</c>, session 26), worded as the inline literals were.
/// </summary>
public class InvariantMessagesTests
{
    [Fact]
    public void ContainerGivenASpanOrAnOrder_IsNotAPlacedValue()
    {
        const string Expected = "容器不作为值放置。A container is not placed as a value.";
        var span = Assert.Throws<InvalidOperationException>(() => DraftNode.NewObject().Span = new SourceSpan(1, 1, 1, 2));
        var order = Assert.Throws<InvalidOperationException>(() => DraftNode.NewArray().Order = 1);

        Assert.Equal(Expected, span.Message);
        Assert.Equal(Expected, order.Message);
        Assert.Equal(Expected, DisclosureMessages.Joined(DisclosureMessages.ContainerNotPlaced));
    }

    [Fact]
    public void ContainerGivenAClaim_HoldsNone_ButForgettingOneIsNothing()
    {
        var node = DraftNode.NewObject();
        node.ContextHolder = null;   // nothing to forget: no exception

        var ex = Assert.Throws<InvalidOperationException>(() => node.ContextHolder = new DraftNode.ContextBox());
        Assert.Equal("容器不持有声明。A container holds no claim.", ex.Message);
    }

    [Fact]
    public void PositionPastTheMap_IsOutsideIt()
    {
        // Shifted(0, 3) maps positions 0..3 (the end included): Length 4, so 4 is the first position outside.
        var map = OffsetMap.Shifted(0, 3);
        Assert.Equal(4, map.Length);

        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => map[map.Length]);
        Assert.StartsWith("位置超出映射范围。Position outside the map.", ex.Message, StringComparison.Ordinal);
        Assert.Equal("index", ex.ParamName);
    }
}
