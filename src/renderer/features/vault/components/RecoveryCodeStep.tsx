// Owns step 2 of setup: show the recovery code once, offer the printed sheet, and ask the person
// to say they have kept it before moving on.
import { useState } from 'react';
import { Banner, Button, CheckboxField, PageTitle } from '../../../ui';
import { RecoveryCode } from './RecoveryCode';
import { RecoverySheet } from './RecoverySheet';

export function RecoveryCodeStep({ code, onNext }: { code: string; onNext: () => void }) {
  const [kept, setKept] = useState(false);
  return (
    <>
      <div className="no-print">
        <PageTitle>Save your recovery code</PageTitle>
        <p className="lead">
          If the system keyring is lost or the passphrase is forgotten, this code is the only way to open the data.
          It is shown only during setup.
        </p>
        <RecoveryCode code={code} testId="recovery-code" />
        <Banner tone="warning" title="Keep it away from this workstation">
          Store this sheet somewhere safe, away from this workstation. Anyone with this code can unlock the data.
        </Banner>
        <div className="actions">
          <Button variant="secondary" onClick={() => window.print()}>
            Print recovery sheet
          </Button>
        </div>
        <CheckboxField label="I have written down or printed this code" checked={kept} onChange={(e) => setKept(e.target.checked)} />
        <div className="actions">
          <Button variant="primary" disabled={!kept} onClick={onNext} aria-describedby={kept ? undefined : 'recovery-next-hint'}>
            Next
          </Button>
          {!kept ? (
            <p id="recovery-next-hint" className="field-hint">
              Tick the box above once the code is written down or printed.
            </p>
          ) : null}
        </div>
      </div>
      <RecoverySheet code={code} />
    </>
  );
}
