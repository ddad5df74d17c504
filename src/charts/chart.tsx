import type { EChartsOption } from 'echarts';
import ReactEChartsCore from 'echarts-for-react/esm/core.js';
import type { KeyboardEvent } from 'react';
import { useEffect, useId, useLayoutEffect, useMemo, useRef, useState } from 'react';
import './chart.css';
import { drawLater, drawWaiting } from './draw-queue.ts';
import { CHART_THEME, echarts } from './echarts.ts';
import type { ChartPoint } from './point-keys.ts';
import type { OptionChange } from './option-change.ts';
import { optionChange } from './option-change.ts';
import { isVertical, pointCounts, pointForKey } from './point-keys.ts';

export interface ChartProps {
  option: EChartsOption;
  height?: number;
  /** Accessible name of the chart (what it shows). */
  label: string;
  /** A data point was clicked, or chosen with Enter from the keyboard (e.g. to drill down). */
  onPick?: (point: ChartPoint) => void;
}

type Instance = ReturnType<typeof echarts.init>;

// Updates go through the layout effect below; echarts-for-react only creates, binds and disposes.
const never = () => false;

let renderer: { renderer: 'canvas' | 'svg' } | undefined;

/** Canvas where the browser draws 2D canvases, SVG otherwise (e.g. the DOM of component tests). */
function chartRenderer() {
  renderer ??= { renderer: document.createElement('canvas').getContext?.('2d') ? 'canvas' : 'svg' };
  return renderer;
}

/** The tooltip's text, for screen readers: ECharts appends the tooltip element after its canvas root. */
function tooltipText(dom: HTMLElement): string {
  const tip = dom.lastElementChild;
  return tip && tip !== dom.firstElementChild ? (tip.textContent ?? '').trim() : '';
}

/**
 * The one chart component: an ECharts canvas for a pure option object, focusable, whose points the arrow
 * keys visit with their tooltip (Enter picks, Escape leaves). It stamps `data-rendered-at`
 * (performance.now()) when ECharts has drawn a new option, or at commit when the option is the one
 * already drawn, so benchmarks and browser tests can tell when a filter change has reached the screen;
 * `data-update` says how the last option reached ECharts (same, merge or replace: a rebuild).
 */
