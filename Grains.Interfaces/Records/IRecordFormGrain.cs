using CommunityPlanning.Common;

namespace CommunityPlanning.Records;

/// <summary>A working group's <see cref="RecordForm"/>, keyed by the group's id.</summary>
[Alias("cp.IRecordFormGrain")]
public interface IRecordFormGrain : IGrainWithGuidKey
{
    /// <summary>The group's form, or <see cref="RecordForm.Default"/> when none was set.</summary>
    [Alias("Get")]
    Task<RecordForm> Get();

    /// <summary>Sets the form; the group's managers only (<c>forbidden</c>), texts checked like other names.</summary>
    [Alias("Set")]
    Task<RecordForm> Set(Actor actor, RecordForm form);
}
