using static NtSim.Wdm;

namespace MyDriver;

/// <summary>What the driver, the client and the tests share (the Public.h of a WDK sample): the
/// device interface the client finds the device by, and the control code. Compiled into all three.</summary>
internal static class MyDriverPublic
{
    /// <summary>GUID_DEVINTERFACE_MYDRIVER: the device interface class the driver registers and the client opens.</summary>
    public static readonly Guid GUID_DEVINTERFACE_MYDRIVER = new("8f3c2a61-5d4e-4b7a-9c1f-2e6d8a0b4c37");

    /// <summary>The hardware ID of the root-enumerated device (MyDriver.inf; devcon install MyDriver.inf Root\MyDriver).</summary>
    public const string MYDRIVER_HARDWARE_ID = @"Root\MyDriver";

    /// <summary>The most data the device keeps: a longer write fails with STATUS_INVALID_BUFFER_SIZE.</summary>
    public const uint MYDRIVER_BUFFER_SIZE = 256;

    /// <summary>The device type of the control codes: 0x8000 and above are for vendors.</summary>
    public const uint FILE_DEVICE_MYDRIVER = 0x8000;

    /// <summary>Returns the length of the data the device keeps, as a ULONG. METHOD_BUFFERED; any handle may ask.</summary>
    public static readonly uint IOCTL_MYDRIVER_GET_LENGTH = CTL_CODE(FILE_DEVICE_MYDRIVER, 0x800, METHOD_BUFFERED, FILE_ANY_ACCESS);
}
