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

    public string InterfaceClassText { get; }

    public Guid? InterfaceClass { get; }

    public string ReferenceString { get; }

    public string SectionName { get; }

    public uint Flags { get; }

    public int Line { get; }
}
