using System.Diagnostics;
using System.Globalization;

namespace NtSim;

/// <summary>
/// REGHANDLE: the registration handle EtwRegister returns. Its value is the address of the registration; it
/// also carries the registration itself, so that EtwEventEnabled and EtwWrite reach the provider's enable state
/// with a field read. A default (zero) handle, or one EtwUnregister closed, is invalid: the writes return
/// STATUS_INVALID_HANDLE, the enable queries FALSE.
/// </summary>
[DebuggerDisplay("{ToString(),nq}")]
public readonly struct REGHANDLE : IEquatable<REGHANDLE>
{
    internal REGHANDLE(EtwRegistration registration)
    {
        Registration = registration;
        Value = registration.Address;
    }

    /// <summary>The handle's value, as a debugger prints it.</summary>
    public ulong Value { get; }

    internal EtwRegistration? Registration { get; }

    /// <summary>Whether the two handles name the same registration.</summary>
    public bool Equals(REGHANDLE other) => Value == other.Value && ReferenceEquals(Registration, other.Registration);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is REGHANDLE other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => Value.GetHashCode();

    /// <summary>Equal when both name the same registration.</summary>
    public static bool operator ==(REGHANDLE left, REGHANDLE right) => left.Equals(right);

    /// <summary>Different when they name different registrations.</summary>
    public static bool operator !=(REGHANDLE left, REGHANDLE right) => !left.Equals(right);

    /// <summary>"REGHANDLE 0x" and the handle's value in hexadecimal.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"REGHANDLE 0x{Value:x16}");
}
