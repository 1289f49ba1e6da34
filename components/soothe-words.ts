import { t } from '@/lib/i18n.ts';
import type { SelfSootheStep } from '@/lib/language/types.ts';

/** A calming step's title and what to do, in the browser's language. */
export function sootheWords(step: SelfSootheStep): { title: string; detail: string } {
  switch (step.id) {
    case 'walk':
      return { title: t('soothe.walk.title'), detail: t('soothe.walk.detail') };
    case 'journal':
      return { title: t('soothe.journal.title'), detail: t('soothe.journal.detail') };
    case 'call-friend':
      return { title: t('soothe.callFriend.title'), detail: t('soothe.callFriend.detail') };
    case 'breathe':
      return { title: t('soothe.breathe.title'), detail: t('soothe.breathe.detail') };
    case 'timer': {
      const minutes = step.minutes ?? 10;
      return {
        title: t('soothe.timer.title', { minutes }),
        detail: step.night ? t('soothe.timer.night') : t('soothe.timer.detail', { minutes }),
      };
    }
  }
}
