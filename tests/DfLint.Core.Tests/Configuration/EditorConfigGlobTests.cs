using System.Collections.Generic;
using System.Linq;
using DfLint.Configuration;

namespace DfLint.Core.Tests.Configuration;

public class EditorConfigGlobTests
{
    [Theory]
    [InlineData("*", "Dockerfile", true)]
    [InlineData("*", "a/b/Dockerfile", true)]
    [InlineData("Dockerfile", "Dockerfile", true)]
    [InlineData("Dockerfile", "svc/api/Dockerfile", true)]
    [InlineData("Dockerfile", "Dockerfile.dev", false)]
    [InlineData("Dockerfile*", "svc/Dockerfile.dev", true)]
    [InlineData("*.Dockerfile", "svc/api.Dockerfile", true)]
    [InlineData("*.cs", "Dockerfile", false)]
    [InlineData("{Dockerfile,Containerfile}", "x/Containerfile", true)]
    [InlineData("{Dockerfile,Containerfile}", "x/Makefile", false)]
    [InlineData("*.{cs,vb}", "Dockerfile", false)]
    [InlineData("Dockerfile.?", "Dockerfile.a", true)]
    [InlineData("Dockerfile.?", "Dockerfile.ab", false)]
    [InlineData("Dockerfile.[abc]", "Dockerfile.b", true)]
    [InlineData("Dockerfile.[!abc]", "Dockerfile.b", false)]
    [InlineData("Dockerfile.[!abc]", "Dockerfile.d", true)]
    [InlineData("Dockerfile.{1..3}", "Dockerfile.2", true)]
    [InlineData("Dockerfile.{1..3}", "Dockerfile.4", false)]
    [InlineData("\\{literal\\}", "{literal}", true)]
    [InlineData("{single}", "{single}", true)]
    public void Globs_without_a_slash_match_the_file_name_anywhere(string glob, string path, bool expected)
        => EditorConfigGlob.Create(glob).IsMatch(path).Should().Be(expected);

    [Theory]
    [InlineData("svc/Dockerfile", "svc/Dockerfile", true)]
    [InlineData("svc/Dockerfile", "other/svc/Dockerfile", false)]
    [InlineData("/Dockerfile", "Dockerfile", true)]
    [InlineData("/Dockerfile", "svc/Dockerfile", false)]
    [InlineData("svc/*/Dockerfile", "svc/api/Dockerfile", true)]
    [InlineData("svc/*/Dockerfile", "svc/a/b/Dockerfile", false)]
    [InlineData("svc/**/Dockerfile", "svc/a/b/Dockerfile", true)]
    [InlineData("svc/**/Dockerfile", "svc/Dockerfile", true)]
    [InlineData("**/Dockerfile", "Dockerfile", true)]
    [InlineData("svc/**", "svc/a/b/c", true)]
    [InlineData("{svc,web}/Dockerfile", "web/Dockerfile", true)]
    public void Globs_with_a_slash_are_anchored_at_the_config_directory(string glob, string path, bool expected)
        => EditorConfigGlob.Create(glob).IsMatch(path).Should().Be(expected);

    [Fact]
    public void An_unbalanced_brace_is_an_error()
    {
        EditorConfigGlob.TryCreate("*.{cs,vb", out var error).Should().BeNull();
        error.Should().Be("a '{' has no matching '}'");
    }
}
