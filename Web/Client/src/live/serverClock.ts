/**
 * The server's clock as seen from here: every screen shows the same second of a countdown by adding the
 * measured offset. Each sample is (local send, server time, local receive); the server's answer was made
 * about half the round trip before it arrived, and the sample with the shortest round trip is the best.
 */
export class ServerClock {
  private offsetMs = 0;
  private bestRoundTrip = Number.POSITIVE_INFINITY;

  /** Local milliseconds to add to get server milliseconds. */
  get offset(): number {
    return this.offsetMs;
  }

  now(): number {
    return Date.now() + this.offsetMs;
  }

  /** A rough first estimate (from a snapshot's serverTime), used until a measured sample comes. */
  seed(serverTime: string, receivedAt: number): void {
    if (this.bestRoundTrip === Number.POSITIVE_INFINITY) this.offsetMs = Date.parse(serverTime) - receivedAt;
  }

  sample(sentAt: number, serverTime: string, receivedAt: number): void {
    const roundTrip = receivedAt - sentAt;
    if (roundTrip < 0 || roundTrip >= this.bestRoundTrip) return;
    this.bestRoundTrip = roundTrip;
    this.offsetMs = Date.parse(serverTime) + roundTrip / 2 - receivedAt;
  }

  /** After a reconnect the path may have changed: measure again from scratch. */
  forget(): void {
    this.bestRoundTrip = Number.POSITIVE_INFINITY;
  }

  /** Takes a few samples with `ask` (the hub's GetServerTime). */
  async measure(ask: () => Promise<string>, samples = 3): Promise<void> {
    for (let i = 0; i < samples; i++) {
      const sentAt = Date.now();
      const serverTime = await ask();
      this.sample(sentAt, serverTime, Date.now());
    }
  }
}

/** Milliseconds as "m:ss" (or "h:mm:ss"), never negative. */
export function formatDuration(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const ss = String(s).padStart(2, "0");
  return h > 0 ? `${h}:${String(m).padStart(2, "0")}:${ss}` : `${m}:${ss}`;
}
