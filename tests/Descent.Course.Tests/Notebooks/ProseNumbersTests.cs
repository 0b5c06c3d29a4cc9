namespace Descent.Course.Tests.Notebooks;

public sealed class ProseNumbersTests
{
    [Fact]
    public void Markdown_numbers_skip_code_links_tags_and_identifiers_and_join_thousands()
    {
        var markdown = "It took 25 709 steps at lr 0.05 (`Vector512`, [lesson 03](03-x.ipynb), <b id=\"7\">x₀</b>) for L2 and 2n, β1.";
        Assert.Equal(["25709", "0.05", "03"], ProseNumbers.InMarkdown(markdown));
    }

    [Fact]
    public void Output_numbers_understand_exponents_separators_and_tables()
    {
        Assert.Equal([1.5e-5, 100000, 3, 4], ProseNumbers.InText("1.5e-05 100_000 <td>3</td><td>4</td>"));
    }

    [Theory]
    [InlineData("0.13", 0.1259, true)]
    [InlineData("55.5", 55.48, true)]
    [InlineData("1101", 1101, true)]
    [InlineData("0.6", 0.65, false)]
    [InlineData("285", 28.5, false)]
    public void A_printed_value_accounts_for_the_number_it_rounds_to(string number, double printed, bool accounted)
    {
        Assert.Equal(accounted, ProseNumbers.Accounts(number, printed));
    }

    [Theory]
    [InlineData("7", true)]
    [InlineData("12", true)]
    [InlineData("13", false)]
    [InlineData("2019", true)]
    [InlineData("0.5", false)]
    public void Small_integers_and_years_are_free(string number, bool free)
    {
        Assert.Equal(free, ProseNumbers.IsFree(number));
    }
}
