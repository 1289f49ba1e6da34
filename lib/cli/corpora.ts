/**
 * `npm run corpora -- --sources DIR`: puts the real texts back in the corpora folder
 * (`candidates.jsonl` and `ordinary.jsonl`, read by corpus.ts) from the five public datasets,
 * checked out in DIR at the commits tests/corpus/real/SOURCES.md names (one folder each:
 * GoEmotions-pytorch, MELD, Topical-Chat, XDailyDialog, tweeteval). Each id names its text in
 * those files ("Putting the texts back" in SOURCES.md); a text is written only when its SHA-256
 * is the one its label was made for, and the run says how many of each source matched and fails
 * when any did not, so a changed dataset is never measured silently.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { argument, calledDirectly } from './args.ts';
import { corporaFolder, jsonLines, REPO } from './corpus.ts';

/** Each source's texts by id, read from its files the first time one of its ids is asked for. */
type Reader = (sources: string, id: string[]) => string | undefined;

const cache = new Map<string, unknown>();
function once<T>(key: string, load: () => T): T {
  if (!cache.has(key)) cache.set(key, load());
  return cache.get(key) as T;
}
const file = (sources: string, path: string) => readFileSync(join(sources, path), 'utf8');

/** RFC 4180 rows (quoted fields may hold commas, quotes and line breaks), headers as keys. */
export function csvRows(text: string): Record<string, string>[] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i += 1;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  const [header = [], ...body] = rows.filter((r) => r.some((cell) => cell !== ''));
  return body.map((cells) => Object.fromEntries(header.map((name, i) => [name.trim(), cells[i] ?? ''])));
}

const READERS: Record<string, Reader> = {
  goemotions: (sources, [, split, comment]) =>
    once(`goemotions:${split}`, () => {
      const texts = new Map<string, string>();
      for (const line of file(sources, `GoEmotions-pytorch/data/original/${split}.tsv`).split('\n')) {
        const columns = line.split('\t');
        if (columns.length >= 3) texts.set((columns.at(-1) as string).trim(), columns[0] as string);
      }
      return texts;
    }).get(comment as string),
  tweeteval: (sources, [, task, split, line]) =>
    once(`tweeteval:${task}:${split}`, () =>
      file(sources, `tweeteval/datasets/${task}/${split}_text.txt`).split('\n'),
    )[Number(line)],
  topicalchat: (sources, [, name, conversation, turn]) =>
    once(
      `topicalchat:${name}`,
      () =>
        JSON.parse(file(sources, `Topical-Chat/conversations/${name}.json`)) as Record<
          string,
          { content: { message: string }[] }
        >,
    )[conversation as string]?.content[Number(turn)]?.message,
  dailydialog: (sources, [, part, line, utterance]) => {
    const path = part === 'part1k' ? 'data/1k_part_data/dialogues_text_En.txt' : `data/en_${part}_human.txt`;
    const dialogue = once(`dailydialog:${part}`, () => file(sources, `XDailyDialog/${path}`).split('\n'))[
      Number(line)
    ];
    return dialogue?.split('\t')[0]?.split('__eou__')[Number(utterance)]?.trim();
  },
  friends: (sources, [, corpus, split, scene, utterance]) =>
    once(`friends:${corpus}:${split}`, () => {
      const meld = corpus === 'meld';
      const path = meld ? `data/MELD/${split}_sent_emo.csv` : `data/emorynlp/emorynlp_${split}_final.csv`;
      const key = (row: Record<string, string>) =>
        meld
          ? `${row.Dialogue_ID}:${row.Utterance_ID}`
          : `s${row.Season}e${row.Episode}c${row.Scene_ID}:${row.Utterance_ID}`;
      return new Map(csvRows(file(sources, `MELD/${path}`)).map((row) => [key(row), row.Utterance]));
    }).get(`${scene}:${utterance}`),
};

function rebuild(sources: string, listed: string, written: string): boolean {
  const counts = new Map<string, { matched: number; wanted: number }>();
  const lines: string[] = [];
  for (const { id, source, sha256 } of jsonLines<{ id: string; source: string; sha256: string }>(
    join(REPO, 'tests/corpus/real', listed),
  )) {
    const count = counts.get(source) ?? { matched: 0, wanted: 0 };
    counts.set(source, count);
    count.wanted += 1;
    const text = READERS[source]?.(sources, id.split(':'));
    if (text === undefined || createHash('sha256').update(text).digest('hex') !== sha256) continue;
    count.matched += 1;
    lines.push(JSON.stringify({ id, text }));
  }
  const folder = corporaFolder();
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, written), `${lines.join('\n')}\n`);
  const summary = [...counts].map(([source, { matched, wanted }]) => `${source} ${matched}/${wanted}`);
  console.log(`corpora: ${written}: ${summary.join(', ')}`);
  return [...counts.values()].every(({ matched, wanted }) => matched === wanted);
}

function main() {
  const sources = argument(process.argv.slice(2), 'sources');
  if (!sources) {
    console.error('corpora: give the folder holding the five datasets: npm run corpora -- --sources DIR');
    process.exit(2);
  }
  let complete: boolean[] = [];
  try {
    complete = [
      rebuild(sources, 'labels.jsonl', 'candidates.jsonl'),
      rebuild(sources, 'ordinary.jsonl', 'ordinary.jsonl'),
    ];
  } catch (error) {
    // A dataset file that is not there: say which, rather than a stack.
    console.error(`corpora: ${(error as Error).message}`);
    process.exit(1);
  }
  if (!complete.every(Boolean)) {
    console.error(
      'corpora: some texts are missing or changed: check the commits in tests/corpus/real/SOURCES.md',
    );
    process.exit(1);
  }
}

if (calledDirectly(import.meta.url)) main();
