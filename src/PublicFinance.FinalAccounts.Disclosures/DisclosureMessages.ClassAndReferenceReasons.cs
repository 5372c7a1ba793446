namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>The notes of session 52's precision changes (precise52: named item lists, class reasons, reasons by reference).</summary>
internal static partial class DisclosureMessages
{
    /// <summary>
    /// A budget relation of a sentence that names a list of items ("A、B…等项目决算数小于预算数") that does not name the item of the
    /// entry before it: it is not that item's; its reason goes to the named items that go the stated way.
    /// </summary>
    public static readonly (string Zh, string En) RelationOfNamedItems = (
        "列举多个科目（“A、B…等项目”）的“决算数小于（大于）预算数”：只涉及所列科目，不属于上一条目的科目，未作为其大小关系读入；其原因给予所列科目中决算数与预算同向且未说明原因的各项。",
        "A budget relation of a sentence that names a list of items (\"A, B … and other items\"): it speaks of the items it "
            + "names only, not of the previous entry's item, and was not read as that item's relation; its reason was given to "
            + "the named items whose final goes the stated way and that had no reason.");

    /// <summary>
    /// A reason stated for a class of items ("执行率低于100%的项目，主要是…"): given to each item of the list in that class that had
    /// no reason.
    /// </summary>
    public static readonly (string Zh, string En) ReasonOfItemClass = (
        "对一类科目说明的原因（如“执行率低于100%的项目，主要是…”）：给予本列表中属于该类且未说明原因的各项，该项见本条文字。",
        "A reason stated for a class of items (such as \"the items executed below 100 %\"): given to each item of the list in "
            + "that class that had no reason; the item is named in this note.");

    /// <summary>A reason given by reference to another figure's ("主要原因同收入", "原因与收入增加的原因一致"): a reason.</summary>
    public static readonly (string Zh, string En) ReasonByReference = (
        "以引用方式给出的原因（如“主要原因同收入”“原因与上述一致”）：作为该项变动或差异的原因读入。",
        "A reason given by reference to another figure's (\"the reason is the same as the income's\"): read as the reason of "
            + "the change or difference.");
}
