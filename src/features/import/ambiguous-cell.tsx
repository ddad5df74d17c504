import { useState } from 'react';
import { useDictionary } from '../../ui/index.ts';
import { DICT } from './dictionary.ts';
import type { Resolution } from './review-item.ts';

/** One cell the document cannot settle: pick a candidate or type a value, with a reason. */
export function AmbiguousCell(props: {
  cellKey: string;
  raw: string;
  candidates: number[];
  resolved: Resolution | undefined;
  onResolve: (r: Resolution | undefined) => void;
}) {
  const { t } = useDictionary(DICT);
  const [value, setValue] = useState('');
  const [reason, setReason] = useState('');
  const typed = Number(value.trim());
  const valid = value.trim() !== '' && Number.isFinite(typed);
  if (props.resolved) {
    return (
      <li data-key={props.cellKey} className="resolved">
        <code>{props.cellKey}</code> = <strong>{props.resolved.value}</strong> {props.resolved.reason ? `（${props.resolved.reason}）` : ''}
        <button type="button" onClick={() => props.onResolve(undefined)}>×</button>
      </li>
    );
  }
  return (
    <li data-key={props.cellKey}>
      <code>{props.cellKey}</code> <span className="raw">{props.raw}</span>
      <select aria-label={t('pickValue')} value="" onChange={(e) => setValue(e.currentTarget.value)}>
        <option value="">{t('pickValue')}</option>
        {props.candidates.map((c) => (
          <option key={c} value={String(c)}>
            {c}
          </option>
        ))}
      </select>
      <input aria-label={t('typeValue')} placeholder={t('typeValue')} value={value} size={8} onChange={(e) => setValue(e.currentTarget.value)} />
      <input aria-label={t('reason')} placeholder={t('reason')} value={reason} onChange={(e) => setReason(e.currentTarget.value)} />
      <button type="button" disabled={!valid} onClick={() => props.onResolve({ value: typed, reason: reason.trim() })}>
        {t('resolve')}
      </button>
    </li>
  );
}
