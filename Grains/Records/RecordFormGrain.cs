using CommunityPlanning.Common;
using CommunityPlanning.Hosting;
using CommunityPlanning.WorkingGroups;

namespace CommunityPlanning.Records;

public sealed class RecordFormGrain(
    [PersistentState("record-form", GrainStorage.Name)] IPersistentState<RecordFormState> state,
    IGrainFactory grains) : Grain, IRecordFormGrain
{
    public Task<RecordForm> Get() => Task.FromResult(state.State.Form ?? RecordForm.Default);

    public async Task<RecordForm> Set(Actor actor, RecordForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        await grains.GetGrain<IWorkingGroupGrain>(this.GetPrimaryKey()).AuthorizeManager(actor);
        var checkedForm = form with
        {
            Heading = TextRules.OptionalName(form.Heading, TextRules.TitleMaxLength),
            TitlePattern = TextRules.OptionalName(form.TitlePattern, TextRules.TitleMaxLength),
            ScheduleTitle = TextRules.OptionalName(form.ScheduleTitle, TextRules.TitleMaxLength),
            ScheduleNote = TextRules.OptionalName(form.ScheduleNote, TextRules.PlaceMaxLength),
            AttendanceOrder = Enum.IsDefined(form.AttendanceOrder) ? form.AttendanceOrder : throw new DomainException(ErrorCodes.InvalidValue, "attendanceOrder"),
            RecorderForm = Enum.IsDefined(form.RecorderForm) ? form.RecorderForm : throw new DomainException(ErrorCodes.InvalidValue, "recorderForm"),
        };
        state.State.Form = checkedForm;
        await state.WriteStateAsync();
        return checkedForm;
    }
}

[GenerateSerializer, Alias("cp.RecordFormState")]
public sealed class RecordFormState
{
    [Id(0)] public RecordForm? Form { get; set; }
}
