using static NtSim.Wdm;

namespace NtSim.Samples.Zero;

/// <summary>
/// Zero's WPP tracing (the Trace.h of a WDK sample): its control GUID and trace flags. Enable it with
/// <c>ntsim trace zerotest --provider ZeroTraceGuid</c> (or its GUID), optionally with a level and flags:
/// <c>--provider ZeroTraceGuid:4:0x2</c> shows the reads at TRACE_LEVEL_INFORMATION and above.
/// </summary>
internal static class ZeroTrace
{
    /// <summary>DriverEntry and DriverUnload.</summary>
    internal const uint TRACE_DRIVER = 0x1;

    /// <summary>IRP_MJ_READ and IRP_MJ_WRITE.</summary>
    internal const uint TRACE_READWRITE = 0x2;

    /// <summary>IRP_MJ_DEVICE_CONTROL.</summary>
    internal const uint TRACE_IOCTL = 0x4;

    /// <summary>IRP_MJ_CREATE, IRP_MJ_CLEANUP and IRP_MJ_CLOSE.</summary>
    internal const uint TRACE_CREATE_CLOSE = 0x8;

    /// <summary>WPP_CONTROL_GUIDS: one control GUID, its flags in the order of the constants above.</summary>
    internal static readonly WPP_CONTROL_GUID Control = WPP_DEFINE_CONTROL_GUID("ZeroTraceGuid", new Guid("a5d3c3f2-6f1e-4c1b-9d2e-0b5e7a1c2e30"),
        WPP_DEFINE_BIT("TRACE_DRIVER"), WPP_DEFINE_BIT("TRACE_READWRITE"), WPP_DEFINE_BIT("TRACE_IOCTL"), WPP_DEFINE_BIT("TRACE_CREATE_CLOSE"));
}
