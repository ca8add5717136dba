using System.Runtime.InteropServices;

namespace NtSim;

/// <summary>FILE_INFORMATION_CLASS (wdm.h/ntifs.h): what ZwQueryInformationFile and ZwSetInformationFile
/// read or write. Values are <c>Wdm.File*Information</c>.</summary>
public enum FILE_INFORMATION_CLASS { }

/// <summary>FILE_BASIC_INFORMATION: times (100 ns units since 1601) and FILE_ATTRIBUTE_* flags.</summary>
[StructLayout(LayoutKind.Sequential)]
public struct FILE_BASIC_INFORMATION
{
    /// <summary>When the file was created (100 ns units since 1601).</summary>
    public LARGE_INTEGER CreationTime;
    /// <summary>When the file was last accessed.</summary>
    public LARGE_INTEGER LastAccessTime;
    /// <summary>When the file was last written.</summary>
    public LARGE_INTEGER LastWriteTime;
    /// <summary>When the file last changed (data or metadata).</summary>
    public LARGE_INTEGER ChangeTime;
    /// <summary>The file's FILE_ATTRIBUTE_* flags.</summary>
    public uint FileAttributes;
}

/// <summary>FILE_STANDARD_INFORMATION: sizes, link count, and the delete-pending and directory flags.</summary>
[StructLayout(LayoutKind.Sequential)]
public struct FILE_STANDARD_INFORMATION
{
    /// <summary>The space allocated for the file, in bytes (a multiple of the cluster size).</summary>
    public LARGE_INTEGER AllocationSize;
    /// <summary>The offset of the end of the file: its size in bytes.</summary>
    public LARGE_INTEGER EndOfFile;
    /// <summary>The number of hard links to the file.</summary>
    public uint NumberOfLinks;
    /// <summary>TRUE when the file is marked for deletion.</summary>
    public bool DeletePending;
    /// <summary>TRUE when the file is a directory.</summary>
    public bool Directory;
}

/// <summary>FILE_POSITION_INFORMATION: the file's current byte offset.</summary>
[StructLayout(LayoutKind.Sequential)]
public struct FILE_POSITION_INFORMATION
{
    /// <summary>The byte offset of the file pointer.</summary>
    public LARGE_INTEGER CurrentByteOffset;
}

/// <summary>FILE_END_OF_FILE_INFORMATION: the new end of file (ZwSetInformationFile).</summary>
[StructLayout(LayoutKind.Sequential)]
public struct FILE_END_OF_FILE_INFORMATION
{
    /// <summary>The new end of file: the byte offset of the first byte past the file's data.</summary>
    public LARGE_INTEGER EndOfFile;
}

/// <summary>FILE_MODE_INFORMATION: the FILE_* open options that stay with the file object.</summary>
[StructLayout(LayoutKind.Sequential)]
public struct FILE_MODE_INFORMATION
{
    /// <summary>The open options in effect (FILE_WRITE_THROUGH, FILE_SEQUENTIAL_ONLY, FILE_NO_INTERMEDIATE_BUFFERING, FILE_SYNCHRONOUS_IO_ALERT, FILE_SYNCHRONOUS_IO_NONALERT ...).</summary>
    public uint Mode;
}

/// <summary>FILE_ALIGNMENT_INFORMATION: the device's buffer alignment requirement (FILE_*_ALIGNMENT).</summary>
[StructLayout(LayoutKind.Sequential)]
public struct FILE_ALIGNMENT_INFORMATION
{
    /// <summary>The buffer alignment the device requires (FILE_BYTE_ALIGNMENT ...).</summary>
    public uint AlignmentRequirement;
}

