import '@/components/pages.css';
import { startPage } from '@/components/page.tsx';
import { t } from '@/lib/i18n.ts';
import { Options } from './Options.tsx';

startPage(t('options.title'), <Options />);
