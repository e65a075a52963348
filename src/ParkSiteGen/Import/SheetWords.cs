using ParkSiteGen.Model;

namespace ParkSiteGen.Import;

/// <summary>The words of the sheets <c>import</c> reads and <c>export</c> writes: one home, so that a sheet written by
/// <c>export</c> is always one that <c>import</c> reads. Matching ignores case, spaces and full-width forms, and a
/// header matches when it starts with a word (so "本年 2024" and "同比增长(%)" are understood).</summary>
public static class SheetWords
{
    // One park, one year, indicators as rows (统计月报/年报). Checked in this order: the first that matches names
    // the column, so "指标代码" is a key column before "指标" can make it a name column.
    public static readonly string[] Key = ["指标代码", "代码", "key"];
    public static readonly string[] EnglishName = ["英文名称", "indicator(english)", "english"];
    public static readonly string[] Name = ["指标名称", "指标", "项目", "indicator", "name"];
    public static readonly string[] Unit = ["计量单位", "单位", "unit"];
    public static readonly string[] LastYear = ["上年", "去年", "lastyear"];
    public static readonly string[] Value = ["本年", "本期", "数值", "实际", "完成", "value", "thisyear"];
    public static readonly string[] Yoy = ["同比", "比上年增长", "增长", "增速", "yoy", "change"];
    public static readonly string[] Note = ["备注", "说明", "note"];

    // Labels above the header of the first shape: "园区 | 常德经开区", "年份 | 2024".
    public static readonly string[] ParkLabel = ["园区", "填报单位", "单位名称", "park"];
    public static readonly string[] YearLabel = ["年份", "年度", "报告期", "year"];

    // Many parks, indicators as columns (全省园区排名表): the column of the parks' names.
    public static readonly string[] ParkColumn = ["园区", "开发区", "名称", "park"];

    /// <summary>Columns of a ranking table that are not figures: skipped without a word.</summary>
    public static readonly string[] NotFigures = ["序号", "排名", "名次", "所在", "市州", "城市", "地区", "级别", "类别", "备注", "no", "rank", "city", "level"];

    /// <summary>Rows of a ranking table that are not parks.</summary>
    public static readonly string[] NotParks = ["合计", "总计", "全省", "小计", "平均", "total", "average"];

    /// <summary>A figure the sheet corrects, which may replace a different value already in data.yml: the word in
    /// the row's 备注, or after the value in brackets ("8.9（更正）").</summary>
    public static readonly string[] Correction = ["更正", "修订", "修正", "correction", "corrected", "revised"];

    /// <summary>The headers <c>export</c> writes, in both languages, each starting with a word above.</summary>
    public static class Headers
    {
        public const string Park = "园区 Park";
        public const string Year = "年份 Year";
        public const string Key = "指标代码 Key";
        public const string Name = "指标名称";
        public const string EnglishName = "英文名称 Indicator";
        public const string Unit = "单位 Unit";
        public const string Yoy = "同比增长(%) YoY";
        public const string Note = "备注 Note";

        public static string LastYear(int year) => $"上年 {year}";

        public static string Value(int year) => $"本年 {year}";
    }

    /// <summary>A value with its qualifier as a person types it, and as <see cref="CellReader"/> reads it back:
    /// 约26, 超过26, 26以上, 26余, 近26.</summary>
    public static string WithQualifier(string number, Qualifier qualifier) => qualifier switch
    {
        Qualifier.None => number,
        Qualifier.AtLeast => number + "以上",
        Qualifier.MoreThan => "超过" + number,
        Qualifier.Over => number + "余",
        Qualifier.About => "约" + number,
        Qualifier.Nearly => "近" + number,
        _ => throw new ArgumentOutOfRangeException(nameof(qualifier), qualifier, null),
    };
}
