import { featureMessages } from '../../i18n/feature-messages.ts';

export const messages = featureMessages(
  {
    'certificates.verify.title': 'Xác minh chứng nhận',
    'certificates.verify.intro':
      'Nhập mã xác minh in trên chứng nhận (hoặc quét mã QR trên chứng nhận) để kiểm tra chứng nhận có hợp lệ không.',
    'certificates.verify.code': 'Mã xác minh',
    'certificates.verify.submit': 'Xác minh',
    'certificates.verify.valid': 'Chứng nhận hợp lệ',
    'certificates.verify.revoked': 'Chứng nhận đã bị thu hồi',
    'certificates.verify.notGenuine': 'Không tìm thấy chứng nhận với mã này',
    'certificates.verify.notGenuineBody':
      'Mã không khớp với chứng nhận nào do Chương trình cấp. Hãy kiểm tra lại mã trên chứng nhận.',
    'certificates.verify.number': 'Số chứng nhận',
    'certificates.verify.holder': 'Người được cấp',
    'certificates.verify.track': 'Chương trình đào tạo',
    'certificates.verify.issuedOn': 'Ngày cấp',
    'certificates.verify.revokedAt': 'Ngày thu hồi',
    'certificates.verify.reason': 'Lý do thu hồi',
  },
  {
    'certificates.verify.title': 'Verify a certificate',
    'certificates.verify.intro':
      'Enter the verification code printed on the certificate (or scan its QR code) to check that it is genuine.',
    'certificates.verify.code': 'Verification code',
    'certificates.verify.submit': 'Verify',
    'certificates.verify.valid': 'The certificate is valid',
    'certificates.verify.revoked': 'The certificate has been revoked',
    'certificates.verify.notGenuine': 'No certificate has this code',
    'certificates.verify.notGenuineBody':
      'The code matches no certificate the programme issued. Check the code on the certificate.',
    'certificates.verify.number': 'Certificate number',
    'certificates.verify.holder': 'Holder',
    'certificates.verify.track': 'Training track',
    'certificates.verify.issuedOn': 'Issued on',
    'certificates.verify.revokedAt': 'Revoked on',
    'certificates.verify.reason': 'Reason for revocation',
  },
);
