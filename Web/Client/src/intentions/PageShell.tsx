import type { ComponentChildren } from "preact";
import { useEffect } from "preact/hooks";
import { errorCode, errorMessage } from "../errors";
import { t } from "../i18n";

/** A page's heading and content, with its loading and failure states; tells the router when the page is ready. */
export function PageShell({ title, failure, loaded, ready, children }: { title: string; failure: unknown; loaded: boolean; ready: () => void; children?: ComponentChildren }) {
  useEffect(() => {
    if (loaded || failure) ready();
  }, [loaded, failure, ready]);
  return (
    <>
      <h1 tabindex={-1}>{failure ? t("error.pageTitle") : title}</h1>
      <div class="page-content">
        {failure ? (
          <>
            <p role="alert" class="alert">
              {errorMessage(failure)}
            </p>
            {errorCode(failure) === "unauthenticated" ? (
              <p>
                <a href="/signin">{t("nav.signIn")}</a>
              </p>
            ) : null}
          </>
        ) : loaded ? (
          children
        ) : (
          <p class="loading" role="status">
            {t("common.loading")}
          </p>
        )}
      </div>
    </>
  );
}
