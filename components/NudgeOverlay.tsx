import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { CardPlace } from '@/lib/content/card-place.ts';
import type { Nudge } from '@/lib/decide.ts';
import { ordinal, t, uiLanguage } from '@/lib/i18n.ts';
import type { Answer, OutcomeAction } from '@/lib/outcome.ts';
import { BreathingCount } from './BreathingCount.tsx';
import { trapFocus } from './focus-trap.ts';
import { MarkerExcerpt } from './MarkerExcerpt.tsx';
import { sootheWords } from './soothe-words.ts';

export interface NudgeChoice {
  action: OutcomeAction;
  answer: Answer | null;
  waitMinutes: number | null;
  /** The softer version on show when "Use softer version" was chosen: what goes into the editor. */
  rewrite: string | null;
  /** For "Send only if still silent": when it goes (epoch ms); null for every other choice. */
  holdUntil?: number | null;
}

export interface NudgeOverlayProps {
  nudge: Nudge;
  draft: string;
  dark: boolean;
  /**
   * Where the card goes for its full height (lib/content/card-place.ts): asked again whenever the
   * card grows or shrinks, so it never comes to cover the message the person is answering.
   */
  place(height: number): CardPlace;
  /** False when the page gives the chat no name at all, so a mute could not tell it from others. */
  canMute?: boolean;
  /** The card takes focus as it appears (in a chat); the first-run page's tour does not. */
  autoFocus?: boolean;
  onChoose(choice: NudgeChoice): void;
}

const WAIT_CHOICES = [5, 10, 20, 30] as const;
const HOLD_CHOICES = [1, 5, 10, 20, 30, 60] as const;
const MINUTE = 60_000;

/** "They asked for a pause 12 minutes ago. You agreed on up to 60 minutes — 48 left.", kept live. */
function PauseReason({ since, until }: { since: number; until: number }) {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const tick = setInterval(() => setNow(Date.now()), 5000);
    return () => clearInterval(tick);
  }, []);
  const ago = Math.max(0, Math.floor((now - since) / MINUTE));
  const agreed = Math.round((until - since) / MINUTE);
  const left = Math.max(0, Math.ceil((until - now) / MINUTE));
  const text =
    ago === 0
      ? t('card.pauseJustNow', { agreed, left: '{left}' })
      : t('card.pauseAgo', { ago: t('common.minutes', ago), agreed, left: '{left}' });
  const [before, after] = text.split('{left}');
  return (
    <p class="reason">
      {before}
      <span data-countdown={left}>{left}</span>
      {after}
    </p>
  );
}

/** What Softer noticed, said about the message, never as a label for the person. */
function Reason({ nudge }: { nudge: Nudge }) {
  if (nudge.reason === 'pause-signal' && nudge.pause) return <PauseReason {...nudge.pause} />;
  const chasing = nudge.reason === 'streak' || nudge.reason === 'streak+protest';
  const phrasing = nudge.reason === 'protest' || nudge.reason === 'streak+protest';
  return (
    <>
      {chasing && <p class="reason">{t('card.streak', { nth: ordinal(nudge.streak + 1) })}</p>}
      {phrasing && <p class="reason">{t('card.protest')}</p>}
      {chasing && nudge.agreementQuote && (
        <p class="agreement-quote" data-agreement-quote>
          {t('card.agreed', { quote: nudge.agreementQuote })}
        </p>
      )}
    </>
  );
}

/** "Why did Softer pause this?", answered in one sentence. */
function whyPaused(nudge: Nudge): string {
  const nth = ordinal(nudge.streak + 1);
  if (nudge.reason === 'pause-signal') return t('card.whyPauseSignal');
  if (nudge.reason === 'streak') return t('card.whyStreak', { nth });
  if (nudge.reason === 'protest') return t('card.whyProtest');
  return t('card.whyBoth', { nth });
}

type Section = 'soothe' | 'rewrite';

