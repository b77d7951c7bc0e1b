import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { pageErrors, signedInPage, usePortal } from '../support/portal-browser.ts';

const frame = usePortal();
const ROUND = 'Đợt tuyển chọn chuyên gia chuyển đổi số 2026';

/** What the keyboard types into each field of the nomination form, by its label. */
const ANSWERS: Readonly<Record<string, string>> = {
  'Họ và tên': 'Trần Thị Bích Ngọc',
  'Giới tính': 'Nữ',
  'Số định danh cá nhân (CCCD)': '001190012345',
  'Thư điện tử': 'bich.ngoc@hanoi.gov.vn',
  'Số điện thoại': '0912345001',
  'Chức vụ': 'Phó Trưởng phòng',
  'Đơn vị công tác': 'Sở Khoa học và Công nghệ Hà Nội',
  'Loại cán bộ': 'Công chức',
  'Số năm công tác': '9',
  'Trình độ đào tạo': 'Thạc sĩ',
  'Chuyên ngành': 'Hệ thống thông tin',
  'Số năm kinh nghiệm chuyển đổi số': '4',
  'Lĩnh vực chuyên sâu': 'Dữ liệu số',
  'Họ và tên cán bộ đề cử': 'Vũ Văn Thành',
  'Chức vụ cán bộ đề cử': 'Chánh Văn phòng',
  'Thư điện tử cán bộ đề cử': 'vanphong@hanoi.gov.vn',
};

/** The focused element: its label (or accessible name), tag and type. */
async function focused(page: Page) {
  return page.evaluate<{
    label: string;
    tag: string;
    type: string;
    value: string;
    option: string;
  }>(`(() => {
    const element = document.activeElement;
    const label = element?.labels?.[0]?.firstChild?.textContent ?? element?.getAttribute('aria-label') ?? element?.textContent ?? '';
    return {
      label: label.trim(),
      tag: element?.tagName ?? '',
      type: element?.type ?? '',
      value: element?.value ?? '',
      option: element?.selectedOptions?.[0]?.text ?? '',
    };
  })()`);
}

/** Tabs forward until the focused element's label is `label`. */
async function tabTo(page: Page, label: string): Promise<void> {
  for (let step = 0; step < 80; step++) {
    if ((await focused(page)).label === label) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`the keyboard never reached "${label}"`);
}

/** An option chosen with the arrow keys (typing a space would open the list instead). */
async function chooseOption(page: Page, option: string): Promise<void> {
  for (let step = 0; step < 12; step++) {
    if ((await focused(page)).option === option) return;
    await page.keyboard.press('ArrowDown');
  }
  throw new Error(`the list has no "${option}"`);
}

/** A date typed segment by segment, in whichever order the browser shows the segments. */
async function typeDate(page: Page, iso: string): Promise<void> {
  const [year = '', month = '', day = ''] = iso.split('-');
  for (const order of [month + day + year, day + month + year]) {
    await page.keyboard.type(order);
    if ((await focused(page)).value === iso) return;
    // Back to the first segment, then try the other order.
    for (let segment = 0; segment < 3; segment++) await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
  }
  throw new Error(`the date field did not take ${iso}`);
}

