using System.CommandLine;

namespace PublicFinance.FinalAccounts.Cli;

/// <summary>
/// The commands whose work other components provide (外部命令): <c>conformance</c> (the suite runner in the core) and
/// <c>render</c> (package PublicFinance.FinalAccounts.Rendering). <see cref="CommandLine.Build"/> registers them with
/// <see cref="ConformanceCommand.Run"/> and <c>HtmlReportRenderer.Render</c>; the work is passed in as a function.
/// Everything of the command line — arguments, options, inputs, errors, exit codes — is here and tested with stand-ins.
/// </summary>
internal static class ExternalCommands
{
    /// <summary><c>finacct conformance DIR</c>: runs the conformance suite in a directory (符合性测试).</summary>
    /// <param name="context">Where the run writes.</param>
    /// <param name="run">The suite: (directory, stdout, stderr) → exit code.</param>
    public static Command Conformance(CliContext context, Func<string, TextWriter, TextWriter, int> run)
    {
        var directory = new Argument<string>("directory")
        {
            Description = "The conformance suite's directory, e.g. docs/conformance (符合性测试目录)",
        };
        var command = new Command("conformance", "Run the conformance suite: every case's expected findings (运行符合性测试)") { directory };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(directory)!;
            if (Directory.Exists(path))
            {
                return run(path, context.Out, context.Error);
            }

            context.Error.WriteLine("error: " + CliMessages.ConformanceNotDirectory(path));
            return CommandLine.BadInput;
        });
        return command;
    }

    /// <summary>
    /// <c>finacct render INPUT… -o DIR</c>: one self-contained HTML page per input (生成 HTML 报告), named after the input
    /// (<c>说明.txt</c> → <c>说明.html</c>, a repeated name gets <c>-2</c>, <c>-3</c>…; standard input → <c>stdin.html</c>).
    /// Takes the options of <c>check</c>; exit codes as <c>check</c>.
    /// </summary>
    /// <param name="context">Where the run writes.</param>
    /// <param name="render">The renderer: a checked input → the HTML page.</param>
    public static Command Render(CliContext context, Func<CheckedInput, string> render)
    {
        var options = new CheckOptions();
        var output = new Option<string>("--output", "-o")
        {
            Description = "The directory the pages are written to (created when missing) (输出目录)",
            HelpName = "DIR",
            Required = true,
        };
        var command = new Command("render", "Render each input as a self-contained HTML page with its findings marked (生成 HTML 报告)")
        {
            output,
        };
        options.AddTo(command, withFormat: false);
        command.SetAction(parse =>
        {
            if (!options.TryBind(parse, context, out var settings))
            {
                return CommandLine.BadInput;
            }

            var directory = parse.GetValue(output)!;
            try
            {
                Directory.CreateDirectory(directory);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
            {
                context.Error.WriteLine("error: " + CliMessages.CannotCreateOutputDirectory(directory, ex.Message));
                return CommandLine.BadInput;
            }

            var pages = new RenderOutput(directory, render);
            var inputs = InputExpander.Expand(parse.GetValue(options.Inputs) ?? [], context.Stdin);
            return CheckRunner.Run(inputs, settings, context, pages).ExitCode;
        });
        return command;
    }

    /// <summary>The page's file name: the input's name with <c>.html</c>, unique within the run.</summary>
    internal static string PageName(string inputName, ISet<string> used)
    {
        var stem = inputName == InputSource.StdinName ? "stdin" : Path.GetFileNameWithoutExtension(inputName.Split(" + ")[0]);
        if (stem.Length == 0)
        {
            stem = "report";
        }

        var name = stem + ".html";
        for (var n = 2; !used.Add(name); n++)
        {
            name = string.Create(CultureInfo.InvariantCulture, $"{stem}-{n}.html");
        }

        return name;
    }
}
