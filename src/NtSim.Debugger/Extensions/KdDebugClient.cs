using System.Buffers.Binary;
using NtSim.Debugger.Commands.Types;
using NtSim.Debugger.Engine;
using NtSim.Debugger.Target.Views;
using static NtSim.Debugger.Extensions.DbgEng;

namespace NtSim.Debugger.Extensions;

/// <summary>The client one extension command runs with: every call goes through the engine (KdExpression, KdMemory,
/// KdSymbols, the dt machinery) on the command's context, and stops working when the command returns.</summary>
internal sealed class KdDebugClient(KdContext context, KdExtensionChain chain) : IDebugClient
{
    // An extension that runs itself through Execute would recurse without end: a few levels are plenty.
    private const int MaxExecuteDepth = 8;

    [ThreadStatic]
    private static int t_executeDepth;

    private bool _closed;

    /// <summary>Ends the client's life: its command returned.</summary>
    internal void Close() => _closed = true;

    public void Output(string format, params object?[] args)
    {
        ArgumentNullException.ThrowIfNull(format);
        if (!_closed)
        {
            context.Output.Write(Printf.Format(format, args ?? []));
        }
    }

    public int Evaluate(string expression, out ulong value)
    {
        value = 0;
        if (_closed)
        {
            return E_UNEXPECTED;
        }

        return expression is not null && KdExpression.TryEvaluate(expression, context, out value, out _) ? S_OK : E_INVALIDARG;
    }

    public int ReadVirtual(ulong offset, Span<byte> buffer, out int bytesRead)
    {
        bytesRead = 0;
        if (_closed)
        {
            return E_UNEXPECTED;
        }

        var bytes = KdMemory.Read(context, offset, buffer.Length);
        while (bytesRead < bytes.Length && bytes[bytesRead] is { } value)
        {
            buffer[bytesRead++] = value;
        }

        // S_OK when at least one byte came back (IDebugDataSpaces::ReadVirtual); an empty read succeeds.
        return bytesRead > 0 || buffer.Length == 0 ? S_OK : E_READ_FAULT;
    }

    public int ReadPointer(ulong offset, out ulong pointer)
    {
        pointer = 0;
        if (_closed)
        {
            return E_UNEXPECTED;
        }

        Span<byte> bytes = stackalloc byte[8];
        if (!KdMemory.TryRead(context, offset, bytes))
        {
            return E_READ_FAULT;
        }

        pointer = BinaryPrimitives.ReadUInt64LittleEndian(bytes);
        return S_OK;
    }

    public int WriteVirtual(ulong offset, ReadOnlySpan<byte> buffer, out int bytesWritten)
    {
        bytesWritten = 0;
        if (_closed)
        {
            return E_UNEXPECTED;
        }

        // A dump's memory is what it kept at the crash: nothing writes it.
        if (context.Target.Live is null || !KdMemory.TryWrite(context, offset, buffer))
        {
            return E_WRITE_FAULT;
        }

        bytesWritten = buffer.Length;
        return S_OK;
    }

    public int GetOffsetByName(string symbol, out ulong offset)
    {
        offset = 0;
        if (_closed)
        {
            return E_UNEXPECTED;
        }

        return symbol is not null && KdSymbols.Find(context.Target, symbol) is { } found ? Found(found.Address, out offset) : E_FAIL;
    }

    public int GetNameByOffset(ulong offset, out string name, out ulong displacement)
    {
        name = "";
        displacement = 0;
        if (_closed)
        {
            return E_UNEXPECTED;
        }

        if (KdSymbols.Near(context.Target, offset).Below is not { } below)
        {
            return E_FAIL;
        }

        name = below.FullName;
        displacement = offset - below.Address;
        return S_OK;
    }

    public int GetFieldValue(ulong address, string type, string field, out ulong value)
    {
        value = 0;
        if (_closed)
        {
            return E_UNEXPECTED;
        }

        if (Layout(type, field) is not var (layout, found))
        {
            return E_INVALIDARG;
        }

        var (read, error) = KdTypeReader.Value(context, layout, found, address);
        value = read;
        return error switch
        {
            null => S_OK,
            "read" => E_READ_FAULT,
            _ => E_INVALIDARG,
        };
    }

    public int GetFieldOffset(string type, string field, out uint offset)
    {
        offset = 0;
        if (_closed)
        {
            return E_UNEXPECTED;
        }

        if (Layout(type, field) is not var (_, found))
        {
            return E_INVALIDARG;
        }

        offset = (uint)found.Offset;
        return S_OK;
    }

    public int GetTypeSize(string type, out uint size)
    {
        size = 0;
        if (_closed)
        {
            return E_UNEXPECTED;
        }

        if (type is null || KdTypes.Find(context.Target, type) is not { } layout)
        {
            return E_INVALIDARG;
        }

        size = KdTypeReader.Size(layout);
        return S_OK;
    }

    public int Execute(string command, out string output)
    {
        output = "";
        if (_closed)
        {
            return E_UNEXPECTED;
        }

        if (command is null || t_executeDepth >= MaxExecuteDepth)
        {
            return E_FAIL;
        }

        t_executeDepth++;
        try
        {
            output = context.Session.Execute(command);
            return S_OK;
        }
        finally
        {
            t_executeDepth--;
        }
    }

    public bool CheckControlC() => !_closed && chain.TakeInterrupt();

    private static int Found(ulong address, out ulong offset)
    {
        offset = address;
        return S_OK;
    }

    private (KdTypeView Layout, KdFieldView Field)? Layout(string type, string field)
    {
        if (type is null || field is null || KdTypes.Find(context.Target, type) is not { } layout)
        {
            return null;
        }

        return KdTypeReader.Field(layout, field) is { } found ? (layout, found) : null;
    }
}
