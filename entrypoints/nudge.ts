import { registerNudgeModule } from '@/lib/content/nudge-module.ts';
import { createNudgeSession } from '@/lib/content/nudge-session.ts';

/** The nudge, loaded on demand into a messaging page's content script (lib/content/start.ts). */
export default defineUnlistedScript(() => registerNudgeModule(createNudgeSession));
