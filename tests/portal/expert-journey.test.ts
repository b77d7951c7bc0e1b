import { describe, expect, it } from 'vitest';
import { pageErrors, signedInPage, usePortal } from '../support/portal-browser.ts';

const frame = usePortal();

describe('the expert', () => {
  it('keeps their profile, finds colleagues without typing diacritics, and sees why peers match', async () => {
    const { page, context } = await signedInPage(frame, 'expert.an', '/profile');
    await page.getByRole('heading', { name: 'Hồ sơ của tôi' }).waitFor();
    await page.getByText('Nguyễn Văn An').first().waitFor();

    const details = page.locator('form', { hasText: 'Lưu thông tin công tác' });
    await details.getByRole('textbox', { name: /^Chức vụ/ }).fill('Phó Giám đốc Trung tâm dữ liệu');
    await details.getByRole('button', { name: 'Lưu thông tin công tác' }).click();
    await page
      .getByText(/^Đã lưu phần/)
      .first()
      .waitFor();
    await page.reload();
    expect(
      await page
        .getByRole('textbox', { name: /^Chức vụ/ })
        .first()
        .inputValue(),
    ).toBe('Phó Giám đốc Trung tâm dữ liệu');

    // "chuyen doi so" finds profiles that write "chuyển đổi số": fewer than the whole network.
    await page.goto(`${frame.url()}/experts`);
    const count = page.getByText(/^Tìm thấy \d+ chuyên gia/);
    const found = async () => Number(/Tìm thấy (\d+)/.exec(await count.innerText())?.[1]);
    const everyone = await found();
    await page
      .getByRole('searchbox', { name: /^Tìm theo tên/ })
      .or(page.getByRole('textbox', { name: /^Tìm theo tên/ }))
      .fill('chuyen doi so');
    await page.getByRole('button', { name: 'Tìm kiếm', exact: true }).click();
    // The list keeps the previous answer until the new one arrives: wait for the new count.
    await expect.poll(found, { timeout: 10_000 }).not.toBe(everyone);
    expect(await found()).toBeGreaterThan(0);
    expect(page.url()).toContain('chuyen');
    const name = await page
      .getByRole('heading', { level: 3 })
      .getByRole('link')
      .first()
      .innerText();
    await page.getByRole('link', { name, exact: true }).first().click();
    await page.getByRole('heading', { level: 1, name }).waitFor();

    await page.goto(`${frame.url()}/profile/peers`);
    await page.getByRole('heading', { name: 'Gợi ý', exact: true }).waitFor();
    await page.getByText('Vì sao được gợi ý').first().waitFor();

    expect(pageErrors(context)).toEqual([]);
    await context.close();
  });
});
