namespace NtSim.Debugger.Extensions;

/// <summary>
/// What an extension command reads and prints through: the parts of dbgeng's client interfaces (IDebugControl,
/// IDebugDataSpaces, IDebugSymbols) and of WdbgExts' helpers (dprintf, GetExpression, ReadPointer, GetFieldValue,
/// CheckControlC) that apply to NtSim. Every call reads the target through the debugger engine, never a live object,
/// so a command works on whatever the session has open. Results are HRESULTs (<see cref="DbgEng"/>); nothing throws
/// for a bad address or name. The client is valid only while its command runs (later calls return E_UNEXPECTED).
/// </summary>
public interface IDebugClient
{
    /// <summary>dprintf / IDebugControl::Output: prints <paramref name="format"/> with printf's conversions
    /// (<c>%d %u %x %I64x %p %s %ws %wZ</c> ...) filled from <paramref name="args"/>. Lines end with <c>\n</c>, as in C.</summary>
    void Output(string format, params object?[] args);

    /// <summary>GetExpression / IDebugControl::Evaluate: a MASM expression (hex by default, symbols, <c>poi()</c>);
    /// E_INVALIDARG if it cannot be evaluated (nothing is printed).</summary>
    int Evaluate(string expression, out ulong value);

    /// <summary>IDebugDataSpaces::ReadVirtual: fills <paramref name="buffer"/> from <paramref name="offset"/>. S_OK when at
    /// least the first byte could be read (<paramref name="bytesRead"/> says how many); else E_READ_FAULT.</summary>
    int ReadVirtual(ulong offset, Span<byte> buffer, out int bytesRead);

    /// <summary>ReadPointer: the 64-bit pointer at <paramref name="offset"/>; E_READ_FAULT if any byte cannot be read.</summary>
    int ReadPointer(ulong offset, out ulong pointer);

    /// <summary>IDebugDataSpaces::WriteVirtual: all or nothing; E_WRITE_FAULT (and nothing written) if any byte cannot be.</summary>
    int WriteVirtual(ulong offset, ReadOnlySpan<byte> buffer, out int bytesWritten);

    /// <summary>IDebugSymbols::GetOffsetByName: the address of <c>module!name</c> (<c>Zero!ZeroRead</c>,
    /// <c>nt!IoCompleteRequest</c>); E_FAIL if unknown.</summary>
    int GetOffsetByName(string symbol, out ulong offset);

    /// <summary>GetSymbol / IDebugSymbols::GetNameByOffset: the nearest symbol at or below <paramref name="offset"/>
    /// (<c>Zero!ZeroRead</c>) and the distance from it; E_FAIL if no module's routine holds the address.</summary>
    int GetNameByOffset(ulong offset, out string name, out ulong displacement);

    /// <summary>GetFieldValue: the value of <paramref name="field"/> of the type <paramref name="type"/>
    /// (<c>nt!_DEVICE_OBJECT</c>, <c>Zero!ZERO_DEVICE_EXTENSION</c>) at <paramref name="address"/>, as <c>dt</c> reads it.
    /// E_INVALIDARG for an unknown type or field or one that is not a number; E_READ_FAULT if it cannot be read.</summary>
    int GetFieldValue(ulong address, string type, string field, out ulong value);

    /// <summary>GetFieldOffset: the offset of <paramref name="field"/> in <paramref name="type"/>, as <c>dt</c> prints it.</summary>
    int GetFieldOffset(string type, string field, out uint offset);

    /// <summary>GetTypeSize: the size of <paramref name="type"/> in bytes.</summary>
    int GetTypeSize(string type, out uint size);

    /// <summary>IDebugControl::Execute: runs a command line and returns what it printed (not printed by itself).</summary>
    int Execute(string command, out string output);

    /// <summary>CheckControlC: true once after the user pressed Ctrl+C (<see cref="KernelDebugger.Interrupt"/>); a
    /// long-running command checks it and stops.</summary>
    bool CheckControlC();
}
