using PublicFinance.FinalAccounts.Disclosures;
using PublicFinance.FinalAccounts.Validation;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// The text checks' scan advanced block by block by the reading pipeline (session 14, <see cref="TextScan"/>): however
/// it is advanced, it must report what one scan of the whole text at the end reports, in the same order — the 部门/单位
/// wording finding, decided only at the end, in its place among the others.
/// </summary>
public class TextScanTests
{
    /// <summary>Pieces with every candidate of the scan: placeholders, shares with and without %, both wordings.</summary>
    private static readonly string[] Pieces =
    [
        "XX", "xx", "1XX", "××", "某某", "增加(减少)", "减少(增加)", "增长(下降)", "减增加", "增减少", "大于(小于)", "占98.37,",
        "占 12.5%", "占", "本单位", "本部门", "本年", "增长", "减少", "收入", "12.34万元", "。", ",", "\n", " ", "\t\n\t\n",
    ];

    /// <summary>
    /// Random texts, advanced to random increasing positions (as the pipeline's blocks end) and then finished, give the
    /// findings of a scan advanced only at the end — for a 部门 and a 单位 report.
    /// </summary>
    [Property(MaxTest = 300)]
    public Property AdvancedInSteps_AsOneScanAtTheEnd()
    {
        var gen = Gen.Choose(0, 120).SelectMany(n => Gen.Elements(Pieces).ArrayOf(n)).Select(string.Concat)
            .SelectMany(text => Gen.Choose(0, Math.Max(0, text.Length)).ArrayOf(6).Select(stops => (text, stops)));
        return Prop.ForAll(gen.ToArbitrary(), t =>
        {
            var (text, stops) = t;
            var source = new SourceText(text);
            var same = true;
            foreach (var unitReport in new[] { false, true })
            {
                var stepped = new TextScan(source);
                foreach (var stop in stops.OrderBy(s => s))
                {
                    stepped.Advance(stop);
                }

                same &= Findings(stepped, unitReport).SequenceEqual(Findings(new TextScan(source), unitReport));
            }

            return same.Label(text);
        });
    }

    /// <summary>
    /// Hand-made, a 部门 report: 某某 (FA8001), then 本单位 (FA8004, its first occurrence only), then 占98.37 (FA8002)
    /// and XX (FA8001) — in text order although the wording is decided last; 本部门 is no finding here.
    /// </summary>
    [Fact]
    public void WordingFinding_InItsPlaceAmongTheOthers()
    {
        var source = new SourceText("某某局。本部门与本单位,本单位占98.37,见XX。");
        var scan = new TextScan(source);
        scan.Advance(5);
        var findings = new List<Diagnostic>();
        scan.Finish(findings, unitReport: false);
        Assert.Equal(["FA8001", "FA8004", "FA8002", "FA8001"], findings.Select(f => f.RuleId));
        Assert.Equal(1, findings[0].Span!.Value.StartColumn);
        Assert.Equal(9, findings[1].Span!.Value.StartColumn);

        var unit = new List<Diagnostic>();
        new TextScan(source).Finish(unit, unitReport: true);
        Assert.Equal(["FA8001", "FA8004", "FA8002", "FA8001"], unit.Select(f => f.RuleId));
        Assert.Equal(5, unit[1].Span!.Value.StartColumn);
    }

    private static List<(string, string, int, int)> Findings(TextScan scan, bool unitReport)
    {
        var findings = new List<Diagnostic>();
        scan.Finish(findings, unitReport);
        return [.. findings.Select(f => (f.RuleId, f.MessageEn, f.Span!.Value.StartLine, f.Span!.Value.StartColumn))];
    }
}
