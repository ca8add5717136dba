using System.Globalization;
using static NtSim.Wdm;
using static NtSim.Win32;

namespace NtSim.Samples.Tests.Fuzzing;

/// <summary>
/// The user-mode half of the fuzzer: an application that opens a device and sends it seeded random
/// requests as an attacker would: DeviceIoControl with known, mutated and random control codes
/// (all four methods, any access bits), reads and writes; buffers that are NULL, valid, straddle two
/// adjacent allocations, read-only, freed, in kernel space or non-canonical; lengths from 0 to 4 GB;
/// overlapped requests waited for, cancelled, or abandoned to a handle close. It remembers the last
/// requests so that a failure names what led to it.
/// </summary>
internal sealed class RequestFuzzer
{
    private const ulong Region = 0x10000;
    private readonly Random _random;
    private readonly FuzzTarget _target;
    private readonly int _requests;
    private readonly Queue<string> _recent = new();
    private PVOID _low;
    private bool _adjacent;
    private PVOID _readOnly;
    private PVOID _freed;

    public RequestFuzzer(FuzzTarget target, int seed, int requests)
    {
        _target = target;
        _random = new Random(seed);
        _requests = requests;
    }

    /// <summary>Requests sent, by outcome: completed, failed at once, pended then waited, cancelled, abandoned.</summary>
    public FuzzCounts Counts { get; } = new();

    /// <summary>An exception that escaped the Win32 facade into the application (a host bug).</summary>
    public Exception? Escaped { get; private set; }

    /// <summary>The last requests sent, oldest first.</summary>
    public string Recent => string.Join(Environment.NewLine, _recent);

    /// <summary>The application's main: runs in a simulated user process.</summary>
    public int Main(string path)
    {
        try
        {
            Run(path);
            return 0;
        }
        catch (Exception e) when (e is not (BugCheckException or MachineHaltedException))
        {
            Escaped = e;
            return 1;
        }
    }

    private void Run(string path)
    {
        AllocateRegions();
        var synchronous = _target.SynchronousRequests
            ? CreateFile(path, GENERIC_READ | GENERIC_WRITE, 0, null, OPEN_EXISTING, 0, default)
            : INVALID_HANDLE_VALUE;
        var overlapped = CreateFile(path, GENERIC_READ | GENERIC_WRITE, 0, null, OPEN_EXISTING, FILE_FLAG_OVERLAPPED, default);
        if (overlapped == INVALID_HANDLE_VALUE)
        {
            overlapped = CreateFile(path, GENERIC_READ, 0, null, OPEN_EXISTING, FILE_FLAG_OVERLAPPED, default);
        }

        Assert.True(overlapped != INVALID_HANDLE_VALUE, $"cannot open {path}: error {GetLastError()}");
        var abandoned = new List<OVERLAPPED>();
        var evt = CreateEvent(null, true, false, null);
        for (var i = 0; i < _requests; i++)
        {
            if (synchronous != INVALID_HANDLE_VALUE && _random.Next(3) == 0)
            {
                SendSynchronous(synchronous);
            }
            else
            {
                SendOverlapped(overlapped, evt, abandoned);
            }

            if (abandoned.Count > 8)
            {
                // The handle closes with requests in flight: the driver's cleanup (or cancellation) must end them.
                Remember("close the overlapped handle with requests in flight");
                CloseHandle(overlapped);
                Counts.Abandoned += abandoned.Count;
                abandoned.Clear();
                overlapped = CreateFile(path, GENERIC_READ | GENERIC_WRITE, 0, null, OPEN_EXISTING, FILE_FLAG_OVERLAPPED, default);
            }
        }

        Counts.Abandoned += abandoned.Count;
        CloseHandle(evt);
        CloseHandle(overlapped);
        if (synchronous != INVALID_HANDLE_VALUE)
        {
            CloseHandle(synchronous);
        }
    }

