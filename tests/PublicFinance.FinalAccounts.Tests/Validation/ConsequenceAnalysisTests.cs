using System.Globalization;
using FsCheck;
using FsCheck.Xunit;
using PublicFinance.FinalAccounts.Model;
using PublicFinance.FinalAccounts.Serialization;
using PublicFinance.FinalAccounts.Validation;

namespace PublicFinance.FinalAccounts.Tests.Validation;

/// <summary>
/// One wrong figure, one Error (docs/rules/spec.md §5.1): the Errors that one figure explains are kept as Warnings linked to
/// the root; two independent errors, or two figures that could each explain a failure, keep every Error. Reports invented.
/// </summary>
public class ConsequenceAnalysisTests
{
    private const string Head = """{"schemaVersion":"1.0","entity":{"name":"连带结果测试单位","fiscalYear":2024},"unit":"wanYuan",""";

    private static ValidationResult Check(string body, bool link = true) => Validator.Default
        .WithOptions(ValidationOptions.Default with { LinkConsequences = link })
        .Validate(FinalAccountsJson.Deserialize(Head + body + "}"));

    private static string[] Keys(ValidationResult result, Severity severity) =>
        [.. result.Diagnostics.Where(d => d.Severity == severity).Select(d => d.RuleId + " " + d.Pointers[0])];

    /// <summary>
    /// 说明: 本年收入合计 110.00 while 财政拨款收入 90.00 + 其他收入 10.00 = 100.00, with the shares 90.00 % and 10.00 % of the
    /// true 100.00. FA1202 fails and so do both shares (90 / 110 = 81.82 %, 10 / 110 = 9.09 %); with the total at 100.00 all
    /// hold and nothing new fails, and no part explains as much (a part at 100.00 − 10.00 would leave its share wrong).
    /// </summary>
    [Fact]
    public void AWrongNarrativeTotal_IsOneError_ItsSharesLinkedWarnings()
    {
        var body = """
            "narrative":{"income":{"total":{"amount":"110.00"},"fiscalAppropriation":{"amount":"90.00","share":"90.00"},
            "otherIncome":{"amount":"10.00","share":"10.00"}}}
            """;
        var plain = Check(body, link: false);
        Assert.Equal(3, plain.ErrorCount);   // before: the root and its two consequences, all Errors

        var result = Check(body);

        Assert.Equal(["FA1202 /narrative/income/total/amount"], Keys(result, Severity.Error));
        var consequences = result.Diagnostics.Where(d => d.ConsequenceOf is not null).ToList();
        Assert.Equal(2, consequences.Count);
        Assert.All(consequences, d =>
        {
            Assert.Equal("FA2001", d.RuleId);
            Assert.Equal(Severity.Warning, d.Severity);
            Assert.Equal("FA1202", d.ConsequenceOf!.RootRuleId);
            Assert.Equal("/narrative/income/total/amount", d.ConsequenceOf.Figure);
            Assert.Equal(100.00m, d.ConsequenceOf.ImpliedValue);   // 90.00 + 10.00
            Assert.Equal(Severity.Error, d.ConsequenceOf.OriginalSeverity);
            Assert.Contains("FA1202", d.MessageZh, StringComparison.Ordinal);
            Assert.Contains("FA1202", d.MessageEn, StringComparison.Ordinal);
        });
        // Coverage is what the checks did: both shares failed.
        Assert.Equal(2, result.CoverageOf("FA2001")!.Failed);
    }

