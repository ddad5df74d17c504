// Stands in for echarts-for-react while scripts/first-paint.ts renders the first screen in Node: the
// snapshot needs the charts' data, which their cards query before drawing, not their pixels (happy-dom
// has no canvas).
export default function NoChart() {
  return null;
}