    private void AllocateRegions()
    {
        var first = VirtualAlloc(PVOID.NULL, Region, MEM_COMMIT | MEM_RESERVE, PAGE_READWRITE);
        var second = VirtualAlloc(PVOID.NULL, Region, MEM_COMMIT | MEM_RESERVE, PAGE_READWRITE);
        _low = first.Address < second.Address ? first : second;
        _adjacent = Math.Max(first.Address, second.Address) - _low.Address == Region;
        var bytes = new byte[Region];
        _random.NextBytes(bytes);
        _low.AsSpan((int)Region).Fill(0);
        bytes.CopyTo(_low.AsSpan((int)Region));
        _readOnly = VirtualAlloc(PVOID.NULL, 0x1000, MEM_COMMIT | MEM_RESERVE, PAGE_READONLY);
        _freed = VirtualAlloc(PVOID.NULL, 0x1000, MEM_COMMIT | MEM_RESERVE, PAGE_READWRITE);
        VirtualFree(_freed, 0, MEM_RELEASE);
    }

    private void SendSynchronous(HANDLE handle)
    {
        var (kind, code, input, inputLength, output, outputLength) = NextRequest();
        uint returned;
        bool ok;
        switch (kind)
        {
            case RequestKind.Read:
                ok = ReadFile(handle, output, outputLength, out returned, null);
                break;
            case RequestKind.Write:
                ok = WriteFile(handle, input, inputLength, out returned, null);
                break;
            default:
                ok = DeviceIoControl(handle, code, input, inputLength, output, outputLength, out returned, null);
                break;
        }

        Counts.Count(ok);
    }

    private void SendOverlapped(HANDLE handle, HANDLE evt, List<OVERLAPPED> abandoned)
    {
        var (kind, code, input, inputLength, output, outputLength) = NextRequest();
        ResetEvent(evt);
        var overlapped = new OVERLAPPED { hEvent = evt };
        var ok = kind switch
        {
            RequestKind.Read => ReadFile(handle, output, outputLength, out _, overlapped),
            RequestKind.Write => WriteFile(handle, input, inputLength, out _, overlapped),
            _ => DeviceIoControl(handle, code, input, inputLength, output, outputLength, out _, overlapped),
        };
        if (ok || GetLastError() != Win32Error.ERROR_IO_PENDING)
        {
            Counts.Count(ok);
            return;
        }

        switch (_random.Next(4))
        {
            case 0:
                abandoned.Add(overlapped);
                Remember("  left pending");
                return;
            case 1:
                CancelIoEx(handle, overlapped);
                Counts.Cancelled++;
                Remember("  cancelled at once");
                break;
            default:
                // A short wait (virtual time), then cancellation if it is still pending.
                if (WaitForSingleObject(evt, (uint)_random.Next(0, 200)) == Win32Error.WAIT_TIMEOUT)
                {
                    CancelIoEx(handle, overlapped);
                    Counts.Cancelled++;
                    Remember("  cancelled after a wait");
                }
                else
                {
                    Counts.Waited++;
                }

                break;
        }

        GetOverlappedResult(handle, overlapped, out _, true);
    }

    private (RequestKind Kind, uint Code, PVOID Input, uint InputLength, PVOID Output, uint OutputLength) NextRequest()
    {
        var roll = _random.Next(10);
        var kind = roll < 7 || !_target.ReadsAndWrites ? RequestKind.Control : roll < 9 ? RequestKind.Read : RequestKind.Write;
        var code = kind == RequestKind.Control ? NextCode() : 0;
        var inputLength = NextLength();
        var outputLength = NextLength();
        var input = NextBuffer(inputLength);
        var output = NextBuffer(outputLength);
        if (_target.Inputs is { } inputs && inputs.TryGetValue(code, out var wellFormed) && _random.Next(3) > 0)
        {
            (input, inputLength) = Place(wellFormed(_random));
        }

        Remember(string.Create(CultureInfo.InvariantCulture,
            $"{kind} code 0x{code:X8} in {input} ({inputLength}) out {output} ({outputLength})"));
        return (kind, code, input, inputLength, output, outputLength);
    }

