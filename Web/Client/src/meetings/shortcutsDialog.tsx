import { useEffect, useRef } from "preact/hooks";
import { useId } from "../ui/uniqueId";
import { t } from "../i18n";
import { SHORTCUT_ACTIONS, shortcutLabel } from "./shortcuts";

interface DialogProps {
  open: boolean;
  enabled: boolean;
  setEnabled(enabled: boolean): void;
  close(): void;
}

/** The list of the facilitator's shortcuts and the switch that turns them off (remembered in this browser). */
export function ShortcutsDialog({ open, enabled, setEnabled, close }: DialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const id = useId();
  useEffect(() => {
    const el = dialog.current!;
    if (open && !el.open) el.showModal();
    else if (!open && el.open) el.close();
  }, [open]);
  return (
    <dialog ref={dialog} class="shortcuts-dialog" aria-labelledby={`${id}-title`} onClose={close}>
      <h2 id={`${id}-title`}>{t("workspace.shortcuts")}</h2>
      <p class="hint">{t("workspace.shortcutsHint")}</p>
      <table class="shortcuts">
        <thead>
          <tr>
            <th scope="col">{t("workspace.shortcutKeys")}</th>
            <th scope="col">{t("workspace.shortcutAction")}</th>
          </tr>
        </thead>
        <tbody>
          {SHORTCUT_ACTIONS.map((action) => (
            <tr key={action}>
              <td>
                <kbd>{shortcutLabel(action)}</kbd>
              </td>
              <td>{t(`workspace.shortcut.${action}`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div class="field checkbox">
        <input id={`${id}-on`} type="checkbox" checked={enabled} onChange={(e) => setEnabled((e.currentTarget as HTMLInputElement).checked)} />{" "}
        <label for={`${id}-on`}>{t("workspace.shortcutsOn")}</label>
      </div>
      <button type="button" class="primary" onClick={close}>
        {t("workspace.close")}
      </button>
    </dialog>
  );
}
