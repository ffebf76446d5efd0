// Owns My account: who is signed in (as main reports it) and changing one's own password.
import { useState } from 'react';
import type { SessionInfo } from '../../../../shared/domain';
import { roleDescription, roleLabel } from '../../../lib/roles';
import { PageTitle, StatusMessage } from '../../../ui';
import { ChangePasswordForm } from './ChangePasswordForm';

export function MyAccountScreen({ session }: { session: SessionInfo }) {
  const [notice, setNotice] = useState('');
  return (
    <div className="screen">
      <PageTitle>My account</PageTitle>
      <p className="lead">Your account on this workstation.</p>
      <StatusMessage message={notice} className={notice ? 'status-success' : undefined} />
      <section className="panel">
        <h2 id="account-details">Account</h2>
        <dl className="definition-list" data-testid="account-details">
          <div>
            <dt>User name</dt>
            <dd className="mono">{session.username}</dd>
          </div>
          <div>
            <dt>Display name</dt>
            <dd>{session.displayName}</dd>
          </div>
          <div>
            <dt>Role</dt>
            <dd>
              {roleLabel[session.role]}
              <span className="dd-note">{roleDescription[session.role]}</span>
            </dd>
          </div>
        </dl>
        <p className="field-hint">An administrator changes names and roles, under Users.</p>
      </section>
      <section className="panel">
        <h2 id="account-password">Change password</h2>
        <ChangePasswordForm
          onChanged={() => setNotice('Password changed. Use the new password the next time you sign in or unlock.')}
        />
      </section>
    </div>
  );
}
