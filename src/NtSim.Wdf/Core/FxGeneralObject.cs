namespace NtSim;

/// <summary>A general object (WdfObjectCreate): a node in the tree that carries contexts and callbacks.</summary>
internal sealed class FxGeneralObject(FxDriverGlobals globals) : FxObject(globals, FxObjectType.Object);
