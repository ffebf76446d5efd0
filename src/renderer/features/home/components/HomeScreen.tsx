// Owns Home: an honest picture of this workstation, and the empty state until scheduling arrives.
import type { ReactNode } from 'react';
import type { VaultStatus } from '../../../../shared/contract';
import { Banner, Button, PageTitle } from '../../../ui';

export interface HomeScreenProps {
  status: VaultStatus;
  /** The signed-in person's display name. */
  displayName: string;
  /** Take the person to where the recovery code is confirmed; absent for roles that cannot. */
  onConfirmRecovery?: () => void;
  /** Cards other features contribute for this role (e.g. the last backup), composed by the app. */
  cards?: ReactNode;
}

export function HomeScreen({ status, displayName, onConfirmRecovery, cards }: HomeScreenProps) {
  const hasRecovery = status.slots.some((s) => s.kind === 'recovery');
  const slotCount = status.slots.length;
  const recoveryText = !hasRecovery ? 'None configured' : status.recoveryConfirmed ? 'Confirmed' : 'Not confirmed';

  return (
    <div className="screen">
      <PageTitle>Home</PageTitle>
      <p className="lead" data-testid="welcome">
        Welcome, {displayName}.
      </p>
      {onConfirmRecovery && hasRecovery && !status.recoveryConfirmed ? (
        <Banner
          tone="warning"
          title="Your recovery code has not been confirmed"
          testId="recovery-warning"
          actions={
            <Button variant="primary" onClick={onConfirmRecovery}>
              Confirm recovery code
            </Button>
          }
        >
          If the system keyring is lost or the passphrase is forgotten, the recovery code is the only way back in.
          Confirm that your copy is correct while you still can.
        </Banner>
      ) : null}

      <section className="panel">
        <h2 id="home-status">This workstation</h2>
        <dl className="definition-list" data-testid="home-status">
          <div>
            <dt>Encrypted data</dt>
            <dd>
              <span className="badge badge-ok">Unlocked</span>
            </dd>
          </div>
          <div>
            <dt>Unlock methods</dt>
            <dd data-testid="slot-count">{slotCount === 1 ? '1 method configured' : `${slotCount} methods configured`}</dd>
          </div>
          <div>
            <dt>Recovery code</dt>
            <dd>
              <span className={status.recoveryConfirmed ? 'badge badge-ok' : 'badge badge-warn'}>{recoveryText}</span>
            </dd>
          </div>
        </dl>
      </section>

      {cards}

      <section className="panel empty-state">
        <h2 id="home-schedules">Schedules</h2>
        <p>There is nothing to schedule here yet.</p>
        <p className="muted">
          Rosters, rotations, block and call schedules, and duty-hour checks arrive with later releases of Residency
          Scheduler.
        </p>
      </section>
    </div>
  );
}
