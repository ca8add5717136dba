namespace NtSim;

/// <summary>A provider a driver registered: its GUID, its name (the GUID's text for an EtwRegister provider), and
/// the driver module that registered it.</summary>
public sealed record TraceProviderInfo(Guid ProviderId, string Name, string Driver);
