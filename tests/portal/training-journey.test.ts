import { describe, expect, it } from 'vitest';
import {
  keepEvidenceOnFailure,
  pageErrors,
  signedInPage,
  usePortal,
} from '../support/portal-browser.ts';

const frame = usePortal();

/** The yyyy-MM-ddTHH:mm a datetime-local field takes, in Vietnam time (UTC+7, no DST). */
const vietnamLocal = (epochMs: number) =>
  new Date(epochMs + 7 * 3_600_000).toISOString().slice(0, 16);

describe('a training day, from the office to the room to the trainee', () => {
  it('schedules a session, shows its rotating code and QR, and a trainee checks in by the QR link', async () => {
    const office = await signedInPage(frame, 'office.mai', '/cohorts');
    const { page } = office;
    await page.getByRole('link', { name: 'Khóa 1 năm 2026' }).click();
    await page.getByRole('heading', { name: 'Buổi học' }).waitFor();

    // A session starting in five minutes: its check-in opens fifteen minutes before.
    const startsAt = Date.now() + 5 * 60_000;
    await page.getByRole('button', { name: 'Thêm buổi học' }).click();
    const form = page.getByRole('form', { name: /Thêm buổi học/ });
    await form.getByLabel('Học phần').selectOption('M1');
    await form.getByLabel('Tên buổi học').fill('Buổi thực hành trên trình duyệt');
    await form.getByLabel('Bắt đầu').fill(vietnamLocal(startsAt));
    await form.getByLabel('Kết thúc').fill(vietnamLocal(startsAt + 2 * 3_600_000));
    await form.getByLabel('Phòng học, địa chỉ').fill('Phòng 301, Sở Khoa học và Công nghệ Hà Nội');
    await form.getByRole('button', { name: 'Lên lịch buổi học' }).click();
    await page.getByText('Đã lên lịch buổi học.').waitFor();

    await page
      .getByRole('link', { name: 'Màn hình điểm danh buổi Buổi thực hành trên trình duyệt' })
      .click();
    const code = (await page.getByTestId('check-in-code').innerText()).replace(/\s/g, '');
    expect(code).toMatch(/^\d{6}$/);
    await page.getByRole('img', { name: 'Mã QR điểm danh của buổi học' }).waitFor();
    const sessionId = /sessions\/([^/]+)\/check-in-code/.exec(page.url())?.[1] ?? '';
    expect(sessionId).not.toBe('');

    // What the QR code carries: the check-in page with the session and the code.
    const trainee = await signedInPage(
      frame,
      'expert.an',
      `/check-in?session=${sessionId}&code=${code}`,
    );
    await trainee.page.getByRole('button', { name: 'Điểm danh' }).click();
    await trainee.page.getByText('Điểm danh thành công').waitFor();

    // The office sees the trainee present in the session's attendance.
    await page.goBack();
    await page
      .getByRole('link', { name: 'Điểm danh buổi Buổi thực hành trên trình duyệt', exact: true })
      .click();
    const row = page.getByRole('row', { name: /Nguyễn Văn An/ });
    expect(await row.innerText()).toMatch(/Có mặt|Đi muộn/);

    expect([...pageErrors(office.context), ...pageErrors(trainee.context)]).toEqual([]);
    await office.context.close();
    await trainee.context.close();
  });

  it('tells anyone, without signing in, that an unknown certificate code is not genuine', async () => {
    const context = await frame.browser().newContext({ locale: 'vi-VN' });
    const page = await context.newPage();
    keepEvidenceOnFailure(page, 'public');
    await page.goto(`${frame.url()}/verify?code=KHONG-CO-CHUNG-NHAN-NAY`);
    await page.getByText('Không tìm thấy chứng nhận với mã này').waitFor();
    await context.close();
  });
});
