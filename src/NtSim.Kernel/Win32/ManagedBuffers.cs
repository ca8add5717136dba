namespace NtSim;

/// <summary>
/// The managed arrays of an overlapped call, placed in the process's memory for the request: the
/// driver sees only the user address; when the request is finished the output is copied back
/// into the array and the memory is released.
/// </summary>
internal sealed class ManagedBuffers : IUserCompletion
{
    private readonly EPROCESS _process;
    private readonly PVOID _region;
    private readonly byte[]? _output;
    private readonly ulong _outputOffset;
    private readonly int _outputLength;

    internal ManagedBuffers(EPROCESS process, PVOID region, byte[]? output, ulong outputOffset, int outputLength)
    {
        _process = process;
        _region = region;
        _output = output;
        _outputOffset = outputOffset;
        _outputLength = outputLength;
    }

    public void Completed(IRP irp, NTSTATUS status, ulong information)
    {
        if (_output is not null && _outputLength > 0)
        {
            _process.AddressSpace.Read(_region.Address + _outputOffset, _output.AsSpan(0, _outputLength));
        }

        _process.AddressSpace.Free(_region);
    }
}
