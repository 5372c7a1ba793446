using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Spectre.Console;

namespace PublicFinance.FinalAccounts.Cli;

/// <summary>What is shown only when standard output is a terminal (终端显示): the per-file summary as a table.</summary>
internal static class TerminalDisplay
{
    /// <summary>Writes the per-file summary table and the totals.</summary>
    public static void WriteSummary(IReadOnlyList<RunEntry> entries)
    {
        var table = new Table().Border(TableBorder.Rounded).Title("合计 Summary");
        table.AddColumn("文件 File");
        table.AddColumn("单位 Entity");
        table.AddColumn(new TableColumn("年度 Year").RightAligned());
        table.AddColumn(new TableColumn("错误 Errors").RightAligned());
        table.AddColumn(new TableColumn("警告 Warnings").RightAligned());
        table.AddColumn(new TableColumn("提示 Info").RightAligned());
        var inv = CultureInfo.InvariantCulture;
        foreach (var entry in entries)
        {
            if (entry.Checked is not { } done)
            {
                table.AddRow(Markup.Escape(entry.Name), "[red]无法读取 unreadable[/]", string.Empty, string.Empty, string.Empty, string.Empty);
                continue;
            }

            var r = done.Result;
            table.AddRow(
                Markup.Escape(entry.Name),
                Markup.Escape(done.Report.Entity.Name),
                done.Input.FiscalYear?.ToString(inv) ?? "?",
                r.ErrorCount == 0 ? "0" : $"[red]{r.ErrorCount.ToString(inv)}[/]",
                r.WarningCount == 0 ? "0" : $"[yellow]{r.WarningCount.ToString(inv)}[/]",
                r.InfoCount.ToString(inv));
        }

        AnsiConsole.WriteLine();
        AnsiConsole.Write(table);
        var checkedCount = entries.Count(e => e.Checked is not null);
        AnsiConsole.WriteLine(string.Create(inv, $"{entries.Count} 个输入 inputs — {checkedCount} 已检查 checked, {entries.Count - checkedCount} 无法读取 unreadable"));
    }
}
