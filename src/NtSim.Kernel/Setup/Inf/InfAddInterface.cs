using System.Diagnostics;

namespace NtSim.Setup;

/// <summary>
/// An AddInterface directive of a DDInstall.Interfaces section:
/// <c>AddInterface = {InterfaceClassGUID}[, [reference-string][, [add-interface-section][, flags]]]</c>.
/// </summary>
[DebuggerDisplay("{InterfaceClass} {ReferenceString,nq}")]
public sealed class InfAddInterface
{
    internal InfAddInterface(InfLine line)
    {
        InterfaceClassText = line[0].Trim();
        InterfaceClass = Guid.TryParse(InterfaceClassText, out var guid) ? guid : null;
        ReferenceString = line[1].Trim();
        SectionName = line[2].Trim();
        Flags = InfNumber.Parse(line[3]) ?? 0;
        Line = line.Line;
    }

    /// <summary>The interface class GUID as written.</summary>
    public string InterfaceClassText { get; }

    /// <summary>The interface class GUID, or null when the text is not a GUID.</summary>
    public Guid? InterfaceClass { get; }

    /// <summary>The reference string, or "" for none.</summary>
    public string ReferenceString { get; }

    /// <summary>The add-interface section (its AddReg lines go to the interface's key), or "".</summary>
    public string SectionName { get; }

    /// <summary>The directive's flags (0 when absent).</summary>
    public uint Flags { get; }

    /// <summary>The 1-based line of the directive.</summary>
    public int Line { get; }
}
