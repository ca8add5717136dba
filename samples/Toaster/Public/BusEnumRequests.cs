using System.Buffers.Binary;
using System.Text;

namespace NtSim.Samples.Toaster;

/// <summary>
/// The bus's request structures as C lays them out (little-endian ULONGs):
/// <code>
/// BUSENUM_PLUGIN_HARDWARE { ULONG Size; ULONG SerialNo; WCHAR HardwareIDs[]; }   // sizeof = 8, IDs a MULTI_SZ
/// BUSENUM_UNPLUG_HARDWARE { ULONG Size; ULONG SerialNo; ULONG Reserved[2]; }      // sizeof = 16
/// BUSENUM_EJECT_HARDWARE  { ULONG Size; ULONG SerialNo; ULONG Reserved[2]; }      // sizeof = 16
/// </code>
/// Size holds sizeof the structure (without the IDs); a serial number of 0 means "all" to unplug.
/// </summary>
internal static class BusEnumRequests
{
    public const int SIZEOF_BUSENUM_PLUGIN_HARDWARE = 8;
    public const int SIZEOF_BUSENUM_UNPLUG_HARDWARE = 16;
    public const int SIZEOF_BUSENUM_EJECT_HARDWARE = 16;

    /// <summary>A plug-in request: the header, then the hardware IDs as a MULTI_SZ (each NUL-terminated, one more NUL).</summary>
    public static byte[] PluginHardware(uint serialNo, params string[] hardwareIds)
    {
        var multiSz = string.Concat(hardwareIds.Select(id => id + "\0")) + "\0";
        var buffer = new byte[SIZEOF_BUSENUM_PLUGIN_HARDWARE + Encoding.Unicode.GetByteCount(multiSz)];
        BinaryPrimitives.WriteUInt32LittleEndian(buffer, SIZEOF_BUSENUM_PLUGIN_HARDWARE);
        BinaryPrimitives.WriteUInt32LittleEndian(buffer.AsSpan(4), serialNo);
        Encoding.Unicode.GetBytes(multiSz, buffer.AsSpan(SIZEOF_BUSENUM_PLUGIN_HARDWARE));
        return buffer;
    }

    public static byte[] UnplugHardware(uint serialNo) => SerialRequest(SIZEOF_BUSENUM_UNPLUG_HARDWARE, serialNo);

    public static byte[] EjectHardware(uint serialNo) => SerialRequest(SIZEOF_BUSENUM_EJECT_HARDWARE, serialNo);

    public static uint Size(ReadOnlySpan<byte> request) => BinaryPrimitives.ReadUInt32LittleEndian(request);

    public static uint SerialNo(ReadOnlySpan<byte> request) => BinaryPrimitives.ReadUInt32LittleEndian(request[4..]);

    /// <summary>The hardware IDs of a plug-in request, or null when they are not a MULTI_SZ
    /// (an odd byte count, or no double NUL at the end of the buffer).</summary>
    public static string[]? HardwareIds(ReadOnlySpan<byte> request)
    {
        var ids = request[SIZEOF_BUSENUM_PLUGIN_HARDWARE..];
        if (ids.Length < 4 || ids.Length % 2 != 0)
        {
            return null;
        }

        var text = Encoding.Unicode.GetString(ids);
        if (!text.EndsWith("\0\0", StringComparison.Ordinal))
        {
            return null;
        }

        var strings = text[..^2].Split('\0');
        return strings.Any(s => s.Length == 0) ? null : strings;
    }

    private static byte[] SerialRequest(int size, uint serialNo)
    {
        var buffer = new byte[size];
        BinaryPrimitives.WriteUInt32LittleEndian(buffer, (uint)size);
        BinaryPrimitives.WriteUInt32LittleEndian(buffer.AsSpan(4), serialNo);
        return buffer;
    }
}