export function Chart({ option, height = 320, label, onPick }: ChartProps) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<ReactEChartsCore>(null);
  // The option last handed to ECharts, and the object with aria it was handed as.
  const drawn = useRef<{ option: EChartsOption; full: EChartsOption; notMerge: boolean } | null>(null);
  const pick = useRef(onPick);
  pick.current = onPick;
  const pending = useRef(false);
  // The point the keyboard is on belongs to the option it was found in: a new option forgets it.
  const [nav, setNav] = useState<{ option: EChartsOption; point: ChartPoint } | null>(null);
  const point = nav?.option === option ? nav.point : null;
  const setPoint = (p: ChartPoint | null) => setNav(p ? { option, point: p } : null);
  const [said, setSaid] = useState('');
  const id = useId();
  const stamp = () => box.current?.setAttribute('data-rendered-at', String(performance.now()));
  const change: OptionChange = drawn.current === null ? 'replace' : drawn.current.option === option ? 'same' : optionChange(drawn.current.option, option);
  // A deep-equal option keeps the drawn object: the commit draws nothing and stamps.
  const full = change === 'same' && drawn.current ? drawn.current.full : { ...option, aria: { enabled: true } };
  const notMerge = change === 'same' && drawn.current ? drawn.current.notMerge : change === 'replace';
  // The instance echarts-for-react made once its (deferred) init is done; until then it draws the latest option itself.
  const ready = useRef<Instance | null>(null);
  const instance = (): Instance | undefined => chart.current?.getEchartsInstance();
  const sizeChanged = (c: Instance) => {
    const dom = box.current?.firstElementChild;
    return !!dom && (dom.clientWidth !== c.getWidth() || dom.clientHeight !== c.getHeight());
  };
  // Resize only to a size ECharts has not applied; 'auto' because echarts-for-react creates the instance with
  // its first size fixed in pixels.
  const fit = () => {
    const c = instance();
    if (c && !c.isDisposed() && sizeChanged(c)) c.resize({ width: 'auto', height: 'auto' });
  };
  const sized = useRef(height);
  // Whether the chart is in the viewport (until told otherwise it is), and what an update that waited
  // (draw-queue.ts) and was overtaken by another one still owes: replacing the option, a new height.
  const inView = useRef(true);
  const owed = useRef({ replace: false, resize: false });
  // Updates are drawn here, at commit, rather than by echarts-for-react in the next animation frame: the
  // frame after the commit shows them (lazily they waited up to a frame more), and a new height and a new
  // option make one draw. A layout effect also marks the chart pending before any frame can finish it.
  useLayoutEffect(() => {
    const resized = sized.current !== height;
    sized.current = height;
    if (drawn.current?.full === full) {
      if (resized) fit();
      if (!pending.current) stamp();
      return;
    }
    pending.current = true;
    drawn.current = { option, full, notMerge };
    const draw = () => {
      const c = ready.current;
      if (!c || c.isDisposed()) return;
      const replace = notMerge || owed.current.replace;
      const resize = resized || owed.current.resize;
      owed.current = { replace: false, resize: false };
      if (resize && sizeChanged(c)) {
        c.setOption(full, { notMerge: replace, lazyUpdate: true });
        c.resize({ width: 'auto', height: 'auto' }); // runs the pending update at the new size
        c.getZr().flush();
      } else c.setOption(full, { notMerge: replace });
    };
    if (inView.current) {
      drawWaiting(box, false);
      draw();
    } else {
      owed.current = { replace: owed.current.replace || notMerge, resize: owed.current.resize || resized };
      drawLater(box, draw);
    }
  });
  const events = useMemo(
    () => ({
      finished: () => {
        pending.current = false;
        stamp();
      },
      click: (p: { seriesIndex?: number; dataIndex?: number }) =>
        pick.current?.({ seriesIndex: p.seriesIndex ?? 0, dataIndex: p.dataIndex ?? 0 }),
    }),
    [],
  );
  useEffect(() => {
    const dom = box.current?.firstElementChild;
    if (!dom || typeof ResizeObserver === 'undefined') return;
    const sensor = new ResizeObserver(fit);
    sensor.observe(dom);
    return () => sensor.disconnect();
  }, []);
  useEffect(() => {
    const el = box.current;
    if (!el || typeof IntersectionObserver === 'undefined') return;
    const watch = new IntersectionObserver(([entry]) => {
      inView.current = entry?.isIntersecting ?? true;
      if (inView.current) drawWaiting(box);
    });
    watch.observe(el);
    return () => {
      watch.disconnect();
      drawWaiting(box, false);
    };
  }, []);
  const leave = (c: Instance | undefined) => {
    c?.dispatchAction({ type: 'hideTip' });
    c?.dispatchAction({ type: 'downplay' });
    setPoint(null);
    setSaid('');
  };
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const move = pointForKey(e.key, point, pointCounts(option), isVertical(option));
    if (!move) return;
    e.preventDefault();
    const c = instance();
    if (move.kind === 'leave') return leave(c);
    if (move.kind === 'pick') return pick.current?.(move.point);
    c?.dispatchAction({ type: 'downplay' });
    c?.dispatchAction({ type: 'highlight', ...move.point });
    c?.dispatchAction({ type: 'showTip', ...move.point });
    setPoint(move.point);
    requestAnimationFrame(() => setSaid(c ? tooltipText(c.getDom()) : ''));
  };
  return (
    <div
      ref={box}
      role="figure"
      aria-label={label}
      aria-describedby={`${id}-ec ${id}-said`}
      tabIndex={0}
      className="chart"
      data-testid="chart"
      data-point={point ? `${point.seriesIndex}:${point.dataIndex}` : undefined}
      data-update={change}
      onKeyDown={onKeyDown}
      onBlur={() => (point ? leave(instance()) : undefined)}
    >
      <ReactEChartsCore
        ref={chart}
        id={`${id}-ec`}
        echarts={echarts}
        theme={CHART_THEME}
        option={full}
        notMerge={notMerge}
        lazyUpdate
        autoResize={false}
        shouldSetOption={never}
        onChartReady={(c: Instance) => (ready.current = c)}
        onEvents={events}
        style={{ height, width: '100%' }}
        opts={chartRenderer()}
      />
      <p id={`${id}-said`} className="chart-said" aria-live="polite">
        {said}
      </p>
    </div>
  );
}
