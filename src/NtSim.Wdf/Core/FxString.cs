using System.Diagnostics;

namespace NtSim;

/// <summary>A framework string object (FxString, WDFSTRING): a UNICODE_STRING the framework owns.</summary>
[DebuggerDisplay("WDFSTRING 0x{Handle,x} \"{Value,nq}\"")]
internal sealed class FxString : FxObject
{
    private UNICODE_STRING _value;

    internal FxString(FxDriverGlobals globals)
        : base(globals, FxObjectType.String)
    {
    }

    internal string Value => _value.Buffer.IsEmpty ? string.Empty : _value.ToString();

    /// <summary>Replaces the string (FxString::Assign): a copy, so the caller's buffer may go.</summary>
    internal void Assign(string value) => _value = new UNICODE_STRING(value);

    internal UNICODE_STRING UnicodeString => _value;
}
