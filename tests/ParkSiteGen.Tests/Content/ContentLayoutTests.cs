using ParkSiteGen.Content;
using ParkSiteGen.Model;

namespace ParkSiteGen.Tests.Content;

/// <summary>The names of a park folder's year folders and narratives: what the loader reads, and so what a link in a
/// narrative may lead to.</summary>
public class ContentLayoutTests
{
    [Theory]
    [InlineData("2023", 2023)]
    [InlineData("1949", 1949)]
    [InlineData("2100", 2100)]
    [InlineData("1948", null)]
    [InlineData("2101", null)]
    [InlineData("0000", null)]
    [InlineData("202", null)]
    [InlineData("20231", null)]
    [InlineData("2023a", null)]
    [InlineData("+202", null)]
    [InlineData(" 2023", null)]
    [InlineData("２０２３", null)] // full-width digits, as a Chinese input method types them
    [InlineData("images", null)]
    public void A_year_folder_is_four_digits_from_1949_to_2100(string name, int? year) =>
        Assert.Equal(year, ContentLayout.YearOf(name));

    [Theory]
    [InlineData("profile.zh.md", "profile", "zh")]
    [InlineData("profile.en.md", "profile", "en")]
    [InlineData("bulletin.en.md", "bulletin", "en")]
    [InlineData("bulletin.zh.md", "profile", null)]
    [InlineData("profile.fr.md", "profile", null)]
    [InlineData("profile.zh-CN.md", "profile", null)]
    [InlineData("profile.md", "profile", null)]
    [InlineData("profile..md", "profile", null)]
    [InlineData("profile.zh.md.bak", "profile", null)]
    [InlineData("profile.zh.markdown", "profile", null)]
    [InlineData("Profile.zh.md", "profile", null)]
    [InlineData("profiles.zh.md", "profile", null)]
    [InlineData("profile.zh.en.md", "profile", null)]
    public void A_narrative_is_named_for_a_site_language(string name, string stem, string? code) =>
        Assert.Equal(code, ContentLayout.NarrativeLanguage(name, stem, [Language.Zh, Language.En])?.Code);

    [Theory]
    [InlineData(ContentLayout.ProfileStem)]
    [InlineData(ContentLayout.BulletinStem)]
    public void A_narrative_is_read_by_the_name_it_is_given(string stem) =>
        Assert.All(Language.Supported, l => Assert.Equal(l, ContentLayout.NarrativeLanguage(ContentLayout.NarrativeName(stem, l), stem, Language.Supported)));

    [Fact]
    public void A_language_the_site_does_not_have_names_no_narrative() =>
        Assert.Null(ContentLayout.NarrativeLanguage("profile.en.md", ContentLayout.ProfileStem, [Language.Zh]));
}
