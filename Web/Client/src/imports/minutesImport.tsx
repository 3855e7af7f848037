import { render } from "preact";
import { useLayoutEffect, useRef, useState } from "preact/hooks";
import { useId } from "../ui/uniqueId";
import { send } from "../api";
import type { LineChoice, MinutesImportRequest, MinutesImportResponse, MinutesPart, PlacedLine } from "../contract.generated";
import { formatDateTime } from "../format";
import { t, tn } from "../i18n";
import { Alert, Field, useAlert } from "../ui/components";
import { MinutesLineList } from "./minutesLineList";
import { changes, chosen, move } from "./minutesLines";
import { MinutesSummary } from "./minutesSummary";
import "./imports.css";

interface Source {
  text: string | null;
  /** A chosen file: its name and its bytes in base64. */
  file: { name: string; base64: string } | null;
}

/**
 * Minutes of a past meeting into the group: paste the text or choose a .txt or .docx file, see every line and where it
 * will go, move a line to another place or drop it, and only then save (docs/protocol.md, "Imports").
 */
export function MinutesImport({ groupId, onSaved }: { groupId: string; onSaved(meetingId: string): Promise<void> }) {
  const id = useId();
  const alert = useAlert();
  const [source, setSource] = useState<Source>({ text: "", file: null });
  const [original, setOriginal] = useState<PlacedLine[] | null>(null);
  const [response, setResponse] = useState<MinutesImportResponse | null>(null);
  const [choices, setChoices] = useState<ReadonlyMap<number, LineChoice>>(new Map());
  const [setRecordForm, setSetRecordForm] = useState(false);
  const [alongside, setAlongside] = useState(false);
  const [announcement, setAnnouncement] = useState("");
  const [saved, setSaved] = useState<{ meetingId: string; title: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const focusNext = useRef<string | null>(null);
  const lineId = (line: number) => `${id}-line-${line}`;

  useLayoutEffect(() => {
    if (focusNext.current) document.getElementById(focusNext.current)?.focus();
    focusNext.current = null;
  });

  const post = (request: Partial<MinutesImportRequest>) =>
    send<MinutesImportResponse>("POST", `/api/working-groups/${encodeURIComponent(groupId)}/imports/minutes`, {
      text: source.file ? null : source.text,
      file: source.file?.base64 ?? null,
      confirm: false,
      setRecordForm: false,
      alongsideExisting: false,
      choices: null,
      ...request,
    } satisfies MinutesImportRequest);

  /** A new source: the preview of the old one no longer applies. */
  const changeSource = (next: Source) => {
    setSource(next);
    setOriginal(null);
    setResponse(null);
    setChoices(new Map());
    setAlongside(false);
    setSaved(null);
  };

  const chooseFile = (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    void alert.run(async () => {
      changeSource({ text: source.text, file: { name: file.name, base64: await base64(file) } });
      setAnnouncement(t("import.minutes.fileChosen", { name: file.name }));
    });
  };

  const preview = (event: Event) => {
    event.preventDefault();
    if (busy) return;
    if (!source.file && !source.text?.trim()) {
      alert.show(t("error.validation.required"));
      return;
    }
    setBusy(true);
    void alert
      .run(async () => {
        const answer = await post({});
        setOriginal(answer.lines);
        setResponse(answer);
        setChoices(new Map());
        focusNext.current = `${id}-preview`;
      })
      .finally(() => setBusy(false));
  };

  const choose = (line: PlacedLine, change: { part: MinutesPart } | { item: number | null }) => {
    const lines = chosen(original!, choices);
    const choice = "part" in change ? move(lines, line, change.part) : { line: line.number, part: line.part, item: change.item };
    const next = new Map(choices).set(line.number, choice);
    setChoices(next);
    setAnnouncement(
      choice.part === "Dropped"
        ? t("import.minutes.dropped", { number: line.number })
        : t("import.minutes.moved", { number: line.number, place: placeName(choice.part, choice.item) }),
    );
    // What the record becomes with the change (the summary, the meeting on that day); the lines are already shown.
    void alert.run(async () => setResponse(await post({ choices: changes(original!, next) })));
  };

  const confirm = () => {
    if (busy || !original) return;
    setBusy(true);
    void alert
      .run(async () => {
        const answer = await post({ choices: changes(original, choices), confirm: true, setRecordForm, alongsideExisting: alongside });
        const title = answer.minutes.title ?? answer.minutes.items[0]?.title ?? "";
        changeSource({ text: "", file: null });
        // The page shows the new meeting first: its render moves this panel, which would drop a focus set before.
        await onSaved(answer.saved!.meetingId);
        setSaved({ meetingId: answer.saved!.meetingId, title });
        focusNext.current = `${id}-saved`;
      })
      .finally(() => setBusy(false));
  };

  const lines = original ? chosen(original, choices) : [];
  const unplaced = lines.filter((l) => l.part === "Unplaced");
  const existing = response?.existing ?? null;
  return (
    <details class="panel minutes-import">
      <summary>{t("import.minutes.heading")}</summary>
      <p>{t("import.minutes.intro")}</p>
      <Alert message={alert.message} />
      <form onSubmit={preview} novalidate>
        <Field id={`${id}-text`} label={t("import.minutes.text")} hint={t("import.minutes.textHint")}>
          <textarea
            id={`${id}-text`}
            class="import-text"
            rows={8}
            spellcheck={false}
            value={source.text ?? ""}
            onInput={(event) => changeSource({ text: event.currentTarget.value, file: source.file })}
          />
        </Field>
        <Field id={`${id}-file`} label={t("import.minutes.file")} hint={t("import.minutes.fileHint")}>
          <input id={`${id}-file`} type="file" accept=".txt,.docx,text/plain,application/vnd.openxmlformats-officedocument.wordprocessingml.document" onChange={chooseFile} />
        </Field>
        {source.file ? (
          <p class="minutes-import-file">
            {t("import.minutes.fileChosen", { name: source.file.name })}{" "}
            <button type="button" class="link-button" onClick={() => changeSource({ text: source.text, file: null })}>
              {t("import.minutes.removeFile")}
            </button>
          </p>
        ) : null}
        <div class="form-actions">
          <button type="submit" aria-disabled={busy ? "true" : undefined}>
            {t("import.minutes.preview")}
          </button>
        </div>
      </form>
      <p role="status" class="visually-hidden">
        {announcement}
      </p>
      {saved ? (
        <p class="status" id={`${id}-saved`} tabindex={-1}>
          {t("import.minutes.saved", { title: saved.title })} <a href={`/meetings/${saved.meetingId}/minutes`}>{t("import.minutes.openMeeting")}</a>
        </p>
      ) : null}
      {response && original ? (
        <section class="import-preview minutes-preview" aria-labelledby={`${id}-preview`}>
          <h3 id={`${id}-preview`} tabindex={-1}>
            {t("import.minutes.previewTitle")}
          </h3>
          <p class="hint">{t("import.notSavedYet")}</p>
          <MinutesSummary minutes={response.minutes} />
          <section aria-labelledby={`${id}-unplaced`} class={unplaced.length > 0 ? "import-unplaced" : undefined}>
            <h4 id={`${id}-unplaced`}>{unplaced.length > 0 ? tn("import.minutes.unplaced", unplaced.length) : t("import.allPlaced")}</h4>
            {unplaced.length > 0 ? (
              <ul>
                {unplaced.map((l) => (
                  <li key={l.number}>
                    <span class="line-number">{t("import.line", { number: l.number })}</span> <q>{l.text}</q>
                    {l.reason ? ` – ${t(`import.reason.${l.reason}`)}` : null}{" "}
                    <button type="button" class="link-button" onClick={() => document.getElementById(lineId(l.number))?.focus()}>
                      {t("import.minutes.placeLine", { number: l.number })}
                    </button>
                  </li>
                ))}
              </ul>
            ) : null}
          </section>
          <h4 id={`${id}-lines`}>{t("import.minutes.lines")}</h4>
          <p class="hint">{t("import.minutes.linesHint")}</p>
          <MinutesLineList lines={lines} idOf={lineId} onChoose={choose} />
          {existing ? (
            <div class="minutes-existing">
              <p>{t("import.minutes.existing", { title: existing.title, when: formatDateTime(existing.startsAt) })}</p>
              <label>
                <input type="checkbox" checked={alongside} onChange={(event) => setAlongside(event.currentTarget.checked)} /> {t("import.minutes.alongside")}
              </label>
            </div>
          ) : null}
          <label class="minutes-import-form">
            <input type="checkbox" checked={setRecordForm} onChange={(event) => setSetRecordForm(event.currentTarget.checked)} /> {t("import.minutes.setRecordForm")}
          </label>
          <div class="form-actions">
            <button type="button" class="primary" aria-disabled={busy ? "true" : undefined} onClick={confirm}>
              {t("import.minutes.confirm")}
            </button>
          </div>
        </section>
      ) : null}
    </details>
  );
}

/** Where a line goes, in words ("Úkol, bod 2"). */
function placeName(part: MinutesPart, item: number | null): string {
  const name = t(`import.minutes.part.${part}`);
  return item === null ? name : `${name}, ${t("import.minutes.item", { number: item })}`;
}

function base64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ""));
    reader.onerror = () => reject(reader.error ?? new Error("read"));
    reader.readAsDataURL(file);
  });
}

/** Mounts the import into an element the group page keeps across its renders (the page is built with dom.ts). */
export function renderMinutesImport(el: HTMLElement, groupId: string, onSaved: (meetingId: string) => Promise<void>): HTMLElement {
  render(<MinutesImport groupId={groupId} onSaved={onSaved} />, el);
  return el;
}
