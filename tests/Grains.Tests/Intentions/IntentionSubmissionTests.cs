using CommunityPlanning.Common;
using CommunityPlanning.Intentions;
using CommunityPlanning.Tests.Infrastructure;
using static CommunityPlanning.Tests.Infrastructure.TestActors;
using static CommunityPlanning.Tests.Intentions.IntentionSetup;

namespace CommunityPlanning.Tests.Intentions;

/// <summary>The provider's side: the link, drafts, submission with its problems, read-only after, return and resubmission, attachments.</summary>
public sealed class IntentionSubmissionTests(ClusterFixture fixture) : IClassFixture<ClusterFixture>
{
    private Task<IntentionSetup> SetupAsync() => IntentionSetup.CreateAsync(fixture.Client, fixture.Clock);

    [Fact]
    public async Task A_link_is_stored_as_its_hash_and_resolves_only_while_it_is_the_intentions_current_one()
    {
        var setup = await SetupAsync();
        var (intention, hash, token) = await setup.AddAsync();

        Assert.Equal(intention.GetPrimaryKey(), await fixture.Client.GetGrain<ISubmissionLinkGrain>(hash).Resolve());
        await AssertRefused(IntentionErrorCodes.LinkInvalid, () => fixture.Client.GetGrain<ISubmissionLinkGrain>(InviteTokensHash(token + "x")).Resolve());
        Assert.DoesNotContain(token, Json(await intention.Get(setup.Admin)));
        Assert.Equal(IntentionState.Draft, (await intention.GetSubmission(hash)).State);

        var newer = await intention.IssueLink(setup.Admin);
        var newerHash = CommunityPlanning.Meetings.InviteTokens.Hash(newer.Token);
        await AssertRefused(IntentionErrorCodes.LinkRevoked, () => intention.GetSubmission(hash));
        Assert.True((await intention.GetSubmission(newerHash)).Editable);

        var revoked = await intention.RevokeLink(setup.Admin);
        Assert.False(revoked.LinkActive);
        await AssertRefused(IntentionErrorCodes.LinkRevoked, () => intention.SaveDraft(newerHash, setup.Form()));
        Assert.Equal([IntentionAction.Created, IntentionAction.LinkIssued, IntentionAction.LinkIssued, IntentionAction.LinkRevoked],
            revoked.History.Select(h => h.Action));
        await AssertRefused(ErrorCodes.Forbidden, () => intention.IssueLink(setup.Manager));
    }

    [Fact]
    public async Task A_draft_is_saved_as_it_is_and_read_back_with_what_stops_it_from_being_submitted()
    {
        var setup = await SetupAsync();
        var (intention, hash, _) = await setup.AddAsync();
        var partial = IntentionForm.Empty with { Provider = IntentionForm.Empty.Provider with { Name = "  Domov U Jezírka  ", Ico = "255 96 642" } };

        await intention.SaveDraft(hash, partial);
        var back = await intention.GetSubmission(hash);

        Assert.Equal(("Domov U Jezírka", "25596642"), (back.Form.Provider.Name, back.Form.Provider.Ico));
        Assert.Contains(new FormProblem("provider.ico", IntentionErrorCodes.IcoInvalid), back.Problems);
        Assert.Contains(new FormProblem("service.type", ErrorCodes.Required), back.Problems);
        Assert.Contains(new FormProblem("objectives", ErrorCodes.Required), back.Problems);
        Assert.DoesNotContain(back.Problems, p => p.Field == "provider.name");
        Assert.Equal(IntentionState.Draft, back.State);
        await AssertRefused(ErrorCodes.TooLong, () => intention.SaveDraft(hash, partial with { Need = new string('x', IntentionFormRules.NeedMaxLength + 1) }));
        await AssertRefused(IntentionErrorCodes.WrongGroup, () => intention.SaveDraft(hash, partial with { WorkingGroupId = Guid.NewGuid() }));
    }

