namespace NtSim.Debugger.Extensions;

/// <summary>
/// The constants and macros of dbgeng.h and winerror.h an extension uses, spelled as there, so that an extension
/// reads like its C counterpart (<c>using static NtSim.Debugger.Extensions.DbgEng;</c>). An HRESULT is an
/// <see cref="int"/>: negative is a failure.
/// </summary>
public static class DbgEng
{
    /// <summary>Success.</summary>
    public const int S_OK = 0;

    /// <summary>Success, with a "no" or "nothing done" meaning.</summary>
    public const int S_FALSE = 1;

    /// <summary>Unspecified failure (0x80004005).</summary>
    public const int E_FAIL = unchecked((int)0x80004005);

    /// <summary>An argument is not valid (0x80070057); an extension command returns it for bad arguments.</summary>
    public const int E_INVALIDARG = unchecked((int)0x80070057);

    /// <summary>Not implemented (0x80004001).</summary>
    public const int E_NOTIMPL = unchecked((int)0x80004001);

    /// <summary>Called in a state that does not allow it (0x8000FFFF): a client used after its command returned.</summary>
    public const int E_UNEXPECTED = unchecked((int)0x8000FFFF);

    /// <summary>Memory could not be read: HRESULT_FROM_WIN32(ERROR_READ_FAULT), 0x8007001E.</summary>
    public const int E_READ_FAULT = unchecked((int)0x8007001E);

    /// <summary>Memory could not be written: HRESULT_FROM_WIN32(ERROR_WRITE_FAULT), 0x8007001D.</summary>
    public const int E_WRITE_FAULT = unchecked((int)0x8007001D);

    /// <summary>Returned by a command that does not handle this call: the engine goes on searching the extension chain
    /// (dbgeng.h: HRESULT_FROM_NT(STATUS_VALIDATE_CONTINUE), 0xD0000271).</summary>
    public const int DEBUG_EXTENSION_CONTINUE_SEARCH = unchecked((int)0xD0000271);

    /// <summary>DebugExtensionNotify: a debugging session began.</summary>
    public const uint DEBUG_NOTIFY_SESSION_ACTIVE = 0;

    /// <summary>DebugExtensionNotify: the debugging session ended.</summary>
    public const uint DEBUG_NOTIFY_SESSION_INACTIVE = 1;

    /// <summary>DebugExtensionNotify: the target is stopped and can be read.</summary>
    public const uint DEBUG_NOTIFY_SESSION_ACCESSIBLE = 2;

    /// <summary>DebugExtensionNotify: the target runs and cannot be read.</summary>
    public const uint DEBUG_NOTIFY_SESSION_INACCESSIBLE = 3;

    /// <summary>DEBUG_EXTENSION_VERSION(Major, Minor): the version DebugExtensionInitialize returns, major in the high word.</summary>
    public static uint DEBUG_EXTENSION_VERSION(ushort major, ushort minor) => ((uint)major << 16) | minor;

    /// <summary>SUCCEEDED(hr): zero or positive.</summary>
    public static bool SUCCEEDED(int hr) => hr >= 0;

    /// <summary>FAILED(hr): negative.</summary>
    public static bool FAILED(int hr) => hr < 0;
}
