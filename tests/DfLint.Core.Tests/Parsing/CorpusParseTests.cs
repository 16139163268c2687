using System;
using System.Collections.Generic;
using System.Linq;
using DfLint.Parsing;
using DfLint.Syntax;
using DfLint.Testing;

namespace DfLint.Core.Tests.Parsing;

/// <summary>Every real Dockerfile of the shared corpus parses, and reports DF000 only where BuildKit rejects it too.</summary>
public class CorpusParseTests
{
    /// <summary>
    /// Files BuildKit rejects as well, each for the reason given. Matching is by the corpus path. Every file listed here
    /// must still produce a diagnostic, so the list cannot go stale silently.
    /// </summary>
    private static readonly (string Path, string Why)[] RejectedByBuildKit =
    {
        // Fragments that other files include: no FROM, so BuildKit says "no build stage in current context".
        ("carlossg__docker-maven/Dockerfile-template", "a template fragment starting with LABEL"),
        ("circleci__circleci-images/android__Dockerfile-ndk.template", "a template fragment without FROM"),
        ("circleci__circleci-images/android__Dockerfile.m4", "an m4 macro file, not a Dockerfile"),
        ("circleci__circleci-images/shared__goss__goss-add.Dockerfile", "a fragment without FROM"),
        ("containers__buildah/tests__bud__containerfile__Containerfile.in", "a C preprocessor input without FROM"),
        ("hadolint__language-docker/test__fixtures__6.Dockerfile", "a parser fixture without FROM"),
        ("dotnet__dotnet-docker/eng__dockerfile-templates__Dockerfile.alpine.invariant-mode", "a template fragment with no instruction"),
        ("dotnet__dotnet-docker/eng__dockerfile-templates__Dockerfile.env.container", "a template fragment: continuation lines of an ENV"),
        ("dotnet__dotnet-docker/eng__dockerfile-templates__monitor-base__Dockerfile.envs", "a template fragment without FROM"),
        ("dotnet__dotnet-docker/eng__dockerfile-templates__sdk__Dockerfile.windows.first-run", "a template fragment without FROM"),
        ("dotnet__dotnet-docker/eng__dockerfile-templates__yarp__Dockerfile.envs", "a template fragment without FROM"),
        // Deliberately invalid inputs of buildah's test suite.
        ("containers__buildah/tests__bud__add-checksum__Containerfile.bad", "--checksum without a value"),
        ("containers__buildah/tests__bud__add-chmod__Dockerfile.bad", "--chmod without a value"),
        ("containers__buildah/tests__bud__add-chown__Dockerfile.bad", "--chown without a value"),
        ("containers__buildah/tests__bud__copy-chmod__Dockerfile.bad", "--chmod without a value"),
        ("containers__buildah/tests__bud__copy-chown__Dockerfile.bad", "--chown without a value"),
        ("containers__buildah/tests__bud__copy-from__Dockerfile.bad", "--from without a value"),
        ("containers__buildah/tests__bud__copy-multistage-paths__Dockerfile.invalid_from", "--from without a value"),
        ("containers__buildah/tests__bud__unrecognized__Dockerfile", "the unknown instruction BOGUS"),
        // buildah extensions BuildKit does not accept.
        ("containers__buildah/tests__bud__base-with-arg__Containerfile", "stage name 'platform-arm/v7' has a '/'"),
        ("containers__buildah/tests__bud__save-stages__Dockerfile.arg-build-stages-and-chained-build-stages", "stage names from ${VAR}"),
        ("containers__buildah/tests__bud__buildkit-mount__Dockerfile", "the SELinux mount option 'z'"),
        ("containers__buildah/tests__bud__verify-cleanup__Dockerfile", "the SELinux mount option 'z'"),
        // Template shell snippets that break out of their RUN (a generator fills them in).
        ("nginxinc__docker-nginx/Dockerfile-alpine-otel.template", "template"),
        ("nginxinc__docker-nginx/Dockerfile-alpine-perl.template", "template"),
        ("nginxinc__docker-nginx/Dockerfile-alpine-slim.template", "template"),
        ("nginxinc__docker-nginx/Dockerfile-alpine.template", "template"),
        ("nginxinc__docker-nginx/Dockerfile-debian-otel.template", "template"),
        ("nginxinc__docker-nginx/Dockerfile-debian-perl.template", "template"),
        ("nginxinc__docker-nginx/Dockerfile-debian.template", "template"),
        ("nodejs__docker-node/Dockerfile-alpine.template", "template"),
        ("nodejs__docker-node/Dockerfile-debian.template", "template"),
        ("nodejs__docker-node/Dockerfile-slim.template", "template"),
    };

