using System.Reflection;
using System.Text.RegularExpressions;
using PublicFinance.FinalAccounts.Cli;

namespace PublicFinance.FinalAccounts.Tests.Cli;

/// <summary>
/// The command line's messages come from its catalogue (<see cref="CliMessages"/>): every member is bilingual, and the
/// error paths write exactly the catalogue's text (the older tests pin the wording itself with literals).
/// </summary>
public sealed class CliMessagesTests : CliTestBase
{
    private static readonly Regex Han = new(@"\p{IsCJKUnifiedIdeographs}", RegexOptions.CultureInvariant);

    // An English word of at least three letters (a file name such as "x" or a rule id is not one).
    private static readonly Regex EnglishWord = new("[A-Za-z]{3,}", RegexOptions.CultureInvariant);

    public CliMessagesTests()
        : base("finacct-messages-")
    {
    }

    /// <summary>Every string the catalogue holds or makes, with its member name; methods are called with stand-in arguments.</summary>
    public static TheoryData<string> Members()
    {
        var data = new TheoryData<string>();
        foreach (var (name, _) in Texts())
        {
            data.Add(name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Members))]
    public void EveryMessage_IsBilingual(string member)
    {
        var text = Texts().Single(t => t.Name == member).Text;

        // The pieces added to System.CommandLine's English messages are Chinese only; its own English message is English
        // only; every other message says both.
        if (member.EndsWith("Zh", StringComparison.Ordinal))
        {
            Assert.Matches(Han, text);
            Assert.DoesNotMatch(EnglishWord, text.Replace("check、extract、summary、schema、rules", string.Empty, StringComparison.Ordinal));
        }
        else if (member.EndsWith("En", StringComparison.Ordinal))
        {
            Assert.Matches(EnglishWord, text);
            Assert.DoesNotMatch(Han, text);
        }
        else
        {
            Assert.Matches(Han, text);
            Assert.Matches(EnglishWord, text);
        }
    }

    [Fact]
    public void Catalogue_HasTheMessagesItIsKnownFor()
    {
        // A guard on the reflection above: it must find the methods and constants (a catalogue of 0 members passes anything).
        var names = Texts().Select(t => t.Name).ToList();
        Assert.Contains(nameof(CliMessages.FileNotFound), names);
        Assert.Contains(nameof(CliMessages.StdinTwice), names);
        Assert.Contains(nameof(CliMessages.ReaderAccount), names);
        Assert.True(names.Count >= 40, $"{names.Count} members");
    }

    [Fact]
    public void MissingFile_IsReportedWithTheCatalogueLine()
    {
        var missing = Path.Combine(Folder, "missing.json");
        var (code, _, err) = Run("check", missing);
        Assert.Equal(CommandLine.BadInput, code);
        Assert.Contains("error: " + CliMessages.FileNotFound(missing) + Environment.NewLine, err, StringComparison.Ordinal);
    }

    [Fact]
    public void BadChoice_IsTheCatalogueMessageWithTheUsageHint()
    {
        var (code, _, err) = Run("check", SampleJsonPath, "--format", "xml");
        Assert.Equal(CommandLine.BadInput, code);
        string[] formats = ["text", "json", "sarif"];
        Assert.Contains("error: " + CliMessages.NotOneOf("--format", "xml", formats), err, StringComparison.Ordinal);
        Assert.Contains(CliMessages.RunHelp("finacct check"), err, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownRuleAndBadSeverity_AreTheCatalogueMessages()
    {
        var (code, _, err) = Run("check", SampleJsonPath, "--disable", "FA9999", "--severity", "FA1206=loud");
        Assert.Equal(CommandLine.BadInput, code);
        Assert.Contains("error: " + CliMessages.UnknownRule("--disable", "FA9999"), err, StringComparison.Ordinal);
        Assert.Contains("error: " + CliMessages.SeverityFormat("FA1206=loud", "FA1206"), err, StringComparison.Ordinal);
    }

    [Fact]
    public void NumberOutOfRange_IsTheCatalogueMessage()
    {
        var (code, _, err) = Run("check", SampleJsonPath, "--jobs", "0");
        Assert.Equal(CommandLine.BadInput, code);
        Assert.Contains(CliMessages.NotWholeNumber("--jobs", "0", 1, 64), err, StringComparison.Ordinal);
    }

    [Fact]
    public void StandardInputTwice_IsTheCatalogueReason()
    {
        // The first "-" reads the sample; the second is refused with the reason, and the run exits 2.
        var (code, _, err) = RunWithStdin(File.ReadAllBytes(SampleJsonPath), "check", "-", "-");
        Assert.Equal(CommandLine.BadInput, code);
        Assert.Contains("error: " + CliMessages.StdinTwice, err, StringComparison.Ordinal);
    }

    [Fact]
    public void Patterns_AreRefusedWithTheCatalogueReasons()
    {
        var bad = Path.Combine(Folder, "a**b.json");
        var none = Path.Combine(Folder, "*.nothing");
        var (code, _, err) = Run("check", bad, none);
        Assert.Equal(CommandLine.BadInput, code);
        Assert.Contains(CliMessages.GlobDoubleStar(bad), err, StringComparison.Ordinal);
        Assert.Contains(CliMessages.NoFileMatches(none), err, StringComparison.Ordinal);
    }

    [Fact]
    public void EmptyFileAndWhitespaceText_AreTheCatalogueReasons()
    {
        var empty = WriteFile("empty.txt", string.Empty);
        var blank = WriteFile("blank.txt", " \n\t\n");
        var (code, _, err) = Run("check", empty, blank);
        Assert.Equal(CommandLine.BadInput, code);
        Assert.Contains("error: " + CliMessages.EmptyOrNotRegular(empty), err, StringComparison.Ordinal);
        Assert.Contains("error: " + CliMessages.OnlyWhitespace(blank), err, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingCommand_IsSystemCommandLinesMessageWithTheChinese()
    {
        var (code, _, err) = Run();
        Assert.Equal(CommandLine.BadInput, code);
        Assert.Contains(
            "error: " + CliMessages.RequiredCommandEn + CliMessages.RequiredCommandZh + Environment.NewLine,
            err,
            StringComparison.Ordinal);
    }

    /// <summary>
    /// The catalogue's strings: each public constant, and each public static method called with stand-in arguments
    /// ("FA1206" for strings, 3 for numbers, two items for lists).
    /// </summary>
    private static IEnumerable<(string Name, string Text)> Texts()
    {
        const BindingFlags Public = BindingFlags.Public | BindingFlags.Static;
        foreach (var field in typeof(CliMessages).GetFields(Public).Where(f => f.FieldType == typeof(string)))
        {
            yield return (field.Name, (string)field.GetValue(null)!);
        }

        foreach (var method in typeof(CliMessages).GetMethods(Public).Where(m => m.ReturnType == typeof(string)))
        {
            var arguments = method.GetParameters().Select(p => StandIn(p.ParameterType)).ToArray();
            yield return (method.Name, (string)method.Invoke(null, arguments)!);
        }
    }

    private static object StandIn(Type type)
    {
        if (type == typeof(string))
        {
            return "FA1206";
        }

        if (type == typeof(int))
        {
            return 3;
        }

        return type.IsAssignableFrom(typeof(string[]))
            ? new[] { "text", "json" }
            : throw new InvalidOperationException($"no stand-in for {type}");
    }
}
