using System.Globalization;

namespace NtSim;

/// <summary>StartProcess failed as CreateProcess would: a driver's process notify routine refused the
/// creation (PS_CREATE_NOTIFY_INFO.CreationStatus); <see cref="Status"/> is the status it gave.</summary>
public sealed class ProcessCreationFailedException : Exception
{
    /// <summary>The creation of <paramref name="imageName"/> was refused with <paramref name="status"/>.</summary>
    public ProcessCreationFailedException(string imageName, NTSTATUS status)
        : base(string.Create(CultureInfo.InvariantCulture, $"The creation of process {imageName} was refused with status 0x{(uint)status:X8}."))
    {
        ImageName = imageName;
        Status = status;
    }

    /// <summary>An exception without a message.</summary>
    public ProcessCreationFailedException()
    {
        ImageName = "";
    }

    /// <summary>An exception with <paramref name="message"/>.</summary>
    public ProcessCreationFailedException(string message)
        : base(message)
    {
        ImageName = "";
    }

    /// <summary>An exception with <paramref name="message"/> and the exception that caused it.</summary>
    public ProcessCreationFailedException(string message, Exception innerException)
        : base(message, innerException)
    {
        ImageName = "";
    }

    /// <summary>The image the process was to run.</summary>
    public string ImageName { get; }

    /// <summary>The status the creation failed with.</summary>
    public NTSTATUS Status { get; }
}
