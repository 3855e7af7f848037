import { qrPath } from "../ui/qrCode";

/** A QR code of the text as an SVG image with its accessible name. */
export function QrImage({ text, label }: { text: string; label: string }) {
  const { size, d } = qrPath(text);
  return (
    <svg class="room-qr" viewBox={`0 0 ${size} ${size}`} role="img" aria-label={label} shape-rendering="crispEdges">
      <rect width={size} height={size} fill="#fff" />
      <path d={d} fill="#000" />
    </svg>
  );
}
