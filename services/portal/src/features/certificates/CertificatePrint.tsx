import { useEffect } from 'react';
import { useLoad } from '../../api/hooks.ts';
import { Link } from '../../app/router.tsx';
import type { ScreenProps } from '../../app/screens.ts';
import { QrCode } from '../../components/QrCode.tsx';
import { Loading, ProblemAlert } from '../../components/Status.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { verificationTarget } from './certificate-logic.ts';
import { loadCertificate } from './data.ts';
import './certificates.css';

/**
 * The certificate as printed: one A4 landscape page, in both languages, with the QR code and the
 * code an employer uses to verify it. The toolbar does not print.
 */
export default function CertificatePrint({ params }: ScreenProps) {
  const { t, date } = useI18n();
  const certificateId = params.certificateId ?? '';
  const loaded = useLoad(() => loadCertificate(certificateId), [certificateId]);
  const certificate = loaded.status === 'ok' ? loaded.data.certificate : undefined;
  useEffect(() => {
    document.title = `${t('certificates.print.documentTitle', {
      number: certificate?.number ?? '',
    })} · ${t('app.name')}`;
  }, [certificate?.number, t]);
  if (loaded.status === 'loading') return <Loading />;
  if (loaded.status === 'failed') return <ProblemAlert failure={loaded.failure} />;
  if (certificate === undefined) return <Loading />;
  const revoked = certificate.status === 'CERTIFICATE_STATUS_REVOKED';
  const target = verificationTarget(certificate, location.origin);
  return (
    <>
      <div className="print-toolbar no-print">
        <button
          type="button"
          className="button primary"
          onClick={() => {
            window.print();
          }}
        >
          {t('certificates.print.print')}
        </button>
        <Link className="button" to={`/certificates/${certificateId}`}>
          {t('certificates.print.back')}
        </Link>
        <p className="hint">{t('certificates.print.hint')}</p>
      </div>
      <article className="certificate-sheet" lang="vi">
        {revoked && (
          <p className="certificate-revoked">
            ĐÃ THU HỒI / <span lang="en">REVOKED</span>
          </p>
        )}
        <header className="certificate-heading">
          <p className="certificate-programme">
            Chương trình bồi dưỡng chuyên gia chuyển đổi số
            <br />
            <span lang="en">Digital Transformation Expert Programme</span>
          </p>
          <h1 className="certificate-title">
            GIẤY CHỨNG NHẬN
            <span className="certificate-title-en" lang="en">
              CERTIFICATE
            </span>
          </h1>
        </header>
        <p className="certificate-lead">
          Chứng nhận / <span lang="en">This is to certify that</span>
        </p>
        <p className="certificate-holder">{certificate.holderName}</p>
        <p className="certificate-lead">
          đã hoàn thành chương trình đào tạo /{' '}
          <span lang="en">has successfully completed the training track</span>
        </p>
        <p className="certificate-track">
          {certificate.trackName?.vi}
          {certificate.trackName?.en !== undefined && certificate.trackName.en !== '' && (
            <span className="certificate-track-en" lang="en">
              {certificate.trackName.en}
            </span>
          )}
        </p>
        {certificate.cohortName?.vi !== undefined && certificate.cohortName.vi !== '' && (
          <p className="certificate-cohort">
            {certificate.cohortName.vi}
            {certificate.cohortName.en !== undefined && certificate.cohortName.en !== '' && (
              <span lang="en"> / {certificate.cohortName.en}</span>
            )}
          </p>
        )}
        <footer className="certificate-footer">
          <dl className="certificate-facts">
            <dt>
              Số / <span lang="en">No.</span>
            </dt>
            <dd>{certificate.number}</dd>
            <dt>
              Ngày cấp / <span lang="en">Issued on</span>
            </dt>
            <dd>{date(certificate.issuedOn)}</dd>
            <dt>
              Mã xác minh / <span lang="en">Verification code</span>
            </dt>
            <dd className="certificate-code">{certificate.verificationCode}</dd>
          </dl>
          <div className="certificate-verify">
            <QrCode
              text={target}
              label={t('certificates.qrLabel', { number: certificate.number ?? '' })}
              size={150}
            />
            <p>
              Quét mã hoặc truy cập / <span lang="en">Scan or visit</span>
              <br />
              <span className="certificate-url">{target}</span>
            </p>
          </div>
        </footer>
      </article>
    </>
  );
}
