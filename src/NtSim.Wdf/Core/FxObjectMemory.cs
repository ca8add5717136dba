namespace NtSim;

/// <summary>How big a framework object's pool block is: a fixed header (the FxObject itself) and
/// the context space after it, as the framework lays an object and its contexts out in one block.</summary>
internal static class FxObjectMemory
{
    internal const ulong HeaderSize = 0x60;
}
