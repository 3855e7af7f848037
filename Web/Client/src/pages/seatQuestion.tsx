import { render } from "preact";
import { useEffect, useRef, useState } from "preact/hooks";
import { errorMessage } from "../errors";
import { t } from "../i18n";

export interface SeatQuestionProps {
  /** The name as the person typed it. */
  name: string;
  /** "It is me": join again confirming the seat; a refusal (the seat connected meanwhile, say) is shown here. */
  confirm(): Promise<void>;
  /** "Not me": back to the name field (also Escape). */
  other(): void;
}

/**
 * Asked when the name is already a seat of the same invite (participant.name_taken): is it you? Inline under the
 * meeting's summary, in place of the name form, so nothing traps the keyboard; it takes the focus when it appears.
 */
function SeatQuestion({ name, confirm, other }: SeatQuestionProps) {
  const primary = useRef<HTMLButtonElement>(null);
  const [error, setError] = useState("");
  const [busy, setBusy] = useState(false);
  useEffect(() => primary.current?.focus(), []);

  const onConfirm = async () => {
    if (busy) return;
    setBusy(true);
    setError("");
    try {
      await confirm();
    } catch (e) {
      setError(errorMessage(e));
      setBusy(false);
    }
  };

  return (
    <div
      class="panel narrow seat-question"
      role="group"
      aria-labelledby="seat-question-title"
      aria-describedby="seat-question-text"
      onKeyDown={(event) => {
        if (event.key === "Escape") {
          event.preventDefault();
          other();
        }
      }}
    >
      <h2 id="seat-question-title">{t("join.seat.title")}</h2>
      <p id="seat-question-text">{t("join.seat.text", { name })}</p>
      <div role="alert" class="alert">
        {error}
      </div>
      <div class="item-actions">
        <button type="button" class="primary" ref={primary} aria-disabled={busy ? "true" : undefined} onClick={() => void onConfirm()}>
          {t("join.seat.continue", { name })}
        </button>
        <button type="button" onClick={other}>
          {t("join.seat.otherName")}
        </button>
      </div>
    </div>
  );
}

/** Shows the question in a container (the join page is built with dom.ts); null takes it away. */
export function showSeatQuestion(container: HTMLElement, props: SeatQuestionProps | null): void {
  render(props ? <SeatQuestion {...props} /> : null, container);
}
