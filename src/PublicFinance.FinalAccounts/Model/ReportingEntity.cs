using System;
using System.Collections.Generic;
using PublicFinance.FinalAccounts.Utility;
using PublicFinance.FinalAccounts.Values;

namespace PublicFinance.FinalAccounts.Model;

/// <summary>Whether the report is a department's consolidated accounts or one unit's.</summary>
public enum ReportKind
{
    /// <summary>部门决算: the department, 本级 plus 所属单位.</summary>
    Department = 0,

    /// <summary>单位决算: a single budget unit.</summary>
    Unit = 1,
}

/// <summary>The role of a budget unit inside a department's accounts.</summary>
public enum UnitRole
{
    /// <summary>The department's own level (本级).</summary>
    Self = 0,

    /// <summary>A subordinate unit (所属单位 / 下属预算单位).</summary>
    Subordinate = 1,
}

/// <summary>A budget unit included in the accounts (纳入决算编制范围的预算单位).</summary>
public sealed record ConstituentUnit
{
    /// <summary>The unit's name (单位名称).</summary>
    public required string Name { get; init; }

    /// <summary>本级 or 所属单位, or null when the document does not say.</summary>
    public UnitRole? Role { get; init; }

    /// <summary>A remark (备注), or null.</summary>
    public string? Note { get; init; }
}

/// <summary>The reporting entity (决算主体): department or unit, fiscal year, scope and functions.</summary>
public sealed record ReportingEntity
{
    /// <summary>The department or unit name (部门/单位名称).</summary>
    public required string Name { get; init; }

    /// <summary>部门决算 or 单位决算.</summary>
    public ReportKind Kind { get; init; }

    /// <summary>
    /// The fiscal year (决算年度), 1990 to 2100 (FiscalYearRange); absent (null) when the year is unknown (年度未知, e.g.
    /// a text that states none): year-aware checks then could not run or use the defaults of docs/rules.md, and no
    /// placeholder year is recorded.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The year is outside the <see cref="FiscalYearRange"/>.</exception>
    public int? FiscalYear
    {
        get;
        init => field = value is not { } year || FiscalYearRange.Contains(year)
            ? value
            : throw new ArgumentOutOfRangeException(nameof(FiscalYear), value, Messages.FiscalYearOutOfRange);
    }

    /// <summary>The region or level of government (e.g. 乌鲁木齐市), or null.</summary>
    public string? Region { get; init; }

    /// <summary>The main functions (主要职能), one entry per listed function.</summary>
    public IReadOnlyList<string> Functions { get; init => field = ValueList.From(value); } = ValueList.Empty<string>();

    /// <summary>The budget units included (部门决算单位构成).</summary>
    public IReadOnlyList<ConstituentUnit> Units { get; init => field = ValueList.From(value); } = ValueList.Empty<ConstituentUnit>();

    /// <summary>The stated number of internal divisions (内设机构/科室数), or null.</summary>
    public int? InternalDivisionCount { get; init; }

    /// <summary>The internal divisions' names (内设科室).</summary>
    public IReadOnlyList<string> InternalDivisions { get; init => field = ValueList.From(value); } = ValueList.Empty<string>();
}

/// <summary>Where the report came from (来源文件).</summary>
public sealed record SourceDocument
{
    /// <summary>The document title as published, or null.</summary>
    public string? Title { get; init; }

    /// <summary>The web address it was published at, or null.</summary>
    public string? Url { get; init; }

    /// <summary>The publication date as an ISO date (yyyy-MM-dd), or null.</summary>
    public string? PublishedOn { get; init; }
}

/// <summary>A staff count with its stated change against the prior year (人数及增减).</summary>
public sealed record PersonnelCount
{
    /// <summary>The number of people (人).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The count is negative.</exception>
    public required int Count
    {
        get;
        init => field = value >= 0 ? value : throw new ArgumentOutOfRangeException(nameof(Count), value, Messages.HeadCountNegative);
    }

    /// <summary>The stated change against the prior year, signed (减少 132 人 → −132), or null when not stated.</summary>
    public int? Change { get; init; }
}

/// <summary>Personnel (人员情况): headcounts by category.</summary>
public sealed record Personnel
{
    /// <summary>Authorised establishment (编制数), or null.</summary>
    public PersonnelCount? AuthorizedPositions { get; init; }

    /// <summary>Total actual headcount (实有人数), or null.</summary>
    public PersonnelCount? Total { get; init; }

    /// <summary>Serving staff (在职人员), or null.</summary>
    public PersonnelCount? Active { get; init; }

    /// <summary>Retired cadres under the 离休 system (离休人员), or null.</summary>
    public PersonnelCount? RetiredCadres { get; init; }

    /// <summary>Retired staff (退休人员), or null.</summary>
    public PersonnelCount? Retired { get; init; }
}

/// <summary>A term and its definition (名词解释).</summary>
public sealed record GlossaryEntry
{
    /// <summary>The term (名词).</summary>
    public required string Term { get; init; }

    /// <summary>The definition (解释).</summary>
    public required string Definition { get; init; }
}

/// <summary>Classified projects (涉密项目) reported only as totals.</summary>
public sealed record ClassifiedProjects
{
    /// <summary>The number of classified projects (涉密项目个数), or null.</summary>
    public int? Count { get; init; }

    /// <summary>Their full-year budget (全年预算数), or null.</summary>
    public Values.Amount? Budget { get; init; }

    /// <summary>Their full-year execution (全年执行数), or null.</summary>
    public Values.Amount? Executed { get; init; }
}