public static partial class Wdm
{
    // FILE_INFORMATION_CLASS (wdm.h, ntifs.h).
    /// <summary>FILE_INFORMATION_CLASS 1: FILE_DIRECTORY_INFORMATION entries of a directory query.</summary>
    public const FILE_INFORMATION_CLASS FileDirectoryInformation = (FILE_INFORMATION_CLASS)1;
    /// <summary>FILE_INFORMATION_CLASS 2: FILE_FULL_DIR_INFORMATION entries of a directory query.</summary>
    public const FILE_INFORMATION_CLASS FileFullDirectoryInformation = (FILE_INFORMATION_CLASS)2;
    /// <summary>FILE_INFORMATION_CLASS 3: FILE_BOTH_DIR_INFORMATION entries (with short names) of a directory query.</summary>
    public const FILE_INFORMATION_CLASS FileBothDirectoryInformation = (FILE_INFORMATION_CLASS)3;
    /// <summary>FILE_INFORMATION_CLASS 4: FILE_BASIC_INFORMATION (times and attributes).</summary>
    public const FILE_INFORMATION_CLASS FileBasicInformation = (FILE_INFORMATION_CLASS)4;
    /// <summary>FILE_INFORMATION_CLASS 5: FILE_STANDARD_INFORMATION (sizes, links, delete pending, directory).</summary>
    public const FILE_INFORMATION_CLASS FileStandardInformation = (FILE_INFORMATION_CLASS)5;
    /// <summary>FILE_INFORMATION_CLASS 6: FILE_INTERNAL_INFORMATION (the file's reference number).</summary>
    public const FILE_INFORMATION_CLASS FileInternalInformation = (FILE_INFORMATION_CLASS)6;
    /// <summary>FILE_INFORMATION_CLASS 7: FILE_EA_INFORMATION (the size of the extended attributes).</summary>
    public const FILE_INFORMATION_CLASS FileEaInformation = (FILE_INFORMATION_CLASS)7;
    /// <summary>FILE_INFORMATION_CLASS 8: FILE_ACCESS_INFORMATION (the access granted to the handle).</summary>
    public const FILE_INFORMATION_CLASS FileAccessInformation = (FILE_INFORMATION_CLASS)8;
    /// <summary>FILE_INFORMATION_CLASS 9: FILE_NAME_INFORMATION (the file's name).</summary>
    public const FILE_INFORMATION_CLASS FileNameInformation = (FILE_INFORMATION_CLASS)9;
    /// <summary>FILE_INFORMATION_CLASS 10: FILE_RENAME_INFORMATION (rename the file).</summary>
    public const FILE_INFORMATION_CLASS FileRenameInformation = (FILE_INFORMATION_CLASS)10;
    /// <summary>FILE_INFORMATION_CLASS 11: FILE_LINK_INFORMATION (create a hard link).</summary>
    public const FILE_INFORMATION_CLASS FileLinkInformation = (FILE_INFORMATION_CLASS)11;
    /// <summary>FILE_INFORMATION_CLASS 12: FILE_NAMES_INFORMATION entries (names only) of a directory query.</summary>
    public const FILE_INFORMATION_CLASS FileNamesInformation = (FILE_INFORMATION_CLASS)12;
    /// <summary>FILE_INFORMATION_CLASS 13: FILE_DISPOSITION_INFORMATION (mark the file for deletion).</summary>
    public const FILE_INFORMATION_CLASS FileDispositionInformation = (FILE_INFORMATION_CLASS)13;
    /// <summary>FILE_INFORMATION_CLASS 14: FILE_POSITION_INFORMATION (the current byte offset).</summary>
    public const FILE_INFORMATION_CLASS FilePositionInformation = (FILE_INFORMATION_CLASS)14;
    /// <summary>FILE_INFORMATION_CLASS 15: FILE_FULL_EA_INFORMATION (extended attributes).</summary>
    public const FILE_INFORMATION_CLASS FileFullEaInformation = (FILE_INFORMATION_CLASS)15;
    /// <summary>FILE_INFORMATION_CLASS 16: FILE_MODE_INFORMATION (the open options in effect).</summary>
    public const FILE_INFORMATION_CLASS FileModeInformation = (FILE_INFORMATION_CLASS)16;
    /// <summary>FILE_INFORMATION_CLASS 17: FILE_ALIGNMENT_INFORMATION (the device's buffer alignment).</summary>
    public const FILE_INFORMATION_CLASS FileAlignmentInformation = (FILE_INFORMATION_CLASS)17;
    /// <summary>FILE_INFORMATION_CLASS 18: FILE_ALL_INFORMATION (the basic, standard, position and other classes together).</summary>
    public const FILE_INFORMATION_CLASS FileAllInformation = (FILE_INFORMATION_CLASS)18;
    /// <summary>FILE_INFORMATION_CLASS 19: FILE_ALLOCATION_INFORMATION (set the allocation size).</summary>
    public const FILE_INFORMATION_CLASS FileAllocationInformation = (FILE_INFORMATION_CLASS)19;
    /// <summary>FILE_INFORMATION_CLASS 20: FILE_END_OF_FILE_INFORMATION (set the end of file).</summary>
    public const FILE_INFORMATION_CLASS FileEndOfFileInformation = (FILE_INFORMATION_CLASS)20;
    /// <summary>FILE_INFORMATION_CLASS 34: FILE_NETWORK_OPEN_INFORMATION (times, sizes and attributes at once).</summary>
    public const FILE_INFORMATION_CLASS FileNetworkOpenInformation = (FILE_INFORMATION_CLASS)34;
    /// <summary>FILE_INFORMATION_CLASS 35: FILE_ATTRIBUTE_TAG_INFORMATION (attributes and reparse tag).</summary>
    public const FILE_INFORMATION_CLASS FileAttributeTagInformation = (FILE_INFORMATION_CLASS)35;
    /// <summary>One past the last FILE_INFORMATION_CLASS of the WDK headers (76).</summary>
    public const FILE_INFORMATION_CLASS FileMaximumInformation = (FILE_INFORMATION_CLASS)76;
}
