using System.Runtime.InteropServices;

// Definitions shared by the cancel driver and its test application (the sample's public header).
namespace NtSim.Samples.Cancel;

/// <summary>What one read returns: a sample of the (simulated) data-acquisition device.</summary>
[StructLayout(LayoutKind.Sequential)]
internal struct INPUT_DATA
{
    /// <summary>The sample's number: 1 for the first the device delivered since the driver loaded.</summary>
    public uint Data;
}

internal static class CancelPublic
{
    /// <summary>The device's name in the Win32 namespace: CreateFile(@"\\.\CancelSamp").</summary>
    public const string DOS_DEVICE_NAME = @"\\.\CancelSamp";

    /// <summary>sizeof(INPUT_DATA): a read of fewer bytes fails with STATUS_BUFFER_TOO_SMALL.</summary>
    public const int SIZEOF_INPUT_DATA = sizeof(uint);
}
