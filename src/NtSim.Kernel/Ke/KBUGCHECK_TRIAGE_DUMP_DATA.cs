namespace NtSim;

/// <summary>
/// KBUGCHECK_TRIAGE_DUMP_DATA (wdm.h): what a KbCallbackTriageDumpData routine receives. It sets DataArray to a
/// KTRIAGE_DUMP_DATA_ARRAY it initialized before the bug check (KeInitializeTriageDumpDataArray) and filled with
/// KeAddTriageDumpDataBlock; those ranges are kept in a small memory dump, up to MaxVirtMemSize bytes in all
/// ("Implementing a KbCallbackTriageDumpData Callback Routine", WDK).
/// </summary>
public sealed class KBUGCHECK_TRIAGE_DUMP_DATA
{
    /// <summary>The routine's array of blocks (null: it adds none).</summary>
    public KTRIAGE_DUMP_DATA_ARRAY? DataArray { get; set; }

    /// <summary>KB_TRIAGE_DUMP_DATA_FLAG_BUGCHECK_ACTIVE: always set.</summary>
    public uint Flags { get; internal init; }

    /// <summary>The most bytes the routine's blocks may hold in all.</summary>
    public uint MaxVirtMemSize { get; internal init; }

    /// <summary>The bug check code passed to KeBugCheckEx.</summary>
    public uint BugCheckCode { get; internal init; }

    /// <summary>The bug check's first parameter.</summary>
    public ulong BugCheckParameter1 { get; internal init; }

    /// <summary>The bug check's second parameter.</summary>
    public ulong BugCheckParameter2 { get; internal init; }

    /// <summary>The bug check's third parameter.</summary>
    public ulong BugCheckParameter3 { get; internal init; }

    /// <summary>The bug check's fourth parameter.</summary>
    public ulong BugCheckParameter4 { get; internal init; }
}

/// <summary>KADDRESS_RANGE (wdm.h): one block of a triage dump data array.</summary>
public readonly record struct KADDRESS_RANGE(PVOID Address, ulong Size);

/// <summary>
/// KTRIAGE_DUMP_DATA_ARRAY (wdm.h): ranges of memory a driver wants kept in a small dump. Its capacity comes from the
/// size given to KeInitializeTriageDumpDataArray: a 0x30-byte header, then 16-byte KADDRESS_RANGEs (the x64 layout).
/// </summary>
public sealed class KTRIAGE_DUMP_DATA_ARRAY
{
    internal const ulong HeaderSize = 0x30;
    internal const ulong BlockSize = 0x10;

    private readonly List<KADDRESS_RANGE> _blocks = [];

    /// <summary>How many blocks are in use.</summary>
    public uint NumBlocksUsed => (uint)_blocks.Count;

    /// <summary>How many blocks the array can hold.</summary>
    public uint NumBlocksTotal { get; internal set; }

    /// <summary>The bytes the blocks cover in all.</summary>
    public ulong DataSize { get; internal set; }

    /// <summary>The blocks, in the order they were added.</summary>
    public IReadOnlyList<KADDRESS_RANGE> Blocks => _blocks;

    internal bool IsInitialized { get; set; }

    internal void Reset(uint total)
    {
        _blocks.Clear();
        NumBlocksTotal = total;
        DataSize = 0;
        IsInitialized = true;
    }

    internal void Add(KADDRESS_RANGE block)
    {
        _blocks.Add(block);
        DataSize += block.Size;
    }
}
