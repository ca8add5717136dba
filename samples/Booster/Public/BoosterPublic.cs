using System.Runtime.InteropServices;

// Definitions shared by the Booster driver and its client (BoosterCommon.h in the book).
namespace NtSim.Samples.Booster;

/// <summary>The names both sides use.</summary>
internal static class BoosterPublic
{
    /// <summary>The device's name in the object namespace.</summary>
    public const string BOOSTER_DEVICE_NAME = @"\Device\Booster";

    /// <summary>The symbolic link that makes the device visible to user mode.</summary>
    public const string BOOSTER_SYMBOLIC_LINK_NAME = @"\??\Booster";

    /// <summary>The name the client opens with CreateFile.</summary>
    public const string BOOSTER_WIN32_NAME = @"\\.\Booster";
}

/// <summary>What the client writes to the device (8 bytes): the thread to change and the priority it
/// gets, 1 to 31.</summary>
[StructLayout(LayoutKind.Sequential)]
internal struct ThreadData
{
    public uint ThreadId;
    public int Priority;
}
