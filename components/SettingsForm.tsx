import { useRef, useState } from 'preact/hooks';
import { t } from '@/lib/i18n.ts';
import type { Sensitivity } from '@/lib/language/types.ts';
import { LIMITS, type Preferences, type SettingsErrors, type SiteId } from '@/lib/settings.ts';
import { saveSettings } from '@/lib/settings-store.ts';
import { SITE_REGISTRY } from '@/lib/sites/registry.ts';

const SENSITIVITIES: readonly { value: Sensitivity; label(): string; description(): string }[] = [
  { value: 'gentle', label: () => t('settings.gentle'), description: () => t('settings.gentleHint') },
  { value: 'balanced', label: () => t('settings.balanced'), description: () => t('settings.balancedHint') },
  { value: 'watchful', label: () => t('settings.watchful'), description: () => t('settings.watchfulHint') },
];

const HOURS = Array.from({ length: 24 }, (_, hour) => hour);
const hourLabel = (hour: number) => `${String(hour).padStart(2, '0')}:00`;

/** What the form edits, as the inputs hold it: numbers stay text until saved, so "" is not 0. */
interface Draft {
  nudgeAfter: string;
  rapidFollowUpMinutes: string;
  sensitivity: Sensitivity;
  sites: Record<SiteId, boolean>;
  groupChats: boolean;
  quietEnabled: boolean;
  quietStart: number;
  quietEnd: number;
  offerSpaceAfter: string;
  silenceBlinders: boolean;
}

const toDraft = (settings: Preferences): Draft => ({
  nudgeAfter: String(settings.nudgeAfter),
  rapidFollowUpMinutes: String(settings.rapidFollowUpMinutes),
  sensitivity: settings.sensitivity,
  sites: { ...settings.sites },
  groupChats: settings.groupChats,
  quietEnabled: settings.quietHours.enabled,
  quietStart: settings.quietHours.start,
  quietEnd: settings.quietHours.end,
  offerSpaceAfter: String(settings.offerSpaceAfter),
  silenceBlinders: settings.silenceBlinders,
});

const toNumber = (text: string) => (text.trim() === '' ? Number.NaN : Number(text));

/** Error message ids, so each field can point at its own message. */
const errorId = (field: keyof Preferences) => `error-${field}`;

function FieldError({ field, errors }: { field: keyof Preferences; errors: SettingsErrors }) {
  const message = errors[field];
  return message ? (
    <p class="field-error" id={errorId(field)}>
      {message}
    </p>
  ) : null;
}

type Status = { text: string; error: boolean } | null;

type NumberPreference = 'nudgeAfter' | 'rapidFollowUpMinutes' | 'offerSpaceAfter';

/** A whole-number preference: its label, a hint with its range, the input and its message. */
function NumberField(props: {
  field: NumberPreference;
  label: string;
  hint: string;
  value: string;
  errors: SettingsErrors;
  described: (field: keyof Preferences, hint?: string) => Record<string, unknown>;
  onInput(value: string): void;
}) {
  const { field, label, hint, value, errors, described, onInput } = props;
  return (
    <>
      <label for={field}>{label}</label>
      <p class="hint" id={`${field}-hint`}>
        {hint}
      </p>
      <input
        id={field}
        name={field}
        type="number"
        inputMode="numeric"
        min={LIMITS[field].min}
        max={LIMITS[field].max}
        value={value}
        onInput={(event) => onInput(event.currentTarget.value)}
        {...described(field, `${field}-hint`)}
      />
      <FieldError field={field} errors={errors} />
    </>
  );
}

/**
 * The nudge settings. Saving checks the whole object: either everything is saved or nothing is,
 * with each problem shown next to its field. Muted chats and a popup pause are stored apart and
 * never touched from here. `essentials` shows only the choices that matter on day one (when to
 * pause, where, quiet hours); the others are saved as they are.
 */
