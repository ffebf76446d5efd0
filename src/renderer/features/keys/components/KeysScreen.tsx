// Owns the Keys screen (keys.manage): the managed keys with filters and status badges, generating
// one, and one key in detail with the actions its state allows — each behind its dialog. Main
// decides and explains refusals; after every change the list and the open key are read again.
import { useEffect, useRef, useState } from 'react';
import type { IpcError } from '../../../../shared/contract';
import type { ManagedKey } from '../../../../shared/domain';
import { Button, ConfirmDialog, ErrorMessage, PageTitle, StatusMessage } from '../../../ui';
import { keyErrorText } from '../store/key-errors';
import { useKeysStore } from '../store/keys.store';
import { byNameThenVersion, hasKeyFilters, type KeyAction } from '../store/selectors';
import { DeleteKeyDialog } from './DeleteKeyDialog';
import { ExportKeyDialog } from './ExportKeyDialog';
import { GenerateKeyDialog } from './GenerateKeyDialog';
import { KeyDetail } from './KeyDetail';
import { KeyFilters } from './KeyFilters';
import { KeysTable } from './KeysTable';
import { PolicyDialog } from './PolicyDialog';
import { RevokeKeyDialog } from './RevokeKeyDialog';
import { RotateKeyDialog } from './RotateKeyDialog';

type Pending = { key: ManagedKey; action: KeyAction } | { key: null; action: 'generate' } | null;

const countOf = (n: number) => (n === 1 ? '1 key' : `${n} keys`);

