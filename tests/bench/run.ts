/**
 * `npm run bench`: every performance figure the README quotes, printed section by section.
 * Each section measures in this one process (and, where the browser matters, in one Chromium),
 * so ratios compare like with like.
 */
const sections: Array<[string, () => Promise<{ default: () => Promise<void> }>]> = [
  ['Language engine', () => import('./language.ts')],
  ['Content script', () => import('./content-script.ts')],
  ['Sending in Chromium', () => import('./browser-send.ts')],
  ['Weekly summary in Chromium', () => import('./browser-summary.ts')],
  ['A busy page in Chromium', () => import('./busy-page.ts')],
];

for (const [title, load] of sections) {
  console.log(`\n## ${title}`);
  await (await load()).default();
}
