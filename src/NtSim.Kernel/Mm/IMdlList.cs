namespace NtSim;

/// <summary>An object with an MDL chain that IoAllocateMdl can link a new MDL into (an IRP's
/// MdlAddress): the primary buffer's MDL first, secondary buffers' MDLs after it.</summary>
internal interface IMdlList
{
    MDL? MdlAddress { get; set; }
}
