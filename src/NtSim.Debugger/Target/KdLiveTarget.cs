namespace NtSim.Debugger.Target;

/// <summary>A live machine: views taken afresh for each command; memory read as the machine holds it (Engine/KdMemory).</summary>
internal sealed class KdLiveTarget(Machine machine) : KdTarget
{
    private KdSnapshot _snapshot = KdSnapshot.Of(machine);

    internal override Machine? Live => machine;

    internal override KdSnapshot Snapshot => _snapshot;

    internal override void BeginCommand() => _snapshot = KdSnapshot.Of(machine);

    internal override byte? ReadByte(ulong address, int processor) => Engine.KdMemory.ReadLiveByte(machine, address, processor);
}
