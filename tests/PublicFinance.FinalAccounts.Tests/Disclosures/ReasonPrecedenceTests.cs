using PublicFinance.FinalAccounts.Disclosures;
using PublicFinance.FinalAccounts.Validation;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// Session 39 (issue 8; blind round 36, "misreadings that raised nothing"): 主要用于 is a purpose, not a reason. With an
/// explicit reason (原因是, 主要原因是, 增加原因是, 主要是由于) in the same sentence or the next, that one is the change's reason;
/// with none, the change has no reason and FA2106 warns. Invented texts; a rise of 10.00 on 110.00 is 10.00 / 100.00 = 10.00 %,
/// a fall of 0.40 to 2.20 is 0.40 / 2.60 = 15.38 %.
/// </summary>
public sealed class ReasonPrecedenceTests
{
    private const string StateCapitalHead = "某县国资局2023年度部门决算说明\n\n九、国有资本经营预算财政拨款收入支出决算情况说明\n";

    private const string ThreePublicHead = "某县妇联2023年度部门决算说明\n\n十、“三公”经费财政拨款支出决算情况说明\n";

    private const string Change = "本年国有资本经营预算财政拨款支出110.00万元，比上年增加10.00万元，增长10.00%，";

    private const string Pointer = "/narrative/stateCapital/currentYearExpenditure/change";

    private static string? At(DisclosureReadResult read, string pointer) => TextReading.JsonAt(read, pointer);

    private static string[] Of(List<Diagnostic> diagnostics, string rule) =>
        [.. TextReading.Of(diagnostics, Severity.Warning).Where(d => d.StartsWith(rule, StringComparison.Ordinal))];

    /// <summary>
    /// 主要用于 and an explicit reason in one sentence or in the next, in four wordings: the explicit one is the reason (the
    /// purpose is not part of it), no FA2106.
    /// </summary>
    [Theory]
    [InlineData("主要用于国有企业改革成本支出，增加原因是新增企业退休人员管理补助。", "新增企业退休人员管理补助。")]
    [InlineData("主要用于国有企业改革成本支出，主要原因是新增企业退休人员管理补助。", "新增企业退休人员管理补助。")]
    [InlineData("主要用于国有企业改革成本支出。增加原因是新增企业退休人员管理补助。", "新增企业退休人员管理补助。")]
    [InlineData("主要用于国有企业改革成本支出，主要是由于新增企业退休人员管理补助。", "新增企业退休人员管理补助。")]
    public void AnExplicitReason_WinsOverAPurpose(string after, string reason)
    {
        var (read, diagnostics) = TextReading.Read(StateCapitalHead + Change + after + "\n");

        Assert.Equal("10.00", At(read, Pointer + "/amount"));
        Assert.Equal(reason, At(read, Pointer + "/reason"));
        Assert.Empty(Of(diagnostics, "FA2106"));
        Assert.Empty(TextReading.Errors(diagnostics));
    }

    /// <summary>An explicit reason written before the purpose keeps it (the reason runs on to the sentence's end).</summary>
    [Fact]
    public void AnExplicitReasonBeforeThePurpose_IsTheReason()
    {
        var (read, diagnostics) = TextReading.Read(StateCapitalHead + Change + "原因是新增企业退休人员管理补助，主要用于改革成本支出。\n");

        Assert.StartsWith("新增企业退休人员管理补助", At(read, Pointer + "/reason"), StringComparison.Ordinal);
        Assert.Empty(Of(diagnostics, "FA2106"));
    }

    /// <summary>
    /// A purpose alone after a change explains nothing: no reason, and FA2106 warns on that change — a fund's expenditure
    /// and a 三公 item (after its counts, and right after its rate).
    /// </summary>
    [Theory]
    [InlineData(StateCapitalHead + Change + "主要用于国有企业改革成本支出。\n", Pointer)]
    [InlineData(ThreePublicHead + "公务接待费2.20万元，比上年减少0.40万元，下降15.38%，共接待12批次、60人次，主要用于接待上级检查工作。\n",
        "/narrative/threePublic/reception/change")]
    [InlineData(ThreePublicHead + "公务接待费2.20万元，比上年减少0.40万元，下降15.38%，主要用于接待上级检查工作。\n",
        "/narrative/threePublic/reception/change")]
    public void APurposeAlone_IsNoReason(string text, string change)
    {
        var (read, diagnostics) = TextReading.Read(text);

        Assert.NotNull(At(read, change + "/amount"));
        Assert.Null(At(read, change + "/reason"));
        Assert.Equal(["FA2106 " + change], Of(diagnostics, "FA2106"));
        Assert.Empty(TextReading.Errors(diagnostics));
    }

    /// <summary>A planted wrong rate (12.00 % for 10.00 %) beside a purpose and a reason is still exactly one FA2104 Error.</summary>
    [Fact]
    public void AWrongRateBesideAPurpose_IsOneFA2104()
    {
        var (_, diagnostics) = TextReading.Read(StateCapitalHead + "本年国有资本经营预算财政拨款支出110.00万元，比上年增加10.00万元，"
            + "增长12.00%，主要用于国有企业改革成本支出。增加原因是新增企业退休人员管理补助。\n");

        Assert.Equal(["FA2104 " + Pointer + "/rate"], TextReading.Of(diagnostics, Severity.Error));
    }
}
