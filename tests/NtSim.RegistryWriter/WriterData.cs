using System.Buffers.Binary;

namespace NtSim.RegistryWriter;

/// <summary>What the writer writes, so that the test can tell a complete value from anything else.</summary>
public static class WriterData
{
    /// <summary>The key the writer fills: values V000000, V000001... and every 25th a subkey K000025 with N.</summary>
    public const string KeyPath = @"\Registry\Machine\SOFTWARE\NtSimWriter";

    /// <summary>How often a subkey is made along with its value (one host call, so one record).</summary>
    public const int SubKeyEvery = 25;

    public static string ValueName(int index) => $"V{index:D6}";

    public static string SubKeyName(int index) => $"K{index:D6}";

    /// <summary>Value <paramref name="index"/>'s bytes: its index, then 2 to 6 KiB that depend on it.</summary>
    public static byte[] Payload(int index)
    {
        var data = new byte[2048 + (index * 97 % 4096)];
        BinaryPrimitives.WriteInt32LittleEndian(data, index);
        for (var i = 4; i < data.Length; i++)
        {
            data[i] = unchecked((byte)((index * 31) + i));
        }

        return data;
    }

    /// <summary>The index of a value name the writer makes, or -1.</summary>
    public static int IndexOf(string valueName) =>
        valueName.Length == 7 && valueName[0] == 'V' && int.TryParse(valueName.AsSpan(1), out var index) ? index : -1;
}
