namespace PublicFinance.FinalAccounts.Validation;

/// <summary>Classification codes declared as list relations (科目编码, FA5001, FA5002, FA5005); the name checks are code.</summary>
public static partial class RuleCatalogue
{
    /// <summary>Lists that hold only 类 (three-digit) codes.</summary>
    private static readonly string[] ClassLists =
        [Table1Expenditure + "classes", Table4Expenditure + "classes", NarrativeGeneralBudget + "classes"];

    /// <summary>Lists that hold only 款 or 项 codes.</summary>
    private static readonly string[] SectionOrItemLists =
        [NarrativeGeneralBudgetItems, NarrativeGovernmentFund + "items", NarrativeStateCapital + "items"];

    /// <summary>Tables whose rows form a code hierarchy (the basic-expenditure table holds economic codes).</summary>
    private static readonly string[] CodedTables =
    [
        Table2Income + "rows", Table3Expenditure + "rows", Table5Rows, Table8GovernmentFund + "rows",
        Table9StateCapital + "rows", Table6Rows,
    ];

    private static IEnumerable<IValidationRule> ClassificationRules()
    {
        const RuleCategory Category = RuleCategory.Classification;

        yield return Rule("FA5001", Category, Severity.Error,
                "科目层级与所在位置一致",
                "Code level fits its place",
                "类级列表只列 3 位编码；款项列表只列 5 位或 7 位编码",
                "domain §3.1")
            .Checks(ClassLists.Select(l => Pattern(l, "[0-9]{3}"))
                .Concat(SectionOrItemLists.Select(l => Pattern(l, "[0-9]{5}[0-9]*"))));
        yield return Rule("FA5002", Category, Severity.Error,
                "款、项的上级科目已列出",
                "The parent of every section and item is listed",
                "表中每个 5 位／7 位编码的上级编码也在表中（表中不列上级一级编码时不适用）",
                "domain §2.1 T2-2, §3.1")
            .Checks(CodedTables.Select(ParentListed));
        yield return Rule("FA5005", Category, Severity.Error,
                "科目不重复列出",
                "No code is listed twice",
                "同一表（列表）中编码唯一",
                "domain §3.1")
            .Checks(ClassLists.Concat(SectionOrItemLists).Concat(CodedTables).Select(l => Unique(l)));
    }
}
