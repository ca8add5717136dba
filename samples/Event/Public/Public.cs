using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using static NtSim.Wdm;

// Definitions shared by the event driver and its test application (the sample's public.h).
namespace NtSim.Samples.Event;

/// <summary>How the application wants to hear about the (simulated) hardware event.</summary>
internal enum NOTIFY_TYPE
{
    /// <summary>The driver pends the IOCTL and completes it when the event happens.</summary>
    IRP_BASED = 0,

    /// <summary>The driver signals the application's event object when the event happens.</summary>
    EVENT_BASED = 1,
}

/// <summary>The input of IOCTL_REGISTER_EVENT (x64 layout: 4 bytes of type, 4 of padding, the
/// handle, the due time: 24 bytes).</summary>
[StructLayout(LayoutKind.Sequential)]
internal struct REGISTER_EVENT
{
    public NOTIFY_TYPE Type;

    /// <summary>An event handle of the calling process (EVENT_BASED only).</summary>
    public HANDLE hEvent;

    /// <summary>When the event happens: negative, relative, in 100 ns units (as KeSetTimer takes it).</summary>
    public LARGE_INTEGER DueTime;
}

internal static class EventPublic
{
    /// <summary>The device's name in the Win32 namespace: CreateFile(@"\\.\Event").</summary>
    public const string DOS_DEVICE_NAME = @"\\.\Event";

    /// <summary>IOCTL_REGISTER_EVENT: CTL_CODE(FILE_DEVICE_UNKNOWN, 0x800, METHOD_BUFFERED, FILE_ANY_ACCESS).</summary>
    public static readonly uint IOCTL_REGISTER_EVENT = CTL_CODE(FILE_DEVICE_UNKNOWN, 0x800, METHOD_BUFFERED, FILE_ANY_ACCESS);

    /// <summary>sizeof(REGISTER_EVENT): shorter input is refused with STATUS_INVALID_PARAMETER.</summary>
    public static readonly int SIZEOF_REGISTER_EVENT = Unsafe.SizeOf<REGISTER_EVENT>();
}
