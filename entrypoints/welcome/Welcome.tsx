import { SettingsForm } from '@/components/SettingsForm.tsx';
import { useSettings } from '@/components/use-settings.ts';
import { Words } from '@/components/Words.tsx';
import { t } from '@/lib/i18n.ts';
import { CardTour } from './CardTour.tsx';

/**
 * The first-run page: opened once when Softer is installed, and from the popup ("How Softer
 * works"). What Softer does and never does, the three choices that matter on day one, and the
 * card itself to try. Nothing here has to be done before Softer starts working.
 */
export function Welcome() {
  const settings = useSettings();
  return (
    <>
      <header class="page-header">
        <h1>{t('welcome.heading')}</h1>
        <p class="muted">{t('welcome.nothingToDo')}</p>
      </header>
      <main>
        <section class="card" aria-labelledby="what-heading">
          <h2 id="what-heading">{t('welcome.whatHeading')}</h2>
          <p>
            <Words
              text={t('welcome.what', { question: '{question}' })}
              parts={{ question: <strong>{t('welcome.question')}</strong> }}
            />
          </p>
          <p>{t('welcome.choices')}</p>
        </section>

        <section class="card" aria-labelledby="never-heading">
          <h2 id="never-heading">{t('welcome.neverHeading')}</h2>
          <p>{t('welcome.never')}</p>
        </section>

        <section class="card" aria-labelledby="tour-heading">
          <h2 id="tour-heading">{t('welcome.tourHeading')}</h2>
          <CardTour />
        </section>

        <section aria-labelledby="settings-heading">
          {settings ? (
            <SettingsForm initial={settings} essentials />
          ) : (
            <p class="muted card">{t('common.loadingSettings')}</p>
          )}
          <p class="muted">
            <Words
              text={t('welcome.more', { agreement: '{agreement}', settings: '{settings}' })}
              parts={{
                agreement: <a href="/options.html#agreement">{t('common.ourAgreement')}</a>,
                settings: <a href="/options.html">{t('common.settingsAndData')}</a>,
              }}
            />
          </p>
        </section>
      </main>
    </>
  );
}
