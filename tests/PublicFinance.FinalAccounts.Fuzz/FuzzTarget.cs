namespace PublicFinance.FinalAccounts.Fuzz;

/// <summary>One entry point under test: how to make inputs and which properties must hold on each.</summary>
internal abstract class FuzzTarget
{
    /// <summary>The target's name on the command line.</summary>
    public abstract string Name { get; }

    /// <summary>Inputs of a bounded run (a few thousand for cheap targets, fewer for costly ones).</summary>
    public virtual int BoundedInputs(int requested) => requested;

    /// <summary>Makes the next input.</summary>
    public abstract string NextInput(Random random);

    /// <summary>Checks every property on <paramref name="input"/>; null when all hold.</summary>
    public abstract Finding? Check(string input);

    /// <summary>A stable description of an exception: its type and the method that threw it.</summary>
    protected static string Describe(Exception ex)
        => ex.GetType().Name + " in " + (ex.TargetSite?.DeclaringType?.Name ?? "?") + "." + (ex.TargetSite?.Name ?? "?");
}
