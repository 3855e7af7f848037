import { useRef, useState } from "preact/hooks";
import { Alert, useAlert } from "../ui/components";
import { formatNumber } from "../format";
import { t } from "../i18n";
import type { SubmissionView } from "../types";
import type { SubmissionApi } from "./submissionApi";

const MAX_MB = 4;

/** The provider's attachments: PDF, DOCX or XLSX up to 4 MB each (the server checks the content, not just the name). */
export function Attachments({ view, api, onChanged, editable }: { view: SubmissionView; api: SubmissionApi; onChanged: (view: SubmissionView) => void; editable: boolean }) {
  const alert = useAlert();
  const input = useRef<HTMLInputElement>(null);
  const [status, setStatus] = useState("");

  const upload = (files: FileList | null) =>
    alert.run(async () => {
      setStatus("");
      for (const file of Array.from(files ?? [])) {
        onChanged(await api.upload(file));
        setStatus(t("intentions.attachmentAdded", { name: file.name }));
      }
      if (input.current) input.current.value = "";
    });

  const open = (id: string) =>
    alert.run(async () => {
      const url = await api.download(id);
      window.open(url, "_blank", "noopener");
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
    });

  return (
    <fieldset class="attachments">
      <legend>{t("intentions.section.attachments")}</legend>
      <Alert message={alert.message} />
      {view.attachments.length === 0 ? <p class="hint">{t("intentions.noAttachments")}</p> : null}
      <ul class="attachment-list">
        {view.attachments.map((a) => (
          <li key={a.id}>
            <button type="button" class="link-button" onClick={() => void open(a.id)}>
              {a.fileName}
            </button>{" "}
            <span class="hint">({formatNumber(a.size / 1024)} kB)</span>{" "}
            {editable ? (
              <button type="button" class="link-button" onClick={() => void alert.run(async () => onChanged(await api.remove(a.id)))}>
                {t("intentions.removeAttachment", { name: a.fileName })}
              </button>
            ) : null}
          </li>
        ))}
      </ul>
      {editable ? (
        <div class="field">
          <label for="f-attachments">{t("intentions.addAttachment")}</label>
          <p class="hint" id="f-attachments-hint">
            {t("intentions.hint.attachments", { mb: MAX_MB })}
          </p>
          <input
            ref={input}
            id="f-attachments"
            type="file"
            multiple
            accept=".pdf,.docx,.xlsx,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            aria-describedby="f-attachments-hint"
            onChange={(e) => void upload((e.target as HTMLInputElement).files)}
          />
        </div>
      ) : null}
      <p class="status" role="status">
        {status}
      </p>
    </fieldset>
  );
}
