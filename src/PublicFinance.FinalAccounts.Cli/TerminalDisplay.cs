using Spectre.Console;

namespace PublicFinance.FinalAccounts.Cli;

/// <summary>What is shown only when standard output is a terminal (终端显示): the per-file summary as a table.</summary>
internal static class TerminalDisplay
{
    /// <summary>Writes the per-file summary table and the totals.</summary>
    public static void WriteSummary(RunSummary summary)
    {
        var table = new Table().Border(TableBorder.Rounded).Title("合计 Summary");
        table.AddColumn("文件 File");
        table.AddColumn("单位 Entity");
        table.AddColumn(new TableColumn("年度 Year").RightAligned());
        table.AddColumn(new TableColumn("错误 Errors").RightAligned());
        table.AddColumn(new TableColumn("警告 Warnings").RightAligned());
        table.AddColumn(new TableColumn("提示 Info").RightAligned());
        var inv = CultureInfo.InvariantCulture;
        foreach (var entry in summary.Entries)
        {
            if (!entry.Checked)
            {
                table.AddRow(Markup.Escape(entry.Name), "[red]无法读取 unreadable[/]", string.Empty, string.Empty, string.Empty, string.Empty);
                continue;
            }

            table.AddRow(
                Markup.Escape(entry.Name),
                Markup.Escape(entry.Entity ?? string.Empty),
                entry.FiscalYear?.ToString(inv) ?? "?",
                entry.Errors == 0 ? "0" : $"[red]{entry.Errors.ToString(inv)}[/]",
                entry.Warnings == 0 ? "0" : $"[yellow]{entry.Warnings.ToString(inv)}[/]",
                entry.Infos.ToString(inv));
        }

        AnsiConsole.WriteLine();
        AnsiConsole.Write(table);
        AnsiConsole.WriteLine(string.Create(
            inv,
            $"{summary.Inputs} 个输入 inputs — {summary.Inputs - summary.Unreadable} 已检查 checked, {summary.Unreadable} 无法读取 unreadable"));
    }
}
