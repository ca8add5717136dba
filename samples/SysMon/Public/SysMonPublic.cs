using System.Runtime.InteropServices;

// Definitions shared by the SysMon driver and its client (the sample's common header): what one
// record in the driver's list, and so in the client's read buffer, looks like.
namespace NtSim.Samples.SysMon;

/// <summary>The kind of event a record tells of.</summary>
internal enum ItemType : short
{
    None,
    ProcessCreate,
    ProcessExit,
    ThreadCreate,
    ThreadExit,
    ImageLoad,
}

/// <summary>What every record starts with: its kind, its size in bytes (the header and what follows,
/// strings included), and when it happened (system time: 100 ns units since 1601, UTC).</summary>
[StructLayout(LayoutKind.Sequential)]
internal struct ItemHeader
{
    public ItemType Type;
    public ushort Size;
    public long Time;
}

/// <summary>A process exited.</summary>
[StructLayout(LayoutKind.Sequential)]
internal struct ProcessExitInfo
{
    public ItemHeader Header;
    public uint ProcessId;
}

/// <summary>A process was created; its command line (UTF-16, CommandLineLength characters) follows
/// the structure at CommandLineOffset bytes from the record's start.</summary>
[StructLayout(LayoutKind.Sequential)]
internal struct ProcessCreateInfo
{
    public ItemHeader Header;
    public uint ProcessId;
    public uint ParentProcessId;
    public ushort CommandLineLength;
    public ushort CommandLineOffset;
}

/// <summary>A thread was created or exited (the header's Type says which).</summary>
[StructLayout(LayoutKind.Sequential)]
internal struct ThreadCreateExitInfo
{
    public ItemHeader Header;
    public uint ThreadId;
    public uint ProcessId;
}

/// <summary>An image was mapped: a process's image (ProcessId its id) or a driver's (ProcessId 0); the
/// image's name (UTF-16, ImageFileNameLength characters) follows at ImageFileNameOffset.</summary>
[StructLayout(LayoutKind.Sequential)]
internal struct ImageLoadInfo
{
    public ItemHeader Header;
    public uint ProcessId;
    public ushort ImageFileNameLength;
    public ushort ImageFileNameOffset;
    public ulong ImageBase;
    public ulong ImageSize;
}

internal static class SysMonPublic
{
    /// <summary>The device's name in the Win32 namespace: CreateFile(@"\\.\SysMon").</summary>
    public const string DOS_DEVICE_NAME = @"\\.\SysMon";

    /// <summary>The records the driver keeps when its Parameters key has no MaxItems value.</summary>
    public const uint DEFAULT_MAX_ITEMS = 1024;

    /// <summary>The value under the service's Parameters key that bounds the list.</summary>
    public const string MAX_ITEMS_VALUE = "MaxItems";
}
