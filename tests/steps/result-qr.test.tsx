import { screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import jsQR from 'jsqr';
import { openApp, resetBrowser } from './render';

beforeEach(resetBrowser);
afterEach(resetBrowser);

const LIGHT_TOUCH =
  'arrangement=new&authorityType=sub-central&buying=yes&concession=no&contractValue=950000&healthCare=no&initiator=authority&mutual=no&nation=england&proportionate=yes&serviceKind=social-care&startedBefore2025=no&supportedEmployment=no&transparent=yes&userChoice=no&willing=few';

/** Reads the drawn code back as pixels, four to a module, and decodes it as a phone would. */
function decode(svg: Element): string | undefined {
  const size = Number(svg.getAttribute('viewBox')?.split(' ')[2]);
  const scale = 4;
  const width = size * scale;
  const pixels = new Uint8ClampedArray(width * width * 4).fill(255);
  for (const [, x, y] of svg.querySelector('path')!.getAttribute('d')!.matchAll(/M(\d+),(\d+)/g)) {
    for (let dy = 0; dy < scale; dy += 1) {
      for (let dx = 0; dx < scale; dx += 1) {
        const at = ((Number(y) * scale + dy) * width + Number(x) * scale + dx) * 4;
        pixels.fill(0, at, at + 3);
      }
    }
  }
  return jsQR(pixels, width, width)?.data;
}

describe('the QR code', () => {
  it('is drawn on the result, loaded on demand, says what it is and holds the result’s own link', async () => {
    openApp(`#/result?${LIGHT_TOUCH}`);
    const code = await screen.findByRole('img', { name: 'QR code: open this result on your phone' });
    expect(decode(code)).toBe(`${location.origin}${location.pathname}#/result?${LIGHT_TOUCH}`);
    expect(screen.getByText('Scan to open this result on your phone.')).toBeInTheDocument();
  });
});
