namespace NtSim;

/// <summary>The simulated address of a list entry that lives in a managed object: given by the
/// first machine that links it, so that pool memory can point at it; and whether that machine's
/// <see cref="ListEntryTable"/> holds it.</summary>
internal struct ListNodeAddress
{
    internal Machine? Machine;
    internal ulong Address;
    internal bool Pinned;

    /// <summary>The entry's address in <paramref name="machine"/>, given now if it has none there.</summary>
    internal ulong In(Machine machine)
    {
        if (Machine != machine)
        {
            Address = machine.AllocateObjectAddress(16);
            Machine = machine;
            Pinned = false;
        }

        return Address;
    }
}
