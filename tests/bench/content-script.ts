import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET_GZIP = 20 * 1024;
const kB = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;

function size(file: string): { raw: number; gzip: number } {
  const code = readFileSync(join(process.cwd(), '.output/chrome-mv3', file));
  return { raw: code.length, gzip: gzipSync(code, { level: 9 }).length };
}

/**
 * What a WhatsApp page loads: the content script on every page (the send guard and a loader),
 * and the nudge module (language engine, overlay, Preact) once the person focuses the composer.
 * Run `wxt build` first.
 */
export default async function benchContentScriptSize(): Promise<void> {
  const script = size('content-scripts/whatsapp.js');
  const nudge = size('nudge.js');
  const verdict = script.gzip <= BUDGET_GZIP ? 'within' : 'OVER';
  console.log(
    `content script: ${kB(script.raw)} raw, ${kB(script.gzip)} gzip (budget ${kB(BUDGET_GZIP)} gzip: ${verdict})`,
  );
  console.log(
    `nudge module, loaded on first focus of the composer: ${kB(nudge.raw)} raw, ${kB(nudge.gzip)} gzip`,
  );
}
