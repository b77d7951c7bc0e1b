import { encode } from 'uqr';
import { useMemo } from 'react';

/**
 * A QR code as SVG, one path for all dark modules: sharp at any size, on a projector or in
 * print. Error correction M survives a glare spot on a room's screen.
 */
export function QrCode({
  text,
  label,
  size = 320,
}: {
  readonly text: string;
  readonly label: string;
  readonly size?: number;
}) {
  const { path, modules } = useMemo(() => {
    const qr = encode(text, { ecc: 'M', border: 2 });
    const parts: string[] = [];
    qr.data.forEach((row, y) => {
      row.forEach((dark, x) => {
        if (dark) parts.push(`M${String(x)} ${String(y)}h1v1h-1z`);
      });
    });
    return { path: parts.join(''), modules: qr.size };
  }, [text]);
  return (
    <svg
      className="qr-code"
      role="img"
      aria-label={label}
      width={size}
      height={size}
      viewBox={`0 0 ${String(modules)} ${String(modules)}`}
      shapeRendering="crispEdges"
    >
      <rect width={modules} height={modules} fill="#fff" />
      <path d={path} fill="#000" />
    </svg>
  );
}
