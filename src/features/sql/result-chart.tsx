import { useState } from 'react';
import type { ResultChartType } from '../../charts/index.ts';
import { Chart, resultChartOption } from '../../charts/index.ts';
import type { QueryResult } from '../../db/index.ts';
import { CardExport } from '../../export/index.ts';
import { formatCount, useDictionary } from '../../ui/index.ts';
import { DICTIONARY } from './dictionary.ts';
import { defaultChartAxes, isNumericType } from './result-rows.ts';
import type { Statement } from './sql-tokens.ts';

const CHART_ROWS = 5000;
const TYPES: readonly ResultChartType[] = ['bar', 'line', 'scatter'];

function ColumnSelect(props: { label: string; value: number | null; columns: QueryResult['columns']; allowNone?: string; onChange: (v: number | null) => void }) {
  return (
    <label className="sql-field">
      {props.label}
      <select value={props.value ?? ''} onChange={(e) => props.onChange(e.target.value === '' ? null : Number(e.target.value))}>
        {props.allowNone ? <option value="">{props.allowNone}</option> : null}
        {props.columns.map((c, i) => (
          <option key={i} value={i}>
            {c.name}
          </option>
        ))}
      </select>
    </label>
  );
}

/** A chart of the result: the user picks x, y, series and the chart type. */
export function ResultChart({ result, statement, dataset }: { result: QueryResult; statement: Statement; dataset: string }) {
  const { t, lang } = useDictionary(DICTIONARY);
  const axes = defaultChartAxes(result.columns);
  const [x, setX] = useState(axes.x);
  const [y, setY] = useState(axes.y);
  const [series, setSeries] = useState<number | null>(axes.series);
  const [type, setType] = useState<ResultChartType>('bar');
  if (!result.columns.some((c) => isNumericType(c.type))) return <p className="note">{t('chartNeedsNumber')}</p>;
  const rows = result.rows.slice(0, CHART_ROWS);
  const option = resultChartOption(rows, {
    type,
    columns: result.columns.map((c) => c.name),
    x,
    y,
    series,
    format: (v) => formatCount(v, lang),
  });
  return (
    <div className="sql-chart">
      <div className="sql-chart-controls">
        <ColumnSelect label={t('chartX')} value={x} columns={result.columns} onChange={(v) => setX(v ?? 0)} />
        <ColumnSelect label={t('chartY')} value={y} columns={result.columns} onChange={(v) => setY(v ?? axes.y)} />
        <ColumnSelect label={t('chartSeries')} value={series} columns={result.columns} allowNone={t('none')} onChange={setSeries} />
        <div className="chips" role="group" aria-label={t('chartType')}>
          {TYPES.map((k) => (
            <button key={k} type="button" aria-pressed={k === type} onClick={() => setType(k)}>
              {t(k)}
            </button>
          ))}
        </div>
      </div>
      <CardExport
        inline
        title={`${t('chart')}：${result.columns[y]?.name ?? ''} / ${result.columns[x]?.name ?? ''}`}
        option={option}
        rows={{ text: statement.text, params: [] }}
        filters={{ dataset, years: [], kinds: [] }}
        notes={[`SQL：${statement.text.length > 400 ? `${statement.text.slice(0, 400)}…` : statement.text}`]}
      />
      <Chart option={option} label={t('chart')} height={340} />
      {result.rows.length > CHART_ROWS ? <p className="note">{t('chartLimited', { n: CHART_ROWS })}</p> : null}
    </div>
  );
}
