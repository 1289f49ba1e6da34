/**
 * A chat's title as an identity: the same chat must read the same whether the header shows
 * "Sam 💛", "Sam 💛 " or "Sam" (one 2026 build dropped the emoji the contact name has), so emoji,
 * their joiners and variation selectors, direction marks and runs of spaces are folded away.
 * A title that is nothing but emoji keeps them, rather than becoming the empty string that every
 * such chat would share.
 */
const EMOJI =
  /\p{Extended_Pictographic}|\p{Emoji_Modifier}|\p{Regional_Indicator}|\u200d|\ufe0e|\ufe0f|\u20e3/gu;
const MARKS = /[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

export function normaliseTitle(title: string | null | undefined): string | null {
  if (!title) return null;
  const fold = (text: string) => text.normalize('NFKC').replace(MARKS, '').replace(/\s+/gu, ' ').trim();
  const plain = fold(title.replace(EMOJI, ' ')).toLocaleLowerCase();
  if (plain) return plain;
  const kept = fold(title);
  return kept || null;
}
