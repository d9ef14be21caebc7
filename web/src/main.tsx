import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App, createTandemApp } from './app';
import './styles/tokens.css';
import './styles/base.css';

const container = document.getElementById('root');
if (!container) throw new Error('Tandem: #root is missing from index.html');

createRoot(container).render(
  <StrictMode>
    <App app={createTandemApp()} />
  </StrictMode>,
);
