using PublicFinance.FinalAccounts.Model;
using PublicFinance.FinalAccounts.Serialization;
using PublicFinance.FinalAccounts.Validation;

namespace PublicFinance.FinalAccounts.Tests.Validation;

/// <summary>
/// FA6101's note on tables absent from a narrative input is kept per list of relations and set of absent parts (session
/// 13): it must still name only the rules the validator runs, and a kept note must be the one a fresh message gives.
/// </summary>
public class TablesNoteTests
{
    private static readonly FinalAccountsReport Sample = FinalAccountsJson.Deserialize(TestFiles.SampleJson);

    private static Diagnostic Note(Validator validator) =>
        Assert.Single(validator.Validate(Sample).Diagnostics, d => d.RuleId == "FA6101");

    [Fact]
    public void Note_NamesOnlyTheRulesOfItsValidator_BeforeAndAfterAnotherValidatorsNote()
    {
        // The sample is a 说明 with its nine tables as attachments: FA0101 (the summary table's balance) needs one of them.
        var full = Note(Validator.Default);
        Assert.Contains("FA0101", full.MessageEn, StringComparison.Ordinal);

        // A validator without FA0101 hands its runs another list of relations: its note must not name FA0101 …
        var without = Validator.Default.WithoutRules("FA0101");
        var partial = Note(without);
        Assert.DoesNotContain("FA0101", partial.MessageEn, StringComparison.Ordinal);
        Assert.DoesNotContain("FA0101", partial.MessageZh, StringComparison.Ordinal);
        Assert.Equal(full.MessageEn.Replace("FA0101, ", string.Empty, StringComparison.Ordinal), partial.MessageEn);

        // … and each validator's note stays its own when asked again (kept, not rewritten, and not mixed up).
        Assert.Equal(full, Note(Validator.Default) with { Pointers = full.Pointers });
        Assert.Equal(full.Pointers, Note(Validator.Default).Pointers);
        Assert.Equal(partial.MessageZh, Note(without).MessageZh);
        Assert.Equal(partial.MessageEn, Note(without).MessageEn);
    }

    [Fact]
    public void KeptNote_IsTheMessageWrittenAfresh()
    {
        // Validator.Default's note is kept after its first run; a new validator of the same rules has a list of relations
        // of its own, so its first note is written afresh (nothing kept for that list yet).
        Note(Validator.Default);
        var kept = Note(Validator.Default);
        var fresh = Note(new Validator(Validator.Default.Rules));
        Assert.Equal(fresh.MessageZh, kept.MessageZh);
        Assert.Equal(fresh.MessageEn, kept.MessageEn);
        Assert.Equal(fresh.Pointers, kept.Pointers);
        Assert.StartsWith("输入中没有以下公开表", kept.MessageZh, StringComparison.Ordinal);
    }
}
