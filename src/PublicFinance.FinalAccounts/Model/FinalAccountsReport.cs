using PublicFinance.FinalAccounts.Model.Narrative;
using PublicFinance.FinalAccounts.Model.Performance;
using PublicFinance.FinalAccounts.Model.Tables;

namespace PublicFinance.FinalAccounts.Model;

/// <summary>
/// A departmental (or unit) final-accounts disclosure (部门决算公开): the entity, the nine tables, the narrative with
/// every figure it states, 三公, procurement, assets, performance self-evaluations and notes.
/// </summary>
/// <remarks>
/// <para>
/// Immutable; every list has structural equality, so two reports with the same content are equal. Everything a
/// disclosure may omit is optional, and absent (null) is distinct from a stated zero.
/// </para>
/// <para>
/// All amounts are in <see cref="Unit"/> (万元 unless declared otherwise) and keep the decimals they were written
/// with. The report is a faithful record, not a checked one: inconsistent figures are representable so that
/// validation can find them.
/// </para>
/// </remarks>
public sealed record FinalAccountsReport
{
    /// <summary>The JSON schema version (模式版本) this model corresponds to.</summary>
    public const string CurrentSchemaVersion = "1.15";

    /// <summary>The schema version (模式版本) of the document ("1.0" to "1.15"); an absent or null version reads as the current one.</summary>
    /// <remarks>The init accessor stores the current version for null, so a report read without <c>schemaVersion</c>
    /// equals the same report read with it (equality compares the stored value).</remarks>
    public string SchemaVersion { get; init => field = value ?? CurrentSchemaVersion; } = CurrentSchemaVersion;

    /// <summary>The reporting entity (部门/单位, fiscal year, scope).</summary>
    public required ReportingEntity Entity { get; init; }

    /// <summary>The unit of every amount in the report (金额单位); 万元 by default (<see cref="AmountUnit.WanYuan"/> is the zero
    /// value).</summary>
    public AmountUnit Unit { get; init; }

    /// <summary>Where the report came from (来源文件).</summary>
    public SourceDocument? Source { get; init; }

    /// <summary>Personnel counts (人员情况).</summary>
    public Personnel? Personnel { get; init; }

    /// <summary>The nine standard tables (九张公开表).</summary>
    public DisclosureTables? Tables { get; init; }

    /// <summary>The narrative sections (情况说明).</summary>
    public NarrativeSections? Narrative { get; init; }

    /// <summary>Performance management and self-evaluations (预算绩效).</summary>
    public PerformanceStatement? Performance { get; init; }

    /// <summary>Classified projects reported as totals (涉密项目).</summary>
    public ClassifiedProjects? ClassifiedProjects { get; init; }

    /// <summary>名词解释 (glossary).</summary>
    public IReadOnlyList<GlossaryEntry> Glossary { get; init => field = ValueList.From(value); } = ValueList.Empty<GlossaryEntry>();

    /// <summary>其他需说明的事项 and other free-text notes, one paragraph per entry.</summary>
    public IReadOnlyList<string> Notes { get; init => field = ValueList.From(value); } = ValueList.Empty<string>();
}
