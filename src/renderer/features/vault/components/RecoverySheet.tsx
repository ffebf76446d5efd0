// Owns the printable recovery sheet: hidden on screen, the only thing on paper when printed.
import { useState } from 'react';
import { PRODUCT_NAME } from '../../../../shared/product';
import { RecoveryCode } from './RecoveryCode';

export function RecoverySheet({ code }: { code: string }) {
  const [createdAt] = useState(() => new Date());
  const date = new Intl.DateTimeFormat(undefined, { dateStyle: 'long', timeStyle: 'short' }).format(createdAt);
  return (
    <section className="print-only recovery-sheet" data-testid="recovery-sheet">
      <p className="recovery-sheet-product">{PRODUCT_NAME}</p>
      <p className="recovery-sheet-title">Recovery sheet</p>
      <p className="recovery-sheet-date">Created {date}</p>
      <RecoveryCode code={code} />
      <p className="recovery-sheet-warning">
        Store this sheet somewhere safe, away from this workstation. Anyone with this code can unlock the data.
      </p>
      <p>
        To use it: on the unlock screen of {PRODUCT_NAME}, choose “Recovery code” and type the code above. Letters are
        not case-sensitive; dashes and spaces are optional.
      </p>
    </section>
  );
}
