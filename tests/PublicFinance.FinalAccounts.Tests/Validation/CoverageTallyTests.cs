using System.Threading.Tasks;
using PublicFinance.FinalAccounts.Serialization;
using PublicFinance.FinalAccounts.Validation;
using PublicFinance.FinalAccounts.Validation.Rules;

namespace PublicFinance.FinalAccounts.Tests.Validation;

/// <summary>
/// Session 35 (issue 13): a validation keeps its coverage as counts (<c>CoverageTally</c>) and makes the public
/// <see cref="RuleCoverage"/> entries when <see cref="ValidationResult.Coverage"/> is first read. The entries, the
/// result's equality and its hash must be what they were when every rule's entry was made during the validation
/// (<see cref="SharedContextTests"/> compares the entries with a context per rule on every conformance case).
/// </summary>
public class CoverageTallyTests
{
    private static readonly RuleDescriptor Custom =
        new("FA0000", RuleCategory.Presence, Severity.Warning, "自定义", "Custom", "-", "-");

    [Fact]
    public void AResultNotYetRead_EqualsOneRead_AndHashesAlike()
    {
        var sample = FinalAccountsJson.Deserialize(TestFiles.SampleJson);
        var read = Validator.Default.Validate(sample);
        var unread = Validator.Default.Validate(sample);
        // One entry per rule, in the rules' order.
        Assert.Equal(Validator.Default.Rules.Select(r => r.Descriptor.Id), read.Coverage.Select(c => c.Rule.Id));
        Assert.Equal(read.GetHashCode(), unread.GetHashCode());
        Assert.Equal(read, unread);
        // A copy, and a result given the same entries through the public initialiser, are equal to it.
        Assert.Equal(read, unread with { });
        Assert.Equal(read, new ValidationResult
        {
            Diagnostics = read.Diagnostics, Verifications = read.Verifications, Coverage = [.. read.Coverage],
        });
        // The entries are made once: every read returns the same list.
        Assert.Same(unread.Coverage, unread.Coverage);
    }

    [Fact]
    public void ADifferentCount_MakesResultsUnequal()
    {
        var sample = FinalAccountsJson.Deserialize(TestFiles.SampleJson);
        var once = new Validator([new CodeRule(Custom, c => c.Pass())]).Validate(sample);
        var twice = new Validator([new CodeRule(Custom, c =>
        {
            c.Pass();
            c.Pass();
        })]).Validate(sample);
        Assert.Equal(1, once.CoverageOf("FA0000")!.Passed);
        Assert.Equal(2, twice.CoverageOf("FA0000")!.Passed);
        Assert.NotEqual(once, twice);
    }

    [Fact]
    public void MissingPointers_AreTheFirstEightDistinct_PerRule()
    {
        // Ten pointers given with "/a" repeated: the distinct ones in order are /a, /b, /c … /i (nine), and the list keeps
        // eight of them (/a to /h); a second call adds nothing once it is full. The rule after it (FA0001) starts empty
        // and keeps its own one pointer, "/a" again.
        string[] given = ["/a", "/b", "/a", "/c", "/d", "/e", "/f", "/g", "/h", "/i"];
        var first = new CodeRule(Custom, c =>
        {
            c.CouldNotRun(given);
            c.CouldNotRun("/j");
        });
        var next = new RuleDescriptor("FA0001", RuleCategory.Presence, Severity.Warning, "自定义", "Custom", "-", "-");
        var second = new CodeRule(next, c => c.CouldNotRun("/a"));
        var sample = FinalAccountsJson.Deserialize(TestFiles.SampleJson);
        var result = new Validator([first, second]).Validate(sample);
        var coverage = result.CoverageOf("FA0000")!;
        Assert.Equal(2, coverage.CouldNotRun);
        Assert.Equal(["/a", "/b", "/c", "/d", "/e", "/f", "/g", "/h"], coverage.Missing);
        Assert.Equal(["/a"], result.CoverageOf("FA0001")!.Missing);
        Assert.Equal(CheckOutcome.CouldNotRun, coverage.Outcome);
    }

    [Fact]
    public void ParallelFirstReads_SeeOneList()
    {
        var sample = FinalAccountsJson.Deserialize(TestFiles.SampleJson);
        var result = Validator.Default.Validate(sample);
        var seen = new IReadOnlyList<RuleCoverage>[8];
        Parallel.For(0, seen.Length, i => seen[i] = result.Coverage);
        Assert.All(seen, s => Assert.Same(seen[0], s));
    }
}