    /// <summary>
    /// 说明: 财政拨款收入 95.00 stated with the share 90.00 % of 本年收入合计 100.00 (其他收入 10.00). FA1202 (100 ≠ 105) and its
    /// share (95 %) fail; with the part at 100.00 − 10.00 = 90.00 both hold. The total at 105.00 would make the other share
    /// (10 / 105 = 9.52 %) fail anew, so the part is the one figure: one Error, the share its consequence.
    /// </summary>
    [Fact]
    public void AWrongPart_IsOneError()
    {
        var body = """
            "narrative":{"income":{"total":{"amount":"100.00"},"fiscalAppropriation":{"amount":"95.00","share":"90.00"},
            "otherIncome":{"amount":"10.00","share":"10.00"}}}
            """;

        var result = Check(body);

        Assert.Equal(1, result.ErrorCount);
        var consequence = Assert.Single(result.Diagnostics, d => d.ConsequenceOf is not null);
        Assert.Equal("/narrative/income/fiscalAppropriation/amount", consequence.ConsequenceOf!.Figure);
        Assert.Equal(90.00m, consequence.ConsequenceOf.ImpliedValue);
    }

    /// <summary>
    /// 公开01表: 本年收入合计 96.00 while its columns add to 80.00 + 10.00 + 5.00 = 95.00 (FA0101), and 公开02表's 合计 is
    /// 95.00 (FA1001 fails on the same cell). The T1 cell fails its own sum: at 95.00 both hold. The T2 cell at 96.00 would
    /// make only FA1001 hold — a strictly smaller explanation — so FA1001 is FA0101's consequence.
    /// </summary>
    [Fact]
    public void AWrongTableTotal_AgainstAnotherTable_IsOneError()
    {
        var body = """
            "tables":{"summary":{"income":{"generalBudgetAppropriation":"80.00","governmentFundAppropriation":"0.00",
            "stateCapitalAppropriation":"0.00","superiorSubsidy":"0.00","serviceIncome":"10.00","businessIncome":"0.00",
            "affiliatedRemittance":"0.00","otherIncome":"5.00","currentYearTotal":"96.00"}},"income":{"total":{"total":"95.00"}}}
            """;

        var result = Check(body);

        Assert.Equal(["FA0101 /tables/summary/income/currentYearTotal"], Keys(result, Severity.Error));
        var consequence = Assert.Single(result.Diagnostics, d => d.ConsequenceOf is not null);
        Assert.Equal("FA1001", consequence.RuleId);
        Assert.Equal(95.00m, consequence.ConsequenceOf!.ImpliedValue);
    }

    /// <summary>
    /// The wrong 说明 total above and, independently, 本年支出合计 50.00 ≠ 基本支出 30.00 + 项目支出 10.00: the second
    /// error shares no figure with the first, so both stay Errors (the shares are still the first one's consequences).
    /// </summary>
    [Fact]
    public void TwoIndependentErrors_BothStayErrors()
    {
        var body = """
            "narrative":{"income":{"total":{"amount":"110.00"},"fiscalAppropriation":{"amount":"90.00","share":"90.00"},
            "otherIncome":{"amount":"10.00","share":"10.00"}},
            "expenditure":{"total":{"amount":"50.00"},"basic":{"amount":"30.00"},"project":{"amount":"10.00"}}}
            """;
        var plain = Check(body, link: false);

        var result = Check(body);

        Assert.Equal(plain.ErrorCount - 2, result.ErrorCount);
        Assert.Contains("FA1202 /narrative/income/total/amount", Keys(result, Severity.Error));
        Assert.Contains(Keys(plain, Severity.Error), k => k.StartsWith("FA1203", StringComparison.Ordinal));
        Assert.Contains(Keys(result, Severity.Error), k => k.StartsWith("FA1203", StringComparison.Ordinal));
    }

