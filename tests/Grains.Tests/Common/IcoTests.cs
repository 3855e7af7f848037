using CommunityPlanning.Common;

namespace CommunityPlanning.Tests.Common;

public sealed class IcoTests
{
    [Theory]
    [InlineData("00064581")] // Hlavní město Praha: sum mod 11 is 0, check digit 1
    [InlineData("00262978")] // Statutární město Liberec
    [InlineData("70891508")] // Liberecký kraj
    public void Real_numbers_are_valid(string ico) => Assert.True(Ico.IsValid(ico));

    [Theory]
    [InlineData("00064582")] // wrong check digit
    [InlineData("0006458")] // seven digits
    [InlineData("000645810")] // nine
    [InlineData("0006458a")]
    [InlineData("")]
    [InlineData(null)]
    public void Anything_else_is_not(string? ico) => Assert.False(Ico.IsValid(ico));

    [Fact]
    public void Spaces_people_type_are_taken_out() => Assert.Equal("00064581", Ico.Normalize(" 000 64 581 "));
}
