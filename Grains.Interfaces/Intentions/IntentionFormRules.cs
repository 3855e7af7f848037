using CommunityPlanning.Common;
using CommunityPlanning.Plans;

namespace CommunityPlanning.Intentions;

/// <summary>
/// The form's rules, shared by the web layer (which answers a submission's problems field by field) and the intention
/// grain. <see cref="Normalize"/> refuses what no draft may hold (too long, control characters); <see cref="Problems"/>
/// lists what stops a submission.
/// </summary>
public static class IntentionFormRules
{
    public const int NeedMaxLength = 10_000;
    public const int MaxFundingSources = 20;
    public const int MaxObjectives = 30;
    public const decimal MaxCapacity = 1_000_000m;
    public const long MaxAmount = 100_000_000_000;

    /// <summary>A problem that is not a field's own: the sources do not add up to the total cost.</summary>
    public const string SumMismatch = "validation.sum_mismatch";

    public static IntentionForm Normalize(IntentionForm form)
    {
        var p = form.Provider ?? IntentionForm.Empty.Provider;
        var s = form.Service ?? IntentionForm.Empty.Service;
        var c = form.Change ?? IntentionForm.Empty.Change;
        var f = form.Funding ?? IntentionForm.Empty.Funding;
        var sources = f.Sources ?? [];
        var objectives = form.Objectives ?? [];
        if (sources.Count > MaxFundingSources || objectives.Count > MaxObjectives)
        {
            throw new DomainException(ErrorCodes.TooLong, "too many funding sources or objectives");
        }

        return new IntentionForm(
            new ProviderDetails(
                Line(p.Name), Ico.Normalize(Line(p.Ico, 20)), Line(p.Address, TextRules.PlaceMaxLength), Line(p.StatutoryBody),
                Line(p.ContactPerson), Line(p.Email, TextRules.EmailMaxLength), Line(p.Phone, 40)),
            new ServiceDetails(Line(s.Name), Line(s.RegistrationId, 40), Defined(s.Type), Defined(s.Form), Line(s.TargetGroup, TextRules.PlaceMaxLength),
                Line(s.Area, TextRules.PlaceMaxLength)),
            new CapacityChange(Defined(c.Kind), c.CurrentCapacity, c.RequestedCapacity, Defined(c.Unit), c.From),
            new IntentionFunding(f.TotalCost, [.. sources.Select(x => new FundingSource(Line(x.Source), x.Amount))]),
            string.IsNullOrWhiteSpace(form.Need) ? null : TextRules.MultilineText(form.Need.Trim(), NeedMaxLength),
            form.WorkingGroupId == Guid.Empty ? null : form.WorkingGroupId,
            [.. objectives.Distinct()]);
    }

    /// <summary>What must be filled in or corrected before the form can be submitted; empty when it can.</summary>
    public static IReadOnlyList<FormProblem> Problems(IntentionForm form)
    {
        var problems = new List<FormProblem>();
        void Require(string field, object? value)
        {
            if (value is null or "")
            {
                problems.Add(new FormProblem(field, ErrorCodes.Required));
            }
        }

        var p = form.Provider;
        Require("provider.name", p.Name);
        Require("provider.ico", p.Ico);
        if (p.Ico is not null && !Ico.IsValid(p.Ico))
        {
            problems.Add(new FormProblem("provider.ico", IntentionErrorCodes.IcoInvalid));
        }

        Require("provider.address", p.Address);
        Require("provider.statutoryBody", p.StatutoryBody);
        Require("provider.contactPerson", p.ContactPerson);
        Require("provider.email", p.Email);
        if (p.Email is not null && !IsEmail(p.Email))
        {
            problems.Add(new FormProblem("provider.email", ErrorCodes.InvalidValue));
        }

        Require("provider.phone", p.Phone);
        if (p.Phone is not null && !IsPhone(p.Phone))
        {
            problems.Add(new FormProblem("provider.phone", ErrorCodes.InvalidValue));
        }

        var s = form.Service;
        Require("service.name", s.Name);
        Require("service.registrationId", s.RegistrationId);
        Require("service.type", s.Type);
        Require("service.form", s.Form);
        Require("service.targetGroup", s.TargetGroup);
        Require("service.area", s.Area);

        var c = form.Change;
        Require("change.kind", c.Kind);
        if (c.Kind is not IntentionChangeKind.NewService)
        {
            Require("change.currentCapacity", c.CurrentCapacity);
        }

        Require("change.requestedCapacity", c.RequestedCapacity);
        Require("change.unit", c.Unit);
        Require("change.from", c.From);
        if (c.CurrentCapacity is < 0 or > MaxCapacity)
        {
            problems.Add(new FormProblem("change.currentCapacity", ErrorCodes.InvalidValue));
        }

        if (c.RequestedCapacity is <= 0 or > MaxCapacity
            || (c.Kind == IntentionChangeKind.CapacityIncrease && c.RequestedCapacity <= c.CurrentCapacity))
        {
            problems.Add(new FormProblem("change.requestedCapacity", ErrorCodes.InvalidValue));
        }

        var f = form.Funding;
        Require("funding.totalCost", f.TotalCost);
        if (f.TotalCost is < 0 or > MaxAmount)
        {
            problems.Add(new FormProblem("funding.totalCost", ErrorCodes.InvalidValue));
        }

        if (f.Sources.Count == 0)
        {
            problems.Add(new FormProblem("funding.sources", ErrorCodes.Required));
        }

        for (var i = 0; i < f.Sources.Count; i++)
        {
            Require($"funding.sources.{i}.source", f.Sources[i].Source);
            Require($"funding.sources.{i}.amount", f.Sources[i].Amount);
            if (f.Sources[i].Amount is < 0 or > MaxAmount)
            {
                problems.Add(new FormProblem($"funding.sources.{i}.amount", ErrorCodes.InvalidValue));
            }
        }

        if (f.TotalCost is { } total && f.Sources.Count > 0 && f.Sources.All(x => x.Amount is not null)
            && f.Sources.Sum(x => x.Amount!.Value) != total)
        {
            problems.Add(new FormProblem("funding.sources", SumMismatch));
        }

        Require("need", form.Need);
        Require("workingGroupId", form.WorkingGroupId);
        if (form.Objectives.Count == 0)
        {
            problems.Add(new FormProblem("objectives", ErrorCodes.Required));
        }

        return problems;
    }

    private static string? Line(string? value, int maxLength = TextRules.NameMaxLength) => TextRules.OptionalName(value, maxLength);

    private static T? Defined<T>(T? value) where T : struct, Enum => value is { } v ? TextRules.Defined(v) : null;

    private static bool IsEmail(string email)
    {
        try
        {
            TextRules.Email(email);
            return true;
        }
        catch (DomainException)
        {
            return false;
        }
    }

    private static bool IsPhone(string phone) =>
        phone.Count(char.IsAsciiDigit) is >= 9 and <= 15 && phone.All(ch => char.IsAsciiDigit(ch) || ch is ' ' or '+' or '-' or '(' or ')');

    /// <summary>Whether every chosen objective is in one of the given plans.</summary>
    public static bool ObjectivesIn(IReadOnlyList<ObjectiveLink> objectives, IReadOnlyList<PlanView> plans) =>
        objectives.All(o => plans.Any(p => p.Id == o.PlanId && p.HasObjective(o.ObjectiveId)));
}
