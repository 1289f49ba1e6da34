/**
 * `npm run icons`: Softer's mark (public/icon/softer.svg) rendered to the PNG sizes the browsers
 * and stores ask for (16, 32, 48, 128), and the same mark greyed for while Softer is paused from the
 * popup, drawn by Debian's Chromium so every size is the browser's own rasterising of one drawing.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { REPO } from '../lib/cli/corpus.ts';
import { chromiumPath } from './e2e/harness.ts';

const SIZES = [16, 32, 48, 128] as const;
const DIR = join(REPO, 'public/icon');
/** The paused mark: the same shape in a quiet grey, so "on" and "paused" read apart at 16 px. */
const PAUSED_GREY = '#8a9691';

const svg = readFileSync(join(DIR, 'softer.svg'), 'utf8');
const variants = { '': svg, paused: svg.replaceAll('#00755f', PAUSED_GREY) };

const browser = await chromium.launch({ executablePath: chromiumPath(), args: ['--no-sandbox'] });
try {
  const page = await browser.newPage();
  for (const [variant, drawing] of Object.entries(variants)) {
    for (const size of SIZES) {
      await page.setViewportSize({ width: size, height: size });
      const sized = drawing.replace('<svg ', `<svg width="${size}" height="${size}" `);
      await page.setContent(`<style>html,body{margin:0;background:transparent}</style>${sized}`);
      const png = await page.screenshot({
        omitBackground: true,
        clip: { x: 0, y: 0, width: size, height: size },
      });
      writeFileSync(join(DIR, `${variant ? `${variant}-` : ''}${size}.png`), png);
    }
  }
} finally {
  await browser.close();
}
console.log(`icons written to public/icon/ at ${SIZES.join(', ')} px, on and paused`);
