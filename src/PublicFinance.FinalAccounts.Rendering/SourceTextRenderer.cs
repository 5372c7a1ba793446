namespace PublicFinance.FinalAccounts.Rendering;

/// <summary>The 说明 text with line numbers and the source spans of the findings marked.</summary>
internal static class SourceTextRenderer
{
    /// <summary>Renders the source text section; each finding with a span gets a mark (id <see cref="Finding.SourceId"/>
    /// on its first piece) and a back-link. Returns the numbers of the findings that got a mark.</summary>
    public static HashSet<int> Render(StringBuilder sb, string text, IReadOnlyList<Finding> findings)
    {
        var lines = text.Split('\n');
        sb.Append("<section id=\"source-text\" class=\"part\"><h2>说明原文 <small>The narrative text as given</small></h2>")
          .Append("<div class=\"source\">");
        var anchored = new HashSet<int>();
        for (int l = 0; l < lines.Length; l++)
        {
            string line = lines[l].TrimEnd('\r');
            int lineNo = l + 1;
            var covering = findings.Where(f => f.Diagnostic.Span is { } s && s.StartLine <= lineNo && s.EndLine >= lineNo).ToList();
            sb.Append("<div class=\"line\" id=\"L").Append(Html.Int(lineNo)).Append("\"><span class=\"ln\">").Append(Html.Int(lineNo))
              .Append("</span><span class=\"lt\">");
            if (covering.Count == 0)
            {
                sb.Append(Html.Escape(line));
            }
            else
            {
                // Piece boundaries: every start and end+1 (0-based) of the spans on this line, clipped to the line.
                var ranges = covering.Select(f =>
                {
                    var s = f.Diagnostic.Span!.Value;
                    int start = s.StartLine == lineNo ? s.StartColumn - 1 : 0;
                    int end = s.EndLine == lineNo ? s.EndColumn : line.Length;
                    start = Math.Min(Math.Max(start, 0), line.Length);
                    end = Math.Min(Math.Max(end, start), line.Length);
                    if (end == start && line.Length > 0)
                    {
                        start = Math.Min(start, line.Length - 1);
                        end = start + 1;
                    }
                    return (Finding: f, Start: start, End: end);
                }).ToList();
                var cuts = ranges.SelectMany(r => new[] { r.Start, r.End }).Append(0)
                  .Append(line.Length).Distinct().OrderBy(x => x).ToList();
                for (int i = 0; i + 1 < cuts.Count; i++)
                {
                    int a = cuts[i], b = cuts[i + 1];
                    var here = ranges.Where(r => r.Start <= a && r.End >= b && r.End > r.Start).Select(r => r.Finding).ToList();
                    string piece = Html.Escape(line.Substring(a, b - a));
                    if (here.Count == 0)
                    {
                        sb.Append(piece);
                        continue;
                    }
                    var worst = here.OrderBy(f => f.Diagnostic.Severity).First();
                    sb.Append("<mark class=\"src ").Append(worst.SeverityClass).Append('"');
                    var first = here.FirstOrDefault(f => anchored.Add(f.Number));
                    if (first is not null)
                    {
                        sb.Append(" id=\"").Append(first.SourceId).Append('"');
                    }

                    sb.Append('>').Append(piece).Append("</mark>");
                    if (here.Any(f => ranges.First(r => r.Finding == f).End == b))
                    {
                        foreach (var f in here.Where(f => ranges.First(r => r.Finding == f).End == b))
                        {
                            sb.Append("<a class=\"ref ").Append(f.SeverityClass).Append("\" href=\"#").Append(f.Id).Append("\">")
                              .Append(Html.Int(f.Number)).Append("</a>");
                        }
                    }
                }
                // Findings anchored on an empty line still need their id.
                foreach (var r in ranges.Where(r => r.End == r.Start && anchored.Add(r.Finding.Number)))
                {
                    sb.Append("<mark class=\"src ").Append(r.Finding.SeverityClass).Append("\" id=\"").Append(r.Finding.SourceId)
                      .Append("\"></mark>");
                }
            }
            sb.Append("</span></div>");
        }
        sb.Append("</div></section>");
        return anchored;
    }
}
