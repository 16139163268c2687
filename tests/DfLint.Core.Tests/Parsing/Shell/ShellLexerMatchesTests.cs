using System;
using System.Collections.Generic;
using DfLint.Parsing.Shell;

namespace DfLint.Core.Tests.Parsing.Shell;

/// <summary>
/// lex_test.go TestProcessWithMatches and the other lexer assertions listed in
/// shared/conformance/buildkit-parser/README.md section C. Error texts are BuildKit's, from lex.go.
/// </summary>
public sealed class ShellLexerMatchesTests
{
    private static readonly string[] None = Array.Empty<string>();

    private static object[] Ok(string input, string[] env, string expected, string[] matched, string[] unmatched) =>
        new object[] { input, env, expected, null!, matched, unmatched };

    private static object[] Fails(string input, string[] env, string error, string[] unmatched) =>
        new object[] { input, env, null!, error, None, unmatched };

    private static readonly string[] FooXxxBarEmpty = { "FOO=xxx", "BAR=" };

    public static IEnumerable<object[]> ProcessWithMatchesRows() => new[]
    {
        Ok("x", new[] { "DUMMY=dummy" }, "x", None, None),
        Ok("x ${UNUSED}", new[] { "DUMMY=dummy" }, "x ", None, new[] { "UNUSED" }),
        Ok("x ${FOO}", new[] { "FOO=y" }, "x y", new[] { "FOO" }, None),
        Ok("${FOO-aaa} ${BAR-bbb} ${BAZ-ccc}", FooXxxBarEmpty, "xxx  ccc", new[] { "FOO", "BAR" }, new[] { "BAZ" }),
        Ok("${FOO:-aaa} ${BAR:-bbb} ${BAZ:-ccc}", FooXxxBarEmpty, "xxx bbb ccc", new[] { "FOO", "BAR" }, new[] { "BAZ" }),
        Ok("${FOO:-}", FooXxxBarEmpty, "xxx", new[] { "FOO" }, None),
        Ok("${FOO:-}", None, "", None, new[] { "FOO" }),
        Ok("${FOO+aaa} ${BAR+bbb} ${BAZ+ccc}", FooXxxBarEmpty, "aaa bbb ", new[] { "FOO", "BAR" }, new[] { "BAZ" }),
        Ok("${FOO:+aaa} ${BAR:+bbb} ${BAZ:+ccc}", FooXxxBarEmpty, "aaa  ", new[] { "FOO", "BAR" }, new[] { "BAZ" }),
        Ok("${FOO?aaa}", FooXxxBarEmpty, "xxx", new[] { "FOO" }, None),
        Ok("${BAR?bbb}", FooXxxBarEmpty, "", new[] { "BAR" }, None),
        Fails("${BAZ?ccc}", FooXxxBarEmpty, "BAZ: ccc", new[] { "BAZ" }),
        Ok("${FOO:?aaa}", FooXxxBarEmpty, "xxx", new[] { "FOO" }, None),
        Fails("${BAR:?bbb}", FooXxxBarEmpty, "BAR: bbb", None),
        Fails("${BAZ:?ccc}", FooXxxBarEmpty, "BAZ: ccc", new[] { "BAZ" }),
        Fails("${BAZ:?}", FooXxxBarEmpty, "BAZ: is not allowed to be unset", new[] { "BAZ" }),
        Fails("${FOO=aaa}", FooXxxBarEmpty, "unsupported modifier (=) in substitution", None),
        Fails("${FOO=:aaa}", FooXxxBarEmpty, "unsupported modifier (=) in substitution", None),
        Fails("${FOO=}", None, "unsupported modifier (=) in substitution", None),
        Ok("${FOO#()[]{\\}^$.\\*\\?|\\\\}", new[] { "FOO=()[]{}^$.*?|\\x" }, "x", new[] { "FOO" }, None),
        Ok("${FOO%%\\**}", new[] { "FOO=xx**" }, "xx", new[] { "FOO" }, None),
        Ok("${FOO#*x*y}", new[] { "FOO=xxyy" }, "y", new[] { "FOO" }, None),
        Ok("${FOO#*}", new[] { "FOO=xxyy" }, "xxyy", new[] { "FOO" }, None),
        Ok("${FOO#$BAR}", new[] { "FOO=xxyy", "BAR=x" }, "xyy", new[] { "FOO", "BAR" }, None),
        Ok("${FOO#$BAR}", new[] { "FOO=xxyy", "BAR=" }, "xxyy", new[] { "FOO", "BAR" }, None),
        Ok("${FOO#}", new[] { "FOO=xxyy" }, "xxyy", new[] { "FOO" }, None),
        Ok("${FOO##*x}", new[] { "FOO=xxyy" }, "yy", new[] { "FOO" }, None),
        Ok("${FOO##}", new[] { "FOO=xxyy" }, "xxyy", new[] { "FOO" }, None),
        Ok("${FOO#?\\?}", new[] { "FOO=???y" }, "?y", new[] { "FOO" }, None),
        Ok("${ABC:-.}${FOO%x}${ABC:-.}", new[] { "FOO=xxyy" }, ".xxyy.", new[] { "FOO" }, new[] { "ABC" }),
        Ok("${FOO%%\\**\\*}", new[] { "FOO=a***yy*" }, "a", new[] { "FOO" }, None),
        Ok("${FOO%}", new[] { "FOO=xxyy" }, "xxyy", new[] { "FOO" }, None),
        Ok("${FOO%%$BAR}", new[] { "FOO=xxyy", "BAR=" }, "xxyy", new[] { "FOO", "BAR" }, None),
        Fails("${FOO:#}", None, "unsupported modifier (:#) in substitution", None),
        Fails("${FOO:##}", None, "unsupported modifier (:#) in substitution", None),
        Fails("${FOO:%}", None, "unsupported modifier (:%) in substitution", None),
        Fails("${FOO:%%}", None, "unsupported modifier (:%) in substitution", None),
        Ok("${FOO/$NEEDLE/.} - ${FOO//$NEEDLE/.}", new[] { "FOO=/foo*/*/*.txt", "NEEDLE=\\*/" },
            "/foo.*/*.txt - /foo..*.txt", new[] { "FOO", "NEEDLE" }, None),
        Ok("${FOO/$NEEDLE/} - ${FOO//$NEEDLE/}", new[] { "FOO=/tmp/tmp/bar.txt", "NEEDLE=/tmp" },
            "/tmp/bar.txt - /bar.txt", new[] { "FOO", "NEEDLE" }, None),
        Ok("${FOO/$NEEDLE/$REPLACEMENT} - ${FOO//$NEEDLE/$REPLACEMENT}",
            new[] { "FOO=/a/foo/b/c.txt", "NEEDLE=/?/", "REPLACEMENT=/" },
            "/foo/b/c.txt - /foo/c.txt", new[] { "FOO", "NEEDLE", "REPLACEMENT" }, None),
        Ok("${FOO/$NEEDLE/$REPLACEMENT}", new[] { "FOO=http://google.de", "NEEDLE=http://", "REPLACEMENT=https://" },
            "https://google.de", new[] { "FOO", "NEEDLE", "REPLACEMENT" }, None),
        Ok("${FOO//\\//\\/}", new[] { "FOO=/tmp/foo.txt" }, "\\/tmp\\/foo.txt", new[] { "FOO" }, None),
        Ok("${FOO/$BAR/ww}", new[] { "FOO=xxyy", "BAR=" }, "wwxxyy", new[] { "FOO", "BAR" }, None),
        Fails("${FOO//ww}", new[] { "FOO=xxyy" }, "syntax error: missing '/' in ${}", None),
        Fails("${FOO//}", new[] { "FOO=xxyy" }, "syntax error: missing '/' in ${}", None),
        Ok("${FOO///}", new[] { "FOO=xxyy" }, "xxyy", new[] { "FOO" }, None),
        Ok("${FOO///}", None, "", None, new[] { "FOO" }),
    };

