namespace PublicFinance.FinalAccounts.Validation.Rules;

/// <summary>
/// The values-first decision of a code rule's sum (先按印刷值判定): whether <see cref="ValidationContext.CheckSum(Figure,
/// IReadOnlyList{ValueTuple{Figure, int}}, string, string)"/> would pass it without working out an interval — so that a
/// rule can make its figures unlocated and locate them (write their pointers) only for a sum that does not pass that way.
/// </summary>
internal static class ValuesFirst
{
    /// <summary>
    /// True when the context's check passes the sum by its printed values: values first on, no verifications recorded, every
    /// figure's printed value inside its interval, fewer terms than <see cref="Figure.ExactTerms"/>, and the total equal to
    /// the printed sum (items of negative weight subtracted). False for anything else, and for a sum beyond decimal's range
    /// (the check then meets it itself).
    /// </summary>
    /// <param name="context">The rule's context.</param>
    /// <param name="total">The total.</param>
    /// <param name="items">The items with their weights.</param>
    /// <returns>Whether the sum passes by values.</returns>
    public static bool PassesSum(ValidationContext context, Figure total, List<(Figure Item, int Weight)> items)
    {
        var options = context.Options;
        if (!options.ValuesFirst || options.RecordVerifications || !total.ValueInRange || items.Count >= Figure.ExactTerms)
        {
            return false;
        }

        var printed = 0m;
        try
        {
            foreach (var (item, weight) in items)
            {
                if (!item.ValueInRange)
                {
                    return false;
                }

                printed += weight >= 0 ? item.Value : -item.Value;
            }
        }
        catch (OverflowException)
        {
            return false;
        }

        return total.Value == printed;
    }
}
