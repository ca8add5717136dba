using System.Diagnostics;

namespace NtSim;

/// <summary>EVENT_DESCRIPTOR (evntprov.h): what an event is: its id and version, channel, level, opcode, task and
/// keyword. Build one with EventDescCreate or an object initializer.</summary>
[DebuggerDisplay("Id {Id} Level {Level} Keyword {Keyword}")]
public struct EVENT_DESCRIPTOR
{
    /// <summary>The event's identifier, unique within the provider.</summary>
    public ushort Id;
    /// <summary>The version of the event's layout.</summary>
    public byte Version;
    /// <summary>The channel the event is written to (for an Event Log consumer).</summary>
    public byte Channel;
    /// <summary>The event's severity (TRACE_LEVEL_*); sessions filter on it.</summary>
    public byte Level;
    /// <summary>The operation the event marks (e.g. start or stop of an activity).</summary>
    public byte Opcode;
    /// <summary>The task the event belongs to.</summary>
    public ushort Task;
    /// <summary>The event's keyword bits; sessions enable the provider for a set of keywords.</summary>
    public ulong Keyword;
}
