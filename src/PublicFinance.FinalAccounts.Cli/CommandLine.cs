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
            "                [--coverage] [--claims] [--encoding auto|utf-8|utf-16le|utf-16be|gb18030] [--year YYYY]\n" +
            "                                  Validate a report or a disclosure text (校验报告或说明文本): diagnostics by\n" +
            "                                  severity, located by JSON Pointer and, for text, line:column; --coverage\n" +
            "                                  lists every rule's outcome (passed/failed/not applicable/could not run);\n" +
            "                                  --claims lists every claim of a text with the checks that verified it\n" +
            "                                  A text is decoded as UTF-8 (BOM optional), UTF-16 with BOM or GB18030\n" +
            "                                  (detected; --encoding forces one); --year gives the 决算年度 when the text\n" +
            "                                  does not; the reader's notes and a line 'read N figures' are printed\n" +
            "  finacct check <file.pdf|file.html|file.xlsx|file.xls> [more files of the same disclosure]\n" +
            "                                  Read published files (kind decided by content) and check them as one\n" +
            "                                  disclosure: narrative and the nine tables; table findings name the page,\n" +
            "                                  table, row and column (检查公开的 PDF、网页、Excel 文件)\n" +
            "        check options: --catalogue FILE.csv (classification catalogue replacing the built-in one),\n" +
            "                       --previous LAST.json (last year's report: across-year checks),\n" +
            "                       --scope auto|fragment|narrative|complete (what the input holds of the disclosure:\n" +
            "                       'complete' makes an absent table or section a finding),\n" +
            "                       --unit-type unspecified|administrative|civil-service-managed|institution\n" +
            "  finacct extract <disclosure.txt|.pdf|.html|.xlsx> [--encoding E] [--year Y]\n" +
            "                                  Read a 说明 text or published file into report JSON (读取为报告 JSON)\n" +
            "  finacct summary <report.json>   Print a readable summary of a report (报告摘要)\n" +
            "  finacct schema                  Print the published JSON Schema (打印 JSON Schema)\n" +
            "  finacct --help | --version\n" +
            "\n" +
            "Exit codes / 退出码: 0 success, no errors (成功，无错误), 1 errors found (发现错误),\n" +
            "                     2 bad usage or unreadable input: missing, empty, binary, too large, not a regular\n" +
            "                     file, not decodable, or no figure read (用法错误或输入无法读取).\n";

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
                    var input = new TextInputOptions();
                    string? file = null;
                    for (var i = 1; i < args.Length; i++)
                    {
                        if (input.TryParse(args, ref i, out var problem))
                            continue;
                        if (problem is not null)
                            return Fail(stderr, problem);
                        if (args[i].StartsWith('-') || file is not null)
                            return Fail(stderr, "extract needs exactly one file: finacct extract <disclosure.txt> [--encoding E] [--year Y]. extract 需要一个文件参数。");
                        file = args[i];
                    }

                    if (file is null)
                        return Fail(stderr, "extract needs exactly one file: finacct extract <disclosure.txt> [--encoding E] [--year Y]. extract 需要一个文件参数。");
                    if (PublishedFiles.IsPublishedDocument(file))
                    {
                        if (!PublishedFiles.TryRead(new[] { file }, stderr, out var disclosure))
                            return BadInput;
                        stdout.Write(FinalAccountsJson.Serialize(disclosure.Report));
                        WriteNotes(file, disclosure.Read, stderr, int.MaxValue);
                        foreach (var note in disclosure.Notes)
                            stderr.WriteLine($"note: {note}");
                        return Success;
                    }

                    if (!TryRead(file, input, stderr, out var read))
                    {
                        return BadInput;
                    }

                    stdout.Write(FinalAccountsJson.Serialize(read.Report));
                    WriteNotes(file, read, stderr, int.MaxValue);
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

        /// <summary>
        /// Reads and decodes a disclosure text and runs the reader. Refuses (false, message on stderr) what cannot be
        /// read: see <see cref="InputFile"/>, and a text from which the reader placed no figure at all.
        /// </summary>
        internal static bool TryRead(string path, TextWriter stderr, out DisclosureReadResult read) =>
            TryRead(path, new TextInputOptions(), stderr, out read);

        internal static bool TryRead(string path, TextInputOptions options, TextWriter stderr, out DisclosureReadResult read)
        {
            read = null!;
            if (!InputFile.TryReadText(path, options.Encoding, stderr, out var text))
                return false;
            read = DisclosureReader.Read(text, new DisclosureReadOptions { FiscalYear = options.FiscalYear });
            if (read.FigureCount == 0)
            {
                stderr.WriteLine($"error: {path}: no figure of a final-accounts disclosure was read ({read.UnplacedFigureCount} figures in the text not placed); " +
                    $"it is not a 决算说明 or its wording is not known. 未读出任何决算数字（文中 {read.UnplacedFigureCount} 个数字未能归位），不是决算说明或措辞无法识别。");
                WriteNotes(path, read, stderr, 20);
                return false;
            }

            return true;
        }

        /// <summary>Writes the reader's notes (at most <paramref name="limit"/>, then a count of the rest).</summary>
        internal static void WriteNotes(string path, DisclosureReadResult read, TextWriter writer, int limit)
        {
            var shown = 0;
            foreach (var note in read.Notes)
            {
                if (shown++ == limit)
                {
                    writer.WriteLine($"note: … {read.Notes.Count - limit} more notes 另有 {read.Notes.Count - limit} 条说明");
                    break;
                }

                writer.WriteLine($"note: {path}:{note.Span}: {note.MessageZh} {note.MessageEn}");
            }
        }

        internal static bool TryLoad(string path, TextWriter stderr, out FinalAccountsReport report)
        {
            report = null!;
            var limit = FinalAccountsJsonReadOptions.Default.MaxDocumentBytes;
            if (!InputFile.TryReadBytes(path, limit, stderr, out var bytes))
                return false;
            try
            {
                report = FinalAccountsJson.Deserialize(bytes);
                return true;
            }
            catch (FinalAccountsJsonException ex)
            {
                stderr.WriteLine($"error: {path}: {ex.Message}");
                return false;
            }
        }

        private static int Fail(TextWriter stderr, string message)
        {
            stderr.WriteLine("error: " + message);
            stderr.Write(Usage);
            return BadInput;
        }
    }
}
