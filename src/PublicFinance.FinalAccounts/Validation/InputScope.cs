namespace PublicFinance.FinalAccounts.Validation;

/// <summary>
/// What the validated input holds of the published disclosure (输入范围). It tells “missing from the disclosure” from
/// “not in the input given”: a 说明 whose nine tables are published as attachments (见附表) lacks the tables in the input,
/// not in the disclosure.
/// </summary>
public enum InputScope
{
    /// <summary>
    /// Decide from the report (自动判断): a report whose narrative has the overall, income, expenditure, appropriation and
    /// general-budget sections is a whole 说明 (<see cref="Narrative"/>); anything smaller is a <see cref="Fragment"/>.
    /// Auto never makes an absence a finding: absent tables, sections and details are listed in Info notes (a reader may
    /// have missed a section that the document has). Declare <see cref="Narrative"/> or <see cref="Complete"/> to get findings.
    /// </summary>
    Auto = 0,

    /// <summary>
    /// A part of a disclosure (片段, e.g. one table or one section): absent tables and sections are not judged; the
    /// presence rules could not run.
    /// </summary>
    Fragment = 1,

    /// <summary>
    /// The whole 说明 (情况说明全文); some or all tables are published separately (见附表) and may be absent from the input:
    /// an absent required section is a finding, absent tables give one Info that names them and the rules that could
    /// therefore not run.
    /// </summary>
    Narrative = 2,

    /// <summary>
    /// The complete disclosure (完整公开文件, e.g. the PDF with its tables): an absent required table or section is a finding.
    /// </summary>
    Complete = 3,
}
