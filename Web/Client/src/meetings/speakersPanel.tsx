import type { ReadonlySignal } from "@preact/signals";
import type { ComponentChildren } from "preact";
import { useLayoutEffect, useRef, useState } from "preact/hooks";
import { useId } from "../ui/uniqueId";
import { formatTime } from "../format";
import { t, tn } from "../i18n";
import type { MeetingState } from "../live/meetingState";
import { formatDuration } from "../live/serverClock";
import type { Speakers } from "../types";
import { Alert, Field, useAlert } from "../ui/components";
import type { MeetingCommands } from "./commands";
import { mayContribute, mayFacilitate } from "./panel";

const LIMITS = ["", "60", "120", "180", "300", "600"];

export interface SpeakersProps {
  state: ReadonlySignal<MeetingState>;
  /** The server's time now, ticking. */
  now: ReadonlySignal<number>;
  commands: MeetingCommands;
  nameOf(participantId: string): string;
}

type Run = (action: () => Promise<unknown>) => Promise<void>;

/** Raised hands, the floor and who spoke how long; participants raise and lower their hand. */
export function SpeakersPanel({ state, now, commands: c, nameOf }: SpeakersProps) {
  const s = state.value;
  const speakers = s.speakers;
  const facilitating = mayFacilitate(s);
  const alert = useAlert();
  const me = s.you.participantId;
  const floor = speakers.floor;
  const raised = speakers.queue.some((q) => q.participantId === me);
  const limitId = useId();
  return (
    <section class="panel speakers-panel" aria-labelledby="speakers-title">
      <h2 id="speakers-title">{t("speakers.title")}</h2>
      <Alert message={alert.message} />
      <div class="floor">
        {floor ? (
          <p>
            {t("speakers.floor")} <strong>{nameOf(floor.participantId)}</strong> <FloorTime since={floor.since} limitSeconds={floor.limitSeconds} now={now} />
          </p>
        ) : (
          <p>{t("speakers.nobody")}</p>
        )}
        {floor && (facilitating || (floor.participantId === me && mayContribute(s))) ? (
          <button type="button" onClick={() => void alert.run(c.endFloor)}>
            {floor.participantId === me ? t("speakers.endMine") : t("speakers.end")}
          </button>
        ) : null}
      </div>
      <div class="hand">
        {mayContribute(s) && floor?.participantId !== me ? (
          <button type="button" class={raised ? "" : "primary"} aria-pressed={raised} onClick={() => void alert.run(() => (raised ? c.lowerHand(null) : c.raiseHand()))}>
            {raised ? t("speakers.lower") : t("speakers.raise")}
          </button>
        ) : null}
      </div>
      <h3 id="queue-title">{t("speakers.queue")}</h3>
      <Queue speakers={speakers} facilitating={facilitating} commands={c} nameOf={nameOf} run={alert.run} />
      <div class="limit">
        {facilitating ? (
          <Field id={limitId} label={t("speakers.limit")}>
            <select
              id={limitId}
              name="limit"
              value={speakers.limitSeconds ? String(speakers.limitSeconds) : ""}
              onChange={(event) => {
                const value = event.currentTarget.value;
                void alert.run(() => c.setSpeakingLimit(value ? Number(value) : null));
              }}
            >
              {LIMITS.map((v) => (
                <option key={v} value={v}>
                  {v ? t("speakers.limitMinutes", { minutes: Number(v) / 60 }) : t("speakers.noLimit")}
                </option>
              ))}
            </select>
          </Field>
        ) : speakers.limitSeconds ? (
          <p class="hint">{t("speakers.limitIs", { minutes: speakers.limitSeconds / 60 })}</p>
        ) : null}
      </div>
      <Turns speakers={speakers} nameOf={nameOf} />
    </section>
  );
}

/** How long the floor has been held (of the limit), redrawn as the clock ticks. */
function FloorTime({ since, limitSeconds, now }: { since: string; limitSeconds: number | null; now: ReadonlySignal<number> }) {
  const elapsed = formatDuration(now.value - Date.parse(since));
  return <span class="floor-time">{limitSeconds ? t("speakers.elapsedOf", { elapsed, limit: formatDuration(limitSeconds * 1000) }) : elapsed}</span>;
}

