/**
 * 500 random sequences of a person using a WhatsApp-shaped page in happy-dom, in both page shapes
 * WhatsApp ships (2024 rows and 2026 wrappers), with the real send guard, the real WhatsApp
 * adapter and the session's own decision at a send attempt (`checkSend`), and default settings. The person types, sends by Enter or by clicking the send control, receives replies,
 * switches chats and answers nudges (send anyway, use the softer version and send, wait, edit,
 * Escape) while faults strike: the decision throws, the adapter throws while reading the chat or
 * while finding the send control to release a send, the overlay cannot show, the composer, the
 * send control or the message rows vanish, the send control is swapped, the footer re-rendered.
 *
 * A model beside the page says what the person meant: which attempts a nudge should pause (a
 * fourth message into silence, or protest phrasing, outside groups) and which messages should go
 * out. After every step the page's own record of what it sent must equal the model's, exactly.
 */

import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { checkSend, type PendingNudge } from '@/lib/content/check-send.ts';
import { installSendGuard, type PausedSend, type SendGuard } from '@/lib/guard.ts';
import { analyze } from '@/lib/language/analyze.ts';
import { DEFAULT_SETTINGS } from '@/lib/settings.ts';
import type { SiteAdapter } from '@/lib/sites/types.ts';
import { whatsapp } from '@/lib/sites/whatsapp/adapter.ts';
import { DEFAULT_AGREEMENT } from '../../lib/agreement.ts';
import {
  type FixtureChat,
  FixturePage,
  type PageShape,
  type SendVariant,
  type SentMessage,
} from './fixture-dom.ts';

const SAM = '447700900123@c.us';
const ALEX = '4915123456789@c.us';
const KIM = '4915199999999@c.us';
const FAMILY = '120363041234567890@g.us';
const JIDS = [SAM, ALEX, KIM, FAMILY] as const;
const MINUTE = 60_000;

/** Sam answered recently; Alex's own messages are too old to count; Kim is already three into silence. */
function initialChats(now: number): FixtureChat[] {
  const ago = (minutes: number) => now - minutes * MINUTE;
  return [
    { jid: SAM, name: 'Sam', draft: '', messages: [{ out: false, at: ago(30) }] },
    {
      jid: ALEX,
      name: 'Alex',
      draft: '',
      messages: [
        { out: false, at: ago(300) },
        { out: true, at: ago(200) },
        { out: true, at: ago(190) },
      ],
    },
    {
      jid: KIM,
      name: 'Kim',
      draft: '',
      messages: [
        { out: false, at: ago(60) },
        { out: true, at: ago(50) },
        { out: true, at: ago(40) },
        { out: true, at: ago(30) },
      ],
    },
    { jid: FAMILY, name: 'Family', draft: '', messages: [{ out: false, at: ago(45) }] },
  ];
}

const SALT = '0123456789abcdef0123';

interface Pending {
  paused: PausedSend;
  nudge: PendingNudge['nudge'];
}

/** The page with Softer's guard on it, and the switches the faults flip. */
interface Real {
  page: FixturePage;
  guard: SendGuard;
  pending: Pending | null;
  faults: { checkThrows: boolean; pauseThrows: boolean; readThrows: boolean; controlThrows: boolean };
  /** How many nudges opened, to show the sequences exercised them. */
  nudges: number;
}

/** What the person meant, and what the page should look like, step by step. */
interface Model {
  open: string;
  drafts: Record<string, string>;
  messages: Record<string, { out: boolean; at: number }[]>;
  /** Index of the first message whose row is on the page, per chat (rows can be taken away). */
  visibleFrom: Record<string, number>;
  composer: boolean;
  /** Bumped whenever the composer element is replaced (chat switch, footer re-render). */
  composerGeneration: number;
  control: boolean;
  nudge: { chat: string; draft: string; generation: number; rewrite: string | null } | null;
  shape: PageShape;
  checkThrows: boolean;
  readThrows: boolean;
  pauseThrows: boolean;
  expected: SentMessage[];
}

let controller = new AbortController();
// The guard notes each fail-open on console.debug; thousands of injected faults would drown the output.
beforeEach(() => {
  vi.spyOn(console, 'debug').mockImplementation(() => undefined);
});
afterEach(() => {
  controller.abort();
  vi.restoreAllMocks();
});

