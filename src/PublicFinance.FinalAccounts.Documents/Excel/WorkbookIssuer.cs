using PublicFinance.FinalAccounts.Model;

namespace PublicFinance.FinalAccounts.Documents.Excel;

/// <summary>
/// The issuer (编制单位) of a workbook, from the caption rows above its sheets' tables ("编制单位：某市某区某街道办事处 | 单位：元"),
/// for the report's entity name (<see cref="ReportingEntity.Name"/>, 部门/单位名称) when the 说明 gives none (session 26,
/// gap 8). Precision first: only one name across the sheets; two different names give none.
/// </summary>
internal static class WorkbookIssuer
{
    /// <summary>The labels of the issuer's caption (编制单位, 填报单位).</summary>
    private static readonly string[] Labels = ["编制单位", "填报单位"];

    /// <summary>
    /// The one issuer named by the caption texts of the sheets (in order: a label with its name after ':' or '：', or the
    /// label alone and the name in the next caption text), or null when none or several differ.
    /// </summary>
    /// <param name="captions">The caption texts of every sheet, in order.</param>
    public static string? From(IReadOnlyList<string> captions)
    {
        string? found = null;
        for (var i = 0; i < captions.Count; i++)
        {
            var name = NameIn(captions[i]);
            if (name is { Length: 0 } && i + 1 < captions.Count && !ExcelDocumentReader.IsUnitLabel(captions[i + 1]))
            {
                name = Plausible(captions[i + 1].Trim());   // "编制单位：" | "某市某局" over two cells
            }

            if (string.IsNullOrEmpty(name))
            {
                continue;
            }

            if (found is not null && !string.Equals(found, name, StringComparison.Ordinal))
            {
                return null;   // two sheets name different issuers: which is the report's is not certain
            }

            found = name;
        }

        return found;
    }

    /// <summary>
    /// The report with the workbooks' issuer as its entity name when the narrative found none (the name empty); otherwise the
    /// report as it is.
    /// </summary>
    /// <param name="report">The combined report.</param>
    /// <param name="documents">The files combined.</param>
    public static FinalAccountsReport Fill(FinalAccountsReport report, IReadOnlyList<PublishedDocument> documents)
    {
        if (!string.IsNullOrWhiteSpace(report.Entity.Name))
        {
            return report;
        }

        string? issuer = null;
        foreach (var document in documents)
        {
            if (document.Issuer is not { } name)
            {
                continue;
            }

            if (issuer is not null && !string.Equals(issuer, name, StringComparison.Ordinal))
            {
                return report;
            }

            issuer = name;
        }

        return issuer is null ? report : report with { Entity = report.Entity with { Name = issuer } };
    }

    /// <summary>The name after an issuer label in <paramref name="text"/> (up to a 单位 part on the same text), "" for a
    /// label alone, null when the text has no issuer label.</summary>
    private static string? NameIn(string text)
    {
        var t = text.Trim();
        foreach (var label in Labels)
        {
            var at = t.IndexOf(label, StringComparison.Ordinal);
            if (at < 0 || at > 1)
            {
                continue;   // the label opens the caption ("编制单位：…", "（编制单位：…"), never inside a name
            }

            var rest = t[(at + label.Length)..].TrimStart();
            if (rest.Length == 0)
            {
                return string.Empty;
            }

            if (rest[0] is not (':' or '：'))
            {
                return null;
            }

            rest = rest[1..];
            var unit = UnitPartAt(rest);
            rest = (unit >= 0 ? rest[..unit] : rest).Trim().TrimEnd('）', ')').Trim();
            return rest.Length == 0 ? string.Empty : Plausible(rest);
        }

        return null;
    }

    /// <summary>Where a 单位 part (单位：元, 金额单位：万元) starts after the name, or −1.</summary>
    private static int UnitPartAt(string rest)
    {
        var best = -1;
        foreach (var part in (string[])["金额单位", "单位:", "单位：", "单位（", "单位("])
        {
            var at = rest.IndexOf(part, StringComparison.Ordinal);
            if (at > 0 && (best < 0 || at < best))
            {
                best = at;
            }
        }

        return best;
    }

    /// <summary>The text when it can be a name (2–60 characters, a CJK character, no amount), else null.</summary>
    private static string? Plausible(string name)
    {
        if (name.Length is < 2 or > 60 || name.Contains("单位：", StringComparison.Ordinal) || name.EndsWith('元'))
        {
            return null;
        }

        var cjk = false;
        foreach (var c in name)
        {
            cjk |= c is >= '\u4e00' and <= '\u9fff';
            if (char.IsDigit(c) && name.Length < 4)
            {
                return null;
            }
        }

        return cjk ? name : null;
    }
}
