using PublicFinance.FinalAccounts.Disclosures.Tokens;

namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// The reading passes over a source text, in order: the blocks (paragraphs, headings, table rows), the narrative,
/// the performance tables and the text tables, then the whole-text checks — all writing into one
/// <see cref="ReportBuilder"/>. <see cref="DisclosureReader"/> turns what they built into the result.
/// </summary>
/// <remarks>
/// The blocks are read one at a time: each is given to the narrative, the two table readers and the figure count as
/// soon as the splitter has decided it, and is garbage once they are done with it — no list of the whole text's
/// blocks lives until the end of the read. The table readers write into the builder only after the narrative has
/// finished (they keep the few rows that can place a figure), so the notes, claims and conflicts come in the same
/// order as when each pass walked the whole list in turn (<see cref="RunOnList"/>, kept as the oracle of the tests).
/// The text checks' scan (<see cref="TextScan"/>) is advanced to the end of each block as it passes, and its findings
/// are written after the other checks, as when it scanned the whole text at the end (<see cref="RunOnList"/> still does).
/// </remarks>
internal static class ReadingPipeline
{
    /// <summary>
    /// Whether <see cref="Run(SourceText, ReportBuilder)"/> makes the token pass first and gives its words to the
    /// text checks' scan (session 21's A/B switch; the output is the same either way).
    /// </summary>
    internal static bool OverTokens { get; set; }

    /// <summary>
    /// Whether <see cref="Run(SourceText, ReportBuilder)"/> finds each prose paragraph's numbers once
    /// (<see cref="ParagraphFigures"/>) and gives them to the narrative's sentences and clauses and to the figure count
    /// (session 22's A/B switch; the output is the same either way). Off: measured at 0.98–1.07 of the read without
    /// (A/A 0.95–1.05), it does not pay yet (docs/performance.md "Reader, session 22: paragraph tokens").
    /// </summary>
    internal static bool OverParagraphFigures { get; set; }

    /// <summary>Runs every reading pass over <paramref name="source"/> into <paramref name="builder"/>.</summary>
    /// <param name="source">The text with its position maps.</param>
    /// <param name="builder">The draft report the passes write into.</param>
    /// <returns>The year and entity the narrative found and the count of figures no claim starts at.</returns>
    internal static ReadingOutcome Run(SourceText source, ReportBuilder builder) => Run(source, builder, OverTokens, OverParagraphFigures);

    /// <summary><see cref="Run(SourceText, ReportBuilder)"/>, with the token pass first when <paramref name="overTokens"/>.</summary>
    internal static ReadingOutcome Run(SourceText source, ReportBuilder builder, bool overTokens)
        => Run(source, builder, overTokens, OverParagraphFigures);

    /// <summary>
    /// <see cref="Run(SourceText, ReportBuilder)"/>, with the token pass first when <paramref name="overTokens"/>, and each
    /// prose paragraph's numbers found once when <paramref name="paragraphFigures"/>.
    /// </summary>
    internal static ReadingOutcome Run(SourceText source, ReportBuilder builder, bool overTokens, bool paragraphFigures)
    {
        var narrative = new NarrativeReader(builder);
        var performance = new PerformanceTableReader(builder, deferred: true);
        var tables = new TextTableReader(builder, deferred: true);
        var figures = new FigureStarts(source.Text.Length);
        using var tokens = overTokens ? Tokenizer.Tokenize(source.Text, TextScan.Lexicon) : null;
        using var numbers = paragraphFigures ? new ParagraphFigures() : null;
        narrative.ParagraphNumbers = numbers;
        var scan = tokens is null ? new TextScan(source) : new TextScan(source, tokens);
        narrative.Begin();
        foreach (var block in Paragraphs.Blocks(source.Text, source.BlankChunks))
        {
            if (numbers is not null && block.Kind == BlockKind.Prose)
            {
                numbers.Fill(block.Content.Text);   // once: the narrative's sentences and clauses and the count read them
            }

            narrative.Accept(block);
            performance.Accept(block);
            tables.Accept(block);
            if (numbers is not null && block.Kind == BlockKind.Prose)
            {
                figures.Add(block, numbers);
            }
            else
            {
                figures.Add(block);
            }

            if (block.Content.Length > 0)
            {
                scan.Advance(block.Content.At(block.Content.Length - 1) + 1);   // the text checks' scan, while in cache
            }
        }

        narrative.Finish();
        performance.Finish();
        tables.Finish();
        narrative.ApplyReasonsAwaitingTables();   // a reason naming a table row's figure (NamedReasonClauses, session 43)
        TextChecks.Finish(source, builder, narrative.IsUnitReport, scan, narrative.IsDepartmentStated);
        var unplaced = figures.Unplaced(builder);
        figures.Release();   // the bits back to the pool: the count is taken
        return new ReadingOutcome(narrative.FiscalYear, narrative.EntityName, unplaced);
    }

    /// <summary>
    /// The passes as they ran before blocks were streamed: the whole block list made first, then each reader walking
    /// all of it in turn, then <see cref="Unplaced"/> walking it again. The same result as
    /// <see cref="Run(SourceText, ReportBuilder)"/> (the tests compare the two on the seed, the real texts and random
    /// texts).
    /// </summary>
    internal static ReadingOutcome RunOnList(SourceText source, ReportBuilder builder)
    {
        var blocks = Paragraphs.Split(source.Text);
        var narrative = new NarrativeReader(builder);
        narrative.Read(blocks);
        new PerformanceTableReader(builder).Read(blocks);
        new TextTableReader(builder).Read(blocks);
        narrative.ApplyReasonsAwaitingTables();
        TextChecks.Run(source, builder, narrative.IsUnitReport, narrative.IsDepartmentStated);
        return new ReadingOutcome(narrative.FiscalYear, narrative.EntityName, Unplaced(builder, blocks));
    }

    /// <summary>
    /// Figures written in the text (a number with a money, percent, count or area unit) that no claim starts at:
    /// what the reader saw but did not place. Table rows and headings count too.
    /// </summary>
    private static int Unplaced(ReportBuilder builder, List<Block> blocks)
    {
        var placed = FigureStarts.Placed(builder);
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