function setup(shape: PageShape): { model: Model; real: Real } {
  controller.abort();
  controller = new AbortController();
  const now = Date.now();
  const chats = initialChats(now);
  const page = new FixturePage(document, chats, shape);
  const real: Real = {
    page,
    guard: null as unknown as SendGuard,
    pending: null,
    faults: { checkThrows: false, pauseThrows: false, readThrows: false, controlThrows: false },
    nudges: 0,
  };
  // The adapter as the guard and the session use it, failing once where a fault is armed.
  const failOnce = (fault: 'readThrows' | 'controlThrows') => {
    if (!real.faults[fault]) return;
    real.faults[fault] = false;
    throw new Error(`injected: the adapter failed (${fault})`);
  };
  const site: SiteAdapter = {
    ...whatsapp,
    sendControlFor(composer) {
      failOnce('controlThrows');
      return whatsapp.sendControlFor(composer);
    },
  };
  const reading: SiteAdapter = {
    ...site,
    conversation(doc, at) {
      failOnce('readThrows');
      return whatsapp.conversation(doc, at);
    },
  };
  real.guard = installSendGuard<PendingNudge>(window, {
    site,
    signal: controller.signal,
    isOpen: () => real.pending !== null,
    refocus: () => undefined,
    dismiss: () => undefined,
    // The nudge session's own decision at a send attempt.
    check(paused) {
      if (real.faults.checkThrows) {
        real.faults.checkThrows = false;
        throw new Error('injected: the decision failed');
      }
      return checkSend(reading, paused, Date.now(), DEFAULT_SETTINGS, SALT, DEFAULT_AGREEMENT);
    },
    pause(paused, { nudge }) {
      if (real.faults.pauseThrows) {
        real.faults.pauseThrows = false;
        throw new Error('injected: the overlay could not show');
      }
      real.pending = { paused, nudge };
      real.nudges += 1;
    },
  });
  const model: Model = {
    open: SAM,
    drafts: Object.fromEntries(JIDS.map((jid) => [jid, ''])),
    messages: Object.fromEntries(chats.map((chat) => [chat.jid, chat.messages.map((m) => ({ ...m }))])),
    visibleFrom: Object.fromEntries(JIDS.map((jid) => [jid, 0])),
    composer: true,
    composerGeneration: 0,
    control: true,
    nudge: null,
    shape,
    checkThrows: false,
    readThrows: false,
    pauseThrows: false,
    expected: [],
  };
  return { model, real };
}

// ---------------------------------------------------------------------------------------------
// The model's own view of when a nudge is due (independent of the DOM and of the adapter)

function modelStreak(model: Model, now: number): number {
  const since = now - DEFAULT_SETTINGS.rapidFollowUpMinutes * MINUTE;
  const messages = model.messages[model.open] ?? [];
  let streak = 0;
  for (let i = messages.length - 1; i >= (model.visibleFrom[model.open] ?? 0); i--) {
    const message = messages[i];
    if (!message?.out || message.at < since) break;
    streak += 1;
  }
  return streak;
}

function nudgeDue(model: Model, draft: string): boolean {
  // A group is told by its rows: by the @g.us in their ids (2024), or by an incoming stamp among
  // the newest twenty naming a member rather than the chat (2026). With no such row on the page
  // the adapter cannot tell a group, and the chat is treated as one to one.
  const messages = model.messages[model.open] ?? [];
  const shown = messages.slice(model.visibleFrom[model.open] ?? 0);
  const rowsTell = model.shape === '2024' ? shown.length > 0 : shown.slice(-20).some((m) => !m.out);
  const group = model.open.endsWith('@g.us') && rowsTell;
  if (draft.trim() === '' || group) return false;
  return (
    modelStreak(model, Date.now()) >= DEFAULT_SETTINGS.nudgeAfter ||
    analyze(draft, { sensitivity: DEFAULT_SETTINGS.sensitivity }).protest
  );
}

/** The page sent the open chat's draft (if it was not blank). */
function modelSends(model: Model): void {
  const text = (model.drafts[model.open] ?? '').trim();
  if (!text) return;
  model.expected.push({ chat: model.open, text });
  model.messages[model.open]?.push({ out: true, at: Date.now() });
  model.drafts[model.open] = '';
}

function checkAgreement(model: Model, real: Real): void {
  expect(real.page.sent).toEqual(model.expected);
  expect(real.pending !== null).toBe(model.nudge !== null);
  expect(real.page.chat()).toBe(model.open);
  expect(real.page.draft()).toBe(model.drafts[model.open]);
}