interface QueueProps {
  speakers: Speakers;
  facilitating: boolean;
  commands: MeetingCommands;
  nameOf(participantId: string): string;
  run: Run;
}

/** The raised hands in order; the facilitator gives the floor, moves people up and down, and lowers hands. */
function Queue({ speakers, facilitating, commands: c, nameOf, run }: QueueProps) {
  const order = speakers.queue.map((q) => q.participantId);
  const list = useRef<HTMLOListElement>(null);
  // Moving someone moves their row: the focus follows them to the same button once the new order is in.
  const [moved, setMoved] = useState<{ id: string; direction: "up" | "down"; from: Speakers["queue"] } | null>(null);
  useLayoutEffect(() => {
    if (!moved || speakers.queue === moved.from) return;
    const row = list.current?.querySelector(`[data-participant="${CSS.escape(moved.id)}"]`);
    (row?.querySelector<HTMLElement>(`[data-move=${moved.direction}]`) ?? row?.querySelector<HTMLElement>("button"))?.focus();
    setMoved(null);
  }, [speakers.queue, moved]);
  const move = (from: number, to: number) => {
    const next = [...order];
    const [id] = next.splice(from, 1);
    next.splice(to, 0, id);
    setMoved({ id, direction: to < from ? "up" : "down", from: speakers.queue });
    return c.reorderSpeakers(next).catch((e: unknown) => {
      setMoved(null);
      throw e;
    });
  };
  return (
    <ol class="queue" aria-labelledby="queue-title" ref={list}>
      {speakers.queue.length === 0 ? <li class="empty">{t("speakers.empty")}</li> : null}
      {speakers.queue.map((q, i) => (
        <Hand key={q.participantId} id={q.participantId} name={nameOf(q.participantId)} raisedAt={q.raisedAt}>
          {facilitating
            ? (nameId) => (
                <span class="item-actions">
                  <Act label={t("speakers.give")} nameId={nameId} run={run} action={() => c.giveFloor(q.participantId)} />
                  {i > 0 ? <Act label={t("agenda.up")} nameId={nameId} run={run} action={() => move(i, i - 1)} direction="up" /> : null}
                  {i < order.length - 1 ? <Act label={t("agenda.down")} nameId={nameId} run={run} action={() => move(i, i + 1)} direction="down" /> : null}
                  <Act label={t("speakers.lowerOther")} nameId={nameId} run={run} action={() => c.lowerHand(q.participantId)} />
                </span>
              )
            : null}
        </Hand>
      ))}
    </ol>
  );
}

/** One raised hand; the facilitator's buttons (if any) are described by the person's name. */
function Hand({ id, name, raisedAt, children }: { id: string; name: string; raisedAt: string; children: ((nameId: string) => ComponentChildren) | null }) {
  const nameId = useId();
  return (
    <li data-participant={id}>
      <span id={nameId} class="name">
        {name}
      </span>{" "}
      <span class="hint">{formatTime(raisedAt)}</span>
      {children?.(nameId)}
    </li>
  );
}

function Act({ label, nameId, run, action, direction }: { label: string; nameId: string; run: Run; action: () => Promise<unknown>; direction?: "up" | "down" }) {
  return (
    <button type="button" class="link-button" aria-describedby={nameId} data-move={direction} onClick={() => void run(action)}>
      {label}
    </button>
  );
}

/** Who spoke how long, summed per person, longest first. */
function Turns({ speakers, nameOf }: { speakers: Speakers; nameOf(participantId: string): string }) {
  const totals = new Map<string, { count: number; ms: number }>();
  for (const turn of speakers.turns) {
    const total = totals.get(turn.participantId) ?? { count: 0, ms: 0 };
    totals.set(turn.participantId, { count: total.count + 1, ms: total.ms + turn.durationMs });
  }
  return (
    <details class="turns">
      <summary>{tn("speakers.turns", speakers.turns.length)}</summary>
      <ul>
        {[...totals.entries()]
          .sort((a, b) => b[1].ms - a[1].ms)
          .map(([id, total]) => (
            <li key={id}>{`${nameOf(id)}: ${formatDuration(total.ms)} (${t("speakers.turnCount", { count: total.count })})`}</li>
          ))}
      </ul>
    </details>
  );
}