    [Fact]
    public async Task A_form_with_problems_is_refused_with_them_and_nothing_changes()
    {
        var setup = await SetupAsync();
        var (intention, hash, _) = await setup.AddAsync();
        var before = Json(await intention.Get(setup.Admin));

        var refused = await Refused(() => intention.Submit(hash, setup.Form(ico: WrongIco)));
        Assert.Equal(IntentionErrorCodes.Incomplete, refused.Code);
        Assert.Contains("provider.ico validation.ico_invalid", refused.Message);

        var sums = setup.Form() with { Funding = new IntentionFunding(1_000_000, [new FundingSource("Kraj", 10)]) };
        Assert.Contains("funding.sources validation.sum_mismatch", (await Refused(() => intention.Submit(hash, sums))).Message);
        var smaller = setup.Form() with { Change = setup.Form().Change with { RequestedCapacity = 4 } };
        Assert.Contains("change.requestedCapacity validation.invalid_value", (await Refused(() => intention.Submit(hash, smaller))).Message);
        var foreignObjective = setup.Form() with { Objectives = [new CommunityPlanning.Plans.ObjectiveLink(setup.Objective.PlanId, Guid.NewGuid())] };
        await AssertRefused(IntentionErrorCodes.WrongGroup, () => intention.Submit(hash, foreignObjective));

        Assert.Equal(before, Json(await intention.Get(setup.Admin)));
    }

    [Fact]
    public async Task A_submitted_intention_is_read_only_for_the_provider_until_it_is_returned_with_a_note()
    {
        var setup = await SetupAsync();
        var (intention, hash, _) = await setup.AddAsync();

        var submitted = await intention.Submit(hash, setup.Form());
        Assert.Equal((IntentionState.Submitted, false), (submitted.State, submitted.Editable));
        Assert.NotNull(submitted.SubmittedAt);
        await AssertRefused(IntentionErrorCodes.InvalidTransition, () => intention.SaveDraft(hash, setup.Form("Jiný")));
        await AssertRefused(IntentionErrorCodes.InvalidTransition, () => intention.Submit(hash, setup.Form("Jiný")));
        await AssertRefused(IntentionErrorCodes.InvalidTransition, () => intention.AddAttachment(hash, new AttachmentUpload("a.pdf", Pdf())));

        await AssertRefused(ErrorCodes.Required, () => intention.ReturnForCompletion(setup.Admin, "  "));
        await AssertRefused(ErrorCodes.Forbidden, () => intention.ReturnForCompletion(setup.Manager, "Doplňte rozpočet."));
        await intention.ReturnForCompletion(setup.Admin, "Doplňte prosím zdroje financování.");
        var returned = await intention.GetSubmission(hash);
        Assert.Equal((IntentionState.ReturnedForCompletion, true, "Doplňte prosím zdroje financování."), (returned.State, returned.Editable, returned.ReturnNote));

        await intention.SaveDraft(hash, setup.Form("Domov U Jezírka, z. ú."));
        var resubmitted = await intention.Submit(hash, setup.Form("Domov U Jezírka, z. ú."));
        Assert.Equal((IntentionState.Submitted, "Domov U Jezírka, z. ú.", null), (resubmitted.State, resubmitted.Form.Provider.Name, resubmitted.ReturnNote));

        var history = (await intention.Get(setup.Admin)).History;
        Assert.Equal([IntentionAction.Created, IntentionAction.LinkIssued, IntentionAction.Submitted, IntentionAction.ReturnedForCompletion,
            IntentionAction.DraftSaved, IntentionAction.Resubmitted], history.Select(h => h.Action));
        var returnEntry = history.Single(h => h.Action == IntentionAction.ReturnedForCompletion);
        Assert.Equal((setup.Admin.DisplayName, setup.Admin.AccountId, HistoryActor.Organizer, "Doplňte prosím zdroje financování."),
            (returnEntry.By, returnEntry.ByAccountId, returnEntry.Kind, returnEntry.Detail));
        Assert.Equal(("Jana Malá", HistoryActor.Provider), (history[^1].By, history[^1].Kind));
    }

