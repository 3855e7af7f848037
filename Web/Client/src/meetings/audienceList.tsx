import { useEffect, useRef, useState } from "preact/hooks";
import { useId } from "../ui/uniqueId";
import { t } from "../i18n";
import type { MeetingState } from "../live/meetingState";
import type { AudienceMember } from "../types";
import type { MeetingCommands } from "./commands";

/**
 * The observers, for facilitators: fetched when opened (a thousand people are not kept live in every browser),
 * again on "Refresh" and after each removal the moderation record shows.
 */
export function AudienceList({ s, commands, run }: { s: MeetingState; commands: MeetingCommands; run(action: () => Promise<unknown>): Promise<void> }) {
  const [members, setMembers] = useState<AudienceMember[] | null>(null);
  const details = useRef<HTMLDetailsElement>(null);
  const removals = s.moderation.filter((r) => r.action === "Removed").length;
  const load = () =>
    void run(async () => {
      const list = await commands.getAudience();
      list.sort((a, b) => Number(b.watching) - Number(a.watching) || a.entry.displayName.localeCompare(b.entry.displayName, "cs"));
      setMembers(list);
    });
  useEffect(() => {
    if (details.current?.open) load();
  }, [removals]);
  return (
    <details class="audience" ref={details} onToggle={(event) => event.currentTarget.open && load()}>
      <summary>{t("audience.title", { count: s.watching })}</summary>
      <button type="button" class="link-button" onClick={load}>
        {t("audience.refresh")}
      </button>
      <ul class="audience-list">
        {members?.length === 0 ? <li class="hint">{t("audience.none")}</li> : null}
        {members?.map((m) => <Observer key={m.entry.participantId} m={m} commands={commands} run={run} />)}
      </ul>
    </details>
  );
}

function Observer({ m, commands, run }: { m: AudienceMember; commands: MeetingCommands; run(action: () => Promise<unknown>): Promise<void> }) {
  const nameId = useId();
  const remove = () => {
    if (window.confirm(t("roster.removeConfirm", { name: m.entry.displayName }))) void run(() => commands.removeParticipant(m.entry.participantId, true));
  };
  return (
    <li data-participant={m.entry.participantId}>
      <span class="name" id={nameId}>
        {m.entry.displayName}
      </span>
      <span class="presence">{m.watching ? t("audience.watching") : t("roster.absent")}</span>
      <button type="button" class="link-button" aria-describedby={nameId} onClick={remove}>
        {t("roster.remove")}
      </button>
    </li>
  );
}
