import { useState } from "preact/hooks";
import { useId } from "../ui/uniqueId";
import { t } from "../i18n";
import type { RosterEntry } from "../types";
import { Field } from "../ui/components";
import type { MeetingCommands } from "./commands";

type Run = (action: () => Promise<unknown>) => Promise<void>;

/**
 * One's own choice of what the public (observers, public exports) sees: one's name, or only the role and organisation
 * written here (the default). The server applies it; this form only sets it (`setPublicName`).
 */
export function PublicNameForm({ you, commands, run }: { you: RosterEntry; commands: MeetingCommands; run: Run }) {
  const id = useId();
  const [showName, setShowName] = useState(you.showName);
  const [role, setRole] = useState(you.publicRole ?? "");
  const [saved, setSaved] = useState(false);
  const submit = (event: Event) => {
    event.preventDefault();
    setSaved(false);
    void run(async () => {
      await commands.execute({ type: "setPublicName", showName, publicRole: role.trim() || null });
      setSaved(true);
    });
  };
  return (
    <details class="public-name">
      <summary>{t("publicName.title")}</summary>
      <form onSubmit={submit}>
        <p class="hint">{t("publicName.hint")}</p>
        <label class="check">
          <input type="checkbox" checked={showName} onChange={(e) => setShowName(e.currentTarget.checked)} /> {t("publicName.showName")}
        </label>
        <Field id={`${id}-role`} label={t("publicName.role")} hint={t("publicName.roleHint")}>
          <input id={`${id}-role`} type="text" maxLength={200} autocomplete="organization-title" value={role} onInput={(e) => setRole(e.currentTarget.value)} />
        </Field>
        <button type="submit">{t("publicName.save")}</button>
        <p class="hint" role="status">
          {saved ? t("publicName.saved") : ""}
        </p>
      </form>
    </details>
  );
}
