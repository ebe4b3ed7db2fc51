/**
 * `npm run bench:map`: how fast the map draws, in a real Chromium against the production
 * server. Needs a build (`npm run build`); it builds nothing itself. Tiles are blocked,
 * as in the e2e tests. Prints one markdown table; every figure is the median of 5 runs,
 * each in a fresh browser context (cold cache).
 *
 * - the bundled article page: navigation → first frame with all its markers;
 * - 10,000 synthetic events (`/bench/map`, clustered): navigation → first frame with all
 *   the clusters, then ~2 s of dragging the map about: frame times (the intervals
 *   between requestAnimationFrame callbacks), median, 95th percentile and how many
 *   frames took over 50 ms.
 */
import { cpus } from 'node:os';
import type { Browser, Page } from 'playwright-core';
import { DESKTOP, launchBrowser } from '../tests/e2e/browser';
import { startNextServer } from '../tests/e2e/nextServer';

const RUNS = 5;
const ARTICLE = '/articles/globalresearch-2017-05-17-al-qaeda-confrontation';
const SYNTHETIC = '/bench/map?count=10000&seed=1';
/** The marker count is final once it has not changed for this long. */
const SETTLE_MS = 1000;
const PAN_MS = 2000;
const SLOW_FRAME_MS = 50;
/** The second pan is this many zoom levels in, where markers come and go as the view moves. */
const ZOOM_IN = 3;

/**
 * Runs in the page before its own scripts: notes the frame in which the number of
 * marker elements changes. Watching the marker pane only keeps the cost negligible.
 * A string, not a function: tsx wraps functions in a helper the page does not have.
 */
const WATCH_MARKERS = `(() => {
  const counts = [];
  window.__markerCounts = counts;
  let last = 0;
  let pane = null;
  new MutationObserver(() => {
    pane = pane || document.querySelector('.leaflet-marker-pane');
    const count = pane ? pane.childElementCount : 0;
    if (count === last) return;
    last = count;
    requestAnimationFrame((time) => counts.push([time, count]));
  }).observe(document, { childList: true, subtree: true });
})();`;

/** Starts timing frames in the page: the intervals between requestAnimationFrame callbacks. */
const RECORD_FRAMES = `(() => {
  const frames = [];
  let last = performance.now();
  let running = true;
  window.__frames = frames;
  window.__stopFrames = () => { running = false; };
  const tick = (time) => {
    frames.push(time - last);
    last = time;
    if (running) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})();`;

interface Visit {
  page: Page;
  close(): Promise<void>;
}

async function open(browser: Browser, baseURL: string, path: string): Promise<Visit> {
  const context = await browser.newContext({ viewport: DESKTOP, reducedMotion: 'no-preference' });
  await context.route('**/*', (route) => (route.request().url().startsWith(baseURL) ? route.continue() : route.abort('blockedbyclient')));
  await context.addInitScript({ content: WATCH_MARKERS });
  const page = await context.newPage();
  const response = await page.goto(baseURL + path);
  if (!response?.ok()) throw new Error(`${path} answered ${response?.status()}: is the build older than app/bench/map? Run \`npm run build\`.`);
  return { page, close: () => context.close() };
}

/** Waits until the marker count settles; returns the time of the first frame with that count. */
async function markersDrawn(page: Page): Promise<{ ms: number; markers: number }> {
  const deadline = Date.now() + 60_000;
  let seen = -1;
  let since = Date.now();
  for (;;) {
    const counts = (await page.evaluate('window.__markerCounts || []')) as Array<[number, number]>;
    const latest = counts.at(-1)?.[1] ?? 0;
    if (latest !== seen) {
      seen = latest;
      since = Date.now();
    } else if (latest > 0 && Date.now() - since >= SETTLE_MS) {
      const first = counts.find(([, count]) => count === latest)!;
      return { ms: first[0], markers: latest };
    }
    if (Date.now() > deadline) throw new Error('the markers never settled');
    await page.waitForTimeout(50);
  }
}

/** A point of the map with no marker or control on it, to drag from. */
async function dragStart(page: Page): Promise<{ x: number; y: number }> {
  const box = await page.locator('.claim-map').boundingBox();
  if (!box) throw new Error('no map');
  for (const [fx, fy] of [
    [0.5, 0.5],
    [0.3, 0.6],
    [0.7, 0.4],
    [0.4, 0.3],
    [0.6, 0.7],
  ] as const) {
    const x = box.x + box.width * fx;
    const y = box.y + box.height * fy;
    const free = await page.evaluate(`!document.elementFromPoint(${x}, ${y})?.closest('.leaflet-marker-icon, .leaflet-control')`);
    if (free) return { x, y };
  }
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

const mapPosition = (page: Page) => page.evaluate(`document.querySelector('.leaflet-map-pane').style.transform`) as Promise<string>;

/** Drags the map about for PAN_MS (four drags, each let go so the map re-clusters), timing frames. */
async function panFrames(page: Page): Promise<number[]> {
  const start = await dragStart(page);
  const before = await mapPosition(page);
  await page.evaluate(RECORD_FRAMES);
  const directions = [
    [1, 0.3],
    [-1, -0.5],
    [0.4, 1],
    [-0.6, -1],
  ] as const;
  for (const [dx, dy] of directions) {
    await page.mouse.move(start.x, start.y);
    await page.mouse.down();
    const began = Date.now();
    let step = 0;
    while (Date.now() - began < PAN_MS / directions.length - 100) {
      step++;
      await page.mouse.move(start.x + dx * step * 6, start.y + dy * step * 6);
      await page.waitForTimeout(16);
    }
    await page.mouse.up();
    await page.waitForTimeout(100);
  }
  await page.waitForTimeout(300); // inertia, and the last re-clustering
  if ((await mapPosition(page)) === before) throw new Error('dragging did not pan the map');
  return (await page.evaluate('window.__stopFrames(), window.__frames.slice(1)')) as number[];
}

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? NaN;
}

