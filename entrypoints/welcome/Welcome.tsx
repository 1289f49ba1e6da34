import { SettingsForm } from '@/components/SettingsForm.tsx';
import { useSettings } from '@/components/use-settings.ts';
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
        <h1>Welcome to Softer</h1>
        <p class="muted">Nothing here needs doing: Softer is already on. Read on if you like.</p>
      </header>
      <main>
        <section class="card" aria-labelledby="what-heading">
          <h2 id="what-heading">What Softer does</h2>
          <p>
            When you are about to send a fourth message into silence, or a message that might read as a
            complaint (“You never…”, “Why are you ignoring me?”, “hello???”), Softer pauses that one send in
            the chat and asks: <strong>are you reaching out from love, or from anxiety?</strong>
          </p>
          <p>
            It offers a calming step and a softer way to say what you meant — then you choose: send it anyway,
            use the softer version, be reminded later, or edit it yourself. Every other message goes through
            untouched.
          </p>
        </section>

        <section class="card" aria-labelledby="never-heading">
          <h2 id="never-heading">What Softer never does</h2>
          <p>
            Softer never stores or sends anything you write in a chat: it reads a draft only at the moment you
            press send, on this device. It keeps only counts of what you chose, in this browser, and you can
            export or delete them at any time.
          </p>
        </section>

        <section class="card" aria-labelledby="tour-heading">
          <h2 id="tour-heading">The card, to try</h2>
          <CardTour />
        </section>

        <section aria-labelledby="settings-heading">
          {settings ? (
            <SettingsForm initial={settings} essentials />
          ) : (
            <p class="muted card">Loading your settings…</p>
          )}
          <p class="muted">
            If you and your partner have a plan for hard moments — a pause signal, how long a pause lasts, how
            you come back — write it in <a href="/options.html#agreement">Our agreement</a> and Softer brings
            it to the chat. More choices (how closely Softer listens, muted chats, your data) are in{' '}
            <a href="/options.html">Settings and your data</a>.
          </p>
        </section>
      </main>
    </>
  );
}