    [Theory]
    [MemberData(nameof(ProcessWithMatchesRows))]
    public void ProcessWordWithMatches(string input, string[] env, string? expected, string? error, string[] matched, string[] unmatched)
    {
        var result = new ShellLexer('\\').ProcessWord(input, ShellLexer.EnvFromList(env));

        if (error is not null)
        {
            result.Error.Should().Be(error);
            result.Value.Should().BeEmpty();
        }
        else
        {
            result.Error.Should().BeNull();
            result.Value.Should().Be(expected);
            result.Matched.Should().BeEquivalentTo(matched);
        }

        result.Unmatched.Should().BeEquivalentTo(unmatched);
    }

    [Theory]
    [InlineData("${VAR:?message here$ARG}", new[] { "VAR=plain", "ARG=x" }, "plain", null)]
    [InlineData("${VAR:?message here$ARG}", new[] { "VAR=", "ARG=x" }, null, "VAR: message herex")]
    [InlineData("${VAR:?message here$ARG}", new[] { "ARG=x" }, null, "VAR: message herex")]
    [InlineData("${VAR?message here$ARG}", new[] { "VAR=plain", "ARG=x" }, "plain", null)]
    [InlineData("${VAR?message here$ARG}", new[] { "VAR=", "ARG=x" }, "", null)]
    [InlineData("${VAR?message here$ARG}", new[] { "ARG=x" }, null, "VAR: message herex")]
    public void Mandatory_variables(string input, string[] env, string? expected, string? error)
    {
        var result = new ShellLexer().ProcessWord(input, ShellLexer.EnvFromList(env));

        result.Error.Should().Be(error);
        if (expected is not null)
        {
            result.Value.Should().Be(expected);
        }
    }

