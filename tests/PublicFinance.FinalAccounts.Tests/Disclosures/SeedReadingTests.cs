using System;
using System.Collections.Generic;
using System.Linq;
using PublicFinance.FinalAccounts.Classification;
using PublicFinance.FinalAccounts.Disclosures;
using PublicFinance.FinalAccounts.Model;
using PublicFinance.FinalAccounts.Serialization;
using PublicFinance.FinalAccounts.Validation;
using PublicFinance.FinalAccounts.Values;
using Xunit;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>The seed disclosure text reads back to the hand-written sample report.</summary>
public class SeedReadingTests
{
    private static readonly DisclosureReadResult Read = DisclosureReader.Read(TestFiles.SampleText);
    private static readonly FinalAccountsReport Sample = FinalAccountsJson.Deserialize(TestFiles.SampleJson);

    private static bool IsFigure(object value) => value is Amount or Percent or Quantity or int or FunctionalCode or EconomicCode || value.GetType().IsEnum;

    private static Dictionary<string, object> Figures(FinalAccountsReport report)
    {
        var facts = ReportFacts.Create(report);
        var figures = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (var pointer in facts.LeafPointers)
        {
            if (facts.TryGetValue(pointer, out var value) && IsFigure(value))
            {
                figures[pointer] = value;
            }
        }

        return figures;
    }

    [Fact]
    public void EveryFigureOfTheSample_IsReadWithTheSameValueAtTheSamePlace()
    {
        var expected = Figures(Sample);
        var actual = Figures(Read.Report);
        Assert.True(expected.Count > 700, "the sample has " + expected.Count + " figures");
        var missing = expected.Where(p => !actual.TryGetValue(p.Key, out var v) || !Equals(v, p.Value)).Select(p => p.Key + " = " + p.Value + " → " + (actual.TryGetValue(p.Key, out var v2) ? v2 : "(missing)")).ToList();
        Assert.True(missing.Count == 0, "missing or different:\n" + string.Join("\n", missing));
    }

    [Fact]
    public void NothingIsReadThatTheSampleDoesNotHave()
    {
        var expected = Figures(Sample);
        var extra = Figures(Read.Report).Keys.Where(k => !expected.ContainsKey(k)).ToList();
        Assert.True(extra.Count == 0, "extra:\n" + string.Join("\n", extra));
    }

    [Fact]
    public void NamesAndTexts_MatchTheSample_UpToBracketWidth()
    {
        static string Norm(string s) => ClassificationCatalogue.NormalizeName(s).Replace("，", ",").Replace("；", ";").Replace("：", ":").Replace(" ", string.Empty);
        var sample = ReportFacts.Create(Sample);
        var read = ReportFacts.Create(Read.Report);
        var compared = 0;
        var different = new List<string>();
        foreach (var pointer in sample.LeafPointers)
        {
            if (!sample.TryGet<string>(pointer, out var expected) || pointer.StartsWith("/entity/region", StringComparison.Ordinal))
            {
                continue;
            }

            compared++;
            if (!read.TryGet<string>(pointer, out var actual) || Norm(actual) != Norm(expected))
            {
                different.Add(pointer);
            }
        }

        Assert.True(compared > 600);
        // Texts joined across PDF line breaks may keep a doubled character the sample's author removed by hand
        // (乌鲁木齐市\n\n市信访局); every other text must match.
        Assert.True(different.Count <= 3, string.Join("\n", different));
    }

    [Fact]
    public void ReportIsValidAgainstThePublishedSchema()
    {
        Assert.True(Serialization.SchemaTests.Evaluate(FinalAccountsJson.Serialize(Read.Report)).IsValid);
    }

    [Fact]
    public void Check_OnTheText_HasNoErrors_AndTheTwoRoundingNotes_LocatedInTheText()
    {
        var result = Validator.Default.Validate(Read.Report, Read.Sources);
        Assert.Equal(0, result.ErrorCount);
        var infos = result.Diagnostics.Where(d => d.Severity == Severity.Info && d.RuleId != "FA6101").ToList();   // FA6101: tables not in the input
        Assert.Equal(new[] { "FA1205", "FA1206" }, infos.Select(d => d.RuleId));
        Assert.Equal(new SourceSpan(170, 23, 170, 33), infos[1].Span);   // "2,926.12 万元" on line 170
        Assert.Equal(140, infos[0].Span!.Value.StartLine);                // "362.06 万元" on line 140
        Assert.DoesNotContain(Read.TextFindings, f => f.Severity != Severity.Info);
    }

    [Fact]
    public void Claims_AreLocated_AndPointAtTheirValues()
    {
        Assert.True(Read.Claims.Count > 300);
        var share = Read.Claims.Single(c => c.Pointer == "/narrative/income/fiscalAppropriation/share");
        Assert.Equal(ClaimKind.Share, share.Kind);
        Assert.Equal("98.37", share.Value);
        Assert.Equal(115, share.Span.StartLine);
        var lines = TestFiles.SampleText.Split('\n');
        var claimText = lines[share.Span.StartLine - 1].Substring(share.Span.StartColumn - 1, share.Span.EndColumn - share.Span.StartColumn + 1);
        Assert.Equal("98.37%", claimText);
        var variance = Read.Claims.Single(c => c.Pointer == "/narrative/appropriation/budget/varianceRate");
        Assert.Equal(ClaimKind.VarianceRate, variance.Kind);
        Assert.Equal("-7.03", variance.Value);
        Assert.All(Read.Claims, c => Assert.True(c.Span.StartLine >= 1 && c.Span.EndLine <= lines.Length));
    }

    [Fact]
    public void WhatCouldNotBePlaced_IsANote_WithItsSpan()
    {
        var note = Assert.Single(Read.Notes);
        Assert.Equal(199, note.Span.StartLine);
        Assert.Contains("固定资产车辆", note.Text);
    }

    [Fact]
    public void Reading_IsDeterministic()
    {
        var again = DisclosureReader.Read(TestFiles.SampleText);
        Assert.Equal(FinalAccountsJson.Serialize(Read.Report), FinalAccountsJson.Serialize(again.Report));
        Assert.Equal(Read.Claims, again.Claims);
    }
}
