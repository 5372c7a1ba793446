namespace PublicFinance.FinalAccounts.Validation;

/// <summary>
/// The template parts one validation resolved from the root (根路径缓存), by the part's number: two arrays indexed by the
/// number instead of a dictionary keyed by the part, so a lookup hashes nothing. Not thread-safe (a run is not); kept per
/// thread between runs and emptied when its index goes back to the pool.
/// </summary>
internal sealed class RootPaths
{
    /// <summary>
    /// Parts numbered this high or higher are not remembered (they are resolved every time): the catalogue has a few hundred
    /// parts, and only templates made outside the process-wide cache (<see cref="PointerTemplate.Parse"/>) number more.
    /// </summary>
    public const int MaxParts = 1 << 14;

    private FactPointer[] locations = new FactPointer[64];
    private int[] nodesPlusOne = new int[64];
    private int used;

    /// <summary>The remembered resolution of a part, if this run made it.</summary>
    public bool TryGet(int part, out int node, out FactPointer location)
    {
        if (part >= 0 && part < used && nodesPlusOne[part] != 0)
        {
            node = nodesPlusOne[part] - 1;
            location = locations[part];
            return true;
        }

        node = -1;
        location = default;
        return false;
    }

    /// <summary>Remembers a part's resolution (node -1 when absent: the location says where it stops).</summary>
    public void Note(int part, int node, FactPointer location)
    {
        if (part < 0 || part >= MaxParts)
        {
            return;
        }

        if (part >= locations.Length)
        {
            var size = Math.Min(MaxParts, Math.Max(part + 1, locations.Length * 2));
            Array.Resize(ref locations, size);
            Array.Resize(ref nodesPlusOne, size);
        }

        locations[part] = location;
        nodesPlusOne[part] = node + 1;
        used = Math.Max(used, part + 1);
    }

    /// <summary>Forgets every resolution (the locations refer to the index that goes back to the pool).</summary>
    public void Clear()
    {
        Array.Clear(locations, 0, used);
        Array.Clear(nodesPlusOne, 0, used);
        used = 0;
    }
}
