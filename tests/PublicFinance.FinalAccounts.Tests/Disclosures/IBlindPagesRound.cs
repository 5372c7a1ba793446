namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>A test class that pins one round of the blind test (<see cref="BlindPagesRoundTests{TRound}"/> runs it).</summary>
public interface IBlindPagesRound
{
    /// <summary>The round: its folder and its pinned rows.</summary>
    static abstract BlindPagesRound Round { get; }
}
