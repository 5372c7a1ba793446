using System.Text.Json.Serialization;
using PublicFinance.FinalAccounts.Model;
using PublicFinance.FinalAccounts.Model.Narrative;
using PublicFinance.FinalAccounts.Model.Performance;

namespace PublicFinance.FinalAccounts.Serialization;

/// <summary>The source-generated serialization metadata of the report model.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    RespectNullableAnnotations = true,
    AllowDuplicateProperties = false,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    NumberHandling = JsonNumberHandling.Strict,
    Converters = new[]
    {
        typeof(AmountJsonConverter), typeof(PercentJsonConverter), typeof(QuantityJsonConverter),
        typeof(FunctionalCodeJsonConverter), typeof(EconomicCodeJsonConverter),
        typeof(CamelCaseEnumConverter<AmountUnit>), typeof(CamelCaseEnumConverter<ReportKind>),
        typeof(CamelCaseEnumConverter<UnitRole>), typeof(CamelCaseEnumConverter<ChangeDirection>),
        typeof(CamelCaseEnumConverter<BudgetKind>), typeof(CamelCaseEnumConverter<BudgetRelation>),
        typeof(CamelCaseEnumConverter<VehicleCategory>), typeof(CamelCaseEnumConverter<EvaluationKind>),
        typeof(CamelCaseEnumConverter<FundLineKind>), typeof(CamelCaseEnumConverter<Comparator>),
        typeof(CamelCaseEnumConverter<PerformanceGrade>), typeof(CamelCaseEnumConverter<AssetCategory>),
        typeof(CamelCaseEnumConverter<EvaluationsListed>), typeof(CamelCaseEnumConverter<GradeCountsCover>),
        typeof(CamelCaseEnumConverter<EvaluationCoverageBase>), typeof(CamelCaseEnumConverter<KeyEvaluationKind>),
        typeof(CamelCaseEnumConverter<EquipmentKind>), typeof(CamelCaseEnumConverter<ThresholdInclusion>),
    })]
[JsonSerializable(typeof(FinalAccountsReport))]
internal sealed partial class FinalAccountsJsonContext : JsonSerializerContext
{
}
