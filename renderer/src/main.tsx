import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import '@mantine/dates/styles.css';
import './app/print.css';
import './app/focus.css';
import { createRoot } from 'react-dom/client';
import { createTransport } from './api/transport';
import { App } from './app/App';

createRoot(document.getElementById('root')!).render(<App transport={createTransport()} />);
