import { t } from "../i18n";
import { displayCode } from "../joinCodes";
import type { JoinCard } from "../types";
import { QrImage } from "./QrImage";

/**
 * The join card: each code large enough to read from the back, where to type it, and a QR code of its link. In a
 * hybrid meeting (`remote`: it has a video call) it also tells those at home to join with the code or QR code; the
 * video-call link itself is never on this screen, which the public may see.
 */
export function JoinCardStage({ card, remote = false }: { card: JoinCard | null; remote?: boolean }) {
  const codes = [
    card?.publicCode ? { kind: "public", code: card.publicCode, title: t("room.join.public") } : null,
    card?.participantsCode ? { kind: "participants", code: card.participantsCode, title: t("room.join.participants") } : null,
  ].filter((c) => c !== null);
  return (
    <div class="room-join" data-room="join-card">
      <h2 class="room-heading">{t("room.join.title")}</h2>
      {codes.length === 0 ? (
        <p class="room-sub">{card ? t("room.join.none") : t("common.loading")}</p>
      ) : (
        <>
          <div class="room-join-cards">
            {codes.map((c) => {
              const shown = displayCode(c.code);
              return (
                <section key={c.kind} class={`room-join-card room-join-${c.kind}`} aria-label={c.title}>
                  <div class="room-join-text">
                    <p class="room-join-title">{c.title}</p>
                    <p class="room-code">
                      <span class="room-code-shown" aria-hidden="true">
                        {shown}
                      </span>
                      <span class="visually-hidden">{t("invites.codeLabel", { code: [...c.code].join(" ") })}</span>
                    </p>
                  </div>
                  <QrImage text={`${location.origin}/join#code=${c.code}`} label={t("invites.qr", { code: shown })} />
                </section>
              );
            })}
          </div>
          <p class="room-sub">{t("invites.codeHint", { address: `${location.host}/join` })}</p>
          {remote ? (
            <p class="room-sub room-join-remote" data-room="join-remote">
              {t("room.join.remote")}
            </p>
          ) : null}
        </>
      )}
    </div>
  );
}
