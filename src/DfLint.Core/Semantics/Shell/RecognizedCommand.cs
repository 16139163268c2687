using System;
using System.Collections.Generic;

namespace DfLint.Semantics.Shell;

/// <summary>A package manager or build tool that <see cref="CommandRecognizer"/> knows.</summary>
public enum ShellTool
{
    AptGet,
    Apt,
    Aptitude,
    Apk,
    Yum,
    Dnf,
    Microdnf,
    Zypper,
    Pip,
    Poetry,
    Npm,
    Yarn,
    Pnpm,
    Gem,
    Bundler,
    Composer,
    Go,
    Dotnet,
    Maven,
    Gradle,
    Cargo,
    Make,
}

/// <summary>What a recognized command does, as rules ask about it.</summary>
[Flags]
public enum CommandTraits
{
    None = 0,

    /// <summary>Installs OS packages: <c>apt-get install</c>, <c>apk add</c>, <c>yum/dnf/microdnf/zypper install</c>.</summary>
    SystemPackageInstall = 1 << 0,

    /// <summary>Refreshes the OS package index: <c>apt-get update</c>, <c>apk update</c>, <c>apk add -U</c>, <c>zypper refresh</c>, <c>dnf makecache</c>.</summary>
    PackageIndexUpdate = 1 << 1,

    /// <summary>Upgrades installed OS packages: <c>apt-get upgrade/dist-upgrade</c>, <c>apk upgrade</c>, <c>yum update</c>, <c>zypper dup</c>.</summary>
    SystemUpgrade = 1 << 2,

    /// <summary>Installs language dependencies: <c>npm install</c>, <c>pip install</c>, <c>gem install</c>, <c>go mod download</c>, <c>dotnet restore</c>, ...</summary>
    DependencyInstall = 1 << 3,

    /// <summary>
    /// A dependency install that needs only manifests and lock files, not the source: <c>npm ci</c>, <c>npm install</c>
    /// without packages, <c>yarn</c>, <c>pnpm install/fetch</c>, <c>pip install -r</c>, <c>poetry install</c>,
    /// <c>bundle install</c>, <c>composer install</c>, <c>go mod download</c>, <c>dotnet restore</c>,
    /// <c>mvn dependency:go-offline</c>, <c>gradle dependencies</c>, <c>cargo fetch</c>.
    /// </summary>
    ManifestOnly = 1 << 4,

    /// <summary>Builds the project: <c>go build/install</c>, <c>dotnet build/publish</c>, <c>npm run build</c>, <c>mvn package</c>, <c>gradle build</c>, <c>cargo build</c>, <c>make</c>.</summary>
    Build = 1 << 5,

    /// <summary>Cleans a package cache: <c>apt-get clean</c>, <c>yum/dnf clean</c>, <c>zypper clean</c>, <c>apk cache clean</c>, <c>npm cache clean</c>.</summary>
    CacheCleanup = 1 << 6,
}

/// <summary>
/// A command that <see cref="CommandRecognizer"/> classified.
/// </summary>
/// <param name="Tool">The tool.</param>
/// <param name="Subcommand">
/// The subcommand, lower-cased and with aliases resolved (<c>npm i</c> gives <c>install</c>, <c>zypper in</c> gives
/// <c>install</c>, a bare <c>yarn</c> gives <c>install</c>); two words where the tool has groups (<c>mod download</c>,
/// <c>module install</c>, <c>tool install</c>). For Maven, Gradle and make: the first goal, task or target.
/// Empty when there is none.
/// </param>
/// <param name="Packages">The packages named on the command line (for installs, removals, <c>go get</c>, <c>cargo install</c>); option values excluded.</param>
/// <param name="Command">The command.</param>
public sealed record RecognizedCommand(ShellTool Tool, string Subcommand, IReadOnlyList<ShellWord> Packages, ShellCommand Command)
{
    /// <summary>What the command does.</summary>
    public CommandTraits Traits { get; init; }

    /// <summary>
    /// Other operands: every goal/task/target for Maven, Gradle and make; the script name for <c>npm/yarn/pnpm run</c>;
    /// the remaining operands otherwise (<c>clean all</c> gives <c>all</c>).
    /// </summary>
    public IReadOnlyList<ShellWord> Targets { get; init; } = Array.Empty<ShellWord>();

    /// <summary>The tool's option syntax, used by the flag queries below.</summary>
    public ShellOptionSpec Options { get; init; } = ShellOptionSpec.Default;

    public bool Has(CommandTraits traits) => traits != CommandTraits.None && (Traits & traits) == traits;

    public bool IsSystemPackageInstall => Has(CommandTraits.SystemPackageInstall);

    public bool IsPackageIndexUpdate => Has(CommandTraits.PackageIndexUpdate);

    public bool IsSystemUpgrade => Has(CommandTraits.SystemUpgrade);

    public bool IsDependencyInstall => Has(CommandTraits.DependencyInstall);

    public bool IsManifestOnlyInstall => Has(CommandTraits.ManifestOnly);

    public bool IsBuild => Has(CommandTraits.Build);

    public bool IsCacheCleanup => Has(CommandTraits.CacheCleanup);

    /// <summary>Whether an option is present, reading the tool's options (so <c>-oFoo</c> for apt is an option value, not flags).</summary>
    public bool HasFlag(string flag) => Command.HasFlag(flag, Options);

    /// <summary>Whether any of the options is present.</summary>
    public bool HasAnyFlag(params string[] flags)
    {
        foreach (var flag in flags)
        {
            if (HasFlag(flag)) return true;
        }
        return false;
    }

    /// <inheritdoc cref="ShellCommand.CountFlag"/>
    public int CountFlag(string flag) => Command.CountFlag(flag, Options);

    /// <inheritdoc cref="ShellCommand.GetFlagValue"/>
    public string? GetFlagValue(string flag) => Command.GetFlagValue(flag, Options);

    /// <inheritdoc cref="ShellCommand.GetFlagValues"/>
    public IReadOnlyList<string> GetFlagValues(string flag) => Command.GetFlagValues(flag, Options);

    /// <summary>
    /// For the apt family: the value of a configuration option set with <c>-o Name=value</c> or <c>--option Name=value</c>
    /// (name compared case-insensitively; the last one wins). Null when not set.
    /// </summary>
    public string? GetAptOption(string name)
    {
        string? result = null;
        foreach (var flag in new[] { "-o", "--option" })
        {
            foreach (var value in GetFlagValues(flag))
            {
                int eq = value.IndexOf('=');
                if (eq > 0 && string.Equals(value.Substring(0, eq), name, StringComparison.OrdinalIgnoreCase)) result = value.Substring(eq + 1);
            }
        }
        return result;
    }

    public override string ToString() => $"{Tool} {Subcommand}".TrimEnd();
}
