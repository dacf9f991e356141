import { useEffect, useState } from 'react';

/** Modules of white round the code, as the QR standard asks, so a phone finds its edges. */
const QUIET_ZONE = 4;

interface Drawing {
  text: string;
  size: number;
  /** Every dark module, one square each, as a single SVG path. */
  dark: string;
}

/**
 * A QR code drawn as inline SVG: no image URL, so the page's content policy
 * needs no exception. The encoder is loaded on demand, never with the first
 * screen. Nothing is drawn until it arrives; the caption beside it still reads.
 */
export function QrCode({ text, label, className }: { text: string; label: string; className?: string }) {
  const [drawing, setDrawing] = useState<Drawing>();

  useEffect(() => {
    let current = true;
    function draw() {
      import('qrcode-generator')
        .then(({ default: qrcode }) => {
          // Level M survives a smudge or a glare on the projector screen without making the code too dense.
          const code = qrcode(0, 'M');
          code.addData(text);
          code.make();
          const count = code.getModuleCount();
          let dark = '';
          for (let row = 0; row < count; row += 1) {
            for (let col = 0; col < count; col += 1) {
              if (code.isDark(row, col)) dark += `M${col + QUIET_ZONE},${row + QUIET_ZONE}h1v1h-1z`;
            }
          }
          if (current) setDrawing({ text, size: count + 2 * QUIET_ZONE, dark });
        })
        // Offline with the chunk missing, say: the link beside the code still works.
        .catch(() => undefined);
    }
    // Drawn once the page around it has painted: the result's heading never waits for the code.
    const idle = window.requestIdleCallback?.(draw, { timeout: 500 });
    const timer = idle === undefined ? window.setTimeout(draw, 1) : undefined;
    return () => {
      current = false;
      if (idle !== undefined) window.cancelIdleCallback(idle);
      window.clearTimeout(timer);
    };
  }, [text]);

  if (drawing?.text !== text) return null;
  return (
    <svg className={className} role="img" aria-label={label} viewBox={`0 0 ${drawing.size} ${drawing.size}`} shapeRendering="crispEdges">
      <rect width={drawing.size} height={drawing.size} fill="#fff" />
      <path d={drawing.dark} fill="#000" />
    </svg>
  );
}
