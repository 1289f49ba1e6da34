import type { KindCues } from './types.ts';

/**
 * Which kind of protest the scorer found when no rule names it: the words that tell each kind
 * apart, written as people type them (they are read as the scorer reads words, so "feeeel" and
 * "u" find "feel" and "you"). Chosen by reading the development protests that only the scorer
 * finds, and kept where at least three development protests of the kind hold the cue and at
 * least half of the protests holding it are of the kind. The README quotes how often the kind
 * named is the one its reader gave, held out.
 */
export const enKindCues: KindCues = {
  kinds: [
    [
      'surveillance',
      'online, last seen, seen, read, active, typing, saw you, saw your, i saw, you liked, liked, status, story, posted, insta, blue ticks, ticks, tick, location, mins ago, ago, on whatsapp, you were on, funny how, had time, 👀',
    ],
    [
      'judgement-feeling',
      "i feel, feel like, feels like, feel so, abandoned, neglected, ignored by, invisible, disrespected, unwanted, for granted, priority, an option, don't matter, not important, care about, even care, love me, want me, this relationship, by you, forgotten, left out",
    ],
    [
      'guilt-score-keeping',
      "after all, after everything, always the one, the one who, i do everything, do everything, must be nice, must be lovely, nice to have, nice having, all i do, i paid, paid for, i cooked, i cleaned, i drove, i did, i gave, gave up, i have done, done for you, for you and, say thanks, used to, i carried, while you, you can't even, couldn't even, sit here, kids, school run, i waited, waited, i remembered, some of us, around here, i always",
    ],
    [
      'stonewalling-exit',
      "whatever, fine, forget it, forget i, never mind, i'm done, done talking, don't bother, bye, do what you want, whatever you want, leave it, not discussing, not doing this, conversation over, i give up, not arguing, i won't, i said, don't want to talk, going to bed, no need to, don't need, stop asking, ok then, not talking about, go alone, by myself, without you, do as you like, up to you, this conversation, to bed, discuss, don't worry about it",
    ],
    [
      'demand-ping',
      'hello, answer, answer me, respond, pick up, call me, ring me, text me back, me back, you there, are you there, oi, immediately, please, ??, earth to',
    ],
    [
      'contempt-sarcasm',
      'oh, wow, thanks, thank you, cheers, thanks for, great, nice of you, lovely, congrats, finally, remembered, you remembered, glad you, so glad, i exist, exist, alive, honoured, grace, so now, yeah right, really, truly, mature, wah, 🙄, 🙃, 👏, well done, impressive, alert the, one word, word reply, so busy, wonderful, another, congratulations, so much',
    ],
    [
      'globalizing-criticism',
      "never, every time, every single, constantly, hardly ever, not once, never once, once, same, what's wrong with, wrong with you, typical, every weekend, every plan, one time, only ever",
    ],
    [
      'blame-question',
      "why, how come, how hard, how many times, is it too much, too much to ask, can't you, couldn't you, did you, do you, are you, were you, what did, where were, ?",
    ],
  ],
  // With no cue at all, sarcasm is what the scorer most often found where no word says so.
  otherwise: 'contempt-sarcasm',
};
