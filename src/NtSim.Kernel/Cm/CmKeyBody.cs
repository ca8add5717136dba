using System.Diagnostics;

namespace NtSim;

/// <summary>
/// CM_KEY_BODY: the body of a Key object. Every open of a key makes a new, unnamed key object that
/// refers to the key (as every open makes a key body that refers to the key's control block);
/// the one exception is <c>\REGISTRY</c> itself, a permanent key object named in the root
/// directory. The Key type's parse procedure (CmpParseKey) resolves names below a key object.
/// </summary>
[DebuggerDisplay("Key {Node.FullName,nq}")]
internal sealed class CmKeyBody : IObjectParser
{
    internal CmKeyBody(ConfigurationManager registry, CmKeyNode node)
    {
        Registry = registry;
        Node = node;
    }

    ObjectHeader? IObjectBody.ObjectHeader { get; set; }

    internal ConfigurationManager Registry { get; }

    internal CmKeyNode Node { get; }

    public NTSTATUS Parse(ObjectHeader header, ParseRequest request, out ObjectHeader? found, out string? reparseName) =>
        Registry.Parse(this, request, out found, out reparseName);

    void IObjectBody.OnDelete(ObjectHeader header) => Registry.KeyObjectDeleted(this);
}
