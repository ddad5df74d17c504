import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app.tsx';
import { createQueryClient } from './query-client.ts';
import { startDashboard } from './start.ts';
import './styles.css';

// Before React: DuckDB's worker, its wasm and the data downloads start while the page renders.
const startup = startDashboard();

const queryClient = createQueryClient();

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <App startup={startup} />
      </QueryClientProvider>
    </StrictMode>,
  );
}
