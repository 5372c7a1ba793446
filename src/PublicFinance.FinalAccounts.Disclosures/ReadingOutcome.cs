namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>What the reading passes found besides the draft report (see <see cref="ReadingPipeline"/>).</summary>
/// <param name="FiscalYear">The fiscal year the narrative found, or 0 when none was found.</param>
/// <param name="EntityName">The entity name (the title's), or null when none was found.</param>
/// <param name="UnplacedFigureCount">Figures written in the text that no claim starts at.</param>
internal readonly record struct ReadingOutcome(int FiscalYear, string? EntityName, int UnplacedFigureCount);
