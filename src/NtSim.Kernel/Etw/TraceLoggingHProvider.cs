using System.Diagnostics;
using System.Runtime.CompilerServices;

namespace NtSim;

/// <summary>
/// A TraceLogging provider as TRACELOGGING_DEFINE_PROVIDER defines it: a name and a GUID, usually in a static field.
/// A driver assembly a process loads once may run on several machines, so the registration is kept per machine;
/// the last one used is cached in a field, which keeps TraceLoggingWrite's enabled check a few field reads.
/// </summary>
[DebuggerDisplay("{Name,nq} {ProviderId}")]
public sealed class TraceLoggingHProvider
{
    private readonly ConditionalWeakTable<Machine, EtwRegistration> _registrations = [];
    private EtwRegistration? _last;

    internal TraceLoggingHProvider(string name, Guid providerId)
    {
        Name = name;
        ProviderId = providerId;
    }

    /// <summary>The provider's name, as TRACELOGGING_DEFINE_PROVIDER gave it.</summary>
    public string Name { get; }

    /// <summary>The provider's GUID, which sessions enable.</summary>
    public Guid ProviderId { get; }

    /// <summary>The provider's registration on <paramref name="machine"/>, or null if it is not registered there.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal EtwRegistration? RegistrationOn(Machine machine)
    {
        var last = Volatile.Read(ref _last);
        if (last is not null && last.Machine == machine)
        {
            return last.IsRegistered ? last : null;
        }

        return _registrations.TryGetValue(machine, out var found) && found.IsRegistered ? found : null;
    }

    internal void Remember(Machine machine, EtwRegistration registration)
    {
        _registrations.AddOrUpdate(machine, registration);
        Volatile.Write(ref _last, registration);
    }
}
