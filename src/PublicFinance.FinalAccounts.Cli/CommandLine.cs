using System;
using System.IO;
using PublicFinance.FinalAccounts.Disclosures;
using PublicFinance.FinalAccounts.Model;
using PublicFinance.FinalAccounts.Serialization;

namespace PublicFinance.FinalAccounts.Cli
{
    /// <summary>Parses the command line and runs a command. Exit codes: 0 success, 1 errors found (check), 2 bad usage or input.</summary>
    internal static class CommandLine
    {
        public const int Success = 0;
        public const int BadInput = 2;

        public const string Usage =
            "finacct — 部门决算 (departmental final accounts) tool\n" +
            "\n" +
            "Usage / 用法:\n" +
            "  finacct check <report.json|disclosure.txt> [--format text|json] [--rounding nearest|truncation|exact]\n" +
            "                [--coverage] [--claims]\n" +
            "                                  Validate a report or a disclosure text (校验报告或说明文本): diagnostics by\n" +
            "                                  severity, located by JSON Pointer and, for text, line:column; --coverage\n" +
            "                                  lists every rule's outcome (passed/failed/not applicable/could not run);\n" +
            "                                  --claims lists every claim of a text with the checks that verified it\n" +
            "  finacct extract <disclosure.txt> Read a 说明 text into report JSON (读取说明文本为报告 JSON)\n" +
            "  finacct summary <report.json>   Print a readable summary of a report (报告摘要)\n" +
            "  finacct schema                  Print the published JSON Schema (打印 JSON Schema)\n" +
            "  finacct --help | --version\n" +
            "\n" +
            "Exit codes / 退出码: 0 success, no errors (成功，无错误), 1 errors found (发现错误),\n" +
            "                     2 bad usage or unreadable input (用法错误或输入无法读取).\n";

        public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
        {
            if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
            {
                (args.Length == 0 ? stderr : stdout).Write(Usage);
                return args.Length == 0 ? BadInput : Success;
            }

            switch (args[0])
            {
                case "--version":
                    stdout.WriteLine(typeof(FinalAccountsReport).Assembly.GetName().Version?.ToString(3) ?? "0.0.0");
                    return Success;
                case "schema":
                    if (args.Length != 1)
                    {
                        return Fail(stderr, "schema takes no arguments. schema 命令不接受参数。");
                    }

                    stdout.Write(FinalAccountsSchema.GetText());
                    return Success;
                case "check":
                    return CheckCommand.Run(args, stdout, stderr);
                case "extract":
                    if (args.Length != 2)
                    {
                        return Fail(stderr, "extract needs exactly one file: finacct extract <disclosure.txt>. extract 需要一个文件参数。");
                    }

                    if (!TryRead(args[1], stderr, out var read))
                    {
                        return BadInput;
                    }

                    stdout.Write(FinalAccountsJson.Serialize(read.Report));
                    foreach (var note in read.Notes)
                    {
                        stderr.WriteLine($"note: {args[1]}:{note.Span}: {note.MessageZh} {note.MessageEn}");
                    }

                    return Success;
                case "summary":
                    if (args.Length != 2)
                    {
                        return Fail(stderr, "summary needs exactly one file: finacct summary <report.json>. summary 需要一个文件参数。");
                    }

                    return RunSummary(args[1], stdout, stderr);
                default:
                    return Fail(stderr, $"Unknown command '{args[0]}'. 未知命令“{args[0]}”。");
            }
        }

        private static int RunSummary(string path, TextWriter stdout, TextWriter stderr)
        {
            if (!TryLoad(path, stderr, out var report))
            {
                return BadInput;
            }

            stdout.Write(ReportSummary.Render(report));
            return Success;
        }

        /// <summary>Whether a path names a disclosure text rather than report JSON.</summary>
        internal static bool IsText(string path) =>
            path.EndsWith(".txt", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".md", StringComparison.OrdinalIgnoreCase);

        internal static bool TryRead(string path, TextWriter stderr, out DisclosureReadResult read) =>
            TryFile(path, stderr, () => DisclosureReader.Read(File.ReadAllText(path, System.Text.Encoding.UTF8)), out read);

        internal static bool TryLoad(string path, TextWriter stderr, out FinalAccountsReport report) =>
            TryFile(path, stderr, () =>
            {
                using var stream = File.OpenRead(path);
                return FinalAccountsJson.Deserialize(stream);
            }, out report);

        /// <summary>Runs a file-reading step, turning missing files, I/O errors and bad JSON into one located message.</summary>
        private static bool TryFile<T>(string path, TextWriter stderr, Func<T> read, out T value)
            where T : class
        {
            value = null!;
            if (!File.Exists(path))
            {
                stderr.WriteLine($"error: file not found: {path} (文件不存在)");
                return false;
            }

            try
            {
                value = read();
                return true;
            }
            catch (FinalAccountsJsonException ex)
            {
                stderr.WriteLine($"error: {path}: {ex.Message}");
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                stderr.WriteLine($"error: cannot read {path}: {ex.Message} (无法读取文件)");
            }

            return false;
        }

        private static int Fail(TextWriter stderr, string message)
        {
            stderr.WriteLine("error: " + message);
            stderr.Write(Usage);
            return BadInput;
        }
    }
}
