using NtSim.Debugger.Extensions;
using static NtSim.Debugger.Extensions.DbgEng;

namespace NtSim.TestExtensions;

/// <summary>An extension that refuses to load: its Initialize returns E_NOTIMPL.</summary>
public sealed class BadInitExtension : IDebugExtension
{
    /// <summary>Fails, so the engine unloads the assembly.</summary>
    public int Initialize(out uint version)
    {
        version = DEBUG_EXTENSION_VERSION(1, 0);
        return E_NOTIMPL;
    }

    /// <summary>Never reachable: the extension never loads.</summary>
    [DebugCommand("unreachable")]
    public int Unreachable(IDebugClient client, string args) => S_OK;
}
