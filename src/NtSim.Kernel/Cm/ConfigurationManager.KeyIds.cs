using System.Runtime.CompilerServices;

namespace NtSim;

internal sealed partial class ConfigurationManager
{
    private readonly ConditionalWeakTable<CmKeyNode, StrongBox<ulong>> _keyIds = [];
    private long _lastKeyId;

    /// <summary>An id of a key, the same for every key object of the key, as the key control block's
    /// address is on Windows (CmCallbackGetKeyObjectID's ObjectID).</summary>
    internal ulong KeyId(CmKeyNode node) =>
        _keyIds.GetValue(node, _ => new StrongBox<ulong>(0xFFFF_C000_0000_0000UL + ((ulong)Interlocked.Increment(ref _lastKeyId) * 0x100))).Value;
}