    private uint NextCode()
    {
        var known = _target.Codes[_random.Next(_target.Codes.Length)];
        return _random.Next(10) switch
        {
            < 4 => known,
            4 or 5 => (known & ~3u) | (uint)_random.Next(4),                        // another transfer method
            6 => (known & ~(3u << 14)) | ((uint)_random.Next(4) << 14),              // other access bits
            7 => (known & 0xFFFF0000u) | ((uint)_random.Next(0x1000) << 2) | (uint)_random.Next(4),
            8 => CTL_CODE((uint)_random.Next(0x10000), (uint)_random.Next(0x1000), (uint)_random.Next(4), (uint)_random.Next(4)),
            _ => (uint)_random.NextInt64(0, 1L << 32),
        };
    }

    private uint NextLength() => _random.Next(14) switch
    {
        0 => 0,
        1 => (uint)_random.Next(1, 9),
        2 or 3 => (uint)_random.Next(1, 65),
        4 => (uint)_random.Next(1, 257),
        5 => 4095u + (uint)_random.Next(3),
        6 => (uint)_random.Next(1, 0x10001),
        7 => (uint)_random.Next(0x10000, 0x20001),
        8 => (uint)_random.Next(1, 0x100001),
        9 => 0x7FFF_FFFF,
        10 => 0x8000_0000,
        11 => 0xFFFF_FFFF,
        _ => (uint)_random.NextInt64(0, 1L << 32),
    };

    private PVOID NextBuffer(uint length)
    {
        var offset = (ulong)_random.Next(0, 0x1000);
        var buffer = _random.Next(20) switch
        {
            0 or 1 => PVOID.NULL,
            < 9 => _low + (ulong)_random.Next(0, (int)Region - Math.Min((int)Math.Min(length, Region), (int)Region - 1)),
            < 12 => _adjacent ? _low + (Region - (ulong)_random.Next(1, 65)) : _low,
            12 => _readOnly + offset,
            13 => _freed + offset,
            14 => new PVOID(0xFFFF_A50F_0000_0000 + (ulong)_random.Next(0, 0x100000)),
            15 => new PVOID(0x0000_8000_0000_0000 + (ulong)_random.NextInt64(0, 1L << 40)),
            16 => new PVOID(0x8000_0000_0000_0000),
            _ => new PVOID(0x7FFF_0000_0000 + (ulong)_random.Next(0, 0x1000000)),
        };
        if (buffer.Address >= _low.Address && buffer.Address + 64 <= _low.Address + Region && _random.Next(4) == 0)
        {
            // Interesting values where the driver will look first.
            var patch = buffer.AsSpan(64);
            patch.Clear();
            BitConverter.TryWriteBytes(patch, _random.Next(3) switch { 0 => uint.MaxValue, 1 => 0x8000_0000u, _ => (uint)_random.Next(0, 64) });
        }

        return buffer;
    }

    /// <summary>A well-formed input in the first region, sometimes with a few bytes flipped.</summary>
    private (PVOID Buffer, uint Length) Place(byte[] bytes)
    {
        for (var flips = _random.Next(3) == 0 ? _random.Next(1, 4) : 0; flips > 0 && bytes.Length > 0; flips--)
        {
            bytes[_random.Next(bytes.Length)] ^= (byte)_random.Next(1, 256);
        }

        var buffer = _low + (ulong)_random.Next(0, (int)Region - bytes.Length);
        bytes.CopyTo(buffer.AsSpan(bytes.Length));
        return (buffer, (uint)bytes.Length);
    }

    private void Remember(string request)
    {
        if (_recent.Count == 12)
        {
            _recent.Dequeue();
        }

        _recent.Enqueue(request);
    }

    private enum RequestKind
    {
        Control,
        Read,
        Write,
    }
}
