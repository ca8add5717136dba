namespace NtSim;

public static partial class Wdm
{
    /// <summary>KeInitializeTriageDumpDataArray: readies <paramref name="KtriageDumpDataArray"/>, of
    /// <paramref name="Size"/> bytes, for KeAddTriageDumpDataBlock. STATUS_INVALID_PARAMETER if Size cannot hold the
    /// header and one block. Any IRQL (the caller has the array to itself).</summary>
    public static NTSTATUS KeInitializeTriageDumpDataArray(KTRIAGE_DUMP_DATA_ARRAY KtriageDumpDataArray, uint Size)
    {
        DdiGate.Enter(DdiTable.KeInitializeTriageDumpDataArray);
        KeContext.NotNull(KtriageDumpDataArray, nameof(KtriageDumpDataArray));
        if (Size < KTRIAGE_DUMP_DATA_ARRAY.HeaderSize + KTRIAGE_DUMP_DATA_ARRAY.BlockSize)
        {
            return STATUS_INVALID_PARAMETER;
        }

        KtriageDumpDataArray.Reset((uint)((Size - KTRIAGE_DUMP_DATA_ARRAY.HeaderSize) / KTRIAGE_DUMP_DATA_ARRAY.BlockSize));
        return STATUS_SUCCESS;
    }

    /// <summary>KeAddTriageDumpDataBlock: adds the <paramref name="Size"/> bytes at <paramref name="Address"/> to the
    /// array (kept in a small dump if a KbCallbackTriageDumpData routine returns the array). STATUS_INVALID_PARAMETER
    /// for an array not initialized or an empty block; STATUS_BUFFER_TOO_SMALL when the array is full. Any IRQL.</summary>
    public static NTSTATUS KeAddTriageDumpDataBlock(KTRIAGE_DUMP_DATA_ARRAY KtriageDumpDataArray, PVOID Address, ulong Size)
    {
        DdiGate.Enter(DdiTable.KeAddTriageDumpDataBlock);
        KeContext.NotNull(KtriageDumpDataArray, nameof(KtriageDumpDataArray));
        if (!KtriageDumpDataArray.IsInitialized || Address.IsNull || Size == 0)
        {
            return STATUS_INVALID_PARAMETER;
        }

        if (KtriageDumpDataArray.NumBlocksUsed >= KtriageDumpDataArray.NumBlocksTotal)
        {
            return STATUS_BUFFER_TOO_SMALL;
        }

        KtriageDumpDataArray.Add(new KADDRESS_RANGE(Address, Size));
        return STATUS_SUCCESS;
    }
}