/** Enter or a click on the send control, as the person does it, and what should follow. */
function attempt(model: Model, real: Real, how: 'enter' | 'click-icon' | 'click-control'): void {
  const draft = model.drafts[model.open] ?? '';
  // The guard can only guard a send it can tie to a composer; a click without one goes to the page.
  const guarded = how === 'enter' || model.composer;
  if (!guarded) {
    modelSends(model);
  } else if (model.nudge) {
    // Held while the open nudge waits for an answer.
  } else if (model.checkThrows || model.readThrows) {
    // The decision fails before it reads the page, so one fault is spent per attempt.
    if (model.checkThrows) model.checkThrows = false;
    else model.readThrows = false;
    modelSends(model);
  } else if (nudgeDue(model, draft)) {
    if (model.pauseThrows) {
      model.pauseThrows = false;
      modelSends(model);
    } else {
      model.nudge = { chat: model.open, draft, generation: model.composerGeneration, rewrite: null };
    }
  } else {
    modelSends(model);
  }
  const pendingBefore = real.pending;
  if (how === 'enter') real.page.pressEnter();
  else real.page.clickSend(how === 'click-icon');
  if (model.nudge && real.pending && real.pending !== pendingBefore) {
    model.nudge.rewrite = real.pending.nudge.rewrites[0] ?? null;
    // The paused draft is exactly what was typed.
    expect(real.pending.paused.draft).toBe(draft);
  }
}

// ---------------------------------------------------------------------------------------------
// Commands

type Cmd = fc.Command<Model, Real>;

class Type implements Cmd {
  constructor(readonly text: string) {}
  check = (m: Readonly<Model>) => m.composer;
  run(m: Model, r: Real) {
    r.page.type(this.text);
    m.drafts[m.open] = this.text;
    checkAgreement(m, r);
  }
  toString = () => `type ${JSON.stringify(this.text)}`;
}

class Attempt implements Cmd {
  constructor(readonly how: 'enter' | 'click-icon' | 'click-control') {}
  check = (m: Readonly<Model>) => (this.how === 'enter' ? m.composer : m.control);
  run(m: Model, r: Real) {
    attempt(m, r, this.how);
    checkAgreement(m, r);
  }
  toString = () => this.how;
}

type Answer = 'send-anyway' | 'use-rewrite' | 'wait' | 'edit' | 'escape';

class AnswerNudge implements Cmd {
  constructor(readonly answer: Answer) {}
  check = (m: Readonly<Model>) => m.nudge !== null;
  run(m: Model, r: Real) {
    const pending = r.pending;
    const nudge = m.nudge;
    if (!pending || !nudge) throw new Error('no nudge open');
    r.pending = null;
    m.nudge = null;
    const sameComposer = nudge.generation === m.composerGeneration && m.composer;
    if (this.answer === 'send-anyway') {
      // What the person meant: send the draft the card showed, in the chat they paused it in, if
      // both are still there (an adapter failing to find the send control does not stop it).
      if (m.composer && m.open === nudge.chat && m.drafts[m.open] === nudge.draft) modelSends(m);
      r.guard.release(pending.paused);
    } else if (this.answer === 'use-rewrite' && nudge.rewrite !== null) {
      // The session replaces the draft through the editor it paused in, then the person sends it.
      if (pending.paused.composer.isConnected) r.page.type(nudge.rewrite);
      if (sameComposer) m.drafts[m.open] = nudge.rewrite;
      checkAgreement(m, r);
      if (m.composer) attempt(m, r, 'enter');
    }
    checkAgreement(m, r);
  }
  toString = () => this.answer;
}

class Reply implements Cmd {
  check = () => true;
  run(m: Model, r: Real) {
    r.page.reply();
    m.messages[m.open]?.push({ out: false, at: Date.now() });
    checkAgreement(m, r);
  }
  toString = () => 'reply';
}

class SwitchChat implements Cmd {
  constructor(readonly jid: string) {}
  check = () => true;
  run(m: Model, r: Real) {
    r.page.openChat(this.jid);
    m.open = this.jid;
    m.composer = true;
    m.control = true;
    m.composerGeneration += 1;
    m.visibleFrom[this.jid] = Math.max(0, (m.messages[this.jid]?.length ?? 0) - 40);
    checkAgreement(m, r);
  }
  toString = () => `switch to ${this.jid}`;
}

type FaultKind =
  | 'check-throws'
  | 'read-throws'
  | 'control-throws'
  | 'pause-throws'
  | 'remove-composer'
  | 'remove-send-control'
  | 'remove-rows'
  | 'rebuild-composer'
  | `variant ${SendVariant}`;

