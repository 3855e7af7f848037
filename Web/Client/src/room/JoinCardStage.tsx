import { t } from "../i18n";
import { displayCode } from "../joinCodes";
import type { JoinCard } from "../types";
import { QrImage } from "./QrImage";

/** The join card: each code large enough to read from the back, where to type it, and a QR code of its link. */
export function JoinCardStage({ card }: { card: JoinCard | null }) {
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
        </>
      )}
    </div>
  );
}
