import { render } from 'preact';
import '@/components/pages.css';
import { followSystemTheme } from '@/components/theme.ts';
import { Options } from './Options.tsx';

followSystemTheme();
const root = document.getElementById('app');
if (root) render(<Options />, root);