    [Fact]
    public async Task Attachments_are_PDF_DOCX_or_XLSX_by_their_content_and_limited_in_size_and_number()
    {
        var setup = await SetupAsync();
        var (intention, hash, _) = await setup.AddAsync();

        var view = await intention.AddAttachment(hash, new AttachmentUpload("rozpočet.pdf", Pdf()));
        view = await intention.AddAttachment(hash, new AttachmentUpload("../potřebnost.docx", OfficeFile("word/document.xml")));
        view = await intention.AddAttachment(hash, new AttachmentUpload("tabulka.XLSX", OfficeFile("xl/workbook.xml")));
        Assert.Equal([("rozpočet.pdf", AttachmentType.Pdf), ("potřebnost.docx", AttachmentType.Docx), ("tabulka.XLSX", AttachmentType.Xlsx)],
            view.Attachments.Select(a => (a.FileName, a.Type)));
        Assert.Equal(Pdf(), (await intention.ReadAttachment(hash, view.Attachments[0].Id)).Content);

        var before = Json(await intention.Get(setup.Admin));
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
        await AssertRefused(IntentionErrorCodes.AttachmentType, () => intention.AddAttachment(hash, new AttachmentUpload("obrázek.pdf", png)));
        await AssertRefused(IntentionErrorCodes.AttachmentType, () => intention.AddAttachment(hash, new AttachmentUpload("tabulka.docx", OfficeFile("xl/workbook.xml"))));
        await AssertRefused(IntentionErrorCodes.AttachmentType, () => intention.AddAttachment(hash, new AttachmentUpload("archiv.docx", OfficeFile("jiny/soubor.xml"))));
        await AssertRefused(IntentionErrorCodes.AttachmentType, () => intention.AddAttachment(hash, new AttachmentUpload("skript.exe", Pdf())));
        var huge = new byte[AttachmentRules.MaxBytes + 1];
        "%PDF-"u8.CopyTo(huge);
        await AssertRefused(IntentionErrorCodes.AttachmentTooLarge, () => intention.AddAttachment(hash, new AttachmentUpload("velký.pdf", huge)));
        Assert.Equal(before, Json(await intention.Get(setup.Admin)));

        for (var i = view.Attachments.Count; i < AttachmentRules.MaxCount; i++)
        {
            view = await intention.AddAttachment(hash, new AttachmentUpload($"příloha {i}.pdf", Pdf()));
        }

        await AssertRefused(IntentionErrorCodes.AttachmentTooLarge, () => intention.AddAttachment(hash, new AttachmentUpload("navíc.pdf", Pdf())));
        var removed = await intention.RemoveAttachment(hash, view.Attachments[0].Id);
        Assert.Equal(AttachmentRules.MaxCount - 1, removed.Attachments.Count);
        await AssertRefused(ErrorCodes.NotFound, () => intention.ReadAttachment(hash, view.Attachments[0].Id));
    }

    [Fact]
    public async Task Closing_the_call_ends_the_links_keeps_the_intentions_and_takes_no_new_ones()
    {
        var setup = await SetupAsync();
        var (intention, hash, _) = await setup.AddAsync();
        await intention.SaveDraft(hash, setup.Form());

        await AssertRefused(ErrorCodes.Forbidden, () => setup.Call.Close(setup.Manager));
        var closed = await setup.Call.Close(setup.Admin);
        Assert.True(closed.Closed);
        Assert.True((await setup.Call.Close(setup.Admin)).Closed);

        await AssertRefused(IntentionErrorCodes.LinkExpired, () => intention.GetSubmission(hash));
        await AssertRefused(IntentionErrorCodes.CallClosed, () => setup.Call.AddIntention(setup.Admin));
        await AssertRefused(IntentionErrorCodes.CallClosed, () => intention.IssueLink(setup.Admin));
        var kept = await intention.Get(setup.Admin);
        Assert.Equal((IntentionState.Draft, "Domov U Jezírka, o. p. s.", IntentionAction.CallClosed), (kept.State, kept.Form.Provider.Name, kept.History[^1].Action));
        Assert.Contains(await fixture.Client.GetGrain<IIntentionCallDirectoryGrain>(0).List(), c => c.Id == closed.Id && c.Closed);
    }

    private static string InviteTokensHash(string token) => CommunityPlanning.Meetings.InviteTokens.Hash(token);
}
