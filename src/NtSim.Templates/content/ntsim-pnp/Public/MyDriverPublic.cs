using System.Runtime.InteropServices;
using static NtSim.Wdm;

namespace MyDriver;

/// <summary>What the driver, the client and the tests share (the Public.h of a WDK sample): the
/// device interface the client finds the device by, the hardware ID, and the control code.
/// Compiled into all three.</summary>
internal static class MyDriverPublic
{
    /// <summary>GUID_DEVINTERFACE_MYDRIVER: the device interface class the driver registers and the client opens.</summary>
    public static readonly Guid GUID_DEVINTERFACE_MYDRIVER = new("3e9b7c15-a2d4-4f86-b0e1-7c5a9d2f6b48");

    /// <summary>The hardware ID of the root-enumerated device (MyDriver.inf; devcon install MyDriver.inf Root\MyDriver).</summary>
    public const string MYDRIVER_HARDWARE_ID = @"Root\MyDriver";

    /// <summary>The device type of the control codes: 0x8000 and above are for vendors.</summary>
    public const uint FILE_DEVICE_MYDRIVER = 0x8000;

    /// <summary>Returns a MYDRIVER_INFO. METHOD_BUFFERED; any handle may ask.</summary>
    public static readonly uint IOCTL_MYDRIVER_GET_INFO = CTL_CODE(FILE_DEVICE_MYDRIVER, 0x800, METHOD_BUFFERED, FILE_ANY_ACCESS);
}

/// <summary>The output of IOCTL_MYDRIVER_GET_INFO (8 bytes).</summary>
[StructLayout(LayoutKind.Sequential)]
internal struct MYDRIVER_INFO
{
    /// <summary>How many times the device was opened since it started.</summary>
    public uint OpenCount;

    /// <summary>How many times the device was started (IRP_MN_START_DEVICE).</summary>
    public uint StartCount;
}
