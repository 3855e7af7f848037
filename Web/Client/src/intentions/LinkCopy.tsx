import { useRef, useState } from "preact/hooks";
import { t } from "../i18n";
import { copyFrom } from "../ui/copy";

/** A new submission link, shown once: a read-only box with a Copy button and a polite confirmation. */
export function LinkCopy({ url }: { url: string }) {
  const input = useRef<HTMLInputElement>(null);
  const [status, setStatus] = useState("");
  return (
    <div class="panel">
      <div class="field">
        <label for="submission-link">{t("intentions.newLink")}</label>
        <p class="hint" id="submission-link-hint">
          {t("intentions.newLinkHint")}
        </p>
        <div class="copy-row">
          <input ref={input} id="submission-link" type="text" readonly value={url} spellcheck={false} aria-describedby="submission-link-hint" />
          <button type="button" onClick={() => void copyFrom(input.current!).then((ok) => setStatus(ok ? t("intentions.linkCopied") : ""))}>
            {t("intentions.copy")}
          </button>
        </div>
      </div>
      <p class="status" role="status">
        {status}
      </p>
    </div>
  );
}