describe('the nominating officer', () => {
  it('fills the nomination form with the keyboard alone, sees the API errors by each field, and submits', async () => {
    const { page, context } = await signedInPage(frame, 'nominator.hanoi', '/nominating/rounds');
    await page.getByRole('link', { name: ROUND }).first().click();
    await page.getByRole('heading', { name: 'Chỉ tiêu của đơn vị (Thành phố Hà Nội)' }).waitFor();
    const quotaBefore = await page.getByText(/^Đã nộp \d+ hồ sơ/).innerText();
    await page.getByRole('link', { name: 'Thêm hồ sơ đề cử' }).click();
    await page.getByRole('heading', { name: 'Thêm hồ sơ đề cử' }).waitFor();

    // Saving the empty form: the API's messages stand beside the fields, the summary gets focus.
    await tabTo(page, 'Họ và tên');
    await page.keyboard.press('Enter');
    const summary = page.getByRole('alert').filter({ hasText: 'Chưa lưu được' });
    await summary.waitFor();
    expect((await focused(page)).label).toMatch(/Chưa lưu được/);
    const fullName = page.getByRole('textbox', { name: /^Họ và tên \(bắt buộc\)$/ });
    expect(await fullName.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await fullName.getAttribute('aria-describedby')) ?? '';
    const besideTheField = page.locator(`[id="${describedBy.split(' ').at(-1) ?? ''}"]`);
    expect(await besideTheField.innerText()).toBe('phải có ít nhất 2 ký tự');

    // Every field again, in tab order, by keyboard: typing, choosing options, ticking boxes.
    await tabTo(page, 'Họ và tên');
    for (let step = 0; step < 80; step++) {
      const field = await focused(page);
      if (field.label === 'Lưu hồ sơ') break;
      const answer = ANSWERS[field.label];
      if (field.type === 'date' && field.label === 'Ngày sinh') await typeDate(page, '1990-03-15');
      else if (field.type === 'checkbox' && field.label.startsWith('Có chuyên môn')) {
        await page.keyboard.press('Space');
      } else if (answer !== undefined && field.tag === 'SELECT') await chooseOption(page, answer);
      else if (answer !== undefined) {
        await page.keyboard.press('ControlOrMeta+A');
        await page.keyboard.type(answer);
      }
      await page.keyboard.press('Tab');
    }
    expect((await focused(page)).label).toBe('Lưu hồ sơ');
    await page.keyboard.press('Enter');
    await page.getByText('Đã lưu hồ sơ đề cử.').waitFor();
    await page.getByText('Nháp', { exact: true }).first().waitFor();

    // The decision letter, then submission.
    const letter = Buffer.from('%PDF-1.4\n% quyết định cử cán bộ\n');
    await page.getByLabel('Loại tài liệu').selectOption({ label: 'Quyết định cử cán bộ' });
    await page.getByLabel('Tệp tài liệu').setInputFiles({
      name: 'quyet-dinh-cu-can-bo.pdf',
      mimeType: 'application/pdf',
      buffer: letter,
    });
    await page.getByRole('button', { name: 'Tải lên' }).click();
    await page.getByRole('cell', { name: 'quyet-dinh-cu-can-bo.pdf', exact: true }).waitFor();
    // The file itself went up: its name links to its bytes, which come back unchanged.
    const link = page.getByRole('link', { name: 'quyet-dinh-cu-can-bo.pdf', exact: true });
    const download = await context.request.get(
      new URL((await link.getAttribute('href')) ?? '', frame.url()).href,
    );
    expect(download.status()).toBe(200);
    expect(download.headers()['content-type']).toBe('application/pdf');
    expect((await download.body()).equals(letter)).toBe(true);
    await page.getByRole('button', { name: 'Nộp hồ sơ' }).click();
    await page.getByText('Đã nộp hồ sơ đề cử.').waitFor();

    // Status tracking and the live fill of the quota.
    await page.goto(`${frame.url()}/nominating/nominations`);
    const row = page.getByRole('row', { name: /Trần Thị Bích Ngọc/ });
    expect(await row.innerText()).toContain('Đã nộp');
    await page.goto(`${frame.url()}/nominating/rounds`);
    await page.getByRole('link', { name: ROUND }).first().click();
    const quotaAfter = await page.getByText(/^Đã nộp \d+ hồ sơ/).innerText();
    const filled = (text: string) => Number(/Đã nộp (\d+)/.exec(text)?.[1]);
    expect(filled(quotaAfter)).toBe(filled(quotaBefore) + 1);

    expect(pageErrors(context)).toEqual([]);
    await context.close();
  });
});