    /// <summary>
    /// Two figures of one identity: 本年收入合计 100.00 ≠ 89.00 + 9.00, and the share of 财政拨款收入 is written “91%” (no
    /// decimals: [90.5, 91.5]; 89 % is beyond one unit of it, so no rounding-sized Info of spec 5.7). The total at 98.00 makes
    /// both hold (89 / 98 = 90.82 %), and so does the part at 91.00 (91 / 100 = 91 %): which figure is wrong is ambiguous, but
    /// both explain the share through the one failed FA1202, so the share is FA1202's consequence either way (session 33). It
    /// is linked through FA1202's checked figure, the total, at the value FA1202 implies for it (89.00 + 9.00 = 98.00); FA1202
    /// stays the one Error.
    /// </summary>
    [Fact]
    public void TwoFiguresOfOneIdentity_LinkTheShareToThatIdentity()
    {
        var body = """
            "narrative":{"income":{"total":{"amount":"100.00"},"fiscalAppropriation":{"amount":"89.00","share":"91"},
            "otherIncome":{"amount":"9.00"}}}
            """;
        Assert.Equal(2, Check(body, link: false).ErrorCount);   // FA1202 and the share's FA2001

        var result = Check(body);

        Assert.Equal(["FA1202 /narrative/income/total/amount"], Keys(result, Severity.Error));
        var consequence = Assert.Single(result.Diagnostics, d => d.ConsequenceOf is not null);
        Assert.Equal("FA2001", consequence.RuleId);
        Assert.Equal(Severity.Warning, consequence.Severity);
        Assert.Equal("FA1202", consequence.ConsequenceOf!.RootRuleId);
        Assert.Equal("/narrative/income/total/amount", consequence.ConsequenceOf.Figure);
        Assert.Equal(98.00m, consequence.ConsequenceOf.ImpliedValue);
    }

    /// <summary>
    /// The replay that failed the property in session 32: 财政拨款收入 25129.42 and 其他收入 83743.40, total 108872.82, shares
    /// 23.08 % and 76.92 % (25129.42 / 108872.82 = 23.081 %, 83743.40 / 108872.82 = 76.919 %), 公开01表 consistent; the 说明's
    /// 其他 moved by +14.59 to 83757.99. FA1202 fails (108872.82 ≠ 108887.41) and so does 其他's share
    /// (83757.99 / 108872.82 = 76.932 %, not 76.92 ± 0.005). 其他 at 83743.40 makes both hold, and so does the total at
    /// 108887.41 (83757.99 / 108887.41 = 76.922 % and 25129.42 / 108887.41 = 23.078 %, both rounding to what is stated):
    /// two figures, equal sets, one root. The share is FA1202's consequence, linked through the total at 108887.41.
    /// </summary>
    [Fact]
    public void AMovedSummandWhoseShareTheMovedTotalWouldRepair_IsOneError()
    {
        var body = """
            "narrative":{"income":{"total":{"amount":"108872.82"},"fiscalAppropriation":{"amount":"25129.42","share":"23.08"},
            "otherIncome":{"amount":"83757.99","share":"76.92"}}},
            "tables":{"summary":{"income":{"generalBudgetAppropriation":"25129.42","governmentFundAppropriation":"0.00",
            "stateCapitalAppropriation":"0.00","superiorSubsidy":"0.00","serviceIncome":"0.00","businessIncome":"0.00",
            "affiliatedRemittance":"0.00","otherIncome":"83743.40","currentYearTotal":"108872.82"}}}
            """;
        var plain = Check(body, link: false);
        Assert.Equal(["FA1202 /narrative/income/total/amount", "FA2001 /narrative/income/otherIncome/share"],
            Keys(plain, Severity.Error).Order(StringComparer.Ordinal));

        var result = Check(body);

        Assert.Equal(["FA1202 /narrative/income/total/amount"], Keys(result, Severity.Error));
        var consequence = Assert.Single(result.Diagnostics, d => d.ConsequenceOf is not null);
        Assert.Equal("FA2001 /narrative/income/otherIncome/share", consequence.RuleId + " " + consequence.Pointers[0]);
        Assert.Equal(Severity.Warning, consequence.Severity);
        Assert.Equal("/narrative/income/total/amount", consequence.ConsequenceOf!.Figure);
        Assert.Equal(108887.41m, consequence.ConsequenceOf.ImpliedValue);   // 25129.42 + 83757.99
    }

