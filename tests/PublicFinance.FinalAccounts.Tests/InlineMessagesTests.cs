namespace PublicFinance.FinalAccounts.Tests;

/// <summary>
/// No bilingual message is written inline in <c>src</c> (issue 13; session 26 moved the last ones — the draft's and the
/// offset map's invariant failures, the JSON reader's null, size and refusal messages, the catalogue's located error —
/// into the catalogues). See <see cref="InlineMessages"/> for what the check sees.
/// </summary>
public class InlineMessagesTests
{
    [Fact]
    public void Source_HasNoInlineChineseInExceptionsOrDiagnostics()
    {
        var root = Path.Combine(TestFiles.RepositoryRoot, "src");
        var files = Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories)
            .Where(f => !Path.GetRelativePath(root, f).Split(Path.DirectorySeparatorChar).Any(p => p is "obj" or "bin"))
            .ToList();
        Assert.True(files.Count > 100, files.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));

        var catalogues = files.Count(f => InlineMessages.IsCatalogue(Path.GetFileName(f)));
        var problems = files.Where(f => !InlineMessages.IsCatalogue(Path.GetFileName(f)))
            .SelectMany(f => InlineMessages.Lines(File.ReadAllText(f)).Select(line => Path.GetRelativePath(root, f) + ":" + line))
            .ToList();

        // The catalogues themselves are skipped (at least the core's, the reader's, the documents', the validator's, the CLI's).
        Assert.True(catalogues >= 5, catalogues.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.True(problems.Count == 0, "Move these messages into a catalogue:\n" + string.Join("\n", problems));
    }

    [Theory]
    [InlineData("        throw new InvalidOperationException(\"容器不持有声明。A container holds no claim.\");\n", 1)]
    [InlineData("    : base(\"The JSON report could not be read. 无法读取 JSON 报告。\")\n", 1)]
    [InlineData("x = 1;\n    return new FinalAccountsJsonException(\n        $\"Invalid at {where}: \"\n"
        + "        + $\"报告 JSON 无效（位置 {where}）。\",\n        where, null);\n", 2)]
    [InlineData("_ => throw new(\"未知。Unknown.\"),\n", 1)]
    [InlineData("b.Note(span, \"无法归入。\", \"Not placed.\");\n", 1)]
    public void Checker_FindsInlineChinese_OnTheLineTheExceptionStarts(string code, int line)
    {
        // Each snippet raises one message with Chinese in its arguments; the line is where `new`/`base`/`Note` stands.
        Assert.Equal(new[] { line }, InlineMessages.Lines(code));
    }

    [Theory]
    [InlineData("throw new InvalidOperationException(DisclosureMessages.Joined(DisclosureMessages.ContainerNotPlaced));\n")]
    [InlineData("throw new ArgumentException(\"(\" + Messages.MustBePositive + \")\");\nvar s = \"偏差原因\";\n")]
    [InlineData("// throw new InvalidOperationException(\"注释里的例子。\");\n")]
    [InlineData("/// <c>new FormatException(\"科目目录\")</c> in a document comment.\n")]
    [InlineData("indicatorColumns[\"note\"] = Find(texts, \"偏差原因\");\n")]
    [InlineData("throw new FormatException(Describe('\"', Messages.JsonTextMissing));\nvar label = \"合计\";\n")]
    public void Checker_AcceptsCatalogueMessagesAndChineseElsewhere(string code)
    {
        // A catalogue reference, Chinese outside any exception's arguments (a label, a phrase the reader matches), a
        // comment, a "(" or a '"' inside a literal: none is an inline message.
        Assert.Empty(InlineMessages.Lines(code));
    }

    [Theory]
    [InlineData("DisclosureMessages.Invariants.cs", true)]
    [InlineData("Messages.Reading.cs", true)]
    [InlineData("CliMessages.cs", true)]
    [InlineData("DraftNode.cs", false)]
    public void Catalogues_AreTheFilesNamedAfterMessages(string fileName, bool catalogue)
        => Assert.Equal(catalogue, InlineMessages.IsCatalogue(fileName));
}
