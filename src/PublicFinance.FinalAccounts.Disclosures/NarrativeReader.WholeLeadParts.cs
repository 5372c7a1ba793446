namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// A part led by its whole and 中 (session 45, issue 8; blind round 42 t10): "本年收入中财政拨款收入 3862.47 万元", "本年支出中基本
/// 支出 3327.18 万元" in the overview. The label names the whole first, so it resolved to the whole (本年收入) and the part was
/// a note ("a figure of another kind"); the part after 中 is the figure's subject, as after 其中.
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>The wholes that may lead a part with 中.</summary>
    private static readonly string[] WholeLeads = ["本年收入中", "本年支出中", "收入合计中", "支出合计中", "本年收入合计中", "本年支出合计中"];

    /// <summary>
    /// The part's name after a whole and 中 at the start of <paramref name="label"/> (after punctuation or spaces), or null
    /// when the label does not open so or nothing of two characters or more follows.
    /// </summary>
    internal static string? PartAfterWholeLead(string label)
    {
        var start = 0;
        while (start < label.Length && (label[start] is ',' or '，' or '；' or ';' or '。' || char.IsWhiteSpace(label[start])))
        {
            start++;
        }

        foreach (var lead in WholeLeads)
        {
            if (Scanner.Starts(label, start, lead, label.Length))
            {
                var rest = label.Substring(start + lead.Length).Trim();
                return rest.Length >= 2 ? rest : null;
            }
        }

        return null;
    }
}
