// Renders the whole renderer as main.tsx does (StrictMode included), against the fake bridge.
import { cleanup, render, type RenderResult } from '@testing-library/react';
import { StrictMode } from 'react';
import { App } from '../../../src/renderer/app/App';
import { resetStores } from '../../../src/renderer/app/store';
import { removeFakeBridge } from './fake-bridge';

export function renderApp(): RenderResult {
  resetStores();
  return render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}

/** For afterEach: unmount, forget the bridge and every store. */
export function tearDown(): void {
  cleanup();
  removeFakeBridge();
  resetStores();
}
