using System.Runtime.InteropServices;

namespace NewsDashboard.Web.Features.Ingestion.Inbox;

internal enum FileKindResult
{
    Regular,
    Directory,
    SymbolicLink,
    NamedPipe,
    Socket,
    Device,
    Unknown,
}

/// <summary>
/// What kind of entry a path is, without opening it (opening a named pipe blocks until a writer comes). .NET's
/// <see cref="FileSystemInfo"/> reports a pipe, socket or device on Unix as a plain file (<c>Normal</c>, length 0),
/// so on Unix this asks <c>lstat</c> through the runtime's own native shim (<c>SystemNative_LStat</c>, the call
/// <see cref="FileSystemInfo"/> itself makes), whose mode field is the portable one the runtime defines.
/// </summary>
internal static class FileKind
{
    private const int TypeMask = 0xF000;

    public static FileKindResult Of(string path)
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS() && !OperatingSystem.IsFreeBSD())
        {
            var attributes = File.GetAttributes(path);
            return attributes.HasFlag(FileAttributes.ReparsePoint) ? FileKindResult.SymbolicLink
                : attributes.HasFlag(FileAttributes.Directory) ? FileKindResult.Directory
                : attributes.HasFlag(FileAttributes.Device) ? FileKindResult.Device
                : FileKindResult.Regular;
        }

        // The status record starts { int Flags; int Mode; ... }; a generous buffer leaves room for the rest of it.
        var status = new byte[256];
        try
        {
            if (LStat(path, status) != 0)
            {
                return FileKindResult.Unknown;
            }
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
        {
            return FileKindResult.Unknown;
        }

        return (BitConverter.ToInt32(status, 4) & TypeMask) switch
        {
            0x8000 => FileKindResult.Regular,
            0x4000 => FileKindResult.Directory,
            0xA000 => FileKindResult.SymbolicLink,
            0x1000 => FileKindResult.NamedPipe,
            0xC000 => FileKindResult.Socket,
            0x2000 or 0x6000 => FileKindResult.Device,
            _ => FileKindResult.Unknown,
        };
    }

#pragma warning disable SYSLIB1054 // LibraryImport would need unsafe code; this signature marshals without it.
    [DllImport("libSystem.Native", EntryPoint = "SystemNative_LStat")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int LStat([MarshalAs(UnmanagedType.LPUTF8Str)] string path, [Out] byte[] status);
#pragma warning restore SYSLIB1054
}
