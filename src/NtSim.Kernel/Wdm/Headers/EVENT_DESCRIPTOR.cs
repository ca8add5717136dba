using System.Diagnostics;

namespace NtSim;

/// <summary>EVENT_DESCRIPTOR (evntprov.h): what an event is: its id and version, channel, level, opcode, task and
/// keyword. Build one with EventDescCreate or an object initializer.</summary>
[DebuggerDisplay("Id {Id} Level {Level} Keyword {Keyword}")]
public struct EVENT_DESCRIPTOR
{
    public ushort Id;
    public byte Version;
    public byte Channel;
    public byte Level;
    public byte Opcode;
    public ushort Task;
    public ulong Keyword;
}
