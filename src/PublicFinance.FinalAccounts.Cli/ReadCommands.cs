using System.CommandLine;
using PublicFinance.FinalAccounts.Serialization;

namespace PublicFinance.FinalAccounts.Cli;

/// <summary><c>extract</c>, <c>summary</c> and <c>schema</c>: the commands that read without checking (读取类命令).</summary>
internal static class ReadCommands
{
    /// <summary><c>finacct extract INPUT…</c>: a 说明 text or published files (combined) → report JSON; notes on stderr.</summary>
    public static Command Extract(CliContext context)
    {
        var options = new CheckOptions();
        var command = new Command(
            "extract", "Read a 说明 text or published files (several are combined as one disclosure) into report JSON (读取为报告 JSON)");
        command.Arguments.Add(options.Inputs);
        options.AddTextOptionsTo(command);
        command.SetAction(parse =>
        {
            var sources = InputExpander.Expand(parse.GetValue(options.Inputs) ?? [], context.Stdin);
            var loaded = sources.Count == 1
                ? InputLoader.Load(sources[0], options.BindText(parse), context.Error)
                : InputLoader.LoadCombined(sources, options.BindText(parse), context.Error);
            if (loaded is null)
            {
                return CommandLine.BadInput;
            }

            context.Out.Write(FinalAccountsJson.Serialize(loaded.Report));
            if (loaded.Read is { } read)
            {
                TextOutput.WriteNotes(loaded.Name, read, context.Error, int.MaxValue);
            }

            foreach (var note in loaded.DocumentNotes)
            {
                context.Error.WriteLine($"note: {note}");
            }

            return CommandLine.Success;
        });
        return command;
    }

    /// <summary><c>finacct summary INPUT</c>: a readable summary of the report an input holds.</summary>
    public static Command Summary(CliContext context)
    {
        var options = new CheckOptions();
        var input = new Argument<string>("input") { Description = "Report JSON, a 说明 text, a published file or - (报告 JSON、说明文本、公开文件或 -)" };
        var command = new Command("summary", "Print a readable summary of a report (报告摘要)") { input };
        options.AddTextOptionsTo(command);
        command.SetAction(parse =>
        {
            var source = InputExpander.Single(parse.GetValue(input)!, context.Stdin);
            var loaded = InputLoader.Load(source, options.BindText(parse), context.Error);
            if (loaded is null)
            {
                return CommandLine.BadInput;
            }

            context.Out.Write(ReportSummary.Render(loaded.Report));
            return CommandLine.Success;
        });
        return command;
    }

    /// <summary><c>finacct schema [report|check-output]</c>: a published JSON Schema.</summary>
    public static Command Schema(CliContext context)
    {
        var which = new Argument<string>("which")
        {
            Description = "report: the report format (default); check-output: the output of check --format json (报告格式或检查输出格式)",
            DefaultValueFactory = _ => "report",
        };
        which.Validators.Add(result =>
        {
            var value = result.GetValueOrDefault<string>();
            if (value is not ("report" or "check-output"))
            {
                result.AddError(CliMessages.UnknownSchema(value));
            }
        });
        var command = new Command("schema", "Print a published JSON Schema (打印 JSON Schema)") { which };
        command.SetAction(parse =>
        {
            context.Out.Write(parse.GetValue(which) == "check-output" ? CheckOutputSchema() : FinalAccountsSchema.GetText());
            return CommandLine.Success;
        });
        return command;
    }

    /// <summary>The JSON Schema of <c>check --format json</c> (embedded from docs/schema/check-output.v1.schema.json).</summary>
    internal static string CheckOutputSchema()
    {
        using var stream = typeof(ReadCommands).Assembly.GetManifestResourceStream("check-output.v1.schema.json")
            ?? throw new FileNotFoundException("check-output.v1.schema.json is not embedded");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
