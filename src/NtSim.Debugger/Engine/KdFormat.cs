using System.Globalization;

namespace NtSim.Debugger.Engine;

/// <summary>How WinDbg writes numbers and addresses on x64.</summary>
internal static class KdFormat
{
    /// <summary>A 64-bit pointer as WinDbg shows it: 16 lower-case hex digits with a backtick in the middle (<c>ffffe000`12345678</c>).</summary>
    internal static string Pointer(ulong value) =>
        string.Create(CultureInfo.InvariantCulture, $"{value >> 32:x8}`{value & 0xFFFF_FFFF:x8}");

    /// <summary>A 64-bit value without the backtick (<c>ffffe00012345678</c>), as !drvobj and !irp print addresses.</summary>
    internal static string Hex64(ulong value) => value.ToString("x16", CultureInfo.InvariantCulture);

    /// <summary>A 32-bit value, 8 hex digits.</summary>
    internal static string Hex32(uint value) => value.ToString("x8", CultureInfo.InvariantCulture);
}
