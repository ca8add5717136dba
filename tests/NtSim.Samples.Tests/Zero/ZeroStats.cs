using System.Runtime.CompilerServices;
using NtSim.Samples.Zero;
using static NtSim.Samples.Zero.ZeroPublic;
using static NtSim.Wdm;

namespace NtSim.Samples.Tests.Zero;

/// <summary>Zero's counters, read from its device extension or asked for with its IOCTLs, for the Zero tests.</summary>
internal static class ZeroStats
{
    /// <summary>The service (and module) name Zero's tests start it under.</summary>
    public const string Service = "Zero";

    /// <summary>sizeof(ZERO_STATS): 16.</summary>
    public static readonly uint Size = (uint)Unsafe.SizeOf<ZERO_STATS>();

    /// <summary>The driver's counters as they are now, read straight from its device extension.</summary>
    public static ZERO_STATS Counters(DEVICE_OBJECT device)
    {
        var extension = device.Extension<ZERO_DEVICE_EXTENSION>();
        return new ZERO_STATS { TotalRead = Interlocked.Read(ref extension.TotalRead), TotalWritten = Interlocked.Read(ref extension.TotalWritten) };
    }

    /// <summary>IOCTL_ZERO_GET_STATS from kernel mode, asserted to succeed with 16 bytes; call on a simulated thread.</summary>
    public static ZERO_STATS Get(DEVICE_OBJECT device)
    {
        var output = KernelRequests.Allocate(Size, fill: 0xCC);
        var iosb = KernelRequests.Control(device, IOCTL_ZERO_GET_STATS, PVOID.NULL, 0, output, Size);
        var stats = output.Read<ZERO_STATS>();
        KernelRequests.Free(output);
        Assert.Equal(STATUS_SUCCESS, iosb.Status);
        Assert.Equal((ulong)Size, iosb.Information);
        return stats;
    }

    /// <summary>IOCTL_ZERO_CLEAR_STATS from kernel mode, with no buffers; returns its status block.</summary>
    public static IO_STATUS_BLOCK Clear(DEVICE_OBJECT device) =>
        KernelRequests.Control(device, IOCTL_ZERO_CLEAR_STATS, PVOID.NULL, 0, PVOID.NULL, 0);
}
