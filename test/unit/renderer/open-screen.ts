// Opens one screen of the signed-in app against the fake bridge with scripted program data.
import { fireEvent, screen, within } from '@testing-library/react';
import { installFakeBridge } from './fake-bridge';
import { installProgramData } from './fake-program-data';
import { renderApp } from './render-app';

export async function openScreen(
  navLabel: string,
  data: Parameters<typeof installProgramData>[1] = {},
  script: Parameters<typeof installFakeBridge>[0] = {},
) {
  const bridge = installFakeBridge({ state: 'unlocked', slots: ['recovery', 'passphrase'], recoveryConfirmed: true, ...script });
  const store = installProgramData(bridge, data);
  renderApp();
  await screen.findByRole('heading', { level: 1, name: 'Home' });
  fireEvent.click(within(screen.getByRole('navigation', { name: 'Main' })).getByRole('button', { name: navLabel }));
  return { bridge, store };
}
