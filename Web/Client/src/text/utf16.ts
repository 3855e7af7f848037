const isHigh = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;

/** True when `position` lies between the high and low half of a surrogate pair in `text`. */
export function splitsPair(text: string, position: number): boolean {
  return (
    position > 0 &&
    position < text.length &&
    isHigh(text.charCodeAt(position - 1)) &&
    isLow(text.charCodeAt(position))
  );
}

/** True when every surrogate in `text` belongs to a complete pair. */
export function isWellFormed(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0xd800 || c > 0xdfff) continue;
    if (isHigh(c) && i + 1 < text.length && isLow(text.charCodeAt(i + 1))) {
      i++;
      continue;
    }
    return false;
  }
  return true;
}
