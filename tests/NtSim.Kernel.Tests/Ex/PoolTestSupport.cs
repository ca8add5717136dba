using System.Runtime.CompilerServices;

namespace NtSim.Tests.Ex;

/// <summary>Helpers for the pool, lookaside and tracking tests.</summary>
internal static class PoolTestSupport
{
    internal const string TestModule = "NtSim.Kernel.Tests";

    /// <summary>The line it is called on (to compare with a tracked allocation's line).</summary>
    internal static int Here([CallerLineNumber] int line = 0) => line;

    /// <summary>Reads the 16-byte POOL_HEADER in front of a small block.</summary>
    internal static (byte PreviousSize, byte PoolIndex, byte BlockSize, byte PoolType, uint Tag, ulong Contents) Header(PVOID block)
    {
        var bytes = (block - 16).AsReadOnlySpan(16);
        return (bytes[0], bytes[1], bytes[2], bytes[3], BitConverter.ToUInt32(bytes[4..8]), BitConverter.ToUInt64(bytes[..8]));
    }

    internal static Machine Boot(bool trace = true, int processors = 2) =>
        Machine.Boot(new MachineOptions { Processors = processors, Trace = trace });
}
