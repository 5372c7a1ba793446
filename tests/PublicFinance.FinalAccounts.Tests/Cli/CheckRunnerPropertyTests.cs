using PublicFinance.FinalAccounts.Cli;
using PublicFinance.FinalAccounts.Validation;

namespace PublicFinance.FinalAccounts.Tests.Cli;

/// <summary>
/// The streaming run's invariant (issue 11), for any degree of parallelism and any mix of readable and unreadable
/// inputs: the output sees Begin once, every input exactly once in input order, then End once with counts that add up.
/// </summary>
public sealed class CheckRunnerPropertyTests : CliTestBase
{
    public CheckRunnerPropertyTests()
        : base("finacct-runner-")
    {
    }

    [Property(MaxTest = 12)]
    public Property EveryInputOnce_InInputOrder_CountsAddUp()
    {
        var report = File.ReadAllText(TestFiles.SampleJsonPath);
        var cases = Gen.Choose(1, 6).SelectMany(jobs => Gen.Elements(true, false).ArrayOf()
            .Where(a => a.Length is > 0 and <= 8).Select(readable => (jobs, readable)));
        return Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var folder = Path.Combine(Folder, Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(folder);
            var names = c.readable.Select((ok, i) =>
            {
                var path = Path.Combine(folder, $"r{i}.json");
                File.WriteAllText(path, ok ? report : "[");
                return path;
            }).ToList();
            var output = new RecordingOutput();
            var settings = new CheckSettings
            {
                Format = OutputFormat.Json,
                Jobs = c.jobs,
                Checker = new InputChecker(ValidationOptions.Default, new HashSet<string>(), null),
            };
            var summary = CheckRunner.Run(
                InputExpander.Expand(names.ToArray(), null),
                settings,
                new CliContext(new StringWriter(), new StringWriter(), null, false),
                output);
            var good = c.readable.Count(ok => ok);
            // The sample report has 4 warnings and 3 infos (its `finacct check` headline); an unreadable input none.
            return (output.Calls.SequenceEqual(new[] { "begin" }.Concat(names).Append("end"))
                && summary.Inputs == names.Count
                && summary.Unreadable == names.Count - good
                && summary.Warnings == 4 * good
                && summary.Infos == 3 * good
                && summary.ExitCode == (good < names.Count ? CommandLine.BadInput : CommandLine.Success)).ToProperty();
        });
    }

    private sealed class RecordingOutput : ICheckOutput
    {
        public List<string> Calls { get; } = [];

        public void Begin(CliContext context) => Calls.Add("begin");

        public RunEntry Write(CliContext context, RunEntry entry)
        {
            Calls.Add(entry.Name);
            return entry;
        }

        public void End(CliContext context, RunSummary summary) => Calls.Add("end");
    }
}
