namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// The numbering style of a heading (标题编号样式), session 49: which mark opens a numbered heading line. A document uses a few of
/// them in a hierarchy of its own (<see cref="HeadingNumbering"/>).
/// </summary>
internal enum HeadingStyle
{
    /// <summary>No numbering mark.</summary>
    None,

    /// <summary>A Chinese numeral and 、 ("一、"): the reader's top level.</summary>
    Comma,

    /// <summary>A Chinese numeral in brackets ("（一）", normalised "(一)"): the reader's sub-level.</summary>
    Bracket,

    /// <summary>"第一部分" (session 52: also "第1节", "第二节", "第一章", "第3部分").</summary>
    Part,

    /// <summary>An Arabic number and "." or "、" ("1.", "2、").</summary>
    Arabic,

    /// <summary>Two Arabic numbers joined by "." ("1.1", "5.3").</summary>
    ArabicDotted,
}
