using System.Text;

namespace PublicFinance.FinalAccounts.Fuzz;

/// <summary>
/// The fuzzing harness: mutation of the samples and real texts against the JSON reader, the disclosure reader, the
/// validator, the value parsers and the CLI, with a fixed seed, plus linear-time checks as ratios.
/// <c>dotnet run -c Release --project tests/PublicFinance.FinalAccounts.Fuzz</c> is the bounded run of .ci/run;
/// <c>-- --minutes 60</c> the long run, printing throughput and minimised reproducers.
/// </summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        Console.OutputEncoding = Encoding.UTF8;
        FuzzOptions options;
        try
        {
            options = FuzzOptions.Parse(args);
        }
        catch (Exception ex) when (ex is ArgumentException or FormatException or OverflowException)
        {
            Console.Error.WriteLine(ex.Message);
            Console.Error.WriteLine(
                "usage: Fuzz [--seed N] [--inputs N] [--minutes M] [--targets values,json,validator,reader,cli] [--findings DIR] "
                + "[--strict] [--no-linearity] [--linearity-runs N] [--linearity-only NAME]");
            return 2;
        }

        var run = new FuzzRun(options);
        return run.Execute();
    }
}
