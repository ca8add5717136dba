namespace NtSim;

/// <summary>How a provider registered: EtwRegister, TraceLoggingRegister or WPP_INIT_TRACING.</summary>
internal enum EtwProviderKind
{
    Manifest,
    TraceLogging,
    Wpp,
}