function percentile(xs: readonly number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)] ?? NaN;
}

interface PanStats {
  median: number;
  p95: number;
  slow: number;
  frames: number;
  markers: number;
}

function panStats(frames: readonly number[], markers: number): PanStats {
  return { median: median(frames), p95: percentile(frames, 95), slow: frames.filter((f) => f > SLOW_FRAME_MS).length, frames: frames.length, markers };
}

/** Zooms in with the map's + button, `levels` times, and waits for the markers to settle. */
async function zoomIn(page: Page, levels: number): Promise<number> {
  for (let i = 0; i < levels; i++) {
    await page.locator('.leaflet-control-zoom-in').click();
    await page.waitForTimeout(400);
  }
  return (await markersDrawn(page)).markers;
}

async function main() {
  const server = await startNextServer();
  // Warm the server (its first answer on a route loads the route's code): not timed.
  for (const path of [ARTICLE, SYNTHETIC]) await fetch(server.baseURL + path).then((r) => r.text());
  const browser = await launchBrowser();
  const article: number[] = [];
  const articleMarkers: number[] = [];
  const synthetic: number[] = [];
  const syntheticMarkers: number[] = [];
  const pans: { initial: PanStats[]; zoomed: PanStats[] } = { initial: [], zoomed: [] };
  try {
    for (let run = 1; run <= RUNS; run++) {
      const a = await open(browser, server.baseURL, ARTICLE);
      const drawn = await markersDrawn(a.page);
      article.push(drawn.ms);
      articleMarkers.push(drawn.markers);
      await a.close();

      const b = await open(browser, server.baseURL, SYNTHETIC);
      const clusters = await markersDrawn(b.page);
      synthetic.push(clusters.ms);
      syntheticMarkers.push(clusters.markers);
      const initial = panStats(await panFrames(b.page), clusters.markers);
      const zoomedMarkers = await zoomIn(b.page, ZOOM_IN);
      const zoomed = panStats(await panFrames(b.page), zoomedMarkers);
      pans.initial.push(initial);
      pans.zoomed.push(zoomed);
      await b.close();
      const say = (p: PanStats) => `median ${p.median.toFixed(1)} ms, p95 ${p.p95.toFixed(1)} ms, ${p.slow}/${p.frames} > ${SLOW_FRAME_MS} ms`;
      process.stderr.write(
        `  run ${run}: article ${drawn.ms.toFixed(0)} ms; 10,000 events ${clusters.ms.toFixed(0)} ms; ` +
          `pan ${say(initial)}; zoomed in, ${zoomed.markers} markers: ${say(zoomed)}\n`,
      );
    }
  } finally {
    await browser.close();
    server.stop();
  }
  const ms = (x: number) => `${x.toFixed(0)} ms`;
  const pan = (runs: readonly PanStats[]) =>
    `${median(runs.map((r) => r.median)).toFixed(1)} ms / ${median(runs.map((r) => r.p95)).toFixed(1)} ms / ` +
    `${median(runs.map((r) => r.slow))} of ${median(runs.map((r) => r.frames))}`;
  const rows: Array<[string, string]> = [
    ['article page: navigation → all markers drawn', `${ms(median(article))} (${median(articleMarkers)} markers)`],
    ['10,000 events: navigation → clusters drawn (target < 1 s)', `${ms(median(synthetic))} (${median(syntheticMarkers)} markers)`],
    [
      `10,000 events, ${PAN_MS / 1000} s of panning at the initial zoom: frame time median / p95 / frames > ${SLOW_FRAME_MS} ms`,
      pan(pans.initial),
    ],
    [
      `… the same, ${ZOOM_IN} zoom levels in (${median(pans.zoomed.map((p) => p.markers))} markers around the view)`,
      pan(pans.zoomed),
    ],
  ];
  console.log(`Map rendering: headless Chromium (software rendering), ${DESKTOP.width}×${DESKTOP.height}, tiles blocked; median of ${RUNS} runs; ${cpus().length} cores.\n`);
  console.log('| measure | value |\n|---|---|');
  for (const [what, value] of rows) console.log(`| ${what} | ${value} |`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