export function NudgeOverlay({
  nudge,
  draft,
  dark,
  place,
  canMute = true,
  autoFocus = true,
  onChoose,
}: NudgeOverlayProps) {
  const dialog = useRef<HTMLDivElement>(null);
  const [answer, setAnswer] = useState<Answer | null>(null);
  const [version, setVersion] = useState(0);
  // A pause they asked for leads with calming down: the calming step is open from the start.
  const [shown, setShown] = useState<readonly Section[]>(nudge.reason === 'pause-signal' ? ['soothe'] : []);
  const pausing = nudge.reason === 'pause-signal';
  const canHold = nudge.reason !== 'protest';
  const [holdFor, setHoldFor] = useState<string>(nudge.pause ? 'pause-end' : '10');
  const [placement, setPlacement] = useState<CardPlace | null>(null);
  const [waitMinutes, setWaitMinutes] = useState<number>(
    WAIT_CHOICES.find((m) => m >= (nudge.soothe.minutes ?? 10)) ?? 10,
  );
  const versions = nudge.rewrites;
  const rewrite = versions[version % Math.max(1, versions.length)] ?? null;

  // Sections in the order that helps: after "From anxiety" calming down first, after "From love"
  // the softer version first; before an answer, only what the person opened.
  const lead: Section = answer === 'anxiety' || !rewrite ? 'soothe' : 'rewrite';
  const other: Section = lead === 'soothe' ? 'rewrite' : 'soothe';
  const order = answer ? [lead, ...(shown.includes(other) ? [other] : [])] : shown;
  const sections = order.filter((section) => section === 'soothe' || rewrite !== null);
  // The button that revealed a section goes away with the click, so focus moves into the section.
  const [revealed, setRevealed] = useState<Section | null>(null);
  const reveal = (section: Section) => {
    setShown((list) => (list.includes(section) ? list : [...list, section]));
    setRevealed(section);
  };
  useEffect(() => {
    if (!revealed) return;
    dialog.current?.querySelector<HTMLElement>(`section.${revealed} button, section.${revealed} h3`)?.focus();
    setRevealed(null);
  }, [revealed]);

  const choose = (action: OutcomeAction) =>
    onChoose({
      action,
      answer,
      waitMinutes: action === 'wait' ? waitMinutes : null,
      rewrite: action === 'use-rewrite' ? rewrite : null,
      holdUntil:
        action !== 'hold'
          ? null
          : holdFor === 'pause-end' && nudge.pause
            ? nudge.pause.until
            : Date.now() + Number(holdFor) * MINUTE,
    });

  // Focus moves in as the card appears, before the next key press can reach the composer.
  useLayoutEffect(() => {
    if (autoFocus) dialog.current?.focus();
  }, [autoFocus]);

  // Placed for its full height before it is painted, and again whenever it grows or shrinks.
  useLayoutEffect(() => {
    const card = dialog.current;
    if (!card) return;
    const next = place(card.scrollHeight);
    setPlacement((current) =>
      current &&
      current.left === next.left &&
      current.bottom === next.bottom &&
      current.width === next.width &&
      current.maxHeight === next.maxHeight
        ? current
        : next,
    );
  });
  const [, setViewport] = useState(0);
  useEffect(() => {
    const resized = () => setViewport((n) => n + 1);
    window.addEventListener('resize', resized);
    return () => window.removeEventListener('resize', resized);
  }, []);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      choose('edit');
    } else if (dialog.current) {
      trapFocus(event, dialog.current);
    }
  };

  const response =
    answer === 'love' ? t('card.afterLove') : answer === 'anxiety' ? t('card.afterAnxiety') : '';
  const soothe = sootheWords(nudge.soothe);

  return (
    // Not modal: the page behind stays usable (and is not inert), so the card keeps focus itself.
    <div
      ref={dialog}
      class={`nudge ${dark ? 'dark' : 'light'}`}
      lang={uiLanguage()}
      role="dialog"
      aria-labelledby="softer-question"
      aria-describedby="softer-reason"
      data-answered={answer ?? 'none'}
      data-reason={nudge.reason}
      tabIndex={-1}
      onKeyDown={onKeyDown}
      style={
        placement
          ? {
              left: `${placement.left}px`,
              bottom: `${placement.bottom}px`,
              width: `${placement.width}px`,
              maxHeight: `${placement.maxHeight}px`,
            }
          : { visibility: 'hidden' }
      }
    >
      <p class="brand">{t('card.brand')}</p>
      <div id="softer-reason">
        <Reason nudge={nudge} />
        {nudge.analysis.markers.length > 0 && (
          <MarkerExcerpt draft={draft} markers={nudge.analysis.markers} />
        )}
      </div>
      <details class="why">
        <summary>{t('card.why')}</summary>
        <p>{whyPaused(nudge)}</p>
      </details>

      <h2 id="softer-question">{t('card.question')}</h2>
      <div class="answers">
        {(['love', 'anxiety'] as const).map((value) => (
          <button
            type="button"
            key={value}
            data-answer={value}
            aria-pressed={answer === value}
            onClick={() => setAnswer(value)}
          >
            {value === 'love' ? t('card.love') : t('card.anxiety')}
          </button>
        ))}
      </div>
      {/* Always in the page, so a screen reader hears the response when it changes. */}
      <p class="response" aria-live="polite">
        {response}
      </p>

      {sections.map((section) =>
        section === 'soothe' ? (
          <section
            key="soothe"
            class={`soothe ${section === lead && answer ? 'emphasis' : ''}`}
            aria-label={t('card.calmingStep')}
          >
            <h3>{soothe.title}</h3>
            <p>{soothe.detail}</p>
            {nudge.soothe.id === 'breathe' && <BreathingCount />}
          </section>
        ) : (
          <section key="rewrite" class="rewrite" aria-label={t('card.softerVersion')}>
            <h3>
              {t('card.softerVersion')}
              {versions.length > 1 && (
                <span class="version-count">
                  {' '}
                  {t('card.versionOf', { n: (version % versions.length) + 1, count: versions.length })}
                </span>
              )}
            </h3>
            {/* The language engine's words are English, whatever the card's language. */}
            <p class="rewrite-text" lang="en" aria-live="polite">
              {rewrite}
            </p>
            <div class="row">
              <button
                type="button"
                class="primary"
                data-action="use-rewrite"
                onClick={() => choose('use-rewrite')}
              >
                {t('card.useSofter')}
              </button>
              {versions.length > 1 && (
                <button
                  type="button"
                  data-action="another-version"
                  onClick={() => setVersion((n) => (n + 1) % versions.length)}
                >
                  {t('card.anotherVersion')}
                </button>
              )}
            </div>
          </section>
        ),
      )}

      <div class="actions">
        {/* One tap away: what an answer would have opened, for someone who would rather not answer. */}
        {canHold && (
          <fieldset class="hold" aria-label={t('card.holdGroup')}>
            <button
              type="button"
              class={pausing ? 'primary' : ''}
              data-action="hold"
              onClick={() => choose('hold')}
            >
              {t('card.hold')}
            </button>
            <select
              aria-label={t('card.holdWhen')}
              value={holdFor}
              onChange={(event) => setHoldFor((event.target as HTMLSelectElement).value)}
            >
              {nudge.pause && <option value="pause-end">{t('card.holdAtPauseEnd')}</option>}
              {HOLD_CHOICES.map((minutes) => (
                <option key={minutes} value={String(minutes)}>
                  {t('card.holdIn', { minutes })}
                </option>
              ))}
            </select>
          </fieldset>
        )}
        {!pausing && rewrite !== null && !sections.includes('rewrite') && (
          <button
            type="button"
            class={answer ? '' : 'primary'}
            data-reveal="rewrite"
            aria-expanded="false"
            onClick={() => reveal('rewrite')}
          >
            {t('card.seeSofter')}
          </button>
        )}
        {!sections.includes('soothe') && (
          <button type="button" data-reveal="soothe" aria-expanded="false" onClick={() => reveal('soothe')}>
            {t('card.calmingStep')}
          </button>
        )}
        {!pausing && (
          <fieldset class="wait" aria-label={t('card.waitGroup')}>
            <button
              type="button"
              class={answer === 'anxiety' ? 'primary' : ''}
              data-action="wait"
              onClick={() => choose('wait')}
            >
              {t('card.wait')}
            </button>
            <select
              aria-label={t('card.waitMinutes')}
              value={waitMinutes}
              onChange={(event) => setWaitMinutes(Number((event.target as HTMLSelectElement).value))}
            >
              {WAIT_CHOICES.map((minutes) => (
                <option key={minutes} value={minutes}>
                  {minutes}
                </option>
              ))}
            </select>
            <span aria-hidden="true">{t('card.min')}</span>
          </fieldset>
        )}
        <button type="button" data-action="edit" onClick={() => choose('edit')}>
          {t('card.edit')}
        </button>
        <button type="button" class="quiet" data-action="send-anyway" onClick={() => choose('send-anyway')}>
          {t('card.sendAnyway')}
        </button>
        {canMute && (
          <button
            type="button"
            class="quiet-link"
            data-action="mute-chat"
            onClick={() => choose('mute-chat')}
          >
            {t('card.mute')}
          </button>
        )}
      </div>
    </div>
  );
}
