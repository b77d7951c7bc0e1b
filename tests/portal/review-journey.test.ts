import { describe, expect, it } from 'vitest';
import { pageErrors, signedInPage, usePortal } from '../support/portal-browser.ts';

const frame = usePortal();
const CANDIDATE = 'Trần Quốc Việt';

describe('the reviewer and the programme office', () => {
  it('scores a submitted nomination on the rubric, then the office decides it with a reason', async () => {
    const reviewer = await signedInPage(frame, 'reviewer.hung', '/review');
    await reviewer.page.getByRole('link', { name: CANDIDATE }).click();
    await reviewer.page.getByRole('heading', { name: 'Chấm điểm', exact: true }).waitFor();
    const score = (criterion: string) =>
      reviewer.page.getByRole('spinbutton', { name: new RegExp(`^${criterion} \\(bắt buộc\\)`) });
    await score('Kinh nghiệm CĐS').fill('8');
    await score('Chuyên môn').fill('7');
    await score('Cam kết').fill('9');
    await reviewer.page.getByText('Tổng điểm quy đổi: 79/100').waitFor();
    await reviewer.page
      .getByLabel('Nhận xét')
      .fill('Kinh nghiệm triển khai dữ liệu số cấp sở tốt.');
    await reviewer.page.getByRole('button', { name: 'Lưu điểm' }).click();
    await reviewer.page.getByText('Đã lưu điểm.').waitFor();

    const office = await signedInPage(
      frame,
      'office.mai',
      reviewer.page.url().replace(frame.url(), ''),
    );
    await office.page.getByRole('button', { name: 'Quyết định' }).click();
    await office.page
      .getByRole('combobox', { name: /^Kết quả/ })
      .selectOption({ label: 'Được chọn' });
    await office.page
      .getByRole('textbox', { name: /^Lý do/ })
      .fill('Đạt yêu cầu theo tiêu chí của Chương trình');
    await office.page.getByRole('button', { name: 'Ghi nhận quyết định' }).click();
    await office.page.getByText('Đã ghi nhận quyết định.').waitFor();
    await office.page.getByText('Được chọn').first().waitFor();

    expect([...pageErrors(reviewer.context), ...pageErrors(office.context)]).toEqual([]);
    await reviewer.context.close();
    await office.context.close();
  });

  it('shows the office the quota ledger with its chart per province, and exports it', async () => {
    const { page, context } = await signedInPage(frame, 'office.mai', '/office/ledger');
    const chart = page.getByRole('img', {
      name: 'Số hồ sơ đã nộp so với mức tối thiểu của các tỉnh, thành phố',
    });
    await chart.waitFor();
    expect(await page.getByRole('row', { name: /Thành phố Hà Nội/ }).count()).toBeGreaterThan(0);
    const exportLink = page.getByRole('link', { name: 'Tình hình chỉ tiêu (.xlsx)' });
    const download = await context.request.get(
      `${frame.url()}${(await exportLink.getAttribute('href')) ?? ''}`,
    );
    expect(download.status()).toBe(200);
    expect(download.headers()['content-type']).toContain('spreadsheetml');
    expect(pageErrors(context)).toEqual([]);
    await context.close();
  });
});
