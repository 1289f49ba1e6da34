import { seededRandom } from '../seeded-random.ts';

/**
 * A deterministic stream of realistic chat messages for benchmarks: logistics, affection,
 * protests, the traps around them, emoji, right-to-left and mixed scripts, short and long.
 */

type Pick = <T>(items: readonly T[]) => T;

const NAMES = ['Sam', 'Alex', 'Jo', 'Maya', 'Jordan', 'Priya', 'Luca', 'Noor', 'Tom', 'Ines'];
const TIMES = ['6', '7:30', '8', 'half 9', 'noon', '5pm', '10', 'midnight'];
const DAYS = ['Monday', 'Tuesday', 'Friday', 'Saturday', 'Sunday', 'tomorrow', 'tonight'];
const FOODS = ['pizza', 'sushi', 'tacos', 'pasta', 'curry', 'dumplings', 'a salad'];
const PLACES = ['the station', 'Luigi’s', 'the gym', 'your mum’s', 'the office', 'the park', 'Tesco'];
const THINGS = ['milk', 'the charger', 'the keys', 'bread', 'wine', 'the tickets', 'batteries'];
const HAPPY = ['😊', '❤️', '😘', '🥰', '🎉', '👍', '😂', '✨', ''];
const SAD = ['😢', '🙄', '💔', '😤', '', '', ''];

const LOGISTICS: readonly ((p: Pick) => string)[] = [
  (p) => `running ${p(['5', '10', '15', '20'])} min late, sorry!`,
  (p) => `can you grab ${p(THINGS)} on the way home?`,
  (p) => `I’ll pick you up at ${p(TIMES)} ${p(HAPPY)}`,
  (p) => `table’s booked for ${p(TIMES)} at ${p(PLACES)}`,
  (p) => `are we still on for ${p(DAYS)}?`,
  (p) => `left ${p(THINGS)} at ${p(PLACES)}, ugh`,
  (p) => `train delayed again, home by ${p(TIMES)}`,
  (p) => `${p(NAMES)} says hi`,
  (p) => `do we need anything for ${p(DAYS)}?`,
  (p) => `on my way ${p(HAPPY)}`,
  (p) => `what time is the dentist ${p(DAYS)}`,
  () => 'ok',
  () => 'yes',
  () => 'sounds good',
  (p) => `meeting ran over, call you in ${p(['10', '20', '30'])}`,
  (p) => `${p(FOODS)} or ${p(FOODS)} tonight?`,
];

const AFFECTION: readonly ((p: Pick) => string)[] = [
  (p) => `love you ${p(HAPPY)}`,
  (p) => `miss you already ${p(HAPPY)}`,
  (p) => `thinking of you ${p(HAPPY)}`,
  () => 'good morning gorgeous ☀️',
  (p) => `can’t wait to see you ${p(DAYS)}`,
  () => 'you always make me laugh 😂',
  () => 'sleep well, talk tomorrow x',
  (p) => `thank you for ${p(['dinner', 'today', 'the flowers', 'listening'])}, it meant a lot`,
  () => 'I’m so proud of you!!',
];

const PROTESTS: readonly ((p: Pick) => string)[] = [
  (p) => `you never want to spend time with me ${p(SAD)}`,
  (p) => `why are you ignoring me${p(['?', '??', '???', ''])}`,
  () => 'hello??',
  () => '???',
  (p) => `I see you were online ${p(['10 minutes', 'an hour', '2 hours'])} ago`,
  () => 'Fine. Whatever.',
  () => 'forget it',
  () => 'after everything I do for you',
  () => 'thanks for nothing',
  () => 'must be nice.',
  () => 'I feel ignored',
  (p) => `why didn’t you call me back${p(['?', '??', ''])}`,
  () => 'you’re always on your phone',
  () => 'I’m always the one who texts first',
  () => 'whats wrong with you',
  () => 'answer me.',
  () => 'helloooo???',
];

const TRAPS: readonly ((p: Pick) => string)[] = [
  () => 'never mind, found it',
  () => 'fine by me',
  (p) => `whatever you want, ${p(['love', 'babe', 'x'])}`,
  () => 'I’m done with work! heading home 🎉',
  (p) => `fine, see you at ${p(TIMES)}`,
  () => 'why don’t we get pizza?',
  () => 'did you ever see that documentary?',
  () => 'he never replies to the group chat',
  () => 'I always forget to drink water lol',
  () => 'she said "you never listen" and walked out',
  () => 'every time I see a dog I think of you 🐶',
  () => 'why are you up so early? 😄',
  () => 'you never fail to cheer me up',
];

const OTHER_SCRIPTS: readonly ((p: Pick) => string)[] = [
  () => 'مرحبا حبيبي، كيف كان يومك؟',
  (p) => `שלום! see you at ${p(TIMES)} 😊`,
  () => 'Я скучаю по тебе ❤️',
  () => '今晚一起吃饭吗？',
  () => 'حبيبي you never call me anymore 💔',
  () => 'te quiero mucho 💕',
  () => 'Ça va? on se voit au café à 7',
];

const SENTENCES: readonly ((p: Pick) => string)[] = [
  () => 'Had the weirdest day.',
  (p) => `The office flooded so we all worked from ${p(PLACES)}.`,
  (p) => `${p(NAMES)} brought cake for everyone.`,
  () => 'I’m exhausted but happy.',
  (p) => `Can we do ${p(FOODS)} ${p(DAYS)}?`,
  () => 'Tell you everything tonight!',
  () => 'Honestly I don’t know what to think about the flat yet.',
  (p) => `Also don’t forget ${p(THINGS)}.`,
];

export function chatCorpus(size = 10_000, seed = 1): string[] {
  const random = seededRandom(seed);
  const pick: Pick = (items) => items[Math.floor(random() * items.length)] as (typeof items)[number];
  const messages: string[] = [];
  for (let i = 0; i < size; i++) {
    const roll = random();
    let message: string;
    if (roll < 0.3) message = pick(LOGISTICS)(pick);
    else if (roll < 0.48) message = pick(AFFECTION)(pick);
    else if (roll < 0.7) message = pick(PROTESTS)(pick);
    else if (roll < 0.85) message = pick(TRAPS)(pick);
    else if (roll < 0.92) message = pick(OTHER_SCRIPTS)(pick);
    else {
      const count = 3 + Math.floor(random() * 5);
      const sentences: string[] = [];
      for (let s = 0; s < count; s++) sentences.push(pick(SENTENCES)(pick));
      if (random() < 0.3) sentences.push(pick(PROTESTS)(pick));
      message = sentences.join(' ');
    }
    if (random() < 0.1) message = message.toUpperCase();
    messages.push(message.trim());
  }
  return messages;
}
