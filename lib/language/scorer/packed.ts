/**
 * Whole numbers packed into text, for the shipped model: each number in base 32, lowest digits
 * first, one character a digit, a character's higher half saying that more digits follow; a signed
 * number is first folded onto the naturals (0, -1, 1, -2, … as 0, 1, 2, 3, …). The model's code
 * tables are written this way; its long lists of weights and slot gaps are coded (`packCoded`).
 */

const DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const VALUE = new Map([...DIGITS].map((digit, value) => [digit.charCodeAt(0), value]));
const MORE = 32;

/** The numbers (whole, and non-negative unless `signed`) as packed text. */
export function packNumbers(numbers: readonly number[], signed: boolean): string {
  let text = '';
  for (const number of numbers) {
    if (!Number.isSafeInteger(number) || (!signed && number < 0))
      throw new Error(`packNumbers: ${number} is not a whole number it can pack`);
    let rest = signed ? (number < 0 ? -2 * number - 1 : 2 * number) : number;
    do {
      const digit = rest % MORE;
      rest = Math.floor(rest / MORE);
      text += DIGITS[rest > 0 ? digit + MORE : digit];
    } while (rest > 0);
  }
  return text;
}

/** The numbers packed in `text`; throws on a character that is no digit or a number cut short. */
export function unpackNumbers(text: string, signed: boolean): number[] {
  const numbers: number[] = [];
  let number = 0;
  let scale = 1;
  for (let i = 0; i < text.length; i++) {
    const value = VALUE.get(text.charCodeAt(i));
    if (value === undefined) throw new Error(`unpackNumbers: "${text[i]}" at ${i} is not a digit`);
    number += (value % MORE) * scale;
    if (value >= MORE) {
      scale *= MORE;
      continue;
    }
    numbers.push(signed ? (number % 2 === 1 ? -(number + 1) / 2 : number / 2) : number);
    number = 0;
    scale = 1;
  }
  if (scale !== 1) throw new Error('unpackNumbers: the text ends inside a number');
  return numbers;
}

/*
 * Whole numbers as a canonical Huffman code: each number's code is as short as its share of the
 * list allows, so the model's tens of thousands of small weights and slot gaps cost close to what
 * they carry (the shipped model: 57 kB gzip, where the digits above took 68 kB gzip).
 * The text is the code table, packed as above, a "~", then the code's bits, six to a digit.
 */

const TABLE_END = '~';
/** Longer codes would overflow the decoder's whole-number arithmetic; real lists stay near 20. */
const LONGEST_CODE = 30;

/** Each symbol's code length, by Huffman's merging of the two rarest (ties to the earlier one). */
function codeLengths(counts: readonly number[]): number[] {
  const n = counts.length;
  if (n <= 1) return counts.map(() => 1);
  const weight = [...counts];
  const parent = new Array<number>(2 * n - 1).fill(-1);
  const leaves = counts
    .map((_, i) => i)
    .sort((a, b) => (counts[a] as number) - (counts[b] as number) || a - b);
  const merged: number[] = [];
  let leaf = 0;
  let next = 0;
  const rarest = () =>
    leaf < n &&
    (next >= merged.length ||
      (weight[leaves[leaf] as number] as number) <= (weight[merged[next] as number] as number))
      ? (leaves[leaf++] as number)
      : (merged[next++] as number);
  for (let node = n; node < 2 * n - 1; node++) {
    const a = rarest();
    const b = rarest();
    weight[node] = (weight[a] as number) + (weight[b] as number);
    parent[a] = node;
    parent[b] = node;
    merged.push(node);
  }
  return counts.map((_, symbol) => {
    let length = 0;
    for (let node = symbol; parent[node] !== -1; node = parent[node] as number) length++;
    return length;
  });
}

/** The numbers (whole, either sign) as a canonical Huffman code, table first. */
export function packCoded(numbers: readonly number[]): string {
  const counts = new Map<number, number>();
  for (const number of numbers) counts.set(number, (counts.get(number) ?? 0) + 1);
  const symbols = [...counts.keys()];
  const lengths = codeLengths(symbols.map((symbol) => counts.get(symbol) as number));
  const longest = Math.max(0, ...lengths);
  if (longest > LONGEST_CODE) throw new Error(`packCoded: a code of ${longest} bits is too long`);
  // Canonical order: by code length, then by value; codes count up in that order.
  const order = symbols
    .map((symbol, i) => ({ symbol, length: lengths[i] as number }))
    .sort((a, b) => a.length - b.length || a.symbol - b.symbol);
  const perLength = new Array<number>(longest).fill(0);
  const codes = new Map<number, { code: number; length: number }>();
  let code = 0;
  let length = order[0]?.length ?? 0;
  for (const entry of order) {
    code <<= entry.length - length;
    length = entry.length;
    codes.set(entry.symbol, { code, length });
    perLength[length - 1] = (perLength[length - 1] as number) + 1;
    code++;
  }
  let text = packNumbers([numbers.length, longest, ...perLength, ...order.map((e) => e.symbol)], true);
  text += TABLE_END;
  let digit = 0;
  let filled = 0;
  for (const number of numbers) {
    const { code, length } = codes.get(number) as { code: number; length: number };
    for (let bit = length - 1; bit >= 0; bit--) {
      digit = (digit << 1) | ((code >> bit) & 1);
      if (++filled === 6) {
        text += DIGITS[digit];
        digit = 0;
        filled = 0;
      }
    }
  }
  if (filled > 0) text += DIGITS[digit << (6 - filled)];
  return text;
}

/** What `packCoded` packed; throws on text that is not such a code. */
export function unpackCoded(text: string): number[] {
  const end = text.indexOf(TABLE_END);
  if (end === -1) throw new Error('unpackCoded: the text has no code table');
  const table = unpackNumbers(text.slice(0, end), true);
  const total = table[0] ?? 0;
  const longest = table[1] ?? 0;
  const perLength = table.slice(2, 2 + longest);
  const symbols = table.slice(2 + longest);
  if (perLength.length !== longest || perLength.reduce((sum, n) => sum + n, 0) !== symbols.length)
    throw new Error('unpackCoded: the code table does not add up');
  const numbers: number[] = [];
  let at = end + 1;
  let digit = 0;
  let left = 0;
  while (numbers.length < total) {
    // Canonical decoding: a code of each length is the first of that length plus an index.
    let code = 0;
    let first = 0;
    let index = 0;
    let length = 1;
    for (; length <= longest; length++) {
      if (left === 0) {
        const value = VALUE.get(text.charCodeAt(at++));
        if (value === undefined) throw new Error('unpackCoded: the code ends early or holds a non-digit');
        digit = value;
        left = 6;
      }
      left--;
      code |= (digit >> left) & 1;
      const count = perLength[length - 1] as number;
      if (code - first < count) {
        numbers.push(symbols[index + code - first] as number);
        break;
      }
      index += count;
      first = (first + count) << 1;
      code <<= 1;
    }
    if (length > longest) throw new Error('unpackCoded: the bits hold no code of the table');
  }
  return numbers;
}
