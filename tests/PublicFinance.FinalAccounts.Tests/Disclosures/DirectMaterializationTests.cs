using PublicFinance.FinalAccounts.Disclosures;
using PublicFinance.FinalAccounts.Model;
using PublicFinance.FinalAccounts.Serialization;
using PublicFinance.FinalAccounts.Validation;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// The report built straight from the draft (<see cref="DraftMaterializer"/>) is the report the JSON round trip gives
/// (<see cref="DisclosureReader.ReadThroughJson"/>, the old path kept as the oracle): same report, claims, notes and
/// findings; and the direct path gives up — leaving the JSON path to drop what does not fit, with its notes — exactly
/// where the contract would refuse a value.
/// </summary>
public class DirectMaterializationTests
{
    private static readonly string[] RealTexts = TestFiles.RealShanghaiTexts;

    public static TheoryData<string> Texts() => new(new[] { "seed" }.Concat(RealTexts));

    private static string Text(string name) => name == "seed" ? TestFiles.SampleText : TestFiles.Data(name);

    [Theory]
    [MemberData(nameof(Texts))]
    public void RealTexts_ReadTheSameBothWays_AndTakeTheDirectPath(string name)
    {
        var text = Text(name);
        AssertSameResult(text);

        // The direct path is taken (not the fallback): the draft alone builds a report, equal to the contract's reading.
        var root = Draft(text);
        var direct = DraftMaterializer.TryBuild(root);
        Assert.NotNull(direct);
        Assert.Equal(FinalAccountsJson.Deserialize(root.ToJson()), direct);
    }

    [Fact]
    public void Seed_DirectReport_HoldsTheSampleFigures()
    {
        // The seed states 本年收入合计 3,653.30 万元 (its first overview figure) and nine performance tables.
        var report = DisclosureReader.Read(TestFiles.SampleText).Report;
        Assert.Equal(3653.30m, report.Narrative?.Overall?.CurrentYearIncome?.Amount.Value);
        Assert.Equal(2, report.Narrative!.Overall!.CurrentYearIncome!.Amount.Decimals);
        Assert.NotEmpty(report.Performance!.Evaluations);
    }

    /// <summary>Lines of the seed and the real texts, shuffled, cut and mutated: both paths agree on every result.</summary>
    [Property(MaxTest = 60)]
    public Property MutatedTexts_ReadTheSameBothWays()
    {
        var lines = new[] { TestFiles.SampleText }.Concat(RealTexts.Select(TestFiles.Data))
            .SelectMany(t => t.Split('\n')).Where(l => l.Trim().Length > 0).ToArray();
        var mutations = new[]
        {
            string.Empty, "-", "0", "99999999999999999.5", ".", "增加", "减少", "（", "\uD800", "%", "万元", "1.1234567890123",
        };
        var gen =
            from count in Gen.Choose(1, 40)
            from picks in Gen.ArrayOf(Gen.Choose(0, lines.Length - 1), count)
            from cuts in Gen.ArrayOf(Gen.Choose(0, 200), count)
            from inserts in Gen.ArrayOf(Gen.Elements(mutations), count)
            select string.Join("\n", picks.Select((p, i) => Mutate(lines[p], cuts[i], inserts[i])));
        return Prop.ForAll(gen.ToArbitrary(), text =>
        {
            AssertSameResult("# 某某局2023年度部门决算说明\n" + text);
            return true;
        });
    }

    private static string Mutate(string line, int at, string insert)
        => at >= line.Length ? line : line.Substring(0, at) + insert + line.Substring(at);

