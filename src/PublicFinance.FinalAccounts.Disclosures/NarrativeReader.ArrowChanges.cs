namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 55 (blind round 51, t02): a 一图读懂 infographic transcribed as short lines writes a change as an arrow before its
/// figures — <c>▶ 本年收入 3,302.6万元　↑412.6万元　↑14.3%</c>, <c>【“三公”经费 8.6万元　↓2.1万元　↓19.6%】</c> — ↑ for an increase,
/// ↓ for a decrease. The arrow alone was the figure's label, which names nothing, so both figures were unplaced notes. An
/// arrow that is the whole label before a figure is read as the direction word it stands for (增加 / 减少), so the figure is
/// the change (amount or rate) of the subject before it, as "本年收入3,302.6万元，增加412.6万元，增长14.3%" is read. An arrow
/// with any other word before the figure is left as it was (a table's sign-marker legend is <see cref="SignMarkers"/>').
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>The direction word an arrow label stands for (↑ 增加, ↓ 减少), or <paramref name="label"/> as it is.</summary>
    /// <remarks>
    /// The infographic's line markers (<c>● 粮油物资储备支出</c>, <c>— 行政运行</c>) are not dropped: with them dropped its 类
    /// lines read, but the 年初预算 line after the list, joined to the last 类 line (no full stop), became that 类's budget
    /// and its completion rate a false FA2201 (session 55 tried it and left it).
    /// </remarks>
    private static string ArrowDirection(string label) => label.Length != 1 ? label : label[0] switch
    {
        '↑' => "增加",
        '↓' => "减少",
        _ => label,
    };
}
