using System;
using System.Collections.Generic;
using System.Linq;

namespace DfLint.Semantics;

/// <summary>A smaller variant of a full-size base image, with an estimated saving.</summary>
/// <param name="Repository">The repository this entry is about (last path components, e.g. <c>node</c>, <c>dotnet/sdk</c>).</param>
/// <param name="Suggestion">What to use instead, as a user would write it.</param>
/// <param name="FullSizeMb">Approximate compressed size of the full image (linux/amd64), in MB.</param>
/// <param name="SmallerSizeMb">Approximate compressed size of the suggested variant, in MB.</param>
public sealed record SmallerVariant(string Repository, string Suggestion, int FullSizeMb, int SmallerSizeMb)
{
    public int SavingMb => FullSizeMb - SmallerSizeMb;
}

/// <summary>
/// Built-in knowledge about well-known base images. The sizes are approximate compressed sizes of the linux/amd64
/// images on Docker Hub / MCR for the current major versions (documented in rules/DF103.md); they are estimates to make
/// the trade-off concrete, not measurements of the user's image.
/// </summary>
public static class KnownImages
{
    /// <summary>Full-size images that have a smaller variant (DF103). Keyed by repository (registry stripped).</summary>
    public static readonly IReadOnlyList<SmallerVariant> SmallerVariants = new[]
    {
        new SmallerVariant("node", "node:<version>-slim or node:<version>-alpine", 400, 60),
        new SmallerVariant("python", "python:<version>-slim", 370, 45),
        new SmallerVariant("golang", "a multi-stage build that copies the binary into gcr.io/distroless/static or alpine", 300, 2),
        new SmallerVariant("ruby", "ruby:<version>-slim or ruby:<version>-alpine", 350, 70),
        new SmallerVariant("php", "php:<version>-fpm-alpine or php:<version>-cli-alpine", 190, 35),
        new SmallerVariant("openjdk", "eclipse-temurin:<version>-jre-alpine", 330, 60),
        new SmallerVariant("eclipse-temurin", "eclipse-temurin:<version>-jre or -jre-alpine", 200, 60),
        new SmallerVariant("amazoncorretto", "amazoncorretto:<version>-alpine", 210, 100),
        new SmallerVariant("maven", "a multi-stage build that copies the jar into eclipse-temurin:<version>-jre", 290, 90),
        new SmallerVariant("gradle", "a multi-stage build that copies the jar into eclipse-temurin:<version>-jre", 330, 90),
        new SmallerVariant("debian", "debian:<version>-slim", 50, 29),
        new SmallerVariant("ubuntu", "a chiselled Ubuntu or distroless image with only the runtime", 30, 10),
        new SmallerVariant("buildpack-deps", "debian:<version>-slim", 330, 29),
        new SmallerVariant("rust", "a multi-stage build that copies the binary into debian:<version>-slim or distroless", 550, 29),
        new SmallerVariant("perl", "perl:<version>-slim", 340, 45),
        new SmallerVariant("elixir", "elixir:<version>-alpine", 540, 50),
        new SmallerVariant("erlang", "erlang:<version>-alpine", 480, 50),
        new SmallerVariant("dotnet/sdk", "mcr.microsoft.com/dotnet/aspnet or dotnet/runtime (or -alpine, -chiseled) in the final stage", 290, 90),
        new SmallerVariant("dotnet/core/sdk", "mcr.microsoft.com/dotnet/aspnet or dotnet/runtime in the final stage", 290, 90),
        new SmallerVariant("dotnet/aspnet", "mcr.microsoft.com/dotnet/aspnet:<version>-alpine or -noble-chiseled", 90, 50),
        new SmallerVariant("dotnet/runtime", "mcr.microsoft.com/dotnet/runtime:<version>-alpine or -noble-chiseled", 85, 45),
        new SmallerVariant("centos", "a slim or minimal base such as ubi-minimal or debian:<version>-slim", 70, 35),
        new SmallerVariant("fedora", "fedora-minimal", 60, 40),
        new SmallerVariant("oraclelinux", "oraclelinux:<version>-slim", 80, 45),
    };

    /// <summary>Tag fragments that mark a variant as already small.</summary>
    private static readonly string[] SmallMarkers =
    {
        "slim", "alpine", "distroless", "chiseled", "minimal", "micro", "busybox", "nano", "tiny", "musl", "static", "jre",
        "nanoserver", "scratch",
    };

    /// <summary>Image repositories that are build toolchains (SDKs, compilers) rather than runtimes (DF104).</summary>
    private static readonly string[] ToolchainRepositories =
    {
        "golang", "rust", "maven", "gradle", "dotnet/sdk", "dotnet/core/sdk", "buildpack-deps", "gcc", "swift", "haskell",
        "elixir", "sbt", "clojure", "mono", "microsoft/dotnet",
    };

    /// <summary>The smaller variant for an image when its tag is a full-size one, else null.</summary>
    public static SmallerVariant? FindSmallerVariant(BaseImage image)
    {
        if (!image.IsImage || image.Repository is null) return null;
        if (IsSmallTag(image.Tag)) return null;
        if (image.Registry is { } reg && reg != "docker.io" && reg != "index.docker.io" && reg != "mcr.microsoft.com" && reg != "registry-1.docker.io")
            return null;
        string repo = NormalizeRepository(image.Repository);
        // mcr.microsoft.com/dotnet/* only counts with the Microsoft registry; docker hub's node etc. without one.
        return SmallerVariants.FirstOrDefault(v => v.Repository == repo && (image.Registry == "mcr.microsoft.com") == v.Repository.StartsWith("dotnet/", StringComparison.Ordinal));
    }

    public static bool IsSmallTag(string? tag)
    {
        if (tag is null) return false;
        string t = tag.ToLowerInvariant();
        return SmallMarkers.Any(m => t.Contains(m));
    }

    /// <summary>True when the image is a compiler/SDK image meant for building, not for running.</summary>
    public static bool IsToolchain(BaseImage image)
    {
        if (!image.IsImage || image.Repository is null) return false;
        string repo = NormalizeRepository(image.Repository);
        if (repo == "microsoft/dotnet") return image.Tag?.IndexOf("sdk", StringComparison.OrdinalIgnoreCase) >= 0;
        return ToolchainRepositories.Contains(repo);
    }

    /// <summary>The user an image runs as by default when it is known to be non-root; null for root or unknown.</summary>
    public static string? DefaultUser(BaseImage image)
    {
        if (!image.IsImage || image.Repository is null) return null;
        string repo = image.Repository;
        string tag = (image.Tag ?? "").ToLowerInvariant();
        string registry = image.Registry ?? "";
        if (tag == "nonroot" || tag.EndsWith("-nonroot", StringComparison.Ordinal) || tag.Contains("nonroot")) return "nonroot";
        if (tag.Contains("chiseled") && registry == "mcr.microsoft.com") return "app";
        if (registry == "cgr.dev" && !tag.Contains("dev")) return "nonroot";
        if (repo.StartsWith("bitnami/", StringComparison.Ordinal)) return "1001";
        if (repo.EndsWith("-unprivileged", StringComparison.Ordinal) || repo.EndsWith("-rootless", StringComparison.Ordinal) || tag.Contains("rootless")) return "nonroot";
        return null;
    }

    /// <summary>Drops <c>library/</c> and registry-specific prefixes so lookups use the familiar name.</summary>
    public static string NormalizeRepository(string repository)
    {
        string r = repository.ToLowerInvariant();
        if (r.StartsWith("library/", StringComparison.Ordinal)) r = r.Substring("library/".Length);
        return r;
    }
}
