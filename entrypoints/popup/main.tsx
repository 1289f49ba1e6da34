import { render } from 'preact';
import '@/components/pages.css';
import { followSystemTheme } from '@/components/theme.ts';
import './popup.css';
import { Popup } from './Popup.tsx';

followSystemTheme();
const root = document.getElementById('app');
if (root) render(<Popup />, root);
