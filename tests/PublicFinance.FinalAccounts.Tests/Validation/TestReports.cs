using PublicFinance.FinalAccounts.Model;
using PublicFinance.FinalAccounts.Serialization;

namespace PublicFinance.FinalAccounts.Tests.Validation;

/// <summary>The reports the validation tests share (共用的测试报告), read once per test run.</summary>
internal static class TestReports
{
    /// <summary>The bundled sample report (samples/urumqi-government-office-2024.json).</summary>
    public static readonly FinalAccountsReport Sample = FinalAccountsJson.Deserialize(TestFiles.SampleJson);
}
