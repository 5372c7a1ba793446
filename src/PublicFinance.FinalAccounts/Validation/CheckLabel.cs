namespace PublicFinance.FinalAccounts.Validation;

/// <summary>
/// What a check is, for its message (校验名称): a title and up to two details, e.g. a code and a column, written
/// <c>标题（代码，列）</c> / <c>Title (code, column)</c> only when a message is produced.
/// </summary>
internal readonly struct CheckLabel
{
    private readonly string titleZh;
    private readonly string titleEn;
    private readonly string? first;
    private readonly string? second;

    /// <summary>Creates a label.</summary>
    /// <param name="titleZh">Chinese title.</param>
    /// <param name="titleEn">English title.</param>
    /// <param name="first">First detail, or null.</param>
    /// <param name="second">Second detail, or null.</param>
    public CheckLabel(string titleZh, string titleEn, string? first = null, string? second = null)
    {
        this.titleZh = titleZh;
        this.titleEn = titleEn;
        this.first = first;
        this.second = second;
    }

    /// <summary>Creates a label from a title of the message catalogue (<see cref="ValidationMessages"/>).</summary>
    /// <param name="title">The title in both languages.</param>
    /// <param name="first">First detail, or null.</param>
    /// <param name="second">Second detail, or null.</param>
    /// <returns>The label.</returns>
    public static CheckLabel Of((string Zh, string En) title, string? first = null, string? second = null) =>
        new(title.Zh, title.En, first, second);

    /// <summary>The Chinese text.</summary>
    public string Zh => first is null ? titleZh
        : second is null ? titleZh + "（" + first + "）"
        : titleZh + "（" + first + "，" + second + "）";

    /// <summary>The English text.</summary>
    public string En => first is null ? titleEn
        : second is null ? titleEn + " (" + first + ")"
        : titleEn + " (" + first + ", " + second + ")";
}
