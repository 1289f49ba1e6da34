/**
 * `npm start`: a visible Chromium with the built extension on a local WhatsApp Web stand-in, for a
 * person to try Softer without an account. Runs until the browser closes or Ctrl+C.
 */
import { launchSofter } from './harness.ts';

function hasDisplay(): boolean {
  // Only Linux needs an X or Wayland server for a visible window; macOS and Windows always have one.
  return process.platform !== 'linux' || Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
}

const GUIDE = `
Softer demo: a stand-in for WhatsApp Web, served from this machine at https://web.whatsapp.com/,
with the extension loaded. You are in a chat with Sam, who wrote last.

Things to try:
  1. Send three messages in a row, then try a fourth: Softer pauses that one.
  2. Type "You never listen" and press Enter: Softer offers a softer request instead.
  3. Let Sam answer: click "Make Sam reply" in the chat header, or run fixture.reply('hi')
     in the page's DevTools console. Other chats are in the list on the left.

Nothing leaves this machine: the browser resolves no host but the local one.
Close the browser window or press Ctrl+C to stop.
`;

async function main(): Promise<number> {
  if (!hasDisplay()) {
    console.error(
      'No display found (DISPLAY and WAYLAND_DISPLAY are unset), so the demo browser cannot open a window.\n' +
        'Run `npm run build` and load .output/chrome-mv3 as an unpacked extension in Chrome or Chromium\n' +
        '(chrome://extensions, Developer mode, "Load unpacked"), or run this on a desktop session.',
    );
    return 1;
  }
  const softer = await launchSofter({ headless: false });
  await softer.openWhatsApp();
  console.log(GUIDE);
  await new Promise<void>((resolve) => {
    softer.context.once('close', () => resolve());
    // Ctrl+C reaches us twice (from the terminal and relayed by tsx): the echo must not kill the
    // clean-up, but a deliberate second Ctrl+C a moment later still quits at once.
    let first = 0;
    const stop = () => {
      if (first === 0) first = Date.now();
      else if (Date.now() - first > 1000) process.exit(130);
      resolve();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
  await softer.close();
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
