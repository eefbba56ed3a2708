/**
 * What the benchmark measures inside the page, as JavaScript source.
 *
 * Kept as text rather than functions passed to page.evaluate: tsx compiles
 * this folder with esbuild's keepNames, whose `__name(...)` helper would be
 * serialised into the page and fail there.
 *
 * "Painted" means: the next frame's requestAnimationFrame has run and a task
 * posted from it has started, i.e. the frame that shows the change has been
 * produced by the main thread.
 */

/** Installs `window.__bench` once per document. */
export const INSTALL_PROBES = String.raw`
(() => {
  if (window.__bench) return;
  const afterNextPaint = (callback) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = callback;
      channel.port2.postMessage(null);
    });
  const state = {
    recording: false,
    // Observers report entries in batches, some after start(): only those from then on count.
    startedAt: 0,
    samples: [],
    longTasks: [],
    events: [],
    waiters: [],
  };
  const settle = () => {
    state.waiters = state.waiters.filter((waiter) => {
      if (state.samples.length < waiter.count) return true;
      waiter.resolve();
      return false;
    });
  };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (state.recording && entry.startTime >= state.startedAt) state.longTasks.push(entry.duration);
    }
  }).observe({ type: 'longtask', buffered: false });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (!state.recording || entry.startTime < state.startedAt) continue;
      state.events.push({
        name: entry.name,
        duration: entry.duration,
        interactionId: entry.interactionId ?? 0,
      });
    }
  }).observe({ type: 'event', durationThreshold: 16, buffered: false });

  // keydown starts the clock (the event's own time stamp: when the browser got the key);
  // the input event it causes waits for the frame that shows the character.
  let keyStart = null;
  addEventListener('keydown', (event) => {
    if (state.recording) keyStart = event.timeStamp;
  }, true);
  addEventListener('input', () => {
    if (!state.recording || keyStart === null) return;
    const start = keyStart;
    keyStart = null;
    afterNextPaint(() => {
      state.samples.push(performance.now() - start);
      settle();
    });
  }, true);

  window.__bench = {
    start() {
      state.recording = true;
      state.startedAt = performance.now();
      state.samples = [];
      state.longTasks = [];
      state.events = [];
    },
    stop() {
      state.recording = false;
      return { samples: state.samples, longTasks: state.longTasks, events: state.events };
    },
    /**
     * Resolves with the number of samples once there are more than \base\,
     * or after timeoutMs: a key that never paints costs one timeout, not all the rest.
     */
    waitForNextSample(base, timeoutMs) {
      return new Promise((resolve) => {
        const timer = setTimeout(() => resolve(state.samples.length), timeoutMs);
        state.waiters.push({
          count: base + 1,
          resolve: () => {
            clearTimeout(timer);
            resolve(state.samples.length);
          },
        });
        settle();
      });
    },
    /**
     * Clicks the button, waits until the title of item itemNumber is on screen
     * (bearing expectedTitle, if given), then for the next paint.
     */
    timeClick(buttonLabel, itemNumber, expectedTitle) {
      const selector = 'textarea[aria-label="Title of item ' + itemNumber + '"]';
      const done = () => {
        const field = document.querySelector(selector);
        if (field === null) return false;
        return expectedTitle === null ? field.value !== '' : field.value === expectedTitle;
      };
      const button = document.querySelector('button[aria-label="' + CSS.escape(buttonLabel) + '"]');
      if (!button) return Promise.reject(new Error('No button ' + buttonLabel));
      return new Promise((resolve) => {
        let start = 0;
        const observer = new MutationObserver(() => {
          if (!done()) return;
          observer.disconnect();
          afterNextPaint(() => resolve(performance.now() - start));
        });
        observer.observe(document.body, { childList: true, subtree: true, attributes: true });
        start = performance.now();
        button.click();
      });
    },
    async heapUsedBytes() {
      return performance.memory ? performance.memory.usedJSHeapSize : null;
    },
  };
})();
`;

export interface TypingCapture {
  readonly samples: number[];
  readonly longTasks: number[];
  readonly events: { name: string; duration: number; interactionId: number }[];
}
