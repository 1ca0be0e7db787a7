import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { render } from '../../src/render/render';
import { exampleAnalysis, exampleReports, hostileReport } from '../fixtures/render/analyses';
import { chromiumAvailable, launch } from './chromium';

const ARTIFACTS = join(import.meta.dirname, '../artifacts');

describe.runIf(chromiumAvailable())('the HTML report in headless Chromium', () => {
  let page: Page;
  let close: () => Promise<void>;
  let dir = '';
  const dialogs: string[] = [];
  const errors: string[] = [];

  beforeAll(async () => {
    const html = render(exampleAnalysis(), 'html', { reports: [...exampleReports(), hostileReport()], title: 'Harbour Bridge: who said what' });
    dir = mkdtempSync(join(tmpdir(), 'claimdiff-report-'));
    const file = join(dir, 'report.html');
    writeFileSync(file, html);
    const browser = await launch();
    close = browser.close;
    page = await browser.context.newPage();
    page.setDefaultTimeout(5_000);
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    await page.goto(pathToFileURL(file).href);
  });

  afterAll(async () => {
    await close?.();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('shows the summary and the groups, contradictions first', async () => {
    expect(await page.locator('.stats').innerText()).toMatch(/\d+\s+statements[\s\S]*\d+\s+groups[\s\S]*\d+\s+contradictions/);
    const groups = page.locator('details.group');
    expect(await groups.count()).toBeGreaterThan(3);
    expect(await groups.first().getAttribute('class')).toContain('has-contra');
    expect(await page.locator('#f-count').innerText()).toMatch(/^\d+ of \d+ groups$/);
  });

  it('shows a paraphrase and its reasons on hover', async () => {
    const seg = page.locator('details.group[open] mark.seg.paraphrase').first();
    const tip = seg.locator('.tip');
    expect(await tip.isVisible()).toBe(false);
    await seg.hover();
    expect(await tip.isVisible()).toBe(true);
    expect(await tip.innerText()).toMatch(/^PARAPHRASE · same meaning, other words\n[a-z-]+: [a-z]/);
  });

  it('shows a contradiction and its reason on keyboard focus', async () => {
    const seg = page.locator('details.group[open] mark.seg.contradict', { hasText: '14 million' }).first();
    await page.mouse.move(0, 0);
    await seg.focus();
    const tip = seg.locator('.tip');
    expect(await tip.isVisible()).toBe(true);
    expect(await tip.innerText()).toContain('number: a different number');
    const describedBy = await seg.getAttribute('aria-describedby');
    expect(await tip.getAttribute('id')).toBe(describedBy);
  });

  it('names who claims and who denies', async () => {
    const cd = page.locator('section.cd').first();
    const text = await cd.innerText();
    expect(text).toContain('Elena Marsh claims');
    expect(text).toContain('David Okafor denies');
  });

  it('shows the hostile report’s markup as text and runs none of it', async () => {
    const body = await page.locator('body').innerText();
    expect(body).toContain("<script>window.__pwned = 'text'");
    expect(body).toContain("<script>window.__pwned = 'source'</script>The Hostile Herald");
    expect(await page.evaluate(() => (globalThis as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
    expect(await page.locator('script').count()).toBe(1);
    expect(await page.locator('main img, main svg, main iframe, main b[onmouseover], a[href^="javascript"]').count()).toBe(0);
    await page.locator('details.group', { hasText: 'The Hostile Herald' }).first().hover();
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('filters groups by label and by speaker, with its own script', async () => {
    const visible = page.locator('details.group:not(.hidden-by-filter)');
    const all = await visible.count();
    await page.selectOption('#f-label', 'contradict');
    const contradicting = await visible.count();
    expect(contradicting).toBeGreaterThan(0);
    expect(contradicting).toBeLessThan(all);
    await page.selectOption('#f-label', '');
    await page.selectOption('#f-speaker', 'Priya Raman');
    expect(await visible.count()).toBeLessThan(all);
    await page.selectOption('#f-speaker', '');
    expect(await visible.count()).toBe(all);
  });

  it('saves a screenshot for people to look at', async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.evaluate('document.activeElement && document.activeElement.blur()');
    await page.evaluate('window.scrollTo(0, 0)');
    // A piece near the top, so the summary, the legend and an open tooltip share the picture.
    await page.locator('section.cd .seg.contradict').first().hover();
    await page.evaluate('window.scrollTo(0, 0)');
    await page.screenshot({ path: join(ARTIFACTS, 'report.png') });
  });
});
