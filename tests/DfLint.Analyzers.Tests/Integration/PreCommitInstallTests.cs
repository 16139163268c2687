using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using DfLint.Analyzers.Tests.Infrastructure;

namespace DfLint.Analyzers.Tests.Integration;

/// <summary>
/// Replays pre-commit's <c>language: dotnet</c> install on a copy of this repository: <c>dotnet pack</c> at the root
/// into <c>pre-commit-build</c>, then <c>dotnet tool install</c> of every package produced, from that folder only.
/// Any package that is not a tool (the analyzer package, a library) would break every user's hook.
/// </summary>
public sealed class PreCommitInstallTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "dflint-precommit-" + Guid.NewGuid().ToString("N").Substring(0, 8));

    [Fact]
    public void Pack_at_the_root_produces_only_the_tool_and_it_installs_and_runs()
    {
        var clone = Path.Combine(_root, "repo");
        CopyTrackedFiles(RepoPaths.Root, clone);
        var build = Path.Combine(clone, "pre-commit-build");

        var pack = PackedFeedFixture.Run(clone, null, "pack", "--configuration", "Release", "--property", "PackageOutputPath=" + build, "-nodeReuse:false");
        pack.ExitCode.Should().Be(0, pack.Output);
        var packages = Directory.GetFiles(build, "*.nupkg").Select(Path.GetFileName).ToList();
        packages.Should().ContainSingle().Which.Should().StartWith("DfLint.").And.NotStartWith("DfLint.Analyzers");

        var config = Path.Combine(_root, "nuget.config");
        File.WriteAllText(config, "<?xml version=\"1.0\" encoding=\"utf-8\"?><configuration><packageSources><clear /></packageSources></configuration>");
        var bin = Path.Combine(clone, "dotnetenv-default", "bin");
        var install = PackedFeedFixture.Run(_root, null, "tool", "install", "--configfile", config, "--tool-path", bin, "--add-source", build, "DfLint");
        install.ExitCode.Should().Be(0, install.Output);

        var sample = Path.Combine(RepoPaths.Root, "samples", "rules", "DF101.Dockerfile");
        var run = Process.Start(new ProcessStartInfo(Path.Combine(bin, "dflint"), new[] { "--no-color", sample })
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        string output = run.StandardOutput.ReadToEnd() + run.StandardError.ReadToEnd();
        run.WaitForExit();
        run.ExitCode.Should().Be(1, output);
        output.Should().Contain("warning DF101:");

        // The tool's own assemblies carry ReadyToRun code (src/ReadyToRun.targets), or start-up is JIT-bound again.
        if (ReadyToRunImages.ExpectedOnThisMachine)
        {
            var installed = Directory.GetFiles(Path.Combine(bin, ".store"), "*.dll", SearchOption.AllDirectories);
            installed.Select(Path.GetFileName).Should().Contain(new[] { "dflint.dll", "DfLint.Core.dll", "Sprache.dll", "System.CommandLine.dll" });
            installed.Where(f => !ReadyToRunImages.IsReadyToRun(f)).Select(Path.GetFileName).Should().BeEmpty("every assembly of the tool should be precompiled");
        }
    }

    private static void CopyTrackedFiles(string from, string to)
    {
        var git = Process.Start(new ProcessStartInfo("git", new[] { "-C", from, "ls-files", "-z" }) { RedirectStandardOutput = true })!;
        var files = git.StandardOutput.ReadToEnd().Split('\0', StringSplitOptions.RemoveEmptyEntries);
        git.WaitForExit();
        git.ExitCode.Should().Be(0);
        foreach (var f in files)
        {
            var source = Path.Combine(from, f);
            if (!File.Exists(source)) continue; // deleted in the working tree
            var target = Path.Combine(to, f);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(source, target);
        }
    }

    public void Dispose()
    {
        try { Directory.Delete(_root, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
