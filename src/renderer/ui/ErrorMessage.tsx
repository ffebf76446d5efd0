// Owns how a failed request is shown: the envelope's message in an alert. Give it a changing `key`
// per attempt so the same message is announced again.
import type { IpcError } from '../../shared/contract';

export function ErrorMessage({ error }: { error: Pick<IpcError, 'message'> | null | undefined }) {
  if (!error) return null;
  return (
    <p role="alert" className="error-message">
      {error.message}
    </p>
  );
}