    public static TheoryData<string, string, bool> Refused() => new()
    {
        // What the contract's deserializer refuses (true: checked below that it does), each left to the JSON path,
        // which drops it with a located note; the rest of each draft is valid (checked first). False: not known to be
        // refused (the direct path then gives up or reads what the contract reads).
        { "/narrative/income/total/change/amount", "-1.5", true },           // an unsigned magnitude with a sign
        { "/narrative/expenditure/total/amount", "1.1234567890123", true },  // 13 decimals, beyond the contract
        { "/narrative/expenditure/total/amount", "12345678901234567", true }, // 17 integer digits
        { "/narrative/expenditure/total/amount", "1,234.5", true },          // not the plain form
        { "/narrative/expenditure/total/amount", "01", true },               // a leading zero
        { "/narrative/expenditure/total/amount", "-0", false },              // a negative zero: the JSON path decides
        { "/narrative/overall/change/direction", "Increase", true },         // an enum name in the wrong case
        { "/narrative/income/total/change/reason", "", true },               // an empty reason
        { "/tables/threePublic/x", "1", false },                             // the tables, never drafted by the reader
        { "/narrative/income/unknownMember", "1", true },                    // a member the model does not have
        { "/source/url", "http://example.com", false },                      // a pattern the reader never drafts
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public void ValuesTheContractRefuses_AreLeftToTheJsonPath(string pointer, string value, bool contractRefuses)
    {
        var builder = Builder();
        Assert.NotNull(DraftMaterializer.TryBuild(builder.Root));
        builder.Set(pointer, value, new SourceSpan(1, 1, 1, 1));
        var direct = DraftMaterializer.TryBuild(builder.Root);
        var contractReads = FinalAccountsJson.TryDeserialize(builder.Root.ToJson(), out var viaJson, out _);
        if (contractRefuses)
        {
            Assert.Null(direct);
            Assert.False(contractReads);
        }
        else
        {
            // Not known to be refused: the direct path either leaves it to the JSON path or reads what the contract reads.
            Assert.True(direct is null || (contractReads && direct.Equals(viaJson)));
        }
    }

    [Fact]
    public void LoneSurrogates_AreLeftToTheJsonPath()
    {
        // Made here, not in theory data: xunit's serialisation of theory arguments would replace a lone surrogate.
        foreach (var text in new[] { "\uD800", "a\uDC00", "\uD800a", "\uDBFF" })
        {
            var builder = Builder();
            builder.Set("/narrative/threePublic/overseasTravelDescription", text, new SourceSpan(1, 1, 1, 1));
            Assert.Null(DraftMaterializer.TryBuild(builder.Root));
        }

        var pair = Builder();
        pair.Set("/narrative/threePublic/overseasTravelDescription", "\uD840\uDC00", new SourceSpan(1, 1, 1, 1));
        Assert.Equal("\uD840\uDC00", DraftMaterializer.TryBuild(pair.Root)?.Narrative?.ThreePublic?.OverseasTravelDescription);
    }

    [Fact]
    public void MissingRequiredMembers_AreLeftToTheJsonPath()
    {
        // A change without its direction, a stated figure without its amount: required by the model.
        var builder = EmptyBuilder();
        builder.Set("/narrative/income/total/amount", "1.00", new SourceSpan(1, 1, 1, 1));
        builder.Set("/narrative/income/total/change/amount", "1.00", new SourceSpan(1, 1, 1, 1));
        Assert.Null(DraftMaterializer.TryBuild(builder.Root));

        var noAmount = EmptyBuilder();
        noAmount.Set("/narrative/income/total/share", "50.00", new SourceSpan(1, 1, 1, 1));
        Assert.Null(DraftMaterializer.TryBuild(noAmount.Root));
    }

    [Fact]
    public void CountsAndYears_OutsideTheirRange_AreLeftToTheJsonPath()
    {
        var negative = EmptyBuilder();
        negative.Set("/narrative/threePublic/vehiclesHeld", -1, new SourceSpan(1, 1, 1, 1));
        Assert.Null(DraftMaterializer.TryBuild(negative.Root));

        var year = EmptyBuilder();
        year.Put("/entity/fiscalYear", 1899);
        Assert.Null(DraftMaterializer.TryBuild(year.Root));
    }

    public static TheoryData<string, string> Accepted() => new()
    {
        { "/narrative/income/total/amount", "0" },
        { "/narrative/income/total/amount", "-12.50" },
        { "/narrative/income/total/amount", "9999999999999999.999" },
        { "/narrative/income/total/share", "0.000000000001" },
        { "/narrative/income/total/change/rate", "12.3" },
        { "/narrative/threePublic/total/amount", "𠀀1" },   // not a figure: refused below, as by the contract
    };

    /// <summary>
    /// Whatever the direct path builds, the contract reads the same from the draft's JSON; what it refuses, the contract refuses.
    /// </summary>
    [Theory]
    [MemberData(nameof(Accepted))]
    public void DirectReport_EqualsTheContractsReading(string pointer, string value)
    {
        var builder = EmptyBuilder();
        builder.Set(pointer, value, new SourceSpan(1, 1, 1, 1));
        if (pointer.EndsWith("/rate", StringComparison.Ordinal))
        {
            builder.Set(pointer.Replace("/rate", "/direction", StringComparison.Ordinal), "increase", new SourceSpan(1, 1, 1, 1));
            builder.Set("/narrative/income/total/amount", "1", new SourceSpan(1, 1, 1, 1));
        }

        if (pointer.EndsWith("/share", StringComparison.Ordinal))
        {
            builder.Set("/narrative/income/total/amount", "1", new SourceSpan(1, 1, 1, 1));
        }

        var direct = DraftMaterializer.TryBuild(builder.Root);
        var ok = FinalAccountsJson.TryDeserialize(builder.Root.ToJson(), out var viaJson, out _);
        Assert.Equal(ok, direct is not null);
        Assert.Equal(viaJson, direct);
    }

    /// <summary>Random drafts of valid and invalid leaves over the narrative: direct is null exactly where the contract refuses.</summary>
    [Property(MaxTest = 300)]
    public Property RandomDrafts_DirectIsNullExactlyWhereTheContractRefuses()
    {
        var pointers = new[]
        {
            "/narrative/income/total/amount", "/narrative/income/total/share", "/narrative/income/total/change/direction",
            "/narrative/income/total/change/amount", "/narrative/income/total/change/rate", "/narrative/income/total/change/reason",
            "/narrative/income/total/budget/kind", "/narrative/income/total/budget/difference", "/narrative/expenditure/basic/amount",
            "/narrative/threePublic/total/amount", "/narrative/generalBudget/items/0/amount", "/narrative/generalBudget/items/0/name",
            "/narrative/generalBudget/items/0/code", "/entity/name", "/entity/kind", "/unit", "/performance/achievements",
        };
        var values = new[]
        {
            "1", "1.50", "-2.5", "0", "-0", "increase", "decrease", "unchanged", "Increase", "initial", "fullYear", string.Empty,
            "原因", "2010301", "201", "x", "department", "unit", "yuan", "wanYuan", "1e3", "01", "1.",
        };
        var gen = Gen.ArrayOf(
            from p in Gen.Elements(pointers)
            from v in Gen.Elements(values)
            select (p, v));
        return Prop.ForAll(gen.ToArbitrary(), pairs =>
        {
            var builder = EmptyBuilder();
            builder.Put("/entity/name", "某局");
            foreach (var (p, v) in pairs)
            {
                builder.Set(p, v, new SourceSpan(1, 1, 1, 1));
            }

            var direct = DraftMaterializer.TryBuild(builder.Root);
            var ok = FinalAccountsJson.TryDeserialize(builder.Root.ToJson(), out var viaJson, out _);
            // The draft's strings hold no lone surrogate, and both read every value with the contract's converters: the
            // direct path gives up exactly where the contract refuses.
            return (direct is null ? !ok : ok && direct.Equals(viaJson)).Label(builder.Root.ToJson());
        });
    }

    /// <summary>A valid draft: an entity without a name (as the reader leaves it), and an income total with a change.</summary>
    private static ReportBuilder Builder()
    {
        var builder = new ReportBuilder(new SourceText(string.Empty));
        builder.Put("/entity/name", string.Empty);
        builder.Set("/narrative/income/total/amount", "3653.30", new SourceSpan(1, 1, 1, 1));
        builder.Set("/narrative/income/total/change/direction", "increase", new SourceSpan(1, 1, 1, 1));
        return builder;
    }

    private static ReportBuilder EmptyBuilder()
    {
        var builder = new ReportBuilder(new SourceText(string.Empty));
        builder.Put("/entity/name", string.Empty);
        return builder;
    }

    /// <summary>The draft of a text as the reader leaves it before materialising.</summary>
    private static DraftNode Draft(string text)
    {
        var source = new SourceText(text);
        var builder = new ReportBuilder(source);
        ReadingPipeline.Run(source, builder);
        builder.Put("/schemaVersion", FinalAccountsReport.CurrentSchemaVersion);
        return builder.Root;
    }

    private static void AssertSameResult(string text)
    {
        var direct = DisclosureReader.Read(text);
        var viaJson = DisclosureReader.ReadThroughJson(text, DisclosureReadOptions.Default);
        Assert.Equal(viaJson.Report, direct.Report);
        Assert.Equal(viaJson.Claims, direct.Claims);
        Assert.Equal(viaJson.Notes, direct.Notes);
        Assert.Equal(Show(viaJson.TextFindings), Show(direct.TextFindings));
        Assert.Equal(viaJson.FiscalYear, direct.FiscalYear);
        Assert.Equal(viaJson.FigureCount, direct.FigureCount);
        Assert.Equal(viaJson.UnplacedFigureCount, direct.UnplacedFigureCount);
        Assert.Equal(FinalAccountsJson.Serialize(viaJson.Report), FinalAccountsJson.Serialize(direct.Report));
    }

    private static IEnumerable<string> Show(IEnumerable<Diagnostic> findings)
        => findings.Select(f => $"{f.RuleId} {f.Severity} {f.Span} {string.Join(",", f.Pointers)} {f.MessageZh} {f.MessageEn}");
}
