namespace ParkSiteGen.Spreadsheets;

/// <summary>A1 references: column letters and row numbers as Excel shows them.</summary>
public static class CellAddress
{
    /// <param name="row">From 0.</param>
    /// <param name="column">From 0.</param>
    public static string Of(int row, int column) => Column(column) + (row + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>0 → A, 25 → Z, 26 → AA.</summary>
    public static string Column(int column)
    {
        var letters = "";
        for (var n = column + 1; n > 0; n = (n - 1) / 26)
        {
            letters = (char)('A' + ((n - 1) % 26)) + letters;
        }

        return letters;
    }
}
