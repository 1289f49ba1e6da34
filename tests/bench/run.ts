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

// `BENCH_SECTIONS=language npm run bench` runs only the sections whose titles contain a word given
// (the language engine alone takes seconds; the browser sections take most of the run).
const asked = process.env.BENCH_SECTIONS?.split(',').map((word) => word.trim().toLowerCase());
const chosen = sections.filter(
  ([title]) => !asked || asked.some((word) => title.toLowerCase().includes(word)),
);
if (chosen.length === 0) throw new Error(`BENCH_SECTIONS=${process.env.BENCH_SECTIONS} names no section`);

for (const [title, load] of chosen) {
  console.log(`\n## ${title}`);
  await (await load()).default();
}
