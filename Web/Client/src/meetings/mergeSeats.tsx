import { useEffect, useRef, useState } from "preact/hooks";
import { errorMessage } from "../errors";
import { formatDateTime } from "../format";
import { t } from "../i18n";
import type { RosterEntry } from "../types";

export interface MergeSeatsProps {
  /** The seat that goes. */
  merged: RosterEntry;
  /** Seats it may go into: the same role, none an organizer's own or removed. */
  candidates: RosterEntry[];
  merge(keptId: string): Promise<void>;
  /** Closes the question (also Escape). */
  cancel(): void;
}

/** Seats that a seat may be merged into (the server's rule, SeatMerging). */
export function mergeCandidates(roster: RosterEntry[], merged: RosterEntry): RosterEntry[] {
  return roster.filter(
    (e) => e.participantId !== merged.participantId && e.role === merged.role && e.accountId === null && !e.removed && !e.accessEnded,
  );
}

/**
 * The facilitator's "Merge into…": which seat to keep, what the merge does, and a confirming button. Inline in the
 * people area; live roster changes re-render it in place, so the chosen seat and the focus stay.
 */
export function MergeSeats({ merged, candidates, merge, cancel }: MergeSeatsProps) {
  const [chosen, setChosen] = useState(candidates[0]?.participantId ?? "");
  const [error, setError] = useState("");
  const [busy, setBusy] = useState(false);
  const first = useRef<HTMLSelectElement>(null);
  const cancelButton = useRef<HTMLButtonElement>(null);
  useEffect(() => (first.current ?? cancelButton.current)?.focus(), [merged.participantId]);
  // A seat that left meanwhile is no choice any more.
  const kept = candidates.some((c) => c.participantId === chosen) ? chosen : (candidates[0]?.participantId ?? "");
  const id = `merge-${merged.participantId}`;

  const onMerge = async () => {
    if (busy || !kept) return;
    setBusy(true);
    setError("");
    try {
      await merge(kept);
    } catch (e) {
      setError(errorMessage(e));
      setBusy(false);
    }
  };

  return (
    <div
      class="merge-seats"
      role="group"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-text`}
      onKeyDown={(event) => {
        if (event.key === "Escape") {
          event.preventDefault();
          cancel();
        }
      }}
    >
      <h3 id={`${id}-title`}>{t("roster.mergeTitle", { name: merged.displayName })}</h3>
      <p id={`${id}-text`}>{t("roster.mergeText", { name: merged.displayName })}</p>
      {candidates.length === 0 ? (
        <p class="hint">{t("roster.mergeNone")}</p>
      ) : (
        <div class="field">
          <label for={`${id}-keep`}>{t("roster.mergeKeep")}</label>
          <select id={`${id}-keep`} ref={first} value={kept} onChange={(event) => setChosen(event.currentTarget.value)}>
            {candidates.map((c) => (
              <option key={c.participantId} value={c.participantId}>
                {`${c.displayName} (${formatDateTime(c.addedAt)})`}
              </option>
            ))}
          </select>
        </div>
      )}
      <div role="alert" class="alert">
        {error}
      </div>
      <div class="item-actions">
        {candidates.length > 0 ? (
          <button type="button" class="danger" aria-disabled={busy ? "true" : undefined} onClick={() => void onMerge()}>
            {t("roster.mergeConfirm")}
          </button>
        ) : null}
        <button type="button" ref={cancelButton} onClick={cancel}>
          {t("roster.mergeCancel")}
        </button>
      </div>
    </div>
  );
}
