using Descent.Course.Book;

namespace Descent.Course.Tests.Book;

public sealed class JavaScriptScannerTests
{
    [Theory]
    [InlineData("f(a, b)", 1, 6)]
    [InlineData("f(g(a), \")\", ')', `)`)x", 1, 21)]
    [InlineData("f(\"a \\\" ) b\")", 1, 12)]
    [InlineData("f(a", 1, -1)]
    [InlineData("f(\"unterminated)", 1, -1)]
    public void Finds_the_matching_parenthesis_outside_strings(string text, int open, int expected) =>
        Assert.Equal(expected, JavaScriptScanner.MatchingParenthesis(text, open));

    [Fact]
    public void The_start_must_be_an_opening_parenthesis()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => JavaScriptScanner.MatchingParenthesis("f(a)", 0));
        Assert.Equal("open", error.ParamName);
        Assert.Equal(0, error.ActualValue);
    }
}
