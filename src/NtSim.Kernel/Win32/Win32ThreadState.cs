namespace NtSim;

/// <summary>What kernel32 keeps per thread: the last error, a status block for synchronous calls,
/// and a reusable stretch of the process's memory where a managed buffer is placed for a call.</summary>
internal sealed class Win32ThreadState
{
    internal uint LastError { get; set; }

    internal IO_STATUS_BLOCK Iosb { get; } = new();

    internal PVOID Bounce { get; private set; }

    internal ulong BounceSize { get; private set; }

    /// <summary>At least <paramref name="size"/> bytes of the process's memory for this thread's synchronous calls.</summary>
    internal PVOID BounceFor(EPROCESS process, ulong size)
    {
        if (size > BounceSize)
        {
            if (!Bounce.IsNull)
            {
                process.AddressSpace.Free(Bounce);
            }

            var rounded = Math.Max(Wdm.PAGE_SIZE, (size + Wdm.PAGE_SIZE - 1) & ~(ulong)(Wdm.PAGE_SIZE - 1));
            Bounce = process.AddressSpace.Allocate(rounded, Wdm.PAGE_READWRITE);
            BounceSize = rounded;
        }

        return Bounce;
    }
}
