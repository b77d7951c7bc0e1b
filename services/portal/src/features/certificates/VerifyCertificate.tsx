import { useState, type SubmitEvent } from 'react';
import { api, call } from '../../api/client.ts';
import { fieldErrors } from '../../api/problem.ts';
import { useLoad } from '../../api/hooks.ts';
import { setQuery } from '../../app/router.tsx';
import type { ScreenProps } from '../../app/screens.ts';
import { TextField } from '../../components/Field.tsx';
import { Page } from '../../components/Page.tsx';
import { Loading, ProblemAlert } from '../../components/Status.tsx';
import { localized, useI18n } from '../../i18n/i18n.tsx';
import type { components } from '../../api/gen/schema.ts';

type Verification = components['schemas']['VerifyCertificateResponse'];

/** The public check of a certificate: what an employer sees after scanning its QR code. */
export default function VerifyCertificate({ query }: ScreenProps) {
  const { t } = useI18n();
  const code = query.get('code') ?? '';
  const [draft, setDraft] = useState(code);
  const verification = useLoad(
    () =>
      code === ''
        ? Promise.resolve({ ok: true as const, data: undefined })
        : call(api.GET('/api/v1/public/certificates/verify', { params: { query: { code } } })),
    [code],
  );
  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    setQuery({ code: draft.trim() });
  };
  const errors =
    verification.status === 'failed' && verification.failure.kind === 'problem'
      ? fieldErrors(verification.failure.problem)
      : {};
  return (
    <Page title={t('certificates.verify.title')}>
      <p>{t('certificates.verify.intro')}</p>
      <form className="card" onSubmit={submit}>
        <TextField
          label={t('certificates.verify.code')}
          name="code"
          value={draft}
          required
          autoComplete="off"
          spellCheck={false}
          error={errors.code}
          onChange={(event) => {
            setDraft(event.target.value);
          }}
        />
        <button type="submit" className="button primary">
          {t('certificates.verify.submit')}
        </button>
      </form>
      {code !== '' && verification.status === 'loading' && <Loading />}
      {verification.status === 'failed' && errors.code === undefined && (
        <ProblemAlert failure={verification.failure} />
      )}
      {verification.status === 'ok' && verification.data !== undefined && (
        <VerificationResult verification={verification.data} />
      )}
    </Page>
  );
}

function VerificationResult({ verification }: { readonly verification: Verification }) {
  const { t, date, locale } = useI18n();
  if (
    verification.result !== 'VERIFICATION_RESULT_VALID' &&
    verification.result !== 'VERIFICATION_RESULT_REVOKED'
  ) {
    return (
      <div className="alert alert-error" role="alert">
        <strong>{t('certificates.verify.notGenuine')}</strong>
        <p>{t('certificates.verify.notGenuineBody')}</p>
      </div>
    );
  }
  const valid = verification.result === 'VERIFICATION_RESULT_VALID';
  return (
    <section
      className={`alert ${valid ? 'alert-success' : 'alert-error'}`}
      role="status"
      aria-live="polite"
    >
      <h2>{t(valid ? 'certificates.verify.valid' : 'certificates.verify.revoked')}</h2>
      <dl className="facts">
        <dt>{t('certificates.verify.number')}</dt>
        <dd>{verification.number}</dd>
        <dt>{t('certificates.verify.holder')}</dt>
        <dd>{verification.holderName}</dd>
        <dt>{t('certificates.verify.track')}</dt>
        <dd>{localized(locale, verification.trackName)}</dd>
        <dt>{t('certificates.verify.issuedOn')}</dt>
        <dd>{date(verification.issuedOn)}</dd>
        {!valid && (
          <>
            <dt>{t('certificates.verify.revokedAt')}</dt>
            <dd>{date(verification.revokedAt)}</dd>
            <dt>{t('certificates.verify.reason')}</dt>
            <dd>{verification.revocationReason}</dd>
          </>
        )}
      </dl>
    </section>
  );
}
