namespace NtSim.Debugger.Dump;

/// <summary>The pages a crash dump kept: 4 KiB pages by address. A byte outside them cannot be read, as in a
/// kernel dump a user page or a page the dump left out cannot.</summary>
internal sealed class DumpMemory
{
    internal const int PageSize = 0x1000;

    private readonly Dictionary<ulong, byte[]> _pages;

    internal DumpMemory(Dictionary<ulong, byte[]> pages) => _pages = pages;

    /// <summary>The kept pages, by address.</summary>
    internal IReadOnlyDictionary<ulong, byte[]> Pages => _pages;

    /// <summary>The byte at <paramref name="address"/>, or null if its page is not in the dump.</summary>
    internal byte? ReadByte(ulong address) =>
        _pages.TryGetValue(address & ~(ulong)(PageSize - 1), out var page) ? page[(int)(address & (PageSize - 1))] : null;
}
