import { useLayoutEffect, useMemo, useState } from "preact/hooks";
import { send } from "../api";
import { errorMessage } from "../errors";
import { t } from "../i18n";
import type { InviteLink, IntentionRef } from "../types";
import { Alert, Mount } from "../ui/components";
import { copyField } from "../ui/copy";
import { joinCodeCard } from "../ui/joinCodeCard";

/**
 * The facilitator invites the provider's representative to their intention's item in one step: a guest who may speak
 * but not vote. The new link and code are shown once, to pass on (the meeting's invites list keeps the invite).
 */
export function GuestInvite({ meetingId, intention }: { meetingId: string; intention: IntentionRef }) {
  const [link, setLink] = useState<InviteLink | null>(null);
  const [failure, setFailure] = useState("");
  const invite = () =>
    void send<InviteLink>("POST", `/api/meetings/${encodeURIComponent(meetingId)}/intentions/${encodeURIComponent(intention.intentionId)}/guest-invite`).then(
      (created) => {
        setFailure("");
        setLink(created);
      },
      (e: unknown) => setFailure(errorMessage(e)),
    );
  return (
    <>
      <button type="button" class="link-button" onClick={invite}>
        {t("intentionVote.inviteGuest")}
        <span class="visually-hidden">{`: ${intention.providerName}`}</span>
      </button>
      <Alert message={failure} />
      {link ? <NewGuestLink link={link} provider={intention.providerName} /> : null}
    </>
  );
}

function NewGuestLink({ link, provider }: { link: InviteLink; provider: string }) {
  const copy = useMemo(() => copyField(t("intentionVote.guestLink", { provider }), link.url, t("intentionVote.guestHint")), [link, provider]);
  const card = useMemo(() => (link.code && link.codeUrl ? joinCodeCard(t("intentionVote.guestCode", { provider }), link.code, link.codeUrl) : null), [link, provider]);
  useLayoutEffect(() => copy.querySelector<HTMLInputElement>(".copy-input")?.focus(), [copy]);
  return (
    <div class="guest-invite">
      <Mount el={copy} />
      {card ? <Mount el={card} /> : null}
    </div>
  );
}
