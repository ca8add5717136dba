namespace NtSim.Setup;

/// <summary>
/// A driver store request failed, with the Win32 or SetupAPI error pnputil would report
/// (ERROR_FILE_NOT_FOUND for a missing file or an unknown published name, ERROR_INF_IN_USE_BY_DEVICES
/// ...) and a message naming what was wrong and where (file, line, column).
/// </summary>
public sealed class DriverStoreException : Exception
{
    internal DriverStoreException(uint win32Error, string message, Exception? inner = null)
        : base($"{message} [{SetupApiError.NameOf(win32Error)} (0x{win32Error:X8})]", inner)
    {
        Win32Error = win32Error;
        Detail = message;
    }

    /// <summary>The error code (winerror.h, or setupapi.h for the 0xE... codes).</summary>
    public uint Win32Error { get; }

    /// <summary>The message without the error code.</summary>
    public string Detail { get; }

    /// <summary>The system's text for the code, as pnputil prints it after "Failed to ...: ".</summary>
    public string SystemMessage => SetupApiError.MessageOf(Win32Error);
}
