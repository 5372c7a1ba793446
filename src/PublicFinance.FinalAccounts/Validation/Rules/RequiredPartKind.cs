namespace PublicFinance.FinalAccounts.Validation.Rules;

/// <summary>What kind of required part an entry of <c>required-parts.tsv</c> is.</summary>
internal enum RequiredPartKind
{
    Table,
    Section,
    Detail,
}
