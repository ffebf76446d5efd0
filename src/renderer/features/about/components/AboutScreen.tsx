// Owns the About screen: the application's identity as main reports it.
import { useEffect } from 'react';
import { Button, ErrorMessage, PageTitle, StatusMessage } from '../../../ui';
import { useAboutStore } from '../store/about.store';
import { hostLabel } from '../store/selectors';

export function AboutScreen() {
  const info = useAboutStore((s) => s.info);
  const error = useAboutStore((s) => s.error);
  const loading = useAboutStore((s) => s.loading);
  const load = useAboutStore((s) => s.load);

  useEffect(() => {
    void load();
  }, [load]);

  return (
    <div className="screen">
      <PageTitle>About</PageTitle>
      <StatusMessage message={loading && !info ? 'Loading application details…' : ''} />
      {error ? (
        <div className="panel">
          <ErrorMessage error={error} />
          <div className="actions">
            <Button onClick={() => void load()}>Try again</Button>
          </div>
        </div>
      ) : null}
      {info ? (
        <section className="panel" data-testid="app-info">
          <h2 id="about-app">{info.name}</h2>
          <dl className="definition-list">
            <div>
              <dt>Version</dt>
              <dd data-testid="app-version">{info.version}</dd>
            </div>
            <div>
              <dt>Database schema version</dt>
              <dd data-testid="app-schema-version">{info.schemaVersion}</dd>
            </div>
            <div>
              <dt>Platform</dt>
              <dd className="mono">{info.platform}</dd>
            </div>
            <div>
              <dt>Running as</dt>
              <dd data-testid="app-host">{hostLabel(info.host)}</dd>
            </div>
          </dl>
        </section>
      ) : null}
      <section className="panel">
        <h2 id="about-privacy">Data and privacy</h2>
        <p>
          Residency Scheduler works entirely offline. It never connects to the network; everything it stores on this
          workstation is encrypted at rest.
        </p>
      </section>
    </div>
  );
}