    private const string Release =
        "something-${VERSION}.${TARGETOS}-${TARGETARCH}${TARGETVARIANT:+-${TARGETVARIANT}}.tar.gz";

    [Theory]
    [InlineData(new[] { "VERSION=v1.2.3", "TARGETOS=linux", "TARGETARCH=arm", "TARGETVARIANT=v7" },
        "something-v1.2.3.linux-arm-v7.tar.gz", new[] { "VERSION", "TARGETOS", "TARGETARCH", "TARGETVARIANT" }, new string[0])]
    [InlineData(new[] { "VERSION=v1.2.3", "TARGETOS=linux", "TARGETARCH=arm64", "TARGETVARIANT=" },
        "something-v1.2.3.linux-arm64.tar.gz", new[] { "VERSION", "TARGETOS", "TARGETARCH", "TARGETVARIANT" }, new string[0])]
    [InlineData(new[] { "VERSION=v1.2.3", "TARGETOS=linux", "TARGETARCH=arm64" },
        "something-v1.2.3.linux-arm64.tar.gz", new[] { "VERSION", "TARGETOS", "TARGETARCH" }, new[] { "TARGETVARIANT" })]
    public void Platform_release_file_name(string[] env, string expected, string[] matched, string[] unmatched)
    {
        var result = new ShellLexer().ProcessWord(Release, ShellLexer.EnvFromList(env));

        result.Error.Should().BeNull();
        result.Value.Should().Be(expected);
        result.Matched.Should().BeEquivalentTo(matched);
        result.Unmatched.Should().BeEquivalentTo(unmatched);
    }

    [Theory]
    [InlineData(new string[0], "foo", "", false)]
    [InlineData(new[] { "foo" }, "foo", "", true)]
    [InlineData(new[] { "foo=" }, "foo", "", true)]
    [InlineData(new[] { "foo=bar" }, "foo", "bar", true)]
    [InlineData(new[] { "foo=bar", "car=hat" }, "car", "hat", true)]
    [InlineData(new[] { "foo=bar", "car=hat", "car=bike" }, "car", "bike", true)]
    [InlineData(new[] { "a=b=c" }, "a", "b=c", true)]
    public void Environment_from_list(string[] entries, string name, string value, bool found)
    {
        var env = ShellLexer.EnvFromList(entries);

        env.TryGetValue(name, out string? actual).Should().Be(found);
        (actual ?? "").Should().Be(value);
    }

    [Fact]
    public void Names_are_case_sensitive()
    {
        var result = new ShellLexer().ProcessWord("he$pwd.", ShellLexer.EnvFromList(new[] { "PWD=/home" }));

        result.Value.Should().Be("he.");
        result.Unmatched.Should().Equal("pwd");
    }
}
