using Descent.Data;

namespace Descent.Tests.Data;

public sealed class CsvTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("descent-csv-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Write(string name, string text)
    {
        string path = Path.Combine(_folder, name);
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public void Reads_header_and_rows()
    {
        var table = Csv.Read(Write("a.csv", "x,y,name\n1,2.5,first\n-3,1e-3,second\n"));
        Assert.Equal(["x", "y", "name"], table.Columns);
        Assert.Equal(2, table.RowCount);
        Assert.Equal([1.0, -3.0], table.Numbers("x"));
        Assert.Equal([2.5, 0.001], table.Numbers("y"));
        Assert.Equal(["first", "second"], table.Strings("name"));
        Assert.EndsWith("a.csv", table.Path);
    }

    [Fact]
    public void Final_line_end_is_optional_and_CRLF_and_blank_lines_are_accepted()
    {
        var withoutEnd = Csv.Read(Write("b.csv", "x\n1\n2"));
        var crlf = Csv.Read(Write("c.csv", "x\r\n1\r\n\r\n2\r\n\r\n"));
        Assert.Equal([1.0, 2.0], withoutEnd.Numbers("x"));
        Assert.Equal([1.0, 2.0], crlf.Numbers("x"));
    }

    [Fact]
    public void Quoted_fields_hold_commas_quotes_and_line_breaks()
    {
        var table = Csv.Read(Write("q.csv", "name,note,value\n\"Smith, J.\",\"said \"\"hi\"\"\",1\n\"two\nlines\",,2\nplain,\"\",3\n"));
        Assert.Equal(["Smith, J.", "two\nlines", "plain"], table.Strings("name"));
        Assert.Equal(["said \"hi\"", "", ""], table.Strings("note"));
        Assert.Equal([1.0, 2.0, 3.0], table.Numbers("value"));
        Assert.Equal([2, 3, 5], Enumerable.Range(0, 3).Select(table.LineOf));
    }

    [Fact]
    public void A_bad_number_names_file_line_and_column()
    {
        string path = Write("iris.csv", "sepal_length,species\n5.1,setosa\n4.9,setosa\nabc,setosa\n");
        var error = Assert.Throws<CsvFormatException>(() => Csv.Read(path).Numbers("sepal_length"));
        Assert.Equal($"{path}, line 4, column 'sepal_length': 'abc' is not a number", error.Message);
        Assert.Equal(path, error.FilePath);
        Assert.Equal(4, error.Line);
        Assert.Equal("sepal_length", error.Column);
        Assert.IsAssignableFrom<FormatException>(error);
    }

    [Fact]
    public void A_number_with_a_decimal_comma_is_not_a_number()
    {
        string path = Write("comma.csv", "x\n\"1,5\"\n");
        var error = Assert.Throws<CsvFormatException>(() => Csv.Read(path).Numbers("x"));
        Assert.Equal(2, error.Line);
        Assert.Contains("'1,5' is not a number", error.Message);
    }

    [Fact]
    public void An_empty_field_is_not_a_number()
    {
        var error = Assert.Throws<CsvFormatException>(() => Csv.Read(Write("e.csv", "x,y\n1,2\n,3\n")).Numbers("x"));
        Assert.Equal(3, error.Line);
        Assert.Contains("'' is not a number", error.Message);
    }

    [Fact]
    public void A_row_with_the_wrong_number_of_fields_names_its_line()
    {
        string path = Write("f.csv", "a,b,c,d,e\n1,2,3,4,5\n1,2,3,4,5\n1,2,3,4,5\n1,2,3,4\n");
        var error = Assert.Throws<CsvFormatException>(() => Csv.Read(path));
        Assert.Equal($"{path}, line 5: the row has 4 fields, the header has 5", error.Message);
        Assert.Equal(5, error.Line);
        Assert.Null(error.Column);
    }

    [Fact]
    public void An_unclosed_quote_names_the_line_where_it_opened()
    {
        string path = Write("u.csv", "a,b\n1,2\n3,\"open\n4,5\n");
        var error = Assert.Throws<CsvFormatException>(() => Csv.Read(path));
        Assert.Equal(3, error.Line);
        Assert.Equal("2", error.Column);
        Assert.Equal($"{path}, line 3, column 2: a quoted field is not closed", error.Message);
    }

    [Fact]
    public void Text_after_a_closing_quote_is_rejected()
    {
        var error = Assert.Throws<CsvFormatException>(() => Csv.Read(Write("t.csv", "a,b\n\"x\"y,2\n")));
        Assert.Equal(2, error.Line);
        Assert.Equal("1", error.Column);
    }

    [Fact]
    public void Empty_file_and_bad_headers_are_rejected()
    {
        Assert.Equal(1, Assert.Throws<CsvFormatException>(() => Csv.Read(Write("empty.csv", ""))).Line);
        var duplicate = Assert.Throws<CsvFormatException>(() => Csv.Read(Write("dup.csv", "a,b,a\n1,2,3\n")));
        Assert.Equal("a", duplicate.Column);
        Assert.Contains("twice", duplicate.Message);
        Assert.Equal("2", Assert.Throws<CsvFormatException>(() => Csv.Read(Write("blank.csv", "a,,c\n1,2,3\n"))).Column);
    }

    [Fact]
    public void A_missing_file_names_the_path()
    {
        string path = Path.Combine(_folder, "nowhere.csv");
        var error = Assert.Throws<FileNotFoundException>(() => Csv.Read(path));
        Assert.Equal(path, error.FileName);
        Assert.Contains(path, error.Message);
    }

    [Fact]
    public void An_unknown_column_lists_the_columns()
    {
        var table = Csv.Read(Write("k.csv", "a,b\n1,2\n"));
        var error = Assert.Throws<ArgumentException>(() => table.Numbers("c"));
        Assert.Equal("column", error.ParamName);
        Assert.Contains("no column 'c'", error.Message);
        Assert.Contains("'a', 'b'", error.Message);
    }
}