export function SettingsForm({
  initial,
  essentials = false,
}: {
  initial: Preferences;
  essentials?: boolean;
}) {
  const [draft, setDraft] = useState<Draft>(() => toDraft(initial));
  const [errors, setErrors] = useState<SettingsErrors>({});
  const [status, setStatus] = useState<Status>(null);
  const form = useRef<HTMLFormElement>(null);

  // Save reads the edits from here, so typing and pressing Enter in one go never saves a stale draft.
  const latest = useRef(draft);
  const set = (change: Partial<Draft>) => {
    latest.current = { ...latest.current, ...change };
    setDraft(latest.current);
  };
  /** Marks a control invalid and ties it to its field's message (and its hint, if it has one). */
  const described = (field: keyof Preferences, hint?: string) => ({
    'aria-invalid': Boolean(errors[field]),
    'aria-describedby':
      [errors[field] ? errorId(field) : '', hint ?? ''].filter(Boolean).join(' ') || undefined,
  });

  const onSubmit = async (event: Event) => {
    event.preventDefault();
    setStatus(null);
    const edits = latest.current;
    const result = await saveSettings({
      nudgeAfter: toNumber(edits.nudgeAfter),
      rapidFollowUpMinutes: toNumber(edits.rapidFollowUpMinutes),
      sensitivity: edits.sensitivity,
      sites: edits.sites,
      groupChats: edits.groupChats,
      quietHours: { enabled: edits.quietEnabled, start: edits.quietStart, end: edits.quietEnd },
      offerSpaceAfter: toNumber(edits.offerSpaceAfter),
      silenceBlinders: edits.silenceBlinders,
    } satisfies Preferences);
    if (result.ok) {
      setErrors({});
      setStatus({ text: t('settings.saved'), error: false });
      return;
    }
    if (!('errors' in result)) {
      // Every field was fine; storage refused the write, so the same save can simply be tried again.
      setStatus({ text: t('common.didNotSave'), error: true });
      return;
    }
    setErrors(result.errors);
    setStatus({ text: t('common.checkFields'), error: true });
    // Take the person straight to the first thing to fix (after the messages have rendered).
    requestAnimationFrame(() => form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
  };

  return (
    <form ref={form} class="card settings" noValidate onSubmit={onSubmit} aria-labelledby="settings-heading">
      <h2 id="settings-heading">{t('settings.heading')}</h2>

      <div class="field">
        <NumberField
          field="nudgeAfter"
          label={t('settings.nudgeAfter')}
          hint={t('settings.nudgeAfterHint', LIMITS.nudgeAfter)}
          value={draft.nudgeAfter}
          errors={errors}
          described={described}
          onInput={(value) => set({ nudgeAfter: value })}
        />
      </div>

      {!essentials && (
        <div class="field">
          <NumberField
            field="rapidFollowUpMinutes"
            label={t('settings.followUp')}
            hint={t('settings.followUpHint', LIMITS.rapidFollowUpMinutes)}
            value={draft.rapidFollowUpMinutes}
            errors={errors}
            described={described}
            onInput={(value) => set({ rapidFollowUpMinutes: value })}
          />
        </div>
      )}

      {!essentials && (
        <fieldset class="field">
          <legend>{t('settings.sensitivity')}</legend>
          {SENSITIVITIES.map(({ value, label, description }) => (
            <label key={value} class="choice">
              <input
                type="radio"
                name="sensitivity"
                value={value}
                checked={draft.sensitivity === value}
                onChange={() => set({ sensitivity: value })}
                {...described('sensitivity', `sensitivity-${value}`)}
              />
              <span>
                <strong>{label()}</strong>
                <span class="hint" id={`sensitivity-${value}`}>
                  {description()}
                </span>
              </span>
            </label>
          ))}
          <FieldError field="sensitivity" errors={errors} />
        </fieldset>
      )}

      <fieldset class="field">
        <legend>{t('settings.where')}</legend>
        {SITE_REGISTRY.map((site) => (
          <label class="choice" key={site.id}>
            <input
              type="checkbox"
              name={`sites.${site.id}`}
              checked={draft.sites[site.id]}
              onChange={(event) =>
                set({ sites: { ...latest.current.sites, [site.id]: event.currentTarget.checked } })
              }
              {...described('sites')}
            />
            <span>{site.label}</span>
          </label>
        ))}
        <label class="choice">
          <input
            type="checkbox"
            name="groupChats"
            checked={draft.groupChats}
            onChange={(event) => set({ groupChats: event.currentTarget.checked })}
            {...described('groupChats', 'groupChats-hint')}
          />
          <span>
            {t('settings.groupChats')}
            <span class="hint" id="groupChats-hint">
              {t('settings.groupChatsHint')}
            </span>
          </span>
        </label>
        <FieldError field="sites" errors={errors} />
        <FieldError field="groupChats" errors={errors} />
      </fieldset>

      <fieldset class="field">
        <legend>{t('settings.quietHours')}</legend>
        <label class="choice">
          <input
            type="checkbox"
            name="quietHours.enabled"
            checked={draft.quietEnabled}
            onChange={(event) => set({ quietEnabled: event.currentTarget.checked })}
            {...described('quietHours', 'quietHours-hint')}
          />
          <span>
            {t('settings.quietHoursOn')}
            <span class="hint" id="quietHours-hint">
              {t('settings.quietHoursHint')}
            </span>
          </span>
        </label>
        <div class="hours">
          {(['start', 'end'] as const).map((edge) => (
            <label key={edge}>
              {edge === 'start' ? t('settings.from') : t('settings.until')}{' '}
              <select
                name={`quietHours.${edge}`}
                value={String(edge === 'start' ? draft.quietStart : draft.quietEnd)}
                onChange={(event) =>
                  set(
                    edge === 'start'
                      ? { quietStart: Number(event.currentTarget.value) }
                      : { quietEnd: Number(event.currentTarget.value) },
                  )
                }
                {...described('quietHours')}
              >
                {HOURS.map((hour) => (
                  <option key={hour} value={hour}>
                    {hourLabel(hour)}
                  </option>
                ))}
              </select>
            </label>
          ))}
        </div>
        <FieldError field="quietHours" errors={errors} />
      </fieldset>

      {!essentials && (
        <fieldset class="field">
          <legend>{t('settings.quietSide')}</legend>
          <NumberField
            field="offerSpaceAfter"
            label={t('settings.offerSpace')}
            hint={t('settings.offerSpaceHint', LIMITS.offerSpaceAfter)}
            value={draft.offerSpaceAfter}
            errors={errors}
            described={described}
            onInput={(value) => set({ offerSpaceAfter: value })}
          />
          <label class="choice">
            <input
              type="checkbox"
              name="silenceBlinders"
              checked={draft.silenceBlinders}
              onChange={(event) => set({ silenceBlinders: event.currentTarget.checked })}
              {...described('silenceBlinders', 'silenceBlinders-hint')}
            />
            <span>
              {t('settings.blinders')}
              <span class="hint" id="silenceBlinders-hint">
                {t('settings.blindersHint')}
              </span>
            </span>
          </label>
          <FieldError field="silenceBlinders" errors={errors} />
        </fieldset>
      )}

      <div class="form-actions">
        <button type="submit" class="primary" data-action="save-settings">
          {t('settings.save')}
        </button>
        <p role="status" class={status?.error ? 'status error' : 'status'}>
          {status?.text}
        </p>
      </div>
    </form>
  );
}
