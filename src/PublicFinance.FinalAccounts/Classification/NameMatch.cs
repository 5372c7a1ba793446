namespace PublicFinance.FinalAccounts.Classification;

/// <summary>How a name found in a document relates to the catalogue.</summary>
public enum NameMatch
{
    /// <summary>The code is not in the catalogue for that year (it may still be a valid code).</summary>
    UnknownCode = 0,

    /// <summary>The name is the catalogue name for that year (ignoring width of brackets and spaces).</summary>
    Exact = 1,

    /// <summary>The name is a known alias or a name the code had in another year.</summary>
    Alias = 2,

    /// <summary>The name differs from every known name of the code.</summary>
    Mismatch = 3,

    /// <summary>
    /// The name is the code's name (or alias) in another year, not in this one (stale or premature, 过期或超前的科目名称):
    /// e.g. 210 “医疗卫生与计划生育支出” in a 2024 report. Only reported when the catalogue knows the code's name for the year.
    /// </summary>
    OtherYear = 4,
}
