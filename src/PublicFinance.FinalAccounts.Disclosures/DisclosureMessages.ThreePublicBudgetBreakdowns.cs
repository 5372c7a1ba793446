namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>The notes of a 三公 budget broken down by item (session 43, <c>NarrativeReader.ThreePublicBudgetBreakdowns</c>).</summary>
internal static partial class DisclosureMessages
{
    /// <summary>
    /// An item of a 三公 budget's 其中 list ("“三公”经费年初预算 20.00 万元，其中公务接待费 4.00 万元") whose budget the item's one
    /// budget field cannot hold (another kind held): a budget, never the item's actual spending, so not placed.
    /// </summary>
    public static readonly (string Zh, string En) ThreePublicItemBudgetNotPlaced = (
        "“三公”经费预算“其中”所列各项为预算数，不是实际支出；该项的预算无法放入（已有另一口径的预算），未放入（不核对）。",
        "An item listed under a \"three public\" budget is that item's budget, not its actual spending; the item's budget field "
            + "holds another kind of budget, so it was not placed (nor checked).");
}
