using System.Text;
using CommunityPlanning.Common;
using CommunityPlanning.Web.Records;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CommunityPlanning.Web.Tests.Records;

/// <summary>The one mapping from a format name in a URL to the record's bytes, content type and file name.</summary>
public sealed class RecordFormatTests
{
    private const string Name = "Zápis z jednání 18. 11. 2015 (ěščřžýáíéúůťďňó)";

    [Fact]
    public void Markdown_is_a_utf8_download_with_an_ascii_name()
    {
        var document = MinutesSample.Document();

        var file = Assert.IsType<FileContentHttpResult>(RecordFormat.File(document, "md", Name));

        Assert.Equal("text/markdown; charset=utf-8", file.ContentType);
        Assert.Equal("Zapis-z-jednani-18-11-2015-escrzyaieuutdno.md", file.FileDownloadName);
        Assert.Equal(MarkdownWriter.Write(document), Encoding.UTF8.GetString(file.FileContents.Span));
    }

    [Fact]
    public void Docx_is_a_download_of_the_word_document()
    {
        var file = Assert.IsType<FileContentHttpResult>(RecordFormat.File(MinutesSample.Document(), "docx", Name));

        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", file.ContentType);
        Assert.Equal("Zapis-z-jednani-18-11-2015-escrzyaieuutdno.docx", file.FileDownloadName);
        Assert.Equal("PK"u8.ToArray(), file.FileContents[..2].ToArray());
    }

    [Fact]
    public void Html_is_shown_inline_not_downloaded()
    {
        var document = MinutesSample.Document();

        var page = Assert.IsType<ContentHttpResult>(RecordFormat.File(document, "html", Name));

        Assert.Equal("text/html; charset=utf-8", page.ContentType);
        Assert.Equal(HtmlWriter.Write(document), page.ResponseContent);
    }

    [Theory]
    [InlineData("../../etc/passwd", "etc-passwd.md")]
    [InlineData("zápis\r\n\"; x=y", "zapis-x-y.md")]
    [InlineData("ěščř", "escr.md")]
    [InlineData("", "dokument.md")]
    [InlineData("–/–", "dokument.md")]
    public void A_file_name_keeps_only_safe_ascii(string name, string expected)
    {
        var file = Assert.IsType<FileContentHttpResult>(RecordFormat.File(MinutesSample.Document(), "md", name));

        Assert.Equal(expected, file.FileDownloadName);
    }

    [Fact]
    public void A_long_name_is_cut_without_a_trailing_dash()
    {
        var file = Assert.IsType<FileContentHttpResult>(RecordFormat.File(MinutesSample.Document(), "md", string.Concat(Enumerable.Repeat("abc ", 30))));

        // The 80th character is a dash.
        Assert.Equal(string.Join('-', Enumerable.Repeat("abc", 20)) + ".md", file.FileDownloadName);
    }

    [Theory]
    [InlineData("pdf")]
    [InlineData("DOCX")]
    [InlineData("")]
    public void An_unknown_format_is_an_invalid_value(string format)
    {
        var error = Assert.Throws<DomainException>(() => RecordFormat.File(MinutesSample.Document(), format, Name));

        Assert.Equal(ErrorCodes.InvalidValue, error.Code);
    }
}
