using PublicFinance.FinalAccounts.Classification;

namespace PublicFinance.FinalAccounts.Model.Narrative;

/// <summary>
/// A statement about one functional code (类, 款 or 项): amount with share, change and budget comparison, e.g.
/// 一般公共服务支出(类)政府办公厅(室)及相关机构事务(款)行政运行(项): 支出决算数为 2,057.92 万元….
/// </summary>
public sealed record FunctionalFigure : StatedFigure
{
    /// <summary>The functional code (功能分类科目编码), when stated or resolved from the names; null when unknown.</summary>
    public FunctionalCode? Code { get; init; }

    /// <summary>The 类 name as written, when the text gives the path.</summary>
    public string? ClassName { get; init; }

    /// <summary>The 款 name as written, when the text gives the path.</summary>
    public string? SectionName { get; init; }

    /// <summary>The name of the figure's own level as written (the 项 name for an item).</summary>
    public required string Name { get; init; }
}
