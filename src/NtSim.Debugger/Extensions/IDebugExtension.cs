namespace NtSim.Debugger.Extensions;

/// <summary>
/// A debugger extension: the one public class of an extension assembly that implements this interface (with a public
/// parameterless constructor) is what <c>.load</c> creates, as dbgeng calls an extension DLL's exports. Its commands
/// are its methods marked <see cref="DebugCommandAttribute"/>. docs/extensions.md.
/// </summary>
public interface IDebugExtension
{
    /// <summary>DebugExtensionInitialize: called once at <c>.load</c>. Sets <paramref name="version"/> to
    /// <see cref="DbgEng.DEBUG_EXTENSION_VERSION"/>(major, minor) and returns <see cref="DbgEng.S_OK"/>; any other
    /// result fails the load and the assembly is unloaded at once.</summary>
    int Initialize(out uint version);

    /// <summary>DebugExtensionUninitialize: called once at <c>.unload</c> (or when the session ends), before the
    /// assembly is unloaded.</summary>
    void Uninitialize()
    {
    }

    /// <summary>DebugExtensionNotify: the session's state (<see cref="DbgEng.DEBUG_NOTIFY_SESSION_ACTIVE"/> ...), sent
    /// after a successful <see cref="Initialize"/> as dbgeng sends it.</summary>
    void Notify(uint notify, ulong argument)
    {
    }
}
