/**
 * Helpers for the layout tests: the built pages served from CLS_DIST (default dist/), and the measures a reader's eye
 * makes at 320 px: nothing leaves the viewport sideways, no tab is cut, every wide table is a labelled, focusable
 * scroll region that shows it scrolls.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { DIST, ROOT } from './browser';

export { describeViolations, foreignRequests, launchChromium, recordConsole, recordRequests, runAxe, serveDist as serveBuilt } from './browser';

/** The build to test (browser.ts: CLS_DIST when set, else dist/). */
export const BUILT = DIST;

/** Where the layout screenshots go (gitignored). */
export const LAYOUT_SHOTS = process.env.CLS_SHOTS ?? join(ROOT, 'test-artifacts', 'screenshots', 'layout');

/** Saves a full-page screenshot to LAYOUT_SHOTS/<name>.png. */
export async function layoutShot(page: Page, name: string): Promise<string> {
  mkdirSync(LAYOUT_SHOTS, { recursive: true });
  const path = join(LAYOUT_SHOTS, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

export interface LayoutProblems {
  /** Elements whose box leaves the viewport sideways (or is cut by a parent that hides overflow), outside scroll regions. */
  readonly outside: readonly string[];
  /** How far the page itself scrolls sideways (0 expected). */
  readonly pageOverflow: number;
  /** Tabs cut, hidden in a scroller or truncated. */
  readonly tabs: readonly string[];
  /** Scroll regions that are not focusable, not named, or give no sign that they scroll. */
  readonly scrollers: readonly string[];
  /** Drawings (SVG charts) whose words are scaled below 9 px to fit. */
  readonly tinyText: readonly string[];
}

/**
 * Measures the page as it is now. A box counts as outside when it reaches past the viewport's left or right edge,
 * unless a scroll region (overflow-x auto or scroll) that itself fits holds it; visually hidden 1-px elements
 * (the real file input, focus guards) are not boxes a reader sees.
 */
export function measureLayout(page: Page): Promise<LayoutProblems> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const fits = (r: DOMRect): boolean => r.left >= -0.5 && r.right <= width + 0.5;
    const name = (el: Element): string => {
      const id = el.id ? `#${el.id}` : '';
      const role = el.getAttribute('role') ? `[role=${el.getAttribute('role')}]` : '';
      const label = el.getAttribute('aria-label') ? `[aria-label="${el.getAttribute('aria-label')}"]` : '';
      const text = (el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
      return `${el.tagName.toLowerCase()}${id}${role}${label} «${text}»`;
    };
    const scrollsSideways = (el: Element): boolean => {
      const x = getComputedStyle(el).overflowX;
      return x === 'auto' || x === 'scroll';
    };
    const outside: string[] = [];
    for (const el of Array.from(document.body.querySelectorAll('*'))) {
      const style = getComputedStyle(el);
      if (style.display === 'none' || style.visibility === 'hidden' || el.closest('[data-tabster-dummy]')) continue;
      const r = el.getBoundingClientRect();
      if (r.width <= 1 && r.height <= 1) continue;
      if (r.width === 0 || r.height === 0) continue;
      let holder: Element | null = null;
      let cut: Element | null = null;
      for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
        if (scrollsSideways(a)) {
          holder = a;
          break;
        }
        const x = getComputedStyle(a).overflowX;
        if ((x === 'hidden' || x === 'clip') && cut === null) {
          const c = a.getBoundingClientRect();
          if (r.left < c.left - 0.5 || r.right > c.right + 0.5) cut = a;
        }
      }
      if (holder !== null && fits(holder.getBoundingClientRect())) continue;
      if (!fits(r)) outside.push(`${name(el)} ${Math.round(r.left)}–${Math.round(r.right)} px`);
      else if (cut !== null) outside.push(`${name(el)} cut by ${name(cut)}`);
    }
    const tabs = Array.from(document.querySelectorAll('[role=tab]')).flatMap((tab) => {
      const r = tab.getBoundingClientRect();
      const problems: string[] = [];
      if (!fits(r)) problems.push(`${name(tab)} outside (${Math.round(r.left)}–${Math.round(r.right)} px)`);
      for (const part of [tab, ...Array.from(tab.querySelectorAll('*'))]) {
        if (part.scrollWidth > part.clientWidth + 1 && getComputedStyle(part).overflowX !== 'visible') problems.push(`${name(tab)} text cut`);
      }
      const list = tab.closest('[role=tablist]');
      for (let a = tab.parentElement; a && a !== list?.parentElement?.parentElement; a = a.parentElement) {
        if (a.scrollWidth > a.clientWidth + 1 && getComputedStyle(a).overflowX !== 'visible') problems.push(`${name(tab)} in a container that scrolls or hides`);
      }
      return problems;
    });
    const scrollers = Array.from(document.body.querySelectorAll('*')).flatMap((el) => {
      if (!scrollsSideways(el) || el.scrollWidth <= el.clientWidth + 1) return [];
      const problems: string[] = [];
      if (!(el instanceof HTMLElement) || el.tabIndex < 0) problems.push('not focusable');
      if (!el.getAttribute('aria-label') && !el.getAttribute('aria-labelledby')) problems.push('no name');
      if (!['region', 'group'].includes(el.getAttribute('role') ?? '')) problems.push('no region role');
      if (!getComputedStyle(el).backgroundImage.includes('radial-gradient')) problems.push('no scroll shadow');
      return problems.length === 0 ? [] : [`${name(el)}: ${problems.join(', ')}`];
    });
    // A drop-down's chosen words wider than the drop-down, or a text a box hides: cut words, however the box fits.
    const context = document.createElement('canvas').getContext('2d');
    for (const select of Array.from(document.querySelectorAll('select'))) {
      const style = getComputedStyle(select);
      const text = select.selectedOptions[0]?.text ?? '';
      if (context === null || style.display === 'none' || select.getBoundingClientRect().width === 0) continue;
      context.font = style.font;
      const room = select.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
      if (context.measureText(text).width > room + 1) outside.push(`${name(select)} shows «${text}» cut (${Math.round(context.measureText(text).width)} px in ${Math.round(room)} px)`);
    }
    for (const el of Array.from(document.body.querySelectorAll('*'))) {
      const style = getComputedStyle(el);
      if (style.overflowX !== 'hidden' && style.overflowX !== 'clip') continue;
      if (style.display === 'none' || el.getBoundingClientRect().width <= 1 || (el.textContent ?? '').trim() === '') continue;
      if (el.scrollWidth > el.clientWidth + 1) outside.push(`${name(el)} hides ${el.scrollWidth - el.clientWidth} px of its content`);
    }
    const tinyText = Array.from(document.querySelectorAll('svg')).flatMap((svg) => {
      const box = svg.viewBox.baseVal;
      const drawn = svg.getBoundingClientRect();
      if (!box || box.width === 0 || drawn.width === 0) return [];
      const sizes = Array.from(svg.querySelectorAll('text')).map((text) => parseFloat(getComputedStyle(text).fontSize) * (drawn.width / box.width));
      const smallest = Math.min(...sizes);
      return sizes.length > 0 && smallest < 9 ? [`${name(svg)} words drawn at ${smallest.toFixed(1)} px`] : [];
    });
    return { outside, pageOverflow: document.documentElement.scrollWidth - width, tabs: [...new Set(tabs)], scrollers, tinyText };
  });
}
