import { setTimeout as sleep } from 'node:timers/promises';
import type { Page } from '@playwright/test';
import { INSTALL_PROBES, type TypingCapture } from './page-probes';

/**
 * Typing as a secretary types: 500 characters in bursts of 50, with a pause
 * after each burst long enough for the autosave (400 ms after the last key)
 * to run, so that the saves' own work falls inside the measured run.
 *
 * Each key is sent once the previous one has been painted, so a sample is one
 * keystroke's latency and not a queue of them.
 */

export const TYPED_CHARACTERS = 500;
const BURST = 50;
const PAUSE_MS = 600;
/** A key whose paint never comes (it should not happen) does not hang the run. */
const SAMPLE_TIMEOUT_MS = 5_000;
/** Per typing run; the bare textarea and a responsive editor finish well within it. */
export const TYPING_BUDGET_MS = 90_000;

export function typingText(length = TYPED_CHARACTERS): string {
  const words = 'the working group took note of the report and decided to continue its work on';
  let text = '';
  while (text.length < length) text += ` ${words}`;
  return text.slice(0, length);
}

export interface TypingRun extends TypingCapture {
  readonly planned: number;
  /** Fewer than planned when the time budget ran out first. */
  readonly typed: number;
}

/** One page being typed into: its probes started, the samples counted so far. */
class TypingSession {
  private samples = 0;
  typed = 0;

  private constructor(readonly page: Page) {}

  static async start(page: Page): Promise<TypingSession> {
    await page.evaluate(INSTALL_PROBES);
    await page.evaluate('window.__bench.start()');
    return new TypingSession(page);
  }

  /** Types the characters one by one, each once the previous one is painted, then pauses. */
  async burst(characters: string): Promise<void> {
    for (const character of characters) {
      await this.page.keyboard.type(character);
      this.typed += 1;
      this.samples = await this.page.evaluate<number>(
        `window.__bench.waitForNextSample(${this.samples}, ${SAMPLE_TIMEOUT_MS})`,
      );
    }
    await sleep(PAUSE_MS);
  }

  async stop(planned: number): Promise<TypingRun> {
    const capture = await this.page.evaluate<TypingCapture>('window.__bench.stop()');
    return { ...capture, planned, typed: this.typed };
  }
}

function bursts(text: string): string[] {
  return Array.from({ length: Math.ceil(text.length / BURST) }, (_, index) =>
    text.slice(index * BURST, (index + 1) * BURST),
  );
}

/**
 * Types `text`, stopping early once `budgetMs` has passed: an editor that
 * takes seconds per key would otherwise hold the benchmark for half an hour,
 * and a few dozen keys already tell the story.
 */
export async function typeInto(
  page: Page,
  text: string = typingText(),
  budgetMs = TYPING_BUDGET_MS,
): Promise<TypingRun> {
  const session = await TypingSession.start(page);
  const start = performance.now();
  for (const characters of bursts(text)) {
    if (performance.now() - start > budgetMs) break;
    await session.burst(characters);
  }
  return session.stop(text.length);
}

/**
 * The editor and the bare textarea typed burst by burst in turn, so that the
 * load a neighbour puts on the machine falls on both alike and their ratio
 * holds even when the absolute times do not.
 */
export async function typeSideBySide(
  editor: Page,
  bare: Page,
  text: string = typingText(),
  budgetMs = TYPING_BUDGET_MS,
): Promise<{ editor: TypingRun; bare: TypingRun }> {
  const bareSession = await TypingSession.start(bare);
  const editorSession = await TypingSession.start(editor);
  let editorMs = 0;
  for (const characters of bursts(text)) {
    if (editorMs > budgetMs) break;
    await bareSession.burst(characters);
    const start = performance.now();
    await editorSession.burst(characters);
    editorMs += performance.now() - start;
  }
  return {
    editor: await editorSession.stop(text.length),
    bare: await bareSession.stop(text.length),
  };
}

/** A blank page holding only a <textarea>, focused: what the browser itself costs per key. */
export async function bareTextareaPage(page: Page): Promise<void> {
  // A fresh window: setContent alone keeps the old one, whose listeners document.open() removed.
  await page.goto('about:blank');
  await page.setContent(
    '<!doctype html><title>Bare</title><textarea rows="10" cols="80"></textarea>',
  );
  await page.locator('textarea').click();
}

/** Places the caret at the end of the paragraph, as a user adding a sentence would. */
export async function focusParagraphEnd(page: Page, label: string): Promise<void> {
  // A CSS selector, not getByRole: computing every element's role and name on a page of
  // 1,000 items takes Playwright longer than its timeout on this machine.
  const paragraph = page.locator(`[role="textbox"][aria-label="${label}"]`);
  await paragraph.scrollIntoViewIfNeeded();
  await paragraph.click();
  await page.keyboard.press('Control+End');
}
