// Join codes as people type them, and what the /join page's fragment carries (see JoinCodes.cs on the server).

export const CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
export const CODE_LENGTH = 6;

/** "abc-234", " AB C23 4" → "ABC234"; null when it cannot be a code (the server answers join_code.invalid then). */
export function normalizeCode(typed: string): string | null {
  const code = typed.replace(/[\s\-‐–]/g, "").toUpperCase();
  return code.length === CODE_LENGTH && [...code].every((c) => CODE_ALPHABET.includes(c)) ? code : null;
}

/** "ABC234" as "ABC-234": easier to read aloud and to copy down. */
export function displayCode(code: string): string {
  return code.length === CODE_LENGTH ? `${code.slice(0, 3)}-${code.slice(3)}` : code;
}

export type JoinKey = { token: string } | { code: string } | null;

/** The fragment of /join: "#code=ABC234" (a code), "#TOKEN" (an invite link's token), or nothing (type a code). */
export function parseJoinFragment(hash: string): JoinKey {
  const fragment = decodeURIComponent(hash.replace(/^#/, ""));
  if (fragment.startsWith("code=")) {
    return { code: fragment.slice("code=".length) };
  }
  return fragment ? { token: fragment } : null;
}