    /// <summary>BuildKit's own parser data: valid for its parser layer, rejected by its instruction layer (or negative cases).</summary>
    private const string BuildKitParserData = "moby__buildkit/frontend__dockerfile__parser__testfiles";

    /// <summary>Go/Jinja templates: <c>{{ }}</c> placeholders make them invalid until a generator fills them in.</summary>
    private static bool IsTemplate(string text) => text.Contains("{{", StringComparison.Ordinal);

    [CorpusFact]
    public void Every_corpus_file_parses_without_DF000_unless_BuildKit_rejects_it()
    {
        var listed = RejectedByBuildKit.ToDictionary(r => r.Path, r => r.Why);
        var unexpected = new List<string>();
        var stale = new List<string>();
        int parsed = 0;
        foreach (var file in Corpus.Files())
        {
            var text = Corpus.Read(file);
            var syntax = DockerfileParser.Parse(text);
            parsed++;
            syntax.Diagnostics.Should().NotContain(d => d.Message.StartsWith("internal parser error", StringComparison.Ordinal), file);
            bool excused = listed.ContainsKey(file) || file.StartsWith(BuildKitParserData, StringComparison.Ordinal) || IsTemplate(text);
            if (syntax.Diagnostics.Count > 0 && !excused)
            {
                var d = syntax.Diagnostics[0];
                unexpected.Add($"{file}:{syntax.Source.GetLinePosition(d.Span.Start)}: {d.Message}");
            }
            if (listed.ContainsKey(file) && syntax.Diagnostics.Count == 0) stale.Add(file);
        }
        parsed.Should().Be(4042);
        unexpected.Should().BeEmpty();
        stale.Should().BeEmpty("every file in the exception list must still be rejected");
    }

    [CorpusFact]
    public void Instruction_spans_are_ordered_disjoint_and_with_comments_cover_the_file()
    {
        foreach (var file in Corpus.Files())
            RoundTrip.AssertCovers(DockerfileParser.Parse(Corpus.Read(file)), file);
    }

    [CorpusFact]
    public void Random_mutations_of_corpus_files_never_break_the_parser()
    {
        var random = new Random(20261122);
        var files = Corpus.Files();
        const string alphabet = "\\`\"'$[]{}<>#=- \t\n\r:@/\u00e0\u00a0\uFEFF\u0000EOFRUN";
        for (int n = 0; n < 1500; n++)
        {
            var file = files[random.Next(files.Count)];
            var chars = Corpus.Read(file).ToCharArray().ToList();
            int edits = 1 + random.Next(8);
            for (int e = 0; e < edits && chars.Count > 0; e++)
            {
                int at = random.Next(chars.Count);
                switch (random.Next(3))
                {
                    case 0: chars.RemoveAt(at); break;
                    case 1: chars.Insert(at, alphabet[random.Next(alphabet.Length)]); break;
                    default: chars[at] = alphabet[random.Next(alphabet.Length)]; break;
                }
            }
            var text = new string(chars.ToArray());
            var syntax = DockerfileParser.Parse(text);
            syntax.Diagnostics.Should().NotContain(d => d.Message.StartsWith("internal parser error", StringComparison.Ordinal), $"mutation {n} of {file}");
            RoundTrip.AssertCovers(syntax, $"mutation {n} of {file}");
            BuildKitDump.Dump(syntax).Should().NotBeNull();
        }
    }
}

/// <summary>Checks that a syntax tree accounts for every character of its file.</summary>
public static class RoundTrip
{
    public static void AssertCovers(DockerfileSyntax syntax, string because)
    {
        var text = syntax.Source.Text;
        var covered = new bool[text.Length];
        int previousEnd = 0;
        foreach (var i in syntax.Instructions)
        {
            i.Span.Start.Should().BeGreaterThanOrEqualTo(previousEnd, "instructions are in order and do not overlap ({0})", because);
            i.Span.End.Should().BeLessThanOrEqualTo(text.Length, because);
            previousEnd = i.Span.End;
            for (int k = i.Span.Start; k < i.Span.End; k++) covered[k] = true;
        }
        foreach (var c in syntax.Comments)
            for (int k = c.Span.Start; k < c.Span.End; k++) covered[k] = true;
        foreach (var d in syntax.Directives)
            for (int k = d.Span.Start; k < d.Span.End; k++) covered[k] = true;
        for (int k = 0; k < text.Length; k++)
        {
            if (covered[k] || char.IsWhiteSpace(text[k]) || (k == 0 && text[k] == '\uFEFF')) continue;
            var pos = syntax.Source.GetLinePosition(k);
            throw new Xunit.Sdk.XunitException($"character '{text[k]}' at {pos} is in no instruction, comment or directive ({because})");
        }
    }
}
