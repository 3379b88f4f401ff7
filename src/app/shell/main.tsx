import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { setUpI18n } from '../../i18n';
import { App } from './App';
import './styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');

void setUpI18n().then(() => {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
});
