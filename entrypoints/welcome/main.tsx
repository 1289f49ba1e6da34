import '@/components/pages.css';
import { startPage } from '@/components/page.tsx';
import { t } from '@/lib/i18n.ts';
import { Welcome } from './Welcome.tsx';

startPage(t('welcome.title'), <Welcome />);
