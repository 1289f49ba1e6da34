import '@/components/pages.css';
import './popup.css';
import { startPage } from '@/components/page.tsx';
import { t } from '@/lib/i18n.ts';
import { Popup } from './Popup.tsx';

startPage(t('popup.title'), <Popup />);
