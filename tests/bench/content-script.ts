import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET_GZIP = 20 * 1024;
const kB = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;

/** Size of what every WhatsApp page loads: the built content script (run `wxt build` first). */
export default async function benchContentScriptSize(): Promise<void> {
  const file = join(process.cwd(), '.output/chrome-mv3/content-scripts/whatsapp.js');
  const code = readFileSync(file);
  const gzip = gzipSync(code, { level: 9 }).length;
  console.log(
    `content script: ${kB(code.length)} raw, ${kB(gzip)} gzip (budget ${kB(BUDGET_GZIP)} gzip: ${gzip <= BUDGET_GZIP ? 'within' : 'OVER'})`,
  );
}
