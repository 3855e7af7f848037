using System.Globalization;
using CommunityPlanning.Intentions;
using CommunityPlanning.Web.Common;
using CommunityPlanning.Web.Records;

namespace CommunityPlanning.Web.Intentions;

/// <summary>
/// The register as a town attaches it to its minutes: a CSV of every column, and a DOCX with the call's header and a
/// table of the intentions (provider, service, change, opinion, statement, decision, outcome, state).
/// </summary>
public sealed class RegisterRecord(PublicRegister register, IReadOnlyDictionary<string, string> texts, string language)
{
    private CultureInfo Culture => CultureInfo.GetCultureInfo(language == "en" ? "en-GB" : "cs-CZ");

    public byte[] Csv()
    {
        var csv = new CsvWriter();
        csv.Row([
            T("intentions.column.provider"), T("intentions.field.provider.ico"), T("intentions.column.service"), T("intentions.field.service.type"),
            T("intentions.field.service.form"), T("intentions.field.service.area"), T("intentions.field.change.kind"), T("intentions.field.change.currentCapacity"),
            T("intentions.field.change.requestedCapacity"), T("intentions.field.change.unit"), T("intentions.field.change.from"), T("intentions.field.funding.totalCost"),
            T("intentions.column.group"), T("intentions.column.opinion"), .. VoteColumns, T("intentions.statement"), T("intentions.column.decision"),
            .. VoteColumns, T("intentions.register.block"), T("intentions.outcomeLabel"), T("intentions.column.state"), T("intentions.field.objectives")]);
        foreach (var i in register.Intentions)
        {
            var (opinion, decision) = (i.Opinion ?? i.InconclusiveOpinion, i.Decision ?? i.InconclusiveDecision);
            csv.Row([
                i.ProviderName, i.ProviderIco, i.ServiceName, Code("serviceType", i.ServiceType), Code("serviceForm", i.ServiceForm), i.Area,
                Code("changeKind", i.ChangeKind), i.CurrentCapacity, i.RequestedCapacity, Code("unit", i.Unit), i.From?.ToString("yyyy-MM-dd"),
                i.TotalCost, Group(i.WorkingGroupId), OpinionOf(i), .. VoteDetails(opinion), i.Statement, DecisionOf(i), .. VoteDetails(decision),
                decision is { Block: true } ? T("common.yes") : "", Code("outcome", i.Outcome), Code("state", i.State), Objectives(i)]);
        }

        return csv.ToBytes();
    }

    public RecordDocument Document()
    {
        var call = register.Call;
        var rows = register.Intentions.Select(i => (IReadOnlyList<string>)
        [
            $"{i.ProviderName} (IČO {i.ProviderIco})",
            $"{i.ServiceName}, {Code("serviceType", i.ServiceType)}",
            $"{Code("changeKind", i.ChangeKind)}: {Number(i.CurrentCapacity)} → {Number(i.RequestedCapacity)} {Code("unit", i.Unit)}",
            Cell(OpinionOf(i), i.Opinion ?? i.InconclusiveOpinion),
            i.Statement ?? "—",
            Cell(DecisionOf(i), i.Decision ?? i.InconclusiveDecision),
            Code("outcome", i.Outcome) is { Length: > 0 } outcome ? outcome : "—",
            Code("state", i.State),
        ]).ToList();
        return new RecordDocument(call.Title,
        [
            RecordParagraph.Field(T("intentions.callYear"), call.Year.ToString(Culture)),
            RecordParagraph.Field(T("intentions.callDeadline"), CzechFormat.DateTime(call.Deadline)),
            RecordParagraph.Field(T("intentions.callGroups"), string.Join(", ", call.WorkingGroups.Select(g => g.Name))),
            new RecordTable(
            [
                T("intentions.column.provider"), T("intentions.column.service"), T("intentions.field.change.kind"), T("intentions.column.opinion"),
                T("intentions.statement"), T("intentions.column.decision"), T("intentions.outcomeLabel"), T("intentions.column.state"),
            ], rows),
        ], language);
    }

    private string T(string key) => texts.TryGetValue(key, out var text) ? text : key;

    private string Code(string list, Enum? value) => value is null ? "" : T($"intentions.{list}.{value}");

    private string Number(decimal? value) => value?.ToString("0.##", Culture) ?? "—";

    private static string Counts(PublicVote? vote) => vote is null ? "" : $"{vote.For}:{vote.Against}:{vote.Abstained}";

    /// <summary>The columns that describe a vote: its counts, the recused, the group's members, the quorum and whether it was met.</summary>
    private string[] VoteColumns =>
    [
        T("intentions.register.counts"), T("intentions.register.recused"), T("intentions.register.members"), T("intentions.register.quorum"),
        T("intentions.register.quorumState"),
    ];

    private object?[] VoteDetails(PublicVote? vote) => vote is null
        ? ["", "", "", "", ""]
        : [Counts(vote), vote.Recused, vote.Members, vote.Quorum, QuorumState(vote)];

    private string QuorumState(PublicVote vote) => T(vote.QuorumMet ? "intentions.register.quorumReached" : "intentions.register.quorumMissed");

    /// <summary>The opinion, or "no result" when the last poll decided nothing.</summary>
    private string OpinionOf(PublicIntention i) =>
        i.Opinion is { } o ? Code("opinion", o.Opinion) : i.InconclusiveOpinion is not null ? T("intentions.register.noResult") : "";

    private string DecisionOf(PublicIntention i) =>
        i.Decision?.Decision is { } d ? Code("decision", d) : i.InconclusiveDecision is not null ? T("intentions.register.noResult") : "";

    /// <summary>A vote in the record's table: "doporučující (3:0:0), vyloučeno pro střet zájmů: 1, kvórum: nesplněno".</summary>
    private string Cell(string result, PublicVote? vote)
    {
        if (vote is null)
        {
            return "—";
        }

        var recused = vote.Recused > 0 ? $", {T("intentions.register.recused")}: {vote.Recused}" : "";
        var quorum = vote.QuorumMet ? "" : $", {T("intentions.register.quorumState")}: {QuorumState(vote)}";
        var block = vote.Block ? $", {T("intentions.register.block")}" : "";
        return $"{result} ({Counts(vote)}){recused}{quorum}{block}";
    }

    private string Group(Guid? id) => register.Call.WorkingGroups.FirstOrDefault(g => g.Id == id)?.Name ?? "";

    private string Objectives(PublicIntention i) =>
        string.Join(", ", i.Objectives.Select(o => register.Objectives.FirstOrDefault(x => x.ObjectiveId == o.ObjectiveId) is { } x ? $"{x.Code} {x.Text}" : ""));
}
