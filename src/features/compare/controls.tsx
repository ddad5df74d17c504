import type { AgencyKind } from '../../domain/index.ts';
import { INDICATORS } from '../../indicators/index.ts';
import { useDictionary, useT } from '../../ui/index.ts';
import type { CompareParams, PlotKind } from './compare-params.ts';
import { DICT } from './dictionary.ts';

interface ControlsProps {
  value: CompareParams;
  kinds: readonly AgencyKind[];
  onChange: (next: Record<string, string | null>) => void;
}

/** Indicator, peer group and chart choice; every change goes to the URL. */
export function Controls({ value, kinds, onChange }: ControlsProps) {
  const { t, lang } = useDictionary(DICT);
  const shell = useT();
  const name = (i: (typeof INDICATORS)[number]) => (lang === 'zh' ? i.zh : i.en);
  const isRate = INDICATORS.find((i) => i.id === value.indicator)?.unit === 'rate';
  return (
    <div className="filters compare-controls">
      <label className="dataset">
        {t('indicator')}
        <select value={value.indicator} onChange={(e) => onChange({ indicator: e.target.value })} data-testid="indicator-select">
          <optgroup label={t('rates')}>
            {INDICATORS.filter((i) => i.unit === 'rate').map((i) => (
              <option key={i.id} value={i.id}>
                {name(i)}
              </option>
            ))}
          </optgroup>
          <optgroup label={t('counts')}>
            {INDICATORS.filter((i) => i.unit === 'count').map((i) => (
              <option key={i.id} value={i.id}>
                {name(i)}
              </option>
            ))}
          </optgroup>
        </select>
      </label>
      <fieldset className="chips">
        <legend>{t('peer')}</legend>
        {kinds.map((k) => (
          <button key={k} type="button" aria-pressed={value.peer === k} onClick={() => onChange({ peer: k })}>
            {shell.t(`kind.${k}`)}
          </button>
        ))}
      </fieldset>
      <fieldset className="chips">
        <legend>{t('plot')}</legend>
        {(['ranking', 'funnel'] as const satisfies readonly PlotKind[]).map((p) => (
          <button
            key={p}
            type="button"
            aria-pressed={value.plot === p}
            disabled={p === 'funnel' && !isRate}
            title={p === 'funnel' && !isRate ? t('funnelCountsOnly') : undefined}
            onClick={() => onChange({ plot: p === 'ranking' ? null : p })}
          >
            {t(p)}
          </button>
        ))}
      </fieldset>
    </div>
  );
}