class Fault implements Cmd {
  constructor(readonly kind: FaultKind) {}
  check = (m: Readonly<Model>) => this.kind !== 'remove-composer' || m.composer;
  run(m: Model, r: Real) {
    switch (this.kind) {
      case 'check-throws':
        m.checkThrows = r.faults.checkThrows = true;
        break;
      case 'read-throws':
        m.readThrows = r.faults.readThrows = true;
        break;
      case 'control-throws':
        r.faults.controlThrows = true;
        break;
      case 'pause-throws':
        m.pauseThrows = r.faults.pauseThrows = true;
        break;
      case 'remove-composer':
        r.page.removeComposer();
        m.composer = false;
        break;
      case 'remove-send-control':
        r.page.removeSendControl();
        m.control = false;
        break;
      case 'remove-rows':
        r.page.removeRows();
        m.visibleFrom[m.open] = m.messages[m.open]?.length ?? 0;
        break;
      case 'rebuild-composer':
        r.page.rebuildComposer();
        m.composer = true;
        m.control = true;
        m.composerGeneration += 1;
        break;
      default:
        r.page.setSendVariant(this.kind.slice('variant '.length) as SendVariant);
    }
    checkAgreement(m, r);
  }
  toString = () => this.kind;
}

const NEUTRAL = ['on my way', 'got the tickets', 'dinner at 8?', 'love you', 'running late, sorry', 'ok'];
const PROTEST = [
  'Why are you ignoring me?',
  'You never call me back',
  'hello??',
  'Fine. Whatever.',
  'answer me',
  'I see you were online',
  'thanks for nothing',
];
const ODD = [
  '',
  '   ',
  '\n',
  'line one\nYou never listen',
  '😢😢',
  'never mind',
  'I never said you always do that',
];

const text = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...NEUTRAL) },
  { weight: 3, arbitrary: fc.constantFrom(...PROTEST) },
  { weight: 1, arbitrary: fc.constantFrom(...ODD) },
  { weight: 1, arbitrary: fc.string({ maxLength: 24 }) },
);

/** The person writes a message and sends it (the commonest thing they do). */
class Write implements Cmd {
  constructor(
    readonly text: string,
    readonly how: 'enter' | 'click-icon' | 'click-control',
  ) {}
  check = (m: Readonly<Model>) => m.composer && (this.how === 'enter' || m.control);
  run(m: Model, r: Real) {
    new Type(this.text).run(m, r);
    new Attempt(this.how).run(m, r);
  }
  toString = () => `write ${JSON.stringify(this.text)} + ${this.how}`;
}

const how = fc.constantFrom('enter', 'enter', 'click-icon', 'click-control' as const);
const write = fc.tuple(text, how).map(([t, h]) => new Write(t, h));
const answer = fc
  .constantFrom<Answer>('send-anyway', 'send-anyway', 'use-rewrite', 'wait', 'edit', 'escape')
  .map((a) => new AnswerNudge(a));
const fault = fc
  .constantFrom<FaultKind>(
    'check-throws',
    'read-throws',
    'control-throws',
    'pause-throws',
    'remove-composer',
    'remove-send-control',
    'remove-rows',
    'rebuild-composer',
    'variant button',
    'variant div',
    'variant wds',
    'variant span',
    'variant testid',
  )
  .map((kind) => new Fault(kind));

/** Weighted by repetition: writing and answering nudges are what people mostly do. */
const commands = fc.commands(
  [
    write,
    write,
    write,
    write,
    how.map((h) => new Attempt(h)),
    text.map((t) => new Type(t)),
    answer,
    answer,
    answer,
    fc.constant(new Reply()),
    fc.constantFrom(...JIDS).map((jid) => new SwitchChat(jid)),
    fault,
    fault,
  ],
  { maxCommands: 60, size: 'large' },
);

describe('500 random sequences in a WhatsApp-shaped page', () => {
  it('sends every intended message exactly once and nothing else, whatever breaks, in both page shapes', () => {
    let totalSent = 0;
    let totalNudges = 0;
    fc.assert(
      fc.property(fc.constantFrom<PageShape>('2024', '2026'), commands, (shape, cmds) => {
        const { model, real } = setup(shape);
        fc.modelRun(() => ({ model, real }), cmds);
        totalSent += real.page.sent.length;
        totalNudges += real.nudges;
      }),
      { numRuns: 500, seed: 20_251_125 },
    );
    // The sequences really exercised sending, not just no-ops.
    expect(totalSent).toBeGreaterThan(500);
    expect(totalNudges).toBeGreaterThan(500);
  }, 60_000);
});
