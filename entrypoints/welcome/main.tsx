import { render } from 'preact';
import '@/components/pages.css';
import { followSystemTheme } from '@/components/theme.ts';
import { Welcome } from './Welcome.tsx';

followSystemTheme();
const root = document.getElementById('app');
if (root) render(<Welcome />, root);
