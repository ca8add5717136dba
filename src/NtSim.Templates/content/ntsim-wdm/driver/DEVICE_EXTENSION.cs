using NtSim;

namespace MyDriver;

/// <summary>The device's extension: the data the last write left, and the byte counters. The spin
/// lock guards all of it: reads, writes and control requests may run on several processors at once.</summary>
internal sealed class DEVICE_EXTENSION
{
    /// <summary>A block of nonpaged pool of MYDRIVER_BUFFER_SIZE bytes, allocated in DriverEntry and freed in DriverUnload.</summary>
    public PVOID Data;

    /// <summary>How many bytes of <see cref="Data"/> the last write filled.</summary>
    public ulong Length;

    /// <summary>Bytes returned to reads.</summary>
    public long BytesRead;

    /// <summary>Bytes taken from writes.</summary>
    public long BytesWritten;

    /// <summary>Guards the fields above.</summary>
    public readonly KSPIN_LOCK Lock = new();
}
