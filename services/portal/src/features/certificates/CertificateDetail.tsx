import { useState, type SubmitEvent } from 'react';
import { api, call } from '../../api/client.ts';
import { useAction, useLoad } from '../../api/hooks.ts';
import { Link } from '../../app/router.tsx';
import type { ScreenProps } from '../../app/screens.ts';
import { useSession } from '../../app/session.tsx';
import { TextAreaField } from '../../components/Field.tsx';
import { Page } from '../../components/Page.tsx';
import { QrCode } from '../../components/QrCode.tsx';
import { Badge, Loading, Notice, ProblemAlert } from '../../components/Status.tsx';
import { localized, useI18n } from '../../i18n/i18n.tsx';
import { actionFieldErrors, FormProblem } from '../../components/FormProblem.tsx';
import { useOrganisationName } from '../../api/organisations.ts';
import { revocable, verificationTarget, type Certificate } from './certificate-logic.ts';
import { loadCertificate } from './data.ts';
import { CERTIFICATE_STATUS, CERTIFICATE_TONE } from './labels.ts';
import './certificates.css';

/** One certificate: what it says, its verification, printing, and revocation by the office. */
export default function CertificateDetail({ params }: ScreenProps) {
  const { t, locale, date, dateTime } = useI18n();
  const { hasRole } = useSession();
  const organisationName = useOrganisationName();
  const certificateId = params.certificateId ?? '';
  const loaded = useLoad(() => loadCertificate(certificateId), [certificateId]);
  const [revoking, setRevoking] = useState(false);
  const [notice, setNotice] = useState('');
  if (loaded.status === 'loading') return <Loading />;
  if (loaded.status === 'failed') return <ProblemAlert failure={loaded.failure} />;
  const certificate = loaded.data.certificate;
  if (certificate === undefined) return <Loading />;
  const status = certificate.status ?? 'CERTIFICATE_STATUS_UNSPECIFIED';
  const office = hasRole('programme-office');
  return (
    <Page
      title={t('certificates.detail.title', { number: certificate.number ?? '' })}
      actions={
        <>
          <Link className="button primary" to={`/certificates/${certificateId}/print`}>
            {t('certificates.detail.print')}
          </Link>
          {office && revocable(certificate) && !revoking && (
            <button
              type="button"
              className="button danger"
              onClick={() => {
                setNotice('');
                setRevoking(true);
              }}
            >
              {t('certificates.revoke.action')}
            </button>
          )}
        </>
      }
    >
      <p>
        <Link to="/certificates">{t('certificates.backToList')}</Link>
      </p>
      {notice !== '' && <Notice>{notice}</Notice>}
      {revoking && (
        <RevokePanel
          certificate={certificate}
          onClose={() => {
            setRevoking(false);
          }}
          onDone={() => {
            setRevoking(false);
            setNotice(t('certificates.revoke.done'));
            loaded.reload();
          }}
        />
      )}
      <div className="certificate-detail">
        <section className="card" aria-labelledby="certificate-facts">
          <h2 id="certificate-facts">{t('certificates.detail.facts')}</h2>
          <dl className="facts">
            <dt>{t('certificates.field.status')}</dt>
            <dd>
              <Badge tone={CERTIFICATE_TONE[status]}>{t(CERTIFICATE_STATUS[status])}</Badge>
            </dd>
            <dt>{t('certificates.field.number')}</dt>
            <dd>{certificate.number}</dd>
            <dt>{t('certificates.field.holder')}</dt>
            <dd>{certificate.holderName}</dd>
            <dt>{t('certificates.field.organisation')}</dt>
            <dd>{organisationName(certificate.organisation?.code)}</dd>
            <dt>{t('certificates.field.track')}</dt>
            <dd>{localized(locale, certificate.trackName)}</dd>
            <dt>{t('certificates.field.cohort')}</dt>
            <dd>{localized(locale, certificate.cohortName)}</dd>
            <dt>{t('certificates.field.issuedOn')}</dt>
            <dd>{date(certificate.issuedOn)}</dd>
            <dt>{t('certificates.field.verificationCode')}</dt>
            <dd>
              <code>{certificate.verificationCode}</code>
            </dd>
            {status === 'CERTIFICATE_STATUS_REVOKED' && (
              <>
                <dt>{t('certificates.verify.revokedAt')}</dt>
                <dd>{dateTime(certificate.revokedAt)}</dd>
                <dt>{t('certificates.verify.reason')}</dt>
                <dd>{certificate.revocationReason}</dd>
              </>
            )}
          </dl>
        </section>
        <section className="card certificate-qr" aria-labelledby="certificate-verification">
          <h2 id="certificate-verification">{t('certificates.detail.verification')}</h2>
          <QrCode
            text={verificationTarget(certificate, location.origin)}
            label={t('certificates.qrLabel', { number: certificate.number ?? '' })}
            size={200}
          />
          <p className="small">
            <a href={verificationTarget(certificate, location.origin)}>
              {t('certificates.detail.openVerification')}
            </a>
          </p>
        </section>
      </div>
    </Page>
  );
}

function RevokePanel({
  certificate,
  onClose,
  onDone,
}: {
  readonly certificate: Certificate;
  readonly onClose: () => void;
  readonly onDone: () => void;
}) {
  const { t } = useI18n();
  const [reason, setReason] = useState('');
  const revoke = useAction(
    () =>
      call(
        api.POST('/api/v1/certificates/{certificateId}/revoke', {
          params: { path: { certificateId: certificate.id ?? '' } },
          body: { reason: reason.trim() },
        }),
      ),
    onDone,
  );
  const errors = actionFieldErrors(revoke.state);
  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    void revoke.execute();
  };
  const heading = t('certificates.revoke.title', { number: certificate.number ?? '' });
  return (
    <form className="card revoke-panel" onSubmit={submit} aria-label={heading} noValidate>
      <h2>{heading}</h2>
      <p>{t('certificates.revoke.explain', { holder: certificate.holderName ?? '' })}</p>
      <TextAreaField
        label={t('certificates.revoke.reason')}
        required
        hint={t('certificates.revoke.reasonHint')}
        value={reason}
        error={errors.reason}
        onChange={(event) => {
          setReason(event.target.value);
        }}
      />
      <FormProblem state={revoke.state} placed={['reason']} />
      <div className="form-actions">
        <button
          type="submit"
          className="button danger"
          disabled={revoke.state.status === 'running'}
        >
          {t('certificates.revoke.confirm')}
        </button>
        <button type="button" className="button" onClick={onClose}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
