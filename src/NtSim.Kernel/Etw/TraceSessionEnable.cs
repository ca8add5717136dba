namespace NtSim;

/// <summary>A session's enable of one provider.</summary>
internal sealed record TraceSessionEnable(TraceSession Session, TraceProviderEnable Provider);
