using System.Runtime.InteropServices;

namespace NtSim.Setup;

/// <summary>
/// What kind of host file a path names, asked without opening it: opening a pipe waits for a writer,
/// and a device may never end, so NtSim reads only regular files (INFs, driver images).
/// </summary>
internal static partial class HostFile
{
    internal const string NotRegular = "it is not a regular file (a device, a pipe or a socket)";

    // The file types of the runtime's own stat (System.Native's FileStatus.Mode, S_IFMT bits).
    private const int S_IFMT = 0xF000;
    private const int S_IFREG = 0x8000;

    /// <summary>False for a device, a pipe or a socket; true for a regular file, and wherever the type cannot be told
    /// (on Windows, such paths are not files).</summary>
    internal static bool IsRegular(string path)
        => OperatingSystem.IsWindows() || UnixFileType(path) is not { } type || type == S_IFREG;

    /// <summary>The S_IFMT bits of the file's mode, or null when the runtime's stat is not at hand or fails.</summary>
    private static int? UnixFileType(string path)
    {
        try
        {
            return SystemNativeStat(path, out var status) == 0 ? status.Mode & S_IFMT : null;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return null;
        }
    }

    [LibraryImport("libSystem.Native", EntryPoint = "SystemNative_Stat", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int SystemNativeStat(string path, out FileStatus status);

    /// <summary>The head of System.Native's FileStatus (Flags, then Mode); the size leaves room for the rest.</summary>
    [StructLayout(LayoutKind.Sequential, Size = 256)]
    private struct FileStatus
    {
        public int Flags;
        public int Mode;
    }
}