export function KeysScreen() {
  const s = useKeysStore();
  const [pending, setPending] = useState<Pending>(null);
  const [notice, setNotice] = useState('');
  const [busy, setBusy] = useState(false);
  const [confirmError, setConfirmError] = useState<string | undefined>();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const { load, loadUsers, open, close } = s;

  useEffect(() => {
    void load();
    void loadUsers();
  }, [load, loadUsers]);

  // Opening a key (or going back) moves focus to the new content's heading.
  const openId = s.openId;
  const firstRender = useRef(true);
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    headingRef.current?.focus();
  }, [openId]);

  function act(key: ManagedKey, action: KeyAction) {
    setConfirmError(undefined);
    setNotice('');
    setPending({ key, action });
  }

  function done(message: string) {
    setPending(null);
    setNotice(message);
  }

  /** The three actions that need only a yes: activate, retire, cancel a deletion. */
  async function confirmSimple(key: ManagedKey, action: 'activate' | 'retire' | 'cancel-deletion') {
    setBusy(true);
    setConfirmError(undefined);
    const answer = action === 'cancel-deletion' ? await s.cancelDeletion(key.id) : await s.setStatus(key.id, action === 'activate' ? 'active' : 'inactive');
    setBusy(false);
    if (!answer.ok) return setConfirmError(keyErrorText(action, answer.error));
    done(
      action === 'activate'
        ? `${key.name} version ${key.version} is active again.`
        : action === 'retire'
          ? `${key.name} version ${key.version} was retired: it only decrypts and verifies now.`
          : `The deletion of ${key.name} version ${key.version} was cancelled.`,
    );
  }

  const keys = s.keys ? [...s.keys].sort(byNameThenVersion) : null;
  const loadError: IpcError | null = s.error;

  return (
    <div className="screen screen-wide">
      <PageTitle>Keys</PageTitle>
      <p className="lead">The cryptographic keys this workstation manages: what each is for, its state, its versions and every use.</p>
      <StatusMessage message={notice} className={notice ? 'status-success' : undefined} />

      {s.openId ? (
        <section aria-labelledby="key-detail-title" aria-busy={s.detailLoading}>
          <div className="actions">
            <Button variant="quiet" onClick={close}>
              ← All keys
            </Button>
          </div>
          <h2 id="key-detail-title" ref={headingRef} tabIndex={-1}>
            {s.detail ? `${s.detail.key.name} — version ${s.detail.key.version}` : 'Key'}
          </h2>
          <StatusMessage message={s.detailLoading && !s.detail ? 'Loading the key…' : ''} />
          {s.detailError ? (
            <>
              <ErrorMessage error={{ message: keyErrorText('load', s.detailError) }} />
              <div className="actions">
                <Button onClick={() => void open(s.openId!)}>Try again</Button>
              </div>
            </>
          ) : null}
          {s.detail ? <KeyDetail detail={s.detail} users={s.users} onAction={act} onOpenVersion={(id) => void open(id)} /> : null}
        </section>
      ) : (
        <section className="panel" aria-labelledby="keys-list" aria-busy={s.loading}>
          <h2 id="keys-list" ref={headingRef} tabIndex={-1}>
            Managed keys
          </h2>
          <KeyFilters value={s.filters} onChange={(next) => void load(next)}>
            <Button variant="primary" onClick={() => setPending({ key: null, action: 'generate' })}>
              Generate key
            </Button>
          </KeyFilters>
          <StatusMessage message={s.loading && !keys ? 'Loading keys…' : keys ? `${countOf(keys.length)} shown` : ''} className="results-count" />
          {loadError ? (
            <>
              <ErrorMessage error={loadError} />
              <div className="actions">
                <Button onClick={() => void load()}>Try again</Button>
              </div>
            </>
          ) : null}
          {keys && keys.length === 0 ? (
            <div className="empty-note" data-testid="keys-empty">
              {hasKeyFilters(s.filters) ? (
                <>
                  <p>
                    <strong>No keys match these filters.</strong>
                  </p>
                  <p className="muted">Change or clear the filters to see more.</p>
                </>
              ) : (
                <>
                  <p>
                    <strong>No managed keys yet.</strong>
                  </p>
                  <p className="muted">Generate a key for signing, encryption or session tokens. Its material never leaves the encrypted store.</p>
                </>
              )}
            </div>
          ) : null}
          {keys && keys.length > 0 ? <KeysTable keys={keys} onOpen={(k) => void open(k.id)} /> : null}
        </section>
      )}

      {pending?.action === 'generate' ? (
        <GenerateKeyDialog
          users={s.users}
          onCancel={() => setPending(null)}
          onDone={(key) => done(`${key.name} was generated and is active.`)}
        />
      ) : null}
      {pending?.key && pending.action === 'rotate' ? <RotateKeyDialog keyView={pending.key} onDone={done} onCancel={() => setPending(null)} /> : null}
      {pending?.key && pending.action === 'revoke' ? <RevokeKeyDialog keyView={pending.key} onDone={done} onCancel={() => setPending(null)} /> : null}
      {pending?.key && pending.action === 'delete' ? <DeleteKeyDialog keyView={pending.key} onDone={done} onCancel={() => setPending(null)} /> : null}
      {pending?.key && pending.action === 'export' ? <ExportKeyDialog keyView={pending.key} onDone={done} onCancel={() => setPending(null)} /> : null}
      {pending?.key && pending.action === 'policy' ? (
        <PolicyDialog keyView={pending.key} users={s.users} onDone={done} onCancel={() => setPending(null)} />
      ) : null}
      {pending?.key && (pending.action === 'activate' || pending.action === 'retire' || pending.action === 'cancel-deletion') ? (
        <ConfirmDialog
          title={
            pending.action === 'activate'
              ? `Make ${pending.key.name} version ${pending.key.version} active?`
              : pending.action === 'retire'
                ? `Retire ${pending.key.name} version ${pending.key.version}?`
                : `Cancel the deletion of ${pending.key.name} version ${pending.key.version}?`
          }
          confirmLabel={pending.action === 'activate' ? 'Make active' : pending.action === 'retire' ? 'Retire' : 'Cancel deletion'}
          busyLabel="Saving…"
          cancelLabel={pending.action === 'cancel-deletion' ? 'Keep it scheduled' : 'Cancel'}
          busy={busy}
          error={confirmError}
          onConfirm={() => void confirmSimple(pending.key, pending.action as 'activate' | 'retire' | 'cancel-deletion')}
          onCancel={() => setPending(null)}
        >
          <p>
            {pending.action === 'activate'
              ? 'The key encrypts and signs again.'
              : pending.action === 'retire'
                ? 'The key stops encrypting and signing; it keeps decrypting and verifying what it made. A retired key can later be deleted.'
                : pending.key.revokedAt
                  ? 'The key stays revoked, and its material is kept.'
                  : 'The key goes back to inactive, and its material is kept.'}
          </p>
        </ConfirmDialog>
      ) : null}
    </div>
  );
}
