using System.Collections.Generic;

namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// The reading passes over a source text, in order: the blocks (paragraphs, headings, table rows), the narrative,
/// the performance tables and the text tables, then the whole-text checks — all writing into one
/// <see cref="ReportBuilder"/>. <see cref="DisclosureReader"/> turns what they built into the result.
/// </summary>
internal static class ReadingPipeline
{
    /// <summary>Runs every reading pass over <paramref name="source"/> into <paramref name="builder"/>.</summary>
    /// <param name="source">The text with its position maps.</param>
    /// <param name="builder">The draft report the passes write into.</param>
    /// <returns>The year and entity the narrative found and the count of figures no claim starts at.</returns>
    internal static ReadingOutcome Run(SourceText source, ReportBuilder builder)
    {
        var blocks = Paragraphs.Split(source.Text);
        var narrative = new NarrativeReader(builder);
        narrative.Read(blocks);
        new PerformanceTableReader(builder).Read(blocks);
        new TextTableReader(builder).Read(blocks);
        TextChecks.Run(source, builder, narrative.IsUnitReport);
        return new ReadingOutcome(narrative.FiscalYear, narrative.EntityName, Unplaced(builder, blocks));
    }

    /// <summary>
    /// Figures written in the text (a number with a money, percent, count or area unit) that no claim starts at:
    /// what the reader saw but did not place. Table rows and headings count too.
    /// </summary>
    private static int Unplaced(ReportBuilder builder, List<Block> blocks)
    {
        var placed = new HashSet<(int, int)>();
        foreach (var claim in builder.Claims)
        {
            placed.Add((claim.Span.StartLine, claim.Span.StartColumn));
        }

        var unplaced = 0;
        foreach (var block in blocks)
        {
            var next = 0;
            while (Scanner.Next(block.Content.Text, ref next, out var token))
            {
                if (token.Unit == FigureUnit.None)
                {
                    continue;
                }

                var span = builder.Span(block.Content, token.Start, token.End);
                if (!placed.Contains((span.StartLine, span.StartColumn)))
                {
                    unplaced++;
                }
            }
        }

        return unplaced;
    }
}
