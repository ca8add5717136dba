using System.Diagnostics;

namespace NtSim;

/// <summary>
/// CM_KEY_VALUE: a named, typed value of a key. Immutable: ZwSetValueKey replaces the value in its
/// slot, so a value read under the registry lock can be formatted after the lock is released.
/// The name keeps the case it was set with; lookups ignore case. The empty name is the key's
/// default value.
/// </summary>
[DebuggerDisplay("{Name,nq} type={Type} {Data.Length} bytes")]
internal sealed class CmKeyValue
{
    internal CmKeyValue(string name, uint type, byte[] data)
    {
        Name = name;
        Type = type;
        Data = data;
    }

    internal string Name { get; }

    /// <summary>REG_SZ, REG_DWORD...: any ULONG, as ZwSetValueKey stores whatever type it is given.</summary>
    internal uint Type { get; }

    internal byte[] Data { get; }
}
