using System.Diagnostics;

namespace PublicFinance.FinalAccounts.Fuzz;

/// <summary>
/// Shrinks a failing input while the same property fails (same signature): removes chunks from halves down to single
/// characters (a simple delta debugging), within a time budget.
/// </summary>
internal static class Minimizer
{
    /// <summary>The smallest input found that still fails with <paramref name="signature"/>.</summary>
    public static string Minimize(string input, string signature, Func<string, Finding?> check, TimeSpan budget)
    {
        var watch = Stopwatch.StartNew();
        var current = input;
        var chunk = Math.Max(1, current.Length / 2);
        while (chunk >= 1 && watch.Elapsed < budget)
        {
            var removedAny = false;
            for (var start = 0; start < current.Length && watch.Elapsed < budget;)
            {
                var length = Math.Min(chunk, current.Length - start);
                var candidate = current.Remove(start, length);
                if (Fails(candidate, signature, check))
                {
                    current = candidate;
                    removedAny = true;
                }
                else
                {
                    start += length;
                }
            }

            if (!removedAny)
            {
                if (chunk == 1)
                {
                    break;
                }

                chunk /= 2;
            }
        }

        return current;
    }

    private static bool Fails(string candidate, string signature, Func<string, Finding?> check)
    {
        try
        {
            return check(candidate)?.Signature == signature;
        }
        catch (Exception)
        {
            return false;
        }
    }
}
