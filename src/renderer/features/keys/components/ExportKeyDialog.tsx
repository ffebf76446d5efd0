// Owns exporting a key's public half (keys.exportPublic) as PEM or JWK, saved as a file. Only the
// public half exists to export; the export is itself a logged use of the key.
import { useRef, useState } from 'react';
import type { IpcError } from '../../../../shared/contract';
import type { ManagedKey } from '../../../../shared/domain';
import { downloadText } from '../../../lib/download';
import { Button, Dialog } from '../../../ui';
import { keyErrorText } from '../store/key-errors';
import { useKeysStore } from '../store/keys.store';

export interface ExportKeyDialogProps {
  keyView: ManagedKey;
  onDone: (message: string) => void;
  onCancel: () => void;
}

const safeFileName = (name: string) => name.replace(/[^A-Za-z0-9._-]+/g, '-');

export function ExportKeyDialog({ keyView: key, onDone, onCancel }: ExportKeyDialogProps) {
  const exportPublic = useKeysStore((s) => s.exportPublic);
  const [format, setFormat] = useState<'pem' | 'jwk'>('pem');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<IpcError | null>(null);
  const pemRef = useRef<HTMLInputElement>(null);

  async function submit() {
    setBusy(true);
    setError(null);
    const answer = await exportPublic(key.id, format);
    setBusy(false);
    if (!answer.ok) return setError(answer.error);
    const base = `${safeFileName(key.name)}-v${key.version}-public`;
    const file =
      answer.value.format === 'pem'
        ? { name: `${base}.pem`, text: answer.value.pem, type: 'application/x-pem-file' }
        : { name: `${base}.jwk.json`, text: `${JSON.stringify(answer.value.jwk, null, 2)}\n`, type: 'application/json' };
    downloadText(file.name, file.text, file.type);
    onDone(`The public key of ${key.name} version ${key.version} was saved as ${file.name}.`);
  }

  return (
    <Dialog
      title={`Export the public key of ${key.name}`}
      description={<p>Only the public half leaves the application: give it to whoever must verify signatures or encrypt for this key.</p>}
      busy={busy}
      error={error ? keyErrorText('export', error) : undefined}
      onCancel={onCancel}
      onSubmit={() => void submit()}
      initialFocus={pemRef}
      testId="export-key-dialog"
      actions={
        <>
          <Button variant="secondary" onClick={onCancel} disabled={busy}>
            Cancel
          </Button>
          <Button type="submit" variant="primary" busy={busy} busyLabel="Exporting…">
            Export
          </Button>
        </>
      }
    >
      <fieldset className="fieldset">
        <legend className="field-label">Format</legend>
        <div className="checkbox-field">
          <input ref={pemRef} id={`export-pem-${key.id}`} type="radio" name="format" checked={format === 'pem'} disabled={busy} onChange={() => setFormat('pem')} />
          <label htmlFor={`export-pem-${key.id}`} className="checkbox-label">
            PEM (SubjectPublicKeyInfo)
          </label>
        </div>
        <div className="checkbox-field">
          <input id={`export-jwk-${key.id}`} type="radio" name="format" checked={format === 'jwk'} disabled={busy} onChange={() => setFormat('jwk')} />
          <label htmlFor={`export-jwk-${key.id}`} className="checkbox-label">
            JWK (JSON Web Key)
          </label>
        </div>
      </fieldset>
    </Dialog>
  );
}
