namespace CommunityPlanning.Records;

/// <summary>How a group lists the people present and excused in its minutes.</summary>
public enum AttendanceOrder
{
    /// <summary>In the order they were entered (the roster's or the imported record's order).</summary>
    AsEntered = 0,

    /// <summary>By surname, in Czech collation.</summary>
    BySurname = 1,
}

/// <summary>How the recorder signs the minutes: "zapsal(a)", "zapsala" or "zapsal".</summary>
public enum RecorderForm
{
    Unspecified = 0,
    Feminine = 1,
    Masculine = 2,
}

/// <summary>
/// A working group's form of its minutes, as the town writes them: the heading line above the title, the title's
/// pattern, which optional lines appear, the order of attendance and the schedule's own title and note. Exports follow
/// it exactly; an imported record can propose it.
/// </summary>
/// <param name="TitlePattern">The title with placeholders <c>{group}</c>, <c>{title}</c>, <c>{date}</c>; null: the product's default.</param>
/// <param name="ResponsibleAsWritten">
/// A task's responsible printed as entered ("Barbora Holubová"); false (the product's layout): shortened to "B. Holubová".
/// </param>
[GenerateSerializer, Immutable, Alias("cp.RecordForm")]
public sealed record RecordForm(
    [property: Id(0)] string? Heading,
    [property: Id(1)] string? TitlePattern,
    [property: Id(2)] bool ShowFacilitator,
    [property: Id(3)] bool ShowHeadCount,
    [property: Id(4)] bool ShowApproval,
    [property: Id(5)] AttendanceOrder AttendanceOrder,
    [property: Id(6)] RecorderForm RecorderForm,
    [property: Id(7)] string? ScheduleTitle,
    [property: Id(8)] string? ScheduleNote,
    [property: Id(9)] bool ResponsibleAsWritten = false)
{
    /// <summary>What a group has before its managers set a form: the product's layout as it was.</summary>
    public static readonly RecordForm Default = new(null, null, true, true, true, AttendanceOrder.AsEntered, RecorderForm.Unspecified, null, null);
}
