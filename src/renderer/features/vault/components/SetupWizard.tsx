// Owns first-run setup: methods → recovery code → confirm it. The recovery code lives only in this
// component's state and is dropped when the wizard is left.
import { useState } from 'react';
import { Button, PageTitle } from '../../../ui';
import { ConfirmRecoveryForm } from './ConfirmRecoveryForm';
import { RecoveryCodeStep } from './RecoveryCodeStep';
import { SetupMethodsStep } from './SetupMethodsStep';

type Step = 'methods' | 'code' | 'confirm';
const STEPS: { id: Step; label: string }[] = [
  { id: 'methods', label: 'Unlock methods' },
  { id: 'code', label: 'Recovery code' },
  { id: 'confirm', label: 'Confirm the code' },
];

export function SetupWizard({ onFinish }: { onFinish: () => void }) {
  const [step, setStep] = useState<Step>('methods');
  const [recoveryCode, setRecoveryCode] = useState<string | null>(null);

  function finish() {
    setRecoveryCode(null);
    onFinish();
  }

  return (
    <div className="wizard">
      <ol className="steps no-print" aria-label="Setup progress">
        {STEPS.map((s, i) => (
          <li key={s.id} className="step" aria-current={s.id === step ? 'step' : undefined}>
            <span className="step-number" aria-hidden="true">
              {i + 1}
            </span>
            <span>
              <span className="visually-hidden">Step {i + 1} of {STEPS.length}: </span>
              {s.label}
            </span>
          </li>
        ))}
      </ol>

      {step === 'methods' ? (
        <SetupMethodsStep
          onCreated={(code) => {
            setRecoveryCode(code);
            setStep('code');
          }}
        />
      ) : null}

      {step === 'code' && recoveryCode ? <RecoveryCodeStep code={recoveryCode} onNext={() => setStep('confirm')} /> : null}

      {step === 'confirm' ? (
        <>
          <PageTitle>Confirm your recovery code</PageTitle>
          <p className="lead">
            Type the code from your sheet to check it was copied correctly. If you skip this, Home will remind you until
            it is confirmed.
          </p>
          <ConfirmRecoveryForm
            onConfirmed={finish}
            secondaryActions={
              <>
                <Button variant="secondary" onClick={() => setStep('code')}>
                  Show the code
                </Button>
                <Button variant="quiet" onClick={finish}>
                  Skip for now
                </Button>
              </>
            }
          />
        </>
      ) : null}
    </div>
  );
}
