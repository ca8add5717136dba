namespace NtSim;

/// <summary>
/// KBUGCHECK_ADD_PAGES (wdm.h): a KbCallbackAddPages routine names pages to add to the primary part of a kernel (or
/// complete) dump. The system fills BugCheckCode, sets Flags to zero on each entry and keeps Context from call to call
/// (NULL before the first); the routine sets Flags (virtual or physical address, and ADDITIONAL_RANGES_EXIST to be
/// called again), Address and Count (0: nothing to add). "Implementing a KbCallbackAddPages Callback Routine", WDK.
/// </summary>
public sealed class KBUGCHECK_ADD_PAGES
{
    /// <summary>The routine's own value, kept from one call to the next (null before the first).</summary>
    public object? Context { get; set; }

    /// <summary>KB_ADD_PAGES_FLAG_*: which kind of address, and whether the routine has more ranges.</summary>
    public uint Flags { get; set; }

    /// <summary>The bug check code, for the routine to decide what to add.</summary>
    public uint BugCheckCode { get; internal init; }

    /// <summary>The first page's virtual or physical address.</summary>
    public ulong Address { get; set; }

    /// <summary>How many contiguous pages from <see cref="Address"/>; 0 adds none.</summary>
    public ulong Count { get; set; }
}

public static partial class Wdm
{
    /// <summary>KBUGCHECK_ADD_PAGES.Address is a virtual address.</summary>
    public const uint KB_ADD_PAGES_FLAG_VIRTUAL_ADDRESS = 0x00000001;

    /// <summary>KBUGCHECK_ADD_PAGES.Address is a physical address.</summary>
    public const uint KB_ADD_PAGES_FLAG_PHYSICAL_ADDRESS = 0x00000002;

    /// <summary>The routine asks to be called again to add more pages.</summary>
    public const uint KB_ADD_PAGES_FLAG_ADDITIONAL_RANGES_EXIST = 0x80000000;

    /// <summary>KBUGCHECK_TRIAGE_DUMP_DATA.Flags: the routine is called during a bug check (always set).</summary>
    public const uint KB_TRIAGE_DUMP_DATA_FLAG_BUGCHECK_ACTIVE = 0x00000001;
}
