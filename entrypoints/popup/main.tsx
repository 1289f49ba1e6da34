import { render } from 'preact';
import '@/components/pages.css';
import './popup.css';
import { Popup } from './Popup.tsx';

const root = document.getElementById('app');
if (root) render(<Popup />, root);
