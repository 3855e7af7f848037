import { useRef, useState } from "preact/hooks";
import { useId } from "../ui/uniqueId";
import { t } from "../i18n";
import { copyFrom } from "../ui/copy";

/** A new secret link, shown once: a read-only box with a Copy button and a polite confirmation (submission links by default). */
export function LinkCopy({ url, label = t("intentions.newLink"), hint = t("intentions.newLinkHint") }: { url: string; label?: string; hint?: string }) {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [status, setStatus] = useState("");
  return (
    <div class="panel">
      <div class="field">
        <label for={id}>{label}</label>
        <p class="hint" id={`${id}-hint`}>
          {hint}
        </p>
        <div class="copy-row">
          <input ref={input} id={id} type="text" readonly value={url} spellcheck={false} aria-describedby={`${id}-hint`} />
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
