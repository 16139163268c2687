using System;
using System.IO;
using System.Reflection.PortableExecutable;
using System.Runtime.InteropServices;

namespace DfLint.Analyzers.Tests.Infrastructure;

/// <summary>Whether an assembly carries ReadyToRun (precompiled) code, and whether the packs on this machine should.</summary>
public static class ReadyToRunImages
{
    /// <summary>True when the PE file has a ReadyToRun header (the CLI header's ManagedNativeHeader directory).</summary>
    public static bool IsReadyToRun(string path)
    {
        using var stream = File.OpenRead(path);
        using var reader = new PEReader(stream);
        return reader.PEHeaders.CorHeader is { } cor && cor.ManagedNativeHeaderDirectory.Size > 0;
    }

    public static bool IsReadyToRun(Stream stream)
    {
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        copy.Position = 0;
        using var reader = new PEReader(copy);
        return reader.PEHeaders.CorHeader is { } cor && cor.ManagedNativeHeaderDirectory.Size > 0;
    }

    /// <summary>
    /// src/ReadyToRun.targets compiles for the packing machine when it is Linux, macOS or Windows on x64 or Arm64, unless
    /// DfLintReadyToRun=false is set in the environment.
    /// </summary>
    public static bool ExpectedOnThisMachine
    {
        get
        {
            if (string.Equals(Environment.GetEnvironmentVariable("DfLintReadyToRun"), "false", StringComparison.OrdinalIgnoreCase)) return false;
            bool os = OperatingSystem.IsLinux() || OperatingSystem.IsMacOS() || OperatingSystem.IsWindows();
            bool arch = RuntimeInformation.OSArchitecture is Architecture.X64 or Architecture.Arm64;
            return os && arch;
        }
    }
}
