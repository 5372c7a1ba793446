namespace PublicFinance.FinalAccounts.Model;

/// <summary>The direction a disclosure states for a change (增减变化).</summary>
public enum ChangeDirection
{
    /// <summary>Increase (增加 / 增长 / 上升).</summary>
    Increase = 0,

    /// <summary>Decrease (减少 / 下降 / 降低).</summary>
    Decrease = 1,

    /// <summary>No change (持平 / 与上年持平 / 无增减变化).</summary>
    Unchanged = 2,
}
