namespace PublicFinance.FinalAccounts.Cli;

/// <summary>What an input holds, decided by its content, never by its file name (输入类型).</summary>
internal enum InputKind
{
    /// <summary>Report JSON in the published schema (报告 JSON): the first non-blank character is <c>{</c>.</summary>
    ReportJson = 0,

    /// <summary>A 决算说明 text (说明文本): anything that is neither JSON nor a published file.</summary>
    Text = 1,

    /// <summary>A published file — PDF, web page, Excel workbook (公开文件).</summary>
    Published = 2,
}
