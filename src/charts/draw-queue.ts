/**
 * Charts outside the viewport draw after the ones in it: after the next frame, one chart per task. A filter
 * change then reaches the screen without waiting for charts nobody sees yet, and input is never held up
 * behind them; they are drawn moments later all the same (never only when scrolled to: print and export
 * read them too).
 */
const queue = new Map<object, () => void>();
let scheduled = false;
const channel = typeof MessageChannel === 'undefined' ? null : new MessageChannel();

function drawOne(): void {
  scheduled = false;
  const next = queue.entries().next();
  if (next.done) return;
  const [chart, draw] = next.value;
  queue.delete(chart);
  draw();
  if (queue.size > 0) post();
}

function post(): void {
  scheduled = true;
  if (channel) channel.port2.postMessage(null);
  else setTimeout(drawOne, 0);
}
if (channel) channel.port1.onmessage = drawOne;

/** Draw `chart` later, replacing a draw of it still waiting. */
export function drawLater(chart: object, draw: () => void): void {
  queue.set(chart, draw);
  if (!scheduled) {
    scheduled = true;
    // After the frame that shows the charts in view.
    if (typeof requestAnimationFrame === 'undefined') post();
    else requestAnimationFrame(post);
  }
}

/** Draw `chart` now if a draw of it is waiting (it came into view); drop it with `run` false (unmounted). */
export function drawWaiting(chart: object, run = true): void {
  const draw = queue.get(chart);
  if (!draw) return;
  queue.delete(chart);
  if (run) draw();
}
