using System.Diagnostics;
using System.Numerics;

namespace NtSim;

/// <summary>
/// A WPP control GUID as WPP_DEFINE_CONTROL_GUID defines it in a driver's WPP_CONTROL_GUIDS: a friendly name, the
/// GUID sessions enable, and its trace flags (WPP_DEFINE_BIT) in order: the first is flag 0x1, the second 0x2, and so
/// on. Immutable: a driver keeps it in a static field; WPP_INIT_TRACING registers it on the machine.
/// </summary>
[DebuggerDisplay("{Name,nq} {Guid}")]
public sealed class WPP_CONTROL_GUID
{
    internal WPP_CONTROL_GUID(string name, Guid guid, IReadOnlyList<string> bits)
    {
        Name = name;
        Guid = guid;
        Bits = bits;
    }

    /// <summary>The control GUID's friendly name.</summary>
    public string Name { get; }

    /// <summary>The GUID sessions enable to get the driver's messages.</summary>
    public Guid Guid { get; }

    /// <summary>The trace flags' names: Bits[n] is flag 1 &lt;&lt; n.</summary>
    public IReadOnlyList<string> Bits { get; }

    /// <summary>The names of the flags set in <paramref name="flags"/>, as %!FLAGS! prints them.</summary>
    internal string FlagNames(uint flags)
    {
        var names = new List<string>();
        for (var rest = flags; rest != 0; rest &= rest - 1)
        {
            var bit = BitOperations.TrailingZeroCount(rest);
            names.Add(bit < Bits.Count ? Bits[bit] : $"0x{1u << bit:X}");
        }

        return string.Join("|", names);
    }
}
