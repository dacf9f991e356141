/**
 * The start screen as server-rendered HTML, for dist/index.html (see
 * prerenderPlugin.ts). The same tree the browser renders for `#/`, with a
 * memory router in place of the hash router, so hydration matches exactly.
 * Rendered as a first-time visitor sees it: no mode, nothing saved.
 */
import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { MemoryRouter } from 'react-router-dom';
import { AppShell } from './App';

export function renderStartScreen(): string {
  return renderToString(
    <StrictMode>
      <MemoryRouter initialEntries={['/']}>
        <AppShell />
      </MemoryRouter>
    </StrictMode>,
  );
}
