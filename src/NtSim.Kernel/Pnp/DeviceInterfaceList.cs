using System.Runtime.InteropServices;

namespace NtSim;

/// <summary>The symbolic link list of IoGetDeviceInterfaces: UTF-16 strings, each ended by a NUL,
/// and one more NUL at the end (a list with no interface is a single NUL).</summary>
internal static class DeviceInterfaceList
{
    internal static char[] Build(IEnumerable<string> names)
    {
        var text = string.Concat(names.Select(n => n + "\0")) + "\0";
        return text.ToCharArray();
    }

    /// <summary>Reads a list back from memory (a test or a debugger looking at a driver's list).</summary>
    internal static IReadOnlyList<string> Read(PVOID list)
    {
        var names = new List<string>();
        var at = list;
        while (true)
        {
            var length = 0;
            while (at.Add(length * 2).Read<char>() != '\0')
            {
                length++;
            }

            if (length == 0)
            {
                return names;
            }

            names.Add(new string(MemoryMarshal.Cast<byte, char>(at.AsReadOnlySpan(length * 2))));
            at = at.Add((length + 1) * 2);
        }
    }
}