    /// <summary>With the option off, every failure keeps its rule's severity.</summary>
    [Fact]
    public void WithTheOptionOff_NothingIsLinked()
    {
        var body = """
            "narrative":{"income":{"total":{"amount":"110.00"},"fiscalAppropriation":{"amount":"90.00","share":"90.00"},
            "otherIncome":{"amount":"10.00","share":"10.00"}}}
            """;

        var result = Check(body, link: false);

        Assert.Equal(3, result.ErrorCount);
        Assert.DoesNotContain(result.Diagnostics, d => d.ConsequenceOf is not null);
    }

    /// <summary>
    /// A consistent 说明 income section and 公开01表 (parts in 分, total their sum, shares rounded to 2 decimals), then one
    /// summand — 说明 or table, 财政拨款 or 其他 — moved by at least 1.00 万元 (more than any rounding): exactly one Error, and
    /// every other failure a Warning linked to it.
    /// </summary>
    /// <remarks>
    /// Pinned to a seed in session 32 after replay <c>(15805927668307649006,1970647897762800879,41)</c> failed: a share whose
    /// moved total would also repair it left two Errors. Fixed in session 33 (one identity's figures explaining a finding
    /// link it to that identity; <see cref="AMovedSummandWhoseShareTheMovedTotalWouldRepair_IsOneError"/>) and unpinned.
    /// </remarks>
    [Property(MaxTest = 60)]
    public Property PerturbingOneSummand_YieldsOneErrorAndLinkedConsequences()
    {
        var gen =
            from fiscal in Gen.Choose(10_000, 9_000_000)
            from other in Gen.Choose(10_000, 9_000_000)
            from which in Gen.Choose(0, 3)
            from step in Gen.Choose(100, 500_000)
            from down in Gen.Elements(true, false)
            select (fiscal / 100m, other / 100m, which, (down ? -step : step) / 100m);
        return Prop.ForAll(gen.ToArbitrary(), t =>
        {
            var (fiscal, other, which, step) = t;
            var total = fiscal + other;
            var n = new[] { fiscal, other, fiscal, other };
            if (n[which] + step <= 0m)
            {
                step = -step;
            }

            n[which] += step;
            var body = "\"narrative\":{\"income\":{\"total\":{\"amount\":\"" + F(total) + "\"},\"fiscalAppropriation\":{\"amount\":\""
                + F(n[0]) + "\",\"share\":\"" + F(Share(fiscal, total)) + "\"},\"otherIncome\":{\"amount\":\"" + F(n[1])
                + "\",\"share\":\"" + F(Share(other, total)) + "\"}}},"
                + "\"tables\":{\"summary\":{\"income\":{\"generalBudgetAppropriation\":\"" + F(n[2])
                + "\",\"governmentFundAppropriation\":\"0.00\",\"stateCapitalAppropriation\":\"0.00\",\"superiorSubsidy\":\"0.00\","
                + "\"serviceIncome\":\"0.00\",\"businessIncome\":\"0.00\",\"affiliatedRemittance\":\"0.00\",\"otherIncome\":\""
                + F(n[3]) + "\",\"currentYearTotal\":\"" + F(total) + "\"}}}";
            var result = Check(body);
            var errors = result.Diagnostics.Where(d => d.Severity == Severity.Error).ToList();
            var linked = result.Diagnostics.Where(d => d.ConsequenceOf is not null).ToList();
            return (errors.Count == 1
                    && linked.All(d => d.Severity == Severity.Warning && d.ConsequenceOf!.RootRuleId == errors[0].RuleId
                        && d.ConsequenceOf.RootPointers.SequenceEqual(errors[0].Pointers)))
                .Label(string.Join("\n", result.Diagnostics.Select(d => d.ToString())));
        });
    }

    private static decimal Share(decimal part, decimal total) =>
        Math.Round(part * 100m / total, 2, MidpointRounding.AwayFromZero);

    private static string F(decimal value) => value.ToString("F2", CultureInfo.InvariantCulture);
}
