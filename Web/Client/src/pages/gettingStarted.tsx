import { render } from "preact";
import { useState } from "preact/hooks";
import { t } from "../i18n";

const STORAGE_KEY = "cp.gettingStarted";

/** Shown to an organizer until they hide it in this browser. */
export function gettingStartedHidden(storage: Pick<Storage, "getItem"> | null = safeStorage()): boolean {
  return storage?.getItem(STORAGE_KEY) === "hidden";
}

function hide(storage: Pick<Storage, "setItem"> | null = safeStorage()): void {
  try {
    storage?.setItem(STORAGE_KEY, "hidden");
  } catch {
    // Storage refused: hidden for this page only.
  }
}

function safeStorage(): Storage | null {
  try {
    return localStorage;
  } catch {
    return null;
  }
}

/** What a new organizer tries first, in order, naming the first working group listed below (the list links it). */
export function GettingStarted({ firstGroup }: { firstGroup: { name: string } | null }) {
  const [hidden, setHidden] = useState(false);
  if (hidden) return null;
  return (
    <section class="panel getting-started" aria-labelledby="getting-started-title">
      <h2 id="getting-started-title">{t("home.start.title")}</h2>
      <ol>
        <li>
          {firstGroup ? (
            <>
              {t("home.start.openGroup")} <strong>{firstGroup.name}</strong>
            </>
          ) : (
            t("home.start.createGroup")
          )}
        </li>
        <li>{t("home.start.invite")}</li>
        <li>{t("home.start.run")}</li>
        <li>{t("home.start.room")}</li>
        <li>{t("home.start.minutes")}</li>
      </ol>
      <button
        type="button"
        onClick={() => {
          hide();
          setHidden(true);
        }}
      >
        {t("home.start.hide")}
      </button>
    </section>
  );
}

export function gettingStarted(firstGroup: { name: string } | null): HTMLElement {
  const host = document.createElement("div");
  render(<GettingStarted firstGroup={firstGroup} />, host);
  return host;
}
